"""Content lint over every map the game ships."""

import pytest

from game.core import paths
from game.content.lint import check_maps
from game.content.map_files import map_names
from game.content.maps import load_map
from game.content.object_kinds import KINDS
from game.world.level import Level
from game.world.pathfind import cell_of, reachable_cells

MAPS = map_names()


def test_there_are_maps_and_the_vineyard_is_big_enough():
    assert "vineyard" in MAPS
    vineyard = load_map("vineyard")
    assert vineyard.width >= 60 and vineyard.height >= 40


def test_every_map_passes_the_content_check():
    assert [str(problem) for problem in check_maps()] == []


@pytest.mark.parametrize("name", MAPS)
def test_every_map_loads_with_known_kinds_and_doors_that_lead_somewhere(name):
    map_data = load_map(name)
    assert all(spec.kind in KINDS for spec in map_data.objects)
    for spec in map_data.objects:
        if spec.kind == "door":
            target = load_map(spec.props["target_map"])
            assert spec.props["target_spawn"] in target.spawns


@pytest.mark.parametrize("name", MAPS)
def test_everything_placed_on_a_map_can_be_reached_on_foot_from_its_default_spawn(name):
    level = Level(load_map(name))
    position = level.player_position
    reachable = reachable_cells(level, cell_of(level, position.x, position.y))
    tw, th = level.map.tile_w, level.map.tile_h
    for spec in level.map.objects:
        # places to stand on or see, not to reach; the Berlin minigames (not the walker) use routes, cover, places
        if spec.kind in ("spawn", "solid", "light", "patrol", "courier_route", "cover", "place", "decor"):
            continue
        # a thing is reached when he can stand on it or next to it
        left, top = int(spec.x // tw) - 1, int(spec.y // th) - 1
        right, bottom = int((spec.x + max(spec.w, 1) - 1) // tw) + 1, int((spec.y + max(spec.h, 1) - 1) // th) + 1
        around = {(cx, cy) for cx in range(left, right + 1) for cy in range(top, bottom + 1)}
        assert around & reachable, f"{name}.tmx object {spec.object_id} ({spec.kind} '{spec.name}') is out of reach"


def test_every_spawn_stands_on_open_ground():
    """A seat (a spawn with pose sit) may be in a chair: open ground must be beside it to stand up on."""
    for name in MAPS:
        level = Level(load_map(name))
        body = level.world.get(level.player, __import__("game.world.components", fromlist=["Body"]).Body)
        for spawn in level.map.spawns.values():
            if spawn.props["pose"] == "sit":
                spot = level.stand_up_spot(*spawn.feet, spawn.props["facing"])
                assert spot is not None, f"{name}.tmx seat '{spawn.name}' has no open ground beside it"
                continue
            assert not level.blocked(body.rect_at(*spawn.feet), ignore=level.player), \
                f"{name}.tmx spawn '{spawn.name}' is inside a wall"


def test_the_maps_folder_is_where_the_game_looks():
    assert paths.MAPS.is_dir()
