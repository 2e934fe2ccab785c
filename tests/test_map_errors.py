"""Bad maps stop loading with an error that names the file, the object and the property."""

import pytest

import mapkit
from game.content.errors import ContentError
from game.content.lint import check_maps
from game.content.maps import load_map

SPAWN = {"kind": "spawn", "name": "default", "x": 2.5, "y": 3}


def load_one(tmp_path, objects, **kwargs):
    mapkit.write_tileset(tmp_path)
    return load_map(mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [SPAWN, *objects], **kwargs))


def error_of(tmp_path, objects, **kwargs) -> str:
    with pytest.raises(ContentError) as caught:
        load_one(tmp_path, objects, **kwargs)
    return str(caught.value)


def test_an_unknown_object_kind_names_the_file_the_object_and_the_kind(tmp_path):
    message = error_of(tmp_path, [{"kind": "dragon", "name": "smaug", "x": 1, "y": 1, "w": 1, "h": 1}])
    assert message.startswith(f"{tmp_path / 'broken.tmx'}:2: ")
    assert "unknown object kind 'dragon'" in message and "door" in message


def test_a_missing_required_property_is_named(tmp_path):
    message = error_of(tmp_path, [{"kind": "door", "name": "gate", "x": 1, "y": 1, "w": 1, "h": 1,
                                   "props": {"target_map": "cellar"}}])
    assert ":2: door 'gate': missing required property 'target_spawn' (string)" in message


def test_a_property_of_the_wrong_type_is_named_with_what_was_found(tmp_path):
    message = error_of(tmp_path, [{"kind": "trigger", "name": "whisper", "x": 1, "y": 1, "w": 1, "h": 1,
                                   "props": {"text": "Psst.", "once": "yes"}}])
    assert ":2: trigger 'whisper': property 'once' must be bool, got string 'yes'" in message


def test_a_misspelt_property_is_an_error_not_silently_ignored(tmp_path):
    message = error_of(tmp_path, [{"kind": "door", "name": "gate", "x": 1, "y": 1, "w": 1, "h": 1,
                                   "props": {"target_map": "a", "target_spawn": "b", "traget": "c"}}])
    assert "unknown property 'traget'" in message


def test_a_facing_outside_its_choices_is_refused(tmp_path):
    message = error_of(tmp_path, [{"kind": "spawn", "name": "porch", "x": 3, "y": 3,
                                   "props": {"facing": "north"}}])
    assert ":2: spawn 'porch': property 'facing' is 'north'; expected one of down, left, right, up" in message


def test_a_missing_tileset_image_names_the_tileset_and_the_image(tmp_path):
    mapkit.write_tileset(tmp_path, image=False)
    path = mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [SPAWN])
    with pytest.raises(ContentError) as caught:
        load_map(path)
    assert str(caught.value) == f"{tmp_path / 'test.tsx'}:image test.png: image file not found: {tmp_path / 'test.png'}"


def test_a_missing_tileset_file_names_the_map_and_the_tileset(tmp_path):
    path = mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [SPAWN], tileset="gone.tsx")
    with pytest.raises(ContentError) as caught:
        load_map(path)
    assert str(caught.value).startswith(f"{path}:tileset gone.tsx: tileset file not found")


def test_broken_xml_names_the_line(tmp_path):
    path = tmp_path / "broken.tmx"
    path.write_text('<?xml version="1.0"?>\n<map>\n<layer>\n</map>\n', encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_map(path)
    assert str(caught.value).startswith(f"{path}:line 4: not valid XML")


def test_tiled_1_9_class_attribute_is_read_as_the_kind(tmp_path):
    map_data = load_one(tmp_path, [{"kind": "solid", "name": "rock", "x": 1, "y": 1, "w": 1, "h": 1}],
                        kind_attr="class")
    assert [spec.kind for spec in map_data.objects] == ["spawn", "solid"]
    assert 'class="solid"' in (tmp_path / "broken.tmx").read_text()


def test_a_door_to_a_missing_map_or_spawn_is_reported_by_the_content_check(two_rooms):
    mapkit.write_map(two_rooms, "attic", mapkit.ROOM, [
        SPAWN,
        {"kind": "door", "name": "hatch", "x": 1, "y": 1, "w": 1, "h": 1,
         "props": {"target_map": "roof", "target_spawn": "default"}},
        {"kind": "door", "name": "stairs", "x": 2, "y": 1, "w": 1, "h": 1,
         "props": {"target_map": "hall", "target_spawn": "landing"}},
    ])
    problems = [str(problem) for problem in check_maps(two_rooms)]
    attic = two_rooms / "attic.tmx"
    assert f"{attic}:2: door 'hatch': target_map 'roof' does not exist (maps: attic, cellar, hall)" in problems
    assert any(p.startswith(f"{attic}:3: door 'stairs': map 'hall' has no spawn 'landing'") for p in problems)


def test_the_content_check_reports_every_broken_map_not_just_the_first(two_rooms):
    mapkit.write_map(two_rooms, "a", mapkit.ROOM, [SPAWN, {"kind": "ghost", "x": 1, "y": 1, "w": 1, "h": 1}])
    mapkit.write_map(two_rooms, "b", mapkit.ROOM, [])
    problems = [str(problem) for problem in check_maps(two_rooms)]
    assert any(p.startswith(f"{two_rooms / 'a.tmx'}:2: unknown object kind 'ghost'") for p in problems)
    assert any(p.startswith(f"{two_rooms / 'b.tmx'}: map has no spawn named 'default'") for p in problems)
