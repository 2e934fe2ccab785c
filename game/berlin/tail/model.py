"""The tail: follow the courier through the streets to his handler without being made.

Pure logic, no pygame. Randomness from ``random.Random(seed)``; time only through ``update``.

The rules, in plain words:

- **The courier** walks his route (a polyline from the map) at ``COURIER_SPEED`` and sees with a
  cone (``COURIER_FOV``, ``courier_range``) along his way. At seeded points along the route
  (the first after ``FIRST_MOVE_PX``, then every ``MOVE_GAP`` px) he makes a
  counter-surveillance move:
    * ``"window"``: stops ``WINDOW_TIME`` s at a shop window (facing the side of the street);
    * ``"glance"``: a tell first (``TELL_TIME`` s standing still: the scene shows a small ``?``),
      then he looks straight at where the player is for ``GLANCE_TIME`` s;
    * ``"double_back"``: the same tell, then he walks back ``DOUBLE_BACK_PX`` along his route
      looking back, pauses ``TURN_PAUSE`` s, and goes on.
  When the meter reaches ``?`` he stops and *checks*: looks at the player for ``CHECK_TIME`` s,
  and goes on looking as long as he still sees him.
  At the route's end he meets his handler for ``MEET_TIME`` s, then they part.
- **The player** moves with ``move(dx, dy, dt)`` at ``PLAYER_SPEED`` (``RUN_FACTOR`` faster when
  running), stopped by walls. ``hide()`` works inside a cover rectangle and lasts until he moves.
- **Suspicion** (suspicion.py) rises from the courier's ``vision.visibility`` of the player
  (nearness, light, cover, hiding), more when the player moves or runs, and cools when unseen.
  ``!`` = made = lost. **Fairness**: only an observer on the player's screen (``screen``, 480x270,
  following him as the camera does) can raise it; nothing spots the player from off-screen.
- **Losing him**: the player is *in contact* while the courier is on his screen
  or within ``CONTACT_PX`` and in line of sight. Each tick in contact notes ``last_known`` (where
  he was) and ``last_heading`` (the way his route goes on from there), so the moment he turns a
  corner out of sight the scene can mark where he was last seen and where he went. Out of
  contact for ``LOSE_AFTER`` s (the grace, time to catch up round the corner), ``lost_him`` is
  set; regaining contact within ``REFIND_GRACE`` s more clears it, else lost.
- **Win**: be within ``WATCH_PX`` of the meeting point, in line of sight of it, while the courier
  is there. If the meeting ends first, lost ("missed").
- **Assist**: suspicion rises half as fast, the tell lasts ``ASSIST_TELL_TIME`` s and the grace
  to find him again is ``ASSIST_REFIND_GRACE`` s.
"""

from __future__ import annotations

import math
import random

from game.minigames.on_foot import OnFoot, Watcher
from game.minigames.suspicion import Suspicion
from game.minigames.vision import Observer, Polyline, Walls, cone_points, line_of_sight, point_in_rect

COURIER_SPEED = 40.0
COURIER_FOV = math.radians(100)
COURIER_RANGE = 112.0
FIRST_MOVE_PX = 140.0
MOVE_GAP = (160.0, 300.0)
MOVE_WEIGHTS = {"glance": 0.45, "window": 0.3, "double_back": 0.25}
WINDOW_TIME = 2.5
TELL_TIME = 0.8
ASSIST_TELL_TIME = 1.3
GLANCE_TIME = 1.5
DOUBLE_BACK_PX = 40.0
TURN_PAUSE = 0.5
CHECK_TIME = 1.5
MEET_TIME = 25.0
CONTACT_PX = 200.0
LOSE_AFTER = 10.0  # the grace after he turns out of sight: time to walk round the corner
AHEAD_PX = 16.0  # how far on along his route "where he went" looks
FIGURE_PX = 16.0  # how far below the screen his feet may be while his head and shoulders show
REFIND_GRACE = 15.0
ASSIST_REFIND_GRACE = 25.0
WATCH_PX = 112.0
RISE = 1.2
DECAY = 0.2


