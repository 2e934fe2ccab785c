"""Drawing the Berlin surveillance games: the cards, the window on the street (stakeout), the
notebook (cipher), and the top-down streets with cones, marks and the meter (tail, dead drop).

Cold Berlin palette: grey-blue, desaturated, orange sodium lamps, rain.
"""

from __future__ import annotations

import math

import pygame

from game.core.context import CANVAS_SIZE
from game.core.input import Intent
from game.minigames.vision import cone_points, in_cover
from game.render import hud
from game.render.key_hints import hint_rows, signature
from game.render.map_view import MapView
from game.render.surfaces import Composed, mix
from game.world.components import Sprite, Walker
from game.world.level import Level

NIGHT = (22, 28, 40)
STONE = (86, 94, 108)
STONE_DARK = (58, 64, 78)
WINDOW_DARK = (34, 40, 54)
WINDOW_LIT = (226, 170, 92)
SODIUM = (255, 170, 70)
RAIN = (150, 170, 196)
TEXT = (226, 224, 218)
ACCENT = (140, 192, 212)
WARN = (236, 120, 96)
GOOD = (140, 210, 150)
PAPER = (214, 206, 184)
INK = (40, 44, 70)
CARD_WIDTH = 400
COATS = {"grey": (128, 128, 132), "black": (34, 34, 40), "navy": (40, 52, 96), "brown": (104, 72, 48),
         "camel": (184, 150, 100), "green": (64, 96, 64), "burgundy": (112, 36, 52), "white": (216, 214, 206)}
HAT_COLOURS = {"trilby": (60, 56, 52), "flat cap": (90, 84, 72), "beret": (40, 40, 60), "headscarf": (170, 60, 70),
               "fur hat": (120, 96, 70)}
ITEM_COLOURS = {"newspaper": (226, 222, 206), "briefcase": (90, 60, 40), "shopping bag": (170, 150, 110),
                "flowers": (220, 90, 120), "umbrella": (30, 30, 40), "parcel": (170, 130, 80)}


def cold_text(assets):
    ui = assets.ui()
    return ui.text_color("cold"), ui.accent_color("cold")


def draw_backdrop(canvas: pygame.Surface, seconds: float) -> None:
    canvas.fill(NIGHT)
    draw_rain(canvas, seconds, density=60)


def draw_rain(canvas: pygame.Surface, seconds: float, density: int = 90, area: pygame.Rect | None = None) -> None:
    area = area or canvas.get_rect()
    for i in range(density):
        x = area.x + (i * 97 + int(seconds * 40) * (1 + i % 3)) % area.w
        y = area.y + (i * 53 + int(seconds * 300) + i * 7) % area.h
        pygame.draw.line(canvas, RAIN, (x, y), (x - 1, y + 4))


def card_layout(assets, lines: list[str], choices: list[str], note: list[str]) -> tuple[list[str], list[str], int]:
    """A card's lines as wrapped, its note's words as wrapped, and the height it needs."""
    font, title_font = assets.font(), assets.font("title")
    wrapped: list[str] = []
    for line in lines:
        wrapped += font.wrap(line, CARD_WIDTH - 28) or [""]
    note_lines: list[str] = []
    for line in note[1:]:
        note_lines += font.wrap(line, CARD_WIDTH - 40) or [""]
    note_h = _note_height(font, note_lines) if note else 0
    height = (title_font.line_height + 8 + note_h + (6 if note else 0) + len(wrapped) * font.line_height + 10
              + (font.line_height + 2) * (len(choices) or 1) + 18)
    return wrapped, note_lines, height


def _note_height(font, note_lines: list[str]) -> int:
    return (len(note_lines) + 1) * font.line_height + 8


