"""The title screen: the starry sky over the vineyard; New game, Continue, Settings, Quit."""

from __future__ import annotations

from game.core.input import InputFrame, Intent
from game.core.scenes import Scene


class TitleScene(Scene):
    def __init__(self, ctx, seed: int | None = None):
        super().__init__(ctx)
        from game.world.sky import Sky

        seed = ctx.seed_for("title_sky", 1962) if seed is None else seed
        self.sky = Sky(seed, 480, 236, reduced_flashing=ctx.settings.reduced_flashing)
        self.cursor = 0
        self.time = 0.0
        self.view = None

    @property
    def items(self) -> list[str]:
        """The menu, as action ids (Continue only when a saved evening exists)."""
        items = ["new"]
        if self.ctx.saves is not None and self.ctx.saves.exists():
            items.append("continue")
        return items + ["settings", "quit"]

    def enter(self) -> None:
        from game.core.memory import settle

        # the evening just left (its map, its story) is garbage the last map's gc.freeze still holds:
        # let it go now, not when the next map loads beside a new evening
        settle()
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
        from game.core.session import Session
        from game.scenes.director import chapter_scene

        if item in ("new", "continue"):
            self.ctx.audio.music(None)
        if item == "new":
            self.ctx.session = Session.new(self.ctx.settings.language, seed=self.ctx.seed, replacing=self.ctx.session)
            self.ctx.scenes.replace(chapter_scene(self.ctx, "vineyard"))
        elif item == "continue":
            from game.scenes.director import continue_game

            scene = continue_game(self.ctx)  # None, with a notice, when the save is unusable
            if scene is not None:
                self.ctx.scenes.replace(scene)
        elif item == "settings":
            from game.scenes.menu import settings_menu

            self.ctx.scenes.push(settings_menu(self.ctx))
        elif item == "quit":
            self.ctx.quit()

    def draw(self, canvas, alpha: float) -> None:
        if not self.ctx.can_draw:
            return
        from game.render import starlit_view

        if self.view is None:
            self.view = starlit_view.TitleView(self.ctx.assets, self.sky, canvas.get_size())
        self.view.draw(canvas, self, self.ctx.clock.seconds)
