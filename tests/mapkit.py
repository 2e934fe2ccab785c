"""Build small Tiled maps in a temporary folder, for tests of loading, walking and errors.

A map is drawn as rows of characters: '.' floor, '#' a wall tile (collides), '?' a tile
the tileset does not have. Objects are given as dicts: kind, name, x, y, w, h (in tiles),
props, and `attrs` for any other XML attribute of the object, written as given; with `gid`, a
tile object (Tiled's Insert Tile: x, y is its bottom-left corner, as Tiled writes it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

TSX = """<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="test" tilewidth="16" tileheight="16" tilecount="2" columns="2">
 <image source="{image}" width="32" height="16"/>
 <tile id="1">
  <properties>
   <property name="collides" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
"""


def write_tileset(folder: Path, image: bool = True) -> Path:
    """A 2-tile tileset (floor, wall). `image=False` leaves its PNG out, to test that error."""
    import pygame

    folder.mkdir(parents=True, exist_ok=True)
    if image:
        surface = pygame.Surface((32, 16))
        surface.fill((200, 180, 140), (0, 0, 16, 16))
        surface.fill((90, 70, 60), (16, 0, 16, 16))
        pygame.image.save(surface, str(folder / "test.png"))
    (folder / "test.tsx").write_text(TSX.format(image="test.png"), encoding="utf-8")
    return folder / "test.tsx"


@dataclass(frozen=True)
class Typed:
    """A property written exactly as given: `Typed("int", "")` is what Tiled writes for a cleared int field."""

    kind: str
    text: str


def _prop(name, value) -> str:
    if isinstance(value, Typed):
        return f"<property name={quoteattr(name)} type={quoteattr(value.kind)} value={quoteattr(value.text)}/>"
    if isinstance(value, bool):
        return f'<property name="{name}" type="bool" value="{str(value).lower()}"/>'
    if isinstance(value, int):
        return f'<property name="{name}" type="int" value="{value}"/>'
    if isinstance(value, float):
        return f'<property name="{name}" type="float" value="{value}"/>'
    return f"<property name={quoteattr(name)} value={quoteattr(str(value))}/>"


def _csv(rows: list[str]) -> str:
    tiles = {"#": "2", ".": "1", "?": "3"}
    return ",\n".join(",".join(tiles.get(c, "0") for c in row) for row in rows)


def _objects(objects: list[dict], kind_attr: str, first_id: int = 1) -> str:
    parts = []
    for index, obj in enumerate(objects, start=first_id):
        attrs = f'id="{index}"'
        if obj.get("template"):
            attrs += f" template={quoteattr(obj['template'])}"
        if obj.get("name"):
            attrs += f" name={quoteattr(obj['name'])}"
        if obj.get("kind"):
            attrs += f" {kind_attr}={quoteattr(obj['kind'])}"
        if obj.get("gid"):
            attrs += f' gid="{obj["gid"]}"'
        attrs += f' x="{obj["x"] * 16}" y="{obj["y"] * 16}"'
        # a template instance takes its template's shape
        point = "w" not in obj and "points" not in obj and not obj.get("template")
        if "w" in obj:
            attrs += f' width="{obj["w"] * 16}" height="{obj["h"] * 16}"'
        attrs += "".join(f" {key}={quoteattr(str(value))}" for key, value in obj.get("attrs", {}).items())
        props = "".join(_prop(k, v) for k, v in obj.get("props", {}).items())
        inner = (f"<properties>{props}</properties>" if props else "") + ("<point/>" if point else "")
        if "points" in obj:  # a polyline: points in tiles, relative to the object's x, y
            inner += '<polyline points="' + " ".join(f"{px * 16},{py * 16}" for px, py in obj["points"]) + '"/>'
        parts.append(f"  <object {attrs}>{inner}</object>")
    return chr(10).join(parts)


def write_map(folder: Path, name: str, rows: list[str], objects: list[dict], kind_attr: str = "type",
              tileset: str = "test.tsx", map_props: dict | None = None, above: list[str] | None = None,
              over: list[dict] | None = None) -> Path:
    """`above`, when given, is a tile layer after the object layer (' ' empty, '#' wall tile);
    `over`, objects in a second object layer after it."""
    folder.mkdir(parents=True, exist_ok=True)
    height, width = len(rows), len(rows[0])
    csv = _csv(rows)
    above_layer = ""
    if above:
        above_layer = (f' <layer id="3" name="above" width="{width}" height="{height}">\n'
                       f'  <data encoding="csv">\n{_csv(above)}\n</data>\n </layer>')
    over_layer = ""
    if over:
        over_layer = (f' <objectgroup id="4" name="dressing">\n{_objects(over, kind_attr, len(objects) + 1)}\n'
                      f' </objectgroup>')
    properties = ""
    if map_props:
        properties = "<properties>" + "".join(_prop(k, v) for k, v in map_props.items()) + "</properties>"
    next_id = len(objects) + len(over or ()) + 1
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" \
width="{width}" height="{height}" tilewidth="16" tileheight="16" infinite="0" nextlayerid="3" nextobjectid="{next_id}">
 {properties}
 <tileset firstgid="1" source="{tileset}"/>
 <layer id="1" name="ground" width="{width}" height="{height}">
  <data encoding="csv">
{csv}
</data>
 </layer>
 <objectgroup id="2" name="objects">
{_objects(objects, kind_attr)}
 </objectgroup>
{above_layer}
{over_layer}
</map>
"""
    path = folder / f"{name}.tmx"
    path.write_text(text, encoding="utf-8")
    return path


