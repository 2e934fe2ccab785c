"""Work that takes tens of milliseconds (reading a map, building its view) is done where the player
sees nothing move: the picture is covered a frame before the move, and stays exactly as it was across
the frame that loads the next place; a map's view waits under a Berlin game instead of being made
again on the frame that shows the map again. The collector is left on after a load."""

import gc

import pygame
import pytest

from game.app import App, RunOptions
from game.content.story import StoryAction
from game.core.input import InputFrame
from game.core.session import Session
from game.core.whereabouts import Destination
from game.render import map_view
from game.scenes.transition import FADE_SECONDS, MEMORY_SECONDS
from test_memory import TICKS_PER_SECOND, start


@pytest.fixture
def app():
    """An evening begun, drawn at the canvas's own size."""
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    return app


def play(app, scene, ticks: int) -> list[tuple[object, bytes]]:
    """Frames as a window shows them (a tick, then the picture), closing what the story opens over the
    map: for each, the level he is on and the picture."""
    frames = []
    for _ in range(ticks):
        app.tick(InputFrame())
        while app.ctx.scenes.top is not scene:
            app.ctx.scenes.pop()
            app.ctx.scenes.apply_pending()
        app.render(0.0)
        frames.append((scene.level, pygame.image.tobytes(app.canvas, "RGB")))
    return frames


def the_load(frames) -> int:
    """The frame on which the next place was loaded."""
    return next(index for index, (level, _) in enumerate(frames) if level is not frames[0][0])


def black(picture: bytes) -> bool:
    return not any(picture)


def test_a_door_loads_the_next_map_behind_a_black_frame_and_leaves_the_collector_on(app):
    scene = start(app, "vineyard")
    play(app, scene, 60)
    scene.go_to(Destination("cellar", "default"))
    frames = play(app, scene, round(FADE_SECONDS * TICKS_PER_SECOND) + 10)
    loaded = the_load(frames)
    assert scene.map_name == "cellar"
    assert black(frames[loaded - 1][1])  # the frame before the load is already black ...
    assert frames[loaded][1] == frames[loaded - 1][1]  # ... and the load's own frame changes nothing
    assert not black(frames[loaded - 3][1])  # (the fade itself is still seen on the way)
    assert not black(frames[-1][1])  # and the cellar fades in
    assert gc.isenabled()


def test_into_berlin_the_memory_stands_still_across_the_frame_that_loads_the_street(app):
    scene = start(app, "garden")
    play(app, scene, 30)
    app.ctx.session.carry_out([StoryAction("start_chapter", ("berlin",))])
    scene.resume()
    frames = play(app, scene, round(MEMORY_SECONDS * TICKS_PER_SECOND) + 20)
    loaded = the_load(frames)
    assert scene.map_name == "berlin_street"
    assert frames[loaded][1] == frames[loaded - 1][1]  # the haze and its rain, exactly as they were
    assert frames[loaded - 2][1] != frames[loaded - 1][1]  # the rain fell until the picture was covered
    assert frames[loaded + 2][1] != frames[loaded + 1][1]  # and falls on as Berlin appears
    assert gc.isenabled()


def test_back_from_a_berlin_game_the_street_is_shown_by_the_view_it_had(app, monkeypatch):
    """Made again as the game ended, the street's view took 30-60 ms of the frame that shows the street
    again; it now waits under the game (its ~2 MB raise a whole --autoplay's peak by under 1 MB: 69.8
    to 70.6 MB, the bench's autoplay_peak_rss_mb, measured twice each)."""
    street = start(app, "berlin")
    view = street.view
    made = []
    original = map_view.MapView.__init__
    monkeypatch.setattr(map_view.MapView, "__init__",
                        lambda self, *args, **kw: (made.append(1), original(self, *args, **kw))[1])
    app.ctx.session.carry_out([StoryAction("start_minigame", ("stakeout",))])
    street.resume()  # what the dialogue's end does
    app.ctx.scenes.apply_pending()
    game = app.ctx.scenes.top
    assert game.game_id == "stakeout"
    app.render(0.0)
    game.finish("lost")
    app.ctx.scenes.apply_pending()
    assert app.ctx.scenes.scenes[0] is street
    app.render(0.0)
    assert street.view is view and made == []
    assert app.canvas.get_at((240, 20))[:3] != (0, 0, 0)  # the street is drawn again under the dialogue
