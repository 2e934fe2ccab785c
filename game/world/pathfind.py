"""Paths over the map's cells, for the scripted player, the benchmark and content checks.

A cell is walkable when a body standing at its centre touches nothing solid.
"""

from __future__ import annotations

from collections import deque

from game.world.components import Body


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


def reachable_cells(level, start: tuple[int, int]) -> set[tuple[int, int]]:
    seen = {start}
    queue = deque([start])
    body = level.world.get(level.player, Body)
    while queue:
        cx, cy = queue.popleft()
        for nxt in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
            if nxt not in seen and walkable(level, *nxt, body=body, ignore=level.player):
                seen.add(nxt)
                queue.append(nxt)
    return seen
