"""From a new game, intents alone carry Stéphane through the evening to an ending.

The scripted player (game/autoplay.py) plays exactly as a person would: it
walks, faces things, presses Interact and picks choices; nothing is set behind
the game's back. Runs on logic only (no display), so it is quick.
"""

import pytest

from game.autoplay import AutoPlayer, ChoicePolicy
from game.core.context import TICK, Context
from game.core.session import Session
from game.scenes.explore import ExploreScene

TICK_LIMIT = 60 * 60 * 20  # twenty minutes of game time


def play(start: str = "vineyard", style: str = "open", until=None):
    lines: list[str] = []
    ctx = Context(session=Session.new(), announce=lines.append)
    player = AutoPlayer(policy=ChoicePolicy(style))
    ctx.scenes.push(ExploreScene.for_chapter(ctx, start))
    ctx.scenes.apply_pending()
    for _ in range(TICK_LIMIT):
        ctx.scenes.update(player(ctx), TICK)
        ctx.clock.ticks += 1
        if ctx.quit_requested or ctx.session.ended or (until and until(ctx)):
            break
    return ctx, lines


def test_intents_alone_carry_him_from_the_vineyard_to_the_garden():
    ctx, lines = play(until=lambda ctx: ctx.session.chapter == "garden")
    assert lines == ["CHAPTER: vineyard", "CHAPTER: visitor", "CHAPTER: dinner", "CHAPTER: garden"]
    story = ctx.session.story
    assert story.get("chores_done") >= 3
    assert story.get("dinner_items") == 4
    assert story.get("heard_knock") is True


@pytest.mark.parametrize("style", ["open", "guarded"])
def test_the_whole_evening_reaches_an_ending(style):
    ctx, lines = play(style=style)
    assert lines[:6] == ["CHAPTER: vineyard", "CHAPTER: visitor", "CHAPTER: dinner", "CHAPTER: garden",
                         "CHAPTER: berlin", "CHAPTER: ending"]
    assert lines[-1].startswith("ENDING: ")
    assert ctx.session.ended


def test_an_open_and_a_guarded_evening_end_differently():
    _, open_lines = play(style="open")
    _, guarded_lines = play(style="guarded")
    assert open_lines[-1] != guarded_lines[-1]
