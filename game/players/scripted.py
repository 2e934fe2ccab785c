"""A scripted player: walks paths and presses buttons through InputFrames, as a person would.

Used by the benchmark, by tests and by --autoplay. It reads the world to plan
(like a person looking at the screen) but acts only through intents.
"""

from __future__ import annotations

from game.core.input import InputFrame, Intent
from game.world.pathfind import cell_feet, cell_of, find_path

ARRIVE = 1.5  # pixels: close enough to a waypoint
# the intent that turns him to face each way (in this order, which the scripted players try them in)
FACE = {"up": Intent.UP, "down": Intent.DOWN, "left": Intent.LEFT, "right": Intent.RIGHT}


class PathWalker:
    """Walks the player along a list of cells, one intent frame at a time."""

    def __init__(self, level, path: list[tuple[int, int]]):
        self.level = level
        self.waypoints = [cell_feet(level, cx, cy) for cx, cy in path[1:]]
        self.stuck_ticks = 0
        self._last = None

    @property
    def done(self) -> bool:
        return not self.waypoints

    def frame(self) -> InputFrame:
        if not self.waypoints:
            return InputFrame()
        position = self.level.player_position
        tx, ty = self.waypoints[0]
        dx, dy = tx - position.x, ty - position.y
        if abs(dx) <= ARRIVE and abs(dy) <= ARRIVE:
            self.waypoints.pop(0)
            return self.frame()
        held = set()
        if dx > ARRIVE:
            held.add(Intent.RIGHT)
        elif dx < -ARRIVE:
            held.add(Intent.LEFT)
        if dy > ARRIVE:
            held.add(Intent.DOWN)
        elif dy < -ARRIVE:
            held.add(Intent.UP)
        here = (round(position.x, 2), round(position.y, 2))
        self.stuck_ticks = self.stuck_ticks + 1 if here == self._last else 0
        self._last = here
        return InputFrame.of(held)


def path_to(level, goal_test) -> list[tuple[int, int]] | None:
    position = level.player_position
    return find_path(level, cell_of(level, position.x, position.y), goal_test)
