"""What every Berlin game's scripted players share: the cards (how it works, the result) played
through, and a tap rhythm (press, release, press...), as a person at the keyboard or gamepad.

Each game's own players (its package's players.py, named in its record) act only through
InputFrames too, and plan from what the scene shows. A player is made with the scene it plays
and called once a tick (with the context) for that tick's frame:

    player = registry.winner_for(scene)     # or careless_for(scene): one who loses, then retries
    frame = player(ctx)
"""

from __future__ import annotations

from game.core.input import InputFrame, Intent

TAP = InputFrame.of(pressed=[Intent.INTERACT])
NOTHING = InputFrame()


def press(intent: Intent) -> InputFrame:
    return InputFrame.of(pressed=[intent])


class CardPlayer:
    """Plays the cards (intro, result: Continue, or Retry when `retry` else Give up) and leaves
    the game itself to `play(scene)`; `tap` is True every other tick."""

    def __init__(self, scene, retry: bool = True):
        self.scene = scene
        self.retry = retry
        self.ticks = 0

    def __call__(self, ctx=None) -> InputFrame:
        self.ticks += 1
        scene = self.scene
        if scene.finished:
            return NOTHING
        if scene.phase == "intro":
            return TAP if self.ticks % 2 == 0 else NOTHING
        if scene.phase == "result":
            if self.ticks % 2:
                return NOTHING
            wanted = "continue" if "continue" in scene.choices else ("retry" if self.retry else "give_up")
            target = scene.choices.index(wanted)
            if scene.cursor < target:
                return press(Intent.DOWN)
            if scene.cursor > target:
                return press(Intent.UP)
            return TAP
        return self.play(scene)

    def play(self, scene) -> InputFrame:
        return NOTHING

    @property
    def tap(self) -> bool:
        return self.ticks % 2 == 0
