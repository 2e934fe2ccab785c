"""Loading Tiled maps: we read and check the file, pytmx reads the tiles, and we make MapData of it.

`load_map(name)` needs no display: logic and tests use it as is. The renderer
asks for `images=True`, which needs a display mode (pytmx's pygame loader).
Every problem names the file and the place (`file:object-id: message`) and goes to a
`Problems`: playing stops at the first, `--check` collects them all and goes on with
what could be read. A file that cannot be read at all (missing, not XML, a missing
tileset or image) stops its map in both.

Properties are read here rather than by pytmx, so that every value is typed the same
way (on objects, on the map, in templates) and an empty value, which Tiled writes when a
field is cleared, means "not set".
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytmx

from game.content.errors import ContentError, Problems
from game.content.map_files import map_names, map_path, unread_map_file
from game.content.map_properties import BY_NAME, MAP_PROPERTIES
from game.content.media import check_png
from game.content.object_kinds import KINDS, ObjectSpec, Registry, did_you_mean, value_problem
from game.core import paths
from game.core.paths import relative

TILE_SIZE = 16  # every tile, of maps and tilesets, is 16×16 pixels: the art and the camera assume it


@dataclass
class MapData:
    name: str
    path: Path
    width: int  # in tiles
    height: int
    tile_w: int
    tile_h: int
    blocked: bytearray  # one byte per cell, row by row: 1 where a tile blocks walking (wholly or in part)
    objects: list[ObjectSpec]
    spawns: dict[str, ObjectSpec]
    properties: dict  # every map property (map_properties.py), its default when the map leaves it unset
    sprite_layer: int  # characters are drawn just above this tile layer (pytmx's layer index)
    tmx: pytmx.TiledMap = field(repr=False)
    sources: tuple[Path, ...] = ()  # the files it was made from: the map, tilesets and their images, templates
    # cell index -> the rectangles (map pixels) that block in a cell blocked only in part: its tiles
    # carry collision shapes (Tiled's Tile Collision Editor); other blocked cells block whole
    blocked_parts: dict[int, tuple[tuple[float, float, float, float], ...]] = field(default_factory=dict)

    @property
    def player_sprite(self) -> str:
        """The sheet the player is drawn with on this map: its `player_sprite` property, else Stéphane."""
        return self.properties.get("player_sprite") or BY_NAME["player_sprite"].default

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.tile_w, self.height * self.tile_h

    def display_path(self) -> str:
        return relative(self.path)


def _is_file(path: Path) -> bool:
    """Whether a file a map names exists; a name too long for the system, or with a NUL, names none."""
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


def load_map(name_or_path: str | Path, *, images: bool = False, registry: Registry = KINDS,
             maps_dir: Path = paths.MAPS, problems: Problems | None = None) -> MapData:
    """Read a map by name (a .tmx in `maps_dir`) or path.

    Each problem goes to `problems`; by default the first one raises (a game being played
    stops there). With `Problems(collect=True)` loading goes on, leaving out the objects
    that are wrong, and the MapData returned holds what was right.
    """
    problems = Problems() if problems is None else problems
    unread = unread_map_file(name_or_path)
    if unread:
        raise ContentError(relative(Path(name_or_path)), None, unread)
    path = map_path(name_or_path, maps_dir)
    shown = relative(path)
    if not _is_file(path):
        if isinstance(name_or_path, Path):  # a file the person named: what else is in its folder is theirs
            raise ContentError(shown, None, "map not found")
        known = ", ".join(map_names(maps_dir)) or "none"
        raise ContentError(shown, None, f"map not found (maps in {relative(maps_dir)}: {known})")
    root = _parse_xml(path, shown)
    source = _read_source(root, path, shown, problems)
    if images:
        _check_pictures(source.files, shown)
    tmx = _read_tiles(root, path, shown, images)
    _check_size(tmx, shown)
    _check_tiles(tmx, source, shown, problems)
    properties = _map_properties(source.map_props, shown, problems)
    _check_player_sprite(properties, shown, problems)

    pixel_size = (tmx.width * tmx.tilewidth, tmx.height * tmx.tileheight)
    objects = []
    spawns: dict[str, ObjectSpec] = {}
    spawn_names = set()  # every spawn placed, those with a problem too
    for layer in tmx.layers:
        if isinstance(layer, pytmx.TiledObjectGroup):
            for obj in layer:
                kind, name = _kind_and_name(obj, source)
                if kind == "spawn":
                    spawn_names.add(name)
                spec = _object_spec(obj, kind, name, source, shown, registry, pixel_size, problems)
                if spec is None:
                    continue
                if spec.kind == "spawn":
                    if spec.name in spawns:
                        problems.report(shown, spec.object_id, f"spawn '{spec.name}' is defined twice")
                        continue
                    spawns[spec.name] = spec
                objects.append(spec)
    if "default" not in spawn_names:
        problems.report(shown, None, "map has no spawn named 'default' (add a point object of kind spawn)")

    blocked, blocked_parts = _blocked_cells(tmx)
    return MapData(
        name=path.stem,
        path=path,
        width=tmx.width,
        height=tmx.height,
        tile_w=tmx.tilewidth,
        tile_h=tmx.tileheight,
        blocked=blocked,
        blocked_parts=blocked_parts,
        objects=objects,
        spawns=spawns,
        properties=properties,
        sprite_layer=source.sprite_layer,
        tmx=tmx,
        sources=tuple(source.files),
    )


def _check_pictures(files: list[Path], shown: str) -> None:
    """A map about to be drawn: every picture its tilesets and image layers show must be a whole PNG.
    A broken one is named itself, then the map that uses it (pytmx would blame the map)."""
    for picture in files:
        if picture.suffix.lower() == ".png":
            try:
                check_png(picture)
            except ContentError as error:
                raise ContentError(error.file, error.place, f"{error.message} (used by {shown})") from None


def _check_player_sprite(properties: dict, shown: str, problems: Problems) -> None:
    """The sheet `player_sprite` names must be in assets/sprites/ (the sheet's existence is --check's)."""
    try:
        paths.inside(paths.SPRITES, f"{properties['player_sprite']}.png")
    except paths.OutsideContent as error:
        problems.report(shown, "map", f"map property 'player_sprite': {error}")
        properties["player_sprite"] = BY_NAME["player_sprite"].default  # never opened, even by --check


def _map_properties(raw: dict, shown: str, problems: Problems) -> dict:
    """The map's own properties (Map → Map Properties) checked against map_properties.py, with defaults."""
    values = {prop.name: prop.default for prop in MAP_PROPERTIES}
    for key, value in raw.items():
        prop = BY_NAME.get(key)
        if prop is None:
            problems.report(shown, "map", f"unknown map property '{key}'{did_you_mean(key, BY_NAME)} "
                                          f"(map properties: {', '.join(BY_NAME)})")
            continue
        problem = value_problem(prop.kind, value, prop.choices)
        if problem:
            problems.report(shown, "map", f"map property '{key}' {problem}")
            continue
        values[key] = value
    return values


