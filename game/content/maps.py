"""Loading Tiled maps: pytmx reads the file, we check it and turn it into MapData.

`load_map(name)` needs no display: logic and tests use it as is. The renderer
asks for `images=True`, which needs a display mode (pytmx's pygame loader).
Every problem is a ContentError naming the file and the place: a missing
tileset or image, an unknown object kind, a missing or mistyped property.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytmx

from game import paths
from game.content.errors import ContentError
from game.content.object_kinds import KINDS, ObjectSpec, Registry

# the map property `player_sprite` names the sheet (assets/sprites/NAME.png) the player walks as
DEFAULT_PLAYER_SPRITE = "stephane"


@dataclass
class MapData:
    name: str
    path: Path
    width: int  # in tiles
    height: int
    tile_w: int
    tile_h: int
    blocked: bytearray  # one byte per cell, row by row: 1 where a tile blocks walking
    objects: list[ObjectSpec]
    spawns: dict[str, ObjectSpec]
    properties: dict
    sprite_layer: int  # characters are drawn just above this tile layer (pytmx's layer index)
    tmx: pytmx.TiledMap = field(repr=False)

    @property
    def player_sprite(self) -> str:
        """The sheet the player is drawn with on this map: its `player_sprite` property, else Stéphane."""
        return self.properties.get("player_sprite") or DEFAULT_PLAYER_SPRITE

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.tile_w, self.height * self.tile_h

    def display_path(self) -> str:
        return relative(self.path)


def relative(path: Path) -> str:
    """A path as a person would type it from the project folder, when it is inside it."""
    try:
        return str(Path(path).resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def _is_file(path: Path) -> bool:
    """Whether a file a map names exists; a name too long for the system, or with a NUL, names none."""
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


def map_path(name_or_path: str | Path, maps_dir: Path = paths.MAPS) -> Path:
    """`vineyard` (or `vineyard.tmx`) -> maps/vineyard.tmx; a Path is a file already chosen, used as given.

    A name (a str: from a door, a chapter, a save, a replay) is looked up inside `maps_dir` only;
    one that leads elsewhere is a ContentError. Only code makes a Path: the command line's
    `--scene FILE.tmx`, typed by the person, and a map already loaded (F5).
    """
    if isinstance(name_or_path, Path):
        return name_or_path
    name = name_or_path if name_or_path.endswith(".tmx") else f"{name_or_path}.tmx"
    try:
        return paths.inside(maps_dir, name, roots=(maps_dir,))
    except paths.OutsideContent as error:
        raise ContentError(relative(maps_dir), None, f"map {error}") from None


def map_names(maps_dir: Path = paths.MAPS) -> list[str]:
    return sorted(path.stem for path in maps_dir.glob("*.tmx"))


def load_map(name_or_path: str | Path, *, images: bool = False, registry: Registry = KINDS,
             maps_dir: Path = paths.MAPS) -> MapData:
    path = map_path(name_or_path, maps_dir)
    shown = relative(path)
    if not _is_file(path):
        if isinstance(name_or_path, Path):  # a file the person named: what else is in its folder is theirs
            raise ContentError(shown, None, "map not found")
        known = ", ".join(map_names(maps_dir)) or "none"
        raise ContentError(shown, None, f"map not found (maps in {relative(maps_dir)}: {known})")
    object_classes, templates, sprite_layer = _check_references(path, shown, pictures=images)
    try:
        # allow_duplicate_names: a property named like an object's own attribute (x, name…) is then
        # reported by the kind registry, naming the object, rather than failing the whole map in pytmx
        if images:
            tmx = pytmx.load_pygame(str(path), allow_duplicate_names=True)
        else:
            tmx = pytmx.TiledMap(str(path), allow_duplicate_names=True)
    except ContentError:
        raise
    except Exception as error:  # pytmx reports bad files with bare exceptions
        raise ContentError(shown, None, f"Tiled map could not be read: {error}") from error
    _check_size(tmx, shown)

    objects = []
    spawns: dict[str, ObjectSpec] = {}
    for layer in tmx.layers:
        if isinstance(layer, pytmx.TiledObjectGroup):
            for obj in layer:
                spec = _object_spec(obj, object_classes, templates.get(obj.id), shown, registry)
                objects.append(spec)
                if spec.kind == "spawn":
                    if spec.name in spawns:
                        raise ContentError(shown, spec.object_id, f"spawn '{spec.name}' is defined twice")
                    spawns[spec.name] = spec
    if "default" not in spawns:
        raise ContentError(shown, None, "map has no spawn named 'default' (add a point object of kind spawn)")
    sprite = tmx.properties.get("player_sprite", DEFAULT_PLAYER_SPRITE)
    if not isinstance(sprite, str) or not sprite.strip():
        raise ContentError(shown, "map", "map property 'player_sprite' must be a string: the name of a sheet "
                                         "in assets/sprites/ (without .png)")
    try:
        paths.inside(paths.SPRITES, f"{sprite}.png")
    except paths.OutsideContent as error:
        raise ContentError(shown, "map", f"map property 'player_sprite': {error}") from None

    return MapData(
        name=path.stem,
        path=path,
        width=tmx.width,
        height=tmx.height,
        tile_w=tmx.tilewidth,
        tile_h=tmx.tileheight,
        blocked=_blocked_cells(tmx),
        objects=objects,
        spawns=spawns,
        properties=dict(tmx.properties),
        sprite_layer=sprite_layer,
        tmx=tmx,
    )


@dataclass
class Template:
    """What an object takes from its template (.tx): kind, name, size and properties; the instance's win."""

    kind: str = ""
    name: str = ""
    size: tuple[float, float] | None = None  # None: the instance's own size
    props: dict = field(default_factory=dict)


