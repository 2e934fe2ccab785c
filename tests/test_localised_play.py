"""The whole evening played in the pseudo-locale and in French by the scripted player, with the text
watch on: no text overflows its box, panel or picture, none lacks a glyph, and (in the
pseudo-locale, where every localised text is bracketed) none is shown unlocalised.

Each text is drawn once, not once per ending:
- the pseudo-locale's whole evening, to 'dawn', is the command line's autoplay of tests/test_playthrough.py;
- the other endings part from it at dinner, so each is played here from dinner on, without drawing the Berlin
  games (they show the same texts in every ending, and that evening drew them);
- French: one whole evening.
The runs here draw every frame of what shows a text that comes and goes with a key (a conversation, a message,
a Berlin game's cards, the title, the stars, the credits) and one frame in four of walking and of a game's play,
whose texts (a prompt, the clock, the log, a caption) stay up for seconds. Drawn every frame, the French evening
shows no text this misses but rows of the stakeout's log of the same form as others, and an ending from dinner
none but a door's prompt he walks past within four frames (the whole evening draws it). Runs are in this process
(`cli.main`) and drawn at the canvas's own size, as the suite's rules ask.
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


TEXT_SCENES = {"dialogue", "message", "title", "starlit", "credits"}


def draw_lightly(monkeypatch, berlin_games: bool = True, every: int = 4) -> None:
    """Draw every frame where a text may come and go with a key, one in `every` elsewhere (see above); with
    `berlin_games` False, a Berlin game is not drawn at all."""
    draw = App.render

    def render(self, alpha):
        top = self.ctx.scenes.top
        if top.kind == "minigame" and not berlin_games:
            return
        if top.kind in TEXT_SCENES or (top.kind == "minigame" and top.phase != "play") or self.frames % every == 0:
            draw(self, alpha)
    monkeypatch.setattr(App, "render", render)


@pytest.mark.parametrize("ending", sorted(set(load_endings()) - {CLI_ENDING}))
def test_every_ending_in_the_pseudo_locale_shows_every_text_localised_and_in_its_box(capsys, tmp_path, ending,
                                                                                    monkeypatch):
    draw_lightly(monkeypatch, berlin_games=False)
    lines = autoplay(capsys, tmp_path, PSEUDO, ending, "--scene", "dinner")
    assert "CHAPTER: berlin" in lines and "CHAPTER: ending" in lines
    assert [line for line in lines if line.startswith("TEXT:")] == []


def test_an_evening_in_french_fits_its_boxes(capsys, tmp_path, monkeypatch):
    draw_lightly(monkeypatch)
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
