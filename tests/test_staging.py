"""Staged scenes: characters sitting (on chairs, on the bench), the player seated by a spawn or by
what he uses, and the map's dressing (`decor` tile objects) answering the story."""

import pygame
import pytest

import mapkit
from game.app import App, RunOptions
from game.content.errors import ContentError
from game.content.lint import check_maps
from game.content.maps import load_map
from game.core.input import InputFrame, Intent
from game.core.session import Session
from game.scenes import new_context
from game.scenes.dialogue import DialogueScene
from game.scenes.explore import ExploreScene
from game.world.components import Body, Facing, Named, Picture, Position, Seated
from game.world.level import Level

ROOM = ["#" * 12] + ["#" + "." * 10 + "#"] * 6 + ["#" * 12]
WALL_GID = 2  # mapkit's tileset: 1 floor, 2 wall (it collides)


@pytest.fixture
def app():
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    return app


def tap(intent):
    return InputFrame.of(pressed=[intent])


def hold(intent):
    return InputFrame.of([intent])


def show(app, path, chapter=None, spawn="default"):
    scene = ExploreScene(app.ctx, path, spawn, chapter=chapter)
    app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()
    scene.arrival.next_words = None  # no chapter's words: the map as he arrives
    for _ in range(30):  # past the fade-in
        app.tick(InputFrame())
    app.render(0.0)
    return scene


def pictures(level) -> dict[str, Picture]:
    return {level.world.get(entity, Named).name: picture for entity, _, picture in level.world.query(Position, Picture)}


# -- the dressing -------------------------------------------------------------------------------

def dressed_room(folder):
    mapkit.write_tileset(folder)
    return mapkit.write_map(folder, "room", ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3},
        {"kind": "interactable", "name": "cane", "x": 6, "y": 1, "w": 1, "h": 1,
         "props": {"knot": "vineyard_tie_cane"}},
        # a wall tile stands in for a picture: shown as a tile object once the cane is tied
        {"kind": "decor", "name": "tied", "gid": WALL_GID, "x": 8, "y": 4, "w": 1, "h": 1,
         "props": {"if_var": "vineyard_tie_cane"}},
        {"kind": "decor", "name": "hanging", "gid": WALL_GID, "x": 3, "y": 6, "w": 1, "h": 1,
         "props": {"if_var": "!vineyard_tie_cane"}},
    ])


def test_a_decor_shows_once_the_story_says_so(app, tmp_path):
    scene = show(app, dressed_room(tmp_path))
    level = scene.level
    assert set(pictures(level)) == {"hanging"}

    def where_tied():  # the middle of the tile, whose bottom-left corner is (8, 4) tiles
        ox, oy = scene.view.draw(app.canvas, level, 1.0)
        return app.canvas.get_at((8 * 16 + 8 + ox, 4 * 16 - 8 + oy))

    floor = where_tied()
    # he walks to the cane and uses it: the chore is done, and the picture answers
    level.set_player_position(6.5 * 16, 2.6 * 16, "up")
    app.tick(InputFrame())
    app.tick(tap(Intent.INTERACT))
    assert isinstance(app.ctx.scenes.top, DialogueScene)
    for tick in range(400):
        if app.ctx.scenes.top is scene:
            break
        app.tick(tap(Intent.INTERACT) if tick % 2 else InputFrame())
    assert app.ctx.scenes.top is scene
    assert set(pictures(level)) == {"tied"}
    assert where_tied() != floor


def test_a_decor_must_be_a_tile_object(tmp_path):
    mapkit.write_tileset(tmp_path)
    path = mapkit.write_map(tmp_path, "bad", ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3},
        {"kind": "decor", "name": "loaf", "x": 4, "y": 4, "w": 1, "h": 1},
    ])
    with pytest.raises(ContentError, match=r"bad.tmx:2: decor 'loaf': must be a tile object"):
        load_map(path)


def test_a_tile_objects_own_tile_properties_are_not_the_objects(tmp_path):
    """The wall tile says it collides; as a decor that is no misspelt property of the object."""
    path = dressed_room(tmp_path)
    specs = {spec.name: spec for spec in load_map(path).objects}
    assert specs["tied"].gid and "collides" not in specs["tied"].props


