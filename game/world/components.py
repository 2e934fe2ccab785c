"""Components: plain data that entities are made of. Systems give them behaviour.

Positions are in map pixels. A character's position is the point between its
feet; its body is a small box centred there, as seen from above.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Position:
    x: float
    y: float
    # where the entity was at the start of the current tick, for smooth drawing
    prev_x: float = 0.0
    prev_y: float = 0.0

    def __post_init__(self):
        self.prev_x, self.prev_y = self.x, self.y


@dataclass
class Facing:
    direction: str = "down"  # down | up | left | right


FACINGS = ("down", "left", "right", "up")


@dataclass
class Walker:
    """Something that walks: a speed, and how far it has walked (for the stride)."""

    speed: float = 72.0  # pixels per second
    moving: bool = False
    distance: float = 0.0


@dataclass
class Body:
    """A collision box about the feet, as seen from above: `w` wide, `h` deep, its near edge
    `below` pixels in front of (under) the feet."""

    w: int = 10
    h: int = 6
    below: int = 0

    def rect_at(self, x: float, y: float) -> tuple[float, float, float, float]:
        return (x - self.w / 2, y + self.below - self.h, self.w, self.h)


@dataclass
class Area:
    """A rectangle on the map (doors, triggers, interactables, solids)."""

    x: float
    y: float
    w: float
    h: float

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h

    def overlaps(self, rect: tuple[float, float, float, float]) -> bool:
        rx, ry, rw, rh = rect
        return rx < self.x + self.w and self.x < rx + rw and ry < self.y + self.h and self.y < ry + rh


@dataclass
class Sprite:
    """Which sprite sheet draws this entity."""

    sheet: str


@dataclass
class Seated:
    """Sits at its position: drawn with its sheet's sitting frame for its facing."""


@dataclass
class Seat:
    """Using the entity seats the player first, at the spawn named `spawn` (he sits down beside her)."""

    spawn: str


@dataclass
class Picture:
    """A tile drawn at the entity's position (the tile's bottom centre): a map's dressing.

    `gid` is the tile as pytmx numbers it; `over`: its object layer lies above the map's tile
    layers, so it is drawn over them (and over characters), as Tiled shows it."""

    gid: int
    over: bool = False


@dataclass
class Player:
    """Marks the entity the player controls."""


@dataclass
class Named:
    """The Tiled object this entity came from: for messages, scripts and saves."""

    name: str
    object_id: int = 0


@dataclass
class Solid:
    """Blocks walking: over its Area, or over its Body when it has one."""


@dataclass
class Door:
    target_map: str
    target_spawn: str


@dataclass
class Trigger:
    """Fires when the player walks into its Area."""

    once: bool = True
    fired: bool = False


@dataclass
class Interactable:
    """Can be used when the player faces it and presses Interact."""

    prompt: str = "Look"


@dataclass
class Chore:
    """Something he has to see to: `name` is its key in the [chores] strings. It is done once its
    `knot` has been played, or, when `done_if` is set, once that Ink condition holds."""

    name: str
    knot: str = ""
    done_if: str = ""


@dataclass
class Speech:
    """Words said or thought when the entity is used or its trigger fires."""

    text: str
    speaker: str = ""


@dataclass
class Dialogue:
    """Starts an Ink knot when the entity is used or its trigger fires."""

    knot: str


@dataclass
class Light:
    """A source of light drawn over the darkness: lanterns, lamps, street lamps."""

    radius: int
    colour: tuple[int, int, int]
    flicker: bool = True
