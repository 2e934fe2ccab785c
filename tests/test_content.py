"""The shipped maps: their size. That every map passes the content check (kinds, doors that lead to a
spawn, everything placed reachable on foot from 'default', spawns on open ground: lint.check_reach) is
tests/test_check.py's one run of `--check` over all the shipped content."""

from game.content.map_files import map_names
from game.content.maps import load_map


def test_there_are_maps_and_the_vineyard_is_big_enough():
    assert "vineyard" in map_names()
    vineyard = load_map("vineyard")
    assert vineyard.width >= 60 and vineyard.height >= 40
