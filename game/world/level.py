"""A map brought to life: its entities, the player, and the systems run each tick.

Pure logic: no display, no images. A Level is built from MapData and updated
with InputFrames; it answers with events (a door entered, a trigger fired,
something used) that the scene turns into transitions and dialogue.
"""

from __future__ import annotations

import math

from game.content.maps import MapData
from game.content.object_kinds import KINDS, Registry, chore_done
from game.core.input import InputFrame, Intent
from game.world.areas import AreaIndex
from game.world.collision import CollisionMap, rects_overlap
from game.world.components import (
    Area,
    Body,
    Chore,
    Door,
    Facing,
    Interactable,
    Player,
    Position,
    Seated,
    Solid,
    Sprite,
    Trigger,
    Walker,
)
from game.world.events import DoorEntered, Interacted, TriggerFired
from game.world.movement import walk
from game.world.store import World

REACH = 12  # how far beyond his body, in front and to the sides, Stéphane can reach to use something
STAND_UP_REACH = 20  # how far from his seat (px) he may step as he stands up
OPPOSITE = {"up": "down", "down": "up", "left": "right", "right": "left"}


def _no_story(name: str):
    return None


def _no_visits(path: str) -> int:
    return 0


class Level:
    """`chapter` and `story_get` (reads an Ink variable) decide which conditional objects exist;
    `story_visits` (how often an Ink knot has been played) and `story_get` which chores are done.

    The player is drawn with `player_sheet`, by default the map's `player_sprite` property.
    """

    def __init__(self, map_data: MapData, spawn: str = "default", registry: Registry = KINDS,
                 player_sheet: str | None = None, chapter: str = "", story_get=_no_story,
                 story_visits=_no_visits):
        self.map = map_data
        self.world = World()
        self.registry = registry
        self.chapter = chapter
        self.story_get = story_get
        self.story_visits = story_visits
        self.chores_left: list[int] = []  # the chores on this map not done yet, glinting
        self._placed: dict[int, int | None] = {}  # object id -> its entity, for conditional objects
        for spec in map_data.objects:
            if not spec.conditional:
                registry[spec.kind].build(self.world, spec)
        self.collision = CollisionMap(map_data.width, map_data.height, map_data.tile_w, map_data.tile_h,
                                      map_data.blocked, map_data.blocked_parts)
        self.player = self.world.create(Player(), Position(0, 0), Facing(), Walker(), Body(10, 6),
                                        Sprite(player_sheet or map_data.player_sprite))
        self.focus: int | None = None
        # the thing just used: Interact on it waits until he moves or turns, so the press that reads
        # on past a conversation's last line never opens it again
        self.resting: int | None = None
        self._inside: set[int] = set()
        self._index()
        self.refresh_conditions()
        self.ticks = 0
        self.place_player(spawn)

    def refresh_conditions(self) -> bool:
        """Add or remove the objects whose chapter or Ink condition changed, and note which chores are
        done now; True if any object came or went."""
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
        self.chores_left = [entity for entity, chore in self.world.query(Chore)
                            if not chore_done(chore.knot, chore.done_if, self.story_get, self.story_visits)]
        return changed

    def _index(self) -> None:
        """Index what blocks and what can be entered or used, after objects come or go."""
        tw, th = self.map.tile_w, self.map.tile_h
        self.static_solids = [(a.x, a.y, a.w, a.h) for _, a, _ in self.world.query(Area, Solid)]
        self.walk_areas = AreaIndex(self.world, tw, th, (Door, Trigger))
        self.use_areas = AreaIndex(self.world, tw, th, (Interactable,))

    def snapshot(self) -> dict:
        """The level's state: which map, its entities, what he faces and stands in, the chores left.
        (The collision grid and the area indexes are worked out from these, and left out.)"""
        return {"map": self.map.display_path(), "chapter": self.chapter, "ticks": self.ticks,
                "world": self.world.snapshot(), "focus": self.focus, "inside": sorted(self._inside),
                "chores_left": list(self.chores_left), "resting": self.resting,
                "placed": {str(object_id): entity for object_id, entity in self._placed.items()}}

    # -- placing ----------------------------------------------------------
    def place_player(self, spawn: str) -> None:
        spec = self.map.spawns.get(spawn) or self.map.spawns["default"]
        x, y = spec.feet
        self.set_player_position(x, y, spec.props.get("facing", "down"))

    def set_player_position(self, x: float, y: float, facing: str | None = None) -> None:
        """Put him at (x, y); seated when that is a seat (a spawn with pose sit: his chair)."""
        position = self.world.get(self.player, Position)
        position.x = position.prev_x = x
        position.y = position.prev_y = y
        if facing:
            self.world.get(self.player, Facing).direction = facing
        if any(spec.props.get("pose") == "sit" and spec.feet == (x, y) for spec in self.map.spawns.values()):
            self.world.add(self.player, Seated())
        else:
            self.world.discard(self.player, Seated)
        # areas he starts inside do not fire until he leaves and comes back
        self._inside = set(self.walk_areas.at(x, y))
        self.focus = self._find_focus()

    def step_away_from_door(self) -> None:
        """Arriving through a door: at least a tile clear of the nearest door (the way back), facing
        away from it, so one more step does not take him straight back through it."""
        position = self.player_position
        body = self.world.get(self.player, Body)
        tile = self.map.tile_w
        doors = [area for _, area, _ in self.world.query(Area, Door)]
        if not doors:
            return
        x, y = position.x, position.y
        door = min(doors, key=lambda area: _gap(body.rect_at(x, y), (area.x, area.y, area.w, area.h)))
        if _gap(body.rect_at(x, y), (door.x, door.y, door.w, door.h)) > 2 * tile:
            return  # no door near: he did not come in by one here
        dx, dy = x - (door.x + door.w / 2), (y - body.h / 2) - (door.y + door.h / 2)
        if abs(dy) * door.w >= abs(dx) * door.h:  # beyond the door's top or bottom side, rather than a side
            facing = "down" if dy >= 0 else "up"
            clear_y = door.y + door.h + tile + body.h if dy >= 0 else door.y - tile
            y = max(y, clear_y) if dy >= 0 else min(y, clear_y)
        else:
            facing = "right" if dx >= 0 else "left"
            clear_x = door.x + door.w + tile + body.w / 2 if dx >= 0 else door.x - tile - body.w / 2
            x = max(x, clear_x) if dx >= 0 else min(x, clear_x)
        if self.blocked(body.rect_at(x, y), ignore=self.player):
            x, y = position.x, position.y  # no room a tile away: the map maker's spot will do
        self.set_player_position(x, y, facing)

    def show_player_at(self, x: float, y: float, facing: str) -> None:
        """Move only his picture: for a level that is drawn but not played (the Berlin games), no
        areas are entered and nothing comes into focus."""
        position = self.world.get(self.player, Position)
        position.x = position.prev_x = x
        position.y = position.prev_y = y
        self.world.get(self.player, Facing).direction = facing

    def seat_player(self, spawn: str, beside: int | None = None) -> bool:
        """He sits down at a spawn (pose sit, facing its way): beside her on the bench, and she,
        `beside`, turns to him. False when the map has no such spawn."""
        spec = self.map.spawns.get(spawn)
        if spec is None:
            return False
        x, y = spec.feet
        self.set_player_position(x, y, spec.props.get("facing", "down"))
        self.world.add(self.player, Seated())
        position, facing = (self.world.find(beside, kind) if beside else None for kind in (Position, Facing))
        if position is not None and facing is not None:
            dx, dy = x - position.x, y - position.y
            facing.direction = ("right" if dx > 0 else "left") if abs(dx) >= abs(dy) else ("down" if dy > 0 else "up")
        return True

    @property
    def player_seated(self) -> bool:
        return self.world.has(self.player, Seated)

    def stand_up_spot(self, x: float, y: float, facing: str) -> tuple[float, float] | None:
        """Where he stands when he gets up from a seat at (x, y): the nearest free spot, behind
        him first (away from the table he faces), within STAND_UP_REACH pixels."""
        body = self.world.get(self.player, Body)
        back = {"up": (0, 1), "down": (0, -1), "left": (1, 0), "right": (-1, 0)}[facing]
        spots = [(x + dx, y + dy) for dx in range(-STAND_UP_REACH, STAND_UP_REACH + 1, 2)
                 for dy in range(-STAND_UP_REACH, STAND_UP_REACH + 1, 2)]
        spots.sort(key=lambda spot: (abs(spot[0] - x) + abs(spot[1] - y)
                                     - 4 * ((spot[0] - x) * back[0] + (spot[1] - y) * back[1] > 0)))
        return next((spot for spot in spots if not self.blocked(body.rect_at(*spot), ignore=self.player)), None)

    def _stand_up(self) -> None:
        position = self.world.get(self.player, Position)
        spot = self.stand_up_spot(position.x, position.y, self.player_facing)
        if spot is not None:
            position.x, position.y = spot
        self.world.discard(self.player, Seated)

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
        if self.player_seated and frame.move_vector() != (0.0, 0.0):
            self._stand_up()  # a step, and he is up from his chair
        before = (position.x, position.y, facing.direction)
        walk(position, self.world.get(player, Body), self.world.get(player, Walker), facing,
             frame.move_vector(), dt, lambda rect: self.blocked(rect, ignore=player))
        if (position.x, position.y, facing.direction) != before:
            events.extend(self._enter_areas(position.x, position.y))
            self.focus = self._find_focus()
            self.resting = None

        if Intent.INTERACT in frame.pressed and self.usable is not None and not events:
            target = self.focus
            target_facing = self.world.find(target, Facing)
            if target_facing is not None:  # people turn to the one who speaks to them
                target_facing.direction = OPPOSITE[facing.direction]
            self.resting = target
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

    # -- what he can use ---------------------------------------------------
    def reach_area(self, x: float, y: float, direction: str) -> tuple[float, float, float, float]:
        """Where his hands reach standing with his feet at (x, y) facing `direction`: REACH pixels
        beyond his body in front and to both sides, nothing behind him."""
        bx, by, bw, bh = self.world.get(self.player, Body).rect_at(x, y)
        if direction == "up":
            return bx - REACH, by - REACH, bw + 2 * REACH, bh + REACH
        if direction == "down":
            return bx - REACH, by, bw + 2 * REACH, bh + REACH
        if direction == "left":
            return bx - REACH, by - REACH, bw + REACH, bh + 2 * REACH
        return bx, by - REACH, bw + REACH, bh + 2 * REACH

    def use_rect(self, entity: int) -> tuple[float, float, float, float]:
        """What of a usable thing his hands can touch: an object's rectangle, or a character's
        whole figure (16×24 on screen) and the ground just below their feet."""
        position = self.world.find(entity, Position)
        if position is not None:
            return position.x - 8, position.y - 24, 16, 30
        area = self.world.get(entity, Area)
        return area.x, area.y, area.w, area.h

    def usable_at(self, x: float, y: float, direction: str) -> int | None:
        """What he would use standing at (x, y) facing `direction`: the usable thing nearest his
        body within reach in front of him or to his sides, whatever way exactly he faces."""
        reach = self.reach_area(x, y, direction)
        body = self.world.get(self.player, Body).rect_at(x, y)
        candidates = self.use_areas.overlapping(reach)
        candidates += [entity for entity, _, _ in self.world.query(Position, Interactable)
                       if rects_overlap(reach, self.use_rect(entity))]
        nearest, best = None, None
        for entity in candidates:
            rect = self.use_rect(entity)
            rank = (_gap(body, rect), _centre_distance(body, rect))
            if best is None or rank < best:
                nearest, best = entity, rank
        return nearest

    @property
    def usable(self) -> int | None:
        """What Interact would use now: what he faces, unless he has just used it and not moved since."""
        return self.focus if self.focus != self.resting else None

    def verb(self, entity: int) -> str:
        """What using a thing is called now ('Tend', 'Talk', …): its prompt, or Look once its chore is done."""
        if self.world.has(entity, Chore) and entity not in self.chores_left:
            return "Look"
        return self.world.get(entity, Interactable).prompt

    def _find_focus(self) -> int | None:
        position = self.world.get(self.player, Position)
        return self.usable_at(position.x, position.y, self.world.get(self.player, Facing).direction)


def _gap(a, b) -> float:
    """The distance between two rectangles (0 when they touch or overlap)."""
    dx = max(b[0] - (a[0] + a[2]), a[0] - (b[0] + b[2]), 0.0)
    dy = max(b[1] - (a[1] + a[3]), a[1] - (b[1] + b[3]), 0.0)
    return math.hypot(dx, dy)


def _centre_distance(a, b) -> float:
    return math.hypot(a[0] + a[2] / 2 - b[0] - b[2] / 2, a[1] + a[3] / 2 - b[1] - b[3] / 2)
