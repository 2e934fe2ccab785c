"""`--check` finds what is wrong in a map's meaning: one broken map per check, each with its exact message."""

import pytest

import mapkit
from game.content.errors import ContentError
from game.content.lint import check_maps, check_story, run_check
from game.content.maps import load_map

SPAWN = {"kind": "spawn", "name": "default", "x": 2.5, "y": 3}
# a room split by a wall: the right side (x 6..8) cannot be walked to from the left
SPLIT = [
    "##########",
    "#....#...#",
    "#....#...#",
    "#....#...#",
    "#....#...#",
    "#....#...#",
    "##########",
]


def problems_in(tmp_path, objects, rows=mapkit.ROOM, others=()) -> list[str]:
    mapkit.write_tileset(tmp_path)
    mapkit.write_map(tmp_path, "broken", rows, [SPAWN, *objects])
    for name, other_objects in others:
        mapkit.write_map(tmp_path, name, mapkit.ROOM, other_objects)
    return [str(problem) for problem in check_maps(tmp_path)]


def where(tmp_path, object_id) -> str:
    return f"{tmp_path / 'broken.tmx'}:{object_id}"


def test_a_good_pair_of_maps_has_no_problems(tmp_path):
    mapkit.two_rooms(tmp_path)
    assert [str(problem) for problem in check_maps(tmp_path)] == []


def test_a_door_to_a_map_that_does_not_exist(tmp_path):
    problems = problems_in(tmp_path, [{"kind": "door", "name": "gate", "x": 8, "y": 2, "w": 1, "h": 1,
                                       "props": {"target_map": "attic", "target_spawn": "default"}}])
    assert problems == [f"{where(tmp_path, 2)}: door 'gate': target_map 'attic' does not exist (maps: broken)"]


def test_a_door_to_a_spawn_that_does_not_exist(tmp_path):
    problems = problems_in(tmp_path, [{"kind": "door", "name": "gate", "x": 8, "y": 2, "w": 1, "h": 1,
                                       "props": {"target_map": "attic", "target_spawn": "stairs"}}],
                           others=[("attic", [SPAWN])])
    assert problems == [f"{where(tmp_path, 2)}: door 'gate': map 'attic' has no spawn 'stairs' (spawns: default)"]


def test_a_knot_that_is_not_in_the_story(tmp_path):
    mapkit.write_tileset(tmp_path)
    mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [
        SPAWN, {"kind": "trigger", "name": "whisper", "x": 4, "y": 3, "w": 1, "h": 1,
                "props": {"knot": "no_such_knot"}}])
    problems = [str(p) for p in check_story(tmp_path, compile_sources=False) if p.file.endswith("broken.tmx")]
    assert problems == [f"{where(tmp_path, 2)}: trigger 'whisper': knot 'no_such_knot' does not exist in the story"]


@pytest.mark.parametrize("kind, props, size", [
    ("trigger", {"text": "Psst."}, {"w": 1, "h": 1}),
    ("door", {"target_map": "broken", "target_spawn": "default"}, {"w": 1, "h": 1}),
    ("interactable", {"text": "A clock."}, {"w": 1, "h": 1}),
    ("npc", {"sprite": "stephane", "text": "Bonsoir."}, {}),
])
def test_a_thing_walled_off_from_the_default_spawn(tmp_path, kind, props, size):
    problems = problems_in(tmp_path, [{"kind": kind, "name": "far", "x": 7.5, "y": 3, "props": props, **size}],
                           rows=SPLIT)
    assert problems == [f"{where(tmp_path, 2)}: {kind} 'far': cannot be reached on foot from spawn 'default'"]


def test_a_thing_behind_a_counter_can_still_be_reached_by_facing_it(tmp_path):
    rows = list(mapkit.ROOM)
    rows[2] = "#...##...#"
    problems = problems_in(tmp_path, [{"kind": "interactable", "name": "bell", "x": 4, "y": 2, "w": 1, "h": 1,
                                       "props": {"text": "Ding."}}], rows=rows)
    assert problems == []


def test_a_spawn_inside_a_wall(tmp_path):
    problems = problems_in(tmp_path, [{"kind": "spawn", "name": "cupboard", "x": 0.5, "y": 3}])
    assert problems == [f"{where(tmp_path, 2)}: spawn 'cupboard' is inside a wall"]


def test_the_shipped_content_passes_the_check(capsys):
    assert run_check() == 0
    assert "content OK" in capsys.readouterr().out


def test_a_template_gives_its_instance_kind_size_and_properties(tmp_path):
    mapkit.write_tileset(tmp_path)
    mapkit.write_template(tmp_path / "templates", "door", "door", 1, 1,
                          {"target_map": "broken", "target_spawn": "default"})
    mapkit.write_template(tmp_path / "templates", "npc", "npc", props={"sprite": "stephane", "text": "Bonjour."})
    path = mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [
        SPAWN,
        {"template": "templates/door.tx", "name": "gate", "x": 8, "y": 2,
         "props": {"target_spawn": "porch"}},
        {"template": "templates/npc.tx", "name": "marcel", "x": 4.5, "y": 4},
        {"kind": "spawn", "name": "porch", "x": 6.5, "y": 3},
    ])
    objects = {spec.name: spec for spec in load_map(path).objects}
    gate, marcel = objects["gate"], objects["marcel"]
    assert (gate.kind, gate.w, gate.h) == ("door", 16, 16)
    assert gate.props["target_map"] == "broken" and gate.props["target_spawn"] == "porch"  # the instance's wins
    assert marcel.kind == "npc" and marcel.is_point and marcel.props["text"] == "Bonjour."
    assert [str(p) for p in check_maps(tmp_path)] == []


def test_a_missing_template_names_the_file_and_the_object(tmp_path):
    mapkit.write_tileset(tmp_path)
    path = mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [
        SPAWN, {"template": "templates/door.tx", "name": "gate", "x": 8, "y": 2}])
    with pytest.raises(ContentError) as caught:
        load_map(path)
    assert str(caught.value) == (f"{where(tmp_path, 2)}: object template not found: "
                                 f"{tmp_path / 'templates' / 'door.tx'} (template=\"templates/door.tx\")")


def test_a_patrol_route_through_a_wall(tmp_path):
    rows = list(mapkit.ROOM)
    rows[3] = "#....#...#"
    problems = problems_in(tmp_path, [{"kind": "patrol", "name": "guard", "x": 2.5, "y": 3.5,
                                       "points": [(0, 0), (5, 0)]}], rows=rows)
    assert problems == [f"{where(tmp_path, 2)}: patrol 'guard': route crosses a wall at tile 5,3"]


def test_a_patrol_route_on_open_ground_is_fine(tmp_path):
    problems = problems_in(tmp_path, [{"kind": "patrol", "name": "guard", "x": 2.5, "y": 3.5,
                                       "points": [(0, 0), (5, 0), (5, 1.5)]}])
    assert problems == []
