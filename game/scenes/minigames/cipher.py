"""The coded message: the courier's five-digit groups decoded in the notebook.

The key row holds one digit per box: up/down change the digit under the cursor, left/right
move the cursor; the last box is "Decode" (Interact submits). The decoded text below follows
every change. With assist, wrong digits are marked and Back fills in the next right digit.
"""

from __future__ import annotations

from game.core.input import InputFrame, Intent
from game.minigames.cipher import Notebook, broadcast
from game.minigames.stakeout import Stakeout
from game.scenes.minigames.base import MinigameScene


class CipherScene(MinigameScene):
    game_id = "cipher"
    title = "The coded message"

    def __init__(self, ctx, seed: int = 1961):
        super().__init__(ctx, seed)
        self.clue = Stakeout(seed).key_clue()  # the same day as the stakeout: his times are the key
        _, groups = broadcast(seed, self.clue.key)
        self.model = Notebook(groups, self.clue, assist=self.assist)
        self.reset_view()

    def reset_view(self) -> None:
        self.digits = [0] * self.model.key_length
        self.cursor_at = 0
        self.model.set_key(self.key_text)

    @property
    def key_text(self) -> str:
        return "".join(str(d) for d in self.digits)

    @property
    def decode_slot(self) -> int:
        return self.model.key_length

    def intro_lines(self) -> list[str]:
        return [self.t("cipher.intro_groups"), self.t("cipher.intro_keys"), self.t("cipher.intro_text"),
                self.t("cipher.intro_decode")]

    @property
    def clue_text(self) -> str:
        """The clue as the notebook shows it, in the player's language (self.clue.text is the
        model's English, which the scripted players read)."""
        from game.minigames.stakeout import clock_text

        first, second = self.clue.times
        return self.t("cipher.clue", first=clock_text(first), second=clock_text(second))

    @property
    def decoded(self) -> str:
        return self.model.decoded

    def play(self, frame: InputFrame, dt: float) -> None:
        pressed = frame.pressed
        n = self.model.key_length
        if Intent.LEFT in pressed:
            self.cursor_at = max(0, self.cursor_at - 1)
            self.ctx.audio.play("ui_move")
        elif Intent.RIGHT in pressed:
            self.cursor_at = min(n, self.cursor_at + 1)
            self.ctx.audio.play("ui_move")
        elif (Intent.UP in pressed or Intent.DOWN in pressed) and self.cursor_at < n:
            step = 1 if Intent.UP in pressed else -1
            self.digits[self.cursor_at] = (self.digits[self.cursor_at] + step) % 10
            self.model.set_key(self.key_text)
            self.ctx.audio.play("text_tick")
        elif Intent.BACK in pressed and self.model.assist:
            self.model.set_key(self.key_text)
            for i, mark in enumerate(self.model.digit_marks() or []):
                if not mark:
                    self.model.entered = self.key_text[:i]
                    self.model.hint()
                    self.digits[i] = int(self.model.entered[i])
                    self.model.set_key(self.key_text)
                    self.cursor_at = i
                    break
        elif Intent.INTERACT in pressed:
            if self.cursor_at == n:
                self.model.set_key(self.key_text)
                self.model.submit()
            else:
                self.cursor_at += 1

    def failure_lines(self) -> list[str]:
        return [self.t("cipher.lost_reads", key=self.key_text), self.quoted(self.model.reading or ""),
                self.t("cipher.lost_hint")]

    def success_lines(self) -> list[str]:
        return [self.t("cipher.won_reads"), self.quoted(self.model.reading)]

    def story_results(self, result: str) -> dict:
        reading = self.model.reading if self.model.reading is not None else ""
        return {"message_decoded": result == "won", "decoded_text": reading}

    def draw_play(self, canvas, alpha: float) -> None:
        from game.render import minigame_views as views

        views.draw_cipher(canvas, self.ctx.assets, self)
