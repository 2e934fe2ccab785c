"""A spatial index of map areas (doors, triggers, interactables) by tile cell.

The index answers "which areas hold this point?" by looking at one cell, so
walking costs the same on a map with ten areas or a thousand.
"""

from __future__ import annotations

from game.world.components import Area
from game.world.store import World


class AreaIndex:
    def __init__(self, world: World, tile_w: int, tile_h: int, kinds: tuple[type, ...]):
        self.tile_w, self.tile_h = tile_w, tile_h
        self._cells: dict[tuple[int, int], list[tuple[int, Area]]] = {}
        for entity, area in world.query(Area):
            if any(world.has(entity, kind) for kind in kinds):
                self._add(entity, area)

    def _cells_of(self, x: float, y: float, w: float, h: float):
        left, top = int(x // self.tile_w), int(y // self.tile_h)
        right = int((x + max(w, 1) - 1e-6) // self.tile_w)
        bottom = int((y + max(h, 1) - 1e-6) // self.tile_h)
        return ((cx, cy) for cy in range(top, bottom + 1) for cx in range(left, right + 1))

    def _add(self, entity: int, area: Area) -> None:
        for cell in self._cells_of(area.x, area.y, area.w, area.h):
            self._cells.setdefault(cell, []).append((entity, area))

    def at(self, x: float, y: float) -> list[int]:
        """Entities whose area contains the point, in the order they were placed."""
        cell = self._cells.get((int(x // self.tile_w), int(y // self.tile_h)), ())
        return [entity for entity, area in cell if area.contains(x, y)]

    def overlapping(self, rect: tuple[float, float, float, float]) -> list[int]:
        """Entities whose area overlaps the rectangle (x, y, w, h), each once, in the order they were placed."""
        found: dict[int, None] = {}
        for cell in self._cells_of(*rect):
            for entity, area in self._cells.get(cell, ()):
                if entity not in found and area.overlaps(rect):
                    found[entity] = None
        return list(found)
