"""Paths over the map's cells, for the scripted player, the benchmark and content checks.

A cell is walkable when a body standing at its centre touches nothing solid.
"""

from __future__ import annotations

import math
from collections import deque

from game.world.components import Body, Position, Solid


def cell_feet(level, cx: int, cy: int) -> tuple[float, float]:
    """Where a body's feet stand in the middle of a cell."""
    tw, th = level.map.tile_w, level.map.tile_h
    return cx * tw + tw / 2, cy * th + th * 0.75


def walkable(level, cx: int, cy: int, body: Body | None = None, ignore: int | None = None) -> bool:
    body = body or level.world.get(level.player, Body)
    return not level.blocked(body.rect_at(*cell_feet(level, cx, cy)), ignore=ignore)


def cell_of(level, x: float, y: float) -> tuple[int, int]:
    return int(x // level.map.tile_w), int((y - 0.01) // level.map.tile_h)


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
    """Breadth-first search from `start` to the nearest cell where goal_test(cell) is true.

    Cells in `avoid` (doors, say) are never stepped on.
    """
    player = level.player
    body = level.world.get(player, Body)
    return breadth_first(start, goal_test,
                         lambda cell: cell not in avoid and walkable(level, *cell, body=body, ignore=player), limit)


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
