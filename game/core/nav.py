"""Navigation by name: `ctx.nav`, which scenes ask to go somewhere; no scene imports another.

A scene says where the player goes ("pause", "the chapter `garden`", "back to the title", "the
Berlin game `cipher`") and the navigator makes that scene from a table of scene factories by name
(game/scenes/__init__.py: SCENES), as Tuxemon's `queue_state("WorldState")` does. Changes are queued
on the scene stack and happen between ticks, so a scene never disappears while its own code runs.

Over what is shown (the scene below waits): pause, settings, controls, confirm, dialogue, message,
minigame. Instead of everything shown: title, chapter, walk (a map outside any chapter), new_game,
continue_game, credits, save_and_quit. And autosave, which keeps the evening (game/core/saving.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING

from game.content.errors import ContentError
from game.core.saves import SaveError
from game.core.saving import save_data, take_up
from game.core.session import Session

if TYPE_CHECKING:
    from pathlib import Path

    from game.core.context import Context
    from game.core.saves import SaveData
    from game.core.scenes import Scene

# the chapter a new evening begins with
FIRST_CHAPTER = "vineyard"


class Navigator:
    def __init__(self, ctx: Context, scenes: Mapping[str, Callable[..., Scene]], minigame_ids: Collection[str],
                 read_ahead: Callable[[Context, str], None] = lambda ctx, chapter_id: None):
        """`scenes`: each scene's factory by name, called with the context and what the scene needs;
        `minigame_ids`: the Berlin games a save may have under way; `read_ahead(ctx, chapter_id)`: what
        a chapter's games can read before they start, read into ctx.ahead."""
        self.ctx = ctx
        self.scenes = scenes
        self.minigame_ids = minigame_ids
        self._read_ahead = read_ahead

    def read_ahead(self, chapter_id: str) -> None:
        """What the chapter's games will read as they start (a map, ~10 ms), read now: asked as the
        chapter's place loads, behind a still picture, so the frame a game starts on does not stall.
        What was read for an earlier chapter and not taken goes."""
        self.ctx.ahead.clear()
        self._read_ahead(self.ctx, chapter_id)

    def make(self, name: str, *args, **kwargs) -> Scene:
        """The scene called `name`, made for this context."""
        factory = self.scenes.get(name)
        if factory is None:
            raise KeyError(f"no scene is called '{name}' (scenes: {', '.join(sorted(self.scenes))})")
        return factory(self.ctx, *args, **kwargs)

    # -- over what is shown ---------------------------------------------------------------------
    def _over(self, name: str, *args, **kwargs) -> None:
        self.ctx.scenes.push(self.make(name, *args, **kwargs))

    def pause(self) -> None:
        """The pause menu: resume, settings, save and quit (Esc or Start, wherever he is)."""
        self._over("pause")

    def settings(self) -> None:
        self._over("settings")

    def controls(self) -> None:
        self._over("controls")

    def confirm(self, title: str, question: str, on_yes: Callable[[], None]) -> None:
        """A question with No and Yes, No chosen to begin with; `on_yes` once Yes is chosen."""
        self._over("confirm", title, question, on_yes)

    def dialogue(self, knot: str) -> None:
        """A knot of the story told in the dialogue box."""
        self._over("dialogue", knot)

    def message(self, speaker: str, text: str, portrait: str | None = None,
                tell: Callable[[], str] | None = None) -> None:
        """A short message over the world (a sign, a thought); `tell` gives it in the player's language
        as it is now (a map's words), asked again when a language is chosen in the pause menu."""
        self._over("message", speaker, text, portrait, tell=tell)

    def minigame(self, game_id: str) -> None:
        """A Berlin surveillance game, by its id; it records its result on the session and closes."""
        self._over("minigame", game_id)

    # -- instead of everything shown ----------------------------------------------------------
    def _instead(self, scene: Scene) -> None:
        self.ctx.scenes.clear_to(scene)

    def title(self) -> None:
        """The title screen (the evening, if any, stays as it is: an ended one tells the title so)."""
        self._instead(self.make("title"))

    def chapter(self, chapter_id: str) -> None:
        """The scene that plays a chapter of the evening being played: walking its map, or the one its
        `scene` in chapters.toml names (the ending under the stars)."""
        chapter = self.ctx.session.chapters[chapter_id]
        if chapter.scene == "explore":
            self._instead(self.make("explore", chapter.map, chapter.spawn, chapter=chapter_id))
        else:
            self._instead(self.make(chapter.scene, chapter_id))

    def walk(self, map_name: str | Path) -> None:
        """A map walked outside any chapter (`--scene cellar`, a map maker's `.tmx`)."""
        self._instead(self.make("explore", map_name))

    def new_game(self, chapter_id: str = FIRST_CHAPTER) -> None:
        """A fresh evening from a chapter's start (the first, unless the monkey soaks another)."""
        ctx = self.ctx
        ctx.session = Session.new(ctx.settings.language, seed=ctx.seed, replacing=ctx.session)
        self.chapter(chapter_id)

    def continue_game(self) -> bool:
        """Take up the saved evening where it was left; False (with a notice) when none can be taken up.

        The newest save the game can use is continued: a damaged one is kept aside whole and an older
        generation is tried, and the notice says so; a failure of the game's own content is told too,
        but leaves the saves where they are. A finished evening's save has nothing to continue.
        """
        ctx = self.ctx
        try:
            evening = take_up(ctx.saves, ctx.settings.language, self.minigame_ids)
        except (SaveError, ContentError) as error:  # ContentError: the game's own files, not the save
            ctx.tell(str(error))
            return False
        if evening is None:  # told at the title, which offers no Continue for it
            ctx.tell(ctx.strings("saves.evening_over"))
            return False
        session, save, note = evening
        if note:
            ctx.tell(note)
        ctx.session = session
        if session.chapters[save.chapter].scene != "explore":
            self.chapter(save.chapter)
        else:
            self._instead(self.make("explore", save.map, chapter=save.chapter, restore=save))
        return True

    def credits(self, ending_id: str, sky) -> None:
        """The credits over the ending's sky, then the title."""
        self._instead(self.make("credits", ending_id, sky))

    def save_and_quit(self) -> None:
        """Keep the evening and go back to the title, which must not keep it: closing the window there
        would save it again from its chapter's start (losing where he stood), and its story would stay
        in memory."""
        self.autosave()
        self.ctx.session = None
        self.title()

    # -- keeping the evening --------------------------------------------------------------------
    def save_data(self) -> SaveData:
        return save_data(self.ctx.session)

    def autosave(self) -> None:
        """Save now, if this run keeps saves; a failure to write is told, never fatal."""
        ctx = self.ctx
        if ctx.saves is None or ctx.session is None or not ctx.session.chapter:
            return
        try:
            ctx.saves.write(self.save_data())
        except OSError as error:  # a read-only folder, a full disk: the evening goes on, and the player is told
            ctx.tell(f"The game could not be saved in {ctx.saves.folder} ({error.strerror or error}).")
