"""Chores: the glint over what is left to do, and the pause menu's list of it, in both languages."""

import pygame
import pytest

import mapkit
from game.app import App, RunOptions
from game.content.chores import chores_left
from game.content.errors import ContentError
from game.content.lint import check_maps
from game.content.maps import load_map
from game.content.strings import Strings
from game.core.context import TICK
from game.core.input import InputFrame, Intent
from game.core.session import Session
from game.scenes.dialogue import DialogueScene
from game.scenes.explore import ExploreScene
from game.scenes.menu import MenuScene
from game.world.components import Area, Named

VINEYARD_CHORES = ["Tend the old vine", "Tie up the loose cane", "Taste the grapes", "See to the tomatoes",
                   "Water from the well"]


def named(level, name):
    return next(entity for entity, item in level.world.query(Named) if item.name == name)


def play_out(ctx):
    """Read a dialogue to its end as a player does, choosing the first choice."""
    for _ in range(2000):
        if not isinstance(ctx.scenes.top, DialogueScene):
            return
        ctx.scenes.update(InputFrame.of(pressed=[Intent.INTERACT]), TICK)
        ctx.scenes.update(InputFrame(), TICK)
    raise AssertionError("the dialogue never ended")


@pytest.fixture
def app():
    return App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)


def in_chapter(app, chapter, map_name, spawn="default"):
    app.ctx.session = Session.new()
    app.ctx.session.chapter = chapter
    scene = ExploreScene(app.ctx, map_name, spawn)
    scene.chapter = chapter
    app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()
    for _ in range(40):  # past the fade-in
        app.tick(InputFrame())
    return scene


def glint_pixels(app, scene, entity) -> int:
    """How many pixels over the thing are brighter than its picture alone (the glint)."""
    level = scene.level
    x, y, w, h = level.use_rect(entity)
    app.render(0.0)
    ox, oy = scene.view.renderer.get_center_offset()
    box = pygame.Rect(round(x) + ox, round(y) + oy, round(w), round(h)).clip(app.canvas.get_rect())
    with_glint = app.canvas.subsurface(box).copy()
    left, level.chores_left = level.chores_left, []
    app.render(0.0)
    level.chores_left = left
    without = app.canvas.subsurface(box).copy()
    return sum(1 for px in range(box.w) for py in range(box.h)
               if sum(with_glint.get_at((px, py))[:3]) > sum(without.get_at((px, py))[:3]) + 30)


def test_a_chore_glints_until_it_is_done(app):
    scene = in_chapter(app, "vineyard", "vineyard")
    level = scene.level
    well = named(level, "well")
    assert {named(level, name) for name in ("old_vine", "loose_cane", "grapes", "tomatoes", "well")} == \
        set(level.chores_left)
    assert named(level, "bench") not in level.chores_left  # a moment, not a chore
    area = level.world.get(well, Area)
    level.set_player_position(area.x - 40, area.y + 28, "right")  # across the yard from it
    scene.view.follow(level, 0.0, jump=True)
    app.ctx.settings.reduced_flashing = True  # a steady glint: the same in every frame
    assert glint_pixels(app, scene, well) >= 3
    level.set_player_position(area.x - 9, area.y + 28, "right")
    assert scene.prompt() == "Draw" and glint_pixels(app, scene, well) == 0  # at it, the prompt shows it
    app.ctx.scenes.update(InputFrame.of(pressed=[Intent.INTERACT]), TICK)
    app.ctx.scenes.apply_pending()
    play_out(app.ctx)
    assert app.ctx.scenes.top is scene
    assert well not in level.chores_left
    assert glint_pixels(app, scene, well) == 0


def glint_contrast(app, scene, entity) -> tuple[int, int]:
    """How many pixels the glint over a thing makes clearly brighter and clearly darker (by 40 of 255,
    on average over red, green, blue) than the picture without it."""
    level = scene.level
    x, y, w, h = level.use_rect(entity)
    app.render(0.0)
    ox, oy = scene.view.renderer.get_center_offset()
    box = pygame.Rect(round(x + w / 2) - 6 + ox, round(y) - 6 + oy, 12, 16).clip(app.canvas.get_rect())
    with_glint = app.canvas.subsurface(box).copy()
    left, level.chores_left = level.chores_left, []
    app.render(0.0)
    level.chores_left = left
    without = app.canvas.subsurface(box).copy()
    pairs = [(sum(with_glint.get_at((px, py))[:3]) / 3, sum(without.get_at((px, py))[:3]) / 3)
             for px in range(box.w) for py in range(box.h)]
    return sum(1 for a, b in pairs if a >= b + 40), sum(1 for a, b in pairs if a <= b - 40)


