"""The player's window: the canvas put on screen scaled by the largest whole number that fits, centred,
with black bars where the shapes differ.

Two ways to show it, one contract (`size`, `fullscreen`, `present`, `picture`, `show`):
- `RendererWindow`, in a real window: an SDL renderer draws the canvas as a texture and, where the
  platform offers it, waits for the display's refresh (vsync), so frames reach the screen whole and
  evenly spaced. The window is a `pygame.Window`; pygame's display module keeps a hidden 1×1 mode open
  only so pictures can be converted to the screen's pixel format (`Surface.convert`).
- `SurfaceWindow`: pygame's display surface, scaled in software and flipped. Headless runs use it (SDL's
  dummy driver: tests and tools), and a real window falls back to it when no renderer can be made.
"""

from __future__ import annotations

import os
from typing import Protocol

import pygame
from pygame._sdl2.video import Renderer, Texture

from game.core.context import CANVAS_SIZE

TITLE = "The Weight of Secrets"
BLACK = (0, 0, 0, 255)


def letterbox(window_size: tuple[int, int], canvas_size=CANVAS_SIZE) -> tuple[int, int, int, int]:
    """The rectangle (x, y, w, h) the canvas fills: the largest whole-number scale that fits."""
    ww, wh = window_size
    cw, ch = canvas_size
    scale = min(ww // cw, wh // ch)
    if scale >= 1:
        w, h = cw * scale, ch * scale
    else:  # a window smaller than the canvas: shrink to fit, keeping the shape
        factor = min(ww / cw, wh / ch)
        w, h = max(1, int(cw * factor)), max(1, int(ch * factor))
    return ((ww - w) // 2, (wh - h) // 2, w, h)


def desktop_size() -> tuple[int, int]:
    sizes = pygame.display.get_desktop_sizes()
    return sizes[0] if sizes else (0, 0)


class Window(Protocol):
    vsync: bool

    @property
    def size(self) -> tuple[int, int]: ...
    @property
    def fullscreen(self) -> bool: ...
    def set_windowed(self, size: tuple[int, int]) -> None: ...
    def set_fullscreen(self) -> None: ...
    def present(self, canvas: pygame.Surface) -> None: ...
    def picture(self, canvas: pygame.Surface) -> pygame.Surface: ...
    def show(self, picture: pygame.Surface) -> None: ...
    def refresh_rate(self) -> int: ...


def open_window(size: tuple[int, int], renderer: bool) -> Window:
    """A window of `size`; with `renderer`, drawn by an SDL renderer with vsync if one can be made."""
    if renderer:
        try:
            return RendererWindow(size)
        except pygame.error:  # no renderer on this platform or driver: the display surface still works
            pass
    return SurfaceWindow(size)


class SurfaceWindow:
    """pygame's display surface: the canvas scaled in software into it, then flipped."""

    vsync = False

    def __init__(self, size: tuple[int, int]):
        pygame.display.set_mode(size, pygame.RESIZABLE)
        pygame.display.set_caption(TITLE)
        self._fullscreen = False
        self._barred: tuple[int, int] | None = None  # the size whose black bars are drawn

    @property
    def size(self) -> tuple[int, int]:
        return pygame.display.get_surface().get_size()

    @property
    def fullscreen(self) -> bool:
        return self._fullscreen

    def set_windowed(self, size: tuple[int, int]) -> None:
        pygame.display.set_mode(size, pygame.RESIZABLE)
        self._fullscreen, self._barred = False, None

    def set_fullscreen(self) -> None:
        pygame.display.set_mode(desktop_size(), pygame.FULLSCREEN)
        self._fullscreen, self._barred = True, None

    def present(self, canvas: pygame.Surface) -> None:
        window = pygame.display.get_surface()
        if window.get_size() != self._barred:  # the bars stay drawn until the window changes
            window.fill(BLACK)
            self._barred = window.get_size()
        self._compose(window, canvas)
        pygame.display.flip()

    def picture(self, canvas: pygame.Surface) -> pygame.Surface:
        return pygame.display.get_surface().copy()

    def show(self, picture: pygame.Surface) -> None:
        pygame.display.get_surface().blit(picture, (0, 0))
        pygame.display.flip()
        self._barred = None

    def refresh_rate(self) -> int:
        return pygame.display.get_current_refresh_rate() or 60

    @staticmethod
    def _compose(window: pygame.Surface, canvas: pygame.Surface) -> None:
        view = pygame.Rect(letterbox(window.get_size(), canvas.get_size()))
        if view.size == canvas.get_size():
            window.blit(canvas, view)
        else:
            pygame.transform.scale(canvas, view.size, window.subsurface(view))


class RendererWindow:
    """A `pygame.Window` drawn by an SDL renderer: the canvas goes up as a texture, scaled by the GPU
    (nearest pixel), and `present` waits for the display's refresh where vsync is offered."""

    def __init__(self, size: tuple[int, int]):
        os.environ["SDL_RENDER_SCALE_QUALITY"] = "nearest"  # pixel art: whole pixels, never blurred
        if pygame.display.get_surface() is None:  # the pixel format pictures are converted to
            pygame.display.set_mode((1, 1), pygame.HIDDEN)
        self.window = pygame.Window(TITLE, size, resizable=True)
        try:
            self.renderer = Renderer(self.window, vsync=True)
            self.texture = Texture(self.renderer, CANVAS_SIZE, streaming=True)
        except pygame.error:
            self.window.destroy()
            raise
        self.vsync = True
        self._fullscreen = False

    @property
    def size(self) -> tuple[int, int]:
        return self.window.size

    @property
    def fullscreen(self) -> bool:
        return self._fullscreen

    def set_windowed(self, size: tuple[int, int]) -> None:
        if self._fullscreen:
            self.window.set_windowed()
        self.window.size = size
        self._fullscreen = False

    def set_fullscreen(self) -> None:
        self.window.set_fullscreen(desktop=True)  # the desktop's own mode: no mode switch, vsync as usual
        self._fullscreen = True

    def present(self, canvas: pygame.Surface) -> None:
        self._draw(canvas)
        self.renderer.present()

    def picture(self, canvas: pygame.Surface) -> pygame.Surface:
        """What `present` shows for this canvas, read back from the renderer before it is presented."""
        self._draw(canvas)
        return self.renderer.to_surface()

    def show(self, picture: pygame.Surface) -> None:
        self.renderer.set_viewport(None)
        self.renderer.draw_color = BLACK
        self.renderer.clear()
        self.renderer.blit(Texture.from_surface(self.renderer, picture), picture.get_rect())
        self.renderer.present()

    def refresh_rate(self) -> int:
        rates = pygame.display.get_desktop_refresh_rates()
        return (rates[0] if rates else 0) or 60

    def _draw(self, canvas: pygame.Surface) -> None:
        self.renderer.set_viewport(None)  # the whole window, in its pixels (more than its size on a HiDPI screen)
        output = self.renderer.get_viewport().size
        self.texture.update(canvas)
        self.renderer.draw_color = BLACK
        self.renderer.clear()
        self.renderer.blit(self.texture, pygame.Rect(letterbox(output, canvas.get_size())))
