"""A short message over the world: a thought, a line overheard, what he sees.

The text types out; Interact shows it all at once, then closes the box.
"""

from __future__ import annotations

from game.core.input import InputFrame, Intent
from game.core.scenes import Scene
from game.render import hud

CHARS_PER_SECOND = 45.0


class MessageScene(Scene):
    kind = "message"
    opaque = False

    def __init__(self, ctx, speaker: str, text: str, portrait: str | None = None):
        super().__init__(ctx)
        self.speaker = speaker
        self.text = text
        self.shown = 0.0
        self.portrait = None
        if portrait and ctx.can_draw:
            self.portrait = ctx.assets.portrait(portrait)

    def snapshot(self) -> dict:
        return {"scene": "message", "speaker": self.speaker, "text": self.text, "shown": self.shown}

    @property
    def finished_typing(self) -> bool:
        return self.shown >= len(self.text)

    def update(self, frame: InputFrame, dt: float) -> None:
        if Intent.PAUSE in frame.pressed:
            self.ctx.nav.pause()
            return
        if Intent.INTERACT in frame.pressed or Intent.BACK in frame.pressed:
            if self.finished_typing or Intent.BACK in frame.pressed:
                self.ctx.scenes.pop()
            else:
                self.shown = float(len(self.text))
            return
        self.shown = min(float(len(self.text)), self.shown + CHARS_PER_SECOND * dt)

    def draw(self, canvas, alpha: float) -> None:
        if not self.ctx.can_draw:
            return
        hud.draw_message(canvas, self.ctx.assets, self.speaker, self.text, int(self.shown), self.finished_typing,
                         self.ctx.clock.seconds, self.portrait,
                         rect=hud.message_box_rect(canvas, self.ctx.mail.player_screen_y))