@pytest.mark.parametrize("thing", ["well", "old_vine"])  # on the pale sand of the yard, and among the vine leaves
def test_a_resting_glint_reads_outdoors_and_holds_still_with_reduced_flashing(app, thing):
    scene = in_chapter(app, "vineyard", "vineyard")
    level = scene.level
    entity = named(level, thing)
    x, y, w, h = level.use_rect(entity)
    level.set_player_position(x + w / 2, y + h + 40, "up")  # nearby, not under it
    scene.view.follow(level, 0.0, jump=True)
    # the moment its twinkle is furthest off: the glint at rest, as a player sees it most of the time
    app.ctx.clock.ticks = round((1.0 - (entity * 0.37) % 1.0) * 2.4 * 60)
    bright, dark = glint_contrast(app, scene, entity)
    assert bright + dark >= 12, f"only {bright + dark} pixels of the resting glint stand out on the {thing}"
    assert bright >= 3, "its heart does not shine"
    app.ctx.settings.reduced_flashing = True
    steady = [glint_contrast(app, scene, entity) for app.ctx.clock.ticks in (0, 37, 71)]
    assert steady[0] == steady[1] == steady[2] and sum(steady[0]) >= 12


def pause_list(ctx):
    ctx.scenes.update(InputFrame.of(pressed=[Intent.PAUSE]), TICK)
    ctx.scenes.apply_pending()
    menu = ctx.scenes.top
    assert isinstance(menu, MenuScene)
    heading, lines = menu.aside()
    menu.close()
    ctx.scenes.apply_pending()
    return heading, lines


def test_the_pause_menu_lists_the_chapters_chores_left_from_any_of_its_maps(app):
    in_chapter(app, "vineyard", "vineyard")
    ctx = app.ctx
    assert pause_list(ctx) == ("Still to do", VINEYARD_CHORES)
    ctx.scenes.push(DialogueScene(ctx, "vineyard_well"))  # drawing water from the well
    ctx.scenes.apply_pending()
    play_out(ctx)
    left = [chore for chore in VINEYARD_CHORES if "well" not in chore]
    assert pause_list(ctx) == ("Still to do", left)
    # down in the cellar the vineyard's chores are still what is left
    ctx.scenes.replace(ExploreScene(ctx, "cellar"))
    for _ in range(40):  # past the fade-in
        app.tick(InputFrame())
    assert ctx.scenes.top.map_name == "cellar"
    assert pause_list(ctx) == ("Still to do", left)
    ctx.strings = Strings("fr")
    assert pause_list(ctx) == ("Reste à faire", ["Soigner la vieille vigne", "Rattacher le sarment",
                                                 "Goûter le raisin", "Voir les tomates"])


