"""The whole game state as canonical JSON, and its hash: the `STATE: <hash>` line.

What counts is what each part declares to be its state, as plain data: the run's seed
and tick count, the session's `snapshot()` (chapter, Ink's whole saved state, items,
flags, minigame results, what waits to be done), the settings' and each scene's on the
stack (the explore scene's level: every entity and its components; a minigame's model;
a dialogue's line and cursor; a menu's cursor). Caches, views, services and files are
left out by their owners, who know them: nothing here looks inside an object.

Canonical: dict keys sorted, no spaces, ASCII, floats as Python writes them (exactly),
NaN refused, so the hash depends on nothing but the state (not on PYTHONHASHSEED,
addresses or the clock). A snapshot that holds anything but JSON's values (a set, an
object) is a mistake of its owner, and fails loudly here.
"""

from __future__ import annotations

import hashlib
import json


def snapshot(ctx) -> dict:
    """The state that a run's seed and intents decide, as plain JSON values."""
    return {
        "seed": ctx.seed,
        "ticks": ctx.clock.ticks,
        "session": ctx.session.snapshot() if ctx.session is not None else None,
        "settings": ctx.settings.snapshot(),
        "scenes": [scene.snapshot() for scene in ctx.scenes.scenes],
    }


def state_hash(ctx) -> str:
    return digest(snapshot(ctx))


def encode(value) -> str:
    """`value` as canonical JSON text; TypeError for anything that is not plain data."""
    return json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":"), allow_nan=False)


def digest(value) -> str:
    return hashlib.sha256(encode(value).encode("ascii")).hexdigest()
