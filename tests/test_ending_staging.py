"""The ending on the bench, as the player sees it: the two of them stay in view while they talk,
the hint and the constellations' names never hide what they point at, and the dawn ending
lightens the sky."""

import pygame
import pytest

from game.app import App, RunOptions
from game.content.strings import Strings
from game.core.input import InputFrame, Intent
from game.core.session import Session
from game.players.autoplay import AutoPlayer, ChoicePolicy
from game.render import silhouettes, starlit_view
from game.scenes.credits import CreditsScene
from game.scenes.dialogue import DialogueScene
from game.scenes.starlit import StarlitScene


def make_app(language="en"):
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.settings.language = language
    app.ctx.strings = Strings(language)
    app.ctx.session = Session.new(language)
    return app


def start_ending(app) -> StarlitScene:
    scene = StarlitScene(app.ctx)
    app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()
    return scene


def tap(intent):
    return InputFrame.of(pressed=[intent])


def talk_until(app, scene, phase):
    """Read on (and take the first choice) until the scene is in `phase` with nothing over it."""
    for tick in range(20000):
        if scene.phase == phase and app.ctx.scenes.top is scene:
            return
        app.tick(tap(Intent.INTERACT) if tick % 2 else InputFrame())
    raise AssertionError(f"never reached {phase}")


def test_the_two_of_them_stay_in_view_while_they_talk():
    app = make_app()
    scene = start_ending(app)
    for _ in range(120):  # the fade in, and the first words
        app.tick(InputFrame())
    assert isinstance(app.ctx.scenes.top, DialogueScene)
    app.render(0.0)
    with_box = app.canvas.copy()
    dialogue = app.ctx.scenes.top
    app.ctx.scenes.pop()  # the same moment with nothing said
    app.ctx.scenes.apply_pending()
    scene.phase = "talk"
    app.render(0.0)
    covered = [(x, y) for y in range(270) for x in range(480) if with_box.get_at((x, y)) != app.canvas.get_at((x, y))]
    assert covered and dialogue.line is not None, "the box was not drawn"
    couple = silhouettes.couple_rect((480, 270), scene.sky.height)
    assert not [point for point in covered if couple.collidepoint(point)]
    # they are there to be seen: the bench and two figures, dark against the sky
    dark = [(x, y) for y in range(couple.top, couple.bottom) for x in range(couple.left, couple.right)
            if app.canvas.get_at((x, y))[:3] == silhouettes.GROUND]
    assert len(dark) > 120


def ink_colour_pixels(canvas, colour, rect=None):
    rect = rect or canvas.get_rect()
    return [(x, y) for y in range(rect.top, rect.bottom) for x in range(rect.left, rect.right)
            if canvas.get_at((x, y))[:3] == colour]


def point_at(app, scene, figure):
    """Move the star pointer with the direction intents onto the middle of one of the figure's lines."""
    (x0, y0), (x1, y1) = next((a, b) for a, b, name in scene.sky.constellation_lines() if name == figure)
    target = ((x0 + x1) / 2, (y0 + y1) / 2)
    for _ in range(2000):
        dx, dy = target[0] - scene.pointer[0], target[1] - scene.pointer[1]
        if abs(dx) < 2 and abs(dy) < 2:
            return
        held = [Intent.RIGHT if dx > 0 else Intent.LEFT] if abs(dx) >= 2 else []
        held += [Intent.DOWN if dy > 0 else Intent.UP] if abs(dy) >= 2 else []
        app.tick(InputFrame.of(held))
    raise AssertionError("the pointer never got there")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_constellations_name_stays_clear_of_its_lines(language):
    app = make_app(language)
    scene = start_ending(app)
    talk_until(app, scene, "trace")
    for figure in scene.constellations:
        point_at(app, scene, figure)
        assert scene.near() == figure
        app.render(0.0)
        figure_rect = scene.view.sky_view.figure_rect(figure)
        label = ink_colour_pixels(app.canvas, starlit_view.ACCENT)
        assert label, f"{figure}: no name shown"
        assert not [p for p in label if figure_rect.collidepoint(p)], f"{figure}: its name is over its lines"


