"""The title with a saved evening: Continue first and chosen; New game asks before it replaces the
evening (No by default); a finished evening has nothing to continue. Driven with intents."""

import pytest

from game.content.strings import Strings
from game.core.context import TICK, Context
from game.core.input import InputFrame, Intent
from game.core.saves import SaveData, SaveStore
from game.core.session import Session
from game.scenes import new_context
from game.scenes.explore import ExploreScene
from game.scenes.menu import MenuScene
from game.scenes.title import TitleScene

STORY = Session.new().story.save()


def tap(ctx, *intents):
    for intent in intents:
        ctx.scenes.update(InputFrame.of(pressed=[intent]), TICK)
        ctx.scenes.update(InputFrame(), TICK)
        ctx.scenes.apply_pending()


def at_the_title(tmp_path, chapter: str | None = "berlin", language: str = "en", **fields) -> Context:
    store = SaveStore(tmp_path)
    if chapter:
        x, y, place = (136.0, 219.0, "berlin_street") if chapter == "berlin" else (392.0, 140.8, "mas")
        store.write(SaveData(chapter, place, x, y, "down", STORY, **fields))
    ctx = new_context(saves=store, strings=Strings(language), announce=lambda line: None)
    ctx.settings.language = language
    ctx.scenes.push(TitleScene(ctx))
    ctx.scenes.apply_pending()
    return ctx


def test_with_a_save_continue_is_first_and_has_the_cursor(tmp_path):
    ctx = at_the_title(tmp_path)
    title = ctx.scenes.top
    assert title.items == ["continue", "new", "settings", "quit"] and title.cursor == 0
    tap(ctx, Intent.INTERACT)  # one Enter continues the evening, it does not replace it
    assert isinstance(ctx.scenes.top, ExploreScene) and ctx.session.chapter == "berlin"


def test_without_a_save_new_game_is_first(tmp_path):
    ctx = at_the_title(tmp_path, chapter=None)
    assert ctx.scenes.top.items == ["new", "settings", "quit"]


@pytest.mark.parametrize("language, question", [
    ("en", "This will replace your evening in Berlin. Start again?"),
    ("fr", "Cela remplacera votre soirée à Berlin. Recommencer\u202f?"),
])
def test_new_game_over_a_save_asks_first_and_no_is_the_default(tmp_path, language, question):
    ctx = at_the_title(tmp_path, language=language)
    saved = ctx.saves.path.read_bytes()
    tap(ctx, Intent.DOWN, Intent.INTERACT)  # New game
    ask = ctx.scenes.top
    assert isinstance(ask, MenuScene) and ask.message == question
    assert [item.text() for item in ask.items] == [ctx.strings("saves.no"), ctx.strings("saves.yes")]
    assert ask.cursor == 0
    tap(ctx, Intent.INTERACT)  # No
    assert isinstance(ctx.scenes.top, TitleScene) and ctx.saves.path.read_bytes() == saved
    tap(ctx, Intent.INTERACT)  # still on New game: asked again; Back is No too
    tap(ctx, Intent.BACK)
    assert isinstance(ctx.scenes.top, TitleScene) and ctx.session is None
    tap(ctx, Intent.INTERACT, Intent.DOWN, Intent.INTERACT)  # Yes: a new evening, the old one kept behind it
    assert isinstance(ctx.scenes.top, ExploreScene) and ctx.session.chapter == "vineyard"
    assert ctx.saves.read().chapter == "vineyard" and ctx.saves.generation(1).read_bytes() == saved


def test_a_damaged_save_is_named_plainly_when_new_game_asks(tmp_path):
    ctx = at_the_title(tmp_path)
    ctx.saves.path.write_text("{", encoding="utf-8")
    ctx.scenes.clear_to(TitleScene(ctx))
    ctx.scenes.apply_pending()
    tap(ctx, Intent.DOWN, Intent.INTERACT)
    assert ctx.scenes.top.message == "This will replace your saved evening. Start again?"


def test_a_finished_evening_has_nothing_to_continue(tmp_path):
    ctx = at_the_title(tmp_path, chapter="ending", ending="peace")
    title = ctx.scenes.top
    assert title.items == ["new", "settings", "quit"]
    tap(ctx, Intent.INTERACT)  # New game: nothing unfinished to lose, so nothing to ask
    assert isinstance(ctx.scenes.top, ExploreScene) and ctx.session.chapter == "vineyard"


def test_after_the_credits_the_title_does_not_offer_the_ending_again(open_evening):
    """An evening played to its end with the scripted player: the save says it is over, and the title
    that follows the credits offers no Continue (which used to tell the ending again)."""
    save = open_evening.store.read()
    assert save.ending == "peace" and save.chapter == "ending"
    assert "continue" not in open_evening.title.items
    ctx = new_context(saves=open_evening.store, announce=lambda line: None)
    assert not ctx.nav.continue_game() and ctx.mail.notice == ctx.strings("saves.evening_over")
