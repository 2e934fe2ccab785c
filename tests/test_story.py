"""The whole story, walked: every knot, every branch, every ending, no dead end and no error; the French
story walked beside the English one has its shape (the same choices, actions and ends).

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
from game.content.story import Choice, Line, Story, story_path
from game.core import paths

STORY_DIR = paths.ASSETS / "story"
FR_STORY = story_path("fr")
FUNCTION = re.compile(r"^\s*===\s*function\s+(\w+)", re.MULTILINE)
NODE_LIMIT = 60_000


def functions() -> set[str]:
    names = set()
    for source in STORY_DIR.glob("*.ink"):
        names |= set(FUNCTION.findall(source.read_text(encoding="utf-8")))
    return names


STORY = Story()
KNOTS = sorted(STORY.knots - functions())


def walk(knot: str) -> tuple[int, int, tuple[str, ...], list[str]]:
    """Every path through `knot`, in English and in French together, each branch once: (lines seen in
    English, leaves, Ink's warnings, where the French story's shape differs: its ends, its choices at
    each point and its actions must be the English one's)."""
    en, fr = Story(), Story(FR_STORY)
    en.start(knot)
    fr.start(knot)
    lines, leaves, nodes, differences = 0, 0, 0, []
    stack = [(en.save(), fr.save(), None, None)]
    while stack:
        en_state, fr_state, en_choice, fr_choice = stack.pop()
        en.load(en_state)
        fr.load(fr_state)
        if en_choice is not None:
            en.choose(en_choice)
            fr.choose(fr_choice)
        item = en.next()
        while isinstance(item, Line):
            assert item.text.strip(), f"{knot}: an empty line"
            lines += 1
            item = en.next()
        fr_item = fr.next()
        while isinstance(fr_item, Line):
            fr_item = fr.next()
        nodes += 1
        assert nodes < NODE_LIMIT, f"{knot}: more than {NODE_LIMIT} branches; is there a loop?"
        if (item is None) != (fr_item is None):
            differences.append(f"{knot}: one language ends where the other goes on")
            continue
        if en.take_actions() != fr.take_actions():
            differences.append(f"{knot}: the external actions differ")
        if item is None:
            leaves += 1
            continue
        assert all(isinstance(c, Choice) and c.text.strip() for c in item), f"{knot}: an empty choice"
        if len(item) != len(fr_item):
            differences.append(f"{knot}: {len(item)} English choices but {len(fr_item)} French")
            continue
        en_saved, fr_saved = en.save(), fr.save()
        for c, fr_c in reversed(list(zip(item, fr_item))):
            stack.append((en_saved, fr_saved, c.index, fr_c.index))
    return lines, leaves, tuple(en.warnings), differences


@functools.cache
def walked(knot: str) -> tuple[int, int, tuple[str, ...], list[str]]:
    """Every branch of `knot` walked once a run, in both languages (see walk)."""
    return walk(knot)


@pytest.mark.parametrize("knot", KNOTS)
def test_every_branch_of_every_knot_ends_cleanly_in_both_languages(knot):
    lines, leaves, warnings, french_differences = walked(knot)
    assert leaves >= 1
    assert lines >= 1, f"{knot} says nothing"
    assert warnings == (), f"{knot}: Ink warnings {warnings}"
    assert french_differences == []


def test_the_story_has_several_hundred_lines_and_real_choices():
    total_lines = total_leaves = 0
    for knot in KNOTS:
        lines, leaves, _, _ = walked(knot)
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
