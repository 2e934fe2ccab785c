"""The whole evening played in the pseudo-locale and in French by the scripted player, with the text
watch on: no text overflows its box, panel or picture, none lacks a glyph, and (in the
pseudo-locale, where every localised text is bracketed) none is shown unlocalised."""

import subprocess
import sys

import pygame
import pytest

from conftest import ROOT
from game.app import App, RunOptions
from game.content.chapters import load_endings
from game.content.locale import PSEUDO
from game.render import text
from game.render.text_watch import TextWatcher
from game.scenes.message import MessageScene


def autoplay(tmp_path, language: str, ending: str) -> list[str]:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--headless", "--autoplay", "--ending", ending,
                             "--lang", language, "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=900)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and f"ENDING: {ending}" in lines, result.stdout[-2000:] + result.stderr[-2000:]
    return lines


@pytest.mark.parametrize("ending", sorted(load_endings()))
def test_every_ending_in_the_pseudo_locale_shows_every_text_localised_and_in_its_box(tmp_path, ending):
    lines = autoplay(tmp_path, PSEUDO, ending)
    assert "CHAPTER: berlin" in lines
    assert [line for line in lines if line.startswith("TEXT:")] == []


def test_an_evening_in_french_fits_its_boxes(tmp_path):
    lines = autoplay(tmp_path, "fr", "dawn")
    assert [line for line in lines if line.startswith("TEXT:")] == []


@pytest.fixture
def watched(monkeypatch):
    watcher = TextWatcher(pseudo=True)
    monkeypatch.setattr(text, "watcher", watcher)
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    return app, watcher


def show(app, words: str) -> None:
    app.ctx.scenes.clear_to(MessageScene(app.ctx, "", words))
    app.ctx.scenes.apply_pending()
    app.render(0.0)


def test_the_watch_sees_unlocalised_text_missing_glyphs_and_overflow(watched):
    app, watcher = watched
    show(app, "«Ñéŵ ĝáméé»")
    assert list(watcher.problems) == []
    show(app, "Plain English")
    assert list(watcher.problems) == ["not localised: 'Plain English'"]
    show(app, "«Snowman ☃»")
    assert any(problem.startswith("missing glyph: pixel has none for '☃'") for problem in watcher.problems)
    show(app, "«" + "Ñ" * 120 + "»")
    assert any(problem.startswith("overflow: the word") for problem in watcher.problems)
    canvas = pygame.Surface((480, 270))
    app.ctx.assets.font().draw(canvas, "«Óff thé édgé óf thé píçtúré»", (400, 10), (255, 255, 255))
    assert any(problem.startswith("overflow: runs off its 480x270 picture") for problem in watcher.problems)
    words = " ".join(["«Wórds"] * 80) + "»"
    show(app, words)  # the box grows to hold a long text rather than let it spill out
    assert not any("message box" in problem for problem in watcher.problems)


def test_in_play_the_watch_is_off():
    assert text.watcher is None
