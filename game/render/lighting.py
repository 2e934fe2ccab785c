"""The time of day as light over the whole canvas: a tint and a gentle vignette.

One precomputed surface multiplied over the frame per light preset; cheap at
480×270 and it keeps tiles free of baked time-of-day colour.
"""

from __future__ import annotations

import pygame

# preset: (tint at the top of the screen, tint at the bottom, vignette strength 0..1)
PRESETS = {
    "afternoon": ((255, 238, 206), (255, 226, 196), 0.10),
    "dusk": ((236, 176, 168), (176, 140, 176), 0.22),
    "night": ((104, 112, 178), (78, 86, 150), 0.35),
    "interior": ((250, 220, 186), (226, 190, 160), 0.38),
    "none": ((255, 255, 255), (255, 255, 255), 0.0),
}


class Lighting:
    def __init__(self, preset: str, size: tuple[int, int]):
        self.preset = preset if preset in PRESETS else "afternoon"
        top, bottom, vignette = PRESETS[self.preset]
        self.overlay: pygame.Surface | None = None
        if self.preset != "none":
            self.overlay = _build_overlay(size, top, bottom, vignette)

    def apply(self, canvas: pygame.Surface) -> None:
        if self.overlay is not None:
            canvas.blit(self.overlay, (0, 0), special_flags=pygame.BLEND_MULT)


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
    return overlay.convert() if pygame.display.get_surface() else overlay
