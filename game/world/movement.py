"""Walking: move a body through the world without passing through what is solid.

Axes are resolved one at a time so the body slides along walls, and a body that
clips a corner by a few pixels is slid around it (a grass tuft, a lamp post, the
end of a parked car), which keeps walking between vine rows and through doorways
from feeling sticky. The explore scene and the Berlin games on foot both walk so.
"""

from __future__ import annotations

from collections.abc import Callable

from game.world.components import Body, Facing, Position, Walker

CORNER_NUDGE = 6  # pixels of corner a walker is slid around instead of stopped by
CLOSE_STEP = 0.25  # pixels: how near an obstacle a blocked walker comes to rest


def facing_for(dx: float, dy: float, current: str) -> str:
    """The facing for a move; diagonals keep the current facing when it is one of the two axes."""
    horizontal = "left" if dx < 0 else "right" if dx > 0 else None
    vertical = "up" if dy < 0 else "down" if dy > 0 else None
    if horizontal and vertical:
        return current if current in (horizontal, vertical) else vertical
    return horizontal or vertical or current


def walk(position: Position, body: Body, walker: Walker, facing: Facing, vector: tuple[float, float],
         dt: float, blocked: Callable[[tuple[float, float, float, float]], bool]) -> None:
    dx, dy = vector[0] * walker.speed * dt, vector[1] * walker.speed * dt
    walker.moving = bool(dx or dy)
    if not walker.moving:
        return
    facing.direction = facing_for(dx, dy, facing.direction)
    start_x, start_y = position.x, position.y
    position.x, position.y = slide((position.x, position.y), dx, dy, lambda x, y: blocked(body.rect_at(x, y)))
    walked = abs(position.x - start_x) + abs(position.y - start_y)
    walker.distance += walked
    walker.moving = walked > 1e-3


def slide(point: tuple[float, float], dx: float, dy: float, hits: Callable[[float, float], bool],
          nudge: int = CORNER_NUDGE) -> tuple[float, float]:
    """Where a body standing at `point` ends up moving by (dx, dy); `hits(x, y)` says whether it
    would touch something solid standing at (x, y). Each axis in turn: against an obstacle it comes
    to rest close to it and, moving along one axis only, is slid round a corner `nudge` pixels or less."""
    x, y = point
    if dx:
        x, y = _step_axis(x, y, dx, 0.0, hits, nudge if not dy else 0)
    if dy:
        x, y = _step_axis(x, y, 0.0, dy, hits, nudge if not dx else 0)
    return x, y


def _step_axis(x: float, y: float, dx: float, dy: float, hits, nudge: int) -> tuple[float, float]:
    if not hits(x + dx, y + dy):
        return x + dx, y + dy
    # blocked: first close the gap to the obstacle in small steps, so he stops against it
    sign_x, sign_y = (dx > 0) - (dx < 0), (dy > 0) - (dy < 0)
    length = abs(dx) + abs(dy)
    moved = 0.0
    while moved + CLOSE_STEP <= length and not hits(x + sign_x * CLOSE_STEP, y + sign_y * CLOSE_STEP):
        x += sign_x * CLOSE_STEP
        y += sign_y * CLOSE_STEP
        moved += CLOSE_STEP
    # then, if a few pixels to one side are free, slide that way round the corner, at walking speed
    for offset in range(1, nudge + 1):
        for side in (-1, 1):
            ox, oy = (0, side * offset) if dx else (side * offset, 0)
            if not hits(x + ox + dx, y + oy + dy):
                nx, ny = (0, side * min(length, offset)) if dx else (side * min(length, offset), 0)
                if not hits(x + nx, y + ny):
                    return x + nx, y + ny
                return x, y
    return x, y
