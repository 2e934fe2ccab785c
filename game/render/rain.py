"""Rain over the Berlin maps: slanted pixel streaks and small splashes on the ground.

Screen-space and cheap: a few hundred drops, each a pre-made 2-4 px streak
added (BLEND_ADD) over the lit frame in one `fblits` call, and short-lived
splash rings where drops land. Deterministic for a seed: all randomness comes
from one `random.Random(seed)` and the state moves only by `update(dt)`.
Without `reduced_flashing`, a far-off sheet of lightning brightens the sky now
and then (a soft lift, never a white flash).
"""

from __future__ import annotations

import random

import pygame

DROPS_PER_PIXEL = 1 / 480  # 270 drops at 480x270
SPEED = (250.0, 360.0)  # px/s, falling
WIND = 0.28  # horizontal px per vertical px: the slant
SPLASH_LIFE = 0.27  # seconds, three frames
MAX_SPLASHES = 80
STREAK_COLOURS = ((58, 66, 82), (84, 94, 112))  # added over the frame: pale blue-grey
SPLASH_COLOUR = (70, 80, 98)
FLASH_EVERY = (28.0, 70.0)


def _streak(length: int, colour) -> pygame.Surface:
    """A slanted streak `length` px tall, one pixel wide per row, drifting with the wind."""
    width = 1 + int(length * WIND + 0.999)
    surf = pygame.Surface((width, length))
    surf.fill((0, 0, 0))
    for i in range(length):
        x = width - 1 - int(i * WIND)  # the top is upwind (left), the foot downwind
        fade = 0.55 + 0.45 * (i + 1) / length
        surf.set_at((x, i), tuple(int(c * fade) for c in colour))
    return surf


def _splash(frame: int) -> pygame.Surface:
    """A landing drop: a dot, then a small ring opening and fading."""
    size = 5
    surf = pygame.Surface((size, 3))
    surf.fill((0, 0, 0))
    c = SPLASH_COLOUR
    if frame == 0:
        surf.set_at((2, 1), c)
        surf.set_at((2, 0), tuple(v // 2 for v in c))
    elif frame == 1:
        for x, y in ((1, 1), (3, 1), (2, 0), (2, 2)):
            surf.set_at((x, y), c)
    else:
        dim = tuple(v * 3 // 5 for v in c)
        for x, y in ((0, 1), (4, 1), (1, 0), (3, 0), (1, 2), (3, 2)):
            surf.set_at((x, y), dim)
    return surf


class Rain:
    def __init__(self, seed: int, size: tuple[int, int], reduced_flashing: bool = False):
        self.width, self.height = size
        self.reduced_flashing = reduced_flashing
        self._rng = random.Random(seed)
        count = max(1, int(self.width * self.height * DROPS_PER_PIXEL + 0.5))
        self.count = min(count, 600)
        self._streaks = [[_streak(length, colour) for length in (2, 3, 4)] for colour in STREAK_COLOURS]
        self._splash_frames = [_splash(f) for f in range(3)]
        # drops: x, y (top of the streak), speed, streak index, the y at which it lands
        self.drops: list[list] = []
        for _ in range(self.count):
            drop = self._new_drop()
            drop[1] = self._rng.uniform(-8.0, self.height)  # already falling everywhere
            self.drops.append(drop)
        self.splashes: list[list] = []  # x, y, age
        self.time = 0.0
        self.flash = 0.0  # 0..1, how bright the sky is lit now
        self._next_flash = self._rng.uniform(*FLASH_EVERY)
        self._flash_age = -1.0

    def _new_drop(self) -> list:
        rng = self._rng
        length = rng.randrange(3)
        return [rng.uniform(-self.height * WIND, self.width), rng.uniform(-24.0, -4.0), rng.uniform(*SPEED),
                length, rng.uniform(self.height * 0.15, self.height + 4.0), rng.randrange(2)]

    def update(self, dt: float) -> None:
        dt = min(max(dt, 0.0), 0.1)
        if dt == 0.0:
            return
        self.time += dt
        rng = self._rng
        drops, splashes = self.drops, self.splashes
        for i, d in enumerate(drops):
            fall = d[2] * dt
            d[1] += fall
            d[0] += fall * WIND
            if d[1] >= d[4]:
                if len(splashes) < MAX_SPLASHES and rng.random() < 0.6 and 0 <= d[0] < self.width:
                    splashes.append([d[0], d[4], 0.0])
                drops[i] = self._new_drop()
        for s in splashes:
            s[2] += dt
        self.splashes = [s for s in splashes if s[2] < SPLASH_LIFE]
        # distant lightning: two soft pulses, then quiet for a while
        if not self.reduced_flashing:
            if self._flash_age < 0.0:
                self._next_flash -= dt
                if self._next_flash <= 0.0:
                    self._flash_age = 0.0
            else:
                self._flash_age += dt
                a = self._flash_age
                self.flash = 1.0 if a < 0.06 or 0.16 < a < 0.22 else max(0.0, 1.0 - (a - 0.22) / 0.5) * 0.5
                if a > 0.72:
                    self._flash_age, self.flash = -1.0, 0.0
                    self._next_flash = rng.uniform(*FLASH_EVERY)

    def draw(self, canvas: pygame.Surface) -> None:
        if self.flash > 0.0:
            v = int(30 * self.flash)
            canvas.fill((v, v, v + 6), special_flags=pygame.BLEND_ADD)
        streaks = self._streaks
        frames = self._splash_frames
        seq = [(streaks[d[5]][d[3]], (int(d[0]), int(d[1]))) for d in self.drops]
        seq += [(frames[min(2, int(s[2] / SPLASH_LIFE * 3))], (int(s[0]) - 2, int(s[1]) - 1)) for s in self.splashes]
        canvas.fblits(seq, pygame.BLEND_ADD)