class Tail(OnFoot):
    """`map_size` (w, h px) is the map's, for the player's screen; None: a street with no edges."""

    def __init__(self, route, walls=(), cover=(), lights=(), seed: int = 0, assist: bool = False,
                 start=None, handler=None, courier_range: float = COURIER_RANGE, map_size=None):
        self.route = Polyline(route)
        self.walls = Walls(walls)
        self.cover = [tuple(c) for c in cover]
        self.lights = list(lights)
        self.seed = seed
        self.assist = assist
        self.courier_range = courier_range
        end = self.route.point_at(self.route.length)
        self.meeting_point = end
        self.handler = tuple(handler) if handler else None
        if start is None:
            back = self.route.heading_at(0) + math.pi
            x0, y0 = self.route.point_at(0)
            start = (x0 + math.cos(back) * 80, y0 + math.sin(back) * 80)
        self.start = (float(start[0]), float(start[1]))
        self.moves = self._plan_moves()
        self._make_screen(map_size)
        self.reset()

    def _plan_moves(self) -> list[tuple[float, str]]:
        rng = random.Random(self.seed)
        kinds, weights = zip(*MOVE_WEIGHTS.items())
        moves = []
        s = FIRST_MOVE_PX
        while s < self.route.length - 60:
            moves.append((s, rng.choices(kinds, weights)[0]))
            s += rng.uniform(*MOVE_GAP)
        return moves

    def reset(self) -> None:
        """Start the tail again from the beginning (same route, same moves)."""
        self.player = self.start
        self.hidden = False
        self._moved = False
        self._ran = False
        self.s = 0.0
        self.courier_state = "walk"
        self.state_time = 0.0
        self.facing = self.route.heading_at(0)
        self.next_move = 0
        self.pending = None  # the move announced by a tell
        self.back_until = 0.0
        self.suspicion = Suspicion(RISE, DECAY, assist=self.assist)
        self.seen_amount = 0.0
        self.seen_by: list[str] = []
        self.out_of_contact = 0.0
        self.lost_him = False
        self.lost_for = 0.0
        self.last_known = self.courier_pos
        self.last_heading = self.route.heading_at(AHEAD_PX)
        self._centre_screen()
        self.outcome: str | None = None
        self.reason: str | None = None
        self.time = 0.0

    def snapshot(self) -> dict:
        """(His route, his moves along it and the streets come from the map and the seed.)"""
        return {"seed": self.seed, "assist": self.assist, "time": self.time, "player": list(self.player),
                "hidden": self.hidden, "moved": self._moved, "ran": self._ran, "s": self.s,
                "courier_state": self.courier_state, "state_time": self.state_time, "facing": self.facing,
                "next_move": self.next_move, "pending": self.pending, "back_until": self.back_until,
                "suspicion": self.suspicion.snapshot(), "seen_amount": self.seen_amount,
                "seen_by": list(self.seen_by), "out_of_contact": self.out_of_contact, "lost_him": self.lost_him,
                "lost_for": self.lost_for, "last_known": list(self.last_known), "last_heading": self.last_heading,
                "screen": self.screen.snapshot(), "outcome": self.outcome, "reason": self.reason}

    # --- what the scene reads
    @property
    def courier_pos(self) -> tuple[float, float]:
        return self.route.point_at(self.s)

    @property
    def tell(self) -> bool:
        """The courier is about to turn (draw a small '?')."""
        return self.courier_state == "tell"

    def courier_observer(self) -> Observer:
        x, y = self.courier_pos
        return Observer(x, y, self.facing, COURIER_FOV, self.courier_range)

    def watchers(self) -> list[Watcher]:
        """The courier, the one watcher: the meter's state shows over his head, or a '?' for his tell."""
        state = self.suspicion.state
        mark = state if state != "calm" else ("?" if self.tell else "calm")
        return [Watcher("courier", self.courier_observer(), self.courier_state in ("walk", "double_back"),
                        "courier" in self.seen_by, mark)]

    def cone(self) -> list[tuple[float, float]]:
        o = self.courier_observer()
        return cone_points(o.pos, o.facing, o.fov, o.range, self.walls)

    @property
    def in_contact(self) -> bool:
        """He is on the player's screen (his head still shows when his feet are just below it),
        or near enough and in line of sight."""
        c = self.courier_pos
        x, y, w, h = self.screen_rect
        if point_in_rect(c, (x, y, w, h + FIGURE_PX)):
            return True
        return (math.hypot(c[0] - self.player[0], c[1] - self.player[1]) <= CONTACT_PX
                and line_of_sight(self.player, c, self.walls))

    @property
    def out_of_sight(self) -> bool:
        """He has gone out of sight (the scene marks where he was last seen, and his way on)."""
        return self.out_of_contact > 0

    @property
    def refind_grace(self) -> float:
        return ASSIST_REFIND_GRACE if self.assist else REFIND_GRACE

    # --- time
    def _play(self, dt: float) -> None:
        self.time += dt
        self._update_courier(dt)
        self._update_suspicion(dt)
        self._moved = self._ran = False
        if self.outcome is None:
            self._update_contact(dt)
        if self.outcome is None:
            self._check_win()

    def _face_player(self) -> None:
        c = self.courier_pos
        if self.player != c:
            self.facing = math.atan2(self.player[1] - c[1], self.player[0] - c[0])

    def _set_state(self, state: str) -> None:
        self.courier_state = state
        self.state_time = 0.0

    def _update_courier(self, dt: float) -> None:
        self.state_time += dt
        state = self.courier_state
        tell_time = ASSIST_TELL_TIME if self.assist else TELL_TIME
        if state == "walk":
            self.s = min(self.route.length, self.s + COURIER_SPEED * dt)
            self.facing = self.route.heading_at(self.s)
            if self.s >= self.route.length:
                self._set_state("meeting")
                if self.handler:
                    c = self.courier_pos
                    self.facing = math.atan2(self.handler[1] - c[1], self.handler[0] - c[0])
            elif self.next_move < len(self.moves) and self.s >= self.moves[self.next_move][0]:
                kind = self.moves[self.next_move][1]
                self.next_move += 1
                if kind == "window":
                    self._set_state("window")
                    side = 1 if self.next_move % 2 else -1
                    self.facing = self.route.heading_at(self.s) + side * math.pi / 2
                else:
                    self.pending = kind
                    self._set_state("tell")
        elif state == "window":
            if self.state_time >= WINDOW_TIME:
                self._set_state("walk")
        elif state == "tell":
            if self.state_time >= tell_time:
                if self.pending == "glance":
                    self._set_state("glance")
                    self._face_player()
                else:
                    self._set_state("double_back")
                    self.back_until = max(0.0, self.s - DOUBLE_BACK_PX)
                self.pending = None
        elif state == "glance":
            if self.state_time >= GLANCE_TIME:
                self._set_state("walk")
        elif state == "double_back":
            self.s = max(self.back_until, self.s - COURIER_SPEED * dt)
            self.facing = self.route.heading_at(self.s) + math.pi
            if self.s <= self.back_until:
                self._set_state("turn")
        elif state == "turn":
            if self.state_time >= TURN_PAUSE:
                self._set_state("walk")
        elif state == "check":
            if self.state_time >= CHECK_TIME:
                if self.seen_amount > 0:  # still sees him: keeps looking
                    self._set_state("check")
                    self._face_player()
                else:
                    self._set_state("meeting" if self.s >= self.route.length else "walk")
        elif state == "meeting":
            if self.state_time >= MEET_TIME:
                self._set_state("gone")
                self.outcome, self.reason = "lost", "missed"

    def _update_suspicion(self, dt: float) -> None:
        self.seen_amount = self.sightings([self.courier_observer()])[0]
        self.seen_by = ["courier"] if self.seen_amount > 0 else []
        self.suspicion.update(dt, self.seen_amount, self._moved, self._ran)
        if self.suspicion.question and self.courier_state not in ("check", "gone"):
            self._set_state("check")  # he turns and checks
            self._face_player()
        if self.suspicion.made:
            self.outcome, self.reason = "lost", "made"

    def _update_contact(self, dt: float) -> None:
        if self.in_contact:
            self.out_of_contact = 0.0
            self.lost_him = False
            self.lost_for = 0.0
            self.last_known = self.courier_pos
            self.last_heading = self.route.heading_at(min(self.route.length, self.s + AHEAD_PX))
            return
        self.out_of_contact += dt
        if self.out_of_contact >= LOSE_AFTER:
            self.lost_him = True
            self.lost_for += dt
            if self.lost_for >= self.refind_grace:
                self.outcome, self.reason = "lost", "lost_him"

    def _check_win(self) -> None:
        if self.courier_state != "meeting":
            return
        m = self.meeting_point
        if (math.hypot(m[0] - self.player[0], m[1] - self.player[1]) <= WATCH_PX
                and line_of_sight(self.player, m, self.walls)):
            self.outcome, self.reason = "won", "met"
