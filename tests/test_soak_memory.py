"""What the monkey soak found holding memory (python -m game.tools.soak): Ink stories dropped after being
played, a story per settings change, the map reading a replaced story, the evening left for the title,
and glibc's rising mmap threshold."""

import ctypes
import ctypes.util
import gc
import json
import sys
import weakref

import pytest

from game.content.story import Story
from game.core.session import Session
from game.scenes import new_context

MB = 1024 * 1024


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def _mallinfo2():
    """glibc's allocator statistics (2.33 and later), or None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallinfo2 = libc.mallinfo2
    except (OSError, AttributeError):
        return None
    mallinfo2.restype = _MallInfo2
    return mallinfo2


MALLINFO2 = _mallinfo2()
needs_glibc = pytest.mark.skipif(MALLINFO2 is None, reason="glibc's mallinfo2 is needed to see the C heap")


def allocated() -> int:
    """Bytes malloc has handed out and not had back (heap and mapped blocks)."""
    info = MALLINFO2()
    return info.uordblks + info.hblkhd


def play_the_dinner(story: Story) -> None:
    """The dinner knot to its end, first choice each time: Ink follows a few hundred diverts."""
    story.start("dinner")
    while (item := story.next()) is not None:
        story.take_actions()
        if isinstance(item, list):
            story.choose(0)


@needs_glibc
def test_a_story_played_then_dropped_leaves_nothing_behind():
    """bink 0.7.1 never frees the diverts a dropped story followed (an Rc cycle in its engine): each
    evening played and let go kept ~0.5 MB. Stories now hand their runtime on instead of dropping it."""
    for _ in range(3):  # the runtimes the loop needs, made once
        play_the_dinner(Story())
    gc.collect()
    before = allocated()
    for _ in range(10):
        play_the_dinner(Story())
    gc.collect()
    assert allocated() - before < 1 * MB  # was ~5.4 MB


def test_a_new_evening_in_the_same_language_reuses_the_story_and_starts_afresh():
    old = Session.new("en")
    play_the_dinner(old.story)
    new = Session.new("en", replacing=old)
    assert new.story is old.story  # no second Ink runtime for the evening that replaces this one
    fresh = Session.new("en")
    assert new.story.save() == fresh.story.save()  # variables, visits, seed: as a story just loaded
    assert new.story.get("chores_done") == 0
    new.story.start("vineyard_intro")
    fresh.story.start("vineyard_intro")
    assert new.story.next() == fresh.story.next()


def test_a_story_taken_after_another_was_dropped_is_as_good_as_new():
    played = Story()
    play_the_dinner(played)
    played.set("chores_done", 3)
    del played
    gc.collect()
    reused, fresh = Story(), Story()
    state, fresh_state = json.loads(reused.save()), json.loads(fresh.save())
    state.pop("storySeed"), fresh_state.pop("storySeed")  # drawn at random by Ink for each new story
    assert state == fresh_state
    assert reused.get("chores_done") == 0 and reused.actions == [] and reused.current_knot == ""


def test_settings_that_keep_the_language_keep_the_story():
    session = Session.new("en")
    session.story.start("vineyard_tend_vine")
    while session.story.next() is not None:
        pass
    story = session.story
    session.change_language("en")  # every setting applied asks for the language in the settings
    assert session.story is story
    session.change_language("fr")  # another language: the same Ink runtime, its lines shown by id
    assert session.story is story and session.translations.language == "fr"
    assert session.story.get("chores_done") == 1


def test_after_the_story_is_read_again_the_map_reads_the_story_told_now(tmp_path):
    """The level used to keep the `get` of the story it was built with: after the story was replaced
    (a language switch did, before the catalogues; F5 still does) it went on reading the old one."""
    import mapkit
    from game.scenes.explore import ExploreScene
    from game.world.components import Named

    mapkit.write_tileset(tmp_path)
    path = mapkit.write_map(tmp_path, "hall", mapkit.ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3},
        {"kind": "npc", "name": "sophie_at_door", "x": 5.5, "y": 3,
         "props": {"sprite": "sophie", "text": "Bonsoir.", "if_var": "heard_knock"}},
    ])
    ctx = new_context(session=Session.new("en"), announce=lambda line: None)
    scene = ExploreScene(ctx, path)
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    names = lambda: sorted(named.name for _, named in scene.level.world.query(Named))  # noqa: E731
    assert names() == []
    old = weakref.ref(ctx.session.story)
    ctx.session.replace_story(Story())  # the story read again from disk (F5)
    ctx.session.story.set("heard_knock", True)
    assert scene.level.refresh_conditions() is True
    assert names() == ["sophie_at_door"]
    gc.collect()
    assert old() is None  # and the replaced story is not kept by the map


def test_the_evening_left_for_the_title_is_let_go_there(tmp_path):
    """The evening just quit stayed in memory at the title: its story as the title's session, and its
    map's Tiled data (cyclic, and frozen by the map's gc.freeze) until another map loaded."""
    from game.core.input import Intent
    from game.scenes.title import TitleScene
    from test_menus import tap, walking_in_the_vineyard

    ctx = walking_in_the_vineyard(tmp_path)
    tiled, story = weakref.ref(ctx.scenes.top.level.map.tmx), weakref.ref(ctx.session.story)
    tap(ctx, Intent.PAUSE, Intent.DOWN, Intent.DOWN, Intent.INTERACT)  # Save and quit
    ctx.scenes.apply_pending()
    assert isinstance(ctx.scenes.top, TitleScene)
    assert tiled() is None and story() is None


def test_closing_the_window_at_the_title_keeps_where_he_was(tmp_path):
    """Closing the window autosaves (game/cli.py); at the title it saved the evening just quit again,
    from its chapter's start."""
    from game.core.context import TICK
    from game.core.input import InputFrame, Intent
    from test_menus import tap, walking_in_the_vineyard

    ctx = walking_in_the_vineyard(tmp_path)
    for _ in range(40):
        ctx.scenes.update(InputFrame.of([Intent.DOWN]), TICK)
    where = (ctx.scenes.top.level.player_position.x, ctx.scenes.top.level.player_position.y)
    tap(ctx, Intent.PAUSE, Intent.DOWN, Intent.DOWN, Intent.INTERACT)  # Save and quit
    ctx.scenes.apply_pending()
    ctx.nav.autosave()  # the window closed at the title
    save = ctx.saves.read()
    assert (save.x, save.y) == where
    assert save.intro_pending  # he walked before the chapter's first words began: they are still to come


