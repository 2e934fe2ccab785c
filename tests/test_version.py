"""The game's version is written once, in pyproject.toml, and told on the title screen (small, in the
bottom-right corner), by `--version` and in crash reports. (The installed wheel's: tests/test_wheel.py.)"""

import subprocess
import sys
import tomllib
from pathlib import Path

import pygame

from game.app import App, RunOptions
from game.core.input import InputFrame
from game.diagnostics.crash import describe
from game.render.starlit_view import VERSION
from game.scenes.title import TitleScene

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def title_frame(notice: str | None = None) -> pygame.Surface:
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.scenes.push(TitleScene(app.ctx))
    app.ctx.scenes.apply_pending()
    for _ in range(90):  # past the fade-in
        app.tick(InputFrame())
    if notice:
        app.ctx.tell(notice)
    app.render(0.0)
    return app.canvas


def version_pixels(canvas: pygame.Surface, area: pygame.Rect) -> int:
    return pygame.mask.from_threshold(canvas.subsurface(area), VERSION, (1, 1, 1, 255)).count()


def test_the_title_shows_the_version_in_its_bottom_right_corner():
    canvas = title_frame()
    width, height = canvas.get_size()
    corner = pygame.Rect(width - 60, height - 18, 60, 18)
    assert version_pixels(canvas, corner) > 30  # "v0.1.0" in the pixel face
    assert version_pixels(canvas, canvas.get_rect()) == version_pixels(canvas, corner)  # and nowhere else


def test_a_notice_on_the_title_has_the_bottom_to_itself():
    canvas = title_frame("The settings file could not be read: the defaults are used for now.")
    assert version_pixels(canvas, canvas.get_rect()) == 0


def test_the_version_is_pyprojects_on_the_command_line_and_in_a_crash_report():
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True,
                            timeout=60, cwd=ROOT)
    assert result.stdout.strip() == f"The Weight of Secrets {PYPROJECT_VERSION}"
    report = describe(RuntimeError("boom"))
    assert f"game version: {PYPROJECT_VERSION}\n" in report