def test_a_decor_above_the_tile_layers_is_drawn_over_them(app, tmp_path):
    mapkit.write_tileset(tmp_path)
    above = [" " * 12] * 3 + ["    #       "] + [" " * 12] * 4  # a roof tile at (4, 3)
    decor = {"kind": "decor", "name": "dish", "gid": 1, "x": 4, "y": 4, "w": 1, "h": 1}
    for folder in ("under", "over"):
        mapkit.write_tileset(tmp_path / folder)
    under = mapkit.write_map(tmp_path / "under", "room", ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 5}, decor], above=above)
    over = mapkit.write_map(tmp_path / "over", "room", ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 5}], above=above, over=[decor])
    assert [spec.over for spec in load_map(over).objects if spec.kind == "decor"] == [True]
    colours = []
    for path in (under, over):
        scene = show(app, path)
        scene.view.lighting.overlay = None
        ox, oy = scene.view.draw(app.canvas, scene.level, 1.0)
        colours.append(app.canvas.get_at((4 * 16 + 8 + ox, 3 * 16 + 8 + oy))[:3])
        app.ctx.scenes.pop()
        app.ctx.scenes.apply_pending()
    assert colours[0] == mapkit_colour("wall")  # in the characters' layer: under the roof
    assert colours[1] == mapkit_colour("floor")  # in a layer above the roofs: over it


def mapkit_colour(name):
    return {"floor": (200, 180, 140), "wall": (90, 70, 60)}[name]


def test_check_names_an_if_var_the_story_does_not_have(tmp_path):
    mapkit.write_tileset(tmp_path)
    mapkit.write_map(tmp_path, "room", ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3},
        {"kind": "decor", "name": "dish", "gid": 1, "x": 4, "y": 4, "w": 1, "h": 1,
         "props": {"if_var": "heard_knock !visitor_bred"}},
    ])
    problems = [str(problem) for problem in check_maps(tmp_path) if "room.tmx" in problem.file]
    assert len(problems) == 1  # heard_knock is a variable; visitor_bred is a typo
    assert problems[0].endswith("room.tmx:2: decor 'dish': if_var names 'visitor_bred', which is neither a variable "
                                "nor a knot of the story (a VAR or a knot in assets/story/*.ink)")


# -- sitting -------------------------------------------------------------------------------------

def seated_room(folder, seat_props=None):
    mapkit.write_tileset(folder)
    rows = list(ROOM)
    rows[3] = "#......#...#"  # a chair that blocks walking at (7, 3)
    return mapkit.write_map(folder, "room", rows, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3},
        {"kind": "spawn", "name": "chair", "x": 7.5, "y": 3.9,
         "props": seat_props or {"facing": "left", "pose": "sit"}},
        {"kind": "npc", "name": "sophie", "x": 4.5, "y": 5.5,
         "props": {"sprite": "sophie", "text": "Sit with me.", "pose": "sit", "facing": "right", "seat": "chair"}},
    ])


def frame_at(app, scene, entity) -> pygame.Surface:
    position = scene.level.world.get(entity, Position)
    ox, oy = scene.view.draw(app.canvas, scene.level, 1.0)
    return app.canvas.subsurface((round(position.x) - 8 + ox, round(position.y) - 24 + oy, 16, 24)).copy()


def opaque_pixels(surface):
    return {(x, y) for y in range(surface.get_height()) for x in range(surface.get_width())
            if surface.get_at((x, y)).a}


def drawn_like(app, shown, frame) -> bool:
    """The picture shown where a character stands has the frame's own shape (the floor shows round it)."""
    return all(shown.get_at(point)[:3] != mapkit_colour("floor") for point in opaque_pixels(frame))


def test_sitting_characters_are_drawn_with_their_sheets_sitting_frames(app, tmp_path):
    scene = show(app, seated_room(tmp_path), spawn="chair")
    scene.view.lighting.overlay = None
    level = scene.level
    sophie = next(entity for entity, named in level.world.query(Named) if named.name == "sophie")
    assert level.world.has(sophie, Seated) and level.player_seated
    for entity, sheet_name, facing in ((sophie, "sophie", "right"), (level.player, "stephane", "left")):
        sheet = app.ctx.assets.sheet(sheet_name)
        sitting, standing = sheet.frame(facing, False, 0.0, seated=True), sheet.frame(facing, False, 0.0)
        assert opaque_pixels(sitting) != opaque_pixels(standing)
        shown = frame_at(app, scene, entity)
        assert drawn_like(app, shown, sitting) and not drawn_like(app, shown, standing)