@dataclass
class Template:
    """What an object takes from its template (.tx): kind, name, size and properties; the instance's win."""

    source: str  # as the map names it: templates/door.tx
    kind: str = ""
    name: str = ""
    size: tuple[float, float] | None = None  # None: the instance's own size
    props: dict = field(default_factory=dict)


@dataclass
class Tileset:
    """A tileset as the map uses it: its first tile's number in the map, and how many tiles it has."""

    shown: str  # the file it is in (the .tsx, or the map for a tileset kept inside it)
    firstgid: int
    count: int | None  # None when it cannot be told (no tilecount, no image size)


@dataclass
class Source:
    """What is read from the map's XML before pytmx reads the tiles (see _read_source)."""

    classes: dict[int, str] = field(default_factory=dict)  # Tiled 1.9's `class`, by object id
    templates: dict[int, Template] = field(default_factory=dict)  # by object id
    props: dict[int, dict] = field(default_factory=dict)  # each object's own properties, by object id
    # the objects whose object layer lies above tile layers that are above the characters' (drawn over them)
    over: set[int] = field(default_factory=set)
    map_props: dict = field(default_factory=dict)
    sprite_layer: int = 0
    tilesets: list[Tileset] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def _kind_and_name(obj, source: Source) -> tuple[str, str]:
    # Tiled 1.9 saves an object's kind as `class`, which pytmx 3.32 leaves out of obj.type
    kind = obj.type or source.classes.get(obj.id, "")
    name = obj.name or ""
    template = source.templates.get(obj.id)
    if template is not None:  # pytmx keeps only a template's path: we resolved it ourselves
        kind, name = kind or template.kind, name or template.name
    return kind, name