def _object_spec(obj, object_classes: dict[int, str], template: Template | None, shown: str,
                 registry: Registry) -> ObjectSpec:
    # Tiled 1.9 saves an object's kind as `class`, which pytmx 3.32 leaves out of obj.type
    kind = obj.type or object_classes.get(obj.id, "")
    name = obj.name or ""
    width, height = float(obj.width), float(obj.height)
    raw = dict(obj.properties)
    if template is not None:  # pytmx keeps only a template's path: we resolved it ourselves
        kind = kind or template.kind
        name = name or template.name
        if template.size is not None:
            width, height = template.size
        raw = {**template.props, **raw}
    props = registry.validate(shown, obj.id, kind, name, raw, (width, height))
    if kind == "spawn" and not name:
        raise ContentError(shown, obj.id, "spawn has no name (its name is the spawn id)")
    points = tuple((float(p.x), float(p.y)) for p in getattr(obj, "points", ()) or ())
    if not all(math.isfinite(value) for value in (float(obj.x), float(obj.y), *(v for point in points for v in point))):
        label = f"{kind} '{name}'" if name else kind
        raise ContentError(shown, obj.id, f"{label}: its position is not a number (x, y or a point is nan or inf)")
    if registry[kind].shape == "polyline" and (len(points) < 2 or getattr(obj, "closed", False)):
        raise ContentError(shown, obj.id, f"{kind} '{name}': must be a polyline (draw it with Tiled's polyline tool)")
    return ObjectSpec(kind, obj.id, name, float(obj.x), float(obj.y), width, height, props, points)


PROPERTY_TYPES = {"int": int, "float": float, "bool": lambda text: text.strip().lower() in ("true", "1")}


def _properties(node: ET.Element) -> dict:
    """An element's Tiled properties, typed as pytmx types them (string, int, float, bool; others as text)."""
    values = {}
    for prop in node.findall("properties/property"):
        text = prop.get("value")
        if text is None:
            text = prop.text or ""
        convert = PROPERTY_TYPES.get(prop.get("type", "string"), str)
        try:
            values[prop.get("name")] = convert(text)
        except ValueError:
            values[prop.get("name")] = text
    return values