def draw_card(canvas: pygame.Surface, assets, title: str, lines: list[str], footer: str = "",
              choices: list[str] | None = None, cursor: int = 0, dim: bool = False,
              note: list[str] | None = None) -> pygame.Rect:
    """A cold panel in the middle: a title, a note on paper (its heading, then its words: the
    handler's, in character), wrapped lines, and a footer or a list of choices. Returns the
    panel's rect (the card grows with its text; card_layout says how tall it needs to be)."""
    if dim:
        canvas.fill((140, 140, 160), special_flags=pygame.BLEND_MULT)
    ui, font, title_font = assets.ui(), assets.font(), assets.font("title")
    text_colour, accent = cold_text(assets)
    choices, note = choices or [], note or []
    wrapped, note_lines, height = card_layout(assets, lines, choices, note)
    rect = pygame.Rect(0, 0, CARD_WIDTH, min(height, canvas.get_height() - 8))
    rect.center = canvas.get_rect().center
    content = ui.draw_panel(canvas, rect, style="cold", padding=6)
    title_font.draw(canvas, title, (rect.centerx, content.y), accent, shadow=hud.SHADOW, align="center")
    y = content.y + title_font.line_height + 6
    if note:
        paper = pygame.Rect(content.x + 4, y, content.w - 8, _note_height(font, note_lines))
        canvas.fill(PAPER, paper)
        pygame.draw.rect(canvas, mix(PAPER, INK, 0.35), paper, 1)
        font.draw(canvas, note[0], (paper.x + 6, paper.y + 4), (90, 60, 60))
        for n, line in enumerate(note_lines):
            font.draw(canvas, line, (paper.x + 6, paper.y + 4 + (n + 1) * font.line_height), INK)
        y = paper.bottom + 6
    for line in wrapped:
        font.draw(canvas, line, (content.x + 4, y), text_colour, shadow=hud.SHADOW)
        y += font.line_height
    y += 8
    if choices:
        marker = ui.cursor("cold")
        for index, label in enumerate(choices):
            chosen = index == cursor
            if chosen:
                canvas.blit(marker, (content.x + 4, y + 1))
            font.draw(canvas, label, (content.x + 8 + marker.get_width(), y), accent if chosen else text_colour,
                      shadow=hud.SHADOW)
            y += font.line_height + 2
    elif footer:
        font.draw(canvas, footer, (rect.centerx, y), accent, shadow=hud.SHADOW, align="center")
    return rect


# -- the stakeout --------------------------------------------------------------------------------

