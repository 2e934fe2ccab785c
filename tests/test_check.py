"""`--check` finds what is wrong in a map's meaning: one broken map per check, each with its exact message."""

import pytest

import mapkit
from game import cli
from game.content.errors import ContentError
from game.content.lint import check_maps
from game.content.maps import load_map
from game.content.object_kinds import KINDS
from game.core import paths

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


def problems_in(tmp_path, objects=(), rows=mapkit.ROOM, others=(), **kwargs) -> list[str]:
    """--check's problems with the map `broken` (the default spawn and `objects`), and the `others` given."""
    mapkit.write_tileset(tmp_path)
    mapkit.write_map(tmp_path, "broken", rows, [SPAWN, *objects], **kwargs)
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
    problems = [str(p) for p in check_maps(tmp_path)]
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
    """The suite's one check of all the shipped content (maps, story, compiled Ink, assets): `--check`
    through the command line's code, in this process. Its exit code 1 and its lines are tested in
    a real process by tests/test_bad_inputs.py."""
    assert cli.main(["--check"]) == 0
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


# --- what used to pass silently: each fault in a map maker's words, every one of them listed ---

def test_an_empty_value_means_not_set(tmp_path):
    """Tiled writes value="" when a field is cleared: the property's default, never NoneType."""
    path = mapkit.write_tileset(tmp_path).parent / "broken.tmx"
    problems = problems_in(tmp_path, [
        {"kind": "interactable", "name": "clock", "x": 4, "y": 1, "w": 1, "h": 1,
         "props": {"text": "Tick.", "knot": "", "speaker": "", "prompt": ""}},
        {"kind": "light", "name": "lamp", "x": 3, "y": 3,
         "props": {"radius": mapkit.Typed("int", ""), "flicker": mapkit.Typed("bool", ""),
                   "color": mapkit.Typed("color", "")}},
    ], map_props={"title": "", "light": "", "fireflies": mapkit.Typed("int", "")})
    assert problems == []
    map_data = load_map(path)
    clock, lamp = (spec.props for spec in map_data.objects[1:])
    assert (clock["knot"], clock["speaker"], clock["prompt"]) == ("", "", "Look")
    assert (lamp["radius"], lamp["flicker"], lamp["color"]) == (48, True, "#ffc878")
    assert (map_data.properties["light"], map_data.properties["fireflies"]) == ("afternoon", 0)


def test_a_required_property_left_empty_is_missing_not_nonetype(tmp_path):
    problems = problems_in(tmp_path, [{"kind": "door", "name": "gate", "x": 8, "y": 2, "w": 1, "h": 1,
                                        "props": {"target_map": "broken", "target_spawn": ""}}])
    assert problems == [f"{where(tmp_path, 2)}: door 'gate': missing required property 'target_spawn' (string)"]


def test_a_spawn_outside_the_map_is_outside_not_inside_a_wall(tmp_path):
    problems = problems_in(tmp_path, [{"kind": "spawn", "name": "porch", "x": 20.5, "y": 3},
                                       {"kind": "light", "name": "lamp", "x": 4, "y": -1}])
    assert problems == [
        f"{where(tmp_path, 2)}: spawn 'porch': is outside the map, at x 328, y 48 (the map is 160×112 pixels)",
        f"{where(tmp_path, 3)}: light 'lamp': is outside the map, at x 64, y -16 (the map is 160×112 pixels)",
    ]


def test_chapters_naming_an_unknown_chapter(tmp_path):
    problems = problems_in(tmp_path, [{"kind": "interactable", "name": "clock", "x": 4, "y": 1, "w": 1, "h": 1,
                                        "props": {"text": "Tick.", "chapters": "vineyard,vinyard"}}])
    assert problems == [f"{where(tmp_path, 2)}: interactable 'clock': property 'chapters' names 'vinyard', not a "
                        f"chapter (the chapters: vineyard, visitor, dinner, garden, berlin, ending)"]


