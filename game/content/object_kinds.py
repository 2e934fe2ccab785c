"""The one registry of Tiled object kinds: what each kind needs and the entity it becomes.

A map maker sets an object's kind (Tiled's `type`, or `class` in Tiled 1.9) and
its custom properties; `validate` checks them against the kind's declared
properties and `build` turns the object into an entity. Adding a kind is one
`@KINDS.register(...)` here, never an `if kind == ...` elsewhere.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from game.content.chapters import CHAPTER_IDS
from game.content.errors import Problems
from game.world.components import (
    FACINGS,
    Area,
    Body,
    Chore,
    Dialogue,
    Door,
    Facing,
    Interactable,
    Light,
    Named,
    Picture,
    Position,
    Seat,
    Seated,
    Solid,
    Speech,
    Sprite,
    Trigger,
)
from game.world.store import World

TYPE_NAMES = {str: "string", int: "int", float: "float", bool: "bool"}


@dataclass(frozen=True)
class Prop:
    name: str
    kind: type
    required: bool = False
    default: object = None
    choices: tuple[str, ...] = ()
    check: Callable[[object], str | None] | None = None  # returns what is wrong, if anything


@dataclass
class ObjectSpec:
    """One object as placed in Tiled, with its properties checked and defaults applied."""

    kind: str
    object_id: int
    name: str
    x: float
    y: float
    w: float
    h: float
    props: dict = field(default_factory=dict)
    points: tuple[tuple[float, float], ...] = ()  # a polyline's points, in map pixels
    gid: int = 0  # a tile object's tile, as pytmx numbers it
    over: bool = False  # its object layer lies above the map's tile layers

    @property
    def chapters(self) -> list[str]:
        """The chapters its `chapters` property names (none: every chapter)."""
        return chapter_list(self.props.get("chapters", ""))

    def present(self, chapter: str, story_get) -> bool:
        """Whether the object exists now, by its `chapters` and `if_var` properties."""
        if self.chapters and chapter not in self.chapters:
            return False
        return condition_holds(self.props.get("if_var", ""), story_get)

    @property
    def conditional(self) -> bool:
        return bool(self.props.get("chapters") or self.props.get("if_var"))

    @property
    def is_point(self) -> bool:
        return self.w == 0 and self.h == 0

    @property
    def feet(self) -> tuple[float, float]:
        """A point object's position, or a rectangle's bottom centre."""
        return (self.x + self.w / 2, self.y + self.h)

    def area(self) -> Area:
        return Area(self.x, self.y, self.w, self.h)


def condition_holds(text: str, story_get) -> bool:
    """An Ink condition as map makers write it: "name" (the variable is true, or the knot has been
    played), "!name" (false), several of them (all must hold), or "" (always true)."""
    for name, wanted in conditions(text):
        try:
            value = story_get(name)
        except Exception:
            value = None
        if bool(value) != wanted:
            return False
    return True


def chore_done(knot: str, done_if: str, story_get, story_visits) -> bool:
    """Whether a chore is done: `done_if` holds, or, without one, its knot has been played."""
    if done_if:
        return condition_holds(done_if, story_get)
    try:
        return story_visits(knot) > 0
    except Exception:  # no story (a bare map in a test) or an unknown knot: --check reports that
        return False


@dataclass(frozen=True)
class ObjectKind:
    name: str
    props: tuple[Prop, ...]
    shape: str  # "point", "rect", "any", "polyline" or "tile" (a tile object)
    build: Callable[[World, ObjectSpec], int | None]
    doc: str = ""
    one_of: tuple[str, ...] = ()  # at least one of these properties must be set
    rule: Callable[[dict], str | None] | None = None  # what is wrong with the properties together, if anything


class Registry:
    def __init__(self) -> None:
        self._kinds: dict[str, ObjectKind] = {}

    def register(self, name: str, *props: Prop, shape: str = "any", doc: str = "", one_of: tuple[str, ...] = (),
                 rule: Callable[[dict], str | None] | None = None):
        def decorator(build):
            self._kinds[name] = ObjectKind(name, props, shape, build, doc or (build.__doc__ or "").strip(), one_of,
                                           rule)
            return build

        return decorator

    def __contains__(self, name: str) -> bool:
        return name in self._kinds

    def __getitem__(self, name: str) -> ObjectKind:
        return self._kinds[name]

    def names(self) -> list[str]:
        return sorted(self._kinds)

    def validate(self, file: str, object_id: int, kind_name: str, name: str, raw: dict,
                 size: tuple[float, float], problems: Problems, tile: bool = False) -> dict | None:
        """Check one object's kind, shape and properties, reporting each problem to `problems`.
        `tile`: the object is a tile object (it shows a tile: Tiled's Insert Tile tool).

        Returns its properties with defaults applied, or None when anything was wrong with it.
        """
        before = len(problems)

        def report(message: str) -> None:
            problems.report(file, object_id, message)

        label = f"{kind_name} '{name}'" if name else kind_name
        if not kind_name:
            report(f"object has no kind (set its Class/Type to one of: {', '.join(self.names())})")
            return None
        if kind_name not in self._kinds:
            report(f"unknown object kind '{kind_name}' (known kinds: {', '.join(self.names())})")
            return None
        kind = self._kinds[kind_name]
        if not all(math.isfinite(side) and side >= 0 for side in size):  # Tiled never writes these; a hand edit may
            report(f"{label}: size {size[0]:g}×{size[1]:g} is not valid (width and height must be 0 or more)")
            return None
        is_point = size == (0, 0)
        if kind.shape == "point" and not is_point:
            report(f"{label}: must be a point object")
        if kind.shape == "rect" and is_point:
            report(f"{label}: must be a rectangle, not a point")
        if kind.shape == "tile" and not tile:
            report(f"{label}: must be a tile object (place a tile with Tiled's Insert Tile tool, T, and set its type)")
        all_props = kind.props + (CONDITIONS if kind.name != "spawn" else ())
        known = {prop.name: prop for prop in all_props}
        for key in raw:
            if key not in known:
                allowed = ", ".join(known) or "none"
                report(f"{label}: unknown property '{key}'{did_you_mean(key, known)} (allowed: {allowed})")
        values = {}
        for prop in all_props:
            if prop.name not in raw:
                if prop.required:
                    report(f"{label}: missing required property '{prop.name}' ({TYPE_NAMES[prop.kind]})")
                values[prop.name] = prop.default
                continue
            problem = value_problem(prop.kind, raw[prop.name], prop.choices, prop.check, prop.required)
            if problem:
                report(f"{label}: property '{prop.name}' {problem}")
            values[prop.name] = raw[prop.name]
        if kind.one_of and not any(values.get(name) for name in kind.one_of):
            report(f"{label}: needs one of the properties {' or '.join(kind.one_of)}")
        problem = kind.rule(values) if kind.rule else None
        if problem:
            report(f"{label}: {problem}")
        if len(problems) != before:
            return None
        return {key: float(value) if known[key].kind is float else value for key, value in values.items()}


def value_problem(kind: type, value, choices: tuple[str, ...] = (), check=None, required: bool = False) -> str | None:
    """What is wrong with a property's value, said after "property 'name' ", or None.

    The one rule for typed values, for objects' properties and the map's own alike.
    """
    if kind is float and type(value) is int:
        value = float(value)
    if type(value) is not kind:
        return f"must be {TYPE_NAMES[kind]}, got {TYPE_NAMES.get(type(value), type(value).__name__)} {value!r}"
    if choices and value not in choices:
        return f"is {value!r}; expected one of {', '.join(choices)}"
    problem = check(value) if check else None
    if problem:
        return problem
    if kind is str and required and not value.strip():
        return "is empty"
    return None


def did_you_mean(name: str, known) -> str:
    """A hint for a likely misspelling of one of the `known` names: " (did you mean 'title'?)", else ""."""
    close = difflib.get_close_matches(name.lower(), list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def chapter_list(text: str) -> list[str]:
    """The chapter ids a `chapters` property names: Tiled writes a flag enum as "a,b"; spaces work too."""
    return text.replace(",", " ").split()


def conditions(text: str) -> list[tuple[str, bool]]:
    """An `if_var` property as (name, the value wanted) for each of its space- or comma-separated
    conditions: "heard_knock !bottle_vintage" -> [("heard_knock", True), ("bottle_vintage", False)];
    [] when unset."""
    return [(word.lstrip("!"), not word.startswith("!")) for word in text.replace(",", " ").split()
            if word.lstrip("!")]


def _chapters_problem(value: str) -> str | None:
    unknown = [name for name in chapter_list(value) if name not in CHAPTER_IDS]
    if not unknown:
        return None
    names = ", ".join(f"'{name}'" for name in unknown)
    return f"names {names}, not a chapter (the chapters: {', '.join(CHAPTER_IDS)})"


# Any object but a spawn can be made to exist only in some chapters, or only while
# an Ink variable is true ("heard_knock") or false ("!heard_knock"); a knot's name is true once it
# has been played ("vineyard_tie_cane": the chore is done); several conditions must all hold.
CONDITIONS = (Prop("chapters", str, default="", check=_chapters_problem), Prop("if_var", str, default=""))

KINDS = Registry()

FACING = Prop("facing", str, default="down", choices=FACINGS)
POSES = ("stand", "sit")
POSE = Prop("pose", str, default="stand", choices=POSES)
# a spawn (pose sit) where the player sits down as he uses the thing: beside her on the bench
SEAT = Prop("seat", str, default="")


@KINDS.register("spawn", FACING, POSE, shape="point",
                doc="Where the player can appear; its name is the spawn id ('default' is used when none is named). "
                    "With `pose` sit he arrives seated there (his chair at dinner) and stands up as he walks.")
def build_spawn(world: World, spec: ObjectSpec) -> None:
    return None  # spawns are places, read by the level, not entities


@KINDS.register("door", Prop("target_map", str, required=True), Prop("target_spawn", str, required=True),
                shape="rect", doc="Walking into it takes the player to a spawn in another map.")
def build_door(world: World, spec: ObjectSpec) -> int:
    return world.create(spec.area(), Door(spec.props["target_map"], spec.props["target_spawn"]),
                        Named(spec.name, spec.object_id))


TEXT = Prop("text", str, default="")
KNOT = Prop("knot", str, default="")
SPEAKER = Prop("speaker", str, default="")
SAYS = ("knot", "text")


def _words(world: World, entity: int, props: dict, speaker: str = "") -> int:
    """What the entity says: an Ink knot when it names one, else its plain text."""
    if props["knot"]:
        world.add(entity, Dialogue(props["knot"]))
    else:
        world.add(entity, Speech(props["text"], props["speaker"] or speaker))
    return entity


@KINDS.register("trigger", TEXT, KNOT, SPEAKER, Prop("once", bool, default=True), shape="rect", one_of=SAYS,
                doc="Fires when the player walks in: plays its Ink knot or shows its text.")
def build_trigger(world: World, spec: ObjectSpec) -> int:
    entity = world.create(spec.area(), Trigger(once=spec.props["once"]), Named(spec.name, spec.object_id))
    return _words(world, entity, spec.props)


def _seat(world: World, entity: int, props: dict) -> int:
    if props["seat"]:
        world.add(entity, Seat(props["seat"]))
    return entity


@KINDS.register("npc", Prop("sprite", str, required=True), TEXT, KNOT, SPEAKER, FACING, POSE, SEAT, one_of=SAYS,
                doc="A character at the object's point (its feet), standing or, with `pose` sit, sitting; blocks "
                    "the way and can be talked to. `seat`: a spawn where the player sits down as he talks to them.")
def build_npc(world: World, spec: ObjectSpec) -> int:
    props = spec.props
    x, y = spec.feet
    # as wide as the figure, and deep enough that he neither stands inside them from behind nor
    # hides them standing in front
    entity = world.create(Position(x, y), Facing(props["facing"]), Sprite(props["sprite"]), Body(14, 16, below=6),
                          Solid(), Interactable("Talk"), Named(spec.name, spec.object_id))
    if props["pose"] == "sit":
        world.add(entity, Seated())
    return _seat(world, _words(world, entity, props, speaker=spec.name), props)


def _chore_problem(props: dict) -> str | None:
    if props["chore"] and not props["knot"] and not props["done_if"]:
        return "a chore needs a knot (done once played) or done_if (done once that Ink variable is true)"
    if props["done_if"] and not props["chore"]:
        return "done_if is for chores: set chore too"
    return None


@KINDS.register("interactable", TEXT, KNOT, SPEAKER, Prop("prompt", str, default="Look"),
                Prop("chore", str, default=""), Prop("done_if", str, default=""), SEAT, shape="rect",
                one_of=SAYS, rule=_chore_problem,
                doc="Something the player can use when facing it: plays its knot or shows its text. With "
                    "`chore` (a key of the [chores] strings), a chore: a glint marks it and the pause menu "
                    "lists it until done (its knot played, or `done_if`, an Ink variable like `if_var`, true). "
                    "`seat`: a spawn where he sits down as he uses it.")
def build_interactable(world: World, spec: ObjectSpec) -> int:
    props = spec.props
    entity = world.create(spec.area(), Interactable(props["prompt"]), Named(spec.name, spec.object_id))
    if props["chore"]:
        world.add(entity, Chore(props["chore"], props["knot"], props["done_if"]))
    return _seat(world, _words(world, entity, props), props)


@KINDS.register("solid", shape="rect", doc="Blocks walking over its rectangle.")
def build_solid(world: World, spec: ObjectSpec) -> int:
    return world.create(spec.area(), Solid(), Named(spec.name, spec.object_id))


@KINDS.register("decor", shape="tile",
                doc="A tile placed as a tile object (Insert Tile, T): the map's dressing. With `if_var` it shows "
                    "only while that holds (the table set, a chore done). In the characters' object layer it is "
                    "drawn among them by depth; in an object layer above the tile layers, over everything.")
def build_decor(world: World, spec: ObjectSpec) -> int:
    return world.create(Position(*spec.feet), Picture(spec.gid, spec.over), Named(spec.name, spec.object_id))


def parse_colour(text: str) -> tuple[int, int, int] | None:
    """'#rrggbb' or Tiled's '#aarrggbb' as (r, g, b); None when it is neither."""
    value = text.strip().lstrip("#")
    if len(value) == 8:
        value = value[2:]
    if len(value) != 6:
        return None
    try:
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except ValueError:
        return None


def _colour_problem(value) -> str | None:
    return None if parse_colour(value) else f"is {value!r}; expected a colour like #ffc878"


@KINDS.register("light", Prop("radius", int, default=48), Prop("color", str, default="#ffc878", check=_colour_problem),
                Prop("flicker", bool, default=True), shape="point",
                doc="A warm light (lantern, lamp, candle, street lamp): a glow of `radius` pixels.")
def build_light(world: World, spec: ObjectSpec) -> int:
    colour = parse_colour(spec.props["color"]) or (255, 200, 120)
    return world.create(Position(spec.x, spec.y), Light(max(4, spec.props["radius"]), colour, spec.props["flicker"]),
                        Named(spec.name, spec.object_id))


# --- Berlin: what the surveillance minigames read from a map ------------------------------
# These places and routes carry no behaviour in the world itself; the minigame scenes read
# them from the map (walls come from the collision grid, lights from `light` objects).

@dataclass
class Route:
    """A polyline drawn in Tiled: a guard's patrol or the courier's walk."""

    points: tuple[tuple[float, float], ...]


@dataclass
class Patrol:
    mode: str
    speed: float
    fov: int
    range: int
    pause: float


@dataclass
class Cover:
    """Somewhere to stand out of sight: a doorway, a kiosk, a crowd."""


@dataclass
class Place:
    """A named spot the Berlin games use: the watched door, the drop, the handler's bench."""

    role: str


@KINDS.register("patrol", Prop("mode", str, default="pingpong", choices=("pingpong", "loop")),
                Prop("speed", float, default=36.0), Prop("fov", int, default=90), Prop("range", int, default=112),
                Prop("pause", float, default=1.0), Prop("sprite", str, default="berlin_guard"), shape="polyline",
                doc="A guard walking this polyline (from its first point), watching with a vision cone; "
                    "`sprite` is his sheet in assets/sprites/.")
def build_patrol(world: World, spec: ObjectSpec) -> int:
    props = spec.props
    return world.create(Route(spec.points), Patrol(props["mode"], props["speed"], props["fov"], props["range"],
                                                   props["pause"]), Named(spec.name, spec.object_id))


@KINDS.register("courier_route", Prop("sprite", str, default="berlin_courier"), shape="polyline",
                doc="The courier's walk in the tail, from its first point to the handler at its last; "
                    "`sprite` is his sheet in assets/sprites/.")
def build_courier_route(world: World, spec: ObjectSpec) -> int:
    return world.create(Route(spec.points), Place("courier_route"), Named(spec.name, spec.object_id))


@KINDS.register("cover", shape="rect", doc="A doorway, kiosk or crowd to hide in.")
def build_cover(world: World, spec: ObjectSpec) -> int:
    return world.create(spec.area(), Cover(), Named(spec.name, spec.object_id))


BERLIN_PLACES = ("watched_door", "drop", "exit", "handler")


@KINDS.register("place", Prop("role", str, required=True, choices=BERLIN_PLACES), shape="any",
                doc="A spot the Berlin games use: the watched door, the dead drop, the way out, the handler.")
def build_place(world: World, spec: ObjectSpec) -> int:
    return world.create(spec.area(), Position(*spec.feet), Place(spec.props["role"]), Named(spec.name, spec.object_id))
