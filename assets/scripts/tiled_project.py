"""Generate the map makers' Tiled files from the game's one registry of object kinds.

Writes, under `root`:
- maps/weight-of-secrets.tiled-project  the Tiled project (1.9+: every object kind is a class
  with typed members, closed sets are enums; `objectTypesFile` for Tiled 1.8)
- maps/objecttypes.xml                  the same kinds as Tiled 1.8 object types
- maps/templates/*.tx                   object templates for the common objects
- maps/README.md                        the map makers' guide, with its table of kinds made here

All of it comes from `game/content/object_kinds.py` (KINDS) and the chapter ids, so
the editor's fields can never drift from what the loader accepts: the test that
the committed files are what the scripts make (tests/test_assets.py) covers them.

Usage: python assets/scripts/tiled_project.py   (from the repo root)
"""

from __future__ import annotations

import json
import pathlib
import sys
from xml.sax.saxutils import escape, quoteattr

ROOT = pathlib.Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.content.chapters import CHAPTER_IDS  # noqa: E402
from game.content.object_kinds import CONDITIONS, KINDS, TYPE_NAMES  # noqa: E402

PROJECT = "weight-of-secrets.tiled-project"
OBJECT_TYPES = "objecttypes.xml"

# how each kind is drawn in Tiled (#rrggbb)
COLOURS = {"spawn": "#3cb44b", "door": "#4363d8", "trigger": "#f58231", "npc": "#e6194b",
           "interactable": "#ffe119", "solid": "#808080", "light": "#ffc878", "patrol": "#911eb4",
           "courier_route": "#46f0f0", "cover": "#008080", "place": "#f032e6"}
# the common objects a map maker stamps: kind -> size in tiles (None: a point)
TEMPLATES = {"door": (1, 1), "trigger": (2, 2), "npc": None, "interactable": (1, 1), "light": None}
TILE = 16


def _sprites() -> list[str]:
    return sorted(path.stem for path in (ROOT / "assets" / "sprites").glob("*.png"))


def enums() -> dict[str, dict]:
    """Closed sets shown as dropdowns, by property name: every property with choices, the chapters, the sprites."""
    found: dict[str, dict] = {}
    for name in KINDS.names():
        for prop in KINDS[name].props:
            if prop.choices:
                values = list(prop.choices)
                if prop.name in found and found[prop.name]["values"] != values:
                    raise ValueError(f"property '{prop.name}' has different choices in different kinds")
                found[prop.name] = {"values": values, "flags": False}
    found["chapters"] = {"values": list(CHAPTER_IDS), "flags": True}  # any of them: Tiled writes "a,b"
    found["sprite"] = {"values": _sprites(), "flags": False}
    return found


def kind_props(name: str):
    kind = KINDS[name]
    return kind.props + (CONDITIONS if name != "spawn" else ())


def _default(prop) -> object:
    if prop.default is not None:
        return prop.default
    return {str: "", int: 0, float: 0.0, bool: False}[prop.kind]


def project() -> dict:
    types: list[dict] = []
    enum_names = enums()
    for index, (name, enum) in enumerate(enum_names.items(), start=1):
        types.append({"id": index, "name": name, "storageType": "string", "type": "enum",
                      "values": enum["values"], "valuesAsFlags": enum["flags"]})
    for index, name in enumerate(KINDS.names(), start=len(types) + 1):
        members = []
        for prop in kind_props(name):
            member = {"name": prop.name, "type": TYPE_NAMES[prop.kind], "value": _default(prop)}
            if prop.name in enum_names:
                member["propertyType"] = prop.name
            members.append(member)
        types.append({"color": "#ff" + COLOURS.get(name, "#a0a0a4")[1:], "drawFill": True, "id": index,
                      "members": members, "name": name, "type": "class", "useAs": ["object"]})
    return {
        "automappingRulesFile": "",
        "commands": [],
        "compatibilityVersion": 1080,  # Tiled 1.9+ saves an object's kind as `type`, as 1.8 does
        "extensionsPath": "extensions",
        "folders": ["."],
        "objectTypesFile": OBJECT_TYPES,
        "propertyTypes": types,
    }


def _xml_value(value) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def object_types() -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<objecttypes>"]
    for name in KINDS.names():
        lines.append(f' <objecttype name="{name}" color="{COLOURS.get(name, "#a0a0a4")}">')
        for prop in kind_props(name):
            lines.append(f'  <property name="{prop.name}" type="{TYPE_NAMES[prop.kind]}" '
                         f'default={quoteattr(_xml_value(_default(prop)))}/>')
        lines.append(" </objecttype>")
    lines.append("</objecttypes>")
    return "\n".join(lines) + "\n"


