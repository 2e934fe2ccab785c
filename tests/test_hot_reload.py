"""F5 in the running game reloads the map (and its tilesets and the story) from disk, or keeps the old one."""

import pytest

import mapkit
from game.app import App, RunOptions
from game.core.input import InputFrame
from game.core.session import Session
from game.scenes.explore import ExploreScene

SPAWN = {"kind": "spawn", "name": "default", "x": 2.5, "y": 3}
CLOCK = {"kind": "interactable", "name": "clock", "x": 4, "y": 1, "w": 1, "h": 1, "props": {"text": "Tick."}}
BELL = {"kind": "interactable", "name": "bell", "x": 6, "y": 1, "w": 1, "h": 1, "props": {"text": "Ding."}}


@pytest.fixture
def app():
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    return app


def start(app, tmp_path, objects):
    mapkit.write_tileset(tmp_path)
    path = mapkit.write_map(tmp_path, "room", mapkit.ROOM, [SPAWN, *objects])
    scene = ExploreScene(app.ctx, path)
    app.ctx.scenes.clear_to(scene)
    app.ctx.scenes.apply_pending()
    return scene, path


def press_f5(app) -> None:
    pg = app.pygame
    assert app.handle_window_event(pg.event.Event(pg.KEYDOWN, key=pg.K_F5, mod=0, unicode="", scancode=0))


def names(scene) -> set[str]:
    return {spec.name for spec in scene.level.map.objects}


def test_f5_brings_in_a_changed_map_and_he_stays_where_he_stands(app, tmp_path):
    scene, path = start(app, tmp_path, [CLOCK])
    scene.level.set_player_position(6.5 * 16, 4.5 * 16, "left")
    old_story = app.ctx.session.story
    mapkit.write_map(tmp_path, "room", mapkit.ROOM, [SPAWN, CLOCK, BELL])
    press_f5(app)
    assert names(scene) == {"default", "clock", "bell"}
    position = scene.level.player_position
    assert (position.x, position.y, scene.level.player_facing) == (6.5 * 16, 4.5 * 16, "left")
    assert app.ctx.session.story is not old_story and app.ctx.session.story.path == old_story.path
    assert scene.view is not None and scene.view.map is scene.level.map
    assert app.ctx.notice == f"Reloaded {path}"
    app.render(0.0)  # the notice is drawn over the map


def test_he_goes_back_to_the_spawn_when_his_spot_is_now_a_wall(app, tmp_path):
    scene, path = start(app, tmp_path, [])
    scene.level.set_player_position(6.5 * 16, 4.75 * 16, "up")
    rows = list(mapkit.ROOM)
    rows[4] = "#.....#..#"  # a wall where he stood
    mapkit.write_map(tmp_path, "room", rows, [SPAWN])
    press_f5(app)
    position = scene.level.player_position
    assert (position.x, position.y) == (2.5 * 16, 3 * 16)


def test_a_broken_map_keeps_the_old_one_and_the_notice_names_the_file(app, tmp_path):
    scene, path = start(app, tmp_path, [CLOCK])
    level, view = scene.level, scene.view
    mapkit.write_map(tmp_path, "room", mapkit.ROOM, [SPAWN, CLOCK, {**BELL, "kind": "dragon"}])
    press_f5(app)
    assert scene.level is level and scene.view is view
    assert names(scene) == {"default", "clock"}
    assert app.ctx.notice.startswith(f"Reload failed: {path}:3: unknown object kind 'dragon'")
    app.render(0.0)
    for _ in range(30):  # the game plays on, on the old map
        app.tick(InputFrame())
    assert not app.ctx.quit_requested


def test_f5_outside_a_map_does_nothing(app):
    assert app.reload_content() is False