@pytest.mark.parametrize("language, where", [("en", "low"), ("fr", "low"), ("en", "high")])
def test_paused_during_a_line_the_menu_and_its_chore_list_leave_the_line_in_view(app, language, where):
    """Paused while a line is on screen (the box at the bottom, or at the top when he stands low on
    the screen), the menu and the list of what is still to do sit clear of the box: its pixels are the
    line's own, dimmed, and nothing drawn over them."""
    from game.render import hud

    app.ctx.strings = Strings(language)
    scene = in_chapter(app, "vineyard", "vineyard")
    ctx = app.ctx
    ctx.scenes.push(DialogueScene(ctx, "vineyard_lavender"))  # a moment, not a chore: all five are left
    ctx.scenes.apply_pending()
    for _ in range(30):  # the line types out
        app.tick(InputFrame())
    ctx.scenes.update(InputFrame.of(pressed=[Intent.PAUSE]), TICK)
    ctx.scenes.apply_pending()
    menu = ctx.scenes.top
    assert isinstance(menu, MenuScene) and len(menu.aside()[1]) == 5
    screen_y = ctx.mail.player_screen_y
    if where == "high":  # he stands low on the screen: the box goes to the top
        scene.draw = lambda canvas, alpha: setattr(ctx.mail, "player_screen_y", canvas.get_height() - 20)
        screen_y = app.canvas.get_height() - 20
    app.render(0.0)
    paused = app.canvas.copy()
    menu.draw = lambda canvas, alpha: None
    app.render(0.0)
    behind = app.canvas.copy()
    behind.fill((150, 140, 170), special_flags=pygame.BLEND_MULT)  # as the menu dims what is behind it
    box = hud.message_box_rect(app.canvas, screen_y)
    assert (box.top < 100) == (where == "high")
    covered = [(px, py) for px in range(box.left, box.right, 2) for py in range(box.top, box.bottom, 2)
               if paused.get_at((px, py)) != behind.get_at((px, py))]
    assert not covered, f"the pause menu covers the line's box at {covered[:3]}…"


def test_the_table_is_done_once_it_is_set_and_nothing_is_left(app):
    in_chapter(app, "visitor", "mas")
    ctx = app.ctx
    assert pause_list(ctx)[1] == ["Bread", "Cheese", "Tomatoes", "A bottle of wine", "Set the table"]
    story = ctx.session.story
    for knot in ("visitor_bread", "visitor_cheese", "visitor_tomatoes", "visitor_bottle"):
        ctx.scenes.push(DialogueScene(ctx, knot))
        ctx.scenes.apply_pending()
        play_out(ctx)
    assert pause_list(ctx)[1] == ["Set the table"]
    ctx.scenes.push(DialogueScene(ctx, "visitor_table"))
    ctx.scenes.apply_pending()
    play_out(ctx)
    assert story.get("heard_knock") is True
    assert pause_list(ctx)[1] == ["Nothing left to do."]
    # a chapter without chores lists nothing at all
    ctx.session.chapter = "garden"
    assert chores_left(ctx.session) is None


def test_the_kitchens_chores_are_the_visitors_and_are_gone_at_dinner(app):
    """The dinner starts in the same house: the bread, cheese, tomatoes and wine were the afternoon's
    errands (their `chapters` in mas.tmx), so at dinner they neither glint, nor can be taken again,
    nor are listed as still to do, whatever was done before."""
    from game.world.components import Chore

    scene = in_chapter(app, "dinner", "mas")
    assert [chore.name for _, chore in scene.level.world.query(Chore)] == []
    assert chores_left(app.ctx.session) is None
    in_chapter(app, "visitor", "mas")  # (where they are)
    assert chores_left(app.ctx.session) == ["bread", "cheese", "kitchen_tomatoes", "wine", "table"]


def test_a_chore_that_cannot_be_done_is_refused_and_one_without_words_is_reported(tmp_path):
    mapkit.write_tileset(tmp_path)
    spawn = {"kind": "spawn", "name": "default", "x": 2.5, "y": 3}
    mapkit.write_map(tmp_path, "yard", mapkit.ROOM, [spawn, {
        "kind": "interactable", "name": "pump", "x": 4, "y": 1, "w": 1, "h": 1,
        "props": {"text": "Rusty.", "chore": "well"}}])
    with pytest.raises(ContentError) as caught:
        load_map(tmp_path / "yard.tmx")
    assert str(caught.value) == (f"{tmp_path / 'yard.tmx'}:2: interactable 'pump': a chore needs a knot "
                                 f"(done once played) or done_if (done once that Ink variable is true)")
    mapkit.write_map(tmp_path, "yard", mapkit.ROOM, [spawn, {
        "kind": "interactable", "name": "pump", "x": 4, "y": 1, "w": 1, "h": 1,
        "props": {"text": "Rusty.", "chore": "prime_the_pump", "done_if": "pump_primed"}}])
    assert [str(problem) for problem in check_maps(tmp_path)] == [
        f"{tmp_path / 'yard.tmx'}:2: interactable 'pump': chore 'prime_the_pump' has no words in [chores] of "
        f"assets/strings/en.toml"]  # the English, the source: a catalogue lacking it is check_languages' to say
