"""The window and the loop: fixed 60 Hz updates, drawing decoupled and interpolated.

The game draws on a 480×270 canvas that the window (game/core/window.py) scales by a
whole number, centred, with black bars where the shapes differ; in a real window an SDL
renderer shows it in step with the display's refresh (vsync). Headless runs use the
same loop on SDL's dummy drivers, one tick per frame, so they are deterministic.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.core.audio import Audio
from game.core.context import CANVAS_SIZE, TICK, TICK_RATE
from game.core.input import InputCollector, InputFrame
from game.core.memory import release_free_memory
from game.core.seeds import DEFAULT_SEED, derive
from game.core.settings import Settings
from game.core.window import desktop_size, open_window
from game.render import hud, text
from game.render.assets import Assets
from game.render.sky_cache import SkyCache
from game.scenes import new_context

DEFAULT_SCALE = 3
MAX_FRAME_SECONDS = 0.25  # after a stall, catch up at most this much game time
NOTICE_SECONDS = 6.0  # how long a message told to the player stays on screen
WATCH_EVERY_TICKS = 30  # every half second of game time, the map's files are looked at for a save


@dataclass
class RunOptions:
    headless: bool = False
    frames: int | None = None
    screenshot: str | None = None
    window_size: tuple[int, int] | None = None  # overrides the settings' window scale
    fullscreen: bool = False
    seed: int = DEFAULT_SEED  # the run's seed: all randomness in the simulation comes from it
    max_ticks: int | None = None  # stop after this many update ticks (a replay's length)
    cache_dir: Path | None = None  # where skies are kept between runs (None: drawn afresh each run)
    cache_writable: bool = True  # False: a run for tools reads the cache but adds nothing to it
    renderer: bool | None = None  # the SDL renderer with vsync (None: in a real window, not headless)


def init_pygame(headless: bool):
    """Start pygame's display (and nothing that needs a sound device when headless)."""
    if headless:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SDL_AUDIODRIVER"] = "dummy"
    pygame.display.init()
    pygame.font.init()
    return pygame


