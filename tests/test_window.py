"""The window a player resizes, or makes fullscreen: the 480×270 picture is scaled by the largest whole
number that fits, centred, with black bars where the shapes differ (smaller than the picture: shrunk,
keeping its shape). Driven through the App's own loop under SDL's dummy driver, whose desktop is
1024×768: the window is resized as a window manager does (SDL's size event), F11 and Alt+Enter are
pressed as keys, and what is checked is the window's pixels. Both ways of showing the picture are
held to it: the SDL renderer a real window uses (its pixels read back from the renderer), and the
display surface headless runs use."""

import warnings

import pygame
import pytest

from game.app import App, RunOptions
from game.core.context import CANVAS_SIZE
from game.core.scenes import Scene
from game.core.settings import Settings
from game.core.window import RendererWindow

RED, WHITE, BLACK = (200, 30, 30), (255, 255, 255), (0, 0, 0)


class Card(Scene):
    """A picture whose corners can be found in the window: red, with a white top-left pixel."""

    def __init__(self, ctx, during=None):
        super().__init__(ctx)
        self.during = during or {}  # tick -> what a person does then (resize, a key)
        self.ticks = 0

    def update(self, frame, dt):
        self.ticks += 1
        if self.ticks in self.during:
            self.during[self.ticks]()

    def draw(self, canvas, alpha):
        canvas.fill(RED)
        canvas.set_at((0, 0), WHITE)


def play(app: App, during: dict, frames: int = 6) -> None:
    """`frames` more frames of the App's loop (headless: a tick each), with a Card on top of its scenes."""
    app.options.frames = app.frames + frames
    app.ctx.scenes.push(Card(app.ctx, during))
    app.run()


def resize_to(app: App, size, event: str = "size changed") -> None:
    """What a window manager does to the game's window between two frames: SDL resizes it and queues
    its size event, which the App's loop reads at the start of the next frame. `event`: SDL's own
    WINDOWSIZECHANGED, or the VIDEORESIZE alone that a person dragging the window's edge gives."""
    if event == "dragged":
        pygame.event.set_blocked(pygame.WINDOWSIZECHANGED)
    try:
        if isinstance(app.window, RendererWindow):
            app.window.window.size = size
        else:
            with warnings.catch_warnings():  # pygame-ce 2.5 warns that from_display_module will go: nothing else
                warnings.simplefilter("ignore", DeprecationWarning)  # resizes a window as its manager does
                pygame.Window.from_display_module().size = size
        pygame.event.pump()  # SDL queues its window events as it is pumped: while blocked, for a drag
    finally:
        pygame.event.set_allowed(pygame.WINDOWSIZECHANGED)
    if event == "dragged":
        pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1]))


def press(key, mod=0):
    return lambda: pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))


def picture_in_window(app: App) -> tuple[int, int, int, int]:
    """Where the picture lies in the window (x, y, w, h), found from its pixels alone; it checks the bars."""
    window = app.window.picture(app.canvas)
    width, height = window.get_size()
    red = [(x, y) for x in range(width) for y in (height // 2,) if window.get_at((x, y))[:3] == RED]
    column = [(x, y) for y in range(height) for x in (width // 2,) if window.get_at((x, y))[:3] == RED]
    left, right = red[0][0], red[-1][0]
    top, bottom = column[0][1], column[-1][1]
    # the white pixel is the picture's top-left, as big as the scale
    assert window.get_at((left, top))[:3] == WHITE
    for x, y in ((left - 1, height // 2), (right + 1, height // 2), (width // 2, top - 1), (width // 2, bottom + 1)):
        if 0 <= x < width and 0 <= y < height:
            assert window.get_at((x, y))[:3] == BLACK, f"no black bar at {(x, y)}"
    return left, top, right - left + 1, bottom - top + 1


WAYS = {"renderer": True, "display surface": False}


@pytest.fixture(params=list(WAYS))
def app(request):
    made = App(RunOptions(headless=True, window_size=(1440, 810), renderer=WAYS[request.param]),
               announce=lambda line: None)
    assert isinstance(made.window, RendererWindow) == WAYS[request.param]
    yield made
    close(made)


def close(app: App) -> None:
    """The next test's window as it expects it."""
    if isinstance(app.window, RendererWindow):
        app.window.window.destroy()
    pygame.display.set_mode((1440, 810), pygame.RESIZABLE)


def test_a_window_of_the_pictures_shape_is_filled_at_a_whole_scale(app):
    play(app, {})
    assert picture_in_window(app) == (0, 0, 1440, 810)  # ×3, no bars


@pytest.mark.parametrize("size, placed", [
    ((1000, 700), (20, 80, 960, 540)),  # ×2, bars above, below and at the sides
    ((1920, 1200), (0, 60, 1920, 1080)),  # ×4, bars above and below
    ((2560, 1080), (320, 0, 1920, 1080)),  # ultrawide: bars at the sides
    ((400, 200), (22, 0, 355, 200)),  # smaller than the picture: shrunk, keeping its shape
])
@pytest.mark.parametrize("event", ["size changed", "dragged"])
def test_a_window_resized_by_the_player_keeps_the_picture_whole_and_centred(app, size, placed, event):
    play(app, {})
    resize_to(app, size, event)
    play(app, {})
    assert app.window.size == size
    assert picture_in_window(app) == placed
    if placed[2] >= CANVAS_SIZE[0]:
        scale = placed[2] // CANVAS_SIZE[0]
        assert placed[2:] == (CANVAS_SIZE[0] * scale, CANVAS_SIZE[1] * scale)


def test_f11_makes_the_window_fullscreen_and_alt_enter_brings_it_back_as_it_was(app):
    resize_to(app, (1000, 700))
    play(app, {3: press(pygame.K_F11)})
    assert app.fullscreen and app.window.size == (1024, 768)  # the desktop
    assert picture_in_window(app) == (32, 114, 960, 540)  # ×2 on the 1024×768 desktop
    play(app, {1: press(pygame.K_RETURN, pygame.KMOD_LALT)})
    assert not app.fullscreen
    assert app.window.size == (1000, 700)  # the window it was
    assert picture_in_window(app) == (20, 80, 960, 540)


def test_the_settings_window_scale_and_fullscreen_apply_at_once(app):
    app.ctx.settings.window_scale = 2
    app.apply_window_settings()
    play(app, {})
    assert app.window.size == (960, 540)
    assert picture_in_window(app) == (0, 0, 960, 540)
    app.ctx.settings.fullscreen = True
    app.apply_window_settings()
    play(app, {})
    assert app.fullscreen and picture_in_window(app) == (32, 114, 960, 540)
    app.ctx.settings.fullscreen = False
    app.apply_window_settings()
    play(app, {})
    assert not app.fullscreen and picture_in_window(app) == (0, 0, 960, 540)


@pytest.mark.parametrize("way", list(WAYS))
def test_a_game_started_fullscreen_fills_the_desktop(way):
    app = App(RunOptions(headless=True, fullscreen=True, renderer=WAYS[way]), announce=lambda line: None,
              settings=Settings())
    try:
        play(app, {})
        assert app.fullscreen and app.window.size == (1024, 768)
        assert picture_in_window(app) == (32, 114, 960, 540)
    finally:
        close(app)
