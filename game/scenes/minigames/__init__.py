"""The Berlin games as the scenes have asked for them so far: now game/berlin/registry.py.

Kept until the navigation service starts a game by its id through the registry itself.
"""

from __future__ import annotations

from game.berlin import registry

MINIGAME_IDS = registry.ids()


def import_games(ctx) -> None:
    registry.import_games(ctx.can_draw)


def minigame_scene(ctx, game_id: str, seed: int | None = None, map_name=None):
    return registry.scene_for(ctx, game_id, seed, map_name)
