"""The STATE hash is made of what each scene and model declares its state to be (`snapshot()`):
a cache or a view added to a scene leaves it alone, and a change of real state changes it."""

import pytest

from game.app import App, RunOptions
from game.berlin.registry import GAMES, scene_for
from game.core.input import InputFrame, Intent
from game.core.session import Session
from game.diagnostics.state import encode, snapshot, state_hash
from game.scenes import SCENES

WALK_RIGHT = InputFrame.of(held=[Intent.RIGHT])


def started(first_scene=None, chapter: str = "vineyard", ticks: int = 150):
    """A headless app with an evening begun in `chapter` (or `first_scene(ctx)`), played `ticks` ticks."""
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    ctx = app.ctx
    ctx.session = Session.new(seed=ctx.seed)
    if first_scene:
        ctx.scenes.push(first_scene(ctx))
    else:
        ctx.nav.chapter(chapter)
    ctx.scenes.apply_pending()
    for _ in range(ticks):
        app.tick(InputFrame())
    return app


def test_a_cache_added_to_a_scene_or_its_level_leaves_the_hash_alone():
    app = started()
    explore = app.ctx.scenes.top
    before = state_hash(app.ctx)
    explore.path_cache = {(3, 4): [(3, 5), (3, 6)]}  # what a new optimisation might keep
    explore.view = object()  # a view made by drawing
    explore.level.routes_seen = {"gate": 3}
    app.ctx.session.lines_shown_cache = ["Bonjour."]
    assert state_hash(app.ctx) == before


def test_a_step_changes_the_hash_and_the_same_steps_give_the_same_hash():
    hashes = []
    for _ in range(2):
        app = started()
        for _ in range(20):
            app.tick(WALK_RIGHT)
        hashes.append(state_hash(app.ctx))
    assert hashes[0] == hashes[1]  # two runs of the same intents
    app.tick(WALK_RIGHT)
    assert state_hash(app.ctx) != hashes[0]


@pytest.mark.parametrize("change", [
    lambda ctx: setattr(ctx.scenes.top.level.player_position, "x", ctx.scenes.top.level.player_position.x + 1),
    lambda ctx: ctx.session.items.append("corkscrew"),
    lambda ctx: ctx.session.story.set("trust", 3),
    lambda ctx: setattr(ctx.settings, "assist", True),
], ids=["his place", "what he carries", "an Ink variable", "a setting"])
def test_changing_real_state_changes_the_hash(change):
    app = started()
    before = state_hash(app.ctx)
    change(app.ctx)
    assert state_hash(app.ctx) != before


@pytest.mark.parametrize("game_id", list(GAMES))
def test_a_games_model_declares_its_state(game_id):
    app = started(lambda ctx: scene_for(ctx, game_id), ticks=0)
    scene = app.ctx.scenes.top
    app.tick(InputFrame.of(pressed=[Intent.INTERACT]))  # past the card: the game begins
    for _ in range(30):
        app.tick(WALK_RIGHT)
    before = state_hash(app.ctx)
    scene.model.drawing_cache = {"cone": [(0.0, 0.0)]}
    assert state_hash(app.ctx) == before
    scene.attempts += 1
    assert state_hash(app.ctx) != before


def scenes_of_every_kind(ctx):
    make = ctx.nav.make
    starlit = make("starlit", "ending")
    scenes = [make("title"), make("explore", "vineyard", chapter="vineyard"), make("dialogue", "vineyard_intro"),
              make("message", "Marcel", "Les vendanges."), make("pause"), make("settings"), make("controls"),
              make("confirm", "New game", "Replace the evening?", lambda: None), starlit,
              make("credits", "peace", starlit.sky), *(make("minigame", game) for game in GAMES)]
    assert {scene.kind for scene in scenes} == set(SCENES)  # every kind there is
    return scenes


def test_every_kind_of_scene_declares_its_state_as_plain_data():
    app = started(ticks=0)
    ctx = app.ctx
    for scene in scenes_of_every_kind(ctx):
        ctx.scenes.push(scene)
        ctx.scenes.apply_pending()
    stack = snapshot(ctx)["scenes"]
    assert len(stack) == len(ctx.scenes.scenes)
    assert all(isinstance(state, dict) and state["scene"] for state in stack)
    encode(stack)  # canonical JSON: a set or an object left in a snapshot would fail here


def test_a_snapshot_that_is_not_plain_data_fails_loudly():
    with pytest.raises(TypeError):
        encode({"flags": {"a", "b"}})  # a set has no order of its own: its owner must sort it
    with pytest.raises(ValueError):
        encode({"suspicion": float("nan")})
