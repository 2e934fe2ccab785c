"""The memory transition: into Berlin, 1983, and back out of it to the warm night.

Drawn over the finished canvas instead of the plain fade to black, for chapter changes
whose chapter is a memory (`transition = "memory"` in assets/story/chapters.toml).
`amount` runs like the fade's: 0 leaves the picture as it is, 1 covers it completely
(the moment the scene changes underneath), so the same call draws the picture going
and the next one coming.

- toward "in" (into the memory): the colour drains out of the picture, it cools to the
  grey-blue of the Berlin palette, a slanted front of cold haze sweeps across it from the
  left and rain streaks thicken; at 1 there is only the cold haze and the rain. Arriving,
  the haze moves on to the right and the rain thins into the map's own.
- toward "out" (back to the garden): a last shower, then the rain stops, the grey picture
  warms to amber like an old photograph and the warm near-black of the Provence night
  closes in from the right.

`reduced_flashing` keeps it gentle: no streaks, no moving front, only an even cross-fade.
Pure drawing with blits and blend fills on the 480x270 canvas (no per-pixel loops each
frame; the soft-edged fronts are built once per size). Deterministic: the streaks come
from a fixed seed and move with the `seconds` they are given.
"""

from __future__ import annotations

import random

import pygame

from game.render.surfaces import mix

# at full cover: the cold haze of a wet Berlin night (between b_plb_3 and b_roof_2) ...
COLD = (58, 66, 80)
# ... and the warm near-black of the Provence night (a shade under the palette's `ink`, so the
# black the next scene fades in from is no jump)
WARM = (30, 22, 27)
# what multiplies the drained picture: cooler going in, amber going out
COOL_TINT = (178, 196, 226)
WARM_TINT = (255, 206, 158)
SLANT = 0.35  # the haze front leans like the rain: x per y
SOFT = 170  # px: the width of the front's soft edge
WIND = 0.28  # the streaks' slant, as the maps' rain (game/render/rain.py)
STREAKS = 110
STREAK_SEED = 1983


def _smooth(edge0: float, edge1: float, x: float) -> float:
    t = min(1.0, max(0.0, (x - edge0) / (edge1 - edge0)))
    return t * t * (3.0 - 2.0 * t)


