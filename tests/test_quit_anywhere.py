"""Quit at any moment, and Continue goes on to an ending: nothing the player did is lost.

One evening is played by the scripted player from the title; at sampled moments of every
chapter and of every Berlin game the player quits as closing the window does (SDL turns a
SIGTERM into the same quit): the run stops and the evening is saved. Each save is then
continued from the title's Continue with a fresh scripted player, which must reach the same
ending, with the Berlin games won before the quit kept and not played again.
"""

import dataclasses
import json
import os
import random
import signal
import subprocess
import sys

from conftest import ROOT
from game.players.autoplay import AutoPlayer, ChoicePolicy
from game.core.context import TICK
from game.core.saves import SaveStore
from game.scenes.title import TitleScene
from game.scenes import new_context

TICK_LIMIT = 60 * 60 * 20
MOMENTS_PER_STRETCH = 6  # two at the stretch's edges (a chapter or game just begun, about to end), four anywhere


def quit_now(ctx, folder) -> SaveStore:
    """What closing the window does once the loop has stopped (game/cli.py): the evening is saved.
    The save goes to its own folder, so the evening being sampled plays on untouched."""
    store, kept = SaveStore(folder), ctx.saves
    ctx.saves = store
    try:
        ctx.nav.autosave()
    finally:
        ctx.saves = kept
    return store


def play(ctx, player, until, on_tick=lambda ctx: None):
    for _ in range(TICK_LIMIT):
        ctx.scenes.update(player(ctx), TICK)
        ctx.clock.ticks += 1
        on_tick(ctx)
        if ctx.mail.quit_requested or until(ctx):
            return
    raise AssertionError(f"the evening did not end within {TICK_LIMIT} ticks")


def ended(ctx) -> bool:
    return ctx.session is not None and ctx.session.ended


def uninterrupted_evening():
    """The stretches of one evening: (first tick, last tick, what began it), and how it ended."""
    lines = []
    ctx = new_context(announce=lambda line: lines.append((ctx.clock.ticks, line)))
    ctx.scenes.push(TitleScene(ctx))
    ctx.scenes.apply_pending()
    play(ctx, AutoPlayer(policy=ChoicePolicy("open")), ended)
    starts = [(tick, line) for tick, line in lines if line.startswith(("CHAPTER:", "MINIGAME:", "ENDING:"))]
    stretches = [(tick, next_tick, line) for (tick, line), (next_tick, _) in zip(starts, starts[1:])]
    return stretches, str(ctx.session.story.get("ending_id"))


def test_quitting_at_any_sampled_moment_then_continue_reaches_the_same_ending(tmp_path):
    stretches, ending = uninterrupted_evening()
    assert len(stretches) == 10  # from each chapter's start, each game's end, to the ending
    rng = random.Random(1961)
    moments = {}
    for first, last, began in stretches:
        picks = [first + 2, last - 2] + [rng.randrange(first, last) for _ in range(MOMENTS_PER_STRETCH - 2)]
        for tick in picks:
            moments[tick] = began
    assert len(moments) >= 50

    # the same evening again (the scripted player is deterministic), quitting at each moment
    saves = {}
    ctx = new_context(announce=lambda line: None)
    ctx.scenes.push(TitleScene(ctx))
    ctx.scenes.apply_pending()

    def sample(ctx):
        if ctx.clock.ticks in moments:
            saves[ctx.clock.ticks] = quit_now(ctx, tmp_path / f"quit-{ctx.clock.ticks}").read()

    play(ctx, AutoPlayer(policy=ChoicePolicy("open")), ended, sample)
    assert sorted(saves) == sorted(moments)

    # Continue from each save (saves that are the same, as every moment of one conversation gives, once)
    outcomes = {}
    reached = 0
    for tick, save in sorted(saves.items()):
        key = json.dumps({**dataclasses.asdict(save), "saved_at": ""}, sort_keys=True)
        if key not in outcomes:
            outcomes[key] = continue_to_the_end(SaveStore(tmp_path / f"quit-{tick}"), save)
        result = outcomes[key]
        assert result["ending"] == ending, f"quit at tick {tick} ({moments[tick]}): {result}"
        reached += 1
    print(f"quit at {len(moments)} moments ({len(outcomes)} different saves): "
          f"Continue reached the ending {reached} of {len(moments)} times")


def continue_to_the_end(store: SaveStore, save) -> dict:
    lines = []
    ctx = new_context(saves=store, announce=lines.append)
    assert ctx.nav.continue_game(), ctx.mail.notice
    assert ctx.session.chapter == save.chapter and ctx.session.minigames == save.minigames
    ctx.scenes.apply_pending()
    play(ctx, AutoPlayer(policy=ChoicePolicy("open")), ended)
    games = [line.split()[1] for line in lines if line.startswith("MINIGAME:")]
    # the games finished before the quit keep their results and are not played again
    assert not set(games) & set(save.minigames), (save.minigames, games)
    if save.chapter == "berlin" or save.minigames:
        assert set(games) | set(save.minigames) == {"stakeout", "cipher", "tail", "deaddrop"}
    return {"ending": str(ctx.session.story.get("ending_id")), "games": games}


def test_a_sigterm_during_a_berlin_game_keeps_the_evening_and_continue_finishes_it(tmp_path):
    """The real thing: a headless run in a data folder is sent SIGTERM while the cipher is being played
    (just after the stakeout was won); Continue then plays on from the cipher, the stakeout kept."""
    command = [sys.executable, str(ROOT / "main.py"), "--headless", "--data-dir", str(tmp_path)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    game = subprocess.Popen(command + ["--scene", "berlin", "--autoplay"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        for line in game.stdout:
            if line.startswith("MINIGAME: stakeout"):
                game.send_signal(signal.SIGTERM)
                break
        game.communicate(timeout=60)
    finally:
        game.kill()
    save = json.loads((tmp_path / "save.json").read_text(encoding="utf-8"))
    assert save["chapter"] == "berlin" and save["minigames"] == {"stakeout": "won"}
    result = subprocess.run(command + ["--continue", "--autoplay"], capture_output=True, text=True,
                            timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:-1] == ["MINIGAME: cipher won", "MINIGAME: tail won", "MINIGAME: deaddrop won", "CHAPTER: ending"]
    assert lines[-1].startswith("ENDING: ")
