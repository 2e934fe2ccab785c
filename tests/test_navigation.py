"""Navigation by name (`ctx.nav`, game/core/nav.py), driven with intents as a player would: the pause
menu and its settings, save and quit, the title's Continue and New game, chapters changing as the
story says. Scenes reach each other only through it: none imports another."""

import ast
from pathlib import Path

import pytest

from game.content.story import EXTERNALS
from game.core.context import TICK
from game.core.input import InputFrame, Intent
from game.core.saves import SaveStore
from game.core.story_actions import ACTIONS
from game.scenes import SCENES, new_context

SCENES_DIR = Path(__file__).resolve().parent.parent / "game" / "scenes"


def tick(ctx, frame=None):
    ctx.scenes.update(frame or InputFrame(), TICK)
    ctx.clock.ticks += 1


def tap(ctx, *intents):
    for intent in intents:
        tick(ctx, InputFrame.of(pressed=[intent]))
        tick(ctx)


def kinds(ctx) -> list[str]:
    ctx.scenes.apply_pending()
    return [scene.kind for scene in ctx.scenes.scenes]


def read_on(ctx, until) -> None:
    """Press Interact now and then, as a reader does, until `until(ctx)` (boxes close, fades end)."""
    for _ in range(60 * 120):
        if until(ctx):
            return
        tick(ctx, InputFrame.of(pressed=[Intent.INTERACT]) if ctx.clock.ticks % 2 else None)
    raise AssertionError(f"never got there: {kinds(ctx)}")


def walking(ctx) -> bool:
    top = ctx.scenes.top
    return len(ctx.scenes) == 1 and top.kind == "explore" and not top.transitioning and top.accepts_interact


@pytest.fixture
def at_the_title(tmp_path):
    ctx = new_context(saves=SaveStore(tmp_path), announce=lambda line: None)
    ctx.nav.title()
    return ctx


def test_a_new_game_from_the_title_walks_into_the_vineyard(at_the_title):
    ctx = at_the_title
    assert kinds(ctx) == ["title"] and ctx.session is None
    tap(ctx, Intent.INTERACT)  # New game (no save yet: it is the first item)
    assert kinds(ctx) == ["explore"] and ctx.session.chapter == "vineyard"
    read_on(ctx, walking)  # the chapter's first words
    assert ctx.saves.read().chapter == "vineyard"  # saved as it began


def test_pause_settings_and_back_again_leave_him_where_he_was(at_the_title):
    ctx = at_the_title
    tap(ctx, Intent.INTERACT)
    read_on(ctx, walking)
    for _ in range(30):
        tick(ctx, InputFrame.of([Intent.DOWN]))
    level = ctx.scenes.top.level
    where = (level.player_position.x, level.player_position.y, level.player_facing)
    tap(ctx, Intent.PAUSE)
    assert kinds(ctx) == ["explore", "pause"]
    tap(ctx, Intent.DOWN, Intent.INTERACT)  # Settings
    assert kinds(ctx) == ["explore", "pause", "settings"]
    tap(ctx, Intent.BACK)
    assert kinds(ctx) == ["explore", "pause"]
    tap(ctx, Intent.BACK)
    assert kinds(ctx) == ["explore"]
    assert (level.player_position.x, level.player_position.y, level.player_facing) == where
    assert ctx.scenes.top.level is level  # the same walk, not the map made again


def test_save_and_quit_then_continue_takes_him_up_where_he_stood(at_the_title):
    ctx = at_the_title
    tap(ctx, Intent.INTERACT)
    read_on(ctx, walking)
    for _ in range(40):
        tick(ctx, InputFrame.of([Intent.DOWN, Intent.RIGHT]))
    level = ctx.scenes.top.level
    where = (level.map.name, level.player_position.x, level.player_position.y, level.player_facing)
    tap(ctx, Intent.PAUSE, Intent.DOWN, Intent.DOWN, Intent.INTERACT)  # Save and quit
    assert kinds(ctx) == ["title"] and ctx.session is None  # the title keeps no evening
    title = ctx.scenes.top
    assert title.items[0] == "continue" and title.cursor == 0
    tap(ctx, Intent.INTERACT)  # Continue
    assert kinds(ctx) == ["explore"] and ctx.session.chapter == "vineyard"
    level = ctx.scenes.top.level
    assert (level.map.name, level.player_position.x, level.player_position.y, level.player_facing) == where