def template(name: str) -> str:
    size = TEMPLATES[name]
    if size is None:
        shape = f'<object type="{name}">\n  <point/>\n </object>'
    else:
        shape = f'<object type="{name}" width="{size[0] * TILE}" height="{size[1] * TILE}"/>'
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<template>\n {shape}\n</template>\n'


def kinds_table() -> str:
    rows = ["| kind | shape | what it does | properties (type, default) |", "| --- | --- | --- | --- |"]
    shapes = {"point": "point", "rect": "rectangle", "any": "point or rectangle", "polyline": "polyline"}
    for name in KINDS.names():
        kind = KINDS[name]
        props = []
        for prop in kind.props:
            text = f"`{prop.name}` ({TYPE_NAMES[prop.kind]}"
            if prop.required:
                text += ", required"
            elif prop.default not in (None, ""):
                text += f", {_xml_value(prop.default)}"
            if prop.choices:
                text += f"; one of {', '.join(prop.choices)}"
            props.append(text + ")")
        if kind.one_of:
            props.append(f"needs {' or '.join(f'`{p}`' for p in kind.one_of)}")
        if name != "spawn":
            props.append("`chapters`, `if_var`")
        rows.append(f"| `{name}` | {shapes[kind.shape]} | {escape(kind.doc)} | {'; '.join(props) or '—'} |")
    return "\n".join(rows)


