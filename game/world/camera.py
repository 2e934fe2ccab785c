"""What a screen shows of a map: a camera that follows its target smoothly and never shows past
the map's edge.

Pure logic: the map view draws through it, and the Berlin games on foot play by it (only a
watcher on the player's screen can raise suspicion).
"""

from __future__ import annotations

import math

FOLLOW_RATE = 7.0  # higher follows more tightly; 7 settles in about half a second


class Camera:
    """`map_w` and `map_h` None: a map with no edges (a game's rules tried on their own)."""

    def __init__(self, view_w: int, view_h: int, map_w: float | None, map_h: float | None):
        self.view_w, self.view_h = view_w, view_h
        self.map_w, self.map_h = map_w, map_h
        self.x = self.y = 0.0
        self.prev_x = self.prev_y = 0.0

    def clamp(self, x: float, y: float) -> tuple[float, float]:
        """Keep the view inside the map; a map smaller than the view is centred."""
        return _clamp(x, self.view_w, self.map_w), _clamp(y, self.view_h, self.map_h)

    def jump_to(self, x: float, y: float) -> None:
        self.x, self.y = self.clamp(x, y)
        self.prev_x, self.prev_y = self.x, self.y

    def follow(self, x: float, y: float, dt: float) -> None:
        self.prev_x, self.prev_y = self.x, self.y
        tx, ty = self.clamp(x, y)
        blend = 1.0 - math.exp(-FOLLOW_RATE * dt)
        self.x += (tx - self.x) * blend
        self.y += (ty - self.y) * blend
        # settle exactly, so a still camera stops drifting by fractions of a pixel
        if abs(tx - self.x) < 0.05 and abs(ty - self.y) < 0.05:
            self.x, self.y = tx, ty

    @property
    def rect(self) -> tuple[float, float, float, float]:
        """What it shows now, in map pixels: (x, y, w, h)."""
        return (self.x - self.view_w / 2, self.y - self.view_h / 2, float(self.view_w), float(self.view_h))

    def snapshot(self) -> dict:
        """Its state as plain data: where it looks (where it looked a tick ago only smooths the drawing)."""
        return {"x": self.x, "y": self.y, "view": [self.view_w, self.view_h]}

    def at(self, alpha: float) -> tuple[int, int]:
        """The camera centre for drawing, between the last two ticks, on whole pixels."""
        x = self.prev_x + (self.x - self.prev_x) * alpha
        y = self.prev_y + (self.y - self.prev_y) * alpha
        return round(x), round(y)


def _clamp(centre: float, view: float, size: float | None) -> float:
    if size is None:
        return centre
    if size <= view:
        return size / 2
    return min(max(centre, view / 2), size - view / 2)
