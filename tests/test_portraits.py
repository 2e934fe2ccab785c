"""Portraits with moods: the `# mood:` tag of each line chooses the speaker's face."""

import re
import tomllib

import pygame
import pytest

from game.app import App, RunOptions
from game.content.chapters import MOODS_FILE, load_moods
from game.content.lint import MOOD_TAG, check_moods
from game.content.story import Line
from game.core import paths
from game.core.input import InputFrame, Intent
from game.core.scenes import Scene
from game.core.session import Session
from game.render import dialogue_box, hud
from game.scenes.dialogue import DialogueScene


def expressions() -> list[str]:
    with open(MOODS_FILE, "rb") as handle:
        return list(tomllib.load(handle))


def face(name: str) -> pygame.Surface:
    return pygame.image.load(str(paths.ASSETS / "portraits" / f"{name}.png"))


def same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and all(
        a.get_at((x, y))[:3] == b.get_at((x, y))[:3] for y in range(a.get_height()) for x in range(a.get_width()))


@pytest.mark.parametrize("name", ["stephane", "sophie"])
def test_stephane_and_sophie_each_have_a_face_for_every_expression(name):
    names = expressions()
    assert len(names) >= 4 and names[0] == "neutral"
    faces = [face(name if expression == "neutral" else f"{name}_{expression}") for expression in names]
    assert all(image.get_size() == (40, 40) for image in faces)
    for index, image in enumerate(faces):  # each one its own face
        assert not any(same(image, other) for other in faces[index + 1:])


class Behind(Scene):
    def draw(self, canvas, alpha):
        canvas.fill((20, 20, 30))


@pytest.fixture
def app():
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    return app


def portrait_shown(app) -> pygame.Surface:
    """The 40×40 picture at the portrait's place in the message box at the bottom of the screen."""
    box = hud.message_box_rect(app.canvas, None)
    content = app.ctx.assets.ui().content_rect(box, "warm", 3)
    return app.canvas.subsurface((content.x, content.y + (content.height - 40) // 2, 40, 40)).copy()


def read_lines(app, knot: str, count: int) -> list[tuple[Line, pygame.Surface]]:
    """Play a knot as a player reads it (Interact to show a line whole, again to go on); the face
    shown with each of its first `count` lines."""
    dialogue = DialogueScene(app.ctx, knot)
    for scene in (Behind(app.ctx), dialogue):
        app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()
    seen = []
    while len(seen) < count:
        app.tick(InputFrame.of(pressed=[Intent.INTERACT]))  # the whole line at once
        app.render(0.0)
        seen.append((dialogue.line, portrait_shown(app)))
        app.tick(InputFrame())
        app.tick(InputFrame.of(pressed=[Intent.INTERACT]))  # the next line
        app.tick(InputFrame())
    return seen


def test_each_line_shows_the_face_its_mood_asks_for(app):
    seen = read_lines(app, "stars_ursa_major", 5)
    moods = load_moods()
    faces_seen = set()
    for line, shown in seen:
        expression = moods.get(line.mood, "neutral") if line.mood else "neutral"
        name = line.speaker if expression == "neutral" else f"{line.speaker}_{expression}"
        assert same(shown, face(name)), f"{line.text!r} ({line.speaker}, {line.mood or 'no mood'})"
        faces_seen.add(name)
    # Sophie amused, then warm; Stéphane plain, then quiet: the faces change with the lines
    assert {"sophie_amused", "sophie_warm", "stephane", "stephane_moved"} <= faces_seen


def test_a_mood_with_no_face_shows_the_neutral_one(app):
    canvas = app.canvas
    canvas.fill((0, 0, 0))
    line = Line("I have no word for this.", "sophie", "bewildered")
    dialogue_box.draw(canvas, app.ctx.assets, app.ctx.session, line, len(line.text), [], 0, typing=False, seconds=0.0)
    assert same(portrait_shown(app), face("sophie"))


def test_check_names_a_mood_no_expression_is_given_to(tmp_path):
    (tmp_path / "fr").mkdir()
    (tmp_path / "a.ink").write_text("=== a ===\nHello. # speaker: sophie # mood: warm\n-> DONE\n", encoding="utf-8")
    (tmp_path / "fr" / "a.ink").write_text("=== a ===\nBonjour. # speaker: sophie # mood: furieuse\n-> DONE\n",
                                           encoding="utf-8")
    problems = [str(problem) for problem in check_moods(tmp_path)]
    assert len(problems) == 1
    assert "a.ink:line 2" in problems[0] and "'furieuse'" in problems[0] and "amused" in problems[0]


def test_every_mood_the_story_uses_has_a_face():
    assert [str(problem) for problem in check_moods()] == []


@pytest.mark.parametrize("speaker", ["stephane", "sophie"])
def test_the_story_shows_each_of_them_in_every_expression(speaker):
    """Drawn faces that no line asks for are never seen: each of the two shows all five in play."""
    expression_of = load_moods()
    shown = {"neutral"}
    for ink in (paths.ROOT / "assets" / "story").glob("*.ink"):
        for line in ink.read_text(encoding="utf-8").splitlines():
            if re.search(rf"#\s*speaker:\s*{speaker}\b", line):
                moods = MOOD_TAG.findall(line)
                shown.add(expression_of.get(moods[0].lower(), "neutral") if moods else "neutral")
    assert shown == {"neutral", "warm", "amused", "guarded", "moved"}
