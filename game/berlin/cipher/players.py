"""The coded message's scripted players: one who makes the key from the courier's times, one who
decodes with whatever the key row holds."""

from __future__ import annotations

from game.berlin.players import NOTHING, TAP, CardPlayer, press
from game.berlin.stakeout.model import key_from_times
from game.core.input import InputFrame, Intent


class CipherWinner(CardPlayer):
    """Makes the key from the courier's arrival times in the notebook, by the ring's rule, dials
    it in digit by digit, then decodes."""

    def play(self, scene) -> InputFrame:
        if not self.tap:
            return NOTHING
        key = key_from_times(scene.clue.times)
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
