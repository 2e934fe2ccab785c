"""The title screen: the starry sky over the vineyard; Continue (when there is an evening to continue),
New game (which asks before it replaces a saved evening), Settings, Quit."""

from __future__ import annotations

from game.core.input import InputFrame, Intent
from game.core.memory import settle
from game.core.scenes import Scene
from game.render import starlit_view
from game.render.sky_cache import skies_of


class TitleScene(Scene):
    kind = "title"
    shows_notices = True  # under its menu, for as long as the title is there (game/render/starlit_view.py)

    def __init__(self, ctx, seed: int | None = None):
        super().__init__(ctx)
        seed = ctx.seed_for("title_sky", 1962) if seed is None else seed
        self.sky = skies_of(ctx.assets).sky(seed, 480, 236, reduced_flashing=ctx.settings.reduced_flashing)
        self.cursor = 0  # on Continue when there is an evening to continue
        self.time = 0.0
        self.view = None
        self._look_at_the_save()

    def _look_at_the_save(self) -> None:
        """Whether an evening is saved, and which (None when it cannot be read: a damaged save, say)."""
        saves = self.ctx.saves
        self.saved = saves is not None and saves.exists()
        self.evening = saves.peek() if self.saved else None

    def snapshot(self) -> dict:
        """(Its sky is drawn from the run's seed, already in the state.)"""
        evening = self.evening
        return {"scene": "title", "cursor": self.cursor, "time": self.time, "saved": self.saved,
                "evening": [evening.chapter, evening.ending] if evening is not None else None}

    @property
    def can_continue(self) -> bool:
        """A saved evening that is not over (a finished one has nothing to continue: its ending was told)."""
        return self.saved and not (self.evening is not None and self.evening.ending)

    @property
    def items(self) -> list[str]:
        """The menu, as action ids: Continue first when there is an evening to continue."""
        return (["continue"] if self.can_continue else []) + ["new", "settings", "quit"]

    def enter(self) -> None:
        # the evening just left (its map, its story) is garbage the last map's gc.freeze still holds:
        # let it go now, not when the next map loads beside a new evening
        settle()
        self.ctx.mail.loaded = True
        self.ctx.audio.ambience("crickets")
        self.ctx.audio.music("motif_title", loops=-1)

    def update(self, frame: InputFrame, dt: float) -> None:
        self.time += dt
        items = self.items
        self.cursor = min(self.cursor, len(items) - 1)
        if Intent.UP in frame.pressed:
            self.cursor = (self.cursor - 1) % len(items)
            self.ctx.audio.play("ui_move")
        elif Intent.DOWN in frame.pressed:
            self.cursor = (self.cursor + 1) % len(items)
            self.ctx.audio.play("ui_move")
        elif Intent.INTERACT in frame.pressed:
            self.ctx.audio.play("ui_select")
            self.choose(items[self.cursor])

    def choose(self, item: str) -> None:
        if item == "new" and self.can_continue:
            t = self.ctx.strings
            question = t("saves.replace_evening", where=t(f"saves.evening.{self.evening.chapter}")) \
                if self.evening is not None else t("saves.replace_saved_evening")
            self.ctx.nav.confirm(t("ui.new_game"), question, self.new_evening)
        elif item == "new":
            self.new_evening()
        elif item == "continue":
            if self.ctx.nav.continue_game():  # False, with a notice, when no save can be continued
                self.ctx.audio.music(None)
            else:
                self._look_at_the_save()  # a damaged save was kept aside: there may be nothing left to continue
        elif item == "settings":
            self.ctx.nav.settings()
        elif item == "quit":
            self.ctx.quit()

    def new_evening(self) -> None:
        self.ctx.audio.music(None)
        self.ctx.nav.new_game()

    def draw(self, canvas, alpha: float) -> None:
        if not self.ctx.can_draw:
            return
        if self.view is None:
            self.view = starlit_view.TitleView(self.ctx.assets, self.sky, canvas.get_size())
        self.view.draw(canvas, self, self.ctx.clock.seconds)