@needs_glibc
def test_big_blocks_are_mapped_on_their_own_even_after_a_bigger_one_was_freed():
    """glibc raises its mmap threshold to any big block freed: after one 8 MB window surface, every
    smaller surface came from the heap, whose holes stayed resident. The game fixes the threshold.
    In a fresh interpreter: glibc serves a block from a free hole of the heap whatever the threshold,
    and after a few hundred tests this process's heap has holes of every size."""
    import subprocess

    probe = """
import ctypes, ctypes.util, os
os.environ["SDL_VIDEODRIVER"] = "dummy"
import pygame
import game.core.memory  # sets the threshold when imported

class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]

mallinfo2 = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallinfo2
mallinfo2.restype = Info
window = pygame.Surface((1920, 1080), pygame.SRCALPHA)
del window
before = mallinfo2().hblkhd
canvas = pygame.Surface((480, 270), pygame.SRCALPHA)
print(mallinfo2().hblkhd - before, canvas.get_height() * canvas.get_pitch())
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    mapped, size = map(int, result.stdout.split()[-2:])
    assert mapped >= size



def test_no_code_comes_in_mid_evening():
    """Imported when the first game started, the games stalled that frame (~30 ms) and their code
    (~1.7 MB) came in mid-chapter; every module is now imported as the game starts, so going to a
    chapter or starting a game brings in nothing. In a fresh interpreter, as a player's run would be."""
    import subprocess

    probe = """
import os, sys
os.environ["SDL_VIDEODRIVER"] = "dummy"
from game.core.session import Session
from game.scenes import new_context
ctx = new_context(session=Session.new(), announce=lambda line: None)
ctx.nav.title()
ctx.scenes.apply_pending()
before = set(sys.modules)
for chapter in ("garden", "berlin"):
    ctx.nav.chapter(chapter)
    ctx.scenes.apply_pending()
ctx.nav.minigame("stakeout")
ctx.scenes.apply_pending()
print(ctx.scenes.top.kind, sorted(name for name in set(sys.modules) - before if name.startswith("game")))
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["minigame", "[]"]


def test_the_scene_a_run_began_with_goes_once_the_game_has_left_it():
    """App.run kept its first scene in a local for the whole run: after a chapter restart (or the
    story moving on) that street, with its map, view and rain, stayed in memory to the end."""
    from game.app import App, RunOptions
    from game.core.input import InputFrame

    app = App(RunOptions(headless=True, window_size=(480, 270), max_ticks=40), announce=lambda line: None)
    app.ctx.session = Session.new()
    first, seen = [], []

    def player(ctx):
        if app.ticks == 1:
            first.append(weakref.ref(ctx.scenes.top))
        if app.ticks == 10:
            ctx.nav.chapter("berlin")  # what a chapter restart does
        if app.ticks == 20:
            gc.collect()
            seen.append(first[0]())
        return InputFrame()

    app.ctx.nav.chapter("berlin")  # the test keeps no reference to the scene
    app.run(player)
    assert seen == [None]
