"""English and French: every string in both; the French story has the English one's shape
(each knot walked in both languages together: tests/test_story.py)."""

from game.content.story import Line, Story, story_path
from game.content.strings import Strings, load_table, missing_keys

FR_STORY = story_path("fr")


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


def test_the_french_story_has_the_english_knots():
    """Each knot's branches, walked in both languages, have one shape: tests/test_story.py."""
    assert Story().knots == Story(FR_STORY).knots


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