def test_new_game_over_a_saved_evening_asks_and_yes_starts_afresh(at_the_title):
    ctx = at_the_title
    tap(ctx, Intent.INTERACT)
    read_on(ctx, walking)
    ctx.session.story.set("chores_done", 2)
    tap(ctx, Intent.PAUSE, Intent.DOWN, Intent.DOWN, Intent.INTERACT)  # Save and quit
    tap(ctx, Intent.DOWN, Intent.INTERACT)  # New game
    assert kinds(ctx) == ["title", "confirm"]
    tap(ctx, Intent.DOWN, Intent.INTERACT)  # Yes
    assert kinds(ctx) == ["explore"]
    assert ctx.session.chapter == "vineyard" and ctx.session.story.get("chores_done") == 0


def test_the_story_moves_him_into_the_next_chapter_and_the_save_has_him_there(tmp_path):
    lines = []
    ctx = new_context(saves=SaveStore(tmp_path), announce=lines.append)
    ctx.nav.new_game()
    read_on(ctx, walking)
    walk = ctx.scenes.top
    ctx.session.story.set("chores_done", 3)
    ctx.nav.dialogue("vineyard_mas_door")  # the mas's door, its chores done: "Time to make dinner."
    read_on(ctx, lambda ctx: ctx.session.chapter == "visitor")
    assert ctx.scenes.scenes == (walk,)  # the same walk goes on, on the chapter's map
    assert walk.map_name == "mas" and lines[-1] == "CHAPTER: visitor"
    save = ctx.saves.read()
    spawn = walk.level.map.spawns["default"]
    assert (save.chapter, save.map, save.intro_pending) == ("visitor", "mas", True)
    assert (save.x, save.y) == spawn.feet


def test_a_chapter_under_the_stars_replaces_the_walk(tmp_path):
    lines = []
    ctx = new_context(saves=SaveStore(tmp_path), announce=lines.append)
    ctx.nav.new_game("berlin")
    read_on(ctx, walking)
    ctx.nav.dialogue("berlin_after_deaddrop")  # its last words: start_chapter("ending")
    read_on(ctx, lambda ctx: ctx.scenes.scenes and ctx.scenes.scenes[0].kind == "starlit")
    assert lines[-1] == "CHAPTER: ending" and ctx.session.chapter == "ending"
    assert ctx.saves.read().chapter == "ending"


def test_a_save_mid_conversation_goes_back_to_before_it(tmp_path):
    ctx = new_context(saves=SaveStore(tmp_path), announce=lambda line: None)
    ctx.nav.new_game()
    read_on(ctx, walking)
    before = ctx.session.story.save()
    ctx.nav.dialogue("vineyard_mas_door")
    tap(ctx, Intent.INTERACT)
    assert kinds(ctx) == ["explore", "dialogue"]
    save = ctx.nav.save_data()
    assert save.dialogue == "vineyard_mas_door" and save.story == before  # told again from its start
    read_on(ctx, walking)
    assert ctx.nav.save_data().dialogue == ""


def test_every_scene_is_made_by_its_name_and_says_which_it_is(tmp_path):
    ctx = new_context(saves=SaveStore(tmp_path), announce=lambda line: None)
    ctx.nav.new_game()
    ctx.scenes.apply_pending()
    needs = {"explore": ("vineyard",), "starlit": ("ending",), "credits": ("peace", None),
             "dialogue": ("vineyard_intro",), "message": ("", "A sign."), "minigame": ("cipher",),
             "confirm": ("Title", "Sure?", lambda: None)}
    for name in SCENES:
        assert ctx.nav.make(name, *needs.get(name, ())).kind == name
    with pytest.raises(KeyError, match="no scene is called 'inventory'"):
        ctx.nav.make("inventory")


def test_the_story_s_actions_are_one_table_of_every_external_function():
    assert set(ACTIONS) == set(EXTERNALS)
    assert {name for name, action in ACTIONS.items() if action.waits} == {"start_chapter", "go_to_map",
                                                                          "start_minigame"}


def scene_modules() -> dict[str, set[str]]:
    """Each module of a scene in the table, and the game.scenes modules it imports."""
    owners = {factory.__module__ for factory in SCENES.values()}
    imported = {}
    for module in owners:
        path = SCENES_DIR.parent.parent / (module.replace(".", "/") + ".py")
        if not path.exists():
            path = path.with_suffix("") / "__init__.py"
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
        imported[module] = names
    return imported


def test_no_scene_imports_another_scene():
    imported = scene_modules()
    for module, names in imported.items():
        others = {name for name in names if name in imported and name != module}
        assert not others, f"{module} imports {sorted(others)}: ask ctx.nav for it by name"
