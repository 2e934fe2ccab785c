"""--monkey SECONDS: a seeded random but plausible player, to shake out what breaks.

It acts only through intents (and, in Controls, the raw key a person would press),
like `--autoplay`, but without a plan: it walks with directions held a while, walks up
to things and uses them, reads or skips dialogue and picks choices at random, opens the
pause menu, changes settings, rebinds keys, saves and quits to the title and continues,
and plays the Berlin games with random input or, now and then, the scripted winner
(game/berlin/<game>/players.py). Everything it does comes from `random.Random` seeded by the
run's seed, so a monkey run is replayable; its intents are recorded like any run's.

It soaks one chapter at a time, SECONDS of game time each, starting the chapter afresh
(a `restart` event in the recording) whenever the story carries it elsewhere. In each
chapter it first tours the settings, as a new player might: every setting through its
values, a key rebound. (So every path is warmed early, and a soak's memory at the end
can be compared with its memory at the start.)
"""

from __future__ import annotations

import random
import weakref

from game.berlin.registry import winner_for
from game.core.input import InputFrame, Intent, conflict
from game.core.seeds import derive
from game.diagnostics.replay import perform
from game.players.scripted import FACE, level_walker, path_to
from game.world.components import Interactable
from game.world.pathfind import cell_feet

NOTHING = InputFrame()
DIRECTIONS = (Intent.UP, Intent.DOWN, Intent.LEFT, Intent.RIGHT)
TITLE_PATIENCE = 60 * 20  # ticks at the title before starting the chapter afresh
PLAN_LIMIT = 60 * 60  # no single plan runs longer than a minute of game time
# keys offered when rebinding: free ones, and a few already used (the menu must refuse those)
FREE_KEY_NAMES = ("f", "g", "h", "j", "k", "l", "i", "o", "u", "y")
KEY_NAMES = FREE_KEY_NAMES + ("e", "p", "space", "escape", "w")


def tap(intent: Intent) -> list[InputFrame]:
    """A press and a release: a person cannot press the same button on two ticks in a row."""
    return [InputFrame.of(pressed=[intent]), NOTHING]


