"""The whole story, walked: every knot, every branch, every ending, no dead end and no error.

The walker plays the compiled Ink through our Story interface, saving the state
at each choice and loading it again to try the next one.
"""

import functools
import random
import re

import pytest

from game.content.chapters import load_chapters
from game.content.errors import ContentError
from game.content.lint import check_maps
from game.content.story import Choice, Line, Story
from game.core import paths

STORY_DIR = paths.ASSETS / "story"
FUNCTION = re.compile(r"^\s*===\s*function\s+(\w+)", re.MULTILINE)
NODE_LIMIT = 60_000


def functions() -> set[str]:
    names = set()
    for source in STORY_DIR.glob("*.ink"):
        names |= set(FUNCTION.findall(source.read_text(encoding="utf-8")))
    return names


STORY = Story()
KNOTS = sorted(STORY.knots - functions())


def walk(knot: str) -> tuple[int, int, tuple[str, ...]]:
    """Every path through `knot`, each branch once: (lines seen, leaves, Ink's warnings). There is one
    story for every language (its lines shown by id), so its shape is the same in each."""
    story = Story()
    story.start(knot)
    lines, leaves, nodes = 0, 0, 0
    stack = [(story.save(), None)]
    while stack:
        state, choice = stack.pop()
        story.load(state)
        if choice is not None:
            story.choose(choice)
        item = story.next()
        while isinstance(item, Line):
            assert item.text.strip(), f"{knot}: an empty line"
            lines += 1
            item = story.next()
        nodes += 1
        assert nodes < NODE_LIMIT, f"{knot}: more than {NODE_LIMIT} branches; is there a loop?"
        story.take_actions()
        if item is None:
            leaves += 1
            continue
        assert all(isinstance(c, Choice) and c.text.strip() for c in item), f"{knot}: an empty choice"
        saved = story.save()
        for c in reversed(item):
            stack.append((saved, c.index))
    return lines, leaves, tuple(story.warnings)


@functools.cache
def walked(knot: str) -> tuple[int, int, tuple[str, ...]]:
    """Every branch of `knot` walked once a run (see walk)."""
    return walk(knot)


@pytest.mark.parametrize("knot", KNOTS)
def test_every_branch_of_every_knot_ends_cleanly(knot):
    lines, leaves, warnings = walked(knot)
    assert leaves >= 1
    assert lines >= 1, f"{knot} says nothing"
    assert warnings == (), f"{knot}: Ink warnings {warnings}"


def test_the_story_has_several_hundred_lines_and_real_choices():
    total_lines = total_leaves = 0
    for knot in KNOTS:
        lines, leaves, _ = walked(knot)
        total_lines += lines
        total_leaves += leaves
    assert total_lines >= 400
    assert total_leaves >= 2 * len(KNOTS)  # choices, not corridors


BERLIN_RESULTS = {"berlin_after_stakeout": "courier_identified", "berlin_after_cipher": "message_decoded",
                  "berlin_after_tail": "berlin_tail_won", "berlin_after_deaddrop": "berlin_drop_won"}


def play_chapter_chain(seed: int | None, style: str = "random") -> str:
    """The dialogue-carrying knots in story order, choosing at random (or by a style)."""
    from game.players.autoplay import ChoicePolicy

    story = Story()
    rng = random.Random(seed)
    policy = ChoicePolicy(style) if style != "random" else None
    sequence = ["vineyard_intro", "vineyard_marcel", "cellar_crate", "visitor_intro", "visitor_table",
                "visitor_front_door", "dinner", "garden_intro", "garden_sophie", "berlin_intro",
                "berlin_after_stakeout", "berlin_after_cipher", "berlin_after_tail", "berlin_after_deaddrop", "ending"]
    for knot in sequence:
        if knot.startswith("berlin_after_"):  # the game sets each surveillance game's result before its knot
            won = rng.random() < 0.7
            story.set(BERLIN_RESULTS[knot], won)
            if knot == "berlin_after_cipher":
                story.set("decoded_text", "MEET AT THE OLD CHURCH AT SIX" if won else "XQ RTTO PLEA")
        story.start(knot)
        item = story.next()
        while item is not None:
            if isinstance(item, list):
                index = policy.pick(story, item) if policy else rng.randrange(len(item))
                story.choose(item[index].index)
            item = story.next()
        story.take_actions()
    return story.get("ending_id")


def test_every_ending_is_reachable_by_play():
    endings = {play_chapter_chain(seed) for seed in range(150)}
    endings |= {play_chapter_chain(None, "open"), play_chapter_chain(None, "guarded")}
    assert endings >= {"peace", "guarded"}, endings
    assert "" not in endings, "a playthrough ended with no ending named"


def test_the_open_and_guarded_players_reach_different_endings():
    assert play_chapter_chain(None, "open") != play_chapter_chain(None, "guarded")


def test_chapters_name_knots_that_exist():
    for chapter in load_chapters().values():
        assert STORY.has_knot(chapter.intro), chapter


def test_a_map_naming_a_missing_knot_is_reported(tmp_path):
    import mapkit

    mapkit.write_tileset(tmp_path)
    mapkit.write_map(tmp_path, "room", mapkit.ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3},
        {"kind": "npc", "name": "ghost", "x": 4.5, "y": 3, "props": {"sprite": "sophie", "knot": "vineyard_marcell"}},
    ])
    problems = [str(problem) for problem in check_maps(tmp_path)]
    assert f"{tmp_path / 'room.tmx'}:2: npc 'ghost': knot 'vineyard_marcell' does not exist in the story" in problems


def test_starting_a_missing_knot_names_the_story_file_and_the_knot():
    with pytest.raises(ContentError, match="assets/story/story.json:no_such_knot: no knot named"):
        Story().start("no_such_knot")
