"""The time of day as light over the whole canvas: a tint and a gentle vignette.

One precomputed surface multiplied over the frame per light preset; cheap at
480×270 and it keeps tiles free of baked time-of-day colour.
"""

from __future__ import annotations

import math

import pygame

from game.render.surfaces import ready

# preset: (tint at the top of the screen, tint at the bottom, vignette strength 0..1)
PRESETS = {
    "afternoon": ((255, 238, 206), (255, 226, 196), 0.10),
    "dusk": ((236, 176, 168), (176, 140, 176), 0.22),
    "night": ((104, 112, 178), (78, 86, 150), 0.35),
    "interior": ((250, 220, 186), (226, 190, 160), 0.38),
    "berlin": ((150, 166, 204), (122, 136, 178), 0.55),
    "none": ((255, 255, 255), (255, 255, 255), 0.0),
}


class Lighting:
    def __init__(self, preset: str, size: tuple[int, int]):
        self.preset = preset if preset in PRESETS else "afternoon"
        self.overlay = overlay_for(self.preset, size)

    def apply(self, canvas: pygame.Surface) -> None:
        if self.overlay is not None:
            canvas.blit(self.overlay, (0, 0), special_flags=pygame.BLEND_MULT)


# the overlays made last, by (preset, size): the same for every view in that light and size, only
# read (blitted) once made, so a Berlin game's view takes the street's instead of making its own
# (a few ms of Python on the frame that shows the game)
KEPT_OVERLAYS = 2
_KEPT_OVERLAYS: dict[tuple, pygame.Surface] = {}


def overlay_for(preset: str, size: tuple[int, int]) -> pygame.Surface | None:
    """The light's picture multiplied over a frame of `size` (None for "none"), kept by both; an unknown
    light is the afternoon's."""
    preset = preset if preset in PRESETS else "afternoon"
    if preset == "none":
        return None
    key = (preset, tuple(size))
    overlay = _KEPT_OVERLAYS.pop(key, None) or _build_overlay(size, *PRESETS[preset])
    _KEPT_OVERLAYS[key] = overlay  # the newest last
    while len(_KEPT_OVERLAYS) > KEPT_OVERLAYS:
        _KEPT_OVERLAYS.pop(next(iter(_KEPT_OVERLAYS)))
    return overlay


def _build_overlay(size, top, bottom, vignette) -> pygame.Surface:
    # computed at a tenth of the size and smoothly scaled up: light has no sharp edges
    width, height = max(2, size[0] // 10), max(2, size[1] // 10)
    overlay = pygame.Surface((width, height))
    cx, cy = width / 2, height / 2
    for y in range(height):
        t = y / max(height - 1, 1)
        row = [top[i] + (bottom[i] - top[i]) * t for i in range(3)]
        for x in range(width):
            # an elliptical falloff toward the corners
            d = ((x - cx) / cx) ** 2 + ((y - cy) / cy) ** 2
            shade = 1.0 - vignette * min(1.0, max(0.0, d - 0.35) / 1.4)
            overlay.set_at((x, y), tuple(int(channel * shade) for channel in row))
    overlay = pygame.transform.smoothscale(overlay, size)
    return ready(overlay)


# how strongly lamps show in each light: barely by day, fully at night
GLOW_STRENGTH = {"afternoon": 0.15, "dusk": 0.6, "night": 1.0, "interior": 0.8, "berlin": 1.0, "none": 0.0}
FLICKER_LEVELS = 4


class Glows:
    """Warm pools of light from lamps and lanterns, added over the darkened frame.

    Each (radius, colour, level) glow is made once; flicker picks among a few
    pre-made levels, so a lit night costs a handful of blits.
    """

    def __init__(self, preset: str):
        self.strength = GLOW_STRENGTH.get(preset, 0.5)
        self._cache: dict[tuple, pygame.Surface] = {}

    def surface(self, radius: int, colour: tuple[int, int, int], level: int) -> pygame.Surface:
        key = (radius, colour, level)
        if key not in self._cache:
            intensity = self.strength * (0.8 + 0.2 * level / (FLICKER_LEVELS - 1))
            self._cache[key] = _radial_glow(radius, colour, intensity)
        return self._cache[key]

    def draw(self, canvas: pygame.Surface, lights, seconds: float) -> None:
        """`lights`: (screen x, screen y, radius, colour, flicker, seed) for each light in view."""
        if self.strength <= 0:
            return
        blits = []
        for x, y, radius, colour, flicker, seed in lights:
            level = FLICKER_LEVELS - 1
            if flicker:  # two slow waves at odd rates read as a flame, not a blink
                wave = math.sin(seconds * 7.3 + seed * 1.7) + math.sin(seconds * 3.1 + seed * 4.1)
                level = min(FLICKER_LEVELS - 1, max(0, int((wave + 2) / 4 * FLICKER_LEVELS)))
            glow = self.surface(radius, colour, level)
            blits.append((glow, (x - radius, y - radius), None, pygame.BLEND_ADD))
        canvas.blits(blits, doreturn=False)


def _radial_glow(radius: int, colour, intensity: float) -> pygame.Surface:
    size = 16
    small = pygame.Surface((size, size))
    centre = (size - 1) / 2
    for y in range(size):
        for x in range(size):
            d = math.hypot(x - centre, y - centre) / (size / 2)
            falloff = max(0.0, 1.0 - d) ** 2
            small.set_at((x, y), tuple(int(c * falloff * intensity) for c in colour))
    glow = pygame.transform.smoothscale(small, (radius * 2, radius * 2))
    return ready(glow)
