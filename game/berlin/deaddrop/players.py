"""The dead drop's scripted players: one who goes from cover to cover to the drop and out, each leg
rehearsed to go unseen; one who walks up to the nearest patrol in the open."""

from __future__ import annotations

import copy
import math

from game.berlin.on_foot.players import shadow
from game.berlin.players import NOTHING, TAP, CardPlayer
from game.core.context import TICK
from game.core.input import InputFrame, Intent
from game.minigames.vision import in_cover
from game.players.scripted import PathWalker, steer
from game.world.pathfind import map_grid


class CoverToCover:
    """The dead drop played as a patient player plays it: from cover to cover, hidden between
    moves, to the drop, the swap, and on to the way out.

    Each leg (walk to the next cover, or to the drop and through the swap to the cover after it)
    starts only when a rehearsal on a copy of the scene shows it goes unseen. The legs and how
    long to wait before each are found once, when the attempt starts; the plan then plays them
    through intents, frame for frame as rehearsed.
    """

    WAIT_STEP = 15             # ticks between two tries of the same leg (a quarter second)
    MAX_WAIT = 60.0            # s to wait in one place before trying another way
    LEG_LIMIT = 30.0           # s a leg may take

    def __init__(self, grid):
        self.grid = grid
        self.walker = PathWalker(grid)
        self.legs: list[list] = []   # [ticks to wait first, [(what, point), ...]]
        self.leg = 0                 # the leg under way, or the next one while waiting
        self.step = 0                # where in that leg's points
        self.waited = 0              # ticks waited before the current leg

    # -- playing
    def __call__(self, scene) -> InputFrame:
        m = scene.model
        if self.leg >= len(self.legs) or self.waited < self.legs[self.leg][0]:
            self.waited += 1
            return TAP if in_cover(m.player, m.cover) and not m.hidden else NOTHING
        points = self.legs[self.leg][1]
        what, point = points[self.step]
        if what == "drop" and not m.swapped:
            if m.at_drop:
                return InputFrame.of(held=[Intent.INTERACT])
            return self.walker.to(m.player, point, near=8.0) or InputFrame.of(held=[Intent.INTERACT])
        if what == "exit":
            x, y, w, h = m.exit_zone
            return self.walker.to(m.player, point, near=min(w, h) / 3) or steer(m.player, point)
        frame = None if what == "drop" else self.walker.to(m.player, point)
        if frame is not None:
            return frame
        self.step += 1
        if self.step >= len(points):  # arrived: wait there for the next leg
            self.leg, self.step, self.waited = self.leg + 1, 0, 0
        return self(scene)

    @property
    def between_legs(self) -> bool:
        return self.leg >= len(self.legs)

    # -- planning
    @classmethod
    def plan(cls, scene, grid) -> CoverToCover:
        """Find legs and waits that win, by rehearsal from the attempt's start."""
        m = scene.model
        stops = cover_stops(grid, m.cover)
        x, y, w, h = m.exit_zone
        exit_point = (x + w / 2, y + h / 2)
        banned: set = set()
        here = tuple(m.player)
        state = (shadow(scene), cls(grid))
        swapped = False
        walks: dict = {}
        for _ in range(40):  # legs tried, at most
            route = cheapest_route(grid, here, stops, m.drop, exit_point, swapped, banned, walks)
            if route is None:
                break
            leg = route[:2] if route[0][0] == "drop" and len(route) > 1 else route[:1]
            after = _try_leg(state, leg, cls)
            if after is None:
                banned.add((here,) + tuple(point for _, point in leg))
                continue
            state = after
            rehearsal, plan = state
            if rehearsal.model.outcome == "won":
                fresh = cls(grid)
                fresh.legs = plan.legs
                return fresh
            here, swapped = leg[-1][1], rehearsal.model.swapped
        fallback = cls(grid)  # nothing found: walk it straight and hope
        fallback.legs = [[0, [("drop", m.drop), ("exit", exit_point)]]]
        return fallback


def _copy_state(state):
    rehearsal, plan = state
    return shadow(rehearsal), copy.deepcopy(plan, {id(plan.grid): plan.grid})


