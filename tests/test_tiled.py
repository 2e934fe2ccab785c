"""The real editor: Tiled opens every map and tileset, draws it, re-saves it, and the game reads it the same.

Tiled 1.8's exit codes prove little (it exits 0 on a missing tileset, image or
template, and on an out-of-range tile id), so this also fails on any warning it
prints, on a tileset that comes out with no tiles or no image, on a template
reference left in the export, and on a tile id that pytmx finds no image for.
These tests need Debian's `tiled` package (`apt-get install tiled`; .ci/run
installs it) and fail, saying so, where it is missing.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import mapkit
from game import paths
from game.content.maps import load_map, map_names

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


@pytest.mark.parametrize("tsx", TILESETS, ids=[path.stem for path in TILESETS])
def test_tiled_loads_every_terrain_set_with_the_tiles_its_script_gave(tsx, tmp_path):
    sheet = importlib.import_module(f"assets.scripts.tiles_{tsx.stem}").build()
    assert sheet.wang_sets, f"{tsx.name} has no terrain sets"
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
    for wang in export_tileset(tsx, tmp_path)["wangsets"]:
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
