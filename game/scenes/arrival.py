"""A chapter's arrival: its CHAPTER line and autosave as it begins, and what waits for him once he has
arrived (the chapter's first words, a conversation or a Berlin game taken up again from a save).

What waits is let go once the place has faded in and its title has faded out (a box opening over
the title showed the title through it): the map's scene asks `due` each tick.
"""

from __future__ import annotations

from game.scenes.transition import TITLE_SECONDS

INTRO_DELAY = 1.2  # seconds after arriving before a chapter's first words


class Arrival:
    def __init__(self):
        self.next_words: str | None = None  # a knot to tell once he has arrived, not begun yet
        self.game_to_resume: str | None = None  # a saved game under way, begun again once he has arrived

    def chapter_began(self, ctx, chapter, tell_session) -> None:
        """He has arrived in a new chapter: say so, keep its first words for when the place is named,
        and save (the first words are still to come: Continue tells them). `tell_session` brings the
        session's whereabouts up to date, which the save reads."""
        ctx.announce(f"CHAPTER: {chapter.id}")
        self.next_words = chapter.intro
        tell_session()
        ctx.nav.autosave()

    def taken_up(self, chapter, save) -> None:
        """What was under way when the game was saved: the chapter's first words, a conversation, a Berlin game."""
        self.next_words = chapter.intro if save.intro_pending else save.dialogue or None
        self.game_to_resume = save.minigame or None

    def due(self, transition, now: float) -> tuple[str, str] | None:
        """What is to begin now, taken from what waits: ("words", knot) or ("game", game id); None before
        the place has faded in and been named, or when nothing waits."""
        delay = max(INTRO_DELAY, TITLE_SECONDS) if transition.card else INTRO_DELAY
        if not transition.faded_in or transition.since_arrival(now) < delay:
            return None
        if self.next_words:
            knot, self.next_words = self.next_words, None
            return "words", knot
        if self.game_to_resume:
            game, self.game_to_resume = self.game_to_resume, None
            return "game", game
        return None
