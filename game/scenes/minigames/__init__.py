"""The Berlin surveillance games as scenes: `minigame_scene(ctx, game_id)`.

Each scene opens on a "How it works" card, plays its pure-logic model (game/minigames/),
shows what went wrong and offers Retry / Give up, and on finishing records the result in
`ctx.session.minigames[game_id]`, sets its Ink variables, announces `MINIGAME: <id> <result>`
and pops itself.
"""

from __future__ import annotations

from game.core.seeds import DEFAULT_SEED

MINIGAME_IDS = ("stakeout", "cipher", "tail", "deaddrop")


def import_games(ctx) -> None:
    """Import every game's scene, and its drawing if this run draws, now (~30 ms, ~1.7 MB of code):
    done as the Berlin chapter loads, so the first game does not stall two frames when the story
    starts it, and its memory is the chapter's from the start."""
    from game.scenes.minigames import cipher, deaddrop, stakeout, tail  # noqa: F401

    if ctx.can_draw:
        from game.render import minigame_views, stakeout_view  # noqa: F401


def minigame_scene(ctx, game_id: str, seed: int | None = None, map_name: str | None = None):
    # one seed for the Berlin day: the cipher's key is the stakeout's times, so they must share it
    seed = ctx.seed_for("berlin", DEFAULT_SEED) if seed is None else seed
    if game_id == "stakeout":
        from game.scenes.minigames.stakeout import StakeoutScene

        return StakeoutScene(ctx, seed)
    if game_id == "cipher":
        from game.scenes.minigames.cipher import CipherScene

        return CipherScene(ctx, seed)
    if game_id == "tail":
        from game.scenes.minigames.tail import TailScene

        return TailScene(ctx, seed, map_name)
    if game_id == "deaddrop":
        from game.scenes.minigames.deaddrop import DeadDropScene

        return DeadDropScene(ctx, seed, map_name)
    raise ValueError(f"unknown minigame '{game_id}' (known: {', '.join(MINIGAME_IDS)})")
