"""Scripted players for the Berlin games: winners for --autoplay and tests, careless ones for tests.

They act only through InputFrames, like a person at the keyboard or gamepad, and plan from what
the scene shows: the man at the door and the log in the stakeout, the clue in the notebook, the
courier, the patrols, their cones and the map in the tail and the dead drop.

The on-foot winners plan like a patient player who has watched the street a while: before
moving, they rehearse a few simple plans (how far behind to follow, how long to wait before
going in) on a copy of the scene's model, and then play the first plan that works, through
intents. The rehearsal uses the same fixed tick as the game, so the real run goes the same way.

    player = strategy_for(scene)        # a winner
    frame = player(ctx)                 # one InputFrame per tick
    careless = careless_for(scene)      # one who loses
"""

from __future__ import annotations

import copy
import math

from game.core.context import TICK
from game.core.input import InputFrame, Intent
from game.minigames.stakeout import Visit, matches_pattern
from game.minigames.vision import in_cover, line_of_sight, point_in_rect
from game.world.pathfind import breadth_first

TAP = InputFrame.of(pressed=[Intent.INTERACT])
NOTHING = InputFrame()
DANGER = ("tell", "glance", "double_back", "turn", "check")


def _press(intent: Intent) -> InputFrame:
    return InputFrame.of(pressed=[intent])


class _Player:
    """Common to all: the cards (intro, result) and a tap rhythm (press, release, press...)."""

    def __init__(self, scene, retry: bool = True):
        self.scene = scene
        self.retry = retry
        self.ticks = 0

    def __call__(self, ctx=None) -> InputFrame:
        self.ticks += 1
        scene = self.scene
        if scene.finished:
            return NOTHING
        if scene.phase == "intro":
            return TAP if self.ticks % 2 == 0 else NOTHING
        if scene.phase == "result":
            if self.ticks % 2:
                return NOTHING
            wanted = "continue" if "continue" in scene.choices else ("retry" if self.retry else "give_up")
            target = scene.choices.index(wanted)
            if scene.cursor < target:
                return _press(Intent.DOWN)
            if scene.cursor > target:
                return _press(Intent.UP)
            return TAP
        return self.play(scene)

    def play(self, scene) -> InputFrame:
        return NOTHING

    @property
    def tap(self) -> bool:
        return self.ticks % 2 == 0


# -- the stakeout -----------------------------------------------------------------------------

def suspect_from_log(rows) -> str | None:
    """Who matches the courier's pattern in the log: each arrival paired with the next leaving."""
    by_person: dict[str, list] = {}
    for row in sorted(rows, key=lambda r: r.event.time):
        by_person.setdefault(row.event.person_id, []).append(row.event)
    for person, events in by_person.items():
        visits, open_in = [], None
        for event in events:
            if event.direction == "in":
                open_in = event
            elif open_in is not None:
                visits.append(Visit(person, open_in.time, event.time, open_in.carrying, event.carrying))
                open_in = None
        if matches_pattern(visits):
            return person
    return None


class StakeoutWinner(_Player):
    """Logs everyone at the door, runs the clock fast between visitors, names the pattern's man."""

    def play(self, scene) -> InputFrame:
        if not self.tap:
            return NOTHING
        if scene.accusing:
            people = scene.seen_people()
            suspect = suspect_from_log(scene.log_rows())
            tried = set(scene.model.accused)
            if suspect is None or suspect in tried:
                suspect = next((p for p in people if p not in tried), people[0])
            target = people.index(suspect)
            if scene.pick < target:
                return _press(Intent.DOWN)
            if scene.pick > target:
                return _press(Intent.UP)
            return TAP
        door = scene.at_door
        if door is not None and (door.time, door.person_id) not in scene.logged:
            return TAP
        if scene.model.can_accuse and suspect_from_log(scene.log_rows()) is not None:
            return _press(Intent.DOWN)  # the log shows him: no need to watch on
        if not scene.fast:
            return _press(Intent.RIGHT)
        return NOTHING


class StakeoutCareless(_Player):
    """Fast-forwards through the day logging nobody, then names the first man he saw, thrice."""

    def play(self, scene) -> InputFrame:
        if not self.tap:
            return NOTHING
        if scene.accusing:
            return TAP if scene.pick == 0 else _press(Intent.UP)
        if not scene.fast:
            return _press(Intent.RIGHT)
        return NOTHING


# -- the cipher ---------------------------------------------------------------------------------

def key_from_log(events) -> str:
    """The key as the chief's note says the ring makes it: the courier's arrival times, as a
    clock shows them, written as digits (09:17 and 14:17 -> 09171417)."""
    return "".join(f"{e.time // 60:02d}{e.time % 60:02d}" for e in events if e.direction == "in")


