"""The maps the Berlin games are played on (the tail's streets, the churchyard) are read as the Berlin
chapter's street loads, behind its still picture: the frame a conversation ends on and a game starts
reads no map (it took ~10 ms, seen). A map saved in Tiled since is read again."""

import pytest

from game.app import App, RunOptions
from game.berlin.on_foot import scene as on_foot
from game.content.story import StoryAction
from game.core.session import Session
from game.core.watch import FileWatch
from test_memory import start


@pytest.fixture
def app():
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    return app


def reads(monkeypatch) -> list:
    """The maps the games' scenes read from disk from now on."""
    read = []
    real = on_foot.load_map
    monkeypatch.setattr(on_foot, "load_map", lambda name, **kw: (read.append(name), real(name, **kw))[1])
    return read


def start_game(app, street, game_id: str):
    app.ctx.session.carry_out([StoryAction("start_minigame", (game_id,))])
    street.resume()  # what the conversation's end does
    app.ctx.scenes.apply_pending()
    return app.ctx.scenes.top


@pytest.mark.parametrize("game_id, map_name", [("tail", "berlin_tail"), ("deaddrop", "berlin_churchyard")])
def test_a_game_on_a_map_starts_with_the_map_read_as_the_chapter_began(app, monkeypatch, game_id, map_name):
    street = start(app, "berlin")
    assert ("map", map_name, True) in app.ctx.ahead
    read = reads(monkeypatch)
    game = start_game(app, street, game_id)
    assert game.game_id == game_id and game.map.name == map_name
    assert read == []
    assert ("map", map_name, True) not in app.ctx.ahead  # taken: the game has it, and it goes with the game


def test_a_map_saved_since_it_was_read_ahead_is_read_again(app, monkeypatch, tmp_path):
    street = start(app, "berlin")
    tileset = tmp_path / "saved.tsx"
    tileset.write_text("before")
    key = ("map", "berlin_tail", True)
    map_data, _ = app.ctx.ahead[key]
    app.ctx.ahead[key] = (map_data, FileWatch([tileset]))  # as if this file were one of the map's
    tileset.write_text("after, saved in Tiled")
    read = reads(monkeypatch)
    game = start_game(app, street, "tail")
    assert read == ["berlin_tail"] and game.map is not map_data


def test_a_chapter_without_games_reads_nothing_ahead_and_lets_go_of_what_an_earlier_one_read(app):
    start(app, "berlin")
    assert app.ctx.ahead
    start(app, "garden")
    assert app.ctx.ahead == {}
