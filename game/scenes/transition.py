"""How the picture changes as he leaves one place for another: a fade through black, or the memory
effect into and out of a flashback chapter; and the title card shown as he arrives.

The map's scene (game/scenes/explore.py) asks it to `leave` for a destination, fades out with
`fade_out` until the picture is black (then loads the place and calls `arrive`), and fades in
with `fade_in`. While either runs, `covering` is True: he cannot be moved, nothing is used.

The picture is covered a tick before the move (`shade`), and nothing on it moves while it is
covered: loading a map takes tens of milliseconds of one frame, and that frame must be one the
player sees no change across, not the last step of a fade or the memory's rain falling.
"""

from __future__ import annotations

from game.core.context import TICK
from game.core.whereabouts import Destination
from game.render import hud, memory_transition

FADE_SECONDS = 0.3
MEMORY_SECONDS = 1.5  # each half of the memory transition, into a flashback chapter and out of it
TITLE_SECONDS = 3.0  # how long the title card shows after arriving


def memory_between(chapters: dict, leaving: str | None, entering: str | None) -> str | None:
    """How a move changes the picture: "in" entering a chapter that is a memory, "out" leaving one,
    None for the plain fade."""
    if not entering:
        return None
    was = bool(leaving) and chapters[leaving].transition == "memory"
    now = chapters[entering].transition == "memory"
    return "in" if now and not was else "out" if was and not now else None


class Transition:
    def __init__(self, memory: str | None = None):
        self.fade = 1.0  # 1 = black: every scene fades in as it opens
        self.memory = memory  # "in" / "out": the memory transition plays instead of the fade
        self.going_to: Destination | None = None
        self.card = ""  # the title shown as he arrives: the chapter's, or the place's
        self.arrived_at = 0.0  # game time he arrived (the title card and the first words count from it)
        # drawing only (not state): how long the picture has been fully covered, and since when; the
        # memory's rain stands still meanwhile and falls on from where it stood
        self._covered_since: float | None = None
        self._covered_for = 0.0

    @property
    def covering(self) -> bool:
        """True while the picture is fading out or in."""
        return self.going_to is not None or self.fade > 0.0

    @property
    def leaving(self) -> bool:
        return self.going_to is not None

    @property
    def faded_in(self) -> bool:
        return self.fade == 0.0

    @property
    def memory_shown(self) -> str | None:
        """The memory transition ("in" or "out") while it is what covers the picture, else None."""
        return self.memory if self.covering else None

    def since_arrival(self, now: float) -> float:
        return now - self.arrived_at

    def _seconds(self) -> float:
        return MEMORY_SECONDS if self.memory else FADE_SECONDS

    @property
    def shade(self) -> float:
        """How far the picture is covered as drawn (0..1): fading out, it is covered a tick before the
        move, so the frame that loads the next place follows a covered one."""
        if self.going_to is None:
            return self.fade
        step = TICK / self._seconds()
        if self.fade + step >= 1.0:  # the next tick moves him (as fade_out sums it)
            return 1.0
        return self.fade / (1.0 - step)

    def _held_seconds(self, now: float, shade: float) -> float:
        """The time the effect is drawn at: the clock, less the time the picture has stood covered."""
        if shade >= 1.0:
            if self._covered_since is None:
                self._covered_since = now
            return self._covered_since - self._covered_for
        if self._covered_since is not None:
            self._covered_for += now - self._covered_since
            self._covered_since = None
        return now - self._covered_for

    def leave(self, destination: Destination, memory: str | None) -> None:
        """Fade out toward `destination`."""
        self.going_to, self.memory = destination, memory

    def fade_out(self, dt: float) -> Destination | None:
        """One tick of fading out; the destination once the picture is black (the move is then no longer under way)."""
        self.fade = min(1.0, self.fade + dt / self._seconds())
        if self.fade < 1.0:
            return None
        destination, self.going_to = self.going_to, None
        return destination

    def arrive(self, now: float, card: str) -> None:
        """Black, in the new place: fade in from here, naming it with `card`."""
        self.fade, self.arrived_at, self.card = 1.0, now, card

    def stay(self) -> None:
        """The way could not be taken: fade back in where he stood, with the plain fade."""
        self.fade, self.memory = 1.0, None

    def fade_in(self, dt: float) -> None:
        if self.fade > 0.0:
            self.fade = max(0.0, self.fade - dt / self._seconds())

    def card_showing(self, now: float) -> bool:
        return bool(self.card) and self.since_arrival(now) < TITLE_SECONDS

    def draw(self, canvas, assets, now: float, reduced_flashing: bool) -> None:
        """The title card, then the fade or the memory effect over the finished map."""
        if self.card_showing(now):
            hud.draw_title_card(canvas, assets, self.card, self.since_arrival(now) / TITLE_SECONDS)
        shade = self.shade
        if shade > 0.0 and self.memory:
            memory_transition.draw(canvas, shade, self.memory, self._held_seconds(now, shade), reduced_flashing,
                                   arriving=self.going_to is None)
        elif shade > 0.0:
            hud.fade(canvas, shade)
