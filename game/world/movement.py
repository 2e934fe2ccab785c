"""Walking: move a body through the world without passing through what is solid.

Axes are resolved one at a time so the body slides along walls, and a body that
clips a corner by a few pixels is nudged around it, which keeps walking between
vine rows and through doorways from feeling sticky.
"""

from __future__ import annotations

from collections.abc import Callable

from game.world.components import Body, Facing, Position, Walker

CORNER_NUDGE = 6  # pixels of corner a walker is slid around instead of stopped by


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
    if dx:
        _step_axis(position, body, dx, 0, blocked, nudge=not dy)
    if dy:
        _step_axis(position, body, 0, dy, blocked, nudge=not dx)
    walked = abs(position.x - start_x) + abs(position.y - start_y)
    walker.distance += walked
    walker.moving = walked > 1e-3


def _step_axis(position: Position, body: Body, dx: float, dy: float, blocked, nudge: bool) -> None:
    target = body.rect_at(position.x + dx, position.y + dy)
    if not blocked(target):
        position.x += dx
        position.y += dy
        return
    # Blocked: first close the gap to the obstacle in small steps, so he stops against it.
    step = 0.25
    sign_x = (dx > 0) - (dx < 0)
    sign_y = (dy > 0) - (dy < 0)
    moved = 0.0
    length = abs(dx) + abs(dy)
    while moved + step <= length and not blocked(body.rect_at(position.x + sign_x * step, position.y + sign_y * step)):
        position.x += sign_x * step
        position.y += sign_y * step
        moved += step
    if not nudge:
        return
    # Then, if a few pixels to one side are free, slide that way around the corner.
    speed = length
    for offset in range(1, CORNER_NUDGE + 1):
        for side in (-1, 1):
            ox, oy = (0, side * offset) if dx else (side * offset, 0)
            if not blocked(body.rect_at(position.x + ox + dx, position.y + oy + dy)):
                nx, ny = (0, side * min(speed, offset)) if dx else (side * min(speed, offset), 0)
                if not blocked(body.rect_at(position.x + nx, position.y + ny)):
                    position.x += nx
                    position.y += ny
                return
