"""Rain over the Berlin maps: slanted pixel streaks and small splashes on the ground.

Screen-space and cheap: the drops are drawn once, at random places, onto a few sheets the size
of the screen (the far rain slow and dim, the near rain fast and bright); each frame every sheet
is laid over the lit frame, moved along the slant by how far its rain has fallen, and wrapped
round at the edges. Splashes are sheets too, a few sets of rings that open and fade where drops
land, shown in turn. The sheets are clear but for their drops and run-length encoded, so a whole
frame of rain costs a few blits of a few hundred pixels each (about 0.01 ms), however big the screen.

Deterministic for a seed: all randomness comes from one `random.Random(seed)` at the start, and
the picture moves only by `update(dt)`. Rendering only: the map view seeds it from the map and
steps it by the game clock as it draws; nothing in it ever feeds back into the game's state, so
it needs no share of the run's seed (game/core/seeds.py) to keep replays exact.
Without `reduced_flashing`, a far-off sheet of lightning brightens the sky now and then (a soft
lift, never a white flash).
"""

from __future__ import annotations

import random

import pygame

from game.render.surfaces import sparse_made

DROPS_PER_PIXEL = 1 / 480  # 270 drops at 480x270, shared among the layers
LAYERS = ((260.0, 0, (2, 3)), (350.0, 1, (3, 4)))  # far and near: fall px/s, colour, streak lengths
WIND = 0.28  # horizontal px per vertical px: the slant
SPLASH_LIFE = 0.27  # seconds, three frames
SPLASH_SETS = 6  # sets of splashes shown in turn, each a different scatter of landings
SPLASHES_PER_SET = 24
STREAK_COLOURS = ((58, 66, 82), (84, 94, 112))  # added over the frame: pale blue-grey
SPLASH_COLOUR = (70, 80, 98)
FLASH_EVERY = (28.0, 70.0)


def _streak(length: int, colour) -> list[tuple[int, int, tuple[int, int, int]]]:
    """A slanted streak `length` px tall, one pixel per row, drifting with the wind: its
    pixels as (x, y, light added) from its top-left."""
    width = 1 + int(length * WIND + 0.999)
    pixels = []
    for i in range(length):
        x = width - 1 - int(i * WIND)  # the top is upwind (left), the foot downwind
        fade = 0.55 + 0.45 * (i + 1) / length
        pixels.append((x, i, tuple(int(c * fade) for c in colour)))
    return pixels


