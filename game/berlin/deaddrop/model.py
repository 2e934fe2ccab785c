"""The dead drop: make the swap under the patrols' eyes, then get out.

Pure logic, no pygame. Randomness from ``random.Random(seed)``; time only through ``update``.

The rules, in plain words:

- **Patrols** walk their routes (polylines from the map) at their ``speed``: ``"loop"`` routes go
  round and back to the first point, ``"pingpong"`` routes walk to the end and back. At every
  route point they stop ``pause`` s (plus a seeded jitter of up to ``PAUSE_JITTER`` s) to look
  along their way. Each sees with a cone (``fov``, ``range``) in the direction he walks.
- **The player** moves with ``move(dx, dy, dt)`` (walls stop him), can ``hide()`` in cover until
  he moves, and *holds* ``act(True)`` at the drop (within ``DROP_RADIUS``) for ``SWAP_TIME`` s to
  make the swap. Letting go resets the swap (assist keeps it); being seen while at it resets it
  (``interrupted`` is True for that update). Acting counts as moving for suspicion.
- **Suspicion** is one shared meter (suspicion.py) fed by the plainest view any guard has of the
  player this tick (``vision.visibility``: nearness, light, cover, hiding). At ``?`` that guard
  stops and checks: he looks at the player for ``CHECK_TIME`` s, and goes on looking as long as
  he still sees him. ``!`` = made = lost.
  **Fairness**: only guards on the player's screen (``screen``, 480x270, following him as the
  camera does) can raise it. ``seen_by`` names who sees him right now, so the scene can show why.
- **Win**: the swap done, reach the exit zone (a rectangle).
- **Assist**: suspicion rises half as fast, the swap takes ``ASSIST_SWAP_TIME`` s and is not lost
  when the button is let go.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from game.minigames.on_foot import OnFoot, Watcher
from game.minigames.suspicion import Suspicion
from game.minigames.vision import Observer, Polyline, Walls, cone_points, point_in_rect

DROP_RADIUS = 16.0
SWAP_TIME = 1.5
ASSIST_SWAP_TIME = 1.0
CHECK_TIME = 2.0
PAUSE_JITTER = 0.4
RISE = 1.2
DECAY = 0.2


@dataclass
class PatrolSpec:
    """A guard as placed in the map: his route and how he walks and sees."""

    route: list
    mode: str = "pingpong"  # or "loop"
    speed: float = 36.0
    fov: float = math.radians(90)
    range: float = 112.0
    pause: float = 1.0
    name: str = "guard"


class Guard:
    """A patrol walking his route from stop to stop (the route's points), pausing at each."""

    def __init__(self, spec: PatrolSpec, jitter: list[float]):
        self.spec = spec
        points = [tuple(p) for p in spec.route]
        if spec.mode == "loop" and points[0] != points[-1]:
            points.append(points[0])
        self.path = Polyline(points)
        self.stops = self.path.vertex_distances()
        self.jitter = jitter
        self.s = 0.0
        self.direction = 1
        self.target = 1  # index of the stop he walks to
        self.state = "walk"  # "walk", "pause" or "check"
        self.timer = 0.0
        self.facing = self.path.heading_at(0.0)
        self.seeing = None  # where he saw the player at the last update, if he did

    def snapshot(self) -> dict:
        """(His route comes from the map, his pauses' jitter from the seed; `pos` follows from `s`.)"""
        return {"name": self.spec.name, "s": self.s, "direction": self.direction, "target": self.target,
                "state": self.state, "timer": self.timer, "facing": self.facing,
                "seeing": list(self.seeing) if self.seeing is not None else None}

    @property
    def s(self) -> float:
        """How far along his route he is (px); `pos` is where that is on the map."""
        return self._s

    @s.setter
    def s(self, value: float) -> None:
        self._s = value
        self.pos = self.path.point_at(value)  # asked for many times a tick: worked out once per step

    def observer(self) -> Observer:
        x, y = self.pos
        return Observer(x, y, self.facing, self.spec.fov, self.spec.range)

    def check(self, target) -> None:
        """Stop and look at target for CHECK_TIME seconds (the '?')."""
        x, y = self.pos
        if (x, y) != tuple(target):
            self.facing = math.atan2(target[1] - y, target[0] - x)
        self.state, self.timer = "check", 0.0

    def _next_target(self) -> None:
        last = len(self.stops) - 1
        if self.spec.mode == "loop":
            if self.target == last:
                self.s, self.target = 0.0, 1
            else:
                self.target += 1
        else:
            if self.target == last:
                self.direction = -1
            elif self.target == 0:
                self.direction = 1
            self.target += self.direction

    def update(self, dt: float) -> None:
        self.timer += dt
        if self.state == "check":
            if self.timer >= CHECK_TIME:
                if self.seeing is not None:  # still sees him: keeps looking
                    self.check(self.seeing)
                else:
                    self.state, self.timer = "walk", 0.0
            return
        if self.state == "pause":
            if self.timer < self.spec.pause + self.jitter[self.target % len(self.jitter)]:
                return
            self.state, self.timer = "walk", 0.0
            self._next_target()
        goal = self.stops[self.target]
        x, y = self.pos
        gx, gy = self.path.points[self.target]
        if (gx, gy) != (x, y):
            self.facing = math.atan2(gy - y, gx - x)
        step = self.spec.speed * dt
        if abs(goal - self.s) <= step:
            self.s = goal
            self.state, self.timer = "pause", 0.0
        else:
            self.s += step if goal > self.s else -step


class DeadDrop(OnFoot):
    """`map_size` (w, h px) is the map's, for the player's screen; None: a yard with no edges."""

    def __init__(self, patrols, drop, exit_zone, start, walls=(), cover=(), lights=(),
                 seed: int = 0, assist: bool = False, map_size=None):
        self.patrol_specs = [p if isinstance(p, PatrolSpec) else PatrolSpec(**p) for p in patrols]
        self.drop = (float(drop[0]), float(drop[1]))
        self.exit_zone = tuple(exit_zone)
        self.start = (float(start[0]), float(start[1]))
        self.walls = Walls(walls)
        self.cover = [tuple(c) for c in cover]
        self.lights = list(lights)
        self.seed = seed
        self.assist = assist
        self._make_screen(map_size)
        self.reset()

    def reset(self) -> None:
        """Start the attempt again: everyone back at his place, same seed."""
        rng = random.Random(self.seed)
        self.guards = [Guard(spec, [rng.uniform(0, PAUSE_JITTER) for _ in range(len(spec.route) + 1)])
                       for spec in self.patrol_specs]
        self.player = self.start
        self._centre_screen()
        self.hidden = False
        self._moved = self._ran = self._acting = False
        self.progress = 0.0
        self.swapped = False
        self.interrupted = False
        self.suspicion = Suspicion(RISE, DECAY, assist=self.assist)
        self.seen_amount = 0.0
        self.seen_by: list[str] = []
        self.outcome: str | None = None
        self.reason: str | None = None
        self.time = 0.0

    def snapshot(self) -> dict:
        """(The patrols' routes, the drop and the streets come from the map; their pauses from the seed.)"""
        return {"seed": self.seed, "assist": self.assist, "time": self.time, "player": list(self.player),
                "hidden": self.hidden, "moved": self._moved, "ran": self._ran, "acting": self._acting,
                "progress": self.progress, "swapped": self.swapped, "interrupted": self.interrupted,
                "guards": [guard.snapshot() for guard in self.guards], "suspicion": self.suspicion.snapshot(),
                "seen_amount": self.seen_amount, "seen_by": list(self.seen_by), "screen": self.screen.snapshot(),
                "outcome": self.outcome, "reason": self.reason}

    # --- what the scene reads
    @property
    def swap_time(self) -> float:
        return ASSIST_SWAP_TIME if self.assist else SWAP_TIME

    @property
    def at_drop(self) -> bool:
        return math.hypot(self.player[0] - self.drop[0], self.player[1] - self.drop[1]) <= DROP_RADIUS

    @property
    def swap_fraction(self) -> float:
        return 1.0 if self.swapped else min(1.0, self.progress / self.swap_time)

    def cones(self) -> list[list[tuple[float, float]]]:
        return [cone_points(o.pos, o.facing, o.fov, o.range, self.walls)
                for o in (g.observer() for g in self.guards)]

    def watchers(self) -> list[Watcher]:
        """The patrols, in the map's order: the meter's state shows over those who see him, a '?'
        over one who checks where he saw him."""
        state, watchers = self.suspicion.state, []
        for guard in self.guards:
            sees = guard.spec.name in self.seen_by
            mark = state if sees and state != "calm" else ("?" if guard.state == "check" else "calm")
            watchers.append(Watcher(guard.spec.name, guard.observer(), guard.state == "walk", sees, mark))
        return watchers

    # --- intents

    def act(self, holding: bool = True) -> None:
        """Hold (call with True every update while the button is down) to make the swap."""
        self._acting = holding

    # --- time
    def _play(self, dt: float) -> None:
        self.time += dt
        self.interrupted = False
        for guard in self.guards:
            guard.update(dt)
        acting = self._acting and self.at_drop and not self.swapped
        best, best_guard = 0.0, None
        self.seen_by = []
        for guard, amount in zip(self.guards, self.sightings([g.observer() for g in self.guards])):
            guard.seeing = self.player if amount > 0 else None
            if amount > 0:
                self.seen_by.append(guard.spec.name)
            if amount > best:
                best, best_guard = amount, guard
        self.seen_amount = best
        self.suspicion.update(dt, best, self._moved or acting, self._ran)
        if self.suspicion.question and best_guard is not None:
            best_guard.check(self.player)
        if self.suspicion.made:
            self.outcome, self.reason = "lost", "made"
            return
        if acting:
            if best > 0:
                self.progress = 0.0
                self.interrupted = True
            else:
                self.progress += dt
                if self.progress >= self.swap_time - 1e-9:
                    self.swapped = True
        elif not self.swapped and not self.assist:
            self.progress = 0.0
        self._moved = self._ran = False
        self._acting = False
        if self.swapped and point_in_rect(self.player, self.exit_zone):
            self.outcome, self.reason = "won", "escaped"
