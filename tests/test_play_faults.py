"""Faults met while playing don't end the game: a door to a map that doesn't exist, a knot that
doesn't exist. The error shows on screen, naming the map and the object, as a failed F5 reload
does; he stays where he was, the game goes on, and nothing is saved from the broken state."""

import dataclasses

import pytest

import mapkit
from game.app import App, RunOptions
from game.content.story import StoryAction
from game.core.input import InputFrame, Intent
from game.core.saves import SaveStore
from game.core.session import Session
from game.scenes.explore import ExploreScene

SPAWN = {"kind": "spawn", "name": "default", "x": 2.5, "y": 3}
BY_THE_DOOR = {"kind": "spawn", "name": "by_the_door", "x": 6.5, "y": 2.75, "props": {"facing": "right"}}
NOTICE_COLOUR = (255, 190, 170)  # the words of a notice (game/render/hud.py draw_notice), as for F5


@pytest.fixture
def app(tmp_path):
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    app.ctx.saves = SaveStore(tmp_path / "data")
    return app


def start(app, folder, door_props=None, objects=(), spawn="by_the_door"):
    """The hall: a door on its right wall (to `door_props`), and what else is given; he stands by the door."""
    mapkit.write_tileset(folder)
    mapkit.write_map(folder, "cellar", mapkit.ROOM, [SPAWN])
    door = [{"kind": "door", "name": "gate", "x": 8, "y": 2, "w": 1, "h": 1, "props": door_props}] if door_props else []
    path = mapkit.write_map(folder, "hall", mapkit.ROOM, [SPAWN, BY_THE_DOOR, *door, *objects])
    scene = ExploreScene(app.ctx, path, spawn)
    app.ctx.scenes.clear_to(scene)
    app.ctx.scenes.apply_pending()
    run(app, 30)  # the fade in
    return scene, path


def run(app, ticks, frame=None):
    for _ in range(ticks):
        app.tick(frame or InputFrame())


def walk_into_the_door(app, scene) -> None:
    for _ in range(120):
        if scene.transitioning:
            break
        app.tick(InputFrame.of([Intent.RIGHT]))
    assert scene.transitioning, "he did not reach the door"
    run(app, 60)  # the fade out, the arrival (or not), the fade in


def notice_drawn(app) -> bool:
    """Whether the notice's words are on the screen (drawn in their own colour at the bottom)."""
    app.render(0.0)
    bottom = range(app.canvas.get_height() - 60, app.canvas.get_height())
    return any(app.canvas.get_at((x, y))[:3] == NOTICE_COLOUR for y in bottom for x in range(0, 480, 2))


def test_the_room_alone_shows_no_notice(app, tmp_path):
    """(So that `notice_drawn` can fail: without a notice no pixel has its colour.)"""
    start(app, tmp_path)
    assert not notice_drawn(app)


def test_a_door_to_a_map_that_does_not_exist(app, tmp_path):
    scene, path = start(app, tmp_path, {"target_map": "attic", "target_spawn": "default"})
    walk_into_the_door(app, scene)
    assert app.ctx.scenes.top is scene and scene.map_name == "hall" and not scene.transitioning
    assert app.ctx.mail.notice == (f"{path}:3: door 'gate' cannot be taken: {tmp_path / 'attic.tmx'}: map not found "
                              f"(maps in {tmp_path}: cellar, hall)")
    assert notice_drawn(app)
    x = scene.level.player_position.x
    run(app, 20, InputFrame.of([Intent.LEFT]))  # the game goes on: he walks
    assert scene.level.player_position.x < x
    assert not app.ctx.saves.exists() and not app.ctx.mail.quit_requested


def test_a_door_to_a_broken_map_names_its_fault(app, tmp_path):
    scene, path = start(app, tmp_path, {"target_map": "cellar", "target_spawn": "default"})
    mapkit.write_map(tmp_path, "cellar", mapkit.ROOM, [SPAWN, {"kind": "dragon", "x": 1, "y": 1, "w": 1, "h": 1}])
    walk_into_the_door(app, scene)
    assert scene.map_name == "hall"
    assert app.ctx.mail.notice.startswith(f"{path}:3: door 'gate' cannot be taken: {tmp_path / 'cellar.tmx'}:2: "
                                     f"unknown object kind 'dragon'")


def test_a_door_to_a_spawn_that_does_not_exist_says_so_and_lands_at_default(app, tmp_path):
    scene, path = start(app, tmp_path, {"target_map": "cellar", "target_spawn": "stairs"})
    walk_into_the_door(app, scene)
    assert scene.map_name == "cellar"
    position = scene.level.player_position
    assert (position.x, position.y) == (2.5 * 16, 3 * 16)
    assert app.ctx.mail.notice == (f"{path}:3: door 'gate': map 'cellar' has no spawn 'stairs', so he arrives "
                              f"at 'default'")
    assert notice_drawn(app)


def test_using_a_thing_whose_knot_does_not_exist(app, tmp_path):
    clock = {"kind": "interactable", "name": "clock", "x": 6, "y": 1, "w": 1, "h": 1, "props": {"knot": "no_such_knot"}}
    scene, path = start(app, tmp_path, objects=[clock])
    run(app, 2, InputFrame.of([Intent.UP]))  # face the clock
    assert scene.prompt() == "Look"
    run(app, 1, InputFrame.of(pressed=[Intent.INTERACT]))
    run(app, 5)
    assert app.ctx.scenes.top is scene  # no dialogue: it would have nothing to say
    assert app.ctx.mail.notice == f"{path}:3: interactable 'clock': knot 'no_such_knot' does not exist in the story"
    assert notice_drawn(app)
    run(app, 20, InputFrame.of([Intent.LEFT]))
    assert not app.ctx.saves.exists() and not app.ctx.mail.quit_requested


def test_a_chapter_whose_map_is_missing_keeps_him_in_his_chapter_and_saves_nothing(app, tmp_path):
    scene, path = start(app, tmp_path)
    session = app.ctx.session
    session.chapter = scene.chapter = "visitor"
    session.chapters["garden"] = dataclasses.replace(session.chapters["garden"], map="nowhere")
    session.deferred.append(StoryAction("start_chapter", ("garden",)))
    scene.resume()  # as when the dialogue that started the chapter closes
    run(app, 80)
    assert scene.map_name == "hall" and session.chapter == "visitor" and scene.chapter == "visitor"
    assert app.ctx.mail.notice.startswith("The story's start_chapter in knot")
    assert f"cannot be taken: {tmp_path / 'nowhere.tmx'}: map not found" in app.ctx.mail.notice
    assert not app.ctx.saves.exists()

    # the same move to a map that exists starts the chapter, and saves it: the check above could fail
    session.chapters["garden"] = dataclasses.replace(session.chapters["garden"], map="cellar")
    session.deferred.append(StoryAction("start_chapter", ("garden",)))
    scene.resume()
    run(app, 80)
    assert scene.map_name == "cellar" and session.chapter == "garden"
    assert app.ctx.saves.exists()
