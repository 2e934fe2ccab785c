"""When the game breaks: a short word to the player, a crash report for whoever fixes it.

An unexpected exception during play ends the run with a message on stderr (and, with a
window, a few seconds on screen), and a report in the data folder's `crashes/`:
`crash-<date>-<time>.txt` holds the traceback, the game's version, the platform, the
Python and pygame versions, the seed, the chapter, the scenes, and, at the end, the
run's intents as a replay (`python main.py --replay crashes/crash-….txt`, or `weight-of-secrets
--replay …` for an installed game or a build, plays the run again up to the crash). Nothing is
saved on the way out: the last good save stays as it was. The content's own errors
(ContentError) are not crashes; they keep their message.
"""

from __future__ import annotations

import platform
import sys
import time
import traceback
from pathlib import Path

from game.core.files import write_atomically
from game.core.version import game_version
from game.diagnostics.replay import REPLAY_MARKER

EXIT_CODE = 70  # EX_SOFTWARE: the game itself failed
ON_SCREEN_SECONDS = 12.0


def _pygame_versions() -> str:
    try:
        # lazy: the command line imports this module for every run, --list-endings too; pygame costs
        # ~40 ms and 9 MB there (measured), and a report must be written whatever state pygame is in
        import pygame

        return f"pygame-ce {pygame.version.ver} (SDL {'.'.join(map(str, pygame.get_sdl_version()))})"
    except Exception as error:  # the report must be written whatever state pygame is in
        return f"unknown ({error})"


def describe(error: BaseException, ctx=None, argv=None, seed=None) -> str:
    """The report's text, without the replay."""
    session = getattr(ctx, "session", None) if ctx is not None else None
    scenes = " > ".join(type(scene).__name__ for scene in ctx.scenes.scenes) if ctx is not None else "(none)"
    ticks = ctx.clock.ticks if ctx is not None else 0
    lines = [
        "The Weight of Secrets: crash report",
        f"time: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"game version: {game_version()}",
        f"platform: {platform.platform()}",
        f"python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"pygame: {_pygame_versions()}",
        f"command line: {' '.join(argv) if argv is not None else ' '.join(sys.argv[1:])}",
        f"seed: {seed if seed is not None else getattr(ctx, 'seed', 'unknown')}",
        f"chapter: {(session.chapter or '(title)') if session is not None else '(none)'}",
        f"scenes: {scenes or '(none)'}",
        f"game time: {ticks} ticks done ({ticks / 60:.1f} s) before it failed",
        f"error: {type(error).__name__}: {error}",
        "",
        "".join(traceback.format_exception(type(error), error, error.__traceback__)).rstrip(),
        "",
    ]
    return "\n".join(lines) + "\n"


def write_report(folder: Path, error: BaseException, ctx=None, recorder=None, argv=None, seed=None,
                 program: str = "python main.py") -> Path:
    """Write crashes/crash-<stamp>.txt in `folder` (never the save); returns its path. `program` is how
    the player started the game, for the replay's command line."""
    crashes = Path(folder) / "crashes"
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = crashes / f"crash-{stamp}.txt"
    counter = 1
    while path.exists():
        path = crashes / f"crash-{stamp}-{counter}.txt"
        counter += 1
    text = describe(error, ctx, argv, seed)
    if recorder is not None:
        text += (f"{REPLAY_MARKER} (the run's intents: {program} --headless --replay {path.name} "
                 f"plays it again, up to the crash) ===\n")
        text += recorder.text(end={"crash": f"{type(error).__name__}: {error}"})
    write_atomically(path, text)
    return path


def show_on_screen(app, lines: list[str], seconds: float = ON_SCREEN_SECONDS) -> None:
    """A plain message in the window until a key, a click or `seconds` (pygame's own font, no game code)."""
    try:
        pg = app.pygame
        window = pg.Surface(app.window.size)
        font = pg.font.Font(None, 26)
        pg.event.clear()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for event in pg.event.get():
                if event.type in (pg.QUIT, pg.KEYDOWN, pg.MOUSEBUTTONDOWN, pg.CONTROLLERBUTTONDOWN):
                    return
            window.fill((14, 12, 24))
            y = max(20, window.get_height() // 2 - len(lines) * 16)
            for line in lines:
                picture = font.render(line, True, (236, 226, 206))
                window.blit(picture, ((window.get_width() - picture.get_width()) // 2, y))
                y += 32
            app.window.show(window)
            time.sleep(0.05)
    except Exception:  # already on the way out: showing the message must never make things worse
        return