def write_template(folder: Path, name: str, kind: str, w: float | None = None, h: float | None = None,
                   props: dict | None = None, kind_attr: str = "type") -> Path:
    """An object template `name.tx`: a rectangle of w×h tiles, or a point when w is None."""
    folder.mkdir(parents=True, exist_ok=True)
    size = f' width="{w * 16}" height="{h * 16}"' if w is not None else ""
    inner = "".join(_prop(k, v) for k, v in (props or {}).items())
    inner = (f"<properties>{inner}</properties>" if inner else "") + ("<point/>" if w is None else "")
    path = folder / f"{name}.tx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<template>
 <object {kind_attr}={quoteattr(kind)}{size}>{inner}</object>
</template>
""", encoding="utf-8")
    return path


ROOM = [
    "##########",
    "#........#",
    "#........#",
    "#........#",
    "#........#",
    "#........#",
    "##########",
]


def two_rooms(folder: Path) -> tuple[Path, Path]:
    """Two 10×7 rooms joined by doors, with a trigger, an NPC and a thing to look at."""
    write_tileset(folder)
    hall = write_map(folder, "hall", ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3, "props": {"facing": "right"}},
        {"kind": "spawn", "name": "from_cellar", "x": 6.5, "y": 2.75, "props": {"facing": "left"}},
        {"kind": "door", "name": "to_cellar", "x": 8, "y": 2, "w": 1, "h": 1,
         "props": {"target_map": "cellar", "target_spawn": "from_hall"}},
        {"kind": "interactable", "name": "clock", "x": 4, "y": 1, "w": 1, "h": 1,
         "props": {"text": "The clock ticks.", "prompt": "Look"}},
        {"kind": "trigger", "name": "draught", "x": 5, "y": 4, "w": 1, "h": 2,
         "props": {"text": "A cold draught.", "once": True}},
        {"kind": "npc", "name": "marcel", "x": 2.5, "y": 6, "props": {"sprite": "stephane", "text": "Bonsoir."}},
    ])
    cellar = write_map(folder, "cellar", ROOM, [
        {"kind": "spawn", "name": "default", "x": 4.5, "y": 3},
        {"kind": "spawn", "name": "from_hall", "x": 2.5, "y": 2.75, "props": {"facing": "right"}},
        {"kind": "door", "name": "to_hall", "x": 1, "y": 2, "w": 1, "h": 1,
         "props": {"target_map": "hall", "target_spawn": "from_cellar"}},
    ])
    return hall, cellar


def big_map(folder: Path, size: int = 500, name: str = "big") -> Path:
    """A size×size map like a large level: walled blocks with gaps between them, and an object
    of every common kind every few blocks (things to use, triggers, lights, people, doors, a patrol).
    For timing `--check` (tests/time_check.py), not for a test's assertions."""
    write_tileset(folder)
    rows = []
    for y in range(size):
        if y in (0, size - 1):
            rows.append("#" * size)
            continue
        row = []
        for x in range(size):
            edge = x in (0, size - 1)
            # a wall every 10 cells both ways, broken by a 2-cell gap in the middle of each stretch
            wall = (x % 10 == 0 and y % 10 not in (4, 5)) or (y % 10 == 0 and x % 10 not in (4, 5))
            row.append("#" if edge or wall else ".")
        rows.append("".join(row))
    objects: list[dict] = [{"kind": "spawn", "name": "default", "x": 2.5, "y": 3}]
    for by in range(0, size - 10, 30):
        for bx in range(0, size - 10, 30):
            x, y = bx + 2, by + 2
            objects += [
                {"kind": "interactable", "name": f"crate_{bx}_{by}", "x": x, "y": y, "w": 1, "h": 1,
                 "props": {"text": "A crate."}},
                {"kind": "trigger", "name": f"thought_{bx}_{by}", "x": x + 3, "y": y + 3, "w": 2, "h": 2,
                 "props": {"text": "Hm.", "once": True}},
                {"kind": "light", "name": f"lamp_{bx}_{by}", "x": x + 1, "y": y + 5, "props": {"radius": 40}},
                {"kind": "npc", "name": f"walker_{bx}_{by}", "x": x + 5.5, "y": y + 7,
                 "props": {"sprite": "stephane", "text": "Bonjour."}},
                {"kind": "door", "name": f"door_{bx}_{by}", "x": x + 6, "y": y + 1, "w": 1, "h": 1,
                 "props": {"target_map": name, "target_spawn": "default"}},
            ]
    objects.append({"kind": "patrol", "name": "guard", "x": 1.5, "y": 2.5, "points": [(0, 0), (7, 0), (7, 5)]})
    return write_map(folder, name, rows, objects, above=[" " * size] * size)