class Monkey:
    """An inputs hook: `Monkey(app, chapters, seconds, seed)`, called once per tick with the context."""

    def __init__(self, app, chapters: list[str], seconds: float, seed: int, announce=print, on_tick=None):
        self.app = app
        self.chapters = list(chapters)
        self.ticks_each = max(1, round(seconds * 60))
        self.rng = random.Random(derive(seed, "monkey"))
        self.announce = announce
        self.on_tick = on_tick  # called with the tick number before each tick (the soak samples memory)
        self.tick = 0
        self.restarts = 0
        self.strategies = 0
        self._chapter_index = 0
        self._plan = None
        self._plan_for = None
        self._plan_ticks = 0
        self._at_title = 0
        self._modes: dict[int, object] = {}  # minigame scene id -> its player ("random" or a strategy)
        self._minigame_scene = None  # a weak reference: the monkey must not keep a game that is over
        self._tour: str | bool = "settings"  # the settings tour still to do in this chapter

    @property
    def total_ticks(self) -> int:
        return self.ticks_each * len(self.chapters)

    @property
    def chapter(self) -> str:
        return self.chapters[min(self._chapter_index, len(self.chapters) - 1)]

    # -- each tick ----------------------------------------------------------------------------
    def __call__(self, ctx) -> InputFrame:
        if self.on_tick is not None:
            self.on_tick(self.tick)
        index = self.tick // self.ticks_each
        restarted = False
        if index != self._chapter_index and index < len(self.chapters):
            self._chapter_index = index
            self.announce(f"MONKEY: {self.chapter}")
            perform(self.app, {"restart": self.chapter})
            self._tour, restarted = "settings", True
        elif self._left_chapter(ctx):
            self.restarts += 1
            perform(self.app, {"restart": self.chapter})
            restarted = True
        self.tick += 1
        if restarted:
            # the stack is replaced during this tick: no plan for the scene on its way out (a plan holds
            # its scene, and the new map's gc.freeze would then keep the old map for a whole map)
            self._plan = self._plan_for = None
            return NOTHING
        return self._next_frame(ctx)

    def _left_chapter(self, ctx) -> bool:
        session = ctx.session
        at_title = any(scene.kind == "title" for scene in ctx.scenes.scenes)
        self._at_title = self._at_title + 1 if at_title else 0
        if at_title:
            return self._at_title > TITLE_PATIENCE
        if session is None or not ctx.scenes.scenes:
            return True
        return bool(session.chapter) and session.chapter != self.chapter

    def _next_frame(self, ctx) -> InputFrame:
        top = ctx.scenes.top
        if top is not self._plan_for or self._plan is None or self._plan_ticks > PLAN_LIMIT:
            self._plan, self._plan_for, self._plan_ticks = self._choose(ctx, top), top, 0
        for _ in range(100):  # events (a raw key) take no tick; a frame does
            try:
                step = next(self._plan)
            except StopIteration:
                self._plan, self._plan_ticks = self._choose(ctx, top), 0
                continue
            if isinstance(step, dict):
                perform(self.app, step)
                continue
            self._plan_ticks += 1
            return step
        return NOTHING

    # -- choosing what to do --------------------------------------------------------------------
    def _choose(self, ctx, top):
        """A plan for the screen on top, by its `kind` (game/core/scenes.py)."""
        if top is None:
            return iter([NOTHING])
        if self._modes and self._current_minigame() not in ctx.scenes.scenes:
            self._modes = {}  # that game is over: its scripted winner, which holds its scene, goes too
        plans = {
            "minigame": lambda: self._minigame(ctx, top),
            "explore": lambda: self._explore(top),
            "dialogue": lambda: self._dialogue(top),
            "message": self._message,
            "confirm": lambda: self._confirm(top),
            "pause": lambda: self._pause_menu(top),
            "settings": lambda: self._settings(ctx, top),
            "controls": lambda: self._controls(top),
            "title": lambda: self._title(top),
            "starlit": lambda: self._stars(top),
            "credits": self._credits,
        }
        plan = plans.get(top.kind)
        return plan() if plan is not None else self._random_keys(30)

    def _hold(self, intents, ticks: int):
        frame = InputFrame.of(intents)
        for _ in range(ticks):
            yield frame

    def _wait(self, low: int, high: int):
        return self._hold((), self.rng.randint(low, high))

    def _random_direction(self) -> list[Intent]:
        first = self.rng.choice(DIRECTIONS)
        if self.rng.random() < 0.3:
            second = self.rng.choice([d for d in DIRECTIONS if d not in (first, _opposite(first))])
            return [first, second]
        return [first]

    def _random_keys(self, ticks: int):
        rng = self.rng
        for _ in range(ticks):
            roll = rng.random()
            if roll < 0.15:
                yield from tap(rng.choice((Intent.INTERACT, Intent.BACK, *DIRECTIONS)))
            else:
                yield from self._hold(self._random_direction() if roll < 0.6 else (), rng.randint(1, 20))

    def _cursor_to(self, scene, target: int, cursor="cursor", limit: int = 40):
        """Up and down taps until the menu's cursor is on `target`."""
        for _ in range(limit):
            here = getattr(scene, cursor)
            if here == target:
                return
            yield from tap(Intent.DOWN if here < target else Intent.UP)

    # -- walking ---------------------------------------------------------------------------------
    def _explore(self, scene):
        rng = self.rng
        if scene.transitioning:
            yield from self._wait(1, 5)
            return
        if self._tour:
            yield from self._wait(10, 30)
            yield from tap(Intent.PAUSE)
            return
        roll = rng.random()
        if roll < 0.40:
            yield from self._hold(self._random_direction(), rng.randint(8, 120))
        elif roll < 0.52:
            yield from self._wait(5, 45)
        elif roll < 0.80:
            yield from self._seek(scene)
        elif roll < 0.90:
            yield from tap(Intent.INTERACT)
        elif roll < 0.97:
            yield from tap(Intent.PAUSE)
        else:
            yield from tap(rng.choice((Intent.BACK, Intent.INTERACT)))

    def _seek(self, scene):
        """Walk up to something that can be used, face it and use it, as a person would."""
        level = scene.level
        things = [entity for entity, _ in level.world.query(Interactable)]
        if not things:
            return
        entity = self.rng.choice(sorted(things))
        path = path_to(level, lambda cell: any(
            level.usable_at(*_feet(level, cell), direction) == entity for direction in FACE))
        if path is None:
            return
        walker = level_walker(level, path)
        for _ in range(60 * 20):
            if walker.done or walker.stuck_ticks > 60 or scene.level is not level:
                break
            position = level.player_position
            yield walker.frame((position.x, position.y))
        position = level.player_position
        for direction, intent in FACE.items():
            if level.usable_at(position.x, position.y, direction) == entity:
                yield InputFrame.of([intent])
                break
        yield from tap(Intent.INTERACT)

    # -- reading ---------------------------------------------------------------------------------
    def _dialogue(self, scene):
        rng = self.rng
        if rng.random() < 0.01 or self._tour and not scene.finished:
            yield from tap(Intent.PAUSE)
            return
        if scene.finished:
            yield NOTHING
            return
        if scene.choices:
            yield from self._wait(0, 30)
            yield from self._cursor_to(scene, rng.randrange(len(scene.choices)))
            yield from tap(Intent.INTERACT)
            return
        if scene.typing and rng.random() < 0.6:
            yield from self._wait(1, 40)  # reads as it types
            return
        yield from self._wait(0, 20)
        yield from tap(Intent.INTERACT if rng.random() < 0.9 else Intent.BACK)

    def _message(self):
        yield from self._wait(0, 60)
        yield from tap(Intent.INTERACT if self.rng.random() < 0.8 else Intent.BACK)

    # -- menus -----------------------------------------------------------------------------------
    def _title(self, scene):
        rng = self.rng
        items = scene.items
        weights = {"continue": 0.75, "new": 0.15, "settings": 0.10}  # never Quit: the soak goes on
        choices = [item for item in items if item in weights]
        wanted = rng.choices(choices, [weights[item] for item in choices])[0]
        yield from self._wait(5, 40)
        yield from self._cursor_to(scene, scene.items.index(wanted))
        yield from tap(Intent.INTERACT)

    def _confirm(self, menu):
        """A question (New game over a saved evening), answered at random."""
        yield from self._wait(5, 40)
        yield from self._cursor_to(menu, self.rng.randrange(len(menu.items)))
        yield from tap(Intent.INTERACT)

    def _pause_menu(self, menu):
        rng = self.rng
        choice = rng.choices((0, 1, 2, "back"), (0.35, 0.4, 0.15, 0.1))[0]  # resume, settings, save and quit
        if self._tour:
            choice = 1
        yield from self._wait(3, 30)
        if choice == "back":
            yield from tap(Intent.BACK)
            return
        yield from self._cursor_to(menu, choice)
        yield from tap(Intent.INTERACT)

    def _settings(self, ctx, menu):
        rng = self.rng
        size = len(menu.items)
        has_controls = ctx.input is not None
        values = size - (2 if has_controls else 1)  # the items that change a value
        if self._tour == "settings":
            yield from self._tour_settings(menu, values)
            if has_controls:
                self._tour = "controls"
                yield from self._cursor_to(menu, size - 2)
                yield from tap(Intent.INTERACT)
                return
            self._tour = "back"
        if self._tour == "back":
            self._tour = False
            yield from tap(Intent.BACK)
            return
        for _ in range(rng.randint(1, 4)):
            yield from self._cursor_to(menu, rng.randrange(values))
            for _ in range(rng.randint(1, 3)):
                yield from tap(rng.choice((Intent.LEFT, Intent.RIGHT)))
        if has_controls and rng.random() < 0.35:
            yield from self._cursor_to(menu, size - 2)
            yield from tap(Intent.INTERACT)
            return
        if rng.random() < 0.5:
            yield from self._cursor_to(menu, size - 1)
            yield from tap(Intent.INTERACT)
        else:
            yield from tap(Intent.BACK)

    def _tour_settings(self, menu, values: int):
        """Every setting through its values (six steps: round the window's modes and back to the start)."""
        for index in range(values):
            yield from self._cursor_to(menu, index)
            for _ in range(6):
                yield from tap(Intent.RIGHT)
                yield from self._wait(0, 3)

    def _controls(self, menu):
        rng = self.rng
        touring = self._tour == "controls"
        if touring:
            self._tour = "back"
        if touring or rng.random() < 0.8:
            index = rng.randrange(len(Intent))
            yield from self._cursor_to(menu, index)
            yield from tap(Intent.INTERACT)  # Controls now waits for a key
            pg = self.app.pygame
            names = KEY_NAMES
            if touring:  # the tour picks a key no other action uses, as the Controls screen shows them
                collector = self.app.collector
                intent = list(Intent)[index]
                names = [name for name in FREE_KEY_NAMES
                         if conflict(collector.keys, intent, pg.key.key_code(name)) is None] or KEY_NAMES
            name = rng.choice(names)
            yield {"key": pg.key.key_code(name), "name": name}
            yield from self._wait(2, 20)
        yield from tap(Intent.BACK)

    # -- the stars and the credits ---------------------------------------------------------------
    def _stars(self, scene):
        rng = self.rng
        if scene.phase != "trace":
            yield from self._wait(1, 10)
            yield from tap(Intent.INTERACT)
            return
        roll = rng.random()
        if roll < 0.6:
            yield from self._hold(self._random_direction(), rng.randint(5, 60))
        elif roll < 0.9:
            yield from tap(Intent.INTERACT)
        else:
            yield from tap(Intent.BACK)

    def _credits(self):
        yield from self._wait(30, 300)
        if self.rng.random() < 0.5:
            yield from tap(Intent.BACK)

    # -- the Berlin games ------------------------------------------------------------------------
    def _current_minigame(self):
        return self._minigame_scene() if self._minigame_scene is not None else None

    def _minigame(self, ctx, scene):
        """Random input mostly; for one game in three, the scripted winner plays it from the start."""
        if scene is not self._current_minigame():
            self._minigame_scene = weakref.ref(scene)
            self._modes = {id(scene): "random"}
            if self.rng.random() < 0.35:
                self._modes[id(scene)] = winner_for(scene)
                self.strategies += 1
        mode = self._modes.get(id(scene), "random")
        if mode != "random":
            for _ in range(600):  # a little at a time, so a pause menu on top still gets its own plan
                yield mode(ctx)
            return
        rng = self.rng
        if scene.phase in ("intro", "result"):
            yield from self._wait(5, 60)
            if scene.phase == "result" and scene.choices:
                yield from self._cursor_to(scene, rng.randrange(len(scene.choices)))
            yield from tap(Intent.INTERACT)
            return
        roll = rng.random()
        if roll < 0.005:
            yield from tap(Intent.PAUSE)
        elif roll < 0.6:
            yield from self._hold(self._random_direction(), rng.randint(5, 90))
        elif roll < 0.85:
            yield from tap(rng.choice((Intent.INTERACT, Intent.INTERACT, Intent.BACK, *DIRECTIONS)))
        else:
            yield from self._wait(5, 60)


def _opposite(intent: Intent) -> Intent:
    return {Intent.UP: Intent.DOWN, Intent.DOWN: Intent.UP,
            Intent.LEFT: Intent.RIGHT, Intent.RIGHT: Intent.LEFT}[intent]


def _feet(level, cell):
    return cell_feet(level, *cell)
