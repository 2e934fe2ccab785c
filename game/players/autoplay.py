"""--autoplay: a scripted player that plays the story from its first chapter to an ending.

It acts only through intents, like a person: it walks paths to the things the
walkthrough names, faces them, presses Interact, reads every line and picks
choices. It reads the screen's state to plan, as a person reads the screen: which
screen it is by the scene's `kind` (game/core/scenes.py), never by its class.
The walkthrough (assets/story/walkthrough.toml) lists, for each chapter, the
knots to use in order; a name starting with `door:` means walking through the
door to that map.
"""

from __future__ import annotations

from pathlib import Path

from game.berlin.registry import winner_for
from game.content.chapters import CHAPTER_IDS
from game.content.data_files import read_toml, shown
from game.content.errors import ContentError
from game.core import paths
from game.core.input import InputFrame, Intent
from game.players.scripted import FACE, PathWalker, level_walker
from game.world.components import Area, Dialogue, Door, Trigger
from game.world.level import OPPOSITE
from game.world.pathfind import cell_feet, cell_of, find_path

WALKTHROUGH = paths.ASSETS / "story" / "walkthrough.toml"


def load_walkthrough(path: Path = WALKTHROUGH) -> dict[str, list[str]]:
    """Each chapter's steps; ContentError naming the chapter whose steps are not a list of names."""
    walkthrough = {}
    for chapter, steps in read_toml(path).items():
        if chapter not in CHAPTER_IDS:
            raise ContentError(shown(path), chapter, f"not a chapter (chapters: {', '.join(CHAPTER_IDS)})")
        if not isinstance(steps, list) or not all(isinstance(step, str) and step for step in steps):
            raise ContentError(shown(path), chapter, "must be a list of knot names and \"door:MAP\" steps")
        walkthrough[chapter] = list(steps)
    return walkthrough


class ChoicePolicy:
    """Picks a choice by looking one step ahead in the story, as a player weighs options.

    `open` favours what raises honesty and trust; `guarded` favours what keeps
    them low; `first` always takes the first choice. In the chapter named by
    `open_from`, the player turns open (a guarded man who speaks at last); from the
    chapter named by `guarded_from` on, he turns guarded (an open man who keeps one door shut).
    """

    def __init__(self, style: str = "open", open_from: str = "", guarded_from: str = ""):
        self.style = style
        self.open_from = open_from
        self.guarded_from = guarded_from

    @classmethod
    def for_ending(cls, ending) -> ChoicePolicy:
        return cls(ending.policy, ending.open_from, ending.guarded_from)

    def pick(self, story, choices, chapter: str = "") -> int:
        style = self.style
        if self.guarded_from and chapter in CHAPTER_IDS and \
                CHAPTER_IDS.index(chapter) >= CHAPTER_IDS.index(self.guarded_from):
            style = "guarded"
        if self.open_from and chapter == self.open_from:
            style = "open"
        if style == "first" or len(choices) == 1:
            return 0
        scores = []
        saved, actions = story.save(), list(story.actions)
        for choice in choices:
            story.choose(choice.index)
            item = story.next()
            while item is not None and not isinstance(item, list):
                item = story.next()
            scores.append(_openness(story))
            story.load(saved)
        story.actions = actions
        best = max(scores) if style == "open" else min(scores)
        return scores.index(best)


def _openness(story) -> int:
    total = 0
    for name in ("honesty", "trust"):
        try:
            value = story.get(name)
        except Exception:
            value = 0
        total += value if isinstance(value, int) else 0
    return total


