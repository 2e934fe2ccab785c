"""From the title screen, intents alone carry Stéphane through the evening to each ending.

The scripted player (game/players/autoplay.py) plays exactly as a person would: it
picks New game, walks, faces things, presses Interact, picks choices, traces
the stars and leaves from the title after the credits; nothing is set behind
the game's back. Runs on logic only (no display), so it is quick.
"""

import subprocess
import sys

import pytest

from conftest import ROOT
from game.players.autoplay import AutoPlayer, ChoicePolicy
from game.content.chapters import load_endings
from game.core.context import TICK
from game.scenes.title import TitleScene
from game.scenes import new_context

TICK_LIMIT = 60 * 60 * 20  # twenty minutes of game time
BERLIN = ["MINIGAME: stakeout won", "MINIGAME: cipher won", "MINIGAME: tail won", "MINIGAME: deaddrop won"]
CHAPTERS = ["CHAPTER: vineyard", "CHAPTER: visitor", "CHAPTER: dinner", "CHAPTER: garden", "CHAPTER: berlin",
            *BERLIN, "CHAPTER: ending"]


def play(policy: ChoicePolicy, until=None):
    lines: list[str] = []
    ctx = new_context(announce=lines.append)
    player = AutoPlayer(policy=policy)
    ctx.scenes.push(TitleScene(ctx))
    ctx.scenes.apply_pending()
    for _ in range(TICK_LIMIT):
        ctx.scenes.update(player(ctx), TICK)
        ctx.clock.ticks += 1
        if ctx.mail.quit_requested or (until and until(ctx)):
            break
    return ctx, lines


def test_intents_alone_carry_him_from_the_vineyard_to_the_garden():
    ctx, lines = play(ChoicePolicy("open"), until=lambda ctx: ctx.session and ctx.session.chapter == "garden")
    assert lines == CHAPTERS[:4]
    story = ctx.session.story
    assert story.get("chores_done") >= 3
    assert story.get("dinner_items") == 4
    assert story.get("heard_knock") is True


@pytest.mark.parametrize("ending", sorted(load_endings().values(), key=lambda e: e.id), ids=lambda e: e.id)
def test_each_ending_is_reached_from_the_title_through_the_credits(ending):
    ctx, lines = play(ChoicePolicy.for_ending(ending))
    assert lines == CHAPTERS + [f"ENDING: {ending.id}"]
    assert ctx.session.ended and ctx.mail.quit_requested  # back at the title, he chose Quit
    story = ctx.session.story  # Berlin's four wins are in the story the garden and the ending read
    assert [story.get(name) for name in ("courier_identified", "message_decoded", "berlin_tail_won",
                                         "berlin_drop_won")] == [True] * 4
    assert story.get("decoded_text") and story.get("berlin_clean") >= 1
    assert len(ctx.session.story.save()) > 0


def test_the_command_line_autoplay_reaches_the_ending_it_is_asked_for(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--headless", "--autoplay", "--ending", "dawn",
                             "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == CHAPTERS + ["ENDING: dawn"]


def test_list_endings_prints_one_id_a_line():
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--list-endings"], capture_output=True,
                            text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0
    assert result.stdout.split() == list(load_endings())