def test_if_var_naming_a_variable_the_story_does_not_have(tmp_path):
    problems = problems_in(tmp_path, [
        {"kind": "interactable", "name": "clock", "x": 4, "y": 1, "w": 1, "h": 1,
         "props": {"text": "Tick.", "if_var": "!heard_knok"}},
        {"kind": "interactable", "name": "bell", "x": 6, "y": 1, "w": 1, "h": 1,
         "props": {"text": "Ding.", "if_var": "!heard_knock"}},
    ])
    assert problems == [f"{where(tmp_path, 2)}: interactable 'clock': if_var names 'heard_knok', which is neither "
                        f"a variable nor a knot of the story (a VAR or a knot in assets/story/*.ink)"]


def test_unknown_and_misspelt_map_properties_and_values(tmp_path):
    problems = problems_in(tmp_path, map_props={"titel": "The Hall", "light": "evening", "ambience": "wind",
                                                 "footsteps": "mud", "rain": "yes"})
    shown = f"{tmp_path / 'broken.tmx'}:map"
    assert problems == [
        f"{shown}: unknown map property 'titel' (did you mean 'title'?) (map properties: title, light, ambience, "
        f"footsteps, rain, fireflies, player_sprite)",
        f"{shown}: map property 'light' is 'evening'; expected one of afternoon, dusk, night, interior, berlin, none",
        f"{shown}: map property 'ambience' is 'wind'; expected one of cicadas, crickets, rain_traffic, cellar",
        f"{shown}: map property 'footsteps' is 'mud'; expected one of grass, gravel, stone, cobbles_wet",
        f"{shown}: map property 'rain' must be bool, got string 'yes'",
    ]


def test_tiles_of_another_size_and_a_map_that_is_not_orthogonal(tmp_path):
    path = mapkit.write_tileset(tmp_path).parent / "broken.tmx"
    mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [SPAWN])
    text = path.read_text().replace('orientation="orthogonal"', 'orientation="isometric"')
    path.write_text(text.replace('tilewidth="16" tileheight="16"', 'tilewidth="32" tileheight="32"'))
    tileset = tmp_path / "test.tsx"
    tileset.write_text(tileset.read_text().replace('tilewidth="16" tileheight="16"', 'tilewidth="16" tileheight="8"'))
    assert [str(problem) for problem in check_maps(tmp_path)] == [
        f"{path}:map: the map is isometric; the game draws orthogonal maps only (Map → Map Properties → Orientation)",
        f"{tileset}: tiles are 16×8 pixels; the game's are 16×16 (Tileset → Tileset Properties)",
        f"{path}:map: tiles are 32×32 pixels; the game's are 16×16 (Map → Map Properties → Tile Width, Tile Height)",
    ]


def test_a_tile_beyond_its_tileset(tmp_path):
    rows = list(mapkit.ROOM)
    rows[2] = "#..?.....#"
    problems = problems_in(tmp_path, rows=rows)
    assert problems == [f"{tmp_path / 'broken.tmx'}:layer ground: the tile at 3,2 is tile 2 of "
                        f"{tmp_path / 'test.tsx'}, which has only 2 tiles (0 to 1)"]


def test_a_tileset_image_without_width_and_height(tmp_path):
    mapkit.write_tileset(tmp_path)
    tileset = tmp_path / "test.tsx"
    tileset.write_text(tileset.read_text().replace(' width="32" height="16"', ""))
    mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [SPAWN])
    assert [str(problem) for problem in check_maps(tmp_path)] == [
        f"{tileset}:image test.png: the tileset's image has no width or height, so its tiles cannot be cut out "
        f"(open the tileset in Tiled and save it: Tiled writes them)"]


def test_a_template_whose_override_leaves_an_object_0_high(tmp_path):
    mapkit.write_template(tmp_path / "templates", "door", "door", 1, 1,
                          {"target_map": "broken", "target_spawn": "default"})
    problems = problems_in(tmp_path, [{"template": "templates/door.tx", "name": "gate", "x": 8, "y": 2,
                                        "attrs": {"height": "0"}}])
    assert problems == [f"{where(tmp_path, 2)}: door 'gate': is 16×0 pixels (its template templates/door.tx and "
                        f"its own size give that); a rectangle needs a width and a height"]


