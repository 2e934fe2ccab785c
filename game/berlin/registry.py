"""The Berlin games, one line each: the only list of them in the game.

Everything else asks here: the story's start_minigame("id") (scene_for), a save's game under
way (ids), --autoplay, the monkey and the tests (winner_for, careless_for), the bench's moments
(GAMES' `bench`), and --check (each game's `sets`, declared in the story).
"""

from __future__ import annotations

import importlib

from game.berlin.record import Minigame
from game.core.seeds import DEFAULT_SEED

PACKAGES = (
    "game.berlin.stakeout",
    "game.berlin.cipher",
    "game.berlin.tail",
    "game.berlin.deaddrop",
)


def _records(packages) -> dict[str, Minigame]:
    records = [importlib.import_module(name).GAME for name in packages]
    return {record.id: record for record in records}


GAMES: dict[str, Minigame] = _records(PACKAGES)


def ids() -> tuple[str, ...]:
    return tuple(GAMES)


def game(game_id: str) -> Minigame:
    try:
        return GAMES[game_id]
    except KeyError:
        raise ValueError(f"unknown minigame '{game_id}' (known: {', '.join(GAMES)})") from None


def scene_for(ctx, game_id: str, seed: int | None = None, map_name=None):
    """The scene that plays game `game_id`, on the seed of its day (or `seed`); a game played on a
    map plays on `map_name` (a map name, or a Path) instead of its own, if given."""
    record = game(game_id)
    if seed is None:
        seed = ctx.seed_for(record.seed_name, DEFAULT_SEED)
    options = {"map_name": map_name} if map_name else {}
    return record.load("scene")(ctx, record, seed, **options)


def winner_for(scene):
    """A scripted player who wins `scene`'s game: call it once a tick with the context for a frame."""
    return scene.game.load("winner")(scene)


def careless_for(scene, retry: bool = True):
    """A scripted player who loses `scene`'s game, then picks Retry (or Give up, retry=False)."""
    return scene.game.load("careless")(scene, retry)


def read_ahead(ctx, chapter_id: str) -> None:
    """What the chapter's games can read before they start (the maps of those played on one), read now
    into ctx.ahead (Navigator.read_ahead)."""
    for record in GAMES.values():
        if record.chapter == chapter_id:
            record.load("scene").read_ahead(ctx)


def import_games(can_draw: bool) -> None:
    """Import every game's scene, and its drawing if the run draws, now (~30 ms, ~1.7 MB of code):
    done as the Berlin chapter loads, so the first game does not stall two frames when the story
    starts it, and its memory is the chapter's from the start."""
    for record in GAMES.values():
        for part in ("scene", "view") if can_draw else ("scene",):
            record.load(part)
