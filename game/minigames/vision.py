"""Who can see whom: vision cones, line of sight, and how visible a target is.

Pure geometry, no pygame. Positions are map pixels (floats, 16 px tiles); angles are radians,
0 = east (+x), pi/2 = south (+y, screen coordinates).

The rules, in plain words:

- **Walls** are axis-aligned rectangles ``(x, y, w, h)``, *closed*: their edges and corners are
  solid. A sight line is blocked when it touches a wall anywhere except at its own two end
  points, so a line that grazes a wall's edge or passes exactly through its corner is blocked,
  a line along the seam of two touching walls is blocked, and an observer (or target) standing
  flush against a wall can still see (be seen) away from it. An observer standing *inside* a wall
  sees nothing. (``rects_from_grid`` turns a blocked-cell grid into such rectangles.)
- **The cone** is inclusive: a target exactly on the cone's edge (angle off the facing equal to
  half the field of view) or exactly at the range is seen. ``EDGE_EPSILON`` absorbs rounding so
  the answer is the same on a mirrored layout. A target at the observer's own position is seen.
- **Visibility** (0..1) of a target that is in the cone and in line of sight is
  ``nearness * light * cover``: nearness is 1 within ``CLOSE_PX`` and falls linearly to
  ``FAR_NEARNESS`` at the cone's range; light is 1 in the middle of a light's radius, falls to
  ``LIT_EDGE`` at the radius, and is ``DARK`` outside every light (when the map has no lights at
  all, everything counts as lit); cover is ``COVER_FACTOR`` when the target stands inside a cover
  rectangle and 0 when he is also hiding there. Cover does not block sight lines by itself: a
  doorway or a kiosk hides the one standing in it, not what lies behind it.

At the bottom: geometry the tail and the dead drop share (the camera rectangle, moving a body
against walls, routes as polylines).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.world.movement import slide

Point = tuple[float, float]
Rect = tuple[float, float, float, float]

EDGE_EPSILON = 1e-9  # rounding slack for the cone's edge and range (inclusive)
CLOSE_PX = 24.0  # within this, nearness is full
FAR_NEARNESS = 0.35  # nearness at the very end of the cone's range
DARK = 0.35  # light factor outside every light
LIT_EDGE = 0.7  # light factor at a light's rim (1.0 at its centre)
COVER_FACTOR = 0.5  # standing in cover halves visibility; hiding in it makes it 0
CONE_RAYS = 24  # rays used by cone_points for drawing


@dataclass
class Light:
    """A street lamp or a lit window: a point and a radius in pixels."""

    x: float
    y: float
    radius: float


@dataclass
class Observer:
    """Someone looking: where he stands, where he faces, how wide and how far he sees."""

    x: float
    y: float
    facing: float  # radians
    fov: float = math.radians(90)  # whole field of view, radians
    range: float = 112.0  # pixels (7 tiles)

    @property
    def pos(self) -> Point:
        return (self.x, self.y)


def _as_light(light) -> Light:
    return light if isinstance(light, Light) else Light(*light)


def angle_difference(a: float, b: float) -> float:
    """The absolute smallest angle between two directions, in [0, pi]."""
    d = math.fmod(a - b, 2 * math.pi)
    if d < 0:
        d += 2 * math.pi
    return min(d, 2 * math.pi - d)


def segment_rect_span(p0: Point, p1: Point, rect: Rect) -> tuple[float, float] | None:
    """Liang-Barsky: the parameter span [t0, t1] (within 0..1) where the segment p0->p1 lies in
    the closed rectangle, or None if it never touches it."""
    x0, y0 = p0
    dx, dy = p1[0] - x0, p1[1] - y0
    rx, ry, rw, rh = rect
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - rx), (dx, rx + rw - x0), (-dy, y0 - ry), (dy, ry + rh - y0)):
        if p == 0:
            if q < 0:  # parallel to this edge and outside it
                return None
            continue
        t = q / p
        if p < 0:
            if t > t1:
                return None
            t0 = max(t0, t)
        else:
            if t < t0:
                return None
            t1 = min(t1, t)
    return (t0, t1)


def walls_near(p0: Point, p1: Point, walls, margin: float = 0.0) -> list[Rect]:
    """The walls that touch the box around p0 and p1 (grown by margin): the only ones a segment
    between them, or a ray of length margin from p0, can meet. A cheap test before the exact one."""
    left, right = min(p0[0], p1[0]) - margin, max(p0[0], p1[0]) + margin
    top, bottom = min(p0[1], p1[1]) - margin, max(p0[1], p1[1]) + margin
    if isinstance(walls, Walls):  # a game's walls: only those in the cells the box covers
        walls = wall_index(walls).near(left, top, right, bottom)
    return [r for r in walls if r[0] <= right and r[0] + r[2] >= left and r[1] <= bottom and r[1] + r[3] >= top]


def segment_blocked(p0: Point, p1: Point, walls) -> bool:
    """True when a wall touches the segment anywhere but exactly at one of its end points."""
    for rect in walls_near(p0, p1, walls):
        span = segment_rect_span(p0, p1, rect)
        if span is None:
            continue
        t0, t1 = span
        if t1 > 0.0 and t0 < 1.0:
            return True
    return False


def line_of_sight(a: Point, b: Point, walls) -> bool:
    return not segment_blocked(a, b, walls)


def in_cone(observer_pos: Point, facing: float, fov: float, range_px: float, target: Point) -> bool:
    """The cone test alone (no walls): inclusive at the edge and at the range."""
    dx, dy = target[0] - observer_pos[0], target[1] - observer_pos[1]
    dist = math.hypot(dx, dy)
    if dist > range_px + EDGE_EPSILON:
        return False
    if dist == 0:
        return True
    return angle_difference(math.atan2(dy, dx), facing) <= fov / 2 + EDGE_EPSILON


def can_see(observer_pos: Point, facing_angle_rad: float, fov_rad: float, range_px: float,
            target_pos: Point, walls=()) -> bool:
    """In the cone (edge and range inclusive) and no wall touches the sight line."""
    return (in_cone(observer_pos, facing_angle_rad, fov_rad, range_px, target_pos)
            and line_of_sight(observer_pos, target_pos, walls))


def point_in_rect(p: Point, rect: Rect) -> bool:
    x, y, w, h = rect
    return x <= p[0] <= x + w and y <= p[1] <= y + h


def in_cover(pos: Point, cover) -> bool:
    return any(point_in_rect(pos, rect) for rect in cover)


def light_level(pos: Point, lights) -> float:
    """1 at a light's centre, LIT_EDGE at its rim, DARK outside every light (1 if no lights)."""
    lights = [_as_light(light) for light in lights]
    if not lights:
        return 1.0
    best = DARK
    for light in lights:
        d = math.hypot(pos[0] - light.x, pos[1] - light.y)
        if light.radius > 0 and d <= light.radius:
            best = max(best, 1.0 - (1.0 - LIT_EDGE) * (d / light.radius))
    return best


