"""Frames are not cleared before a scene that paints every pixel (a full-screen clear costs a
measurable share of a frame at 1080p), so such a scene must really leave nothing of the last
frame: a small map's margins, a Berlin game's map, the night sky. Other scenes get a clear canvas."""

import pygame
import pytest

import mapkit
from game.app import App, RunOptions
from game.berlin.registry import GAMES, scene_for
from game.core.input import InputFrame
from game.core.scenes import Scene
from game.core.session import Session
from game.scenes.explore import ExploreScene
from game.scenes.starlit import StarlitScene

STALE = (255, 0, 255)  # what the last frame left: a colour no scene of the game draws
OTHER = (0, 255, 0)


@pytest.fixture
def app():
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    return app


def stale_pixels(app, scene, ticks: int = 5) -> int:
    """How many pixels of a frame depend on what the frame before left: the frame is drawn twice,
    once over STALE and once over OTHER, after a first frame (pyscroll clears only where its last
    frame was blitted). A pixel that differs kept something of the canvas (lit, dimmed or as is)."""
    if scene not in app.ctx.scenes.scenes:
        app.ctx.scenes.push(scene)
        app.ctx.scenes.apply_pending()
    for _ in range(ticks):
        app.tick(InputFrame())
    app.render(0.5)
    frames = []
    for colour in (STALE, OTHER):
        app.canvas.fill(colour)
        app.render(0.5)
        frames.append(app.canvas.copy())
    stale = pygame.mask.from_threshold(frames[0], STALE, (1, 1, 1, 255)).count()
    return max(stale, _differing(*frames))


def _differing(first: pygame.Surface, second: pygame.Surface) -> int:
    same = pygame.mask.from_threshold(first, (0, 0, 0), (1, 1, 1, 255), second)  # pixel by pixel
    return first.get_width() * first.get_height() - same.count()


def test_a_map_smaller_than_the_screen_paints_its_margins(app, tmp_path):
    mapkit.write_tileset(tmp_path)
    path = mapkit.write_map(tmp_path, "closet", ["." * 6] * 4, [{"kind": "spawn", "name": "default", "x": 3, "y": 2}])
    scene = ExploreScene(app.ctx, path)
    assert stale_pixels(app, scene) == 0
    assert scene.covers_canvas
    assert app.canvas.get_at((2, 2))[:3] == (0, 0, 0)  # the margin is black, as before


def test_a_real_map_with_its_light_and_rain_paints_every_pixel(app):
    assert stale_pixels(app, ExploreScene(app.ctx, "berlin_street")) == 0


def test_a_lit_map_smaller_than_the_screen_leaves_no_ghosts_in_its_margins(app):
    """The cellar is narrower than the screen: pyscroll cleared only where its last frame was
    blitted, so the message boxes of earlier frames stayed in the margins, dimmed by the light."""
    scene = ExploreScene(app.ctx, "cellar")
    assert stale_pixels(app, scene) == 0
    assert app.canvas.get_at((2, 135))[:3] == (0, 0, 0)


@pytest.mark.parametrize("game_id", list(GAMES))
def test_a_berlin_game_paints_every_pixel_from_its_card_to_its_play(app, game_id):
    scene = scene_for(app.ctx, game_id)
    assert scene.covers_canvas
    assert stale_pixels(app, scene) == 0  # the explanation card over its backdrop
    scene.begin()
    assert stale_pixels(app, scene, ticks=0) == 0


def test_the_night_sky_paints_every_pixel(app):
    assert stale_pixels(app, StarlitScene(app.ctx)) == 0


def test_a_scene_that_does_not_cover_the_canvas_gets_a_cleared_one(app):
    class Blank(Scene):  # draws nothing at all
        pass

    scene = Blank(app.ctx)
    assert not scene.covers_canvas
    assert stale_pixels(app, scene) == 0
    assert app.canvas.get_at((240, 135))[:3] == (0, 0, 0)


def test_a_map_seen_at_its_edges_and_corners_leaves_nothing_stale(app):
    """pyscroll clears the frame whenever its tiles reach past the map's edge; the game skips that
    clear when the view lies inside the map, so the map itself must cover every pixel there."""
    scene = ExploreScene(app.ctx, "vineyard")
    stale_pixels(app, scene)
    width, height = scene.view.map.pixel_size
    for x in (0, 240, width / 2, width - 240, width):
        for y in (0, 135, height / 2, height - 135, height):
            scene.view.camera.jump_to(x, y)
            app.canvas.fill(STALE)
            scene.view.draw(app.canvas, scene.level, 1.0)
            assert pygame.mask.from_threshold(app.canvas, STALE, (1, 1, 1, 255)).count() == 0, (x, y)


def test_the_ending_s_words_leave_the_sky_free(app):
    """Over the star-lit ending the dialogue box sat at the top and hid the stars being traced
    (Cygnus's head, the cursor); it now sits low, over the hills and the bench."""
    app.ctx.session.chapter = "ending"
    app.ctx.nav.chapter("ending")
    app.ctx.scenes.apply_pending()
    ending = app.ctx.scenes.top
    while app.ctx.scenes.top is ending:  # its first words
        app.tick(InputFrame())
    app.render(0.5)
    with_words = app.canvas.copy()
    sky_alone = app.canvas.copy()
    ending.draw(sky_alone, 0.5)
    sky = pygame.Rect(0, 0, 480, 190)  # the stars the player traces lie above the hills
    assert _differing(with_words.subsurface(sky), sky_alone.subsurface(sky)) == 0