def _object_spec(obj, kind: str, name: str, source: Source, shown: str, registry: Registry,
                 pixel_size: tuple[int, int], problems: Problems) -> ObjectSpec | None:
    """One object checked and made into an ObjectSpec; None (its problems reported) when it is wrong."""
    before = len(problems)
    width, height = float(obj.width), float(obj.height)
    raw = source.props.get(obj.id, {})
    template = source.templates.get(obj.id)
    if template is not None:
        if template.size is not None:
            width, height = template.size
        raw = {**template.props, **raw}
    props = registry.validate(shown, obj.id, kind, name, raw, (width, height), problems, tile=bool(obj.gid))
    if props is None:
        return None
    label = f"{kind} '{name}'" if name else kind
    if kind == "spawn" and not name:
        problems.report(shown, obj.id, "spawn has no name (its name is the spawn id)")
    points = tuple((float(p.x), float(p.y)) for p in getattr(obj, "points", ()) or ())
    if not all(math.isfinite(value) for value in (float(obj.x), float(obj.y), *(v for point in points for v in point))):
        problems.report(shown, obj.id, f"{label}: its position is not a number (x, y or a point is nan or inf)")
        return None
    rotation = float(getattr(obj, "rotation", 0) or 0)
    if rotation % 360:
        problems.report(shown, obj.id, f"{label}: is rotated ({rotation:g}°); the game reads objects as if they "
                                       f"were not (set its Rotation to 0)")
    if registry[kind].shape == "polyline" and (len(points) < 2 or getattr(obj, "closed", False)):
        problems.report(shown, obj.id, f"{label}: must be a polyline (draw it with Tiled's polyline tool)")
    if not points and (width == 0) != (height == 0):
        made = f" (its template {template.source} and its own size give that)" if template is not None else ""
        problems.report(shown, obj.id, f"{label}: is {width:g}×{height:g} pixels{made}; a rectangle needs "
                                       f"a width and a height")
    spec = ObjectSpec(kind, obj.id, name, float(obj.x), float(obj.y), width, height, props, points,
                      gid=obj.gid or 0, over=obj.id in source.over)
    outside = _outside(spec, pixel_size)
    if outside:
        problems.report(shown, obj.id, f"{label}: {outside} (the map is {pixel_size[0]}×{pixel_size[1]} pixels)")
    return spec if len(problems) == before else None


def _outside(spec: ObjectSpec, pixel_size: tuple[int, int]) -> str | None:
    """How an object lies outside the map, in words, or None when it is on it."""
    width, height = pixel_size
    for x, y in spec.points:
        if not (0 <= x <= width and 0 <= y <= height):
            return f"its route leaves the map at x {x:g}, y {y:g}"
    if spec.points:
        return None
    if spec.is_point:
        if not (0 <= spec.x <= width and 0 <= spec.y <= height):
            return f"is outside the map, at x {spec.x:g}, y {spec.y:g}"
        return None
    if spec.x >= width or spec.y >= height or spec.x + spec.w <= 0 or spec.y + spec.h <= 0:
        return f"is outside the map, at x {spec.x:g}, y {spec.y:g}"
    return None


PROPERTY_TYPES = {"int": int, "float": float, "bool": lambda text: {"true": True, "false": False}[text.strip().lower()]}
# what Tiled writes that is a plain string to us: enums are stored as strings, colours as #aarrggbb
STRING_TYPES = ("string", "color", "file")