def _try_leg(state, leg, cls):
    """Wait (hidden) in steps until the leg can be walked calmly; the state after it, or None."""
    waiting = _copy_state(state)
    for _ in range(round(cls.MAX_WAIT * 60 / cls.WAIT_STEP)):
        rehearsal, plan = trial = _copy_state(waiting)
        plan.legs.append([plan.waited, leg])
        calm = True
        for _ in range(round(cls.LEG_LIMIT / TICK)):
            rehearsal.play(plan(rehearsal), TICK)
            calm = calm and rehearsal.model.suspicion.state == "calm"
            if not calm or rehearsal.model.outcome is not None or plan.between_legs:
                break
        if calm and rehearsal.model.outcome != "lost" and (plan.between_legs or rehearsal.model.outcome == "won"):
            return trial
        rehearsal, plan = waiting
        for _ in range(cls.WAIT_STEP):  # wait a little longer where he is
            rehearsal.play(plan(rehearsal), TICK)
        if rehearsal.model.outcome is not None:
            return None
    return None


def cover_stops(grid, cover) -> list:
    """A walkable spot inside each piece of cover (the open cell nearest its middle)."""
    stops = []
    for x, y, w, h in cover:
        middle = (x + w / 2, y + h / 2)
        cells = [(cx, cy) for cx in range(int(x // grid.tile_w), int((x + w - 1) // grid.tile_w) + 1)
                 for cy in range(int(y // grid.tile_h), int((y + h - 1) // grid.tile_h) + 1) if grid.open((cx, cy))]
        if cells:
            best = min(cells, key=lambda c: math.dist(grid.feet(c), middle))
            stops.append(grid.feet(best))
    return stops


def cheapest_route(grid, here, stops, drop, exit_point, swapped: bool, banned: set, walks: dict | None = None):
    """The stops to walk through from here, as [(what, point), ...]: cover, the drop (unless the
    swap is made), cover, the exit. Long walks in the open cost more than short hops (squared
    length), so the route goes from cover to cover where it can. `walks` keeps each walk's cost
    between calls on the same grid (a plan asks for routes between the same points many times)."""
    walks = {} if walks is None else walks

    def walk(a, b) -> float | None:
        if (a, b) not in walks:
            start = grid.cell(a)
            path = grid.path(start, lambda c: c == grid.cell(b)) if grid.open(grid.cell(b)) else \
                grid.path(start, lambda c: math.dist(grid.feet(c), b) <= grid.tile_w)
            walks[a, b] = None if path is None else (len(path) * grid.tile_w) ** 2
        return walks[a, b]

    nodes = [("cover", s) for s in stops]
    best = {(here, swapped): (0.0, [])}
    frontier = [(0.0, here, swapped, [])]
    while frontier:
        frontier.sort(key=lambda f: f[0])
        cost, at, done, route = frontier.pop(0)
        if done and route and route[-1][0] == "exit":
            return route
        targets = nodes + ([("exit", exit_point)] if done else [("drop", drop)])
        for what, point in targets:
            leg_start = route[-2][1] if len(route) > 1 else here
            leg = (leg_start, at, point) if route and route[-1][0] == "drop" else (at, point)
            if point == at or leg in banned:
                continue
            step = walk(at, point)
            if step is None:
                continue
            now_done = done or what == "drop"
            key = (point, now_done)
            total = cost + step
            if key not in best or total < best[key][0]:
                best[key] = (total, route + [(what, point)])
                frontier.append((total, point, now_done, route + [(what, point)]))
    return None


class DropWinner(CardPlayer):
    """Plans the dead drop cover to cover at the start of each attempt, then plays the plan."""

    def __init__(self, scene, retry: bool = True):
        super().__init__(scene, retry)
        self.grid = map_grid(scene.map)
        self.plan = None
        self.attempt = None

    def play(self, scene) -> InputFrame:
        if self.attempt != scene.attempts:
            self.attempt = scene.attempts
            self.plan = CoverToCover.plan(scene, self.grid)
        return self.plan(scene)


class DropCareless(CardPlayer):
    """Walks up to the nearest patrol and stands in front of him, in the open."""

    def __init__(self, scene, retry: bool = True):
        super().__init__(scene, retry)
        self.walker = PathWalker(map_grid(scene.map))

    def play(self, scene) -> InputFrame:
        m = scene.model
        if not m.guards:
            return self.walker.to(m.player, m.drop) or InputFrame.of(held=[Intent.INTERACT])
        guard = min(m.guards, key=lambda g: math.dist(g.pos, m.player))
        gx, gy = guard.pos
        gx, gy = gx + 20 * math.cos(guard.facing), gy + 20 * math.sin(guard.facing)
        cell = self.walker.grid.cell((gx, gy))
        goal = self.walker.grid.feet(cell)
        self.walker.goal = None  # he moves: plan again each tick
        return self.walker.to(m.player, goal, near=4.0) or NOTHING
