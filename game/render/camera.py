"""A camera that follows its target smoothly and never shows past the map's edge."""

from __future__ import annotations

import math

FOLLOW_RATE = 7.0  # higher follows more tightly; 7 settles in about half a second


class Camera:
    def __init__(self, view_w: int, view_h: int, map_w: int, map_h: int):
        self.view_w, self.view_h = view_w, view_h
        self.map_w, self.map_h = map_w, map_h
        self.x = self.y = 0.0
        self.prev_x = self.prev_y = 0.0

    def clamp(self, x: float, y: float) -> tuple[float, float]:
        """Keep the view inside the map; a map smaller than the view is centred."""
        half_w, half_h = self.view_w / 2, self.view_h / 2
        x = self.map_w / 2 if self.map_w <= self.view_w else min(max(x, half_w), self.map_w - half_w)
        y = self.map_h / 2 if self.map_h <= self.view_h else min(max(y, half_h), self.map_h - half_h)
        return x, y

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

    def at(self, alpha: float) -> tuple[int, int]:
        """The camera centre for drawing, between the last two ticks, on whole pixels."""
        x = self.prev_x + (self.x - self.prev_x) * alpha
        y = self.prev_y + (self.y - self.prev_y) * alpha
        return round(x), round(y)
