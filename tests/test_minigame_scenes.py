"""The Berlin games as scenes, played through InputFrames only (headless), and drawn."""

from pathlib import Path

import pytest

import mapkit
from game.berlin.registry import GAMES, careless_for, scene_for, winner_for
from game.core.context import TICK
from game.core.session import Session
from game.scenes import new_context

STREET = ["#" * 64] * 2 + ["." * 64] * 5 + ["#" * 64] * 2


def street_map(folder: Path) -> Path:
    """A straight street between two rows of houses: doorways, lamps, the courier's walk."""
    mapkit.write_tileset(folder)
    objects = [{"kind": "spawn", "name": "default", "x": 3, "y": 4.5},
               {"kind": "courier_route", "name": "courier", "x": 8, "y": 4.5, "points": [(0, 0), (42, 0)]},
               {"kind": "place", "name": "handler", "x": 51, "y": 4.5, "props": {"role": "handler"}}]
    objects += [{"kind": "cover", "name": f"door{i}", "x": x, "y": 2, "w": 1, "h": 1}
                for i, x in enumerate(range(4, 60, 3))]
    objects += [{"kind": "light", "name": f"lamp{i}", "x": x, "y": 4.5, "props": {"radius": 56}}
                for i, x in enumerate(range(6, 64, 10))]
    return mapkit.write_map(folder, "street", STREET, objects, map_props={"light": "night"})


YARD = ["#" * 26] + ["#" + "." * 24 + "#"] * 18 + ["#" * 26]


def yard_map(folder: Path) -> Path:
    """A walled churchyard: a verger walks back and forth, the drop under a lamp, the gate below."""
    mapkit.write_tileset(folder)
    objects = [{"kind": "spawn", "name": "default", "x": 13, "y": 17.5},
               {"kind": "patrol", "name": "verger", "x": 3, "y": 6, "points": [(0, 0), (19, 0)],
                "props": {"mode": "pingpong", "speed": 36.0, "fov": 90, "range": 112, "pause": 1.0}},
               {"kind": "place", "name": "brick", "x": 13, "y": 10, "props": {"role": "drop"}},
               {"kind": "place", "name": "gate", "x": 11, "y": 17, "w": 4, "h": 2, "props": {"role": "exit"}},
               {"kind": "light", "name": "lamp", "x": 13, "y": 10, "props": {"radius": 48}},
               {"kind": "cover", "name": "yew", "x": 5, "y": 12, "w": 2, "h": 2}]
    return mapkit.write_map(folder, "yard", YARD, objects, map_props={"light": "night"})


def new_ctx(lines):
    return new_context(session=Session.new(), announce=lines.append)


def make(ctx, game_id, folder):
    maps = {"tail": street_map, "deaddrop": yard_map}
    map_name = maps[game_id](folder) if game_id in maps else None
    return scene_for(ctx, game_id, map_name=map_name)


def play(ctx, scene, player, until, seconds=600):
    for _ in range(round(seconds / TICK)):
        if until():
            return
        ctx.scenes.update(player(ctx), TICK)
    raise AssertionError(f"{scene.game_id}: not done after {seconds} s (phase {scene.phase})")


def gone(ctx, scene):
    return lambda: scene not in ctx.scenes.scenes and scene.finished


INK = {"stakeout": {"courier_identified": True}, "cipher": {"message_decoded": True},
       "tail": {"berlin_clean": 1}, "deaddrop": {"berlin_clean": 1}}


@pytest.mark.parametrize("game_id", list(GAMES))
def test_the_scripted_winner_wins_from_the_card_to_the_pop(game_id, tmp_path):
    lines = []
    ctx = new_ctx(lines)
    scene = make(ctx, game_id, tmp_path)
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    assert scene.phase == "intro" and scene.intro_lines()
    play(ctx, scene, winner_for(scene), gone(ctx, scene))
    assert ctx.session.minigames[game_id] == "won"
    assert lines == [f"MINIGAME: {game_id} won"]
    story = ctx.session.story
    for name, value in INK[game_id].items():
        assert story.get(name) == value
    if game_id == "cipher":
        assert story.get("decoded_text") == scene.model.message != ""


