"""Vision geometry: cones, line of sight, visibility (no pygame)."""

import math
import pathlib
import random
import subprocess
import sys
import weakref

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.minigames import vision
from game.minigames.vision import (
    COVER_FACTOR,
    DARK,
    Light,
    Observer,
    Polyline,
    WallIndex,
    can_see,
    cone_points,
    in_cone,
    light_level,
    move_with_walls,
    nearness,
    rects_from_grid,
    segment_blocked,
    segment_rect_span,
    visibility,
)

EAST, SOUTH, WEST, NORTH = 0.0, math.pi / 2, math.pi, -math.pi / 2
FOV = math.radians(90)


def test_the_games_rules_load_without_pygame_render_or_scenes():
    """The rules the Berlin games share (game/minigames/) and each game's model, as the registry names
    it, load in a fresh interpreter without pygame even indirectly (pyproject's import contracts hold
    the direct imports; this holds the whole chain), so a fifth game's model is held to it too."""
    code = ("import sys, pkgutil, importlib, game.minigames as shared\n"
            "from game.berlin.registry import GAMES\n"
            "for info in pkgutil.iter_modules(shared.__path__):\n"
            "    importlib.import_module('game.minigames.' + info.name)\n"
            "for game in GAMES.values(): game.load('model')\n"
            "bad = sorted(m for m in sys.modules\n"
            "             if m == 'pygame' or m.startswith(('pygame.', 'game.render', 'game.scenes')))\n"
            "assert not bad, bad\n")
    root = pathlib.Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)


def test_sees_straight_ahead_in_open_ground():
    assert can_see((0, 0), EAST, FOV, 100, (50, 0), [])


def test_a_wall_between_blocks_sight():
    wall = (20, -10, 10, 20)
    assert not can_see((0, 0), EAST, FOV, 100, (50, 0), [wall])
    # the same wall beside the line does not
    assert can_see((0, 0), EAST, FOV, 100, (50, 0), [(20, 5, 10, 20)])


def test_behind_the_observer_is_not_seen():
    assert not can_see((0, 0), EAST, FOV, 100, (-50, 0), [])


def test_range_is_inclusive():
    assert can_see((0, 0), EAST, FOV, 100, (100, 0), [])
    assert not can_see((0, 0), EAST, FOV, 100, (100.001, 0), [])


def test_cone_edge_is_inclusive():
    # 45 degrees off the facing with a 90-degree cone: exactly on the edge
    assert can_see((0, 0), EAST, FOV, 100, (30, 30), [])
    assert can_see((0, 0), EAST, FOV, 100, (30, -30), [])
    assert not can_see((0, 0), EAST, FOV, 100, (30, 30.01), [])
    assert not can_see((0, 0), EAST, FOV, 100, (30, -30.01), [])


def test_facing_wraps_around_pi():
    assert can_see((0, 0), math.pi - 0.1, FOV, 100, (-50, 5), [])
    assert can_see((0, 0), -math.pi + 0.1, FOV, 100, (-50, -5), [])
    assert can_see((0, 0), 3 * math.pi, FOV, 100, (-50, 0), [])


def test_target_at_the_observer_is_seen():
    assert can_see((5, 5), EAST, FOV, 100, (5, 5), [])


def test_grazing_a_wall_edge_blocks():
    wall = (20, 0, 10, 10)  # top edge at y=0, on the sight line
    assert not can_see((0, 0), EAST, FOV, 100, (50, 0), [wall])


def test_passing_exactly_through_a_corner_blocks():
    wall = (20, 20, 10, 10)  # top-left corner at (20, 20)
    # the anti-diagonal x + y = 40 touches the wall only at that corner
    assert segment_blocked((0, 40), (40, 0), [wall])
    assert not can_see((0, 40), -math.pi / 4, FOV, 100, (40, 0), [wall])
    # the diagonal through the corner runs into the wall
    assert segment_blocked((0, 0), (40, 40), [wall])


def test_just_missing_a_corner_does_not_block():
    wall = (20, 20, 10, 10)
    # x + y = 39.9 passes a hair outside the corner
    assert not segment_blocked((0, 39.9), (39.9, 0), [wall])
    assert can_see((0, 39.9), -math.pi / 4, FOV, 100, (39.9, 0), [wall])


def test_seam_between_touching_walls_blocks():
    walls = [(0, 20, 20, 20), (20, 20, 20, 20)]
    # a sight line exactly along the seam x = 20
    assert segment_blocked((20, 0), (20, 60), walls)


