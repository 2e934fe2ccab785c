"""Evenings played in-process by the scripted player, on logic only (no window, nothing drawn).

A whole evening takes about two CPU-seconds this way (a drawn one, ten times that): tests that need
one play it here, and tests that only read one share conftest's session fixture `open_evening`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.core.context import TICK, Context
from game.core.saves import SaveData, SaveStore
from game.players.autoplay import AutoPlayer, ChoicePolicy
from game.scenes import new_context
from game.scenes.title import TitleScene

TICK_LIMIT = 60 * 60 * 20  # twenty minutes of game time: any evening ends well before


def from_the_title(**context) -> Context:
    """A Context at the title screen, as a new run starts (keyword arguments go to new_context)."""
    ctx = new_context(**{"announce": lambda line: None, **context})
    ctx.scenes.push(TitleScene(ctx))
    ctx.scenes.apply_pending()
    return ctx


def play(ctx: Context, player, until=lambda ctx: False, on_tick=lambda ctx: None, limit: int = TICK_LIMIT) -> bool:
    """Tick the game with `player`'s intents until `until(ctx)` or the game quits; False if `limit` came first."""
    for _ in range(limit):
        ctx.scenes.update(player(ctx), TICK)
        ctx.clock.ticks += 1
        on_tick(ctx)
        if ctx.mail.quit_requested or until(ctx):
            return True
    return False


def ended(ctx: Context) -> bool:
    return ctx.session is not None and ctx.session.ended


@dataclass
class Evening:
    """What one evening played from the title showed: its lines with their ticks, and each chapter's autosave."""

    lines: list[tuple[int, str]] = field(default_factory=list)  # (tick, "CHAPTER: garden"), ...
    autosaves: dict[str, SaveData] = field(default_factory=dict)  # chapter id -> the save written as it began
    trust: dict[str, object] = field(default_factory=dict)  # chapter id -> Ink's `trust` as it began
    ending: str = ""
    story: object = None  # the story as the evening ended (its variables: what the garden and ending read)
    title: TitleScene | None = None  # the title the credits gave way to
    store: SaveStore | None = None  # where the evening saved itself


def open_evening(folder) -> Evening:
    """The evening the scripted player plays with the 'open' choices, saving in `folder`, from the title to
    the ending and through the credits back to the title."""
    evening = Evening(store=SaveStore(folder))
    store = evening.store
    ctx = from_the_title(saves=store, announce=lambda line: evening.lines.append((ctx.clock.ticks, line)))

    def keep_autosave(ctx):
        chapter = ctx.session.chapter if ctx.session else None
        if chapter and chapter not in evening.autosaves:
            evening.autosaves[chapter] = store.read()
            evening.trust[chapter] = ctx.session.story.get("trust")

    def back_at_the_title(ctx):
        return ended(ctx) and isinstance(ctx.scenes.top, TitleScene)

    assert play(ctx, AutoPlayer(policy=ChoicePolicy("open")), back_at_the_title, keep_autosave), "no end"
    evening.ending, evening.title, evening.story = str(ctx.session.story.get("ending_id")), ctx.scenes.top, \
        ctx.session.story
    return evening
