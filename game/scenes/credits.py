"""Credits over the night sky, then back to the title. Interact hurries them, Back skips."""

from __future__ import annotations

from game.content.glyphs import face_metrics
from game.core.input import InputFrame, Intent
from game.core.scenes import Scene
from game.render import starlit_view

SCROLL_SPEED = 14.0  # pixels per second
# (kind, string key); an empty key is a blank line; names of tools are not translated
CREDITS = (
    ("title", "ui.game_title"),
    ("line", ""),
    ("line", "credits.made_from"),
    ("line", "credits.about"),
    ("line", "credits.night"),
    ("line", ""),
    ("head", "credits.team_head"),
    ("line", "credits.team"),
    ("line", ""),
    ("head", "credits.tools_head"),
    ("line", "Python, pygame-ce, pytmx, pyscroll"),
    ("line", "Ink & bink, Tiled"),
    ("line", ""),
    ("head", "credits.art_head"),
    ("line", "credits.art"),
    ("line", ""),
    ("line", ""),
    ("line", "ui.thank_you"),
)


class CreditsScene(Scene):
    kind = "credits"

    def __init__(self, ctx, ending_id: str, sky):
        super().__init__(ctx)
        self.ending_id = ending_id
        self.sky = sky
        self.offset = 0.0
        self.lines = CREDITS
        self.view = None
        ending = ctx.session.endings.get(ending_id) if ctx.session else None
        french = ctx.settings.language == "fr"
        self.ending_title = (ending.title_fr if french else ending.title) if ending else ending_id.title()

    def snapshot(self) -> dict:
        return {"scene": "credits", "ending": self.ending_id, "offset": self.offset}

    @property
    def length(self) -> float:
        """How far they scroll: past the screen, then a line of the text face and 3 px for each
        (as starlit_view draws them), so the last has gone when the title comes back."""
        return 270 + 40 + len(CREDITS) * (face_metrics("text")["line_height"] + 3)

    def update(self, frame: InputFrame, dt: float) -> None:
        speed = SCROLL_SPEED * (4 if Intent.INTERACT in frame.held else 1)
        self.offset += speed * dt
        if Intent.BACK in frame.pressed or self.offset >= self.length:
            self.ctx.nav.title()

    def draw(self, canvas, alpha: float) -> None:
        if not self.ctx.can_draw:
            return
        if self.view is None:
            self.view = starlit_view.StarlitView(self.ctx.assets, self.sky, canvas.get_size())
        self.view.draw_credits(canvas, self, self.ctx.clock.seconds)