def _read_properties(node: ET.Element, shown: str, place, problems: Problems) -> dict:
    """An element's Tiled properties, typed (int, float, bool; strings, colours, files as text).

    An empty value is "not set" and left out. A value that is not of its type is kept as the
    text it is, for the kind's check to name; a class-typed property is reported. Those that are
    empty or not of their type are taken out of the tree, so pytmx, which reads it next, does
    not trip on them.
    """
    values = {}
    for holder in node.findall("properties"):
        for prop in list(holder.findall("property")):
            name, kind = prop.get("name", ""), prop.get("type", "string")
            text = prop.get("value")
            if text is None:  # Tiled writes a string with line breaks as the element's text
                text = prop.text or ""
            if kind not in STRING_TYPES and kind not in PROPERTY_TYPES:
                problems.report(shown, place, f"property '{name}' is of Tiled type '{kind}', which the game does "
                                              f"not read (use a string, int, float, bool or colour)")
                holder.remove(prop)
                continue
            if text == "":
                holder.remove(prop)
                continue
            try:
                values[name] = PROPERTY_TYPES.get(kind, str)(text)
            except (ValueError, KeyError):
                values[name] = text
                holder.remove(prop)
    return values


def _template(obj: ET.Element, path: Path, shown: str, problems: Problems) -> Template:
    """Read the object template an object names, with what the instance sets itself taking precedence."""
    source = obj.get("template", "")
    object_id = obj.get("id")
    tx = _reference(path, path, source, shown, object_id, "object template")
    if not _is_file(tx):
        raise ContentError(shown, object_id, f"object template not found: {relative(tx)} (template=\"{source}\")")
    root = _parse_xml(tx, relative(tx))
    base = root.find("object") if root.tag == "template" else None
    if base is None:
        raise ContentError(shown, object_id, f"{relative(tx)} is not a Tiled object template (no <template><object>)")
    if base.get("gid"):
        raise ContentError(shown, object_id, f"{relative(tx)}: tile-object templates are not supported")
    template = Template(source, kind=base.get("type") or base.get("class") or "", name=base.get("name") or "",
                        props=_read_properties(base, relative(tx), None, problems))
    own_width, own_height = obj.get("width"), obj.get("height")
    if base.find("point") is None and (own_width is None or own_height is None):
        # a side the instance does not set is the template's (Tiled writes only what an instance changes)
        try:
            template.size = (float(own_width if own_width is not None else base.get("width", 0)),
                             float(own_height if own_height is not None else base.get("height", 0)))
        except ValueError:
            raise ContentError(shown, object_id,
                               f"{relative(tx)}: the template's width or height is not a number") from None
    return template


def _read_tiles(root: ET.Element, path: Path, shown: str, images: bool) -> pytmx.TiledMap:
    """pytmx reads the map's layers and tilesets (and, with `images`, cuts the tiles' pictures)."""
    if images:
        # lazy: content/ reads maps without pygame (logic, tests, the map checks); pygame costs an
        # import ~40 ms and 9 MB (measured), and cutting pictures needs a display only the game has
        from pytmx.util_pygame import pygame_image_loader as loader
    else:
        loader = pytmx.pytmx.default_image_loader
    try:
        # allow_duplicate_names: a property named like an object's own attribute (x, name…) is then
        # reported by the kind registry, naming the object, rather than failing the whole map in pytmx
        tmx = pytmx.TiledMap(image_loader=loader, allow_duplicate_names=True)
        tmx.filename = str(path)  # tilesets and images are found beside it
        tmx.parse_xml(root)
    except ContentError:
        raise
    except Exception as error:  # pytmx reports bad files with bare exceptions
        raise ContentError(shown, None, f"Tiled map could not be read: {error}") from error
    return tmx


