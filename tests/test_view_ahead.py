"""A Berlin game's view (its map's renderer, light and rain, or the stakeout's window and rain) is made
a piece a frame while the "How it works" card is read, which takes Interact only once it has been up
CARD_REST: the first frame of play then makes nothing, and draws exactly what a view made on it would."""

import pygame
import pytest

from game.app import App, RunOptions
from game.berlin import registry
from game.berlin.scene import CARD_REST
from game.core.context import TICK
from game.core.input import InputFrame, Intent
from game.core.session import Session
from game.render import lighting, map_view, rain
from game.render.ahead import Ahead
from game.world.level import Level

NOTHING = InputFrame()
TAP = InputFrame.of(pressed=[Intent.INTERACT])
CARD_TICKS = round(CARD_REST / TICK)


def new_game(game_id: str):
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    scene = registry.scene_for(app.ctx, game_id)
    app.ctx.scenes.clear_to(scene)
    app.ctx.scenes.apply_pending()
    return app, scene


def frame(app, intents=NOTHING) -> bytes:
    app.tick(intents)
    app.render(0.0)
    return pygame.image.tobytes(app.canvas, "RGB")


def test_the_card_takes_interact_only_once_it_has_been_up_a_moment():
    app, scene = new_game("cipher")
    frame(app, TAP)  # a press meant for the conversation before it
    assert scene.phase == "intro"
    for _ in range(CARD_TICKS):
        frame(app)
    frame(app, TAP)
    assert scene.phase == "play"


@pytest.mark.parametrize("game_id", ["tail", "deaddrop", "stakeout"])
def test_the_view_is_made_while_the_card_is_up_and_the_first_frame_of_play_makes_nothing(game_id, monkeypatch):
    app, scene = new_game(game_id)
    for _ in range(CARD_TICKS):
        frame(app)
    assert scene.phase == "intro" and scene.view is not None
    made = []
    for module, name in ((map_view.MapView, "__init__"), (rain, "_sparse_sheet"), (lighting, "_build_overlay")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, real=real, name=name, **kw: (made.append(name), real(*a, **kw))[1])
    frame(app, TAP)
    assert scene.phase == "play"
    frame(app)
    assert made == []


@pytest.mark.parametrize("game_id", ["tail", "deaddrop", "stakeout"])
def test_a_view_made_ahead_draws_what_a_view_made_on_the_first_frame_of_play_draws(game_id, monkeypatch):
    """The same game, the same presses: once with its view made while the card is up, once made at
    once on the first frame of play (as before it was made ahead): every picture the same, the rain
    and the tiles' animations starting on the first frame of play in both."""

    def played() -> list[bytes]:
        app, scene = new_game(game_id)
        winner = registry.winner_for(scene)
        pictures = [frame(app) for _ in range(CARD_TICKS + 10)]  # the card read a little longer
        return pictures + [frame(app, winner(app.ctx)) for _ in range(150)]

    ahead = played()
    monkeypatch.setattr(registry.game(game_id).load("view"), "made", None)  # made by its constructor ...
    monkeypatch.setattr(Ahead, "step", lambda self, budget=0.0: None)  # ... on the first frame of play
    at_once = played()
    assert ahead[-1] != ahead[-60]  # (the game moves)
    assert ahead == at_once


@pytest.mark.parametrize("first", [200, 237, 274])
def test_tiles_animate_on_the_same_frames_however_soon_the_view_was_made(first):
    """How soon a view is made while the card is up follows the wall clock (each frame makes what fits
    in its spare time). The tail's puddles must change on the same frames of play whenever it was made:
    they once came due a frame apart, the moment the view was made left in the last bit of their clock."""
    from game.content.maps import load_map

    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    street = load_map("berlin_tail", images=True)
    ticks = [0]

    def changes_made_at(made: int) -> list[int]:
        ticks[0] = made
        view = map_view.MapView(street, app.ctx.assets, (480, 270), lambda: ticks[0] * TICK * 1000.0, ahead=True)
        ticks[0] = first
        view.draw(app.canvas, Level(street), 0.0)  # its first frame
        due = []
        for ticks[0] in range(first + 1, first + 900):
            due.append(len(view.renderer.data.process_animation_queue(view.renderer._tile_view)))
        return due

    soonest = changes_made_at(0)
    assert sum(map(bool, soonest)) > 20  # (the puddles do change)
    assert all(changes_made_at(made) == soonest for made in range(first - 60, first, 3))


def test_the_tails_view_is_made_in_many_small_pieces(monkeypatch):
    """Its light, each of the rain's sheets, each figure's sheet: a piece each (a frame's share)."""
    monkeypatch.setattr(rain, "_KEPT_SHEETS", {})  # none made yet
    app, scene = new_game("tail")
    view = registry.game("tail").load("view")
    steps = view.made(scene, app.ctx.assets, app.canvas)
    ahead = Ahead(steps)
    pieces = 0
    while not ahead.done:
        ahead.step(budget=0.0)  # one piece
        pieces += 1
    assert pieces >= 10
    assert isinstance(ahead.result(), view)


def test_ahead_makes_one_piece_a_step_with_no_time_to_spare_and_the_rest_when_asked():
    done = []

    def steps():
        for piece in range(3):
            done.append(piece)
            yield
        return "made"

    ahead = Ahead(steps())
    ahead.step(budget=0.0)
    assert done == [0] and not ahead.done
    assert ahead.result() == "made" and done == [0, 1, 2] and ahead.done


def test_the_rains_sheet_two_screens_square_repeats_its_screen_exactly():
    size = (48, 27)
    sheet = next(iter(rain._sheets_for(11, size)[0]))
    pixels = pygame.Surface(sheet.get_size(), pygame.SRCALPHA)
    pixels.fill((0, 0, 0, 0))
    pixels.blit(sheet, (0, 0), special_flags=pygame.BLEND_RGBA_MAX)  # decoded, as they are
    quarters = [pygame.image.tobytes(pixels.subsurface((x, y, *size)), "RGBA") for x in (0, 48) for y in (0, 27)]
    assert len(set(quarters)) == 1 and any(quarters[0])
