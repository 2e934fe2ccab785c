"""In a real window the loop runs the game's 60 ticks a second by the clock: a frame that took longer
runs the ticks it owes (up to a quarter second), but the time a map load took behind a still picture is
not owed, so the fade that follows starts from its first frame instead of a few ticks in.

The App runs as in a window (not headless) under SDL's dummy driver, on a clock the test moves."""

import types

import pytest

from game import app as app_module
from game.app import App, RunOptions
from game.core.scenes import Scene


class Load(Scene):
    """A scene that, on its third tick, stalls the frame for 100 ms (as reading a map does), saying so or not."""

    def __init__(self, ctx, clock, says_loaded: bool):
        super().__init__(ctx)
        self.clock, self.says_loaded = clock, says_loaded
        self.ticks = 0
        self.ticks_by_frame: list[int] = []

    def update(self, frame, dt):
        self.ticks += 1
        if self.ticks == 3:
            self.clock.now += 0.100
            self.ctx.mail.loaded = self.says_loaded

    def draw(self, canvas, alpha):
        self.ticks_by_frame.append(self.ticks)
        self.clock.now += 1 / 60  # each frame shows a sixtieth of a second later than the last


@pytest.mark.parametrize("says_loaded", [False, True])
def test_the_time_a_load_took_is_not_caught_up(monkeypatch, says_loaded):
    clock = types.SimpleNamespace(now=100.0)
    now = lambda: clock.now  # noqa: E731
    monkeypatch.setattr(app_module, "time", types.SimpleNamespace(perf_counter=now, time=now))
    app = App(RunOptions(headless=False, window_size=(480, 270), renderer=False, frames=8),
              announce=lambda line: None)
    scene = Load(app.ctx, clock, says_loaded)
    app.ctx.scenes.push(scene)
    app.run()
    ticks = scene.ticks_by_frame
    stalled = next(index for index, total in enumerate(ticks) if total >= 3)
    after = ticks[stalled + 1] - ticks[stalled]
    if says_loaded:  # a tick a frame on (the frame after a load runs none or one)
        assert after <= 1
        assert all(later - earlier == 1 for earlier, later in zip(ticks[stalled + 1:], ticks[stalled + 2:]))
    else:  # a stall nobody owned up to (the system's): its six ticks, and this frame's, at once
        assert after == 7
