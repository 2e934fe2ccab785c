"""Where a body may stand: blocked tiles, solid areas, solid bodies and the map's edges."""

from __future__ import annotations

Rect = tuple[float, float, float, float]


class CollisionMap:
    def __init__(self, width: int, height: int, tile_w: int, tile_h: int, blocked: bytearray):
        self.width, self.height = width, height
        self.tile_w, self.tile_h = tile_w, tile_h
        self.blocked = blocked
        self.pixel_w, self.pixel_h = width * tile_w, height * tile_h

    def cell_blocked(self, cx: int, cy: int) -> bool:
        if cx < 0 or cy < 0 or cx >= self.width or cy >= self.height:
            return True
        return bool(self.blocked[cy * self.width + cx])

    def rect_hits_tiles(self, rect: Rect) -> bool:
        x, y, w, h = rect
        if x < 0 or y < 0 or x + w > self.pixel_w or y + h > self.pixel_h:
            return True
        left, top = int(x // self.tile_w), int(y // self.tile_h)
        right = int((x + w - 1e-6) // self.tile_w)
        bottom = int((y + h - 1e-6) // self.tile_h)
        for cy in range(top, bottom + 1):
            for cx in range(left, right + 1):
                if self.cell_blocked(cx, cy):
                    return True
        return False


def rects_overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
