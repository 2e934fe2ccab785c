"""Drawing the Berlin games on foot (the tail, the dead drop): the map with the spy on it, the
watchers the model lists with their cones and marks, and the suspicion meter with what to do
now. Each game's view adds its own places (`draw_places`: the drop, where the courier was last
seen). It only draws: where everyone is and who sees whom is the model's.
"""

from __future__ import annotations

import math

import pygame

from game.berlin.cards import ACCENT, TEXT, WARN
from game.core.context import CANVAS_SIZE
from game.minigames.vision import cone_points
from game.render import hud
from game.render.key_hints import hint_rows, signature
from game.render.map_view import Figure, MapView, view_made
from game.render.surfaces import Composed
from game.world.components import Sprite
from game.world.level import Level


def screen_point(p, offset) -> tuple[int, int]:
    return round(p[0] + offset[0]), round(p[1] + offset[1])


def draw_figure(canvas, assets, sheet: str, pos, facing: float, moving: bool, distance: float, offset,
                tint=None) -> None:
    x, y = screen_point(pos, offset)
    try:
        frame = assets.sheet(sheet, tint).frame(_direction(facing), moving, distance)
    except Exception:
        frame = None
    pygame.draw.ellipse(canvas, (20, 20, 26), (x - 6, y - 2, 12, 5))
    if frame is None:
        pygame.draw.rect(canvas, tint or (60, 60, 70), (x - 4, y - 18, 8, 18))
        pygame.draw.circle(canvas, (220, 190, 160), (x, y - 20), 3)
        return
    canvas.blit(frame, (x - 8, y - 22))


def _cone_picture(points, colour) -> tuple[pygame.Surface, tuple[int, int]]:
    """A cone's translucent picture and where its top-left lies on the map (whole pixels)."""
    pts = [(round(x), round(y)) for x, y in points]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    box = pygame.Rect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
    layer = pygame.Surface(box.size, pygame.SRCALPHA)
    local = [(x - box.x, y - box.y) for x, y in pts]
    pygame.draw.polygon(layer, (*colour, 54), local)
    pygame.draw.lines(layer, (*colour, 130), True, local)
    return layer, box.topleft


def _draw_cone(canvas, points, seer_pos, offset, colour, kept: Composed) -> None:
    """Draw a cone cast by vision.cone_points from near `seer_pos`, moved onto him. `kept` holds
    its picture from frame to frame: casts are remembered on a grid of a few pixels, so a walking
    watcher's cone is redrawn only when it really changes, and a still one never (a filled
    polygon is the dearest part)."""
    if len(points) < 3:
        return
    layer, (x, y) = kept.get((points, colour), lambda: _cone_picture(points, colour))
    (cast_x, cast_y), (seer_x, seer_y) = points[0], seer_pos
    canvas.blit(layer, (x + offset[0] + round(seer_x - cast_x), y + offset[1] + round(seer_y - cast_y)))


def _draw_mark(canvas, assets, pos, offset, state: str, seconds: float, reduced_flashing: bool) -> None:
    if state == "calm":
        return
    big = assets.font("title")
    x, y = screen_point(pos, offset)
    colour = WARN if state == "!" else (250, 220, 120)
    bob = 0 if reduced_flashing else int(math.sin(seconds * 8) * 1.5)
    big.draw(canvas, state, (x, y - 40 + bob), colour, shadow=hud.SHADOW, align="center")


METER_WIDTH = 100


def draw_meter(canvas, assets, filled: int, state: str, question: int, x: int = 8, y: int = 8,
               label: str = "suspicion") -> None:
    """The suspicion meter: `filled` of its METER_WIDTH pixels, a tick where a '?' comes."""
    font = assets.font()
    canvas.fill((20, 22, 30), (x, y, METER_WIDTH + 4, 10))
    colour = WARN if state == "!" else ((250, 200, 100) if state == "?" else ACCENT)
    canvas.fill(colour, (x + 2, y + 2, filled, 6))
    qx = x + 2 + question
    pygame.draw.line(canvas, TEXT, (qx, y), (qx, y + 9))
    font.draw(canvas, label, (x + METER_WIDTH + 8, y), TEXT, shadow=hud.SHADOW)