def window_size_for(scale: int, desktop: tuple[int, int] | None) -> tuple[int, int]:
    """The window for a whole-number scale; scale 0 picks the largest that fits the desktop with room to spare."""
    if scale <= 0:
        scale = DEFAULT_SCALE
        if desktop and desktop[0] > 0:
            fits = min(int(desktop[0] * 0.9) // CANVAS_SIZE[0], int(desktop[1] * 0.9) // CANVAS_SIZE[1])
            scale = max(1, fits)
    return CANVAS_SIZE[0] * scale, CANVAS_SIZE[1] * scale


class App:
    def __init__(self, options: RunOptions, announce=print, settings=None):
        self.options = options
        self.pygame = pg = init_pygame(options.headless)
        settings = settings or Settings()
        size = options.window_size or window_size_for(settings.window_scale, None if options.headless else
                                                      desktop_size())
        self.windowed_size = size
        self.window = open_window(size, renderer=not options.headless if options.renderer is None
                                  else options.renderer)
        if options.fullscreen or settings.fullscreen:
            self.toggle_fullscreen()
        self.canvas = pg.Surface(CANVAS_SIZE).convert()
        self.collector = InputCollector(pg)
        # held to the Controls menu's rule: what breaks it goes back to its default, told by the command line
        settings.keys, self.bindings_notice = self.collector.load_key_names(settings.keys)
        assets = Assets(skies=SkyCache(options.cache_dir, options.cache_writable))
        self.ctx = new_context(assets=assets, announce=announce, settings=settings, input=self.collector,
                           audio=Audio.create(seed=derive(options.seed, "audio")), seed=options.seed)
        self.ctx.audio.set_volumes(settings.music_volume, settings.effects_volume)
        self.frames = 0
        self.ticks = 0
        self.first_frame_at: float | None = None
        # game/diagnostics/replay.py's Recorder when this run's intents are kept (--record, crash reports)
        self.recorder = None
        self.screenshot_problem: str | None = None  # why --screenshot's picture could not be written

    # -- the window --------------------------------------------------------
    @property
    def fullscreen(self) -> bool:
        return self.window.fullscreen

    def toggle_fullscreen(self) -> None:
        """Fullscreen at the desktop's resolution, and back to the window as it was."""
        if self.window.fullscreen:
            self.window.set_windowed(self.windowed_size)
        else:
            self.windowed_size = self.window.size
            self.window.set_fullscreen()

    def apply_settings(self) -> None:
        """Window, fullscreen and volumes from the settings, at once."""
        self.apply_window_settings()
        self.ctx.audio.set_volumes(self.ctx.settings.music_volume, self.ctx.settings.effects_volume)
        release_free_memory()  # a new window, a new language: what they replaced goes back

    def apply_window_settings(self) -> None:
        """Window scale and fullscreen from the settings, at once."""
        settings = self.ctx.settings
        if settings.fullscreen != self.fullscreen:
            self.toggle_fullscreen()
        if not self.fullscreen:
            size = window_size_for(settings.window_scale, None if self.options.headless else desktop_size())
            if size != self.window.size:
                self.window.set_windowed(size)
                self.windowed_size = size

    def present(self) -> None:
        self.window.present(self.canvas)

    def handle_window_event(self, event) -> bool:
        """Window-level events; True when the event was used here."""
        pg = self.pygame
        if event.type in (pg.QUIT, pg.WINDOWCLOSE):  # the window's close button (a hidden display stays open)
            self.ctx.quit()
        elif event.type in (pg.VIDEORESIZE, pg.WINDOWSIZECHANGED):
            pass  # the window is measured as each frame is presented
        elif event.type == pg.KEYDOWN and (
            event.key == pg.K_F11 or (event.key == pg.K_RETURN and event.mod & pg.KMOD_ALT)
        ):
            self.toggle_fullscreen()
        elif event.type == pg.KEYDOWN and event.key == pg.K_F5:
            if self.recorder is not None:  # it changes the world, between ticks: a replay must do it too
                self.recorder.event(reload=True)
            self.reload_content()
        else:
            return False
        return True

    def reload_content(self) -> bool:
        """F5: the map being walked reloads from disk (map makers' hot reload); elsewhere nothing happens."""
        reload = getattr(self.ctx.scenes.top, "reload", None)
        return bool(reload()) if callable(reload) else False

    # -- the loop -----------------------------------------------------------
    def run(self, inputs=None) -> None:
        """Run, from the scene navigation has opened (`ctx.nav.title()`, `.chapter(id)`, …), until the
        game quits or the frame limit is reached.

        `inputs`, when given, is called once per tick with the Context and returns the
        InputFrame for that tick: the scripted player and tests drive the game
        through it exactly as a person would through the keyboard.
        """
        pg = self.pygame
        ctx = self.ctx
        ctx.scenes.apply_pending()
        clock = pg.time.Clock()
        refresh = 60 if self.options.headless else self.window.refresh_rate()
        # with vsync, presenting waits for the display; the clock only keeps a window that is not
        # refreshed (minimised, or a driver without vsync) from spinning
        cap = min(2 * refresh, 480) if self.window.vsync else min(refresh, 240)
        lag = 0.0
        last = time.perf_counter()
        max_ticks = self.options.max_ticks
        while not ctx.mail.quit_requested and len(ctx.scenes) and (max_ticks is None or self.ticks < max_ticks):
            now = time.perf_counter()
            # real time paces the updates only; what they do depends on the intents alone
            lag += TICK if self.options.headless else min(now - last, MAX_FRAME_SECONDS)
            last = now
            for event in pg.event.get():
                if not self.handle_window_event(event):
                    self._note_raw_key(event)
                    self.collector.handle(event)
            ctx.mail.input_device = self.collector.last_device
            while lag >= TICK - 1e-9 and (max_ticks is None or self.ticks < max_ticks):
                frame = inputs(ctx) if inputs else self.collector.frame()
                self.tick(frame or InputFrame())
                lag -= TICK
            self.render(lag / TICK)
            if ctx.mail.loaded:  # the time a load took is not the game's: no ticks run to catch it up
                ctx.mail.loaded = False
                last = time.perf_counter()
            self.frames += 1
            if self.first_frame_at is None:
                self.first_frame_at = time.time()
            if self.options.frames is not None and self.frames >= self.options.frames:
                break
            if not self.options.headless:
                clock.tick(cap)  # sleeps: no busy-waiting
        if self.options.screenshot:
            self.screenshot_problem = self.save_screenshot(self.options.screenshot)

    def tick(self, frame: InputFrame) -> None:
        self.ticks += 1
        self.ctx.scenes.update(frame, TICK)
        self.ctx.clock.ticks += 1
        if self.ticks % WATCH_EVERY_TICKS == 0:
            self.reload_if_saved()

    def reload_if_saved(self) -> bool:
        """The map being walked reloads by itself when its files were saved (in Tiled), as F5 does."""
        saved = getattr(self.ctx.scenes.top, "saved_in_tiled", None)
        if not (callable(saved) and saved()):
            return False
        if self.recorder is not None:  # between this tick and the next, as F5 is: a replay does it too
            self.recorder.event(reload=True)
        return self.reload_content()

    def _note_raw_key(self, event) -> None:
        """A key pressed while Controls waits for one is not an intent: the recording keeps it as an event."""
        if (self.recorder is not None and event.type == self.pygame.KEYDOWN
                and getattr(self.collector, "_capture", None) is not None):
            self.recorder.event(key=event.key, name=self.pygame.key.name(event.key))

    def render(self, alpha: float) -> None:
        if text.watcher is not None:
            text.watcher.new_frame()
        if not self.ctx.scenes.covers_canvas:
            self.canvas.fill((0, 0, 0))
        self.ctx.scenes.draw(self.canvas, alpha)
        self._draw_notice()
        self.present()

    def _draw_notice(self) -> None:
        """A message told to the player (a failed save, a map reloaded) over whatever is on screen, for a few
        seconds; a scene that shows notices itself (the title) keeps it there."""
        mail = self.ctx.mail
        if not mail.notice or self.ctx.clock.ticks - mail.notice_at >= NOTICE_SECONDS * TICK_RATE:
            return
        if getattr(self.ctx.scenes.top, "shows_notices", False):
            return
        hud.draw_notice(self.canvas, self.ctx.assets, mail.notice)

    def save_screenshot(self, path: str) -> str | None:
        """Save the window as a PNG; why it could not be written (one line), or None."""
        try:
            directory = os.path.dirname(os.path.abspath(path))
            os.makedirs(directory, exist_ok=True)
            self.pygame.image.save(self.window.picture(self.canvas), path)
        except (OSError, self.pygame.error) as problem:  # a folder that cannot be made, a full disk, a folder's name
            return f"the screenshot could not be written to {path}: {getattr(problem, 'strerror', None) or problem}"
        return None