def nearness(dist: float, range_px: float) -> float:
    if dist <= CLOSE_PX:
        return 1.0
    if range_px <= CLOSE_PX:
        return FAR_NEARNESS
    f = min(1.0, (dist - CLOSE_PX) / (range_px - CLOSE_PX))
    return 1.0 - (1.0 - FAR_NEARNESS) * f


def visibility(observer: Observer, target: Point, walls=(), lights=(), cover=(),
               hidden: bool = False) -> float:
    """How plainly the observer sees the target, 0..1 (0 when he cannot see him at all)."""
    if not can_see(observer.pos, observer.facing, observer.fov, observer.range, target, walls):
        return 0.0
    cover_factor = 1.0
    if in_cover(target, cover):
        cover_factor = 0.0 if hidden else COVER_FACTOR
    dist = math.hypot(target[0] - observer.x, target[1] - observer.y)
    return max(0.0, min(1.0, nearness(dist, observer.range) * light_level(target, lights) * cover_factor))


INDEX_CELL = 32.0  # px: the side of a cell of the wall index the rays walk through


class WallIndex:
    """Which walls touch each square cell of the plane, so that a ray tests only the walls in the
    cells it crosses (a cone's two dozen rays are drawn every frame, for every watcher)."""

    def __init__(self, walls, cell: float = INDEX_CELL):
        self.cell = cell
        self.cones: dict[tuple, list[Point]] = {}  # cone_points' casts over these walls
        self.cells: dict[tuple[int, int], list[Rect]] = {}
        for rect in walls:
            x, y, w, h = rect
            for cx in range(math.floor(x / cell), math.floor((x + w) / cell) + 1):
                for cy in range(math.floor(y / cell), math.floor((y + h) / cell) + 1):
                    self.cells.setdefault((cx, cy), []).append(rect)

    def near(self, left: float, top: float, right: float, bottom: float) -> list[Rect]:
        """The walls in the cells the box from (left, top) to (right, bottom) covers, each once: every
        wall that touches the box is among them (a point they share lies in a cell of both)."""
        size, cells = self.cell, self.cells
        found: dict[Rect, None] = {}
        for cx in range(math.floor(left / size), math.floor(right / size) + 1):
            for cy in range(math.floor(top / size), math.floor(bottom / size) + 1):
                found.update(dict.fromkeys(cells.get((cx, cy), ())))
        return list(found)

    def ray_hit(self, origin: Point, end: Point) -> float:
        """The first t in 0..1 along origin->end where a wall is touched (1 when none is):
        cells are visited in the order the ray crosses them (Amanatides & Woo)."""
        ox, oy = origin
        dx, dy = end[0] - ox, end[1] - oy
        size = self.cell
        cx, cy = math.floor(ox / size), math.floor(oy / size)
        step_x, step_y = (1 if dx > 0 else -1), (1 if dy > 0 else -1)
        next_x = ((cx + (dx > 0)) * size - ox) / dx if dx else math.inf  # t where the ray leaves the column
        next_y = ((cy + (dy > 0)) * size - oy) / dy if dy else math.inf
        delta_x = size / abs(dx) if dx else math.inf
        delta_y = size / abs(dy) if dy else math.inf
        inv_x = 1.0 / dx if dx else 0.0
        inv_y = 1.0 / dy if dy else 0.0
        best = 1.0
        while True:
            for rx, ry, rw, rh in self.cells.get((cx, cy), ()):
                # the slab test of segment_rect_span, inlined: rays are cast by the thousand
                if dx:
                    near, far = (rx - ox) * inv_x, (rx + rw - ox) * inv_x
                    if near > far:
                        near, far = far, near
                elif rx <= ox <= rx + rw:
                    near, far = -math.inf, math.inf
                else:
                    continue
                if dy:
                    near_y, far_y = (ry - oy) * inv_y, (ry + rh - oy) * inv_y
                    if near_y > far_y:
                        near_y, far_y = far_y, near_y
                elif ry <= oy <= ry + rh:
                    near_y, far_y = -math.inf, math.inf
                else:
                    continue
                near = max(near, near_y, 0.0)
                if near < best and near <= min(far, far_y, 1.0) and min(far, far_y) > 0.0:
                    best = near
            leave = min(next_x, next_y)
            if best <= leave or leave > 1.0:
                return best
            if next_x < next_y:
                cx, next_x = cx + step_x, next_x + delta_x
            else:
                cy, next_y = cy + step_y, next_y + delta_y


