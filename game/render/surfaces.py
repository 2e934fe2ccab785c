"""Small things every drawing module needs: surfaces in the display's format, and a picture
composed once and kept while what it shows stays the same."""

from __future__ import annotations

import pygame


def ready(surface: pygame.Surface) -> pygame.Surface:
    """Convert to the display's format when there is a display (faster blits); as is otherwise."""
    if pygame.display.get_init() and pygame.display.get_surface() is not None:
        return surface.convert_alpha() if surface.get_flags() & pygame.SRCALPHA else surface.convert()
    return surface


def sparse(surface: pygame.Surface) -> pygame.Surface:
    """`ready`, and run-length encoded: for a picture mostly clear (rain, a skyline against the
    sky), a blit then skips the clear runs instead of blending every pixel. Don't draw on it
    afterwards (each change decodes and re-encodes it)."""
    surface = ready(surface)
    surface.set_alpha(255, pygame.RLEACCEL)
    pygame.Surface((1, 1), 0, surface).blit(surface, (0, 0))  # encoded at a first blit: SDL then frees its pixels
    return surface


class Composed:
    """The last picture made, kept for as long as its key stays the same: a dialogue line or a
    set of choices is on screen for many frames, and is composed once, not once a frame."""

    def __init__(self):
        self._key = None
        self._image: pygame.Surface | None = None

    def get(self, key, make) -> pygame.Surface:
        if self._image is None or key != self._key:
            self._key, self._image = key, make()
        return self._image