class AutoPlayer:
    def __init__(self, walkthrough: dict[str, list[str]] | None = None, policy: ChoicePolicy | None = None):
        self.walkthrough = walkthrough if walkthrough is not None else load_walkthrough()
        self.policy = policy or ChoicePolicy()
        self.chapter = None
        self.steps: list[str] = []
        self.walker: PathWalker | None = None
        self.goal: str | None = None
        self.ticks = 0
        self.idle_ticks = 0
        self.level = None
        self._minigame_scene = None
        self._minigame_player = None

    # -- each tick ------------------------------------------------------------
    def __call__(self, ctx) -> InputFrame:
        self.ticks += 1
        top = ctx.scenes.top
        tap = self.ticks % 2 == 0  # a press needs a release between presses
        kind = getattr(top, "kind", None)
        if kind == "dialogue":
            return self._dialogue(top, tap)
        if kind == "message":
            return InputFrame.of(pressed=[Intent.INTERACT]) if tap else InputFrame()
        if kind == "explore":
            return self._explore(top, ctx.session)
        if kind == "confirm":  # New game over a saved evening: he did mean a new one
            return self._menu(1, top.cursor, tap)
        if kind == "title":
            # a new evening; once an ending has been reached, the player leaves
            wanted = "quit" if ctx.session is not None and ctx.session.ended else "new"
            return self._menu(top.items.index(wanted), top.cursor, tap)
        if kind == "starlit":
            return self._stars(top, tap)
        if kind == "credits":
            return InputFrame.of(pressed=[Intent.BACK]) if tap and top.offset > 40 else InputFrame()
        if kind == "minigame":  # a Berlin surveillance game: its own scripted winner plays it
            if self._minigame_scene is not top:
                self._minigame_scene, self._minigame_player = top, winner_for(top)
            return self._minigame_player(ctx)
        return InputFrame()

    @staticmethod
    def _menu(target: int, cursor: int, tap: bool) -> InputFrame:
        if not tap:
            return InputFrame()
        if cursor < target:
            return InputFrame.of(pressed=[Intent.DOWN])
        if cursor > target:
            return InputFrame.of(pressed=[Intent.UP])
        return InputFrame.of(pressed=[Intent.INTERACT])

    @staticmethod
    def _stars(scene, tap: bool) -> InputFrame:
        """Point at each constellation not yet traced, and trace it."""
        if scene.phase != "trace":
            return InputFrame()
        remaining = [name for name in scene.constellations if name not in scene.traced]
        if not remaining:
            return InputFrame()
        # aim at the middle of one of the figure's lines, as a person points at the stars
        (x0, y0), (x1, y1) = next((a, b) for a, b, name in scene.sky.constellation_lines() if name == remaining[0])
        tx, ty = (x0 + x1) / 2, (y0 + y1) / 2
        dx, dy = tx - scene.pointer[0], ty - scene.pointer[1]
        if abs(dx) < 4 and abs(dy) < 4:
            return InputFrame.of(pressed=[Intent.INTERACT]) if tap else InputFrame()
        held = set()
        if dx > 2:
            held.add(Intent.RIGHT)
        elif dx < -2:
            held.add(Intent.LEFT)
        if dy > 2:
            held.add(Intent.DOWN)
        elif dy < -2:
            held.add(Intent.UP)
        return InputFrame.of(held)

    def _dialogue(self, scene, tap: bool) -> InputFrame:
        if not tap or scene.finished:
            return InputFrame()
        if scene.choices:
            if not scene.accepts_choice:
                return InputFrame()  # choices wait to be read before they take a press
            target = self.policy.pick(scene.session.story, scene.choices, scene.session.chapter)
            if scene.cursor < target:
                return InputFrame.of(pressed=[Intent.DOWN])
            if scene.cursor > target:
                return InputFrame.of(pressed=[Intent.UP])
        return InputFrame.of(pressed=[Intent.INTERACT])

    def _explore(self, scene, session) -> InputFrame:
        if scene.transitioning:
            return InputFrame()
        if scene.level is not self.level:  # a new map: plans made on the old one are void
            self.level, self.walker = scene.level, None
            if self.goal and self.goal.startswith("door:") and scene.map_name == self.goal[5:]:
                self.goal = None
        if session.chapter != self.chapter:
            self.chapter = session.chapter
            self.steps = list(self.walkthrough.get(self.chapter, []))
            self.walker, self.goal = None, None
        self._skip_what_is_done(scene, session)
        if self.walker is not None and not self.walker.done:
            if self.walker.stuck_ticks < 90:
                return self.walker.frame(_feet(scene.level))
            self.walker = None  # stuck: plan again from here
        if self.goal is None:
            if not self.steps:
                self.idle_ticks += 1
                return InputFrame()
            self.goal = self.steps.pop(0)
        return self._reach(scene, self.goal)

    def _skip_what_is_done(self, scene, session) -> None:
        """A chapter taken up mid-way (Continue) goes on where the player was: a step whose knot has been
        told is done, and a door to the map he stands on is behind him. Steps are skipped from the
        front only, so a step still to do is never passed over."""
        def done(step: str) -> bool:
            if step.startswith("door:"):
                return step[5:] == scene.map_name
            return session.story.visits(step) > 0

        if self.goal is not None and not self.goal.startswith("door:") and done(self.goal):
            self.goal, self.walker = None, None  # told while he walked to it (a conversation taken up again)
        while self.goal is None and self.steps and done(self.steps[0]):
            self.steps.pop(0)

    # -- reaching a goal --------------------------------------------------------
    def _reach(self, scene, goal: str) -> InputFrame:
        level = scene.level
        entity = find_goal(level, goal)
        if entity is None:
            raise ContentError(level.map.display_path(), goal,
                               f"the walkthrough's step '{goal}' is not on this map (chapter {self.chapter})")
        world = level.world
        if world.has(entity, Door) or world.has(entity, Trigger):
            # walk into it: any cell whose feet point lies inside the area; a door's step
            # is done when the map changes, a trigger's when it has fired
            trigger = world.find(entity, Trigger)
            if trigger is not None and trigger.fired:
                self.goal = None
                return InputFrame()
            area = world.get(entity, Area)
            path = find_path(level, _here(level), lambda cell: area.contains(*cell_feet(level, *cell)),
                             avoid=_doors_except(level, entity))
            if path is None:
                raise ContentError(level.map.display_path(), goal, "the walkthrough cannot reach this step on foot")
            if len(path) == 1:  # standing in it already: step out and back in
                path = find_path(level, _here(level), lambda cell: not area.contains(*cell_feet(level, *cell)))
            self.walker = level_walker(level, path)
            return self.walker.frame(_feet(level))
        # something to use: stand next to it, face it, press Interact
        if level.focus == entity:
            if not scene.accepts_interact:
                return InputFrame()  # a box has just closed: Interact would be ignored
            if level.usable != entity:  # just used: he turns away and back before using it again
                return InputFrame.of([FACE[OPPOSITE[level.player_facing]]])
            self.goal = None
            return InputFrame.of(pressed=[Intent.INTERACT])
        position = level.player_position
        for direction, intent in FACE.items():
            if level.usable_at(position.x, position.y, direction) == entity:
                return InputFrame.of([intent])  # turn toward it
        path = find_path(level, _here(level),
                         lambda cell: any(level.usable_at(*cell_feet(level, *cell), d) == entity for d in FACE),
                         avoid=_doors_except(level, None))
        if path is None:
            raise ContentError(level.map.display_path(), goal, "the walkthrough cannot reach this step on foot")
        if len(path) == 1:  # in the right cell but off its spot (taken up mid-stride): step onto the spot
            path = path * 2
        self.walker = level_walker(level, path)
        return self.walker.frame(_feet(level))


def find_goal(level, goal: str) -> int | None:
    world = level.world
    if goal.startswith("door:"):
        target = goal.split(":", 1)[1]
        for entity, door in world.query(Door):
            if door.target_map == target:
                return entity
        return None
    for entity, dialogue in world.query(Dialogue):
        if dialogue.knot == goal:
            return entity
    return None


def _feet(level) -> tuple[float, float]:
    position = level.player_position
    return position.x, position.y


def _here(level) -> tuple[int, int]:
    position = level.player_position
    return cell_of(level, position.x, position.y)


def _doors_except(level, keep: int | None) -> frozenset:
    tw, th = level.map.tile_w, level.map.tile_h
    cells = set()
    for entity, area, _ in level.world.query(Area, Door):
        if entity == keep:
            continue
        for cx in range(int(area.x // tw), int((area.x + area.w - 1) // tw) + 1):
            for cy in range(int(area.y // th), int((area.y + area.h - 1) // th) + 1):
                cells.add((cx, cy))
    return frozenset(cells)