class CipherWinner(_Player):
    """Reads the courier's arrival times in the notebook's log, dials them in digit by digit,
    then decodes."""

    def play(self, scene) -> InputFrame:
        if not self.tap:
            return NOTHING
        key = key_from_log(scene.courier_events)[: scene.decode_slot]
        i = scene.cursor_at
        if i < len(key):
            want, have = int(key[i]), scene.digits[i]
            if have == want:
                return _press(Intent.RIGHT)
            return _press(Intent.UP if (want - have) % 10 <= 5 else Intent.DOWN)
        if i < scene.decode_slot:
            return _press(Intent.RIGHT)
        return TAP


class CipherCareless(_Player):
    """Decodes at once with whatever is in the key row."""

    def play(self, scene) -> InputFrame:
        return TAP if self.tap else NOTHING


# -- walking: grid paths and steering by the stick ----------------------------------------------

class Grid:
    """The map's walkable tiles, for planning a way from here to there (4-neighbour paths)."""

    def __init__(self, data):
        self.w, self.h, self.tile = data.width, data.height, data.tile_w
        self.blocked = data.blocked

    def open(self, cx: int, cy: int) -> bool:
        return 0 <= cx < self.w and 0 <= cy < self.h and not self.blocked[cy * self.w + cx]

    def cell(self, p) -> tuple[int, int]:
        return int(p[0] // self.tile), int(p[1] // self.tile)

    def centre(self, c) -> tuple[float, float]:
        return (c[0] * self.tile + self.tile / 2, c[1] * self.tile + self.tile / 2)

    def path(self, start, goal_test) -> list[tuple[int, int]] | None:
        return breadth_first(self.cell(start), goal_test, lambda cell: self.open(*cell))


def steer(pos, target) -> InputFrame:
    """A stick push straight at target, gentler for the last pixel so he stops on it."""
    dx, dy = target[0] - pos[0], target[1] - pos[1]
    d = math.hypot(dx, dy)
    if d < 0.05:
        return NOTHING
    step = 72.0 * TICK  # what a full push walks in one tick
    k = min(1.0, d / step) / d
    return InputFrame.of(stick=(dx * k, dy * k))


class Walker:
    """Goes to a point by the grid: to the centre of each cell on the way, then to the point."""

    def __init__(self, grid: Grid):
        self.grid = grid
        self.goal = None
        self.waypoints: list = []

    def to(self, pos, goal, near: float = 0.0) -> InputFrame | None:
        """A frame toward goal; None once within `near` px of it (or there)."""
        if math.hypot(goal[0] - pos[0], goal[1] - pos[1]) <= max(near, 0.3):
            return None
        if self.goal != goal:
            self.goal = goal
            grid = self.grid
            target_cell = grid.cell(goal)
            if grid.open(*target_cell):
                test = lambda c: c == target_cell  # noqa: E731
            else:  # the goal is in a wall (a brick in it): any open cell near enough
                test = lambda c: math.dist(grid.centre(c), goal) <= max(near, grid.tile)  # noqa: E731
            path = grid.path(pos, test) or []
            self.waypoints = [grid.centre(c) for c in path[1:]]
            if grid.open(*target_cell):
                self.waypoints.append(tuple(goal))
        while self.waypoints and math.hypot(self.waypoints[0][0] - pos[0], self.waypoints[0][1] - pos[1]) < 0.3:
            self.waypoints.pop(0)
        if not self.waypoints:
            return steer(pos, goal) if math.dist(pos, goal) > near else None
        return steer(pos, self.waypoints[0])


def rehearse(scene, make_policy, limit: float):
    """Play a policy on a copy of the scene's model (no drawing, no sound); the copy's outcome."""
    shadow = _shadow(scene)
    shadow.clean = scene.clean
    policy = make_policy()
    for _ in range(round(limit / TICK)):
        if shadow.model.outcome is not None:
            break
        shadow.play(policy(shadow), TICK)
    return shadow.model.outcome, shadow


# -- the tail -------------------------------------------------------------------------------------

class TailPlan:
    """Follows on the courier's own route, `distance` px behind him; when he may turn (the tell,
    a glance, a double back, a check) or sees him, it `response`s: "hide" in cover close by,
    "back" off along the route, or "stand" still."""

    def __init__(self, grid: Grid, distance: float, response: str):
        self.grid = grid
        self.distance = distance
        self.response = response
        self.walker = Walker(grid)
        self.on_rail = False
        self.s = 0.0
        self.hiding_at = None
        self.calm_for = 0.0

    def __call__(self, scene) -> InputFrame:
        m = scene.model
        route, pos = m.route, m.player
        danger = m.courier_state in DANGER or m.suspicion.state != "calm" or m.seen_amount > 0
        self.calm_for = 0.0 if danger else self.calm_for + TICK
        if not self.on_rail:
            start = route.point_at(0)
            frame = self.walker.to(pos, start)
            if frame is None:
                self.on_rail, self.s = True, 0.0
                return NOTHING
            return frame
        if self.hiding_at is not None:  # in cover (or going there / coming back)
            spot, back = self.hiding_at
            if self.calm_for < 0.6:
                if in_cover(pos, m.cover) and math.dist(pos, spot) < 1.0:
                    return TAP if not m.hidden else NOTHING
                return steer(pos, spot)
            if math.dist(pos, back) > 0.3:
                return steer(pos, back)
            self.hiding_at = None
        if m.courier_state == "meeting":
            desired = route.length - min(self.distance, 80.0)
        else:
            desired = m.s - self.distance
        if danger:
            if self.response == "stand":
                return NOTHING
            if self.response == "back":
                desired = m.s - self.distance - 60
            elif self.response == "hide":
                spot = self._cover_near(m, pos)
                if spot is not None:
                    self.hiding_at = (spot, pos)
                    return steer(pos, spot)
                return NOTHING
        desired = max(0.0, min(route.length, desired))
        if abs(desired - self.s) < 0.5:
            return NOTHING
        step = 72.0 * TICK
        target_s = self.s + max(-step, min(step, desired - self.s))
        goal = route.point_at(target_s)
        frame = steer(pos, goal)
        # the rail point moves on only when he is (almost) on it: walls may hold him back
        if math.dist(pos, route.point_at(self.s)) < 2.0:
            self.s = target_s
        return frame

    @staticmethod
    def _cover_near(m, pos):
        best = None
        for x, y, w, h in m.cover:
            spot = (x + w / 2, y + h / 2)
            d = math.dist(spot, pos)
            if d <= 40 and line_of_sight(pos, spot, m.walls) and (best is None or d < best[0]):
                best = (d, spot)
        return best[1] if best else None


class _Rehearsed(_Player):
    """Picks the first plan that wins in rehearsal at the start of each attempt, then plays it."""

    limit = 240.0

    def __init__(self, scene, retry: bool = True):
        super().__init__(scene, retry)
        self.grid = Grid(scene.map)
        self.plan = None
        self.attempt = None

    def candidates(self, scene):
        return []

    def play(self, scene) -> InputFrame:
        if self.attempt != scene.attempts:
            self.attempt = scene.attempts
            self.plan = None
            fallback = None
            for make in self.candidates(scene):
                outcome, _ = rehearse(scene, make, self.limit)
                fallback = fallback or make
                if outcome == "won":
                    self.plan = make()
                    break
            if self.plan is None:
                self.plan = (fallback or (lambda: (lambda s: NOTHING)))()
        return self.plan(scene)


class TailWinner(_Rehearsed):
    def candidates(self, scene):
        grid = self.grid
        for response in ("hide", "back", "stand"):
            for distance in (100.0, 80.0, 120.0, 60.0, 140.0):
                yield lambda d=distance, r=response: TailPlan(grid, d, r)


class TailCareless(_Player):
    """Walks right up behind the courier and never hides."""

    def play(self, scene) -> InputFrame:
        m = scene.model
        cx, cy = m.courier_pos
        heading = m.route.heading_at(m.s)  # on his heels, whatever he does
        target = (cx - 20 * math.cos(heading), cy - 20 * math.sin(heading))
        return steer(m.player, target)


# -- the dead drop ----------------------------------------------------------------------------

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

    def __init__(self, grid: Grid):
        self.grid = grid
        self.walker = Walker(grid)
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
    def plan(cls, scene, grid: Grid) -> "CoverToCover":
        """Find legs and waits that win, by rehearsal from the attempt's start."""
        m = scene.model
        stops = cover_stops(grid, m.cover)
        x, y, w, h = m.exit_zone
        exit_point = (x + w / 2, y + h / 2)
        banned: set = set()
        here = tuple(m.player)
        state = (_shadow(scene), cls(grid))
        swapped = False
        for _ in range(40):  # legs tried, at most
            route = cheapest_route(grid, here, stops, m.drop, exit_point, swapped, banned)
            if route is None:
                break
            leg = route[:2] if route[0][0] == "drop" and len(route) > 1 else route[:1]
            after = _try_leg(state, leg, cls)
            if after is None:
                banned.add((here,) + tuple(point for _, point in leg))
                continue
            state = after
            shadow, plan = state
            if shadow.model.outcome == "won":
                fresh = cls(grid)
                fresh.legs = plan.legs
                return fresh
            here, swapped = leg[-1][1], shadow.model.swapped
        fallback = cls(grid)  # nothing found: walk it straight and hope
        fallback.legs = [[0, [("drop", m.drop), ("exit", exit_point)]]]
        return fallback


def _shadow(scene):
    """A copy of the scene that can play on without touching the real one: its model and camera copied
    whole, but for the walls, which no game changes once made: the copy shares them, and with them the
    index and the cones cast over them (built once a game, not once a rehearsal)."""
    shadow = copy.copy(scene)
    walls = scene.model.walls
    shadow.model = copy.deepcopy(scene.model, {id(walls): walls})
    shadow.camera = copy.deepcopy(scene.camera)
    return shadow


def _copy_state(state):
    shadow, plan = state
    return _shadow(shadow), copy.deepcopy(plan, {id(plan.grid): plan.grid})


def _try_leg(state, leg, cls):
    """Wait (hidden) in steps until the leg can be walked calmly; the state after it, or None."""
    waiting = _copy_state(state)
    for _ in range(round(cls.MAX_WAIT * 60 / cls.WAIT_STEP)):
        shadow, plan = trial = _copy_state(waiting)
        plan.legs.append([plan.waited, leg])
        calm = True
        for _ in range(round(cls.LEG_LIMIT / TICK)):
            shadow.play(plan(shadow), TICK)
            calm = calm and shadow.model.suspicion.state == "calm"
            if not calm or shadow.model.outcome is not None or plan.between_legs:
                break
        if calm and shadow.model.outcome != "lost" and (plan.between_legs or shadow.model.outcome == "won"):
            return trial
        shadow, plan = waiting
        for _ in range(cls.WAIT_STEP):  # wait a little longer where he is
            shadow.play(plan(shadow), TICK)
        if shadow.model.outcome is not None:
            return None
    return None


def cover_stops(grid: Grid, cover) -> list:
    """A walkable spot inside each piece of cover (the open cell nearest its middle)."""
    stops = []
    for x, y, w, h in cover:
        middle = (x + w / 2, y + h / 2)
        cells = [(cx, cy) for cx in range(int(x // grid.tile), int((x + w - 1) // grid.tile) + 1)
                 for cy in range(int(y // grid.tile), int((y + h - 1) // grid.tile) + 1) if grid.open(cx, cy)]
        if cells:
            best = min(cells, key=lambda c: math.dist(grid.centre(c), middle))
            stops.append(grid.centre(best))
    return stops


def cheapest_route(grid: Grid, here, stops, drop, exit_point, swapped: bool, banned: set):
    """The stops to walk through from here, as [(what, point), ...]: cover, the drop (unless the
    swap is made), cover, the exit. Long walks in the open cost more than short hops (squared
    length), so the route goes from cover to cover where it can."""
    def walk(a, b) -> float | None:
        path = grid.path(a, lambda c: c == grid.cell(b)) if grid.open(*grid.cell(b)) else \
            grid.path(a, lambda c: math.dist(grid.centre(c), b) <= grid.tile)
        return None if path is None else (len(path) * grid.tile) ** 2

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


class DropWinner(_Player):
    """Plans the dead drop cover to cover at the start of each attempt, then plays the plan."""

    def __init__(self, scene, retry: bool = True):
        super().__init__(scene, retry)
        self.grid = Grid(scene.map)
        self.plan = None
        self.attempt = None

    def play(self, scene) -> InputFrame:
        if self.attempt != scene.attempts:
            self.attempt = scene.attempts
            self.plan = CoverToCover.plan(scene, self.grid)
        return self.plan(scene)


class DropCareless(_Player):
    """Walks up to the nearest patrol and stands in front of him, in the open."""

    def __init__(self, scene, retry: bool = True):
        super().__init__(scene, retry)
        self.walker = Walker(Grid(scene.map))

    def play(self, scene) -> InputFrame:
        m = scene.model
        if not m.guards:
            return self.walker.to(m.player, m.drop) or InputFrame.of(held=[Intent.INTERACT])
        guard = min(m.guards, key=lambda g: math.dist(g.pos, m.player))
        gx, gy = guard.pos
        gx, gy = gx + 20 * math.cos(guard.facing), gy + 20 * math.sin(guard.facing)
        cell = self.walker.grid.cell((gx, gy))
        goal = self.walker.grid.centre(cell)
        self.walker.goal = None  # he moves: plan again each tick
        return self.walker.to(m.player, goal, near=4.0) or NOTHING


# -- choosing ---------------------------------------------------------------------------------------

WINNERS = {"stakeout": StakeoutWinner, "cipher": CipherWinner, "tail": TailWinner, "deaddrop": DropWinner}
CARELESS = {"stakeout": StakeoutCareless, "cipher": CipherCareless, "tail": TailCareless,
            "deaddrop": DropCareless}


def strategy_for(scene):
    """A player that wins `scene`'s game: call it with the context, once per tick, for a frame."""
    return WINNERS[scene.game_id](scene)


def careless_for(scene, retry: bool = True):
    """A player that loses (and then picks Retry, or Give up with retry=False)."""
    return CARELESS[scene.game_id](scene, retry)