def _template(obj: ET.Element, path: Path, shown: str) -> Template:
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
    template = Template(kind=base.get("type") or base.get("class") or "", name=base.get("name") or "",
                        props=_properties(base))
    if obj.get("width") is None and obj.get("height") is None and base.find("point") is None:
        try:
            template.size = (float(base.get("width", 0)), float(base.get("height", 0)))
        except ValueError:
            raise ContentError(shown, object_id, f"{relative(tx)}: the template's width or height is not a number") from None
    return template


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


def _blocked_cells(tmx: pytmx.TiledMap) -> bytearray:
    blocking = {gid for gid, props in tmx.tile_properties.items() if props.get("collides") is True}
    width = tmx.width
    blocked = bytearray(width * tmx.height)
    if not blocking:
        return blocked
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for y, row in enumerate(layer.data):
                base = y * width
                for x, gid in enumerate(row):
                    if gid in blocking:
                        blocked[base + x] = 1
    return blocked


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


def _reference(map_file: Path, owner: Path, source: str, shown: str, place, what: str) -> Path:
    """The file a map (or its tileset) names, else a ContentError: it must lie in maps/ or assets/, or
    (a map opened by path, a copy of the game's folders) in the map's own folder or the assets/ beside it."""
    beside = (map_file.parent, map_file.parent.parent / "assets")
    try:
        return paths.inside(owner.parent, source, roots=(*beside, *paths.CONTENT))
    except paths.OutsideContent as error:
        raise ContentError(shown, place, f"{what} {error}") from None


def _check_references(path: Path, shown: str, pictures: bool = False) -> tuple[dict[int, str], dict[int, Template], int]:
    """Check that every tileset, image and object template the map needs exists (and, with
    `pictures`, that every image is a whole PNG: it is about to be drawn).

    Returns the Tiled 1.9 object classes by object id, the resolved templates by
    object id, and the characters' layer.
    pytmx without an image loader never opens images, and Tiled itself opens a
    map with a missing tileset silently, so we look for ourselves.
    """
    root = _parse_xml(path, shown)
    if root.tag != "map":
        raise ContentError(shown, None, "not a Tiled map (the root element is not <map>)")
    if root.get("infinite") == "1":
        raise ContentError(shown, None, "infinite maps are not supported; untick 'Infinite' in Map Properties")
    for tileset in root.iter("tileset"):
        source = tileset.get("source")
        if source:
            tsx = _reference(path, path, source, shown, f"tileset {source}", "tileset")
            if not _is_file(tsx):
                raise ContentError(shown, f"tileset {source}", f"tileset file not found: {relative(tsx)}")
            ts_root = _parse_xml(tsx, relative(tsx))
            _check_images(ts_root, path, tsx, relative(tsx), pictures)
        else:
            _check_images(tileset, path, path, shown, pictures)
    for layer in root.iter("imagelayer"):
        _check_images(layer, path, path, shown, pictures)
    classes = {}
    templates = {}
    for obj in root.iter("object"):
        object_id = obj.get("id", "0")
        if not object_id.isdigit() or not object_id.isascii():
            raise ContentError(shown, f"object {object_id!r}", "object id is not a whole number")
        if obj.get("class") and not obj.get("type"):
            classes[int(object_id)] = obj.get("class")
        if obj.get("template"):
            templates[int(object_id)] = _template(obj, path, shown)
    return classes, templates, _sprite_layer(root)


def _check_images(node: ET.Element, map_file: Path, owner: Path, shown: str, pictures: bool) -> None:
    from game.content.media import check_png

    for image in node.iter("image"):
        source = image.get("source")
        if not source:
            continue
        picture = _reference(map_file, owner, source, shown, f"image {source}", "image")
        if not _is_file(picture):
            raise ContentError(shown, f"image {source}", f"image file not found: {relative(picture)}")
        if pictures and picture.suffix.lower() == ".png":
            try:
                check_png(picture)
            except ContentError as error:  # the broken picture is named, then the map that uses it
                raise ContentError(error.file, error.place, f"{error.message} (a picture of {shown})") from None
