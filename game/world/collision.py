"""Where a body may stand: blocked tiles, solid areas, solid bodies and the map's edges."""

from __future__ import annotations

Rect = tuple[float, float, float, float]


class CollisionMap:
    """`blocked` marks the cells a tile blocks; `parts`, for the cells blocked only in part, the
    rectangles that block (map pixels); a blocked cell without parts blocks whole."""

    def __init__(self, width: int, height: int, tile_w: int, tile_h: int, blocked: bytearray,
                 parts: dict[int, tuple[Rect, ...]] | None = None):
        self.width, self.height = width, height
        self.tile_w, self.tile_h = tile_w, tile_h
        self.blocked = blocked
        self.parts = parts or {}
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
                    parts = self.parts.get(cy * self.width + cx)
                    if parts is None or any(rects_overlap(rect, part) for part in parts):
                        return True
        return False

    def cell_rects(self, cx: int, cy: int) -> tuple[Rect, ...]:
        """What blocks in a cell (map pixels): nothing, its parts, or the whole cell."""
        if not self.cell_blocked(cx, cy):
            return ()
        inside = 0 <= cx < self.width and 0 <= cy < self.height
        parts = self.parts.get(cy * self.width + cx) if inside else None
        return parts if parts is not None else ((cx * self.tile_w, cy * self.tile_h, self.tile_w, self.tile_h),)


def rects_overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