def test_the_tracing_hint_is_gone_while_they_speak_of_a_constellation():
    app = make_app("fr")
    scene = start_ending(app)
    talk_until(app, scene, "trace")
    app.render(0.0)
    bottom = pygame.Rect(0, 250, 480, 20)
    assert ink_colour_pixels(app.canvas, starlit_view.SOFT, bottom), "the hint shows while tracing"
    point_at(app, scene, "cassiopeia")
    app.tick(tap(Intent.INTERACT))
    app.tick(InputFrame())
    assert isinstance(app.ctx.scenes.top, DialogueScene)
    for _ in range(200):
        app.tick(InputFrame())
    app.render(0.0)
    assert not ink_colour_pixels(app.canvas, starlit_view.SOFT)  # not below the box, nor anywhere
    assert not ink_colour_pixels(app.canvas, starlit_view.ACCENT, pygame.Rect(0, 0, 480, scene.sky.height))


def test_escape_while_tracing_pauses_and_the_stars_wait():
    """Escape is Pause and Back at once: tracing, it pauses (as everywhere), and does not go on to the
    last words for good; Backspace, Back alone, goes on."""
    from game.core.input import InputCollector

    app = make_app()
    scene = start_ending(app)
    talk_until(app, scene, "trace")
    point_at(app, scene, "cassiopeia")
    app.tick(tap(Intent.INTERACT))
    talk_until(app, scene, "trace")  # what they say of it, read
    keyboard = InputCollector(pygame)

    def press(code):
        keyboard.handle(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0))
        app.tick(keyboard.frame())
        keyboard.handle(pygame.event.Event(pygame.KEYUP, key=code, mod=0))
        app.tick(keyboard.frame())

    press(pygame.K_ESCAPE)
    assert app.ctx.scenes.top.kind == "pause"
    assert scene.phase == "trace" and scene.traced == ["cassiopeia"]
    press(pygame.K_ESCAPE)  # and back to the stars
    assert app.ctx.scenes.top is scene and scene.phase == "trace"
    press(pygame.K_BACKSPACE)
    assert scene.phase != "trace"


def play_ending_to_the_credits(ending_id):
    app = make_app()
    player = AutoPlayer(policy=ChoicePolicy.for_ending(app.ctx.session.endings[ending_id]))
    start_ending(app)
    for _ in range(60 * 60 * 10):
        if isinstance(app.ctx.scenes.top, CreditsScene):
            break
        app.tick(player(app.ctx))
    assert isinstance(app.ctx.scenes.top, CreditsScene)
    assert app.ctx.session.story.get("ending_id") == ending_id
    app.render(0.0)
    return app


def brightness(canvas, rect):
    total = sum(sum(canvas.get_at((x, y))[:3])
                for y in range(rect.top, rect.bottom) for x in range(rect.left, rect.right))
    return total / (3 * rect.w * rect.h)


def test_the_dawn_ending_lightens_the_sky_and_the_others_keep_the_night():
    horizon = pygame.Rect(0, 150, 480, 20)  # the sky just over the hills
    zenith = pygame.Rect(0, 0, 480, 20)
    dawn = play_ending_to_the_credits("dawn")
    night = play_ending_to_the_credits("guarded")
    assert "dawn" in dawn.ctx.session.flags and "dawn" not in night.ctx.session.flags
    assert brightness(night.canvas, horizon) < 60
    assert brightness(dawn.canvas, horizon) > 140  # the first light over the hills
    assert brightness(dawn.canvas, zenith) > brightness(night.canvas, zenith) + 30


def test_the_dawn_rises_as_the_story_says_it_does():
    """The sky lightens from the line that says so (the story's `set_flag("dawn")`), gradually."""
    app = make_app()
    scene = start_ending(app)
    for _ in range(120):
        app.tick(InputFrame())
    horizon = pygame.Rect(0, 150, 480, 20)
    app.render(0.0)
    before = brightness(app.canvas, horizon)
    app.ctx.session.flags.add("dawn")
    levels = []
    for _ in range(4):
        app.render(0.0)
        levels.append(brightness(app.canvas, horizon))
        for _ in range(round(starlit_view.DAWN_SECONDS * 60 / 3)):
            app.tick(InputFrame())
    assert levels[0] < before + 10  # it begins at night
    assert levels == sorted(levels) and levels[-1] > before + 80
    assert scene.phase == "talk"