@pytest.mark.parametrize("game_id", list(GAMES))
def test_a_careless_player_loses_then_retries_and_wins(game_id, tmp_path):
    lines = []
    ctx = new_ctx(lines)
    ctx.session.minigames["earlier"] = "won"
    scene = make(ctx, game_id, tmp_path)
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    play(ctx, scene, careless_for(scene), lambda: scene.phase == "result")
    assert scene.outcome == "lost"
    assert scene.choices == ["retry", "give_up"]
    assert scene.failure_lines()
    assert lines == [] and game_id not in ctx.session.minigames
    play(ctx, scene, winner_for(scene), gone(ctx, scene))
    assert scene.attempts == 2
    assert ctx.session.minigames == {"earlier": "won", game_id: "won"}
    assert lines == [f"MINIGAME: {game_id} won"]


@pytest.mark.parametrize("game_id", ["stakeout", "cipher"])
def test_giving_up_counts_as_lost(game_id, tmp_path):
    lines = []
    ctx = new_ctx(lines)
    scene = make(ctx, game_id, tmp_path)
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    play(ctx, scene, careless_for(scene, retry=False), gone(ctx, scene))
    assert ctx.session.minigames[game_id] == "lost"
    assert lines == [f"MINIGAME: {game_id} lost"]
    if game_id == "stakeout":
        assert ctx.session.story.get("courier_identified") is False
    else:
        assert ctx.session.story.get("message_decoded") is False
        assert ctx.session.story.get("decoded_text") == scene.model.reading != ""


@pytest.mark.parametrize("seed", [3, 77, 1961, 40404])
def test_the_cipher_is_won_with_the_days_key_whatever_the_day(seed):
    """The winner dials, with the arrows, the key the day's stakeout gives (KeyClue.key), on any seed."""
    ctx = new_ctx([])
    scene = scene_for(ctx, "cipher", seed)
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    play(ctx, scene, winner_for(scene), lambda: scene.phase == "result")
    assert scene.outcome == "won"
    assert scene.model.entered == scene.clue.key and len(scene.clue.key) == 8


def test_an_unknown_game_is_refused():
    with pytest.raises(ValueError):
        scene_for(new_context(), "chess")


# -- drawing ------------------------------------------------------------------------------------

@pytest.fixture
def app():
    from game.app import App, RunOptions

    return App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)


@pytest.mark.parametrize("game_id", list(GAMES))
def test_each_scene_draws_every_phase(app, game_id, tmp_path):
    import pygame

    ctx = app.ctx
    ctx.session = Session.new()
    scene = make(ctx, game_id, tmp_path)
    ctx.scenes.clear_to(scene)
    ctx.scenes.apply_pending()
    app.render(0.0)  # the explanation card
    player = careless_for(scene)
    for tick in range(round(90 / TICK)):
        if scene.phase == "result":
            break
        app.tick(player(ctx))
        if tick % 97 == 0:
            app.render(0.5)
    app.render(0.0)  # the result card (or the game as it stands)
    # a grid fine enough to cross the card's lines of text and what shows of the game behind it
    colours = {app.canvas.get_at((x, y))[:3] for x in range(0, 480, 6) for y in range(0, 270, 5)}
    assert len(colours) > 6
    assert isinstance(app.canvas, pygame.Surface)


@pytest.mark.parametrize("game_id", ["tail", "deaddrop"])
def test_drawing_a_game_on_foot_leaves_its_state_alone(game_id):
    """What drawing keeps (the map view, the cones' pictures) is not the game's state: a run that
    is drawn and one that is not (a headless replay) have the same STATE hash."""
    from game.app import App, RunOptions
    from game.diagnostics.state import state_hash

    hashes = []
    for drawn in (False, True):
        app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
        app.ctx.session = Session.new()
        scene = scene_for(app.ctx, game_id)
        app.ctx.scenes.push(scene)
        app.ctx.scenes.apply_pending()
        player = winner_for(scene)
        for _ in range(240):
            app.tick(player(app.ctx))
            if drawn:
                app.render(0.5)
        hashes.append(state_hash(app.ctx))
    assert hashes[0] == hashes[1]