def _splash(frame: int) -> list[tuple[int, int, tuple[int, int, int]]]:
    """A landing drop: a dot, then a small ring opening and fading (pixels from the top-left of 5x3)."""
    c = SPLASH_COLOUR
    if frame == 0:
        return [(2, 1, c), (2, 0, tuple(v // 2 for v in c))]
    if frame == 1:
        return [(x, y, c) for x, y in ((1, 1), (3, 1), (2, 0), (2, 2))]
    dim = tuple(v * 3 // 5 for v in c)
    return [(x, y, dim) for x, y in ((0, 1), (4, 1), (1, 0), (3, 0), (1, 2), (3, 2))]


def _sparse_sheet(size, pixels, repeats: int = 1, onto: pygame.Surface | None = None):
    """A sheet `repeats` screens wide and tall, clear but for `pixels` (x, y, light added), which
    wrap round the screen's edges and repeat on every screen of it; made a step at a time (a
    generator yielding between them, returning the sheet).

    A pixel that should add light L over the frame is stored as the pale colour L scaled up to
    full brightness, at opacity max(L): blended, it gives frame * (1 - opacity) + L, which over
    the dark Berlin night is the added light it stands for. Run-length encoded (RLEACCEL), a blit
    of the sheet touches only its few hundred drops, not the whole screen; encoded for `onto`, the
    canvas it will fall on, if given (surfaces.sparse).
    """
    width, height = size
    screen = pygame.Surface(size, pygame.SRCALPHA)
    screen.fill((0, 0, 0, 0))
    for x, y, light in pixels:
        x, y = x % width, y % height
        strength = max(light)
        if strength <= 0 or strength <= screen.get_at((x, y))[3]:
            continue  # where two drops cross, the brighter one shows
        screen.set_at((x, y), (*(min(255, c * 255 // strength) for c in light), strength))
    sheet = screen
    if repeats > 1:
        yield
        sheet = pygame.Surface((width * repeats, height * repeats), pygame.SRCALPHA)
        sheet.fill((0, 0, 0, 0))
        # the screen's pixels copied as they are (the greater of each channel and the clear sheet's 0)
        sheet.fblits([(screen, (dx, dy)) for dx in range(0, width * repeats, width)
                      for dy in range(0, height * repeats, height)], pygame.BLEND_RGBA_MAX)
    yield
    return (yield from sparse_made(sheet, onto))


def _wrapped_blit(sheet: pygame.Surface, size, x: float, y: float) -> tuple:
    """The blit that lays a sheet two screens square (the screen's sheet repeated twice each way)
    over the screen moved by (x, y), wrapped round: one blit of the right screenful of it."""
    width, height = size
    x, y = int(x) % width, int(y) % height
    return sheet, (0, 0), (width - x, height - y, width, height)


def _scatter(seed: int, size: tuple[int, int]):
    """Where a seed's rain falls on a screen of `size`: its random source (drawn on afterwards for the
    lightning), the drops as (layer, x, y) on their sheet, and the scatters of landings (below the top
    sixth), each shown in three frames."""
    width, height = size
    rng = random.Random(seed)
    count = min(600, max(1, int(width * height * DROPS_PER_PIXEL + 0.5)))
    drops = [(i % len(LAYERS), rng.uniform(0, width), rng.uniform(0, height)) for i in range(count)]
    splash_sets = [[(rng.uniform(2, width - 3), rng.uniform(height * 0.15, height - 1))
                    for _ in range(SPLASHES_PER_SET)] for _ in range(SPLASH_SETS)]
    return rng, drops, splash_sets


KEPT_SHEETS = 4  # the street's, the stakeout's, the tail's and the churchyard's (each a few KB, run-length encoded)
_KEPT_SHEETS: dict[tuple, tuple[list, list]] = {}


def sheets_made(seed: int, size: tuple[int, int], onto: pygame.Surface | None = None):
    """The rain's sheets for a seed and size (a layer's drops each, and each scatter's splash frames),
    drawn a step at a time: a generator that yields after each (a millisecond or two) and keeps them
    when done. Drawing them all at once takes ~25 ms of Python, which a Berlin game's first frame
    showed as a hitch; its intro card draws them a few a frame instead (game/berlin/scene.py). The
    sheets follow from the seed and size alone, so they are kept by those (a Rain made later finds them).
    `onto`: the canvas they will fall on, for which they are encoded (surfaces.sparse)."""
    key = (seed, tuple(size))
    if key in _KEPT_SHEETS:
        return
    _, drops, splash_sets = _scatter(seed, size)
    streaks = [[_streak(length, colour) for length in range(5)] for colour in STREAK_COLOURS]
    sheets = []
    for layer, (_, colour, lengths) in enumerate(LAYERS):
        pixels = [(int(x) + px, int(y) + py, light)
                  for index, (drop_layer, x, y) in enumerate(drops) if drop_layer == layer
                  for px, py, light in streaks[colour][lengths[index % len(lengths)]]]
        sheets.append((yield from _sparse_sheet(size, pixels, repeats=2, onto=onto)))
        yield
    frames = [_splash(f) for f in range(3)]
    splash_sheets = []
    for spots in splash_sets:
        scatter = []
        for frame in frames:
            pixels = [(int(x) - 2 + px, int(y) - 1 + py, light) for x, y in spots for px, py, light in frame]
            scatter.append((yield from _sparse_sheet(size, pixels, onto=onto)))
            yield
        splash_sheets.append(scatter)
    while len(_KEPT_SHEETS) >= KEPT_SHEETS:
        _KEPT_SHEETS.pop(next(iter(_KEPT_SHEETS)))
    _KEPT_SHEETS[key] = (sheets, splash_sheets)


def _sheets_for(seed: int, size: tuple[int, int]):
    """The rain's sheets for a seed and size, drawn now unless made ahead (sheets_made) and kept."""
    for _ in sheets_made(seed, size):
        pass
    return _KEPT_SHEETS[(seed, tuple(size))]


class Rain:
    def __init__(self, seed: int, size: tuple[int, int], reduced_flashing: bool = False):
        self.width, self.height = size
        self.reduced_flashing = reduced_flashing
        self._rng, self.drops, self.splash_sets = _scatter(seed, size)  # the drops: (layer, x, y) on its sheet
        self.count = len(self.drops)
        self._sheets, self._splash_sheets = _sheets_for(seed, size)
        self.time = 0.0
        self.flash = 0.0  # 0..1, how bright the sky is lit now
        self._next_flash = self._rng.uniform(*FLASH_EVERY)
        self._flash_age = -1.0

    @property
    def splashes(self) -> list[tuple[float, float, float]]:
        """The splashes showing now: (x, y, age in seconds)."""
        turn, age = divmod(self.time, SPLASH_LIFE)
        return [(x, y, age) for x, y in self.splash_sets[int(turn) % SPLASH_SETS]]

    def drop_positions(self) -> list[tuple[float, float]]:
        """Where each drop is on the screen now (its sheet's fall, wrapped round)."""
        out = []
        for layer, x, y in self.drops:
            fall = LAYERS[layer][0] * self.time
            out.append(((x + fall * WIND) % self.width, (y + fall) % self.height))
        return out

    def update(self, dt: float) -> None:
        dt = min(max(dt, 0.0), 0.1)
        if dt == 0.0:
            return
        self.time += dt
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
                    self._next_flash = self._rng.uniform(*FLASH_EVERY)
        else:
            self.flash = 0.0

    def draw(self, canvas: pygame.Surface) -> None:
        if self.flash > 0.0:
            v = int(30 * self.flash)
            canvas.fill((v, v, v + 6), special_flags=pygame.BLEND_ADD)
        size = (self.width, self.height)
        blits = []
        for sheet, (speed, _, _) in zip(self._sheets, LAYERS):
            fall = speed * self.time
            blits.append(_wrapped_blit(sheet, size, fall * WIND, fall))
        turn, age = divmod(self.time, SPLASH_LIFE)
        stage = min(2, int(age / SPLASH_LIFE * 3))
        blits.append((self._splash_sheets[int(turn) % SPLASH_SETS][stage], (0, 0)))
        canvas.blits(blits, doreturn=False)
