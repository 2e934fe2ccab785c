"""The whole game state as canonical JSON, and its hash: the `STATE: <hash>` line.

What counts: the run's seed and tick count, the session (chapter, Ink's whole saved
state, items, flags, minigame results, what waits to be done), the settings, and each
scene on the stack with its own state (the explore scene's level: every entity and
component, so his position, facing and the map; a minigame's model; a dialogue's line
and cursor; a menu's cursor). What does not count: services (audio, assets, the input
reader), drawing (views, surfaces, where the last frame put things), and files.

Canonical: dict keys sorted, sets sorted, floats written exactly (`repr`), objects as
their class name and fields, random generators by a digest of their state, so the hash
depends on nothing but the state (not on PYTHONHASHSEED, addresses or the clock).
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import math
import random
import types
from pathlib import Path

from game.core import paths

# attributes that hold services or drawing, never simulation state
SKIPPED = frozenset({"ctx", "view", "views", "session", "assets", "portrait", "renderer", "story_get", "font",
                     "fonts", "audio", "_audio",
                     "_watch",  # the map's files as they stand on disk (their times): for reloading, not state
                     "saved_at"})  # the wall clock's time in a SaveData kept by a scene (to continue from)
# modules whose objects are drawing or foreign runtimes (Ink's state is taken from its JSON)
FOREIGN = ("pygame", "pytmx", "pyscroll", "bink")
MAX_DEPTH = 40


def snapshot(ctx) -> dict:
    """The state that a run's seed and intents decide, as plain JSON values."""
    return {
        "seed": ctx.seed,
        "ticks": ctx.clock.ticks,
        "session": session_state(ctx.session),
        "settings": canonical(ctx.settings),
        "scenes": [scene_state(scene) for scene in ctx.scenes.scenes],
    }


def state_hash(ctx) -> str:
    return digest(snapshot(ctx))


def digest(value) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def session_state(session) -> dict | None:
    if session is None:
        return None
    story = session.story
    return {
        "chapter": session.chapter,
        "story_file": _path(story.path),
        # Ink's state JSON, parsed so its key order (from Ink's runtime) does not matter
        "ink": json.loads(story.save()),
        "current_knot": story.current_knot,
        "items": list(session.items),
        "flags": sorted(session.flags),
        "minigames": dict(session.minigames),
        "deferred": [[action.name, canonical(list(action.args))] for action in session.deferred],
        "sounds": list(session.sounds),
        "ended": session.ended,
        "whereabouts": canonical(session.whereabouts),
    }


def scene_state(scene) -> dict:
    return canonical(scene)


def canonical(value, _seen: set | None = None, _depth: int = 0):
    """`value` as plain JSON values, the same for equal states in any process."""
    seen = set() if _seen is None else _seen
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if _depth > MAX_DEPTH:
        return "<deep>"
    depth = _depth + 1
    if isinstance(value, enum.Enum):
        return {"enum": _name(type(value)), "value": canonical(value.value, seen, depth)}
    if isinstance(value, type):
        return {"class": _name(value)}
    if isinstance(value, Path):
        return _path(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"bytes": hashlib.sha256(bytes(value)).hexdigest()}
    if isinstance(value, (list, tuple)):
        return [canonical(item, seen, depth) for item in value]
    if isinstance(value, (set, frozenset)):
        items = [canonical(item, seen, depth) for item in value]
        return {"set": sorted(items, key=_order)}
    if isinstance(value, dict):
        pairs = [[canonical(key, seen, depth), canonical(item, seen, depth)] for key, item in value.items()]
        if all(isinstance(key, str) for key, _ in pairs):
            return {"dict": {key: item for key, item in pairs}}
        return {"pairs": sorted(pairs, key=lambda pair: _order(pair[0]))}
    if isinstance(value, random.Random):
        return {"random": hashlib.sha256(repr(value.getstate()).encode()).hexdigest()}
    kind = type(value)
    if kind.__module__.split(".")[0] in FOREIGN:
        return {"foreign": _name(kind)}
    if callable(value) and not hasattr(value, "__dict__") or _is_function(value):
        return None  # a callback: behaviour, not state
    special = _special(value)
    if special is not None:
        return special
    if id(value) in seen:
        return {"ref": _name(kind)}  # met before on this walk (a back-reference)
    seen.add(id(value))
    fields = {}
    if dataclasses.is_dataclass(value):
        names = [item.name for item in dataclasses.fields(value)]
    else:
        names = list(getattr(value, "__dict__", {}))
        for klass in kind.__mro__:
            names.extend(slot for slot in getattr(klass, "__slots__", ()) if isinstance(slot, str))
    for name in sorted(set(names)):
        if name in SKIPPED or name.startswith("__"):
            continue
        try:
            item = getattr(value, name)
        except AttributeError:
            continue
        fields[name] = canonical(item, seen, depth)
    return {"object": _name(kind), "fields": fields}


def _special(value):
    """Objects described by what identifies them rather than by all they hold."""
    name = type(value).__name__
    if name == "MapData":  # a whole Tiled map: its name and file say which
        return {"map": value.name, "file": _path(value.path)}
    if name in ("Sky", "Fireflies"):  # fixed by their seed and size; they change only with time
        return {name.lower(): canonical([getattr(value, "seed", None), getattr(value, "width", None),
                                         getattr(value, "height", None), getattr(value, "region", None)])}
    if name == "Story":  # the session's story is taken whole elsewhere; a copy is told by its state
        return {"story": hashlib.sha256(value.save().encode("utf-8")).hexdigest()}
    if name == "Strings":
        return {"strings": getattr(value, "language", None)}
    return None


def _is_function(value) -> bool:
    return isinstance(value, (types.FunctionType, types.MethodType, types.BuiltinFunctionType,
                              types.BuiltinMethodType))


def _name(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


def _path(path) -> str:
    path = Path(path)
    try:
        return path.resolve().relative_to(paths.ROOT.resolve()).as_posix()
    except (ValueError, OSError):
        return path.name


def _order(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=True)