def test_a_speaker_not_in_the_cast(tmp_path):
    problems = problems_in(tmp_path, [
        {"kind": "trigger", "name": "voice", "x": 4, "y": 3, "w": 1, "h": 1,
         "props": {"text": "Psst.", "speaker": "Sophi"}},
        {"kind": "trigger", "name": "hers", "x": 6, "y": 3, "w": 1, "h": 1,
         "props": {"text": "Oui.", "speaker": "sophie"}},
    ])
    assert problems == [f"{where(tmp_path, 2)}: trigger 'voice': speaker 'Sophi' is not in the cast "
                        f"(assets/story/cast.toml: marcel, odette, sophie, stephane)"]


def test_a_compressed_or_json_map_gets_a_sentence_not_a_doubled_extension(tmp_path):
    mapkit.two_rooms(tmp_path)
    (tmp_path / "attic.tmx.gz").write_bytes(b"\x1f\x8b")
    (tmp_path / "roof.tmj").write_text("{}")
    (tmp_path / "Barn.TMX").write_text("<map/>")
    problems = [str(problem) for problem in check_maps(tmp_path)]
    assert problems == [
        f"{tmp_path / 'Barn.TMX'}: is not read: maps must end in .tmx, in lower case (rename it)",
        f"{tmp_path / 'attic.tmx.gz'}: is a compressed map; the game reads plain .tmx files (in Tiled: "
        f"File → Save As…, and choose 'Tiled map files (*.tmx)')",
        f"{tmp_path / 'roof.tmj'}: is a map in Tiled's JSON format; the game reads .tmx files (in Tiled: "
        f"File → Save As…, and choose 'Tiled map files (*.tmx)')",
    ]
    with pytest.raises(ContentError) as caught:
        load_map(tmp_path / "attic.tmx.gz")
    assert ".tmx.gz.tmx" not in str(caught.value) and "is a compressed map" in str(caught.value)


def test_a_door_naming_its_map_with_the_extension(tmp_path):
    problems = problems_in(tmp_path, [{"kind": "door", "name": "gate", "x": 8, "y": 2, "w": 1, "h": 1,
                                        "props": {"target_map": "broken.tmx", "target_spawn": "default"}}])
    assert problems == [f"{where(tmp_path, 2)}: door 'gate': target_map 'broken.tmx' does not exist: name the "
                        f"map without .tmx (maps: broken)"]


def test_tile_data_in_a_format_the_game_does_not_read(tmp_path):
    path = mapkit.write_tileset(tmp_path).parent / "broken.tmx"
    mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [SPAWN])
    path.write_text(path.read_text().replace('<data encoding="csv">', '<data encoding="base64" compression="zstd">'))
    with pytest.raises(ContentError) as caught:
        load_map(path)
    assert str(caught.value) == (f"{path}:layer ground: its tiles are compressed with zstd, which the game does not "
                                 f"read: choose CSV in Map → Map Properties → Tile Layer Format")


def test_a_map_with_three_different_faults_lists_all_three(tmp_path):
    problems = problems_in(tmp_path, [
        {"kind": "door", "name": "gate", "x": 8, "y": 2, "w": 1, "h": 1,
         "props": {"target_map": "broken", "target_spawn": "porch"}},
        {"kind": "interactable", "name": "clock", "x": 4, "y": 1, "w": 1, "h": 1,
         "props": {"text": "Tick.", "chapters": "evening"}},
    ], map_props={"titel": "The Hall"})
    assert problems == [
        f"{tmp_path / 'broken.tmx'}:map: unknown map property 'titel' (did you mean 'title'?) (map properties: "
        f"title, light, ambience, footsteps, rain, fireflies, player_sprite)",
        f"{where(tmp_path, 3)}: interactable 'clock': property 'chapters' names 'evening', not a chapter "
        f"(the chapters: vineyard, visitor, dinner, garden, berlin, ending)",
        f"{where(tmp_path, 2)}: door 'gate': map 'broken' has no spawn 'porch' (spawns: default)",
    ]