GUIDE = """# Making maps for The Weight of Secrets

*(This file is generated by `assets/scripts/tiled_project.py` from the game's registry of object
kinds, as are the Tiled project, `objecttypes.xml` and `templates/`: edit the script, not these
files, then run `python assets/scripts/build_all.py`.)*

![The cellar as Tiled draws it (tmxrasterizer)](cellar.png)

## Open the project in Tiled

Open **`maps/{project}`** in Tiled (*File → Open File or Project*). The project lists the maps
folder and defines every object kind the game knows:

- **Tiled 1.9 and later** read the kinds as *classes* (*View → Custom Types Editor*): select an
  object, pick its **Class**, and its properties appear as typed fields, with dropdowns for
  `facing`, `sprite` and `chapters`. The project's compatibility version is Tiled 1.8, so the
  kind is saved in the object's `type`, which every version reads.
- **Tiled 1.8** (Debian's package) reads the kinds from `objecttypes.xml`, which the project
  names: pick the object's **Type** and its properties appear with their defaults.

A property left at its default is not written to the map; the game applies the same default.

## Layers

Tile layers `ground` and `detail`; one object layer `objects` (characters are drawn at its depth);
tile layers above it (`above`: canopies, roofs) cover characters. A tile whose bool property
`collides` is true blocks walking. Tilesets are external `.tsx` files in `assets/tilesets/`,
generated by the scripts in `assets/scripts/`. Maps are finite and orthogonal, 16×16 tiles.

## Object kinds

Every object sets its kind (Class or Type). An unknown kind, a misspelt property, a missing
required property or a property of the wrong type stops loading with `file:object-id: message`.

{table}

Templates for the common objects are in `templates/` (door, trigger, npc, interactable, light):
in Tiled, select one in the *Templates* view and stamp it with the *Insert Template* tool (T),
then fill in its fields. Whatever the instance sets wins over the template.

## How things work

- **Spawns** are where the player appears: a point whose *name* is the spawn id. Every map needs
  one named `default`; other spawns are the arrival points of doors (`from_cellar`…). `facing`
  is the way he looks on arrival. A spawn must stand on open ground.
- **Doors** are rectangles he walks into: the screen fades and he appears at `target_spawn` in
  `target_map` (a map name, without `.tmx`, in the same folder). Put the door on the threshold and
  the other map's spawn a step inside, *off* its door, or he would walk straight back.
- **Triggers** fire as he walks in: they play an Ink `knot` or show a plain `text` line
  (`speaker` names who says it). `once` (default true) fires them only the first time.
- **Knots**: `knot` names a knot in the story (`assets/story/*.ink`, see
  `assets/story/README.md`); `--check` fails if it does not exist. Without a knot, `text` is shown
  as is.
- **NPCs** are points at the character's feet; `sprite` is a sheet in `assets/sprites/`. They
  block the way and are talked to by facing them and pressing E.
- **Interactables** are rectangles over a thing he can look at or use when facing it; `prompt` is
  the verb shown ("Look", "Read", "Open"…).
- **Solids** are rectangles that block walking where no colliding tile does.
- **Lights** are points: a warm glow of `radius` pixels in `color`, that `flicker`s like a flame,
  drawn in dusk, night and interior light.
- **Conditions**: any object but a spawn can have `chapters` (it exists only in those chapters:
  space- or comma-separated chapter ids; Tiled 1.9+ shows a list of checkboxes) and `if_var` (an Ink
  variable that must be true, or `!name` for false). Sophie stands at the front door only once
  `heard_knock` is true.
- **Map properties**: `title` (the place's name shown on arrival), `light` (`afternoon`, `dusk`,
  `night`, `interior`; a chapter's light wins), and optionally `ambience` and `footsteps`.
  `player_sprite` (string, default `stephane`) is the sheet in `assets/sprites/` the player
  walks as on this map, in the explore scene and the on-foot games alike: the Berlin maps use
  `stephane_1983`, Stéphane at thirty-five. The sheets are
  {sprites}. In Tiled 1.9+, add the property with the type `sprite` for a dropdown; `--check`
  fails with `file:map: message` on a sheet that does not exist.
- **Patrols** (Berlin) are polylines drawn with Tiled's polyline tool: a guard walks them from the
  first point (`pingpong` back and forth, or `loop`), watching with a vision cone of `fov` degrees
  and `range` pixels. `--check` fails when a route crosses a wall. **Courier routes** are the
  courier's walk in the tail; **cover** rectangles are doorways, kiosks and crowds to hide in;
  **places** mark the spots the Berlin games use (`role`). A patrol's `sprite` is the guard's
  sheet (default `berlin_guard`), a courier route's the courier's (default `berlin_courier`);
  the handler is `berlin_handler`. `--check` fails on a sheet that does not exist, as for NPCs.
  The courier's coded messages name the dead drop's place in `berlin_churchyard.tmx` (the loose
  stone in the low wall east of the chapel, the south gate out): they are text in
  `assets/strings/*.toml` (`[minigames.cipher.messages]`, and the dead drop's `intro_swap`,
  `marker_drop`, `marker_exit`); move the `drop` or `exit` place and reword them to match.

## Add a new map

1. In Tiled, *File → New Map*: orthogonal, 16×16 tiles, *not* infinite, CSV layer format. Save
   it as `maps/NAME.tmx`.
2. *Map → Add External Tileset…* and pick a `.tsx` from `assets/tilesets/`.
3. Add the tile layers `ground` and `detail`, the object layer `objects`, then `above`.
4. Place a spawn named `default`, and a door out with a way back: a door in another map whose
   `target_map` is `NAME`, and a spawn here for it to arrive at.
5. Play it: `python main.py --scene NAME` (or `--scene path/to/NAME.tmx`).

## Check it, and reload it while playing

- `python main.py --check` validates every map, tileset and knot and prints each problem as
  `file:object-id: message`: door targets and spawns exist, knots exist, every door, trigger, NPC
  and interactable can be reached on foot from the `default` spawn (standing on it or beside it),
  no spawn is inside a wall, and patrol and courier routes stay on walkable tiles.
- In the running game, **F5** reloads the current map, its tilesets and the compiled story
  (`assets/story/story.json`: run `npm run ink` first after editing Ink) from disk and
  keeps the player where he stands (at the spawn, if that spot is now a wall). If the map is
  broken, the error is shown on screen and the game goes on with the old map.
- The tests open every map in the real Tiled (`tests/test_tiled.py`, with Debian's `tiled`
  package): any warning Tiled prints fails them.
"""


def guide() -> str:
    return GUIDE.format(project=PROJECT, table=kinds_table(),
                        sprites=", ".join(f"`{name}`" for name in _sprites()))


def generate(root: pathlib.Path) -> list[pathlib.Path]:
    maps = pathlib.Path(root) / "maps"
    (maps / "templates").mkdir(parents=True, exist_ok=True)
    files = {
        maps / PROJECT: json.dumps(project(), indent=4, ensure_ascii=False) + "\n",
        maps / OBJECT_TYPES: object_types(),
        maps / "README.md": guide(),
    }
    for name in TEMPLATES:
        files[maps / "templates" / f"{name}.tx"] = template(name)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8", newline="\n")
    return list(files)


if __name__ == "__main__":
    for path in generate(ROOT):
        print(path.relative_to(ROOT))
