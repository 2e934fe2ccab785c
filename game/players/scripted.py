"""A scripted player's walking: along a path of cells, through InputFrames, as a person would.

Used by --autoplay, the monkey, the benchmark, the Berlin games' scripted players and tests. It
reads the world to plan (like a person looking at the screen) but acts only through intents: a
push of the stick, toward where one stands in the next cell of the path (game/world/pathfind.py).
"""

from __future__ import annotations

import math

from game.core.context import TICK
from game.core.input import InputFrame, Intent
from game.world.pathfind import cell_of, find_path, level_grid

ARRIVE = 0.3  # pixels: close enough to a waypoint
SAME_LINE = 0.01  # pixels: a waypoint this near his row (or column) is on it
NOTHING = InputFrame()
# the intent that turns him to face each way (in this order, which the scripted players try them in)
FACE = {"up": Intent.UP, "down": Intent.DOWN, "left": Intent.LEFT, "right": Intent.RIGHT}


def steer(pos, target) -> InputFrame:
    """A stick push straight at target, gentler for the last pixel so he stops on it. A push
    along a row or a column is exactly that (walking slides round a corner only then)."""
    dx, dy = target[0] - pos[0], target[1] - pos[1]
    dx, dy = (0.0 if abs(dx) < SAME_LINE else dx), (0.0 if abs(dy) < SAME_LINE else dy)
    d = math.hypot(dx, dy)
    if d < 0.05:
        return NOTHING
    step = 72.0 * TICK  # what a full push walks in one tick
    k = min(1.0, d / step) / d
    return InputFrame.of(stick=(dx * k, dy * k))


class PathWalker:
    """Walks along a grid's cells: to where one stands in each cell of a path, then on to its goal
    point if it has one. `walk(path)` follows a path found elsewhere; `to(pos, goal)` finds its own
    (again whenever the goal moves). `stuck_ticks` counts the ticks he has not moved."""

    def __init__(self, grid, path=()):
        self.grid = grid
        self.goal = None
        self.waypoints: list[tuple[float, float]] = []
        self.stuck_ticks = 0
        self._last = None
        self.walk(path)

    def walk(self, path, goal=None) -> None:
        self.waypoints = [self.grid.feet(cell) for cell in path[1:]] + ([tuple(goal)] if goal is not None else [])

    @property
    def done(self) -> bool:
        return not self.waypoints

    def frame(self, pos) -> InputFrame:
        """A push toward the next waypoint; nothing once the path is walked."""
        while self.waypoints and math.dist(self.waypoints[0], pos) < ARRIVE:
            self.waypoints.pop(0)
        here = (round(pos[0], 2), round(pos[1], 2))
        self.stuck_ticks = self.stuck_ticks + 1 if here == self._last else 0
        self._last = here
        return steer(pos, self.waypoints[0]) if self.waypoints else NOTHING

    def to(self, pos, goal, near: float = 0.0) -> InputFrame | None:
        """A push toward `goal` along the grid; None once within `near` px of it (or there)."""
        if math.dist(goal, pos) <= max(near, ARRIVE):
            return None
        if self.goal != goal:
            self.goal = goal
            grid = self.grid
            target = grid.cell(goal)
            if grid.open(target):
                test = lambda cell: cell == target  # noqa: E731
            else:  # the goal is in a wall (a brick in it): any open cell near enough
                test = lambda cell: math.dist(grid.feet(cell), goal) <= max(near, grid.tile_w)  # noqa: E731
            self.walk(grid.path(grid.cell(pos), test) or [], goal if grid.open(target) else None)
        frame = self.frame(pos)
        if self.done:
            return steer(pos, goal) if math.dist(pos, goal) > near else None
        return frame


def level_walker(level, path) -> PathWalker:
    """A walker along `path` on `level` (cells for the player's body)."""
    return PathWalker(level_grid(level), path)


def path_to(level, goal_test) -> list[tuple[int, int]] | None:
    position = level.player_position
    return find_path(level, cell_of(level, position.x, position.y), goal_test)
