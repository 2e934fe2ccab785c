"""Drawing the night sky (game/world/sky.py) and the garden's fireflies with pygame.

Everything that does not move is painted once into `SkyView.static`: the dithered
indigo-to-violet gradient, the Milky Way (a low-resolution glow field, smoothly scaled,
ordered-dithered, added on), its haze of unresolved stars and the faintest stars.
Per frame: one blit of that layer, the twinkling stars as tiny additive sprites in one
`fblits` call (sprites are cached per colour, shape and brightness level), any shooting
star as a short fading run of pixels, and the constellation lines when asked for.
Every star sits on whole pixels; nothing is scaled after it is drawn except the glow field.
"""

from __future__ import annotations

import math

import pygame

from game.render.surfaces import copied_through_cache, ready
from game.world.sky import FIGURES, Fireflies, Sky

# the night over Provence, top to bottom: deep indigo, violet, a warmer glow at the horizon
GRADIENT = (
    (0.00, (5, 6, 22)),
    (0.35, (11, 12, 38)),
    (0.65, (22, 20, 58)),
    (0.86, (40, 30, 76)),
    (1.00, (66, 42, 84)),
)
# dawn over the hills, top to bottom: the night's blue going grey, mauve, then the first light
DAWN_GRADIENT = (
    (0.00, (44, 58, 104)),
    (0.40, (96, 104, 152)),
    (0.72, (172, 148, 172)),
    (0.90, (232, 170, 144)),
    (1.00, (250, 204, 150)),
)
DAWN_COVER = 0.93  # at full dawn the brightest stars still show, faintly
MILKY_WAY_TINT = (46, 42, 60)  # what a fully bright patch of band adds to the sky
LINE_COLOUR = (255, 204, 140)  # constellation lines: thin, faint and warm
METEOR_COLOUR = (255, 250, 236)
BAYER4 = (0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5)
LEVELS = 48  # brightness steps a twinkling star moves through
STATIC_BELOW = 0.20  # stars fainter than this are baked into the static layer
TWINKLE_TURNS = 3  # a twinkling star's brightness is worked out every third frame
GLOW_CELL = 2  # the Milky Way glow is computed on a grid of 2×2 pixel cells


def _gradient_colour(f: float, stops=GRADIENT) -> tuple[float, float, float]:
    for (f0, c0), (f1, c1) in zip(stops, stops[1:]):
        if f <= f1:
            k = (f - f0) / (f1 - f0) if f1 > f0 else 0.0
            k = k * k * (3 - 2 * k)  # smoothstep between stops: no visible kinks
            return tuple(a + (b - a) * k for a, b in zip(c0, c1))
    return stops[-1][1]


def _dithered_gradient(size: tuple[int, int], stops) -> pygame.Surface:
    """A vertical gradient through `stops`, ordered-dithered; it repeats every 4 columns, so
    paint 4 and tile them."""
    width, height = size
    surface = pygame.Surface((width, height))
    block = pygame.Surface((4, height))
    for y in range(height):
        base = _gradient_colour(y / max(1, height - 1), stops)
        for x in range(4):
            threshold = (BAYER4[(y & 3) * 4 + x] + 0.5) / 16.0
            block.set_at((x, y), tuple(min(255, int(c + threshold)) for c in base))
    for x in range(0, width, 4):
        surface.blit(block, (x, 0))
    return surface


def _shape(magnitude: float) -> str:
    if magnitude < 0.6:
        return "major"  # Vega, Arcturus, Capella: a small cross of light
    if magnitude < 1.95:
        return "bright"
    if magnitude < 2.6:
        return "soft"
    return "dot"


SHAPES = {
    # (dx, dy, share of the core's light, whiteness)
    "dot": ((0, 0, 1.0, 0.0),),
    "soft": ((0, 0, 1.0, 0.2), (-1, 0, 0.3, 0), (1, 0, 0.3, 0), (0, -1, 0.3, 0), (0, 1, 0.3, 0)),
    "bright": ((0, 0, 1.0, 0.4), (-1, 0, 0.5, 0.05), (1, 0, 0.5, 0.05), (0, -1, 0.5, 0.05), (0, 1, 0.5, 0.05),
               (-1, -1, 0.1, 0), (1, -1, 0.1, 0), (-1, 1, 0.1, 0), (1, 1, 0.1, 0)),
    "major": ((0, 0, 1.0, 0.55), (-1, 0, 0.55, 0.1), (1, 0, 0.55, 0.1), (0, -1, 0.55, 0.1), (0, 1, 0.55, 0.1),
              (-2, 0, 0.16, 0), (2, 0, 0.16, 0), (0, -2, 0.16, 0), (0, 2, 0.16, 0),
              (-1, -1, 0.13, 0), (1, -1, 0.13, 0), (-1, 1, 0.13, 0), (1, 1, 0.13, 0)),
}