# the watchers and the handler are drawn over the lit map: a light cold tint sits them in the
# night without losing the rain's sheen on their shoulders
NIGHT_FIGURES = (185, 192, 218)


class OnFootView:
    """What drawing a game on foot keeps from frame to frame (drawing only, never the game's
    state): the map view, the map's things as a level that is only drawn, and each watcher's
    cone picture."""

    def __init__(self, scene, assets, map_view: MapView | None = None):
        self.assets = assets
        self.level = Level(scene.map)  # the map's dressing and lights; the spy is the model's
        self.level.world.discard(self.level.player, Sprite)
        # in the map's own light
        self.map_view = map_view or MapView(scene.map, assets, CANVAS_SIZE, scene.ctx.clock.milliseconds)
        self.cone_pictures: dict[str, Composed] = {}
        self.hud = Composed()

    @classmethod
    def made(cls, scene, assets, canvas: pygame.Surface):
        """The view made a piece at a time while the game's card is read (game/render/ahead.py): the
        map's view, the spy's sheet and the watchers' in the night's tint, then the rest."""
        map_view = yield from view_made(scene.map, assets, canvas, scene.ctx.clock.milliseconds)
        assets.sheet(scene.map.player_sprite)
        yield
        for sheet in sorted({*scene.watcher_sheets.values(), *cls.more_sheets}):
            try:
                assets.sheet(sheet, NIGHT_FIGURES)
            except Exception:
                pass  # drawn as a stand-in (draw_figure)
            yield
        view = cls(scene, assets, map_view)
        yield
        yield from view._first_frame_made(scene)
        return view

    def _first_frame_made(self, scene):
        """What the first frame of play would make, made ahead: the map laid in the renderer's buffer
        where the game starts, the lamps' glows, the walls' index and the watchers' first cones."""
        model, map_view = scene.model, self.map_view
        map_view.camera = model.screen
        map_view.renderer.center(model.screen.at(1.0))
        yield
        map_view.prepare_glows(self.level)
        yield
        for watcher in model.watchers():
            seer = watcher.observer
            cone_points(seer.pos, seer.facing, seer.fov, seer.range, model.walls)
            yield

    more_sheets: frozenset[str] = frozenset()  # who else the game draws in the night's tint

    def draw(self, canvas: pygame.Surface, scene, alpha: float) -> None:
        """The map and the spy, the watchers' cones, the game's places, the watchers and their
        marks, the meter."""
        assets, model = self.assets, scene.model
        seconds = scene.ctx.clock.seconds
        reduced = scene.ctx.settings.reduced_flashing
        map_view = self.map_view
        map_view.camera = model.screen
        map_view.reduced_flashing = reduced
        spy = Figure(scene.map.player_sprite, *model.player, _direction(scene.heading), scene.moving, scene.walked)
        offset = map_view.draw(canvas, self.level, alpha, [spy])
        screen = pygame.Rect(model.screen_rect)
        watchers = model.watchers()
        for watcher in watchers:
            seer = watcher.observer
            if screen.inflate(2 * seer.range, 2 * seer.range).collidepoint(seer.pos):  # his cone can reach into it
                cone = cone_points(seer.pos, seer.facing, seer.fov, seer.range, model.walls)
                kept = self.cone_pictures.setdefault(watcher.name, Composed())
                _draw_cone(canvas, cone, seer.pos, offset, WARN if watcher.sees else (250, 220, 140), kept)
        self.draw_places(canvas, scene, offset)
        sheets = scene.watcher_sheets
        for watcher in watchers:
            seer = watcher.observer
            draw_figure(canvas, assets, sheets.get(watcher.name, "berlin_guard"), seer.pos, seer.facing,
                        watcher.walking, model.time * 40, offset, tint=NIGHT_FIGURES)
            _draw_mark(canvas, assets, seer.pos, offset, watcher.mark, seconds, reduced)
        if model.hidden:
            x, y = screen_point(model.player, offset)
            pygame.draw.rect(canvas, ACCENT, (x - 7, y - 24, 14, 26), 1)
        status, hints = scene.hud_words()
        label = scene.t("on_foot.suspicion")
        suspicion = model.suspicion
        meter = (int(METER_WIDTH * suspicion.fraction), suspicion.state,
                 int(METER_WIDTH * suspicion.question_at / suspicion.made_at))
        # the meter and the lines under it change a few times a second at most: composed once for each
        hud_image = self.hud.get((meter, status, signature(scene.ctx, hints), label),
                                 lambda: _compose_on_foot_hud(assets, scene.ctx, meter, status, hints, label))
        canvas.blit(hud_image, (0, 0))

    def draw_places(self, canvas: pygame.Surface, scene, offset) -> None:
        """What the game itself marks on the map, under the watchers (nothing by default)."""


