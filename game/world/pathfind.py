"""Paths over a map's cells, for the scripted players, the benchmark and content checks.

One `Grid` for every walk planned: a level's cells for the player's body (`level_grid`: a cell is
walkable when a body standing at its feet point touches nothing solid), or a Berlin map's cells
as its collision grid has them (`map_grid`).
"""

from __future__ import annotations

import math
from collections import deque

from game.world.components import Body, Position, Solid

LEVEL_FEET = (0.5, 0.75)  # where in a cell a body stands on a level (fractions of its width, height)


def point_cell(x: float, y: float, tile_w: int, tile_h: int) -> tuple[int, int]:
    """The cell a point lies in; feet on a cell's lower edge stand in the cell above it."""
    return int(x // tile_w), int((y - 0.01) // tile_h)


def cell_feet(level, cx: int, cy: int) -> tuple[float, float]:
    """Where a body's feet stand in the middle of a cell."""
    tw, th = level.map.tile_w, level.map.tile_h
    return (cx + LEVEL_FEET[0]) * tw, (cy + LEVEL_FEET[1]) * th


def walkable(level, cx: int, cy: int, body: Body | None = None, ignore: int | None = None) -> bool:
    body = body or level.world.get(level.player, Body)
    return not level.blocked(body.rect_at(*cell_feet(level, cx, cy)), ignore=ignore)


def cell_of(level, x: float, y: float) -> tuple[int, int]:
    return point_cell(x, y, level.map.tile_w, level.map.tile_h)


class Grid:
    """A map's cells for planning a walk: `can_stand(cell)` says which are open, `feet` where in a
    cell one stands (fractions of its width and height)."""

    def __init__(self, width: int, height: int, tile_w: int, tile_h: int, can_stand,
                 feet: tuple[float, float] = (0.5, 0.5)):
        self.width, self.height, self.tile_w, self.tile_h = width, height, tile_w, tile_h
        self.can_stand = can_stand
        self.feet_at = feet

    def open(self, cell: tuple[int, int]) -> bool:
        cx, cy = cell
        return 0 <= cx < self.width and 0 <= cy < self.height and self.can_stand(cell)

    def cell(self, point) -> tuple[int, int]:
        return point_cell(point[0], point[1], self.tile_w, self.tile_h)

    def feet(self, cell) -> tuple[float, float]:
        return (cell[0] + self.feet_at[0]) * self.tile_w, (cell[1] + self.feet_at[1]) * self.tile_h

    def path(self, start: tuple[int, int], goal_test, limit: int = 200_000) -> list[tuple[int, int]] | None:
        """The cells from `start` to the nearest open cell where goal_test(cell) is true; None if none."""
        return breadth_first(start, goal_test, self.open, limit)


def level_grid(level, avoid: frozenset = frozenset()) -> Grid:
    """The level's cells for the player's body, as they are now; cells in `avoid` (doors, say) are
    never stepped on."""
    collision = level.collision
    width = collision.width
    open_cells = walkable_grid(level, ignore=level.player)  # one pass over the map, not a query per cell
    return Grid(width, collision.height, level.map.tile_w, level.map.tile_h,
                lambda cell: open_cells[cell[1] * width + cell[0]] and cell not in avoid, LEVEL_FEET)


def map_grid(data) -> Grid:
    """A map's cells as its collision grid has them (a Berlin game on foot: the spy's body is small)."""
    blocked, width = data.blocked, data.width
    return Grid(width, data.height, data.tile_w, data.tile_h, lambda cell: not blocked[cell[1] * width + cell[0]])


def breadth_first(start: tuple[int, int], goal_test, can_step, limit: int = 200_000) -> list[tuple[int, int]] | None:
    """The cells from `start` to the nearest cell where goal_test(cell) is true, stepping
    4-neighbour to cells where can_step(cell) is true; None when there is none (within limit)."""
    came_from: dict[tuple[int, int], tuple[int, int] | None] = {start: None}
    queue = deque([start])
    while queue and len(came_from) < limit:
        cell = queue.popleft()
        if goal_test(cell):
            path = []
            while cell is not None:
                path.append(cell)
                cell = came_from[cell]
            return path[::-1]
        cx, cy = cell
        for nxt in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
            if nxt not in came_from and can_step(nxt):
                came_from[nxt] = cell
                queue.append(nxt)
    return None


def find_path(level, start: tuple[int, int], goal_test, limit: int = 200_000,
              avoid: frozenset = frozenset()) -> list[tuple[int, int]] | None:
    """The player's walk on `level` from `start` to the nearest cell where goal_test(cell) is
    true, never through a cell in `avoid` (doors, say)."""
    return level_grid(level, avoid).path(start, goal_test, limit)


def walkable_grid(level, ignore: int | None = None) -> bytearray:
    """`walkable` for the player's body on every cell at once, row by row (1 where he can stand).

    The same answer as asking cell by cell, in one pass over the map's rows and its solids:
    a large map (500×500) has a quarter of a million cells to ask about.
    """
    collision, body = level.collision, level.world.get(level.player, Body)
    width, height, tw, th = collision.width, collision.height, collision.tile_w, collision.tile_h
    # where the body stands in a cell, relative to the cell's corner (see cell_feet, Body.rect_at)
    left, top = tw / 2 - body.w / 2, th * 0.75 - body.h
    columns = [_tiles_under(cx * tw + left, body.w, tw, collision.pixel_w) for cx in range(width)]
    grid = bytearray(width * height)
    for cy in range(height):
        rows = _tiles_under(cy * th + top, body.h, th, collision.pixel_h)
        if rows is None:
            continue
        under = bytearray(width)  # 1 where a blocking tile lies in the rows the body covers
        for row in rows:
            under = bytearray(map(max, under, collision.blocked[row * width:(row + 1) * width]))
        grid[cy * width:(cy + 1) * width] = bytes(
            0 if tiles is None or any(under[tile] for tile in tiles) else 1 for tiles in columns)
    solids = list(level.static_solids)
    solids += [other.rect_at(position.x, position.y)
               for entity, position, other, _ in level.world.query(Position, Body, Solid) if entity != ignore]
    for sx, sy, sw, sh in solids:  # the cells from which the body would overlap this rectangle
        first_x, last_x = math.floor((sx - left - body.w) / tw) + 1, math.ceil((sx + sw - left) / tw) - 1
        first_y, last_y = math.floor((sy - top - body.h) / th) + 1, math.ceil((sy + sh - top) / th) - 1
        for cy in range(max(first_y, 0), min(last_y, height - 1) + 1):
            for cx in range(max(first_x, 0), min(last_x, width - 1) + 1):
                grid[cy * width + cx] = 0
    return grid


def _tiles_under(start: float, size: float, tile: int, limit: float) -> range | None:
    """The tiles a span of `size` pixels from `start` covers, or None when it leaves the map (0..limit)."""
    if start < 0 or start + size > limit:
        return None
    return range(int(start // tile), int((start + size - 1e-6) // tile) + 1)


def reachable_cells(level, start: tuple[int, int]) -> set[tuple[int, int]]:
    """Every cell the player can walk to from `start` (which counts as reached), stepping 4-neighbour."""
    width, height = level.collision.width, level.collision.height
    grid = walkable_grid(level, ignore=level.player)
    cx, cy = start
    if 0 <= cx < width and 0 <= cy < height:
        queue = [cy * width + cx]
    else:  # off the map: only its neighbours on the map can be stepped to
        queue = [ny * width + nx for nx, ny in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1))
                 if 0 <= nx < width and 0 <= ny < height and grid[ny * width + nx]]
    seen = bytearray(width * height)
    for index in queue:
        seen[index] = 1
    for index in queue:  # grows as it goes: breadth first
        x = index % width
        for step, possible in ((-1, x > 0), (1, x < width - 1), (-width, index >= width),
                               (width, index + width < len(grid))):
            other = index + step
            if possible and grid[other] and not seen[other]:
                seen[other] = 1
                queue.append(other)
    reached = {(index % width, index // width) for index in range(len(seen)) if seen[index]}
    return reached | {start}
