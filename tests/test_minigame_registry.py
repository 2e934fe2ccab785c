"""The Berlin games' registry: a fifth game is one package plus one line in game/berlin/registry.py.

The game here, "the lamp" (press Interact while the lamp is green), is written as a package into a
temporary folder, and its record goes into the registry as the line in PACKAGES would put it.
Nothing else is told of it, and the story's scene door, --autoplay's player, the careless player,
the bench's moments, --check and the drawing all take it up.
"""

import subprocess
import sys
import textwrap

import pytest

from game.berlin import registry
from game.content.lint import check_games
from game.content.story import STORY_JSON, Story
from game.core import paths
from game.core.session import Session
from game.players.autoplay import AutoPlayer
from game.scenes import new_context
from game.tools import bench
from test_minigame_scenes import play

PACKAGE = "lamp_game_for_tests"
FILES = {
    "__init__.py": '''
        """The lamp: press Interact while it is green."""
        from game.berlin.record import Minigame

        GAME = Minigame(id="lamp", package=__name__, model="Lamp", scene="LampScene", view="LampView",
                        winner="Patient", careless="Hasty", sets=("courier_identified",),
                        won_variable="courier_identified", bench="the lamp, blinking")
        ''',
    "model.py": '''
        class Lamp:
            """Green for half a second in every second; a press while red loses."""

            def __init__(self, seed, assist=False):
                self.seed, self.assist = seed, assist
                self.reset()

            def reset(self):
                self.time, self.outcome = 0.0, None

            @property
            def green(self):
                return int(self.time * 2) % 2 == 1

            def update(self, dt):
                self.time += dt

            def press(self):
                self.outcome = "won" if self.green else "lost"

            def snapshot(self):
                return {"time": self.time, "outcome": self.outcome}
        ''',
    "scene.py": '''
        from game.berlin.scene import MinigameScene
        from game.core.input import Intent

        from .model import Lamp


        class LampScene(MinigameScene):
            def __init__(self, ctx, game, seed):
                super().__init__(ctx, game, seed)
                self.model = Lamp(seed)

            def play(self, frame, dt):
                self.model.update(dt)
                if Intent.INTERACT in frame.pressed:
                    self.model.press()
        ''',
    "view.py": '''
        GREEN, RED = (40, 200, 60), (200, 40, 40)


        class LampView:
            def __init__(self, scene, assets):
                pass

            def draw(self, canvas, scene, alpha):
                canvas.fill(GREEN if scene.model.green else RED)
        ''',
    "players.py": '''
        from game.berlin.players import NOTHING, TAP, CardPlayer


        class Patient(CardPlayer):
            def play(self, scene):
                return TAP if scene.model.green and self.tap else NOTHING


        class Hasty(CardPlayer):
            def play(self, scene):
                return TAP if self.tap else NOTHING
        ''',
}


@pytest.fixture(scope="module")
def lamp_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("games")
    (folder / PACKAGE).mkdir()
    for name, text in FILES.items():
        (folder / PACKAGE / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture
def lamp(lamp_folder, monkeypatch):
    """The registry with the lamp's line added to it."""
    monkeypatch.syspath_prepend(str(lamp_folder))
    for game_id, record in registry._records((PACKAGE,)).items():  # what its line in PACKAGES does
        monkeypatch.setitem(registry.GAMES, game_id, record)
    return registry.GAMES["lamp"]


def test_a_new_game_is_started_by_its_id_and_autoplay_wins_it(lamp):
    lines = []
    ctx = new_context(session=Session.new(), announce=lines.append)
    assert "lamp" in registry.ids()
    ctx.nav.minigame("lamp")  # as the story's start_minigame("lamp") asks for it
    ctx.scenes.apply_pending()
    scene = ctx.scenes.top
    assert scene.game is lamp and scene.seed == ctx.seed_for("berlin", 1961)
    play(ctx, scene, AutoPlayer(walkthrough={}), lambda: scene.finished)
    assert lines == ["MINIGAME: lamp won"]
    assert ctx.session.minigames == {"lamp": "won"}
    assert ctx.session.story.get("courier_identified") is True  # its record's won variable


def test_its_careless_player_loses_then_its_winner_wins_on_retry(lamp):
    lines = []
    ctx = new_context(session=Session.new(), announce=lines.append)
    scene = registry.scene_for(ctx, "lamp")
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    play(ctx, scene, registry.careless_for(scene), lambda: scene.phase == "result")
    assert scene.outcome == "lost" and scene.choices == ["retry", "give_up"] and lines == []
    play(ctx, scene, registry.winner_for(scene), lambda: scene.finished)
    assert scene.attempts == 2 and lines == ["MINIGAME: lamp won"]


def test_the_bench_has_a_moment_for_it(lamp):
    start, _, shows = bench.moments()["berlin_lamp"]
    assert (start, shows) == ("minigame:lamp", "the lamp, blinking")


def test_the_check_holds_it_to_the_story(lamp, monkeypatch, tmp_path):
    story = Story(STORY_JSON)
    assert check_games(story, paths.ASSETS / "story") == []
    monkeypatch.setitem(registry.GAMES, "lamp", registry.GAMES["lamp"].__class__(
        **{**vars(lamp), "sets": ("lamp_lit",), "won_variable": ""}))
    (tmp_path / "berlin.ink").write_text('=== a\n~ start_minigame("lamp")\n~ start_minigame("chess")\n-> END\n')
    assert [str(problem) for problem in check_games(story, tmp_path)] == [
        f"{tmp_path / 'berlin.ink'}:line 3: start_minigame(\"chess\"): there is no such game "
        f"(games: stakeout, cipher, tail, deaddrop, lamp)",
        f"{PACKAGE}/__init__.py:game lamp: its end sets the Ink variable 'lamp_lit', which the story does "
        f"not declare (VAR lamp_lit = ...)"]


def test_it_is_drawn_by_its_own_view(lamp):
    from game.app import App, RunOptions

    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    scene = registry.scene_for(app.ctx, "lamp")
    app.ctx.scenes.clear_to(scene)
    app.ctx.scenes.apply_pending()
    scene.begin()
    app.tick(registry.careless_for(scene)(app.ctx))
    app.render(0.0)
    assert app.canvas.get_at((2, 2))[:3] == (200, 40, 40)  # red: the view's own picture, no card over it


def test_its_model_is_held_to_the_layer_rule(lamp_folder):
    code = (f"import sys; import {PACKAGE}.model; "
            "bad = [m for m in sys.modules if m.startswith(('pygame', 'game.render', 'game.scenes'))]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], cwd=paths.ROOT, check=True,
                   env={"PYTHONPATH": f"{lamp_folder}:{paths.ROOT}", "PATH": ""})


def test_an_unknown_game_is_refused_with_the_games_there_are():
    with pytest.raises(ValueError, match="unknown minigame 'chess' .*stakeout, cipher, tail, deaddrop"):
        registry.scene_for(new_context(), "chess")