def test_stephane_and_sophie_can_sit_facing_every_way():
    from game.core import paths
    from game.render.sprites import ROWS, SpriteSheet

    for name in ("stephane", "sophie"):
        sheet = SpriteSheet(pygame.image.load(str(paths.ASSETS / "sprites" / f"{name}.png")), name)
        assert set(sheet.sitting) == set(ROWS)
        assert len({pygame.image.tobytes(frame, "RGBA") for frame in sheet.sitting.values()}) == 4


def test_a_character_without_sitting_frames_sits_standing(app):
    from game.render.sprites import SpriteSheet

    sheet = app.ctx.assets.sheet("neighbour_marcel")
    assert isinstance(sheet, SpriteSheet) and not sheet.sitting
    assert sheet.frame("down", False, 0.0, seated=True) is sheet.frame("down", False, 0.0)


def test_he_stands_up_from_his_seat_as_he_walks(app, tmp_path):
    scene = show(app, seated_room(tmp_path), spawn="chair")
    level = scene.level
    seat = (level.player_position.x, level.player_position.y)
    assert level.player_seated
    for _ in range(3):
        app.tick(InputFrame())
    assert (level.player_position.x, level.player_position.y) == seat  # seated, he stays
    for _ in range(30):
        app.tick(hold(Intent.DOWN))
    assert not level.player_seated
    position = level.player_position
    assert position.y > seat[1] + 8  # up, and walking away
    body = level.world.get(level.player, Body)
    assert not level.blocked(body.rect_at(position.x, position.y), ignore=level.player)


def test_talking_to_her_seats_him_beside_her(app, tmp_path):
    scene = show(app, seated_room(tmp_path))
    level = scene.level
    assert not level.player_seated
    level.set_player_position(3.3 * 16, 5.5 * 16, "right")  # beside her, facing her
    app.tick(InputFrame())
    app.tick(tap(Intent.INTERACT))
    assert level.player_seated
    chair = load_map(scene.level.map.path).spawns["chair"]
    assert (level.player_position.x, level.player_position.y) == chair.feet
    assert level.player_facing == "left"


def test_check_names_a_seat_that_is_no_spawn_and_a_seat_with_nowhere_to_stand_up(tmp_path):
    mapkit.write_tileset(tmp_path)
    mapkit.write_map(tmp_path, "room", ["#####", "#.#.#", "#####"], [
        {"kind": "spawn", "name": "default", "x": 1.5, "y": 1.9},
        {"kind": "spawn", "name": "cupboard", "x": 2.5, "y": 1.9, "props": {"pose": "sit"}},
        {"kind": "npc", "name": "odette", "x": 3.5, "y": 1.9,
         "props": {"sprite": "neighbour_odette", "text": "Bonjour.", "seat": "bench"}},
    ])
    problems = [str(problem) for problem in check_maps(tmp_path)]
    assert any("npc 'odette': seat 'bench' is not a spawn of this map" in p for p in problems)
    assert not any("'cupboard'" in p for p in problems)  # open ground beside it, on its west
    walled_in = ["#######"] * 5 + ["#.#####", "#######"]  # nothing open within a tile and more of it
    mapkit.write_map(tmp_path, "room", walled_in, [
        {"kind": "spawn", "name": "default", "x": 1.5, "y": 5.9},
        {"kind": "spawn", "name": "cupboard", "x": 4.5, "y": 2.9, "props": {"pose": "sit"}},
    ])
    problems = [str(problem) for problem in check_maps(tmp_path)]
    assert any("spawn 'cupboard' (pose sit): no open ground beside it to stand up on" in p for p in problems)


# -- the game's own scenes ------------------------------------------------------------------------