def _check_size(tmx: pytmx.TiledMap, shown: str) -> None:
    """A hand-edited or damaged map: its size, its tiles' size and every tile layer's size must agree."""
    size = (tmx.width, tmx.height)
    if min(tmx.width, tmx.height, tmx.tilewidth, tmx.tileheight) <= 0:
        raise ContentError(shown, None, f"map size {tmx.width}×{tmx.height} tiles of {tmx.tilewidth}×{tmx.tileheight} "
                                        f"pixels is not valid (the <map> width, height, tilewidth, tileheight)")
    for layer in tmx.layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            shape = (layer.width, layer.height)
            if shape != size or len(layer.data) != layer.height or any(len(row) != layer.width for row in layer.data):
                raise ContentError(shown, f"layer {layer.name}",
                                   f"is {layer.width}×{layer.height} tiles but the map is {size[0]}×{size[1]}")


def _check_tiles(tmx: pytmx.TiledMap, source: Source, shown: str, problems: Problems) -> None:
    """Tiles the game can draw: 16×16 pixels, and every tile a layer uses is one its tileset has."""
    if (tmx.tilewidth, tmx.tileheight) != (TILE_SIZE, TILE_SIZE):
        problems.report(shown, "map", f"tiles are {tmx.tilewidth}×{tmx.tileheight} pixels; the game's are "
                                      f"{TILE_SIZE}×{TILE_SIZE} (Map → Map Properties → Tile Width, Tile Height)")
    tilesets = sorted(source.tilesets, key=lambda tileset: tileset.firstgid)
    for tiled_gid in sorted(set(tmx.tiledgidmap.values())):
        owner = next((tileset for tileset in reversed(tilesets) if tileset.firstgid <= tiled_gid), None)
        if owner is not None and (owner.count is None or tiled_gid < owner.firstgid + owner.count):
            continue
        layer, x, y = _first_use(tmx, tiled_gid)
        if layer is None:
            continue  # not on any layer (an animation frame, say): nothing is drawn with it
        if owner is None:
            problems.report(shown, f"layer {layer}", f"the tile at {x},{y} (number {tiled_gid}) is in no tileset "
                                                     f"of the map")
        else:
            problems.report(shown, f"layer {layer}", f"the tile at {x},{y} is tile {tiled_gid - owner.firstgid} of "
                                                     f"{owner.shown}, which has only {owner.count} tiles "
                                                     f"(0 to {owner.count - 1})")


def _first_use(tmx: pytmx.TiledMap, tiled_gid: int) -> tuple[str | None, int, int]:
    """The first tile layer and cell (x, y) that shows this tile from the file."""
    ours = {gid for gid, _flags in tmx.gidmap.get(tiled_gid, ())}
    for layer in tmx.layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for y, row in enumerate(layer.data):
                for x, gid in enumerate(row):
                    if gid in ours:
                        return layer.name, x, y
    return None, 0, 0


def _tile_shapes(tmx: pytmx.TiledMap) -> dict[int, tuple | None]:
    """The tiles that block walking, by gid: None where the whole tile blocks (`collides` true),
    else the rectangles (x, y, w, h) of its collision shapes within the tile, as drawn in Tiled's
    Tile Collision Editor (a shape that is not a rectangle blocks its bounding box)."""
    solid: dict[int, tuple | None] = {}
    for gid, props in tmx.tile_properties.items():
        rects = tuple((float(shape.x), float(shape.y), float(shape.width), float(shape.height))
                      for shape in props.get("colliders") or () if shape.width > 0 and shape.height > 0)
        if rects:
            solid[gid] = rects
        elif props.get("collides") is True:
            solid[gid] = None
    return solid


def _blocked_cells(tmx: pytmx.TiledMap) -> tuple[bytearray, dict[int, tuple]]:
    """Which cells block walking, and, for those that block only in part, the rectangles that do
    (map pixels; every tile layer's tiles in the cell count)."""
    solid = _tile_shapes(tmx)
    width, tile_w, tile_h = tmx.width, tmx.tilewidth, tmx.tileheight
    blocked = bytearray(width * tmx.height)
    parts: dict[int, tuple] = {}
    if not solid:
        return blocked, parts
    whole = set()
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for y, row in enumerate(layer.data):
                base = y * width
                for x, gid in enumerate(row):
                    if gid not in solid:
                        continue
                    index = base + x
                    blocked[index] = 1
                    rects = solid[gid]
                    if rects is None:
                        whole.add(index)
                    else:
                        parts[index] = parts.get(index, ()) + tuple(
                            (x * tile_w + rx, y * tile_h + ry, rw, rh) for rx, ry, rw, rh in rects)
    return blocked, {index: rects for index, rects in parts.items() if index not in whole}


