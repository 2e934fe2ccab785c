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

import evenings
from conftest import ROOT
from game import cli
from game.core.saves import SaveStore
from game.players.autoplay import AutoPlayer, ChoicePolicy
from game.scenes import new_context

MOMENTS_PER_STRETCH = 4  # two at the stretch's edges (a chapter or game just begun, about to end), two anywhere


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


def stretches_of(evening):
    """The stretches of an evening: (first tick, last tick, what began it), from each chapter's start and
    each game's end to the next."""
    starts = [(tick, line) for tick, line in evening.lines if line.startswith(("CHAPTER:", "MINIGAME:", "ENDING:"))]
    return [(tick, next_tick, line) for (tick, line), (next_tick, _) in zip(starts, starts[1:])]


def test_quitting_at_any_sampled_moment_then_continue_reaches_the_same_ending(tmp_path, open_evening):
    stretches, ending = stretches_of(open_evening), open_evening.ending
    assert len(stretches) == 10  # from each chapter's start, each game's end, to the ending
    rng = random.Random(1961)
    moments = {}
    for first, last, began in stretches:
        picks = [first + 2, last - 2] + [rng.randrange(first, last) for _ in range(MOMENTS_PER_STRETCH - 2)]
        for tick in picks:
            moments[tick] = began
    assert len(moments) >= 36

    # the same evening again (the scripted player is deterministic), quitting at each moment
    saves = {}
    ctx = evenings.from_the_title()

    def sample(ctx):
        if ctx.clock.ticks in moments:
            saves[ctx.clock.ticks] = quit_now(ctx, tmp_path / f"quit-{ctx.clock.ticks}").read()

    assert evenings.play(ctx, AutoPlayer(policy=ChoicePolicy("open")), evenings.ended, sample)
    assert sorted(saves) == sorted(moments)

    # Continue from each save, the latest first (saves that are the same, as every moment of one conversation
    # gives, once). A Continue that comes to a moment whose save has already been continued to the ending
    # (two ticks into a chapter, or after a game) has shown what it must: from there, it is that save's run.
    outcomes = {}
    for tick, save in sorted(saves.items(), reverse=True):
        key = save_key(save)
        if key not in outcomes:
            outcomes[key] = continue_to_the_end(SaveStore(tmp_path / f"quit-{tick}"), save, outcomes,
                                                tmp_path / f"continued-{tick}")
        result = outcomes[key]
        assert result["ending"] == ending, f"quit at tick {tick} ({moments[tick]}): {result}"
    joined = sum(result["joined"] for result in outcomes.values())
    print(f"quit at {len(moments)} moments ({len(outcomes)} different saves, {joined} of whose Continues met "
          f"another's): Continue reached the ending every time")


def save_key(save) -> str:
    return json.dumps({**dataclasses.asdict(save), "saved_at": ""}, sort_keys=True)


def continue_to_the_end(store: SaveStore, save, outcomes: dict, folder) -> dict:
    """Continue `save` from the title's Continue to the ending, or until it reaches a moment whose save is
    one of `outcomes` (continued to the ending already): then that outcome is this one's too."""
    lines = []
    ctx = new_context(saves=store, announce=lambda line: lines.append((ctx.clock.ticks, line)))
    assert ctx.nav.continue_game(), ctx.mail.notice
    assert ctx.session.chapter == save.chapter and ctx.session.minigames == save.minigames
    ctx.scenes.apply_pending()
    met = []

    def meet_a_continued_save(ctx):
        began = [tick for tick, line in lines if line.startswith(("CHAPTER:", "MINIGAME:"))]
        if began and ctx.clock.ticks == began[-1] + 2:  # where the evening's own moments were sampled
            key = save_key(quit_now(ctx, folder / str(ctx.clock.ticks)).read())
            if key in outcomes:
                met.append(outcomes[key])

    assert evenings.play(ctx, AutoPlayer(policy=ChoicePolicy("open")), lambda ctx: evenings.ended(ctx) or met,
                         meet_a_continued_save)
    games = [line.split()[1] for _, line in lines if line.startswith("MINIGAME:")]
    # the games finished before the quit keep their results and are not played again
    assert not set(games) & set(save.minigames), (save.minigames, games)
    if met:
        games += met[0]["games"]
    if save.chapter == "berlin" or save.minigames:
        assert set(games) | set(save.minigames) == {"stakeout", "cipher", "tail", "deaddrop"}
    ending = met[0]["ending"] if met else str(ctx.session.story.get("ending_id"))
    return {"ending": ending, "games": games, "joined": bool(met)}


def test_a_sigterm_during_a_berlin_game_keeps_the_evening_and_continue_finishes_it(tmp_path, capsys, undrawn):
    """The real thing: a headless run in a data folder is sent SIGTERM while the cipher is being played
    (just after the stakeout was won); Continue (the command line's, run in this process, undrawn) then
    plays on from the cipher, the stakeout kept."""
    arguments = ["--headless", "--data-dir", str(tmp_path)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    game = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *arguments, "--window", "480x270", "--scene",
                             "berlin", "--autoplay"], stdout=subprocess.PIPE,
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
    assert cli.main([*arguments, "--continue", "--autoplay"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:-1] == ["MINIGAME: cipher won", "MINIGAME: tail won", "MINIGAME: deaddrop won", "CHAPTER: ending"]
    assert lines[-1].startswith("ENDING: ")
