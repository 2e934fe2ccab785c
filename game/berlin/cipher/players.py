"""The coded message's scripted players: one who dials in the key the day's clue holds, one who
decodes with whatever the key row holds."""

from __future__ import annotations

from game.berlin.players import NOTHING, TAP, CardPlayer, press
from game.core.input import InputFrame, Intent


class CipherWinner(CardPlayer):
    """Dials in the key the day's clue holds (KeyClue.key: the courier's two arrival times, as
    the notebook shows them), digit by digit, then decodes: whatever language the cards are in."""

    def play(self, scene) -> InputFrame:
        if not self.tap:
            return NOTHING
        key = scene.clue.key
        i = scene.cursor_at
        if i < len(key):
            want, have = int(key[i]), scene.digits[i]
            if have == want:
                return press(Intent.RIGHT)
            return press(Intent.UP if (want - have) % 10 <= 5 else Intent.DOWN)
        if i < scene.decode_slot:
            return press(Intent.RIGHT)
        return TAP


class CipherCareless(CardPlayer):
    """Decodes at once with whatever is in the key row."""

    def play(self, scene) -> InputFrame:
        return TAP if self.tap else NOTHING