class Walls(list):
    """A game's walls, (x, y, w, h) each, carrying their index once it is first needed: the index and
    the cones cast over it then last as long as the game that holds the walls, and go with it (kept
    in a module-wide table, every game played left its index behind, ~5000 objects each).
    No game changes its walls once made (a copy made to look ahead may share them: see shadow in
    game/berlin/on_foot/players.py)."""

    __slots__ = ("index",)

    def __init__(self, rects=()):
        super().__init__(tuple(rect) for rect in rects)
        self.index: WallIndex | None = None


_indexes: dict[int, tuple[object, WallIndex]] = {}  # walls given as a plain list or tuple, and their index
INDEXES_KEPT = 2


def wall_index(walls) -> WallIndex:
    """The index of a set of walls, built once (models keep their walls for a whole game)."""
    if isinstance(walls, Walls):
        if walls.index is None:
            walls.index = WallIndex(walls)
        return walls.index
    known, index = _indexes.get(id(walls), (None, None))
    if known is not walls:
        if len(_indexes) >= INDEXES_KEPT:
            del _indexes[next(iter(_indexes))]  # the oldest, with its walls and its remembered cones
        index = WallIndex(walls)
        _indexes[id(walls)] = (walls, index)
    return index


def ray_length(origin: Point, angle: float, range_px: float, walls) -> float:
    """How far a ray goes from origin before it touches a wall (at most range_px)."""
    end = (origin[0] + math.cos(angle) * range_px, origin[1] + math.sin(angle) * range_px)
    return wall_index(walls).ray_hit(origin, end) * range_px


CONE_STEP_PX = 4  # cones for drawing are cast from the nearest point of a 4 px grid
CONE_STEP_DEGREES = 2  # and the nearest even degree
CONES_KEPT = 48  # casts remembered per set of walls: each watcher's latest few (each cast holds ~3 KB)


def cone_points(observer_pos: Point, facing: float, fov: float, range_px: float, walls=(),
                rays: int = CONE_RAYS) -> list[Point]:
    """A polygon for drawing the cone: where it was cast from, then `rays` points along the arc
    from one edge to the other, each pulled in to where its ray meets a wall.

    For drawing only (sight itself is `can_see`), so it is cast from the nearest point of a
    CONE_STEP_PX grid and the nearest CONE_STEP_DEGREES, and remembered: a watcher walking half
    a pixel a tick costs one cast in eight. The drawing moves the picture by what separates the
    watcher from the first point, so the cone follows him smoothly; only where a wall cuts it can
    its edge be off by half a step.
    """
    step, turn = CONE_STEP_PX, CONE_STEP_DEGREES
    key = (step * round(observer_pos[0] / step), step * round(observer_pos[1] / step),
           turn * round(math.degrees(facing) / turn) % 360, round(math.degrees(fov)), round(range_px), rays)
    cones = wall_index(walls).cones
    cone = cones.get(key)
    if cone is None:
        if len(cones) >= CONES_KEPT:
            del cones[next(iter(cones))]  # the oldest: a watcher walks on, and seldom comes back soon
        origin = (float(key[0]), float(key[1]))
        cone = cones[key] = _cast_cone(origin, math.radians(key[2]), fov, range_px, walls, rays)
    return cone