class _SpriteCache:
    """Tiny star sprites (black background, for additive blits), one per colour, shape and level."""

    def __init__(self):
        self._cache: dict = {}

    def get(self, colour, shape: str, level: int) -> tuple[pygame.Surface, int]:
        key = (colour, shape, level)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._make(colour, shape, level / (LEVELS - 1))
        return found

    @staticmethod
    def _make(colour, shape, brightness):
        offsets = SHAPES[shape]
        radius = max(max(abs(dx), abs(dy)) for dx, dy, _, _ in offsets)
        size = 2 * radius + 1
        surface = pygame.Surface((size, size))
        surface.fill((0, 0, 0))
        for dx, dy, share, white in offsets:
            light = brightness * share
            rgb = tuple(min(255, round((c + (255 - c) * white) * light)) for c in colour)
            surface.set_at((radius + dx, radius + dy), rgb)
        return ready(surface), radius


class SkyView:
    """Paints a `Sky` onto a surface of `size` (the sky region: usually (480, sky.height))."""

    def __init__(self, sky: Sky, size: tuple[int, int], static: pygame.Surface | None = None):
        """`static`: the layer `static` as painted before for the same sky and size (a cache's copy)."""
        self.sky = sky
        self.size = (int(size[0]), int(size[1]))
        self.horizon = tuple(round(c) for c in _gradient_colour(1.0))
        self.sprites = _SpriteCache()
        self.static = copied_through_cache(ready(static if static is not None else self._build_static()))
        self._twinkling = []  # (x - r, y - r, colour key, shape, intensity, twinkle params)
        table = sky.twinkle_table()
        for index, star in enumerate(sky.stars):
            if star.name is None and star.intensity < STATIC_BELOW:
                continue
            shape = _shape(star.magnitude)
            _, radius = self.sprites.get(_quantise(star.colour), shape, 0)
            self._twinkling.append((star.x - radius, star.y - radius, _quantise(star.colour), shape,
                                    star.intensity, table[index]))
        self._figures = {fid: self._figure_overlay(fid) for fid in FIGURES}
        self._dawn: pygame.Surface | None = None  # made the first time the sky lightens
        self._batch: list = []  # the twinkling stars' (sprite, position) as last worked out
        self._batch_dest: tuple[int, int] | None = None
        self._batch_frame = -2

    # --- pre-rendering --------------------------------------------------------------------
    def _build_static(self) -> pygame.Surface:
        width, height = self.size
        surface = _dithered_gradient(self.size, GRADIENT)
        surface.blit(self._milky_way_layer(), (0, 0), special_flags=pygame.BLEND_RGB_ADD)
        # the band's haze of faint points, then the faintest stars, which need not twinkle
        for x, y, strength in self.sky.dust:
            if 0 <= x < width and 0 <= y < height:
                add = round(10 + 22 * strength)
                _add_pixel(surface, x, y, (add, add, round(add * 1.2)))
        for star in self.sky.stars:
            if star.name is None and star.intensity < STATIC_BELOW and 0 <= star.x < width and 0 <= star.y < height:
                _add_pixel(surface, star.x, star.y, tuple(round(c * star.intensity) for c in star.colour))
        return surface

    def _milky_way_layer(self) -> pygame.Surface:
        """The glow of the band: Gaussian blobs summed on a coarse grid, scaled up smoothly, dithered."""
        width, height = self.size
        gw, gh = width // GLOW_CELL + 2, height // GLOW_CELL + 2
        grid = [0.0] * (gw * gh)
        for blob in self.sky.milky_way:
            sigma = max(0.6, blob.radius / GLOW_CELL)
            cx, cy = blob.x / GLOW_CELL, blob.y / GLOW_CELL
            reach = int(2.6 * sigma) + 1
            for gy in range(max(0, int(cy) - reach), min(gh, int(cy) + reach + 1)):
                row = gy * gw
                ddy = (gy - cy) ** 2
                for gx in range(max(0, int(cx) - reach), min(gw, int(cx) + reach + 1)):
                    grid[row + gx] += blob.intensity * math.exp(-((gx - cx) ** 2 + ddy) / (2 * sigma * sigma))
        small = pygame.Surface((gw, gh))
        for gy in range(gh):
            for gx in range(gw):
                v = grid[gy * gw + gx]
                v = 1.0 - math.exp(-1.1 * v) if v > 0 else 0.0  # a soft shoulder: knots and lanes stay visible
                small.set_at((gx, gy), (round(255 * v),) * 3)
        glow = pygame.transform.smoothscale(small, (gw * GLOW_CELL, gh * GLOW_CELL))
        # sample the glow at pixel centres (the grid's points are cell corners, hence the shift)
        layer = pygame.Surface((width, height))
        layer.blit(glow, (0, 0), (GLOW_CELL // 2, GLOW_CELL // 2, width, height))
        # ordered dither before the multiply quantises: add 0..one step of the tint's brightest channel
        step = 255.0 / max(MILKY_WAY_TINT)
        bayer = pygame.Surface((4, 4))
        for i, b in enumerate(BAYER4):
            v = int(step * b / 16.0)
            bayer.set_at((i % 4, i // 4), (v, v, v))
        dither = pygame.Surface((width, height))
        for x in range(0, width, 4):
            for y in range(0, height, 4):
                dither.blit(bayer, (x, y))
        layer.blit(dither, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
        layer.fill(MILKY_WAY_TINT, special_flags=pygame.BLEND_RGB_MULT)
        return layer

    def _figure_overlay(self, fid: str):
        lines = [(a, b) for a, b, f in self.sky.constellation_lines(include_all=True) if f == fid]
        if not lines:
            return None
        xs = [p[0] for seg in lines for p in seg]
        ys = [p[1] for seg in lines for p in seg]
        left, top = min(xs) - 2, min(ys) - 2
        surface = pygame.Surface((max(xs) - left + 3, max(ys) - top + 3), pygame.SRCALPHA)
        gap_of = {}
        for star in self.sky.stars:
            if star.figure == fid:
                gap_of[(star.x, star.y)] = 3 if _shape(star.magnitude) in ("bright", "major") else 2
        for (x0, y0), (x1, y1) in lines:
            length = math.hypot(x1 - x0, y1 - y0)
            g0, g1 = gap_of.get((x0, y0), 2), gap_of.get((x1, y1), 2)
            if length < 3 * (g0 + g1):  # a short segment (Lyra is small): tighter gaps
                g0, g1 = min(g0, 1.5), min(g1, 1.5)
            if length <= g0 + g1 + 1:
                continue
            ux, uy = (x1 - x0) / length, (y1 - y0) / length
            a = (round(x0 + ux * g0) - left, round(y0 + uy * g0) - top)
            b = (round(x1 - ux * g1) - left, round(y1 - uy * g1) - top)
            pygame.draw.line(surface, (*LINE_COLOUR, 255), a, b)
        return ready(surface), (left, top)

    def figure_rect(self, fid: str) -> pygame.Rect | None:
        """Where a constellation's figure (its lines) lies in the sky, or None when it has none."""
        overlay = self._figures.get(fid)
        if overlay is None:
            return None
        surface, (left, top) = overlay
        return pygame.Rect(left, top, *surface.get_size())

    # --- per frame ------------------------------------------------------------------------
    def draw(self, canvas: pygame.Surface, seconds: float, highlight: str | None = None,
             traced=(), show_lines: bool = False, highlight_alpha: float | None = None,
             dest: tuple[int, int] = (0, 0), fill_below: bool = True, dawn: float = 0.0) -> None:
        """Paint the sky at `seconds`: lines for all figures (`show_lines`), for those `traced`,
        and a gently pulsing one for `highlight` (or at `highlight_alpha`, 0..1). `dawn` (0..1)
        lightens it: the dawn's colours laid over the night, the stars going out under them."""
        ox, oy = dest
        canvas.blit(self.static, dest)
        if fill_below and canvas.get_height() > oy + self.size[1]:
            canvas.fill(self.horizon, (ox, oy + self.size[1], self.size[0], canvas.get_height() - oy - self.size[1]))
        # constellation lines, under the stars
        for fid, overlay in self._figures.items():
            if overlay is None:
                continue
            if fid == highlight:
                alpha = highlight_alpha if highlight_alpha is not None else 0.62 + 0.14 * math.sin(seconds * 2.2)
            elif fid in traced:
                alpha = 0.42
            elif show_lines:
                alpha = 0.26
            else:
                continue
            surface, (left, top) = overlay
            surface.set_alpha(round(255 * max(0.0, min(1.0, alpha))))
            canvas.blit(surface, (ox + left, oy + top))
        # the twinkling stars, additively, in one call
        canvas.fblits(self._twinkle_batch(seconds, dest), pygame.BLEND_RGB_ADD)
        for x0, y0, x1, y1, alpha in self.sky.shooting_stars(seconds):
            self._meteor(canvas, x0 + ox, y0 + oy, x1 + ox, y1 + oy, alpha,
                         clip=pygame.Rect(ox, oy, *self.size))
        if dawn > 0.0:
            if self._dawn is None:
                self._dawn = ready(_dithered_gradient(self.size, DAWN_GRADIENT))
            cover = DAWN_COVER * min(1.0, dawn)
            self._dawn.set_alpha(round(255 * cover))
            canvas.blit(self._dawn, dest)
            if fill_below and canvas.get_height() > oy + self.size[1]:
                horizon = tuple(round(a + (b - a) * cover) for a, b in zip(self.horizon, DAWN_GRADIENT[-1][1]))
                canvas.fill(horizon, (ox, oy + self.size[1], self.size[0], canvas.get_height() - oy - self.size[1]))

    def _twinkle_batch(self, seconds: float, dest: tuple[int, int]) -> list:
        """Each twinkling star's sprite at `seconds`, placed at `dest`. From one frame to the next,
        a star's brightness is worked out every third frame (a third of them each frame, in turn):
        at 20 updates a second a twinkle looks the same, and the sky costs a third of the
        arithmetic. Any other jump in time works them all out."""
        ox, oy = dest
        batch = self._batch
        frame = int(seconds * 60)
        turn = frame % TWINKLE_TURNS
        if len(batch) != len(self._twinkling) or dest != self._batch_dest or frame - self._batch_frame not in (0, 1):
            batch[:] = [None] * len(self._twinkling)  # not the next frame: everything, now
            self._batch_dest, turn = dest, None
        self._batch_frame = frame
        amplitude_scale = 0.35 if self.sky.reduced_flashing else 1.0
        top_level = LEVELS - 1
        get, sin, t = self.sprites.get, math.sin, seconds
        twinkling = self._twinkling
        for index in range(0 if turn is None else turn, len(twinkling), 1 if turn is None else TWINKLE_TURNS):
            x, y, colour, shape, intensity, (amplitude, w1, p1, w2, p2) = twinkling[index]
            factor = 1.0 - amplitude * amplitude_scale * 0.5 * (1.0 + 0.62 * sin(w1 * t + p1) + 0.38 * sin(w2 * t + p2))
            batch[index] = (get(colour, shape, int(intensity * factor * top_level + 0.5))[0], (ox + x, oy + y))
        return batch

    @staticmethod
    def _meteor(canvas, x0, y0, x1, y1, alpha, clip):
        """A run of pixels from the tail (faint) to the head (bright), one pixel per step."""
        steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0))))
        for k in range(steps + 1):
            f = k / steps
            x, y = int(x0 + (x1 - x0) * f + 0.5), int(y0 + (y1 - y0) * f + 0.5)
            if clip.collidepoint(x, y):
                light = alpha * f ** 1.3
                canvas.fill(tuple(round(c * light) for c in METEOR_COLOUR), (x, y, 1, 1),
                            special_flags=pygame.BLEND_RGB_ADD)
        hx, hy = int(x1 + 0.5), int(y1 + 0.5)
        glow = tuple(round(c * alpha * 0.25) for c in METEOR_COLOUR)
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            if clip.collidepoint(hx + dx, hy + dy):
                canvas.fill(glow, (hx + dx, hy + dy, 1, 1), special_flags=pygame.BLEND_RGB_ADD)


class FirefliesView:
    """Draws `Fireflies`: a warm core and a soft yellow-green halo, added onto the garden."""

    LEVELS = 16

    def __init__(self, fireflies: Fireflies):
        self.fireflies = fireflies
        self._sprites = [self._make(level / (self.LEVELS - 1)) for level in range(self.LEVELS)]

    @staticmethod
    def _make(glow: float) -> pygame.Surface:
        surface = pygame.Surface((5, 5))
        surface.fill((0, 0, 0))
        core, halo, haze = (255, 244, 150), (176, 220, 84), (96, 150, 52)
        for dx in range(-2, 3):
            for dy in range(-2, 3):
                d = abs(dx) + abs(dy)
                colour, share = ((core, 1.0) if d == 0 else (halo, 0.42) if d == 1
                                 else (haze, 0.13) if d == 2 else (haze, 0.0))
                if abs(dx) == 2 and abs(dy) == 2:
                    share = 0.0
                surface.set_at((2 + dx, 2 + dy), tuple(round(c * share * glow) for c in colour))
        return ready(surface)

    def draw(self, canvas: pygame.Surface, seconds: float, offset: tuple[float, float] = (0, 0)) -> None:
        """Draw at `seconds`; `offset` is subtracted from the fireflies' positions (a camera)."""
        top = self.LEVELS - 1
        canvas.fblits([(self._sprites[int(glow * top + 0.5)], (int(x - offset[0]) - 2, int(y - offset[1]) - 2))
                       for x, y, glow in self.fireflies.at(seconds)], pygame.BLEND_RGB_ADD)


def _quantise(colour) -> tuple[int, int, int]:
    return tuple(min(255, (c + 4) // 8 * 8) for c in colour)


def _add_pixel(surface: pygame.Surface, x: int, y: int, rgb) -> None:
    r, g, b, *_ = surface.get_at((x, y))
    surface.set_at((x, y), (min(255, r + rgb[0]), min(255, g + rgb[1]), min(255, b + rgb[2])))
