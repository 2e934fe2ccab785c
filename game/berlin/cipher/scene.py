"""The coded message: the courier's five-digit groups decoded in the notebook.

A puzzle, not a dial: the notebook shows the groups, the courier's comings and goings from the
stakeout log (his times) and what kind of key the ring uses, never the key itself. The key row
holds one digit per box: Up/Down change the digit under the cursor, Left/Right move the cursor;
the last box is "Decode" (Interact reads the groups with the key: the reading shows only then).
A wrong reading loses; a retry keeps the key as it was set. With assist, wrong digits are
marked and Back fills in the next right digit.

The messages are data: [minigames.cipher.messages] in the strings, in the player's language.
"""

from __future__ import annotations

from game.berlin.cipher.model import Notebook, broadcast, normalize
from game.berlin.scene import MinigameScene
from game.berlin.stakeout.model import Stakeout, clock_text
from game.core.input import InputFrame, Intent

MESSAGES = "minigames.cipher.messages"


class CipherScene(MinigameScene):
    def __init__(self, ctx, game, seed: int):
        super().__init__(ctx, game, seed)
        day = Stakeout(seed)  # the same day as the stakeout: his arrival times are the key
        self.clue = day.key_clue()
        self.courier = day.people_by_id[day.solution()]
        self.courier_events = [e for e in day.door_events if e.person_id == day.solution()]
        first_sight = list(dict.fromkeys(e.person_id for e in day.door_events))
        self.courier_letter = "ABCDEFGHIJ"[first_sight.index(day.solution())]
        messages = ctx.strings.section(MESSAGES)
        self.message, groups = broadcast(seed, self.clue.key, messages)
        # which of the orders it is, by its name: the story shows his translation of it
        self.message_name = next((name for name, text in messages.items() if normalize(text) == self.message), "")
        self.model = Notebook(groups, self.clue, assist=self.assist)
        self.digits = [0] * self.model.key_length  # the key as set: kept from one try to the next
        self.reset_view()

    def snapshot(self) -> dict:
        """(The clue, the message and the courier come from the seed.)"""
        return {**super().snapshot(), "digits": list(self.digits), "cursor_at": self.cursor_at}

    def reset_view(self) -> None:
        self.cursor_at = 0
        self.model.set_key(self.key_text)

    @property
    def key_text(self) -> str:
        return "".join(str(d) for d in self.digits)

    @property
    def decode_slot(self) -> int:
        return self.model.key_length

    def intro_lines(self) -> list[str]:
        keys = self.keys()
        return [self.t("cipher.intro_groups"), self.t("cipher.intro_keys", **keys), self.t("cipher.intro_text"),
                self.t("cipher.intro_decode", **keys)]

    # -- what the notebook shows ------------------------------------------------------
    def log_heading(self) -> str:
        """Whose times these are, as the stakeout's log names him."""
        return self.t("cipher.log_heading", label=self.courier_letter, description=self.look(self.courier))

    def log_entries(self) -> list[str]:
        """The courier's lines of the stakeout log: "09:17 in, newspaper", in the order of the day."""
        return [self.t("cipher.log_entry", time=clock_text(e.time),
                       direction=self.t("stakeout.going_in" if e.direction == "in" else "stakeout.coming_out"),
                       item=self.word("looks.item", e.carrying)) for e in self.courier_events]

    @property
    def reading(self) -> str | None:
        """What the groups read as with the key: only once decoded."""
        return self.model.reading

    def hints(self) -> list[tuple]:
        t = self.t
        hints = [((Intent.UP, Intent.DOWN), t("cipher.hint_digit")),
                 ((Intent.LEFT, Intent.RIGHT), t("cipher.hint_move")),
                 (Intent.INTERACT, t("cipher.hint_decode"))]
        if self.model.assist:
            hints.append((Intent.BACK, t("cipher.hint_assist")))
        return hints

    # -- play --------------------------------------------------------------------------
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
        return {"message_decoded": result == "won", "decoded_text": reading, "cipher_message": self.message_name}