def _cast_cone(observer_pos: Point, facing: float, fov: float, range_px: float, walls, rays: int) -> list[Point]:
    ox, oy = observer_pos
    points = [(ox, oy)]
    rays = max(2, rays)
    for i in range(rays):
        angle = facing - fov / 2 + fov * i / (rays - 1)
        length = ray_length(observer_pos, angle, range_px, walls)
        points.append((ox + math.cos(angle) * length, oy + math.sin(angle) * length))
    return points


def rects_from_grid(blocked, width: int, height: int, tile: int = 16) -> list[Rect]:
    """Blocked cells (a flat sequence, row by row, truthy = solid) as wall rectangles: each row's
    runs of solid cells become one rectangle, and equal runs in consecutive rows are merged."""
    open_runs: dict[tuple[int, int], list[float]] = {}
    rects: list[Rect] = []
    for cy in range(height):
        runs = []
        cx = 0
        while cx < width:
            if blocked[cy * width + cx]:
                start = cx
                while cx < width and blocked[cy * width + cx]:
                    cx += 1
                runs.append((start, cx))
            else:
                cx += 1
        next_open: dict[tuple[int, int], list[float]] = {}
        for run in runs:
            if run in open_runs:
                rect = open_runs.pop(run)
                rect[3] += tile
            else:
                rect = [run[0] * tile, cy * tile, (run[1] - run[0]) * tile, tile]
            next_open[run] = rect
        rects.extend(tuple(r) for r in open_runs.values())
        open_runs = next_open
    rects.extend(tuple(r) for r in open_runs.values())
    return [tuple(float(v) for v in r) for r in rects]


# --- Shared geometry for the walking minigames (the tail and the dead drop) ---------------------

VIEW_W, VIEW_H = 480, 270  # the camera: what the player sees
BODY_HALF = 4.0  # the player's collision box is 8x8 px around his position


def view_rect_around(pos: Point, size: tuple[float, float] = (VIEW_W, VIEW_H)) -> Rect:
    """The camera rectangle centred on pos (the scene may pass its own, clamped to the map)."""
    return (pos[0] - size[0] / 2, pos[1] - size[1] / 2, size[0], size[1])


def _box_hits(x: float, y: float, walls, half: float) -> bool:
    if isinstance(walls, Walls):  # a game's walls: only those in the cells the body covers
        walls = wall_index(walls).near(x - half, y - half, x + half, y + half)
    for wx, wy, ww, wh in walls:
        if x - half < wx + ww and wx < x + half and y - half < wy + wh and wy < y + half:
            return True
    return False


def move_with_walls(pos: Point, dx: float, dy: float, walls, half: float = BODY_HALF) -> Point:
    """Move a square body by (dx, dy) as he walks when exploring (game/world/movement.py): one axis
    at a time, stopping close against walls and sliding along them, and slid round a corner of a
    few pixels (a lamp post, the end of a parked car)."""
    return slide(pos, dx, dy, lambda x, y: _box_hits(x, y, walls, half))


class Polyline:
    """A route drawn as a polyline: points by distance along it, and the heading there."""

    def __init__(self, points):
        self.points = [(float(x), float(y)) for x, y in points]
        if len(self.points) < 2:
            raise ValueError("a route needs at least two points")
        self.cumulative = [0.0]
        for a, b in zip(self.points, self.points[1:]):
            self.cumulative.append(self.cumulative[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))
        self.length = self.cumulative[-1]

    def _segment(self, s: float) -> int:
        s = max(0.0, min(self.length, s))
        for i in range(len(self.points) - 1):
            if s <= self.cumulative[i + 1] and self.cumulative[i + 1] > self.cumulative[i]:
                return i
        return len(self.points) - 2

    def point_at(self, s: float) -> Point:
        s = max(0.0, min(self.length, s))
        i = self._segment(s)
        a, b = self.points[i], self.points[i + 1]
        seg = self.cumulative[i + 1] - self.cumulative[i]
        f = 0.0 if seg == 0 else (s - self.cumulative[i]) / seg
        return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)

    def heading_at(self, s: float) -> float:
        """The direction of travel (radians) along the route at distance s."""
        i = self._segment(s)
        a, b = self.points[i], self.points[i + 1]
        return math.atan2(b[1] - a[1], b[0] - a[0])

    def vertex_distances(self) -> list[float]:
        return list(self.cumulative)
