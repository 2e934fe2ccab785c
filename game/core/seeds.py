"""The run's seed, and the seeds each system draws from it.

Everything random in the simulation (the skies, the Berlin games' puzzles, Ink's own
random seed, the monkey player) takes its seed from here, so a run depends only on
its seed and the intents of each tick. `--seed N` picks the seed; the default keeps
the hand-picked seeds the game was tuned with (the Berlin day, the title's sky).
"""

from __future__ import annotations

import hashlib
import json

DEFAULT_SEED = 1961


def derive(seed: int, name: str) -> int:
    """An independent 63-bit seed for the system `name`, from the run's seed."""
    digest = hashlib.sha256(f"{seed}:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def seed_for(seed: int, name: str, default: int) -> int:
    """`default` (the hand-picked seed) under the default run seed; else derived from the run's seed."""
    return default if seed == DEFAULT_SEED else derive(seed, name)


def seed_story(story, seed: int) -> None:
    """Give Ink's runtime (RANDOM, shuffles) a seed from the run's, instead of the one it draws at load.

    bink picks `storySeed` at random when a story is created, and it is part of the
    saved state: without this, two runs of the same intents would save different states.
    """
    state = json.loads(story.save())
    state["storySeed"] = derive(seed, "ink") % 100  # Ink itself keeps its seed below 100
    state["previousRandom"] = 0
    story.load(json.dumps(state))
