"""The tail's scripted players: one who follows on the courier's route at a distance rehearsed to
win, hiding, backing off or standing still when he may turn; one who walks on his heels."""

from __future__ import annotations

import math

from game.berlin.on_foot.players import Rehearsed
from game.berlin.players import NOTHING, TAP, CardPlayer
from game.core.context import TICK
from game.core.input import InputFrame
from game.minigames.vision import in_cover, line_of_sight
from game.players.scripted import PathWalker, steer

DANGER = ("tell", "glance", "double_back", "turn", "check")  # he may turn, or looks


class TailPlan:
    """Follows on the courier's own route, `distance` px behind him; when he may turn (the tell,
    a glance, a double back, a check) or sees him, it `response`s: "hide" in cover close by,
    "back" off along the route, or "stand" still."""

    def __init__(self, grid, distance: float, response: str):
        self.grid = grid
        self.distance = distance
        self.response = response
        self.walker = PathWalker(grid)
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


class TailWinner(Rehearsed):
    def candidates(self, scene):
        grid = self.grid
        for response in ("hide", "back", "stand"):
            for distance in (100.0, 80.0, 120.0, 60.0, 140.0):
                yield lambda d=distance, r=response: TailPlan(grid, d, r)


class TailCareless(CardPlayer):
    """Walks right up behind the courier and never hides."""

    def play(self, scene) -> InputFrame:
        m = scene.model
        cx, cy = m.courier_pos
        heading = m.route.heading_at(m.s)  # on his heels, whatever he does
        target = (cx - 20 * math.cos(heading), cy - 20 * math.sin(heading))
        return steer(m.player, target)
