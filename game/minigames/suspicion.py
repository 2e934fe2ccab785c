"""The suspicion meter: how close the watchers are to making the player.

Pure logic, no pygame. Time moves only through ``update(dt, ...)``.

The rules, in plain words:

- Each update the meter **rises** by ``rise_per_second * seen_amount * motion * dt``, where
  ``seen_amount`` (0..1) is how plainly he is seen this tick (see ``vision.visibility``: nearness,
  light and cover are already in it) and ``motion`` is 1 standing still, ``MOVING_FACTOR`` walking,
  ``RUNNING_FACTOR`` running.
- **Fairness cap**: the rise is never faster than ``made_at / MIN_SECONDS_TO_MADE`` per second, so
  from calm it takes at least ``MIN_SECONDS_TO_MADE`` (1.2 s) of being seen to be made, even at
  point blank in full light, and the ``?`` shows for at least
  ``(made_at - question_at) / cap`` = 0.78 s before the ``!``. Big time steps do not break this:
  what counts is seconds of being seen, not ticks.
- When unseen (``seen_amount == 0``) the meter holds for ``grace`` seconds, then **decays** by
  ``decay_per_second``.
- **States**: ``"calm"`` below ``question_at``; ``"?"`` from ``question_at`` (the watcher turns and
  checks: ``question`` is True for the one update in which the meter crossed it); it falls back
  to calm only below ``question_at - HYSTERESIS`` so the mark does not flicker; ``"!"`` at
  ``made_at``: made, the attempt is lost (``outcome == "lost"``) and the meter stops moving.
- **Assist** halves the rise and the cap (so at least 2.4 s to be made).
"""

from __future__ import annotations

MOVING_FACTOR = 1.5
RUNNING_FACTOR = 2.0
MIN_SECONDS_TO_MADE = 1.2
GRACE_SECONDS = 0.75
HYSTERESIS = 0.1
ASSIST_RISE = 0.5


class Suspicion:
    def __init__(self, rise_per_second: float = 1.0, decay_per_second: float = 0.25,
                 question_at: float = 0.35, made_at: float = 1.0, grace: float = GRACE_SECONDS,
                 assist: bool = False):
        if not 0 < question_at < made_at:
            raise ValueError("need 0 < question_at < made_at")
        self.rise_per_second = rise_per_second
        self.decay_per_second = decay_per_second
        self.question_at = question_at
        self.made_at = made_at
        self.grace = grace
        self.assist = assist
        self.reset()

    def reset(self) -> None:
        self.level = 0.0
        self.state = "calm"
        self.question = False
        self.unseen_for = 0.0
        self.seen_for = 0.0  # seconds seen since the meter was last at zero (for tests and HUD)

    def snapshot(self) -> dict:
        return {"level": self.level, "state": self.state, "question": self.question, "unseen_for": self.unseen_for,
                "seen_for": self.seen_for, "assist": self.assist}

    @property
    def max_rate(self) -> float:
        """The fastest the meter can ever rise, per second."""
        rate = self.made_at / MIN_SECONDS_TO_MADE
        return rate * ASSIST_RISE if self.assist else rate

    @property
    def made(self) -> bool:
        return self.state == "!"

    @property
    def outcome(self) -> str | None:
        return "lost" if self.made else None

    @property
    def fraction(self) -> float:
        """The meter's fill, 0..1, for drawing."""
        return min(1.0, self.level / self.made_at)

    def rate(self, seen_amount: float, target_moving: bool = False, running: bool = False) -> float:
        motion = RUNNING_FACTOR if running else MOVING_FACTOR if target_moving else 1.0
        rate = self.rise_per_second * max(0.0, min(1.0, seen_amount)) * motion
        if self.assist:
            rate *= ASSIST_RISE
        return min(rate, self.max_rate)

    def update(self, dt: float, seen_amount: float, target_moving: bool = False,
               running: bool = False) -> str:
        """Advance by dt seconds; returns the state ("calm", "?" or "!")."""
        self.question = False
        if self.made or dt <= 0:
            return self.state
        if seen_amount > 0:
            self.unseen_for = 0.0
            self.seen_for += dt
            self.level = min(self.made_at, self.level + self.rate(seen_amount, target_moving, running) * dt)
        else:
            held = max(0.0, self.grace - self.unseen_for)
            self.unseen_for += dt
            decay_time = max(0.0, dt - held)
            self.level = max(0.0, self.level - self.decay_per_second * decay_time)
            if self.level == 0.0:
                self.seen_for = 0.0
        if self.level >= self.made_at - 1e-12:
            self.level = self.made_at
            self.state = "!"
        elif self.level >= self.question_at:
            if self.state == "calm":
                self.question = True
            self.state = "?"
        elif self.state == "?" and self.level >= self.question_at - HYSTERESIS:
            pass  # stays "?" until it has cooled a little below the mark
        else:
            self.state = "calm"
        return self.state
