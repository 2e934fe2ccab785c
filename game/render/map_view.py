"""Drawing a level: pyscroll for the tile layers, characters sorted by depth between them.

Characters are drawn at the depth of the map's object layer: tile layers below
it are under them, layers above it (canopies, roofs) cover them. Among
themselves, a character lower on the screen is drawn in front.
"""

from __future__ import annotations

import pygame
import pyscroll

from game.content.maps import MapData
from game.render.assets import Assets
from game.render.camera import Camera
from game.render.lighting import Glows, Lighting
from game.render.rain import Rain
from game.render.sprites import shadow_surface
from game.world.components import Facing, Light, Position, Sprite, Walker
from game.world.level import Level


class GameClockMapData(pyscroll.TiledMapData):
    """pyscroll's map data, with tile animations timed by the game's clock, not the wall clock.

    Animations then freeze while paused and run identically in a replay.
    """

    def __init__(self, tmx, clock_ms):
        self._clock_ms = clock_ms
        super().__init__(tmx)

    def _update_time(self):
        self._last_time = self._clock_ms()


class MapView:
    def __init__(self, map_data: MapData, assets: Assets, view_size: tuple[int, int], clock_ms,
                 light: str | None = None):
        self.map = map_data
        self.assets = assets
        data = GameClockMapData(map_data.tmx, clock_ms)
        self.renderer = pyscroll.BufferedRenderer(data, view_size, clamp_camera=False)
        self.camera = Camera(view_size[0], view_size[1], *map_data.pixel_size)
        preset = light or map_data.properties.get("light", "afternoon")
        self.lighting = Lighting(preset, view_size)
        self.glows = Glows(preset)
        self._clock_ms = clock_ms
        self.fireflies = None
        count = map_data.properties.get("fireflies", 0)
        if isinstance(count, int) and count > 0:  # a map property: fireflies over the whole map
            from game.render.sky import FirefliesView
            from game.world.sky import Fireflies

            width, height = map_data.pixel_size
            self.fireflies = FirefliesView(Fireflies(len(map_data.name), (0, 0, width, height), count))
        # a map property: rain over the screen, stepped by the game clock (deterministic in replays)
        self.rain = Rain(len(map_data.name), view_size) if map_data.properties.get("rain") else None
        self._rain_ms = clock_ms()
        self.reduced_flashing = False  # the setting: the scene keeps it up to date (no lightning then)
        self._shadow = shadow_surface()
        self._depth_scale = 1.0 / (map_data.pixel_size[1] + 64)

    def follow(self, level: Level, dt: float, jump: bool = False) -> None:
        position = level.player_position
        target = (position.x, position.y - 12)  # centre on his chest, not his feet
        if jump:
            self.camera.jump_to(*target)
        else:
            self.camera.follow(*target, dt)

    def draw(self, canvas: pygame.Surface, level: Level, alpha: float) -> tuple[int, int]:
        """Draw the map and its characters; returns the screen offset of map pixel (0, 0)."""
        renderer = self.renderer
        renderer.center(self.camera.at(alpha))
        ox, oy = renderer.get_center_offset()
        base = self.map.sprite_layer
        surfaces = []
        world = level.world
        view_w, view_h = canvas.get_size()
        for entity, position, sprite in world.query(Position, Sprite):
            x = position.prev_x + (position.x - position.prev_x) * alpha
            y = position.prev_y + (position.y - position.prev_y) * alpha
            sx, sy = round(x) + ox, round(y) + oy
            if sx < -16 or sy < -8 or sx > view_w + 16 or sy > view_h + 32:
                continue
            facing = world.find(entity, Facing)
            walker = world.find(entity, Walker)
            frame = self.assets.sheet(sprite.sheet).frame(
                facing.direction if facing else "down",
                walker.moving if walker else False,
                walker.distance if walker else 0.0,
            )
            depth = base + y * self._depth_scale
            surfaces.append((self._shadow, pygame.Rect(sx - 6, sy - 3, 12, 5), base))
            surfaces.append((frame, pygame.Rect(sx - 8, sy - 24, 16, 24), depth))
        renderer.draw(canvas, canvas.get_rect(), surfaces)
        self.lighting.apply(canvas)
        lights = [(round(position.x) + ox, round(position.y) + oy, light.radius, light.colour, light.flicker, entity)
                  for entity, position, light in world.query(Position, Light)
                  if -light.radius < position.x + ox < view_w + light.radius
                  and -light.radius < position.y + oy < view_h + light.radius]
        if lights:
            self.glows.draw(canvas, lights, self._clock_ms() / 1000.0)
        if self.fireflies is not None:
            self.fireflies.draw(canvas, self._clock_ms() / 1000.0, (-ox, -oy))
        if self.rain is not None:
            self.rain.reduced_flashing = self.reduced_flashing
            now = self._clock_ms()
            self.rain.update((now - self._rain_ms) / 1000.0)
            self._rain_ms = now
            self.rain.draw(canvas)
        return ox, oy
