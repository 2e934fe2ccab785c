"""After the last words: the night fades to black and the ending is named.

(The star-lit credits come with the ending scene; this card closes the story
until then.) Interact or Back leaves the game.
"""

from __future__ import annotations

from game.core.input import InputFrame, Intent
from game.core.scenes import Scene

ENDING_TITLES = {"peace": "Peace", "guarded": "The Weight of Secrets"}


class EndCardScene(Scene):
    def __init__(self, ctx, ending_id: str):
        super().__init__(ctx)
        self.ending_id = ending_id
        self.time = 0.0

    def update(self, frame: InputFrame, dt: float) -> None:
        self.time += dt
        if self.time > 1.0 and (Intent.INTERACT in frame.pressed or Intent.BACK in frame.pressed):
            self.ctx.quit()

    def draw(self, canvas, alpha: float) -> None:
        if not self.ctx.can_draw:
            return
        canvas.fill((10, 8, 20))
        assets = self.ctx.assets
        title = ENDING_TITLES.get(self.ending_id, self.ending_id.title())
        font = assets.font("title")
        width, _ = font.size(title)
        font.draw(canvas, title, ((canvas.get_width() - width) // 2, 110), (251, 246, 234))
        small = assets.font()
        line = "The End"
        small.draw(canvas, line, ((canvas.get_width() - small.size(line)[0]) // 2, 140), (180, 170, 200))