def _parse_xml(path: Path, shown: str) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as error:
        line, _column = error.position
        raise ContentError(shown, f"line {line}", f"not valid XML ({error})") from error
    except LookupError as error:  # the XML declaration names an encoding Python does not know
        raise ContentError(shown, "line 1", f"not valid XML ({error})") from error


def _sprite_layer(root: ET.Element) -> int:
    """The tile layer characters stand on: the last one before the first object layer.

    pytmx lists groups, then tile layers, then image and object layers, whatever
    their order in Tiled, so the depth is worked out from the file's own order.
    Returned in pytmx's numbering; -1 when the object layer is below every tile layer.
    """
    groups = len(root.findall(".//group"))
    below = 0
    for element in root.iter():
        if element.tag == "objectgroup":
            break
        if element.tag == "layer":
            below += 1
    else:
        below = len(root.findall(".//layer"))
    return groups + below - 1


def _read_source(root: ET.Element, path: Path, shown: str, problems: Problems) -> Source:
    """Read and check what pytmx does not, or not as the game needs, before it reads the tiles.

    The map's kind (orthogonal, finite), its tilesets' files, sizes and images, its layers'
    format, its object templates, and every property. pytmx without an image loader never
    opens images, and Tiled itself opens a map with a missing tileset silently, so we look
    for ourselves.
    """
    if root.tag != "map":
        raise ContentError(shown, None, "not a Tiled map (the root element is not <map>)")
    if root.get("infinite") == "1":
        raise ContentError(shown, None, "infinite maps are not supported; untick 'Infinite' in Map Properties")
    orientation = root.get("orientation", "orthogonal")
    if orientation != "orthogonal":
        problems.report(shown, "map", f"the map is {orientation}; the game draws orthogonal maps only "
                                      f"(Map → Map Properties → Orientation)")
    source = Source(files=[path], sprite_layer=_sprite_layer(root))
    for tileset in root.findall("tileset"):
        source.tilesets.append(_read_tileset(tileset, path, shown, source.files, problems))
    for layer in root.iter("imagelayer"):
        source.files += _check_images(layer, path, path, shown)
    for layer in root.iter("layer"):
        _check_layer_format(layer, shown)
    source.map_props = _read_properties(root, shown, "map", problems)
    # the map's objects: not the collision shapes of the tiles of a tileset kept inside the map
    shapes = {id(shape) for tileset in root.findall("tileset") for shape in tileset.iter("object")}
    for obj in (obj for obj in root.iter("object") if id(obj) not in shapes):
        object_id = obj.get("id", "0")
        if not object_id.isdigit() or not object_id.isascii():
            raise ContentError(shown, f"object {object_id!r}", "object id is not a whole number")
        number = int(object_id)
        if obj.get("class") and not obj.get("type"):
            source.classes[number] = obj.get("class")
        if obj.get("template"):
            source.templates[number] = template = _template(obj, path, shown, problems)
            source.files.append((path.parent / template.source).resolve())
        source.props[number] = _read_properties(obj, shown, number, problems)
    source.over = _objects_over_tiles(root)
    for element in root.iter():  # the rest (layers, groups): read by nobody, but pytmx must not trip on them
        if element is not root and element.tag != "object":
            _read_properties(element, shown, f"{element.tag} {element.get('name', '')}".strip(), Problems(collect=True))
    return source


def _objects_over_tiles(root: ET.Element) -> set[int]:
    """The ids of the objects in an object layer that lies above a tile layer which is itself above
    the first object layer (the characters'): those are drawn over every tile, as Tiled shows them."""
    over: set[int] = set()
    characters_seen = tiles_above_them = False
    for element in root.iter():
        if element.tag == "layer" and characters_seen:
            tiles_above_them = True
        elif element.tag == "objectgroup":
            if characters_seen and tiles_above_them:
                over.update(int(obj.get("id")) for obj in element.iter("object") if obj.get("id", "").isdigit())
            characters_seen = True
    return over