class MemoryTransition:
    """The precomputed parts for one canvas size: the haze fronts (each made when first needed)
    and the rain streaks."""

    def __init__(self, size: tuple[int, int]):
        self.width, self.height = size
        self._fronts: dict[tuple, pygame.Surface] = {}  # (colour, mirrored) -> strip, made when first needed
        self._veils: dict[tuple, pygame.Surface] = {}  # colour -> an even veil (reduced flashing)
        rng = random.Random(STREAK_SEED)
        self._streak_images = [self._streak(length, level) for level in range(4) for length in (8, 12, 16)]
        span = self.width + int(self.height * WIND)
        # x at the top, phase, speed (px/s), length index
        self._streaks = [(rng.uniform(-self.height * WIND, span), rng.uniform(0.0, self.height + 16.0),
                          rng.uniform(220.0, 330.0), rng.randrange(3)) for _ in range(STREAKS)]

    # -- built once -----------------------------------------------------------
    def _front_strip(self, colour, mirrored: bool) -> pygame.Surface:
        key = (colour, mirrored)
        if key not in self._fronts:
            strip = self._front(colour)
            self._fronts[key] = pygame.transform.flip(strip, True, True) if mirrored else strip
        return self._fronts[key]

    def _front(self, colour) -> pygame.Surface:
        """A wide strip: opaque on the left, a soft slanted edge, clear on the right.

        Row y is opaque up to x = E(y) = W + 2S - SLANT*y (S = SLANT*H), then fades over
        SOFT pixels; sliding it from x = -(W + 2S + SOFT) to x = -S sweeps it across.
        """
        w, h = self.width, self.height
        shear = int(SLANT * h + 0.999)
        full = w + 2 * shear
        strip = pygame.Surface((2 * w + 2 * shear + SOFT, h), pygame.SRCALPHA)
        strip.fill((*colour, 0))
        ramp = pygame.Surface((full + SOFT, 1), pygame.SRCALPHA)
        ramp.fill((*colour, 255))
        for x in range(SOFT):  # the soft edge, eased
            t = 1.0 - _smooth(0.0, 1.0, (x + 0.5) / SOFT)
            ramp.set_at((full + x, 0), (*colour, int(255 * t)))
        for y in range(h):
            strip.blit(ramp, (-int(SLANT * y), y))
        return strip

    @staticmethod
    def _streak(length: int, level: int) -> pygame.Surface:
        """A long slanted streak for BLEND_ADD, brighter at its foot; `level` 0..3 is how bright."""
        width = 1 + int(length * WIND + 0.999)
        surf = pygame.Surface((width, length))
        surf.fill((0, 0, 0))
        base = (22 + 12 * level, 26 + 14 * level, 34 + 17 * level)
        for i in range(length):
            fade = 0.35 + 0.65 * (i + 1) / length
            surf.set_at((int(i * WIND), i), tuple(int(c * fade) for c in base))
        return surf

    # -- each frame ------------------------------------------------------------
    def draw(self, canvas: pygame.Surface, amount: float, toward: str = "in", seconds: float = 0.0,
             reduced_flashing: bool = False, arriving: bool = False) -> None:
        amount = min(1.0, max(0.0, amount))
        if amount <= 0.0:
            return
        going_in = toward == "in"
        target = COLD if going_in else WARM
        # 1. the colour drains out, then the picture takes the memory's tint
        drain = _smooth(0.0, 0.55, amount)
        if drain > 0.0:
            grey = pygame.transform.grayscale(canvas)
            grey.set_alpha(int(255 * drain))
            canvas.blit(grey, (0, 0))
            tint = COOL_TINT if going_in else WARM_TINT
            canvas.fill(mix((255, 255, 255), tint, drain), special_flags=pygame.BLEND_MULT)
        # 2. the haze: a slanted front sweeping across, or (reduced flashing) an even cross-fade
        cover = _smooth(0.3, 1.0, amount)
        if reduced_flashing:
            if cover > 0.0:
                veil = self._veils.get(target)
                if veil is None:
                    veil = self._veils[target] = pygame.Surface((self.width, self.height))
                    veil.fill(target)
                veil.set_alpha(int(round(255 * cover)))
                canvas.blit(veil, (0, 0))
        elif cover > 0.0:
            # the haze travels one way through both halves: going in it comes from the left and
            # leaves to the right as Berlin appears; coming out, the warm night comes from the right
            mirrored = going_in == arriving
            front = self._front_strip(target, mirrored)
            shear = int(SLANT * self.height + 0.999)
            start, end = -(self.width + 2 * shear + SOFT), -shear
            x = round(start + (end - start) * cover)
            if mirrored:
                x = self.width - x - front.get_width()
            canvas.blit(front, (x, 0))
        # 3. the rain: thickening into the memory and thinning as it appears; coming out,
        # a last shower over Berlin that stops before the warm night closes in
        if not reduced_flashing:
            if going_in:
                rain = amount
            elif arriving:
                rain = 0.0
            else:
                rain = 0.6 * _smooth(0.0, 0.2, amount) * (1.0 - _smooth(0.3, 0.8, amount))
            self._rain(canvas, rain, seconds)

    def _rain(self, canvas: pygame.Surface, strength: float, seconds: float) -> None:
        count = int(len(self._streaks) * strength)
        if count <= 0:
            return
        level = min(3, int(strength * 4))
        images = self._streak_images
        h = self.height + 16
        seq = []
        for x0, phase, speed, length in self._streaks[:count]:
            y = (phase + speed * seconds) % h - 16
            seq.append((images[level * 3 + length], (int(x0 + y * WIND), int(y))))
        canvas.fblits(seq, pygame.BLEND_ADD)


_CACHE: dict[tuple[int, int], MemoryTransition] = {}


def draw(canvas: pygame.Surface, amount: float, toward: str = "in", seconds: float = 0.0,
         reduced_flashing: bool = False, arriving: bool = False) -> None:
    """Draw the memory transition over `canvas` (see the module's docstring).

    `arriving`: the half where the new picture appears (amount falling from 1 to 0).
    """
    size = canvas.get_size()
    transition = _CACHE.get(size)
    if transition is None:
        transition = _CACHE[size] = MemoryTransition(size)
    transition.draw(canvas, amount, toward, seconds, reduced_flashing, arriving)
