"""What the renderer draws: characters between tile layers, sorted by depth, the light."""

import pygame
import pytest

import mapkit
from game.app import App, RunOptions
from game.core.input import InputFrame
from game.scenes.explore import ExploreScene
from game.world.components import Position

FLOOR = (200, 180, 140)
WALL = (90, 70, 60)


@pytest.fixture
def app():
    return App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)


def show(app, path, place=None):
    scene = ExploreScene(app.ctx, str(path))
    app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()
    if place:
        place(scene.level)
    for _ in range(30):  # past the fade-in
        app.tick(InputFrame())
    app.render(0.0)
    return scene


def lit(canvas_colour, base):
    """Lighting multiplies the scene: compare hue, not exact values."""
    return all(abs(a - b) < 60 for a, b in zip(canvas_colour[:3], base))


def test_a_tile_layer_above_the_object_layer_covers_the_character(app, tmp_path):
    mapkit.write_tileset(tmp_path)
    rows = ["." * 12] * 8
    above = [" " * 12] * 3 + ["     #      "] + [" " * 12] * 4
    path = mapkit.write_map(tmp_path, "arch", rows, [{"kind": "spawn", "name": "default", "x": 5.5, "y": 4.5}],
                            above=above, map_props={"light": "none"})
    scene = show(app, path)
    position = scene.level.player_position
    ox, oy = scene.view.renderer.get_center_offset()
    # his head is in the cell of row 3, which the 'above' layer fills with a wall tile
    head = app.canvas.get_at((round(position.x) + ox, round(position.y) + oy - 20))
    assert head[:3] == WALL
    # his legs, in row 4, are drawn over the floor
    legs = app.canvas.get_at((round(position.x) + ox, round(position.y) + oy - 4))
    assert legs[:3] not in (FLOOR, WALL)


def test_a_character_lower_on_the_screen_is_drawn_in_front(app, tmp_path):
    mapkit.write_tileset(tmp_path)
    rows = ["." * 12] * 8
    path = mapkit.write_map(tmp_path, "yard", rows, [
        {"kind": "spawn", "name": "default", "x": 5.5, "y": 4.5},
        {"kind": "npc", "name": "odette", "x": 5.5, "y": 4.0, "props": {"sprite": "neighbour_odette", "text": "Oh!"}},
    ], map_props={"light": "none"})

    def stand_in_front(level):
        level.set_player_position(5.5 * 16, 4.5 * 16)

    scene = show(app, path, stand_in_front)
    ox, oy = scene.view.renderer.get_center_offset()
    sheet = app.ctx.assets.sheet("stephane").frames["down"][0]
    x, y = round(5.5 * 16) + ox - 8, round(4.5 * 16) + oy - 24
    # every opaque pixel of Stéphane's standing frame is on screen, not hidden by Odette behind him
    for fy in range(24):
        for fx in range(16):
            colour = sheet.get_at((fx, fy))
            if colour.a == 255:
                assert app.canvas.get_at((x + fx, y + fy))[:3] == colour[:3]


def test_the_vineyard_light_is_warm_and_the_cellar_is_dim(app):
    vineyard = show(app, "vineyard")
    warm = pygame.transform.average_color(app.canvas)
    app.ctx.scenes.clear_to(ExploreScene(app.ctx, "cellar"))
    app.ctx.scenes.apply_pending()
    for _ in range(30):
        app.tick(InputFrame())
    app.render(0.0)
    dim = pygame.transform.average_color(app.canvas)
    assert warm[0] > warm[2] + 30
    assert sum(dim[:3]) < sum(warm[:3])
    assert vineyard.map_name == "vineyard"


def test_a_light_object_warms_the_night_around_it(app, tmp_path):
    mapkit.write_tileset(tmp_path)
    rows = ["." * 30] * 17
    objects = [{"kind": "spawn", "name": "default", "x": 3.5, "y": 3.5},
               {"kind": "light", "name": "lantern", "x": 20, "y": 8, "props": {"radius": 40, "flicker": False}}]
    dark = mapkit.write_map(tmp_path, "dark", rows, objects[:1], map_props={"light": "night"})
    lit = mapkit.write_map(tmp_path, "lit", rows, objects, map_props={"light": "night"})
    show(app, dark)
    before = app.canvas.get_at((20 * 16, 8 * 16))
    app.ctx.scenes.clear_to(ExploreScene(app.ctx, str(lit)))
    app.ctx.scenes.apply_pending()
    for _ in range(30):
        app.tick(InputFrame())
    app.render(0.0)
    after = app.canvas.get_at((20 * 16, 8 * 16))
    far = app.canvas.get_at((20 * 16 + 60, 8 * 16))
    assert after.r > before.r + 60 and after.g > before.g + 30  # warm, bright near the lantern
    assert abs(far.r - before.r) < 8  # and the night untouched beyond its radius
