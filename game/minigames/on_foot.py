"""The spy on foot, shared by the tail and the dead drop: walking, running, hiding in cover.

A minigame that uses it keeps `player` (x, y), `walls`, `cover`, `outcome`,
`hidden`, and the tick's `_moved` / `_ran` flags that suspicion reads.
"""

from __future__ import annotations

import math

from game.minigames.vision import in_cover, move_with_walls

PLAYER_SPEED = 72.0  # pixels per second, as when exploring
RUN_FACTOR = 1.6  # running is faster, and far more noticeable


class OnFoot:
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
