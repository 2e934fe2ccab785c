"""The story's Ink functions go_to_map and set_flag, as a player meets them: he walks into a trigger
whose knot (tests/fixtures/story/actions.ink) sets a flag and sends him to another map; he reads the
lines on with Interact; the game carries it out. (start_chapter, give_item, play_sound and
start_minigame are met the same way by the whole evening: tests/test_playthrough.py.)"""

from pathlib import Path

import mapkit
from conftest import ROOT
from game.content.chapters import load_cast, load_chapters, load_endings, load_moods
from game.content.story import Story
from game.core.context import TICK, Context
from game.core.input import InputFrame, Intent
from game.core.session import Session
from game.scenes import new_context
from game.scenes.explore import ExploreScene

ACTIONS = ROOT / "tests" / "fixtures" / "story" / "actions.json"


def landing(folder: Path) -> Path:
    """A room whose floor, a step right of where he arrives, holds a trigger playing the knot 'lantern';
    beside it in its folder (where a map's names are looked up), tests/mapkit.py's hall and cellar."""
    mapkit.two_rooms(folder)
    return mapkit.write_map(folder, "landing", mapkit.ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3, "props": {"facing": "right"}},
        {"kind": "trigger", "name": "stairs", "x": 4, "y": 2, "w": 1, "h": 2, "props": {"knot": "lantern"}},
    ])


def evening(tmp_path) -> Context:
    session = Session(Story(ACTIONS), load_chapters(), load_cast(), load_endings(), load_moods())
    ctx = new_context(session=session, announce=lambda line: None)
    ctx.scenes.push(ExploreScene(ctx, landing(tmp_path)))
    ctx.scenes.apply_pending()
    return ctx


NOTHING = InputFrame()


def tick(ctx, frame=NOTHING, ticks: int = 1) -> None:
    for _ in range(ticks):
        ctx.scenes.update(frame, TICK)
        ctx.clock.ticks += 1


def walk_into_the_knot_and_read_it(ctx) -> list[tuple[list[str], str]]:
    """Walk right until the knot opens, then press Interact until the box has closed; the flags and the
    map walked as they were while the box was open, after each press."""
    explore = ctx.scenes.top
    for _ in range(240):
        if not isinstance(ctx.scenes.top, ExploreScene):
            break
        tick(ctx, InputFrame.of([Intent.RIGHT]))
    assert not isinstance(ctx.scenes.top, ExploreScene), "the trigger did not play its knot"
    read = []  # (flags, map walked) after each press
    for _ in range(40):
        if isinstance(ctx.scenes.top, ExploreScene):
            break
        tick(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
        tick(ctx, ticks=30)  # the text types out; Interact waits a moment between presses
        if not isinstance(ctx.scenes.top, ExploreScene):
            read.append((sorted(ctx.session.flags), explore.map_name))
    assert isinstance(ctx.scenes.top, ExploreScene), "the dialogue did not close"
    return read


def test_set_flag_is_kept_by_the_evening_as_its_line_is_read(tmp_path):
    ctx = evening(tmp_path)
    assert not ctx.session.flags
    read = walk_into_the_knot_and_read_it(ctx)
    assert read[-1][0] == ["lantern_lit"] and ctx.session.flags == {"lantern_lit"}
    assert ctx.session.checkpoint().flags == ("lantern_lit",)  # what a save keeps of the evening (game/core/saving.py)


def test_go_to_map_takes_him_to_that_maps_spawn_once_the_box_closes(tmp_path):
    ctx = evening(tmp_path)
    scene = ctx.scenes.top
    read = walk_into_the_knot_and_read_it(ctx)
    assert {map_name for _, map_name in read} == {"landing"}  # the story's move waits for the box to close
    for _ in range(300):
        tick(ctx)
        if scene.map_name == "cellar" and not scene.transitioning:
            break
    assert scene.map_name == "cellar" and scene.level.map.path == tmp_path / "cellar.tmx"
    spawn = scene.level.map.spawns["from_hall"]
    position = scene.level.player_position
    assert (position.x, position.y) == spawn.feet
    assert scene.level.player_facing == spawn.props["facing"]