def test_observer_flush_against_a_wall_sees_away_from_it():
    wall = (0, 0, 10, 10)
    assert can_see((10, 5), EAST, FOV, 100, (50, 5), [wall])
    # the target flush against a wall on the far side is seen too
    assert can_see((50, 5), WEST, FOV, 100, (10, 5), [wall])


def test_observer_inside_a_wall_sees_nothing():
    assert not can_see((5, 5), EAST, FOV, 100, (50, 5), [(0, 0, 10, 10)])


def test_zero_size_target_segment_in_open():
    assert not segment_blocked((3, 3), (3, 3), [(10, 10, 5, 5)])


def _mirror_x(p, width):
    return (width - p[0], p[1])


def _mirror_rect(r, width):
    x, y, w, h = r
    return (width - x - w, y, w, h)


def _random_layout(rng):
    walls = [(rng.randint(0, 30) * 8, rng.randint(0, 30) * 8, rng.randint(1, 4) * 8, rng.randint(1, 4) * 8)
             for _ in range(rng.randint(0, 6))]
    obs = (rng.randint(0, 240), rng.randint(0, 240))
    target = (rng.randint(0, 240), rng.randint(0, 240))
    facing = rng.choice([0, 1, 2, 3, 4, 5, 6, 7]) * math.pi / 4 + rng.choice([0.0, 0.3, -0.2])
    fov = math.radians(rng.choice([60, 90, 120]))
    rng_px = rng.choice([64, 100, 160])
    return walls, obs, target, facing, fov, rng_px


def test_symmetric_on_mirrored_layouts():
    """Mirror every coordinate left-right (and the facing): every answer stays the same."""
    rng = random.Random(7)
    width = 256
    seen_count = 0
    for _ in range(3000):
        walls, obs, target, facing, fov, range_px = _random_layout(rng)
        a = can_see(obs, facing, fov, range_px, target, walls)
        b = can_see(_mirror_x(obs, width), math.pi - facing, fov, range_px, _mirror_x(target, width),
                    [_mirror_rect(w, width) for w in walls])
        assert a == b, (walls, obs, target, facing)
        seen_count += a
    assert seen_count > 50  # the test does exercise the seeing case


def test_symmetric_on_mirrored_layouts_top_bottom():
    rng = random.Random(8)
    height = 256
    for _ in range(2000):
        walls, obs, target, facing, fov, range_px = _random_layout(rng)
        flip = lambda p: (p[0], height - p[1])  # noqa: E731
        a = can_see(obs, facing, fov, range_px, target, walls)
        b = can_see(flip(obs), -facing, fov, range_px, flip(target),
                    [(x, height - y - h, w, h) for x, y, w, h in walls])
        assert a == b


def test_line_of_sight_is_symmetric_between_the_two_ends():
    rng = random.Random(9)
    for _ in range(2000):
        walls, a, b, *_ = _random_layout(rng)
        assert segment_blocked(a, b, walls) == segment_blocked(b, a, walls)


def test_visibility_nearness_light_and_cover():
    obs = Observer(0, 0, EAST, FOV, 112)
    close = visibility(obs, (10, 0))
    far = visibility(obs, (100, 0))
    assert close == pytest.approx(1.0)
    assert 0 < far < close
    assert visibility(obs, (-10, 0)) == 0.0  # behind him
    assert visibility(obs, (50, 0), walls=[(20, -5, 5, 10)]) == 0.0
    lamp = [Light(50, 0, 30)]
    lit = visibility(obs, (50, 0), lights=lamp)
    dark = visibility(obs, (100, 0), lights=lamp)
    assert lit == pytest.approx(nearness(50, 112) * 1.0)
    assert dark == pytest.approx(nearness(100, 112) * DARK)
    cover = [(45, -5, 10, 10)]
    assert visibility(obs, (50, 0), cover=cover) == pytest.approx(nearness(50, 112) * COVER_FACTOR)
    assert visibility(obs, (50, 0), cover=cover, hidden=True) == 0.0
    # hiding outside cover does nothing
    assert visibility(obs, (50, 0), hidden=True) == pytest.approx(nearness(50, 112))


def test_light_level_falls_off_to_the_rim_and_dark_outside():
    lights = [(0, 0, 40)]  # plain tuples are fine
    assert light_level((0, 0), lights) == 1.0
    assert DARK < light_level((39, 0), lights) < 1.0
    assert light_level((41, 0), lights) == DARK
    assert light_level((500, 0), []) == 1.0  # a map with no lights is all lit


