"""Small things every drawing module needs: surfaces in the display's format (and big ones that
SDL copies through the cache), a picture composed once and kept while what it shows stays the
same, a cache of pictures that stays within a size, and a colour part way to another."""

from __future__ import annotations

from collections import OrderedDict

import pygame


def ready(surface: pygame.Surface) -> pygame.Surface:
    """Convert to the display's format when there is a display (faster blits); as is otherwise."""
    if pygame.display.get_init() and pygame.display.get_surface() is not None:
        return surface.convert_alpha() if surface.get_flags() & pygame.SRCALPHA else surface.convert()
    return surface


def sparse(surface: pygame.Surface, onto: pygame.Surface | None = None) -> pygame.Surface:
    """`ready`, and run-length encoded: for a picture mostly clear (rain, a skyline against the
    sky), a blit then skips the clear runs instead of blending every pixel. Don't draw on it
    afterwards (each change decodes and re-encodes it). SDL encodes it again at its first blit onto
    another surface (a few ms for a screenful): given `onto` (the canvas it will be laid on), that is
    done now, with one pixel of it (drawn over before the canvas is shown)."""
    steps = sparse_made(surface, onto)
    while True:
        try:
            next(steps)
        except StopIteration as made:
            return made.value


def sparse_made(surface: pygame.Surface, onto: pygame.Surface | None = None):
    """`sparse` a step at a time (game/render/ahead.py): a generator yielding between them (each a
    millisecond or two for a screenful), returning the surface."""
    surface = ready(surface)
    yield
    surface.set_alpha(255, pygame.RLEACCEL)
    pygame.Surface((1, 1), 0, surface).blit(surface, (0, 0))  # encoded at a first blit: SDL then frees its pixels
    if onto is not None:
        yield
        onto.blit(surface, (0, 0), (0, 0, 1, 1))
    return surface


def copied_through_cache(surface: pygame.Surface) -> pygame.Surface:
    """An opaque picture with the same pixels, which SDL copies onto the frame through the cache: its
    rows a pixel longer than it is wide (a subsurface of one a pixel wider). SDL copies a picture whose
    rows all start on 16-byte boundaries with streaming stores, which bypass the cache: the frame such
    a picture covers (a map, a sky, a backdrop) would then be read back from memory by all that is drawn
    over it (the light's pass over the dead drop: 0.08 ms a frame instead of 0.03). A picture with
    transparency is blended, not copied, and is returned as it is."""
    if surface.get_flags() & pygame.SRCALPHA or surface.get_colorkey() is not None:
        return surface
    width, height = surface.get_size()
    wider = pygame.Surface((width + 1, height), 0, surface)
    wider.blit(surface, (0, 0))
    return wider.subsurface((0, 0, width, height))


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


def mix(a, b, amount: float) -> tuple[int, ...]:
    """Colour `a` moved `amount` (0..1) of the way to colour `b`."""
    return tuple(int(round(x + (y - x) * amount)) for x, y in zip(a, b))


def surface_bytes(surface: pygame.Surface) -> int:
    """What a surface's pixels take in memory."""
    return surface.get_pitch() * surface.get_height()


class SurfaceCache:
    """Pictures by key, the least recently used let go once all of them take more than
    `budget_bytes`. Texts and panels come in endless sizes over an evening (every line of the
    story, every width a menu takes): a cache bounded by a count of them went on growing by
    megabytes for half an hour of play; bounded by their bytes it cannot."""

    def __init__(self, budget_bytes: int):
        self.budget_bytes = budget_bytes
        self.bytes = 0
        self._pictures: OrderedDict[object, pygame.Surface] = OrderedDict()

    def __len__(self) -> int:
        return len(self._pictures)

    def get(self, key) -> pygame.Surface | None:
        picture = self._pictures.get(key)
        if picture is not None:
            self._pictures.move_to_end(key)
        return picture

    def put(self, key, picture: pygame.Surface) -> pygame.Surface:
        """Keep `picture` (the newest); older ones go while the total is over budget."""
        old = self._pictures.pop(key, None)
        if old is not None:
            self.bytes -= surface_bytes(old)
        self._pictures[key] = picture
        self.bytes += surface_bytes(picture)
        while self.bytes > self.budget_bytes and len(self._pictures) > 1:
            _, gone = self._pictures.popitem(last=False)
            self.bytes -= surface_bytes(gone)
        return picture

    def clear(self) -> None:
        self._pictures.clear()
        self.bytes = 0