def _compose_on_foot_hud(assets, ctx, meter, status: str, hints, label: str) -> pygame.Surface:
    """The suspicion meter at the top left, what to do under it, and what the keys do here."""
    font = assets.font()
    row = hint_rows(assets, ctx, hints, ACCENT, 300) if hints else None
    width = 8 + max(METER_WIDTH + 8 + font.size(label)[0], font.size(status)[0],
                    row.get_width() if row else 0) + 1
    image = pygame.Surface((width, 36 + (row.get_height() if row else font.line_height) + 1), pygame.SRCALPHA)
    draw_meter(image, assets, *meter, label=label)
    font.draw(image, status, (8, 22), TEXT, shadow=hud.SHADOW)
    if row:
        image.blit(row, (8, 35))
    return image


EDGE = 12  # how far in from the screen's edge an arrow to something off-screen sits


def draw_edge_arrow(canvas, assets, target, colour, label: str = "") -> bool:
    """If `target` (screen pixels) is off the screen, an arrow at the edge pointing to it, and
    what it is beside it; True if drawn."""
    x, y = target
    if canvas.get_rect().inflate(-4, -4).collidepoint(x, y):
        return False
    area = canvas.get_rect().inflate(-2 * EDGE, -2 * EDGE)
    cx, cy = area.center
    dx, dy = x - cx, y - cy
    scale = min(area.w / 2 / abs(dx) if dx else math.inf, area.h / 2 / abs(dy) if dy else math.inf)
    ax, ay = cx + dx * scale, cy + dy * scale
    angle = math.atan2(dy, dx)
    points = [(ax + math.cos(angle + turn) * size, ay + math.sin(angle + turn) * size)
              for turn, size in ((0.0, 9), (2.4, 8), (math.pi, 3), (-2.4, 8))]
    pygame.draw.polygon(canvas, (20, 20, 26), [(px, py + 1) for px, py in points])
    pygame.draw.polygon(canvas, colour, points)
    pygame.draw.polygon(canvas, (20, 20, 26), points, 1)
    if label:
        font = assets.font()
        width = font.size(label)[0]
        lx = min(max(EDGE, ax - math.cos(angle) * (width / 2 + 12) - width / 2), canvas.get_width() - EDGE - width)
        ly = min(max(EDGE, ay - math.sin(angle) * 14 - font.line_height / 2),
                 canvas.get_height() - EDGE - font.line_height)
        font.draw(canvas, label, (round(lx), round(ly)), colour, shadow=hud.SHADOW)
    return True


def _direction(facing: float) -> str:
    dx, dy = math.cos(facing), math.sin(facing)
    return ("right" if dx > 0 else "left") if abs(dx) > abs(dy) else ("down" if dy > 0 else "up")
