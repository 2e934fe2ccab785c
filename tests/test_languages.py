"""English and French: every string in both; the French story has the English one's shape."""

import re

from game.content.story import Line, Story, story_path
from game.content.strings import Strings, load_table, missing_keys

FR_STORY = story_path("fr")
FUNCTIONS = set()
for source in (story_path("en").parent).glob("*.ink"):
    FUNCTIONS |= set(re.findall(r"^\s*===\s*function\s+(\w+)", source.read_text(encoding="utf-8"), re.MULTILINE))


def test_every_string_key_exists_in_both_languages():
    assert missing_keys() == {}


def test_french_strings_are_french_not_copies():
    english, french = load_table("en"), load_table("fr")
    same = [key for key in english if english[key] == french[key] and not key.startswith("chapters.")
            and key not in ("ui.window_scale", "actions.pause", "values.normal", "ui.paused")]
    assert len(same) < len(english) // 10, same


def test_a_missing_key_falls_back_and_an_unknown_verb_shows_as_written():
    strings = Strings("fr")
    assert strings("ui.new_game") == "Nouvelle partie"
    assert strings("prompts.Look") == "Regarder"
    assert strings("prompts.Juggle") == "Juggle"
    assert Strings("xx").language == "en"


def lockstep(knot: str):
    """Walk every branch of a knot in both languages together; yield mismatches."""
    en, fr = Story(), Story(FR_STORY)
    en.start(knot)
    fr.start(knot)
    stack = [(en.save(), fr.save(), None)]
    while stack:
        en_state, fr_state, choice = stack.pop()
        en.load(en_state)
        fr.load(fr_state)
        if choice is not None:
            en.choose(choice)
            fr.choose(choice)
        en_item, fr_item = en.next(), fr.next()
        while isinstance(en_item, Line) or isinstance(fr_item, Line):
            if isinstance(en_item, Line):
                en_item = en.next()
            if isinstance(fr_item, Line):
                fr_item = fr.next()
        if (en_item is None) != (fr_item is None):
            yield f"{knot}: one language ends where the other goes on"
            continue
        if en.take_actions() != fr.take_actions():
            yield f"{knot}: the external actions differ"
        if en_item is None:
            continue
        if len(en_item) != len(fr_item):
            yield f"{knot}: {len(en_item)} English choices but {len(fr_item)} French"
            continue
        en_saved, fr_saved = en.save(), fr.save()
        for index in range(len(en_item)):
            stack.append((en_saved, fr_saved, index))


def test_the_french_story_covers_the_same_knots_and_choices():
    en, fr = Story(), Story(FR_STORY)
    assert en.knots == fr.knots
    problems = []
    for knot in sorted(en.knots):
        if knot in FUNCTIONS:
            continue
        problems += list(lockstep(knot))
    assert problems == []


def test_switching_language_mid_evening_keeps_the_story_state():
    from game.core.session import Session

    session = Session.new("en")
    session.story.start("vineyard_tend_vine")
    while session.story.next() is not None:
        pass
    chores = session.story.get("chores_done")
    session.change_language("fr")
    assert session.story.get("chores_done") == chores == 1
    session.story.start("vineyard_intro")
    line = session.story.next()
    assert isinstance(line, Line) and "Provence" in line.text
    english = Story()
    english.start("vineyard_intro")
    assert line.text != english.next().text  # the same line, in French