def draw_person(canvas: pygame.Surface, person, x: int, y: int, carrying: str = "nothing", scale: int = 1) -> None:
    """A small figure, feet at (x, y): coat colour, hat, build, what he carries."""
    tall = {"tall": 4, "short": -3, "stout": 0, "thin": 2}.get(person.build, 0)
    wide = {"stout": 3, "thin": -1}.get(person.build, 0)
    h = (22 + tall) * scale
    w = (8 + wide) * scale
    coat = COATS.get(person.coat, (100, 100, 100))
    shade = tuple(int(c * 0.72) for c in coat)  # the side away from the light, the arms, the buttons
    legs = (30, 30, 34)
    pygame.draw.rect(canvas, legs, (x - w // 2 + 1, y - 6 * scale, 2 * scale, 6 * scale))  # legs
    pygame.draw.rect(canvas, legs, (x + w // 2 - 3 * scale, y - 6 * scale, 2 * scale, 6 * scale))
    pygame.draw.rect(canvas, (18, 18, 20), (x - w // 2, y - scale, 3 * scale, scale))  # shoes
    pygame.draw.rect(canvas, (18, 18, 20), (x + w // 2 - 3 * scale, y - scale, 3 * scale, scale))
    body = pygame.Rect(x - w // 2, y - h + 6 * scale, w, h - 6 * scale)
    pygame.draw.rect(canvas, coat, body)
    pygame.draw.rect(canvas, shade, (body.right - 2 * scale, body.y, 2 * scale, body.h))
    pygame.draw.rect(canvas, shade, (body.x, body.y + scale, scale, body.h * 3 // 5))  # the near arm
    for button in range(3):
        pygame.draw.rect(canvas, shade, (x, body.y + (3 + 3 * button) * scale, scale, scale))
    pygame.draw.rect(canvas, shade, (x - 2 * scale, body.y, 4 * scale, scale))  # the collar
    head = (x, y - h + 3 * scale)
    pygame.draw.circle(canvas, (220, 190, 160), head, 3 * scale)
    if scale > 1:  # eyes, when the figure is big enough to have them
        eye = scale // 2
        for dx in (-scale, scale):
            pygame.draw.rect(canvas, (60, 44, 40), (head[0] + dx - eye, head[1], eye, eye))
    hat = person.hat
    if hat in HAT_COLOURS:
        colour = HAT_COLOURS[hat]
        if hat == "trilby":
            pygame.draw.rect(canvas, colour, (head[0] - 5 * scale, head[1] - 2 * scale, 10 * scale, scale))
            pygame.draw.rect(canvas, colour, (head[0] - 3 * scale, head[1] - 5 * scale, 6 * scale, 3 * scale))
        elif hat == "fur hat":
            pygame.draw.rect(canvas, colour, (head[0] - 4 * scale, head[1] - 6 * scale, 8 * scale, 4 * scale))
        elif hat == "headscarf":
            pygame.draw.rect(canvas, colour, (head[0] - 4 * scale, head[1] - 4 * scale, 8 * scale, 5 * scale))
        else:
            pygame.draw.rect(canvas, colour, (head[0] - 4 * scale, head[1] - 4 * scale, 8 * scale, 2 * scale))
    if carrying in ITEM_COLOURS:
        colour = ITEM_COLOURS[carrying]
        hand = (x + w // 2, y - 12 * scale)
        if carrying == "umbrella":
            pygame.draw.line(canvas, colour, hand, (hand[0] + 1, hand[1] + 10 * scale), scale)
        else:
            size = {"newspaper": (3, 7), "briefcase": (6, 5), "shopping bag": (5, 6), "flowers": (3, 6),
                    "parcel": (6, 5)}[carrying]
            pygame.draw.rect(canvas, colour, (hand[0], hand[1], size[0] * scale, size[1] * scale))


# -- the cipher --------------------------------------------------------------------------------------

class CipherView:
    """The notebook: the page (paper, the groups, the courier's times, the labels) is composed
    once for what it says, and the help under it for its keys; the key's digits, the button and
    the reading are drawn over it each frame."""

    def __init__(self):
        self.page = Composed()
        self.help = Composed()


PAGE = pygame.Rect(16, 8, 448, 254)
RULE = 12  # the ruled lines' spacing: every text row of the page sits on one
FIRST_RULE = PAGE.y + 14
RULE_COLOUR = (186, 190, 196)
DECODED_ROWS = 2  # each line of the decoded text (the big face) takes two rules
DECODED_LINES = 2
GROUPS_PER_LINE = 10
DECODE_BUTTON = (200, 196, 180)
DECODE_CHOSEN = (60, 70, 110)


def _on_rule(font, rule: int) -> int:
    """The y to draw `font` at so that its baseline sits on the ruled line at y = rule."""
    return rule - font.baseline


def _bevel(canvas: pygame.Surface, rect: pygame.Rect, face, pressed: bool = False) -> None:
    """A small raised button: its face, a light top and left edge, a dark bottom and right edge,
    and an ink outline (sunken, the edges swapped, when pressed)."""
    light = tuple(min(255, c + 40) for c in face)
    dark = tuple(int(c * 0.6) for c in face)
    top_left, bottom_right = (dark, light) if pressed else (light, dark)
    canvas.fill(face, rect)
    inner = rect.inflate(-2, -2)
    canvas.fill(top_left, (inner.x, inner.y, inner.w, 1))
    canvas.fill(top_left, (inner.x, inner.y, 1, inner.h))
    canvas.fill(bottom_right, (inner.x, inner.bottom - 1, inner.w, 1))
    canvas.fill(bottom_right, (inner.right - 1, inner.y, 1, inner.h))
    pygame.draw.rect(canvas, INK, rect, 1)


def draw_cipher(canvas: pygame.Surface, assets, scene) -> None:
    model = scene.model
    if scene.view is None:
        scene.view = CipherView()
    font, big = assets.font(), assets.font("title")
    words = _page_words(scene)
    page, (x0, key_rule) = scene.view.page.get((tuple(model.groups), words),
                                               lambda: _compose_page(assets, model.groups, words))
    canvas.blit(page, (0, 0))
    marks = model.digit_marks() or []
    bx = x0 + 30
    top = _on_rule(big, key_rule) - 2  # the boxes' digits sit on the key's rule
    for i, digit in enumerate(scene.digits):
        box = pygame.Rect(bx + i * 20, top, 16, 20)
        chosen = scene.cursor_at == i
        canvas.fill((236, 232, 218) if chosen else (226, 220, 200), box)
        colour = INK
        if i < len(marks):
            colour = (40, 130, 60) if marks[i] else (170, 50, 50)
        pygame.draw.rect(canvas, (60, 70, 110) if chosen else (150, 150, 150), box, 1)
        big.draw(canvas, str(digit), (box.centerx, box.y + 2), colour, align="center")
        if chosen:
            pygame.draw.polygon(canvas, INK, [(box.centerx, box.y - 5), (box.centerx - 3, box.y - 2),
                                              (box.centerx + 3, box.y - 2)])
            pygame.draw.polygon(canvas, INK, [(box.centerx, box.bottom + 5), (box.centerx - 3, box.bottom + 2),
                                              (box.centerx + 3, box.bottom + 2)])
    label = scene.t("cipher.decode")
    decode = pygame.Rect(bx + len(scene.digits) * 20 + 10, top, max(60, font.size(label)[0] + 16), 20)
    on_decode = scene.cursor_at == scene.decode_slot
    _bevel(canvas, decode, DECODE_CHOSEN if on_decode else DECODE_BUTTON)
    font.draw(canvas, label, (decode.centerx, decode.y + (decode.h - font.cap_height) // 2 - font.cap_top),
              PAPER if on_decode else INK, align="center")
    reads_rule = key_rule + 2 * RULE
    if scene.reading is None:  # the plain text only once decoded
        font.draw(canvas, scene.t("cipher.not_read"), (x0 + font.size(scene.t("cipher.reads"))[0] + 8,
                                                       _on_rule(font, reads_rule)), (120, 120, 130))
    else:
        rule = reads_rule + DECODED_ROWS * RULE
        for line in big.wrap(scene.reading or "...", PAGE.right - x0 - 8)[:DECODED_LINES]:
            big.draw(canvas, line, (x0, _on_rule(big, rule)), (30, 40, 90))
            rule += DECODED_ROWS * RULE
    if scene.phase != "play":  # under a result card, the card's keys are the ones that count
        return
    help_row = scene.view.help.get(signature(scene.ctx, scene.hints()),
                                   lambda: hint_rows(assets, scene.ctx, scene.hints(), INK, PAGE.w - 16, shadow=None))
    canvas.blit(help_row, (PAGE.centerx - help_row.get_width() // 2, _help_top(font, help_row)))


def _help_top(font, help_row: pygame.Surface) -> int:
    """The help's row sits on the page's last rule."""
    last_rule = FIRST_RULE + (PAGE.bottom - 3 - FIRST_RULE) // RULE * RULE
    return last_rule - help_row.get_height() + 2


def _page_words(scene) -> tuple:
    """What the page says, in the player's language: the heading, the courier's lines of the
    stakeout log, what kind of key it is, the labels."""
    t = scene.t
    return (t("cipher.station"), scene.log_heading(), tuple(scene.log_entries()), t("cipher.key_kind"),
            t("cipher.key"), t("cipher.reads"))


def _compose_page(assets, groups, words: tuple):
    """The notebook's page with what does not change while the key is tried; and where the key's
    row goes (x of the text column, y of its ruled line). Every line of text sits on a rule."""
    station, heading, entries, key_kind, key_label, reads_label = words
    font = assets.font()
    image = pygame.Surface((480, 270))
    image.fill(NIGHT)
    image.fill(PAPER, PAGE)
    for y in range(FIRST_RULE, PAGE.bottom - 2, RULE):
        pygame.draw.line(image, RULE_COLOUR, (PAGE.x + 4, y), (PAGE.right - 4, y))
    pygame.draw.line(image, (200, 120, 120), (PAGE.x + 28, PAGE.y), (PAGE.x + 28, PAGE.bottom))
    x0 = PAGE.x + 34
    width = PAGE.right - x0 - 8
    rule = FIRST_RULE
    font.draw(image, station, (x0, _on_rule(font, rule)), INK)
    for i in range(0, len(groups), GROUPS_PER_LINE):
        rule += RULE
        font.draw(image, "  ".join(groups[i:i + GROUPS_PER_LINE]), (x0, _on_rule(font, rule)), INK)
    rule += RULE
    for line in font.wrap(heading, width):
        rule += RULE
        font.draw(image, line, (x0, _on_rule(font, rule)), (90, 60, 60))
    column = max((font.size(entry)[0] for entry in entries), default=0) + 24
    for i in range(0, len(entries), 2):  # his coming and going of each visit on one line
        rule += RULE
        for j, entry in enumerate(entries[i:i + 2]):
            font.draw(image, entry, (x0 + 10 + j * column, _on_rule(font, rule)), INK)
    for line in font.wrap(key_kind, width):
        rule += RULE
        font.draw(image, line, (x0, _on_rule(font, rule)), (70, 70, 120))
    key_rule = rule + 2 * RULE  # a free rule above the key's boxes, for the cursor's arrow
    font.draw(image, key_label, (x0, _on_rule(font, key_rule)), INK)
    font.draw(image, reads_label, (x0, _on_rule(font, key_rule + 2 * RULE)), INK)
    return image, (x0, key_rule)


# -- the tail and the dead drop -------------------------------------------------------------------

def _screen(p, offset) -> tuple[int, int]:
    return round(p[0] + offset[0]), round(p[1] + offset[1])


def _draw_figure(canvas, assets, sheet: str, pos, facing: float, moving: bool, distance: float, offset,
                 tint=None) -> None:
    x, y = _screen(pos, offset)
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
    x, y = _screen(pos, offset)
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
    """What drawing the tail or the dead drop keeps from frame to frame (drawing only, never the
    game's state): the map view, a level that is only drawn (it places his sprite), and each
    watcher's cone picture."""

    def __init__(self, scene, assets):
        try:
            self.level = Level(scene.map)
        except Exception:  # a map with no spawn: the level is only drawn, not played
            scene.map.spawns.setdefault("default", _FakeSpawn())
            self.level = Level(scene.map)
        self.level.world.get(self.level.player, Sprite).sheet = scene.map.player_sprite
        self.map_view = MapView(scene.map, assets, CANVAS_SIZE, scene.ctx.clock.milliseconds)  # the map's own light
        self.map_view.camera = scene.camera
        self.cone_pictures: dict[str, Composed] = {}
        self.hud = Composed()


def draw_on_foot(canvas: pygame.Surface, assets, scene, alpha: float) -> None:
    """The tail or the dead drop: the map, the watchers and their cones, the player, the meter."""
    model = scene.model
    seconds = scene.ctx.clock.seconds
    reduced = scene.ctx.settings.reduced_flashing
    if scene.view is None:
        scene.view = OnFootView(scene, assets)
    level, map_view, cone_pictures = scene.view.level, scene.view.map_view, scene.view.cone_pictures
    px, py = model.player
    level.show_player_at(px, py, _direction(scene.heading))
    walker = level.world.find(level.player, Walker)
    if walker is not None:
        walker.moving, walker.distance = scene.moving, scene.walked
    map_view.reduced_flashing = reduced
    ox, oy = map_view.draw(canvas, level, alpha)
    offset = (ox, oy)
    view = pygame.Rect(scene.view_rect)
    # the watchers: cones first, then the figures and their marks
    state = model.suspicion.state
    watchers = []
    if scene.game_id == "tail":
        watchers.append((getattr(scene, "courier_sprite", "berlin_courier"), model.courier_pos, model.facing,
                         model.courier_state in ("walk", "double_back"), model.courier_observer(), "courier"))
    else:
        sprites = getattr(scene, "guard_sprites", ())  # the patrols' `sprite`, in the guards' order
        for n, guard in enumerate(model.guards):
            watchers.append((sprites[n] if n < len(sprites) else "berlin_guard", guard.pos, guard.facing,
                             guard.state == "walk", guard.observer(), guard.spec.name))
    for sheet, pos, facing, moving, seer, name in watchers:
        if view.inflate(2 * seer.range, 2 * seer.range).collidepoint(pos):  # his cone can reach into the view
            cone = cone_points(seer.pos, seer.facing, seer.fov, seer.range, model.walls)
            kept = cone_pictures.setdefault(name, Composed())
            _draw_cone(canvas, cone, seer.pos, offset, WARN if name in model.seen_by else (250, 220, 140), kept)
    if scene.game_id == "deaddrop":
        _draw_drop_marks(canvas, assets, scene, offset)
    if scene.game_id == "tail":
        if model.out_of_sight:
            _draw_last_seen(canvas, assets, model.last_known, model.last_heading, offset, scene.t("tail.last_seen"))
        if model.handler:
            _draw_figure(canvas, assets, "berlin_handler", model.handler, math.pi / 2, False, 0, offset,
                         tint=NIGHT_FIGURES)
    checking = {g.spec.name for g in getattr(model, "guards", ()) if g.state == "check"}
    for sheet, pos, facing, moving, seer, name in watchers:
        _draw_figure(canvas, assets, sheet, pos, facing, moving, model.time * 40, offset, tint=NIGHT_FIGURES)
        mark = state if name in model.seen_by or (scene.game_id == "tail" and state != "calm") else "calm"
        if mark == "calm" and (name in checking or (scene.game_id == "tail" and model.tell)):
            mark = "?"  # he is about to turn, or still checking where he saw him
        _draw_mark(canvas, assets, pos, offset, mark, seconds, reduced)
    if model.hidden:
        x, y = _screen(model.player, offset)
        pygame.draw.rect(canvas, ACCENT, (x - 7, y - 24, 14, 26), 1)
    status, hints = _on_foot_words(scene)
    label = scene.t("on_foot.suspicion")
    suspicion = model.suspicion
    meter = (int(METER_WIDTH * suspicion.fraction), state, int(METER_WIDTH * suspicion.question_at / suspicion.made_at))
    # the meter and the lines under it change a few times a second at most: composed once for each
    hud_image = scene.view.hud.get((meter, status, signature(scene.ctx, hints), label),
                                   lambda: _compose_on_foot_hud(assets, scene.ctx, meter, status, hints, label))
    canvas.blit(hud_image, (0, 0))


def _on_foot_words(scene) -> tuple[str, list]:
    """What to do now (the status line) and what the keys do here (the hints)."""
    model, t = scene.model, scene.t
    if scene.game_id == "tail":
        if model.lost_him:
            status = t("tail.status_lost")
        elif model.out_of_sight:
            status = t("tail.status_out_of_sight")
        else:
            status = t("tail.status_meeting") if model.courier_state == "meeting" else t("tail.status_follow")
    elif model.interrupted:
        status = t("deaddrop.status_seen")
    else:
        status = t("deaddrop.status_swapped") if model.swapped else (
            t("deaddrop.status_at_drop") if model.at_drop else t("deaddrop.status_reach"))
    hints = []
    if scene.game_id == "deaddrop" and model.at_drop and not model.swapped:
        hints.append((Intent.INTERACT, t("deaddrop.hint_swap")))
    elif model.hidden:
        status = status + "  " + t("on_foot.hidden")
    elif any(model.cover) and _in_cover(model):
        hints.append((Intent.INTERACT, t("on_foot.hint_hide")))
    return status, hints


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


def _draw_edge_arrow(canvas, assets, target, colour, label: str = "") -> bool:
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
        ly = min(max(EDGE, ay - math.sin(angle) * 14 - font.line_height / 2), canvas.get_height() - EDGE - font.line_height)
        font.draw(canvas, label, (round(lx), round(ly)), colour, shadow=hud.SHADOW)
    return True


def _draw_drop_marks(canvas, assets, scene, offset) -> None:
    """The drop (a ring, and the swap's progress round it) until the swap; then the way out.
    Whichever is off the screen has an arrow at the edge pointing to it."""
    model = scene.model
    dx, dy = _screen(model.drop, offset)
    colour = GOOD if model.swapped else SODIUM
    pygame.draw.circle(canvas, colour, (dx, dy), 5, 1)
    if not model.swapped:
        if model.progress > 0:
            pygame.draw.arc(canvas, GOOD, (dx - 9, dy - 9, 18, 18), 0, 2 * math.pi * model.swap_fraction, 2)
        _draw_edge_arrow(canvas, assets, (dx, dy), SODIUM, scene.t("deaddrop.marker_drop"))
        return
    ex, ey, ew, eh = model.exit_zone
    way_out = pygame.Rect(round(ex + offset[0]), round(ey + offset[1]), round(ew), round(eh))
    pygame.draw.rect(canvas, GOOD, way_out, 1)
    _draw_edge_arrow(canvas, assets, way_out.center, GOOD, scene.t("deaddrop.marker_exit"))


def _draw_last_seen(canvas, assets, where, heading: float, offset, label: str) -> None:
    """Where the courier was last seen: a ring, an arrow the way his route goes on, the words
    "last seen"; an arrow at the screen's edge when that is off the screen."""
    x, y = _screen(where, offset)
    if _draw_edge_arrow(canvas, assets, (x, y), ACCENT, label):
        return
    pygame.draw.circle(canvas, (20, 20, 26), (x, y + 1), 6, 1)
    pygame.draw.circle(canvas, ACCENT, (x, y), 6, 1)
    ux, uy = math.cos(heading), math.sin(heading)
    start, end = (x + ux * 8, y + uy * 8), (x + ux * 20, y + uy * 20)
    pygame.draw.line(canvas, ACCENT, start, end, 2)
    head = [(end[0] + ux * 4, end[1] + uy * 4), (end[0] - uy * 4, end[1] + ux * 4), (end[0] + uy * 4, end[1] - ux * 4)]
    pygame.draw.polygon(canvas, ACCENT, head)
    font = assets.font()
    font.draw(canvas, label, (x, y - 8 - font.line_height), ACCENT, shadow=hud.SHADOW, align="center")


def _in_cover(model) -> bool:
    return in_cover(model.player, model.cover)


def _direction(facing: float) -> str:
    dx, dy = math.cos(facing), math.sin(facing)
    return ("right" if dx > 0 else "left") if abs(dx) > abs(dy) else ("down" if dy > 0 else "up")


class _FakeSpawn:
    feet = (0.0, 0.0)
    props: dict = {}
