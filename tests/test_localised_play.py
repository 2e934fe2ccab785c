"""The whole evening played in the pseudo-locale and in French by the scripted player, with the text
watch on: no text overflows its box, panel or picture, none lacks a glyph, and (in the
pseudo-locale, where every localised text is bracketed) none is shown unlocalised.

Each text is drawn once, not once per ending:
- the pseudo-locale's whole evening, to 'dawn', is the command line's autoplay of tests/test_playthrough.py;
- the other endings part from it at dinner, so each is played here from dinner on, drawn except while a Berlin
  game is on screen (the games show the same texts in every ending, and that evening drew them);
- French: one whole evening, drawn; while a Berlin game is being played, one frame in four (what play shows, the
  clock, the log, the hints, the caption of a man at the door, stays up for seconds; the games' cards, which
  come and go with a key, are drawn every frame).
Runs are in this process (`cli.main`) and drawn at the canvas's own size, as the suite's rules ask.
"""

import pygame
import pytest

from game import cli
from game.app import App, RunOptions
from game.content.chapters import load_endings
from game.content.locale import PSEUDO
from game.render import text
from game.render.text_watch import TextWatcher
from game.scenes.message import MessageScene
from test_playthrough import CLI_ENDING


def autoplay(capsys, tmp_path, language: str, ending: str, *start: str) -> list[str]:
    code = cli.main(["--headless", "--autoplay", "--ending", ending, "--lang", language, *start,
                     "--window", "480x270", "--data-dir", str(tmp_path)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0 and f"ENDING: {ending}" in lines, lines[-20:]
    return lines


def draw_berlin_games(monkeypatch, play_every: int | None) -> None:
    """While a Berlin game is on screen, its play is drawn one frame in `play_every`, and its cards every
    frame; with None, the game is not drawn at all. Every other scene is drawn every frame."""
    draw = App.render

    def render(self, alpha):
        top = self.ctx.scenes.top
        if top.kind != "minigame" or (play_every and (top.phase != "play" or self.frames % play_every == 0)):
            draw(self, alpha)
    monkeypatch.setattr(App, "render", render)


@pytest.fixture
def berlin_games_undrawn(monkeypatch):
    draw_berlin_games(monkeypatch, None)


@pytest.mark.parametrize("ending", sorted(set(load_endings()) - {CLI_ENDING}))
def test_every_ending_in_the_pseudo_locale_shows_every_text_localised_and_in_its_box(capsys, tmp_path, ending,
                                                                                    berlin_games_undrawn):
    lines = autoplay(capsys, tmp_path, PSEUDO, ending, "--scene", "dinner")
    assert "CHAPTER: berlin" in lines and "CHAPTER: ending" in lines
    assert [line for line in lines if line.startswith("TEXT:")] == []


def test_an_evening_in_french_fits_its_boxes(capsys, tmp_path, monkeypatch):
    draw_berlin_games(monkeypatch, 4)
    lines = autoplay(capsys, tmp_path, "fr", "dawn")
    assert "CHAPTER: vineyard" in lines and "MINIGAME: deaddrop won" in lines
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
