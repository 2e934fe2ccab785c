"""Making a picture ahead of need, a piece a frame: what takes tens of milliseconds at once (a Berlin
game's view: its rain's sheets, its light, its map's renderer) is made in pieces of a millisecond or
two over the frames before it is shown, so no frame stalls.

What is made is given as a generator that yields between its pieces and returns the result:

    def made(scene, assets):
        sheets = yield from rain.sheets_made(seed, size)  # pieces of its own
        picture = expensive_part()
        yield
        return View(...)
"""

from __future__ import annotations

import time
from collections.abc import Generator

FRAME_BUDGET = 0.002  # seconds of pieces a frame (a piece takes up to ~3 ms): with the frame's own drawing,
# well within half a 60 Hz frame


class Ahead:
    def __init__(self, steps: Generator):
        self._steps = steps
        self._result = None
        self.done = False

    def step(self, budget: float = FRAME_BUDGET) -> None:
        """Make pieces until `budget` seconds are spent (at least one piece), or all are made."""
        start = time.perf_counter()
        while not self.done:
            self._next()
            if time.perf_counter() - start >= budget:
                return

    def result(self):
        """What is made, the pieces left made now."""
        while not self.done:
            self._next()
        return self._result

    def _next(self) -> None:
        try:
            next(self._steps)
        except StopIteration as made:
            self._result, self.done = made.value, True