def _read_tileset(tileset: ET.Element, path: Path, shown: str, files: list[Path], problems: Problems) -> Tileset:
    """Check a tileset the map uses (its file, tile size, image) and tell how many tiles it has."""
    firstgid_text = tileset.get("firstgid", "")
    firstgid = int(firstgid_text) if firstgid_text.isdigit() else 0  # not a number: pytmx says so next
    source = tileset.get("source")
    node, owner, owner_shown = tileset, path, shown
    if source:
        tsx = _reference(path, path, source, shown, f"tileset {source}", "tileset")
        if source.lower().endswith((".tsj", ".json")):
            raise ContentError(shown, f"tileset {source}", "is a tileset in Tiled's JSON format; the game reads .tsx "
                                                            "tilesets (in Tiled: File → Export As…, 'Tiled tileset "
                                                            "files (*.tsx)')")
        if not _is_file(tsx):
            raise ContentError(shown, f"tileset {source}", f"tileset file not found: {relative(tsx)}")
        node, owner, owner_shown = _parse_xml(tsx, relative(tsx)), tsx, relative(tsx)
        if node.tag != "tileset":
            raise ContentError(owner_shown, None, "not a Tiled tileset (the root element is not <tileset>)")
        files.append(tsx)
    files += _check_images(node, path, owner, owner_shown)
    size = (node.get("tilewidth", "?"), node.get("tileheight", "?"))
    if size != (str(TILE_SIZE), str(TILE_SIZE)):
        place = None if source else f"tileset {node.get('name', '')}"  # a tileset kept inside the map
        problems.report(owner_shown, place, f"tiles are {size[0]}×{size[1]} pixels; the game's are "
                                            f"{TILE_SIZE}×{TILE_SIZE} (Tileset → Tileset Properties)")
    count = node.get("tilecount")
    image = node.find("image")
    if image is not None and not (image.get("width", "").isdigit() and image.get("height", "").isdigit()):
        raise ContentError(owner_shown, f"image {image.get('source')}",
                           "the tileset's image has no width or height, so its tiles cannot be cut out "
                           "(open the tileset in Tiled and save it: Tiled writes them)")
    return Tileset(owner_shown, firstgid, int(count) if count and count.isdigit() else None)


def _check_layer_format(layer: ET.Element, shown: str) -> None:
    """Tile data pytmx can read: CSV, or Base64 uncompressed, zlib or gzip."""
    data = layer.find("data")
    if data is None:
        return
    place = f"layer {layer.get('name', '')}"
    fix = "choose CSV in Map → Map Properties → Tile Layer Format"
    if data.find("tile") is not None:
        raise ContentError(shown, place, f"its tiles are saved in the old XML format, which the game does not "
                                         f"read: {fix}")
    compression = data.get("compression")
    if compression and compression not in ("zlib", "gzip"):
        raise ContentError(shown, place, f"its tiles are compressed with {compression}, which the game does not "
                                         f"read: {fix}")


def _reference(map_file: Path, owner: Path, source: str, shown: str, place, what: str) -> Path:
    """The file a map (or its tileset) names, else a ContentError: it must lie in maps/ or assets/, or
    (a map opened by path, a copy of the game's folders) in the map's own folder or the assets/ beside it."""
    beside = (map_file.parent, map_file.parent.parent / "assets")
    try:
        return paths.inside(owner.parent, source, roots=(*beside, *paths.CONTENT))
    except paths.OutsideContent as error:
        raise ContentError(shown, place, f"{what} {error}") from None


def _check_images(node: ET.Element, map_file: Path, owner: Path, shown: str) -> list[Path]:
    """The images a tileset or image layer shows, each checked to lie where the map may look and to exist."""
    found = []
    for image in node.iter("image"):
        source = image.get("source")
        if source:
            image_path = _reference(map_file, owner, source, shown, f"image {source}", "image")
            if not _is_file(image_path):
                raise ContentError(shown, f"image {source}", f"image file not found: {relative(image_path)}")
            found.append(image_path)
    return found
