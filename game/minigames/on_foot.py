"""The spy on foot, shared by the tail and the dead drop: walking, hiding in cover, his screen,
and who watches him.

A game on foot keeps `player` (x, y), `walls`, `cover`, `lights`, `outcome`, `hidden`, the
tick's `_moved` / `_ran` flags that suspicion reads, and `screen`: what the player's screen shows
of the map, following him as the game's camera does. It lists its watchers (`watchers()`: who,
where he looks, his mark) and plays a tick in `_play(dt)`.

Fair play is one of its rules: only a watcher on the player's screen can see him (`sightings`),
so nothing spots him from off-screen. The scene draws that screen; it does not decide it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.minigames.vision import VIEW_H, VIEW_W, Observer, in_cover, move_with_walls, point_in_rect, visibility
from game.world.camera import Camera

PLAYER_SPEED = 72.0  # pixels per second, as when exploring
RUN_FACTOR = 1.6  # running is faster, and far more noticeable
CHEST = 8.0  # px above his feet: where the screen centres on him


@dataclass(frozen=True)
class Watcher:
    """Someone whose eyes count: his name in the map, where he stands and looks, whether he is
    walking, whether he sees the spy now, and the mark over his head ("calm", "?": about to turn
    or checking, "!": he made him)."""

    name: str
    observer: Observer
    walking: bool
    sees: bool
    mark: str


class OnFoot:
    def _make_screen(self, map_size) -> None:
        """The player's screen over a map of `map_size` (w, h) px, or over a map with no edges (None)."""
        self.screen = Camera(VIEW_W, VIEW_H, *(map_size or (None, None)))

    def _centre_screen(self) -> None:
        self.screen.jump_to(self.player[0], self.player[1] - CHEST)

    @property
    def screen_rect(self) -> tuple[float, float, float, float]:
        """What the player's screen shows now, in map pixels (x, y, w, h)."""
        return self.screen.rect

    def watchers(self) -> list[Watcher]:
        raise NotImplementedError

    def sightings(self, observers) -> list[float]:
        """How plainly each of `observers` sees him this tick (0: not at all). One off the player's
        screen sees nothing: fair play."""
        screen = self.screen_rect
        return [visibility(o, self.player, self.walls, self.lights, self.cover, hidden=self.hidden)
                if point_in_rect(o.pos, screen) else 0.0 for o in observers]

    # -- a tick
    def update(self, dt: float) -> None:
        """His screen follows where he has moved, then the game's tick (`_play`) plays on what it shows."""
        if self.outcome is not None:
            return
        self.screen.follow(self.player[0], self.player[1] - CHEST, dt)
        self._play(dt)

    def _play(self, dt: float) -> None:
        raise NotImplementedError

    # -- the player's intents
    def move(self, dx: float, dy: float, dt: float, run: bool = False) -> None:
        if self.outcome is not None or (dx == 0 and dy == 0):
            return
        n = math.hypot(dx, dy)
        speed = PLAYER_SPEED * (RUN_FACTOR if run else 1.0)
        before = self.player
        self.player = move_with_walls(self.player, dx / n * speed * dt, dy / n * speed * dt, self.walls)
        if self.player != before:
            self._moved = True
            self._ran = self._ran or run
            self.hidden = False

    def hide(self) -> bool:
        """Hide in the cover he stands in; False if there is none here."""
        if self.outcome is None and in_cover(self.player, self.cover):
            self.hidden = True
        return self.hidden

    def unhide(self) -> None:
        self.hidden = False

    @property
    def in_cover(self) -> bool:
        """He stands in cover (he could hide here)."""
        return in_cover(self.player, self.cover)