def test_at_dinner_both_of_them_sit_at_the_table_and_it_is_laid_for_two(app):
    app.ctx.nav.chapter("dinner")
    app.ctx.scenes.apply_pending()
    scene = app.ctx.scenes.top
    level = scene.level
    assert level.player_seated and level.player_facing == "right"
    sophie = next(entity for entity, named in level.world.query(Named) if named.name == "sophie_dinner")
    assert level.world.has(sophie, Seated)
    dishes = set(pictures(level))
    assert {"dinner_his_place", "dinner_her_place", "dinner_bread", "dinner_tomatoes", "dinner_banon"} <= dishes
    assert ("dinner_bottle_89" in dishes) != ("dinner_bottle_red" in dishes)  # one bottle: the '89 or his own


def play(session, knot):
    story = session.story
    story.start(knot)
    while (item := story.next()) is not None:
        if isinstance(item, list):
            story.choose(item[0].index)
    session.carry_out(story.take_actions())


def test_the_dinner_table_is_dressed_as_he_brings_the_dinner_to_it():
    session = Session.new()
    level = Level(load_map("mas"), chapter="visitor", story_get=session.variable)
    assert not {"dish_bread", "dish_tomatoes", "dish_banon", "his_place"} & set(pictures(level))
    assert "kitchen_basket" in pictures(level)  # the tomatoes wait in their basket in the kitchen
    for knot, dish in (("visitor_bread", "dish_bread"), ("visitor_tomatoes", "dish_tomatoes"),
                       ("visitor_cheese", "dish_banon")):
        play(session, knot)
        level.refresh_conditions()
        assert dish in pictures(level)
    shown = set(pictures(level))  # what he took from the kitchen is gone from it
    assert {"board_bare", "basket_emptied"} <= shown and "kitchen_basket" not in shown
    play(session, "visitor_bottle")
    play(session, "visitor_table")  # he lays the table: one plate, one glass, the open bottle
    level.refresh_conditions()
    shown = set(pictures(level))
    assert "his_place" in shown and "bottle_red" in shown and "bottle_89" not in shown


def test_the_vineyards_chores_show_done():
    session = Session.new()
    level = Level(load_map("vineyard"), chapter="vineyard", story_get=session.variable)
    assert {"cane_hanging", "basket_waiting"} <= set(pictures(level))
    assert not {"cane_tied", "basket_filled", "bucket_drawn", "leaves_pinched"} & set(pictures(level))
    for knot in ("vineyard_tie_cane", "vineyard_well", "vineyard_tend_vine"):
        play(session, knot)
    session.story.set("picked_tomatoes", True)
    level.refresh_conditions()
    shown = set(pictures(level))
    assert {"cane_tied", "basket_filled", "bucket_drawn", "leaves_pinched"} <= shown
    assert not {"cane_hanging", "basket_waiting"} & shown


def test_in_the_garden_she_is_curled_up_on_the_bench_and_he_sits_down_beside_her(app):
    app.ctx.nav.chapter("garden")
    app.ctx.scenes.apply_pending()
    scene = app.ctx.scenes.top
    scene.arrival.next_words = None  # no chapter's words: the bench as he arrives
    level = scene.level
    sophie = next(entity for entity, named in level.world.query(Named) if named.name == "sophie")
    assert level.world.has(sophie, Seated)
    her = level.world.get(sophie, Position)
    level.set_player_position(her.x, her.y + 16, "up")  # come up to her from the path below the bench
    app.tick(InputFrame())
    app.tick(tap(Intent.INTERACT))
    assert isinstance(app.ctx.scenes.top, DialogueScene) and app.ctx.scenes.top.knot == "garden_sophie"
    assert level.player_seated and level.player_facing == "right"
    assert (level.player_position.x, level.player_position.y) == level.map.spawns["beside_sophie"].feet
    assert level.world.get(sophie, Facing).direction == "left"


def test_an_evening_saved_at_dinner_goes_on_with_him_in_his_chair(tmp_path):
    from game.core.saves import SaveData, SaveStore

    seat = load_map("mas").spawns["dinner"]
    store = SaveStore(tmp_path)
    store.write(SaveData("dinner", "mas", *seat.feet, "right", Session.new().story.save(), True, [], [], {}))
    ctx = new_context(saves=store, announce=lambda line: None)
    assert ctx.nav.continue_game()
    ctx.scenes.apply_pending()
    scene = ctx.scenes.top
    assert scene.level.player_seated and scene.level.player_facing == "right"
