"""A map brought to life: its entities, the player, and the systems run each tick.

Pure logic: no display, no images. A Level is built from MapData and updated
with InputFrames; it answers with events (a door entered, a trigger fired,
something used) that the scene turns into transitions and dialogue.
"""

from __future__ import annotations

from game.content.maps import MapData
from game.content.object_kinds import KINDS, Registry
from game.core.input import InputFrame, Intent
from game.world.areas import AreaIndex
from game.world.collision import CollisionMap, rects_overlap
from game.world.components import (
    Area,
    Body,
    Door,
    Facing,
    Interactable,
    Player,
    Position,
    Solid,
    Sprite,
    Trigger,
    Walker,
)
from game.world.events import DoorEntered, Interacted, TriggerFired
from game.world.movement import walk
from game.world.store import World

REACH = 10  # how far in front of his body Stéphane can reach to use something
OPPOSITE = {"up": "down", "down": "up", "left": "right", "right": "left"}


def _no_story(name: str):
    return None


class Level:
    """`chapter` and `story_get` (reads an Ink variable) decide which conditional objects exist.

    The player is drawn with `player_sheet`, by default the map's `player_sprite` property.
    """

    def __init__(self, map_data: MapData, spawn: str = "default", registry: Registry = KINDS,
                 player_sheet: str | None = None, chapter: str = "", story_get=_no_story):
        self.map = map_data
        self.world = World()
        self.registry = registry
        self.chapter = chapter
        self.story_get = story_get
        self._placed: dict[int, int | None] = {}  # object id -> its entity, for conditional objects
        for spec in map_data.objects:
            if not spec.conditional:
                registry[spec.kind].build(self.world, spec)
        self.collision = CollisionMap(map_data.width, map_data.height, map_data.tile_w, map_data.tile_h,
                                      map_data.blocked)
        self.player = self.world.create(Player(), Position(0, 0), Facing(), Walker(), Body(10, 6),
                                        Sprite(player_sheet or map_data.player_sprite))
        self.focus: int | None = None
        self._inside: set[int] = set()
        self._index()
        self.refresh_conditions()
        self.ticks = 0
        self.place_player(spawn)

    def refresh_conditions(self) -> bool:
        """Add or remove the objects whose chapter or Ink condition changed; True if any did."""
        changed = False
        for spec in self.map.objects:
            if not spec.conditional:
                continue
            entity = self._placed.get(spec.object_id)
            wanted = spec.present(self.chapter, self.story_get)
            if wanted and entity is None:
                self._placed[spec.object_id] = self.registry[spec.kind].build(self.world, spec)
                changed = True
            elif not wanted and entity is not None:
                self.world.remove(entity)
                self._placed[spec.object_id] = None
                changed = True
        if changed:
            self._index()
            self.focus = self._find_focus()
        return changed

    def _index(self) -> None:
        """Index what blocks and what can be entered or used, after objects come or go."""
        tw, th = self.map.tile_w, self.map.tile_h
        self.static_solids = [(a.x, a.y, a.w, a.h) for _, a, _ in self.world.query(Area, Solid)]
        self.walk_areas = AreaIndex(self.world, tw, th, (Door, Trigger))
        self.use_areas = AreaIndex(self.world, tw, th, (Interactable,))

    # -- placing ----------------------------------------------------------
    def place_player(self, spawn: str) -> None:
        spec = self.map.spawns.get(spawn) or self.map.spawns["default"]
        x, y = spec.feet
        self.set_player_position(x, y, spec.props.get("facing", "down"))

    def set_player_position(self, x: float, y: float, facing: str | None = None) -> None:
        position = self.world.get(self.player, Position)
        position.x = position.prev_x = x
        position.y = position.prev_y = y
        if facing:
            self.world.get(self.player, Facing).direction = facing
        # areas he starts inside do not fire until he leaves and comes back
        self._inside = set(self.walk_areas.at(x, y))
        self.focus = self._find_focus()

    def show_player_at(self, x: float, y: float, facing: str) -> None:
        """Move only his picture: for a level that is drawn but not played (the Berlin games), no
        areas are entered and nothing comes into focus."""
        position = self.world.get(self.player, Position)
        position.x = position.prev_x = x
        position.y = position.prev_y = y
        self.world.get(self.player, Facing).direction = facing

    @property
    def player_position(self) -> Position:
        return self.world.get(self.player, Position)

    @property
    def player_facing(self) -> str:
        return self.world.get(self.player, Facing).direction

    # -- collision ---------------------------------------------------------
    def blocked(self, rect, ignore: int | None = None) -> bool:
        if self.collision.rect_hits_tiles(rect):
            return True
        for solid in self.static_solids:
            if rects_overlap(rect, solid):
                return True
        for entity, position, body, _ in self.world.query(Position, Body, Solid):
            if entity != ignore and rects_overlap(rect, body.rect_at(position.x, position.y)):
                return True
        return False

    # -- the tick ----------------------------------------------------------
    def update(self, frame: InputFrame, dt: float) -> list:
        self.ticks += 1
        events: list = []
        for _, position in self.world.query(Position):
            position.prev_x, position.prev_y = position.x, position.y

        player = self.player
        position = self.world.get(player, Position)
        facing = self.world.get(player, Facing)
        before = (position.x, position.y, facing.direction)
        walk(position, self.world.get(player, Body), self.world.get(player, Walker), facing,
             frame.move_vector(), dt, lambda rect: self.blocked(rect, ignore=player))
        if (position.x, position.y, facing.direction) != before:
            events.extend(self._enter_areas(position.x, position.y))
            self.focus = self._find_focus()

        if Intent.INTERACT in frame.pressed and self.focus is not None and not events:
            target = self.focus
            target_facing = self.world.find(target, Facing)
            if target_facing is not None:  # people turn to the one who speaks to them
                target_facing.direction = OPPOSITE[facing.direction]
            events.append(Interacted(target))
        return events

    def _enter_areas(self, x: float, y: float) -> list:
        inside = set(self.walk_areas.at(x, y))
        entered = [entity for entity in self.walk_areas.at(x, y) if entity not in self._inside]
        self._inside = inside
        events = []
        for entity in entered:
            door = self.world.find(entity, Door)
            if door is not None:
                events.append(DoorEntered(entity, door.target_map, door.target_spawn))
                break  # a door ends the walk; nothing after it in this map matters
            trigger = self.world.find(entity, Trigger)
            if trigger is not None and not (trigger.once and trigger.fired):
                trigger.fired = True
                events.append(TriggerFired(entity))
        return events

    # -- what he faces -----------------------------------------------------
    def reach_point(self, x: float, y: float, direction: str) -> tuple[float, float]:
        """The point his hand reaches standing with his feet at (x, y), facing `direction`."""
        body = self.world.get(self.player, Body)
        if direction == "up":
            return x, y - body.h - REACH
        if direction == "down":
            return x, y + REACH
        centre_y = y - body.h / 2
        if direction == "left":
            return x - body.w / 2 - REACH, centre_y
        return x + body.w / 2 + REACH, centre_y

    def usable_at(self, x: float, y: float, direction: str) -> int | None:
        """What he could use standing at (x, y) facing `direction`, if anything."""
        px, py = self.reach_point(x, y, direction)
        for entity, position, _ in self.world.query(Position, Interactable):
            # a character is used by reaching anywhere over their figure (16×24 on screen),
            # or just below their feet, not only the small box they stand on
            if position.x - 8 <= px <= position.x + 8 and position.y - 24 <= py <= position.y + 6:
                return entity
        found = self.use_areas.at(px, py)
        return found[0] if found else None

    def _find_focus(self) -> int | None:
        position = self.world.get(self.player, Position)
        return self.usable_at(position.x, position.y, self.world.get(self.player, Facing).direction)