def test_every_problem_of_an_object_and_of_every_map_is_listed(two_rooms):
    mapkit.write_map(two_rooms, "attic", mapkit.ROOM, [
        SPAWN,
        {"kind": "door", "name": "hatch", "x": 1, "y": 1, "w": 1, "h": 1,
         "props": {"target_map": "", "traget_spawn": "default", "once": True}},
        {"kind": "dragon", "name": "smaug", "x": 2, "y": 2, "w": 1, "h": 1},
    ])
    mapkit.write_map(two_rooms, "barn", mapkit.ROOM, [{"kind": "light", "name": "lamp", "x": 3, "y": 3,
                                                       "props": {"radius": "big"}}])
    attic, barn = two_rooms / "attic.tmx", two_rooms / "barn.tmx"
    assert [str(problem) for problem in check_maps(two_rooms)] == [
        f"{attic}:2: door 'hatch': unknown property 'traget_spawn' (did you mean 'target_spawn'?) (allowed: "
        f"target_map, target_spawn, chapters, if_var)",
        f"{attic}:2: door 'hatch': unknown property 'once' (allowed: target_map, target_spawn, chapters, if_var)",
        f"{attic}:2: door 'hatch': missing required property 'target_map' (string)",
        f"{attic}:2: door 'hatch': missing required property 'target_spawn' (string)",
        f"{attic}:3: unknown object kind 'dragon' (known kinds: {', '.join(KINDS.names())})",
        f"{barn}:1: light 'lamp': property 'radius' must be int, got string 'big'",
        f"{barn}: map has no spawn named 'default' (add a point object of kind spawn)",
    ]


def test_playing_stops_at_the_first_problem_with_the_same_words(tmp_path):
    mapkit.write_tileset(tmp_path)
    path = mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [
        SPAWN, {"kind": "light", "name": "lamp", "x": 3, "y": 3, "props": {"radius": "big", "colour": "#fff"}}])
    with pytest.raises(ContentError) as caught:
        load_map(path)
    assert str(caught.value) == str(check_maps(tmp_path)[0])
    assert len(check_maps(tmp_path)) == 2


def test_the_map_properties_are_the_sets_sound_and_light_know():
    """One table of map properties (map_properties.py): the sound and the light must know every value."""
    from game.content import chapters, map_properties
    from game.core import audio
    from game.render import lighting

    assert set(map_properties.AMBIENCES) == set(audio.AMBIENCES)
    assert set(map_properties.FOOTSTEPS) == set(audio.SURFACES)
    assert set(map_properties.LIGHTS) == set(lighting.PRESETS) == set(lighting.GLOW_STRENGTH) == set(chapters.LIGHTS)
    for ambience in map_properties.AMBIENCES:
        assert (paths.ASSETS / "sounds" / f"{ambience}.wav").is_file(), ambience


def test_a_rotated_object(tmp_path):
    """The game reads rectangles as they are drawn unrotated: a door turned in Tiled would be elsewhere."""
    problems = problems_in(tmp_path, [{"kind": "door", "name": "gate", "x": 8, "y": 2, "w": 1, "h": 1,
                                       "props": {"target_map": "broken", "target_spawn": "default"},
                                       "attrs": {"rotation": "90"}}])
    assert problems == [f"{where(tmp_path, 2)}: door 'gate': is rotated (90°); the game reads objects as if they "
                        f"were not (set its Rotation to 0)"]


def test_a_tileset_fault_shared_by_two_maps_is_said_once(two_rooms):
    tileset = two_rooms / "test.tsx"
    tileset.write_text(tileset.read_text().replace('tilewidth="16" tileheight="16"', 'tilewidth="16" tileheight="8"'))
    assert [str(problem) for problem in check_maps(two_rooms)] == [
        f"{tileset}: tiles are 16×8 pixels; the game's are 16×16 (Tileset → Tileset Properties)"]


def test_a_door_or_a_sheet_named_outside_the_games_folders_is_told_not_followed(tmp_path):
    problems = problems_in(tmp_path, [
        {"kind": "door", "name": "gate", "x": 8, "y": 2, "w": 1, "h": 1,
         "props": {"target_map": "../../etc/passwd", "target_spawn": "default"}},
        {"kind": "npc", "name": "ghost", "x": 4, "y": 4, "props": {"sprite": "../../x", "text": "Boo."}}])
    assert problems == [
        f"{where(tmp_path, 2)}: door 'gate': target_map: map '../../etc/passwd.tmx' leads outside the game's "
        "folders (names are looked up in maps/ and assets/ only)",
        f"{where(tmp_path, 3)}: npc 'ghost': sprite '../../x.png' leads outside the game's folders (names are "
        "looked up in maps/ and assets/ only)"]