def test_cone_points_clipped_by_walls():
    pts = cone_points((0, 0), EAST, FOV, 100, [], rays=24)
    assert len(pts) == 25 and pts[0] == (0, 0)
    for x, y in pts[1:]:
        assert math.hypot(x, y) == pytest.approx(100)
    wall = (40, -100, 10, 200)
    pts = cone_points((0, 0), EAST, FOV, 100, [wall], rays=24)
    for x, _ in pts[1:]:
        assert x <= 40 + 1e-6
    middle = pts[12]
    assert middle[0] == pytest.approx(40, abs=1e-6)
    # all the cone's points agree with can_see (nothing past the clip is visible)
    assert not can_see((0, 0), EAST, FOV, 100, (60, 0), [wall])


def test_in_cone_alone_ignores_walls():
    assert in_cone((0, 0), EAST, FOV, 100, (50, 0))


def test_rects_from_grid_merges_runs():
    grid = [
        1, 1, 0, 0,
        1, 1, 0, 1,
        0, 0, 0, 1,
    ]
    rects = rects_from_grid(grid, 4, 3, tile=16)
    assert sorted(rects) == sorted([(0.0, 0.0, 32.0, 32.0), (48.0, 16.0, 16.0, 32.0)])


def test_move_with_walls_slides_and_stops():
    walls = [(20, -50, 10, 100)]
    pos = move_with_walls((0, 0), 30, 5, walls)
    assert pos[0] <= 20 - 4 + 1e-9 and pos[0] > 12
    assert pos[1] == pytest.approx(5)


def test_polyline_points_and_headings():
    line = Polyline([(0, 0), (100, 0), (100, 50)])
    assert line.length == 150
    assert line.point_at(50) == (50, 0)
    assert line.point_at(125) == (100, 25)
    assert line.point_at(999) == (100, 50)
    assert line.heading_at(10) == 0
    assert line.heading_at(120) == pytest.approx(math.pi / 2)


@given(walls=st.lists(st.tuples(st.integers(-6, 6), st.integers(-6, 6), st.integers(1, 3), st.integers(1, 3)),
                      max_size=12),
       origin=st.tuples(st.floats(-120, 120), st.floats(-120, 120)),
       end=st.tuples(st.floats(-120, 120), st.floats(-120, 120)))
def test_the_wall_index_finds_the_first_wall_a_ray_meets(walls, origin, end):
    """The index walks cells and tests walls inline; it must agree with testing every wall."""
    rects = [(x * 16.0, y * 16.0, w * 16.0, h * 16.0) for x, y, w, h in walls]
    expected = 1.0
    for rect in rects:
        span = segment_rect_span(origin, end, rect)
        if span is not None and span[1] > 0.0:
            expected = min(expected, span[0])
    assert WallIndex(rects).ray_hit(origin, end) == pytest.approx(expected, abs=1e-9)


@given(walls=st.lists(st.tuples(st.floats(-100, 100), st.floats(-100, 100), st.floats(0, 60), st.floats(0, 60)),
                      max_size=12),
       start=st.tuples(st.floats(-120, 120), st.floats(-120, 120)),
       move=st.tuples(st.floats(-20, 20), st.floats(-20, 20)),
       end=st.tuples(st.floats(-150, 150), st.floats(-150, 150)))
def test_a_games_indexed_walls_stop_and_block_as_every_wall_does(walls, start, move, end):
    """A game's walls (Walls) look only at those in the cells near a body or a sight line; walls of any
    size, touching or not the cells' edges, stop a step and block a look exactly as testing all of them."""
    from game.minigames.vision import Walls

    indexed = Walls(walls)
    assert move_with_walls(start, *move, indexed) == move_with_walls(start, *move, list(walls))
    assert segment_blocked(start, end, indexed) == segment_blocked(start, end, list(walls))


def test_a_games_walls_take_their_index_and_cones_with_them():
    """Kept in a module-wide table, every dead drop or tail played left its wall index and its
    remembered cones behind (~5000 objects a game, found by the soak); they now belong to the walls,
    and go with the game that holds them, without waiting for a collection."""
    from game.minigames.vision import Walls, wall_index

    walls = Walls([(40, 0, 8, 100), (0, 60, 100, 8)])
    for x in range(0, 200, 4):
        cone_points((x, 30.0), 0.0, math.radians(90), 80.0, walls)
    index = weakref.ref(wall_index(walls))
    assert 0 < len(index().cones) <= vision.CONES_KEPT  # the latest casts only
    del walls
    assert index() is None
