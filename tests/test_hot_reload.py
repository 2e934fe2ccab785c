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
    assert app.ctx.mail.notice == f"Reloaded {path}"
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
    assert app.ctx.mail.notice.startswith(f"Reload failed: {path}:3: unknown object kind 'dragon'")
    app.render(0.0)
    for _ in range(30):  # the game plays on, on the old map
        app.tick(InputFrame())
    assert not app.ctx.mail.quit_requested


def test_f5_outside_a_map_does_nothing(app):
    assert app.reload_content() is False


# --- saving in Tiled reloads the map by itself, as F5 does ------------------------------------

def save_as_tiled(path, text: str) -> None:
    """Tiled saves through a temporary file renamed over the old one."""
    from game.core.files import write_atomically

    write_atomically(path, text)


def level_of(path_maker, tmp_path, objects):
    """The text of the room as mapkit writes it with these objects (the file itself is left as it was)."""
    path = tmp_path / "room.tmx"
    before = path.read_text()
    path_maker(tmp_path, "room", mapkit.ROOM, [SPAWN, *objects])
    text = path.read_text()
    path.write_text(before)
    return text


def tick(app, count, notices=None) -> list:
    """Play `count` ticks; the levels the scene had, in order, each once (and the notices shown, into `notices`)."""
    seen = []
    for _ in range(count):
        app.tick(InputFrame())
        level = app.ctx.scenes.top.level
        if not seen or seen[-1] is not level:
            seen.append(level)
        if notices is not None and app.ctx.mail.notice and (not notices or notices[-1] is not app.ctx.mail.notice):
            notices.append(app.ctx.mail.notice)
    return seen


def test_saving_the_map_reloads_it_without_f5(app, tmp_path):
    scene, path = start(app, tmp_path, [CLOCK])
    tick(app, 10)
    save_as_tiled(path, level_of(mapkit.write_map, tmp_path, [CLOCK, BELL]))
    levels = tick(app, 70)  # the watch looks every half second; a save is taken once it has settled
    assert len(levels) == 2 and names(scene) == {"default", "clock", "bell"}
    assert app.ctx.mail.notice == f"Reloaded {path}"


def test_saving_the_tileset_or_a_template_reloads_the_map(app, tmp_path):
    mapkit.write_template(tmp_path, "lamp", "light", props={"radius": 30})
    scene, path = start(app, tmp_path, [{"template": "lamp.tx", "x": 3, "y": 3}])
    assert not scene.level.collision.cell_blocked(3, 3)
    tileset = tmp_path / "test.tsx"
    save_as_tiled(tileset, tileset.read_text().replace('<tile id="1">', '<tile id="0">'))  # the floor walls him in
    tick(app, 70)
    assert scene.level.collision.cell_blocked(3, 3)
    lamp = tmp_path / "lamp.tx"
    save_as_tiled(lamp, lamp.read_text().replace('value="30"', 'value="60"'))
    tick(app, 70)
    assert [spec.props["radius"] for spec in scene.level.map.objects if spec.kind == "light"] == [60]


def test_a_save_written_in_several_steps_is_one_reload(app, tmp_path):
    scene, path = start(app, tmp_path, [CLOCK])
    tick(app, 29 - app.ticks % 30)  # just before the watch looks
    text = level_of(mapkit.write_map, tmp_path, [CLOCK, BELL])
    path.write_text(text[:len(text) // 2])  # the map half written when the watch looks: not valid XML yet
    notices = []
    seen = tick(app, 10, notices)
    path.write_text(text)
    tileset = tmp_path / "test.tsx"
    tileset.write_text(tileset.read_text() + "\n")  # then its tileset
    seen += tick(app, 120, notices)[1:]
    assert len(seen) == 2 and names(scene) == {"default", "clock", "bell"}
    assert notices == [f"Reloaded {path}"]  # one reload, and the half-written map was never read


def test_a_save_that_breaks_the_map_keeps_the_old_one_until_it_is_fixed(app, tmp_path):
    scene, path = start(app, tmp_path, [CLOCK])
    level = scene.level
    save_as_tiled(path, level_of(mapkit.write_map, tmp_path, [CLOCK, {**BELL, "kind": "dragon"}]))
    tick(app, 70)
    assert scene.level is level and names(scene) == {"default", "clock"}
    assert app.ctx.mail.notice.startswith(f"Reload failed: {path}:3: unknown object kind 'dragon'")
    assert tick(app, 120) == [level]  # one try per save, not one every half second
    save_as_tiled(path, level_of(mapkit.write_map, tmp_path, [CLOCK, BELL]))
    tick(app, 70)
    assert names(scene) == {"default", "clock", "bell"}


def test_nothing_is_reloaded_while_nothing_is_saved(app, tmp_path):
    scene, path = start(app, tmp_path, [CLOCK])
    assert tick(app, 600) == [scene.level]
