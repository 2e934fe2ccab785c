"""Vision cones on screen: cast on a coarse grid for speed, yet drawn where the watcher is."""

import math

import pygame

from game.berlin.on_foot.view import _draw_cone
from game.minigames.vision import cone_points
from game.render.surfaces import Composed

WALLS = [(150, 0, 16, 200)]  # a wall across the cone's path
COLOUR = (250, 220, 140)


def drawn(x: float, kept: Composed | None = None) -> pygame.Surface:
    canvas = pygame.Surface((320, 200))
    canvas.fill((0, 0, 0))
    seer = (x, 100.0)
    _draw_cone(canvas, cone_points(seer, 0.0, math.radians(80), 110, WALLS), seer, (0, 0), COLOUR,
               kept or Composed())
    return canvas


def lit_columns(canvas: pygame.Surface, y: int) -> list[int]:
    return [x for x in range(canvas.get_width()) if canvas.get_at((x, y))[:3] != (0, 0, 0)]


def test_the_cone_follows_a_watcher_pixel_by_pixel():
    # 60 and 61 fall in the same cast (a 4 px grid): the picture must still move by one pixel
    assert cone_points((60, 100), 0.0, 1.4, 110, WALLS) is cone_points((61, 100), 0.0, 1.4, 110, WALLS)
    row_above = 80  # in open air, away from the wall
    first, second = lit_columns(drawn(60), row_above), lit_columns(drawn(61), row_above)
    assert first and second == [x + 1 for x in first]


def test_the_wall_still_stops_it():
    for x in (60, 61, 62, 63):
        assert max(lit_columns(drawn(x), 100)) <= 150 + 2  # at most half a step past the wall's face


def test_a_still_watchers_cone_is_drawn_once():
    kept, made = Composed(), []
    original = kept.get

    def counting(key, make):
        return original(key, lambda: made.append(1) or make())

    kept.get = counting
    for _ in range(5):
        drawn(60, kept)
    assert len(made) == 1
