"""The real editor: Tiled opens every map and tileset, draws it, re-saves it, and the game reads it the same.

Tiled 1.8's exit codes prove little (it exits 0 on a missing tileset, image or
template, and on an out-of-range tile id), so this also fails on any warning it
prints, on a tileset that comes out with no tiles or no image, on a template
reference left in the export, and on a tile id that pytmx finds no image for.
These tests need Debian's `tiled` package (`apt-get install tiled`; .ci/run
installs it) and fail, saying so, where it is missing.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import mapkit
from game.content.lint import check_maps, check_story
from game.content.map_files import map_names
from game.content.maps import load_map
from game.content.object_kinds import parse_colour
from game.core import paths
from game.scenes import new_context
from game.world.level import Level

TILED = shutil.which("tiled")
RASTERIZER = shutil.which("tmxrasterizer")

MAPS = [paths.MAPS / f"{name}.tmx" for name in map_names()]
TILESETS = sorted((paths.ASSETS / "tilesets").glob("*.tsx"))
QT_NOTICES = ("QStandardPaths: XDG_RUNTIME_DIR", "QStandardPaths: runtime directory")


@pytest.fixture(autouse=True)
def tiled_is_installed():
    assert TILED and RASTERIZER, "Debian's Tiled is not installed: apt-get install tiled (.ci/run installs it)"


def run_tool(args: list[str], tmp_path: Path) -> str:
    """Run Tiled's tool offscreen; return what it printed that is not Qt's runtime-folder notice.

    Tiled runs with a home of its own, so no one's Tiled settings (a global objecttypes.xml…)
    change what it reads or writes.
    """
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime), "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share")}
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
    printed = [line for line in (done.stdout + done.stderr).splitlines()
               if line.strip() and not line.startswith(QT_NOTICES)]
    assert done.returncode == 0, f"{' '.join(args)} exited {done.returncode}: {printed}"
    return "\n".join(printed)


def export(map_path: Path, tmp_path: Path) -> dict:
    out = tmp_path / f"{map_path.stem}.json"
    printed = run_tool([TILED, "--export-map", "json", "--embed-tilesets", "--detach-templates",
                        str(map_path), str(out)], tmp_path)
    assert printed == "", f"Tiled warned about {map_path.name}:\n{printed}"
    assert out.is_file(), f"Tiled wrote no export of {map_path.name}"
    return json.loads(out.read_text(encoding="utf-8"))


def assert_sound_export(data: dict, name: str) -> None:
    for tileset in data["tilesets"]:
        label = f"{name}: tileset '{tileset.get('name')}'"
        assert "source" not in tileset, f"{label} was not embedded (its file could not be read)"
        assert tileset.get("tilecount", 0) > 0, f"{label} has no tiles (missing or unreadable .tsx)"
        assert tileset.get("image") or all(tile.get("image") for tile in tileset.get("tiles", [])), \
            f"{label} has no image"
    for layer in data["layers"]:
        for obj in layer.get("objects", []):
            assert "template" not in obj, f"{name}: object {obj['id']} still refers to template {obj['template']}"


@pytest.mark.parametrize("map_path", MAPS, ids=[path.stem for path in MAPS])
def test_tiled_exports_the_map_without_a_warning(map_path, tmp_path):
    assert_sound_export(export(map_path, tmp_path), map_path.name)


@pytest.mark.parametrize("map_path", MAPS, ids=[path.stem for path in MAPS])
def test_tmxrasterizer_draws_the_map(map_path, tmp_path):
    import pygame

    out = tmp_path / f"{map_path.stem}.png"
    printed = run_tool([RASTERIZER, str(map_path), str(out)], tmp_path)
    assert printed == "", f"tmxrasterizer warned about {map_path.name}:\n{printed}"
    image = pygame.image.load(str(out))
    data = load_map(map_path)
    assert image.get_size() == data.pixel_size


@pytest.mark.parametrize("map_path", MAPS, ids=[path.stem for path in MAPS])
def test_every_tile_used_has_an_image(map_path):
    import pygame
    import pytmx

    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    tmx = pytmx.load_pygame(str(map_path))
    for layer in tmx.layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for y, row in enumerate(layer.data):
                for x, gid in enumerate(row):
                    assert not gid or tmx.images[gid] is not None, \
                        f"{map_path.name}: layer '{layer.name}' tile {x},{y} (gid {gid}) has no image"


def test_tiled_resolves_a_template_as_our_loader_does(tmp_path):
    """The map makers' templates: Tiled's own detaching agrees with the kind, size and properties we read."""
    maps = tmp_path / "maps"
    mapkit.write_tileset(maps)
    shutil.copytree(paths.MAPS / "templates", maps / "templates")
    path = mapkit.write_map(maps, "templated", mapkit.ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3},
        {"template": "templates/door.tx", "name": "gate", "x": 8, "y": 2,
         "props": {"target_map": "templated", "target_spawn": "default"}},
        {"template": "templates/npc.tx", "name": "marcel", "x": 4.5, "y": 4,
         "props": {"sprite": "neighbour_marcel", "text": "Bonsoir."}},
        {"template": "templates/trigger.tx", "name": "draught", "x": 5, "y": 4, "props": {"text": "A draught."}},
    ])
    data = export(path, tmp_path)
    assert_sound_export(data, path.name)
    exported = {obj["name"]: obj for layer in data["layers"] for obj in layer.get("objects", [])}
    ours = {spec.name: spec for spec in load_map(path).objects}
    for name, spec in ours.items():
        obj = exported[name]
        assert obj["type"] == spec.kind
        assert (obj["width"], obj["height"]) == (spec.w, spec.h)
        for prop in obj.get("properties", []):
            assert spec.props[prop["name"]] == prop["value"]


def test_the_tiled_project_and_object_types_are_read_by_tiled(tmp_path):
    """The generated files are what Tiled reads: valid JSON naming the object types file, valid XML."""
    import xml.etree.ElementTree as ET

    project = json.loads((paths.MAPS / "weight-of-secrets.tiled-project").read_text(encoding="utf-8"))
    assert (paths.MAPS / project["objectTypesFile"]).is_file()
    root = ET.parse(paths.MAPS / project["objectTypesFile"]).getroot()
    classes = {t["name"] for t in project["propertyTypes"] if t["type"] == "class"}
    assert {node.get("name") for node in root.iter("objecttype")} == classes


def test_every_closed_set_is_an_enum_of_the_project_and_colours_are_colours():
    """The dropdowns a map maker picks from hold exactly the values the game knows, in Tiled 1.8
    (objecttypes.xml names the enum of each property) and 1.9+ (the classes' members do)."""
    from game.content.chapters import CHAPTER_IDS, load_cast
    from game.content.map_properties import MAP_PROPERTIES
    from game.content.object_kinds import KINDS

    project = json.loads((paths.MAPS / "weight-of-secrets.tiled-project").read_text(encoding="utf-8"))
    types = {t["name"]: t for t in project["propertyTypes"]}
    enums = {name: t["values"] for name, t in types.items() if t["type"] == "enum"}
    assert types["chapters"]["valuesAsFlags"] and enums["chapters"] == list(CHAPTER_IDS)
    assert enums["sprite"] == sorted(path.stem for path in paths.SPRITES.glob("*.png"))
    assert enums["speaker"] == list(load_cast())
    map_enums = {"light": "map_light", "player_sprite": "sprite"}  # `light` is also a kind's class
    for prop in MAP_PROPERTIES:
        if prop.choices:
            assert enums[map_enums.get(prop.name, prop.name)] == list(prop.choices), prop.name
    closed = {"sprite": "sprite", "speaker": "speaker", "chapters": "chapters"}
    root = ET.parse(paths.MAPS / project["objectTypesFile"]).getroot()
    for objecttype in root.iter("objecttype"):
        kind = KINDS[objecttype.get("name")]
        members = {member["name"]: member for member in types[kind.name]["members"]}
        choices = {prop.name: prop.choices for prop in kind.props if prop.choices}
        for prop in objecttype.iter("property"):
            name, member = prop.get("name"), members[prop.get("name")]
            assert (prop.get("type"), prop.get("propertytype")) == (member["type"], member.get("propertyType"))
            if name in choices:
                assert enums[prop.get("propertytype")] == list(choices[name]), (kind.name, name)
            elif name in closed:
                assert prop.get("propertytype") == closed[name], (kind.name, name)
            elif name == "color":
                assert prop.get("type") == "color" and parse_colour(prop.get("default")) == (255, 200, 120)
            else:
                assert prop.get("propertytype") is None, (kind.name, name)


# ------------------------------------------------------------------ terrain brushes (Wang sets)

def export_tileset(tsx: Path, tmp_path: Path) -> dict:
    out = tmp_path / f"{tsx.stem}.json"
    printed = run_tool([TILED, "--export-tileset", "json", str(tsx), str(out)], tmp_path)
    assert printed == "", f"Tiled warned about {tsx.name}:\n{printed}"
    assert out.is_file(), f"Tiled wrote no export of {tsx.name}"
    return json.loads(out.read_text(encoding="utf-8"))


def corner_colours(wang_id) -> tuple[int, ...]:
    return tuple(wang_id[1::2])  # Tiled's order: top, top-right, right, bottom-right…: corners are odd


def edge_colours(wang_id) -> tuple[int, ...]:
    return tuple(wang_id[0::2])


# the tilesets a map maker paints ground, walls and rows with (a tileset of props needs none)
PAINTED_TILESETS = ("provence", "interior", "garden", "berlin")


@pytest.mark.parametrize("tsx", TILESETS, ids=[path.stem for path in TILESETS])
def test_tiled_loads_every_terrain_set_with_the_tiles_its_script_gave(tsx, tmp_path):
    sheet = importlib.import_module(f"assets.scripts.tiles_{tsx.stem}").build()
    assert sheet.wang_sets or tsx.stem not in PAINTED_TILESETS, f"{tsx.name} has no terrain sets"
    exported = {wang["name"]: wang for wang in export_tileset(tsx, tmp_path).get("wangsets", [])}
    assert set(exported) == {wang.name for wang in sheet.wang_sets}
    for wang in sheet.wang_sets:
        loaded = exported[wang.name]
        assert loaded["type"] == wang.kind
        assert [colour["name"] for colour in loaded["colors"]] == [colour[0] for colour in wang.colours]
        tiles = {tile["tileid"]: tuple(tile["wangid"]) for tile in loaded["wangtiles"]}
        assert tiles == {sheet.ids[name]: wang_id for name, wang_id in wang.wang_ids.items()}, \
            f"{tsx.name}: terrain set '{wang.name}' did not arrive in Tiled with its tiles"


@pytest.mark.parametrize("tsx", TILESETS, ids=[path.stem for path in TILESETS])
def test_the_terrain_brush_always_finds_a_tile(tsx, tmp_path):
    """Wherever two surfaces meet, every way they can share a tile's corners has a tile (so the
    brush never leaves a hole or a hard seam); every wall, fence or hedge piece has all its joins
    (vine rows run east-west: a middle, a first and a last piece)."""
    for wang in export_tileset(tsx, tmp_path).get("wangsets", []):
        label = f"{tsx.name}: '{wang['name']}'"
        ids = [tuple(tile["wangid"]) for tile in wang["wangtiles"]]
        if wang["type"] == "corner":
            corners = {corner_colours(wang_id) for wang_id in ids}
            pairs = {frozenset(c) for c in corners if len(set(c)) == 2}
            pairs |= {frozenset((a, b)) for c in corners for a in c for b in c if a != b}
            assert pairs, f"{label} joins no two surfaces"
            for pair in pairs:
                a, b = sorted(pair)
                for bits in range(16):
                    wanted = tuple(b if bits & (1 << i) else a for i in range(4))
                    assert wanted in corners, f"{label}: no tile with corners {wanted} (colours {a}, {b})"
        else:
            for colour in {c for wang_id in ids for c in wang_id if c}:
                joins = {tuple(side == colour for side in edge_colours(wang_id)) for wang_id in ids
                         if colour in wang_id}
                if not any(n or s for n, e, s, w in joins):  # a row: east-west only
                    assert joins == {(False, True, False, True), (False, True, False, False),
                                     (False, False, False, True)}, f"{label}: a row lacks a piece"
                else:
                    assert len(joins) == 15, f"{label}: colour {colour} has {len(joins)} of the 15 joins"


# ------------------------------------------------------------------ a map saved by Tiled is read the same

def mirror(tmp_path: Path) -> Path:
    """The maps folder, with the tilesets beside it as in the project, copied for Tiled to save into."""
    project = tmp_path / "project"
    shutil.copytree(paths.MAPS, project / "maps")
    shutil.copytree(paths.ASSETS / "tilesets", project / "assets" / "tilesets")
    return project / "maps"


def referenced_files(path: Path) -> list[Path]:
    root = ET.parse(path).getroot()
    files = {(path.parent / tileset.get("source")).resolve() for tileset in root.iter("tileset")}
    files |= {(path.parent / obj.get("template")).resolve() for obj in root.iter("object") if obj.get("template")}
    return sorted(files)


def resave(path: Path, tmp_path: Path) -> None:
    """Tiled opens the map and saves it where it is, as File → Save does.

    Tiled exits 0, silent, and writes the map even when it could not read a tileset
    (the reference then points elsewhere): the saved map must still name the same files.
    """
    before = referenced_files(path)
    assert before and all(file.is_file() for file in before)
    os.utime(path, ns=(0, 0))
    printed = run_tool([TILED, "--export-map", "tmx", str(path), str(path)], tmp_path)
    assert printed == "", f"Tiled warned about {path.name}:\n{printed}"
    assert path.stat().st_mtime_ns > 0, f"Tiled did not save {path.name}"
    assert referenced_files(path) == before, f"{path.name}: Tiled saved other tileset or template references"


def meaning(key: str, value):
    """A property's value as the game takes it: a colour as its RGB, chapters as their ids."""
    if key == "color":
        return parse_colour(value)
    if key == "chapters":
        return value.replace(",", " ").split()
    return value


def built_level(path: Path) -> dict:
    """What the game builds from a map: size, collisions, every object with its kind, place and
    properties (as the game takes them), spawns, map properties, the characters' layer, and
    every entity of the level with its components."""
    data = load_map(path)
    objects = [(spec.kind, spec.object_id, spec.name, spec.x, spec.y, spec.w, spec.h, spec.points,
                {key: meaning(key, value) for key, value in spec.props.items()}) for spec in data.objects]
    return {"size": (data.width, data.height, data.tile_w, data.tile_h), "blocked": data.blocked.hex(),
            "objects": objects, "spawns": sorted(data.spawns), "properties": dict(data.properties),
            "player_sprite": data.player_sprite, "sprite_layer": data.sprite_layer,
            "world": Level(data).world.snapshot()}


def first_frame(path: Path) -> bytes:
    """The picture once the map has faded in (480×270, headless), as the explore scene draws it."""
    import pygame

    from game.app import App, RunOptions
    from game.core.input import InputFrame
    from game.scenes.explore import ExploreScene

    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.scenes.push(ExploreScene(app.ctx, path))
    app.ctx.scenes.apply_pending()
    for _ in range(30):
        app.tick(InputFrame())
    app.render(0.0)
    picture = pygame.image.tobytes(app.canvas, "RGB")
    assert len({picture[i:i + 3] for i in range(0, len(picture), 3)}) > 50, f"{path.name} drew no picture"
    return picture


@functools.cache
def as_shipped(original: Path) -> tuple[dict, bytes]:
    """A shipped map's level and first frame, read once a run (two tests compare their saves with it)."""
    return built_level(original), first_frame(original)


def assert_read_the_same(saved: Path, original: Path) -> None:
    level, frame = as_shipped(original)
    assert built_level(saved) == level, f"the game builds another level from the saved {saved.name}"
    assert first_frame(saved) == frame, f"the saved {saved.name} is drawn differently"


@pytest.mark.parametrize("map_path", MAPS, ids=[path.stem for path in MAPS])
def test_a_map_saved_by_tiled_builds_the_same_level_and_picture(map_path, tmp_path):
    saved = mirror(tmp_path) / map_path.name
    resave(saved, tmp_path)
    assert_read_the_same(saved, map_path)


def typed_as_tiled_saves_them(path: Path) -> None:
    """Rewrite a map's properties as Tiled 1.8 saves them once a map maker has picked them in the
    project's typed fields (seen in Tiled 1.8.2's own saves, with the project open): a closed set
    as `propertytype="facing"` with no `type` (the enums are stored as strings), flags as
    "vineyard,dinner", a colour as `type="color"` and #aarrggbb."""
    from assets.scripts import tiled_project

    enums = tiled_project.enums()
    tree = ET.parse(path)
    for prop in tree.getroot().iter("property"):
        name = prop.get("name")
        if tiled_project.enum_name(name) in enums:
            prop.attrib.pop("type", None)
            prop.set("propertytype", tiled_project.enum_name(name))
            prop.set("value", ",".join(prop.get("value", "").split()))
        elif name in tiled_project.COLOUR_PROPS:
            prop.set("type", "color")
            prop.set("value", "#ff" + prop.get("value").lstrip("#"))
    tree.write(path, encoding="UTF-8", xml_declaration=True)


@pytest.mark.parametrize("map_path", MAPS, ids=[path.stem for path in MAPS])
def test_typed_enum_and_colour_properties_are_read_the_same(map_path, tmp_path):
    typed = mirror(tmp_path) / map_path.name
    typed_as_tiled_saves_them(typed)
    text = typed.read_text(encoding="utf-8")
    assert "propertytype=" in text
    assert_read_the_same(typed, map_path)


# A map maker's edit of the vineyard in Tiled: an interactable drawn with the rectangle tool in
# the yard, and a door to the cellar stamped from templates/door.tx, as Tiled writes them.
NEW_OBJECTS = """  <object id="{first}" name="sundial" type="interactable" x="640" y="208" width="16" height="16">
   <properties>
    <property name="prompt" value="Read"/>
    <property name="text" value="A sundial on the wall: half past five, and for once it is right."/>
   </properties>
  </object>
  <object id="{second}" template="templates/door.tx" name="side_steps" x="704" y="224">
   <properties>
    <property name="target_map" value="cellar"/>
    <property name="target_spawn" value="from_vineyard"/>
   </properties>
  </object>
 </objectgroup>"""


def add_new_objects(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text.encode("utf-8"))
    first = int(root.get("nextobjectid"))
    text = text.replace(f'nextobjectid="{first}"', f'nextobjectid="{first + 2}"', 1)
    text = text.replace(" </objectgroup>", NEW_OBJECTS.format(first=first, second=first + 1), 1)
    path.write_text(text, encoding="utf-8")


def test_a_designers_new_objects_in_the_vineyard_pass_the_check_and_play(tmp_path):
    from game.core.input import InputFrame, Intent
    from game.core.session import Session
    from game.scenes.explore import ExploreScene
    from game.scenes.message import MessageScene
    from test_new_map import Player

    maps = mirror(tmp_path)
    vineyard = maps / "vineyard.tmx"
    add_new_objects(vineyard)
    resave(vineyard, tmp_path)
    saved = {spec.name: spec for spec in load_map(vineyard).objects}
    assert saved["sundial"].kind == "interactable" and saved["sundial"].props["prompt"] == "Read"
    assert saved["side_steps"].kind == "door" and (saved["side_steps"].w, saved["side_steps"].h) == (16, 16)
    assert [str(problem) for problem in check_maps(maps)] == []  # what --check runs, on this maps folder
    assert [str(problem) for problem in check_story(maps)] == []

    ctx = new_context(session=Session.new())
    scene = ExploreScene(ctx, vineyard)
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    player = Player(ctx, scene)
    for _ in range(30):  # the fade-in
        player.step(InputFrame())
    # the sundial: stand west of it, face it, press E: its text is shown with its prompt's verb
    def in_front_of_the_sundial() -> bool:
        feet = scene.level.player_position
        return 39 * 16 + 4 <= feet.x <= 39 * 16 + 12 and 13 * 16 + 8 <= feet.y <= 13 * 16 + 14

    player.walk_to(lambda cell: cell == (39, 13), until=in_front_of_the_sundial)
    player.step(InputFrame.of([Intent.RIGHT]))
    player.step(InputFrame.of(pressed=[Intent.INTERACT]))
    assert isinstance(ctx.scenes.top, MessageScene)
    assert ctx.scenes.top.text == saved["sundial"].props["text"]
    player.read_on()
    # the new door: walking into it goes down to the cellar, at the cellar's own spawn, stepped a
    # tile clear of the cellar's stairs (the door nearest it), facing away from them
    player.walk_to(lambda cell: cell == (44, 14), until=lambda: scene.map_name == "cellar")
    for _ in range(40):
        player.step(InputFrame())
    spawn = scene.level.map.spawns["from_vineyard"]
    stairs = next(spec for spec in scene.level.map.objects if spec.name == "stairs_up")
    assert scene.level.player_position.x == spawn.feet[0]
    assert scene.level.player_position.y == stairs.y + stairs.h + 16 + 6
    assert scene.level.player_facing == "down"
