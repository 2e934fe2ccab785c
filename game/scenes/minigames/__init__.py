"""The Berlin surveillance games as scenes: `minigame_scene(ctx, game_id)`.

Each scene opens on a "How it works" card, plays its pure-logic model (game/minigames/),
shows what went wrong and offers Retry / Give up, and on finishing records the result in
`ctx.session.minigames[game_id]`, sets its Ink variables, announces `MINIGAME: <id> <result>`
and pops itself.
"""

from __future__ import annotations

from game.core.seeds import DEFAULT_SEED
from game.scenes.minigames.cipher import CipherScene
from game.scenes.minigames.deaddrop import DeadDropScene
from game.scenes.minigames.stakeout import StakeoutScene
from game.scenes.minigames.tail import TailScene

MINIGAME_IDS = ("stakeout", "cipher", "tail", "deaddrop")


def minigame_scene(ctx, game_id: str, seed: int | None = None, map_name: str | None = None):
    # one seed for the Berlin day: the cipher's key is the stakeout's times, so they must share it
    seed = ctx.seed_for("berlin", DEFAULT_SEED) if seed is None else seed
    if game_id == "stakeout":
        return StakeoutScene(ctx, seed)
    if game_id == "cipher":
        return CipherScene(ctx, seed)
    if game_id == "tail":
        return TailScene(ctx, seed, map_name)
    if game_id == "deaddrop":
        return DeadDropScene(ctx, seed, map_name)
    raise ValueError(f"unknown minigame '{game_id}' (known: {', '.join(MINIGAME_IDS)})")
