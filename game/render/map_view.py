"""Drawing a level: pyscroll for the tile layers, characters sorted by depth between them.

Characters are drawn at the depth of the map's object layer: tile layers below
it are under them, layers above it (canopies, roofs) cover them. Among
themselves, a character lower on the screen is drawn in front.

pyscroll draws every layer into the frame at once; the characters go on top, and then the
tiles of the layers above theirs are laid again where a character stands under one. Which
cells have such tiles is worked out once per map, so a frame looks up only the few cells the
characters touch (pyscroll's own sprite pass checks every layer of every cell a sprite
touches, in Python, which cost a tenth of a millisecond a frame).
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame
import pyscroll

from game.content.maps import MapData
from game.render import rain
from game.render.assets import Assets
from game.render.lighting import FLICKER_LEVELS, Glows, Lighting, overlay_for
from game.render.sky import FirefliesView
from game.render.sprites import shadow_surface
from game.render.surfaces import copied_through_cache
from game.world.camera import Camera
from game.world.components import Facing, Light, Picture, Position, Seated, Sprite, Walker
from game.world.level import Level
from game.world.sky import Fireflies


class GameClockMapData(pyscroll.TiledMapData):
    """pyscroll's map data, with tile animations timed by the game's clock, not the wall clock.

    Animations then freeze while paused and run identically in a replay.
    """

    def __init__(self, tmx, clock_ms):
        self._clock_ms = clock_ms
        super().__init__(tmx)

    def _update_time(self):
        self._last_time = self._clock_ms()


class FirstFrameClock:
    """The game's clock as a view made ahead of its first frame sees it: standing still at the moment
    it was made until that frame (`start`), then running on from there. The tiles' animations, timed
    by it, then show on each frame what those of a view made at its first frame would.

    In whole milliseconds, so that the moment the view was made cancels out exactly: that moment
    follows the wall clock (a view is made in pieces of a frame's spare time), and with fractions of
    a millisecond pyscroll's next tile would come due a frame sooner or later with it, in the last bit."""

    def __init__(self, clock_ms, started: bool = False):
        self._clock_ms = clock_ms
        self._made = round(clock_ms())
        self._lag: int | None = 0 if started else None

    def start(self) -> None:
        if self._lag is None:
            self._lag = round(self._clock_ms()) - self._made

    def __call__(self) -> int:
        return self._made if self._lag is None else round(self._clock_ms()) - self._lag


class MapRenderer(pyscroll.BufferedRenderer):
    """pyscroll's renderer, without clearing the frame under a map that covers it.

    Whenever the buffer's tiles reach past an edge of the map (the camera near a side), pyscroll
    clears the last frame's area before blitting its buffer over it; when the view lies inside
    the map, that blit paints every pixel anyway, and the clear was a whole-screen fill a frame.
    Otherwise what the buffer will not cover is cleared (a map smaller than the screen: its
    margins). It never zooms, and keeps no zoom buffer.

    Its buffer is copied onto the frame through the cache (surfaces.copied_through_cache): with the
    camera's offset a multiple of 4 pixels, SDL's streaming copy would leave the frame out of the cache
    just before the characters, the light and the present go over it again.
    """

    def _create_buffers(self, view_size, buffer_size):
        super()._create_buffers(view_size, buffer_size)
        if self._zoom_level == 1.0:
            # pyscroll makes a screen-sized zoom buffer whatever the zoom, and reads it only when
            # zoomed; the game never zooms: half a megabyte for every map shown, and every Berlin game
            self._zoom_buffer = None
        self._buffer = copied_through_cache(self._buffer)

    def _clear_surface(self, surface, area=None):
        if surface is self._buffer:
            super()._clear_surface(surface, area)
        elif not self.map_rect.contains(self.view_rect):
            # around where the buffer goes: pyscroll clears only where its last frame was blitted, and
            # a map smaller than the screen kept earlier frames (message boxes) in its margins. Not the
            # whole frame, since SDL fills a whole frame with streaming stores, which bypass the cache
            frame = surface.get_rect()
            drawn = pygame.Rect(-self._x_offset, -self._y_offset, *self._buffer.get_size()).clip(frame)
            for margin in _margins(frame, drawn):
                super()._clear_surface(surface, margin)


def _margins(frame: pygame.Rect, inside: pygame.Rect) -> list[pygame.Rect]:
    """The parts of `frame` outside `inside` (a rectangle within it), as up to four rectangles."""
    if not inside:
        return [frame]
    strips = [pygame.Rect(frame.left, frame.top, frame.width, inside.top - frame.top),
              pygame.Rect(frame.left, inside.bottom, frame.width, frame.bottom - inside.bottom),
              pygame.Rect(frame.left, inside.top, inside.left - frame.left, inside.height),
              pygame.Rect(inside.right, inside.top, frame.right - inside.right, inside.height)]
    return [strip for strip in strips if strip.width > 0 and strip.height > 0]


@dataclass(frozen=True)
class Figure:
    """A character drawn among the level's that is no entity of it (the Berlin games' spy, whose
    game keeps where he is): feet at (x, y), facing "up", "down", "left" or "right"."""

    sheet: str
    x: float
    y: float
    facing: str = "down"
    moving: bool = False
    distance: float = 0.0


class MapView:
    def __init__(self, map_data: MapData, assets: Assets, view_size: tuple[int, int], clock_ms,
                 light: str | None = None, ahead: bool = False):
        """`ahead`: made ahead of its first frame (view_made), its tiles' animations start at that
        frame, as in a view made there."""
        self.map = map_data
        self.assets = assets
        self._map_clock = FirstFrameClock(clock_ms, started=not ahead)  # the tiles' animations'

        data = GameClockMapData(map_data.tmx, self._map_clock)
        self.renderer = MapRenderer(data, view_size, clamp_camera=False)
        self.camera = Camera(view_size[0], view_size[1], *map_data.pixel_size)
        preset = _preset(map_data, light)
        self.lighting = Lighting(preset, view_size)
        self.glows = Glows(preset)
        self._clock_ms = clock_ms
        self.fireflies = None
        count = map_data.properties.get("fireflies", 0)
        if isinstance(count, int) and count > 0:  # a map property: fireflies over the whole map
            width, height = map_data.pixel_size
            self.fireflies = FirefliesView(Fireflies(len(map_data.name), (0, 0, width, height), count))
        # a map property: rain over the screen, stepped by the game clock (deterministic in replays)
        self.rain = rain.Rain(_rain_seed(map_data), view_size) if map_data.properties.get("rain") else None
        # the game's time the rain was last stepped to: it falls from the view's making, or first frame if made ahead
        self._rain_ms: float | None = None if ahead else clock_ms()
        self.reduced_flashing = False  # the setting: the scene keeps it up to date (no lightning then)
        self._shadow = shadow_surface()
        self._data = data
        self._last_centre: tuple[float, float] | None = None
        self._lights_level: Level | None = None
        self._lights: list = []
        layers = sorted(data.visible_tile_layers)
        self._lower_layers = [layer for layer in layers if layer <= map_data.sprite_layer]
        self._upper_layers = [layer for layer in layers if layer > map_data.sprite_layer]
        self._covered_cells = _cells_with_tiles(map_data.tmx, self._upper_layers)

    def follow(self, level: Level, dt: float, jump: bool = False) -> None:
        position = level.player_position
        target = (position.x, position.y - 12)  # centre on his chest, not his feet
        if jump:
            self.camera.jump_to(*target)
        else:
            self.camera.follow(*target, dt)

    def draw(self, canvas: pygame.Surface, level: Level, alpha: float, figures=()) -> tuple[int, int]:
        """Draw the map and its characters (and `figures` among them); returns the screen offset
        of map pixel (0, 0)."""
        self._map_clock.start()
        renderer = self.renderer
        centre = self.camera.at(alpha)
        renderer.center(centre)
        last, self._last_centre = self._last_centre, centre
        if last is None or max(abs(centre[0] - last[0]), abs(centre[1] - last[1])) >= self.map.tile_w:
            # pyscroll misplaces the map on the first frame after a jump of more than a tile
            # towards an edge of the map (it offsets by the whole jump); centring again settles it
            renderer.center(centre)
        renderer.draw(canvas, canvas.get_rect())
        ox, oy = renderer.get_center_offset()
        self._draw_characters(canvas, level, alpha, ox, oy, figures)
        self.lighting.apply(canvas)
        view_w, view_h = canvas.get_size()
        lights = [(x + ox, y + oy, radius, colour, flicker, entity)
                  for x, y, radius, colour, flicker, entity in self._lights_of(level)
                  if -radius < x + ox < view_w + radius and -radius < y + oy < view_h + radius]
        if lights:
            self.glows.draw(canvas, lights, self._clock_ms() / 1000.0)
        if self.fireflies is not None:
            self.fireflies.draw(canvas, self._clock_ms() / 1000.0, (-ox, -oy))
        if self.rain is not None:
            self.rain.reduced_flashing = self.reduced_flashing
            now = self._clock_ms()
            if self._rain_ms is not None:
                self.rain.update((now - self._rain_ms) / 1000.0)
            self._rain_ms = now
            self.rain.draw(canvas)
        return ox, oy

    def prepare_glows(self, level: Level) -> None:
        """Make the glows of the level's lights (each flicker's), which its first frame would make."""
        for _, _, radius, colour, flicker, _ in self._lights_of(level):
            for step in range(FLICKER_LEVELS) if flicker else (FLICKER_LEVELS - 1,):
                self.glows.surface(radius, colour, step)

    def _lights_of(self, level: Level) -> list:
        """The level's lights as (x, y, radius, colour, flicker, entity): they are map objects
        and stand still, so they are listed once per level, not queried every frame."""
        if self._lights_level is not level:
            self._lights_level = level
            self._lights = [(round(position.x), round(position.y), light.radius, light.colour, light.flicker, entity)
                            for entity, position, light in level.world.query(Position, Light)]
        return self._lights

    def _draw_characters(self, canvas: pygame.Surface, level: Level, alpha: float, ox: int, oy: int,
                         extra=()) -> None:
        """Shadows, then characters (and the map's dressing in their layer) from the back of the
        screen to the front, then the tiles above them where they stand under one (with the tiles
        below laid first, as pyscroll does, so a half-transparent canopy is not blended twice), then
        the dressing of object layers above the tiles."""
        world = level.world
        view_w, view_h = canvas.get_size()
        shadows, figures, over = [], [], []
        characters = [(position.prev_x + (position.x - position.prev_x) * alpha,
                       position.prev_y + (position.y - position.prev_y) * alpha, sprite.sheet, entity)
                      for entity, position, sprite in world.query(Position, Sprite)]
        characters += [(figure.x, figure.y, figure.sheet, figure) for figure in extra]
        for x, y, sheet, who in characters:
            sx, sy = round(x) + ox, round(y) + oy
            if sx < -16 or sy < -8 or sx > view_w + 16 or sy > view_h + 32:
                continue
            if isinstance(who, Figure):
                pose, seated = (who.facing, who.moving, who.distance), False
            else:
                facing, walker, seated = world.find(who, Facing), world.find(who, Walker), world.has(who, Seated)
                pose = (facing.direction if facing else "down", walker.moving if walker else False,
                        walker.distance if walker else 0.0)
            frame = self.assets.sheet(sheet).frame(*pose, seated=seated)
            if not seated:  # a seat grounds a sitter; the shadow would fall on the chair
                shadows.append((self._shadow, (sx - 6, sy - 3)))
            figures.append((y, len(figures), frame, (sx - 8, sy - 24)))
        get_image = self._data.tmx.get_tile_image_by_gid
        for _, position, picture in world.query(Position, Picture):
            image = get_image(picture.gid)
            if image is None:
                continue
            at = (round(position.x - image.get_width() / 2) + ox, round(position.y) - image.get_height() + oy)
            if picture.over:
                over.append((position.y, len(over), image, at))
            else:
                figures.append((position.y, len(figures), image, at))
        if figures:
            figures.sort()  # lower on the screen is in front; equal feet keep the world's order
            covered = self._cells_under(shadows + [(frame, at) for _, _, frame, at in figures], ox, oy)
            tile_w, tile_h = self.map.tile_w, self.map.tile_h
            get_tile = self._data.get_tile_image
            if covered:
                canvas.fblits([(tile, (cx * tile_w + ox, cy * tile_h + oy)) for cx, cy in covered
                               for layer in self._lower_layers if (tile := get_tile(cx, cy, layer))])
            canvas.fblits(shadows)
            canvas.fblits([(frame, at) for _, _, frame, at in figures])
            if covered:
                canvas.fblits([(tile, (cx * tile_w + ox, cy * tile_h + oy)) for cx, cy in covered
                               for layer in self._upper_layers if (tile := get_tile(cx, cy, layer))])
        if over:
            over.sort()
            canvas.fblits([(image, at) for _, _, image, at in over])

    def _cells_under(self, pictures, ox: int, oy: int) -> list[tuple[int, int]]:
        """The cells with a tile above the characters' layer that one of the (image, screen
        position) pictures touches."""
        if not self._covered_cells:
            return []
        tile_w, tile_h = self.map.tile_w, self.map.tile_h
        cells = set()
        for frame, (x, y) in pictures:
            left, top = (x - ox) // tile_w, (y - oy) // tile_h
            right = (x - ox + frame.get_width() - 1) // tile_w
            bottom = (y - oy + frame.get_height() - 1) // tile_h
            cells.update((cx, cy) for cx in range(left, right + 1) for cy in range(top, bottom + 1))
        return sorted(cells & self._covered_cells)


def view_made(map_data: MapData, assets: Assets, canvas: pygame.Surface, clock_ms, light: str | None = None):
    """A MapView for `canvas` made a piece at a time (game/render/ahead.py): its light, its rain's
    sheets (encoded for the canvas), then the view itself, which finds them made."""
    view_size = canvas.get_size()
    overlay_for(_preset(map_data, light), view_size)
    yield
    if map_data.properties.get("rain"):
        yield from rain.sheets_made(_rain_seed(map_data), view_size, onto=canvas)
    view = MapView(map_data, assets, view_size, clock_ms, light, ahead=True)
    yield
    return view


def _preset(map_data: MapData, light: str | None) -> str:
    """The light a map is drawn in: the one asked for, or the map's own."""
    return light or map_data.properties.get("light", "afternoon")


def _rain_seed(map_data: MapData) -> int:
    return len(map_data.name)  # each map rains its own way, the same every time


def _cells_with_tiles(tmx, layers) -> frozenset[tuple[int, int]]:
    """Every (x, y) cell where one of `layers` (pytmx indices) has a tile."""
    cells = set()
    for index in layers:
        layer = tmx.layers[index]
        for y, row in enumerate(layer.data):
            cells.update((x, y) for x, gid in enumerate(row) if gid)
    return frozenset(cells)
