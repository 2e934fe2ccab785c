"""What the scripted players of the games on foot share: a patient player's rehearsal.

The winners plan like a patient player who has watched the street a while: before moving, they
rehearse a few simple plans (how far behind to follow, how long to wait before going in) on a
copy of the scene (`shadow`), and then play the first plan that works, through intents. The
rehearsal uses the same fixed tick as the game, so the real run goes the same way.
"""

from __future__ import annotations

import copy

from game.berlin.players import NOTHING, CardPlayer
from game.core.context import TICK
from game.core.input import InputFrame
from game.world.pathfind import map_grid


def shadow(scene):
    """A copy of the scene that can play on without touching the real one: its model (with the
    player's screen) copied whole, but for the walls, which no game changes once made: the copy
    shares them, and with them the index and the cones cast over them (built once a game, not once
    a rehearsal)."""
    copied = copy.copy(scene)
    walls = scene.model.walls
    copied.model = copy.deepcopy(scene.model, {id(walls): walls})
    return copied


def rehearse(scene, make_policy, limit: float):
    """Play a policy on a shadow of the scene (no drawing, no sound); its outcome, and the shadow."""
    rehearsal = shadow(scene)
    policy = make_policy()
    for _ in range(round(limit / TICK)):
        if rehearsal.model.outcome is not None:
            break
        rehearsal.play(policy(rehearsal), TICK)
    return rehearsal.model.outcome, rehearsal


class Rehearsed(CardPlayer):
    """Picks the first plan that wins in rehearsal at the start of each attempt, then plays it."""

    limit = 240.0

    def __init__(self, scene, retry: bool = True):
        super().__init__(scene, retry)
        self.grid = map_grid(scene.map)
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
