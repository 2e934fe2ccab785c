"""Our interface over the Ink runtime: lines with tags, choices, variables, actions, save and load."""

import os
import shutil

import pytest

from conftest import ROOT
from game.content import ink_compiler
from game.content.errors import ContentError
from game.content.story import Choice, Line, Story, StoryAction

SMALL = ROOT / "tests" / "fixtures" / "story" / "small.json"


def play(story, knot):
    story.start(knot)
    items = []
    item = story.next()
    while isinstance(item, Line):
        items.append(item)
        item = story.next()
    return items, item


def test_lines_carry_speaker_and_mood_tags():
    story = Story(SMALL)
    lines, choices = play(story, "door")
    assert lines[0] == Line("A knock at the door.", "", "tense")
    assert lines[1].speaker == "sophie" and lines[1].mood == "curious"
    assert lines[1].text == "Bonsoir, monsieur. Je m'appelle Sophie."
    assert choices == [Choice(0, "Let her in"), Choice(1, "Send her away")]


def test_choices_change_ink_variables_and_externals_become_actions():
    story = Story(SMALL)
    play(story, "door")
    story.choose(0)
    rest = []
    item = story.next()
    while item is not None:
        rest.append(item.text)
        item = story.next()
    assert rest == ["Come in, it is cold.", "« Merci », she said, and the door closed behind her."]
    assert story.get("trust") == 1
    assert story.take_actions() == [StoryAction("give_item", ("bread",)), StoryAction("start_chapter", ("dinner",))]
    assert story.take_actions() == []


def test_state_round_trips_through_save_and_load():
    story = Story(SMALL)
    play(story, "door")
    saved = story.save()
    story.choose(1)
    while story.next() is not None:
        pass
    assert story.get("trust") == -1
    story.load(saved)
    assert story.get("trust") == 0
    assert story.next() == [Choice(0, "Let her in"), Choice(1, "Send her away")]
    story.set("trust", 5)
    assert story.get("trust") == 5


def test_an_unknown_knot_is_a_clear_error():
    story = Story(SMALL)
    with pytest.raises(ContentError) as caught:
        story.start("dor")
    assert str(caught.value) == "tests/fixtures/story/small.json:dor: no knot named 'dor' in the story"


def test_a_runtime_error_in_ink_names_the_knot():
    story = Story(SMALL)
    with pytest.raises(ContentError) as caught:
        play(story, "broken")
    assert "tests/fixtures/story/small.json:broken:" in str(caught.value)


def test_a_missing_or_corrupt_story_file_is_a_clear_error(tmp_path):
    with pytest.raises(ContentError, match="compiled story not found"):
        Story(tmp_path / "nothing.json")
    (tmp_path / "bad.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(ContentError, match="not valid JSON"):
        Story(tmp_path / "bad.json")


def compiler_or_skip():
    if not ink_compiler.compiler_available():
        assert os.environ.get("CI") != "true", "CI must have Node and the inkjs compiler (npm ci)"
        pytest.skip("Node or the inkjs compiler is not installed here (npm ci); CI always has them")


def test_an_ink_compile_error_names_the_file_and_line(tmp_path):
    compiler_or_skip()
    source = tmp_path / "typo.ink"
    source.write_text("=== start ===\nHello.\n* [Go] -> nowhere_at_all\n", encoding="utf-8")
    _, problems = ink_compiler.compile_story(source)
    messages = [str(problem) for problem in problems]
    assert any(m.startswith(f"{source}:line 3: Ink error:") and "nowhere_at_all" in m for m in messages), messages


def test_a_stale_compiled_story_is_reported(tmp_path):
    compiler_or_skip()
    source = tmp_path / "small.ink"
    shutil.copy(ROOT / "tests" / "fixtures" / "story" / "small.ink", source)
    shutil.copy(SMALL, tmp_path / "small.json")
    assert ink_compiler.check_compiled(source) == []
    source.write_text(source.read_text(encoding="utf-8") + "\n=== extra ===\nMore.\n-> DONE\n", encoding="utf-8")
    problems = [str(problem) for problem in ink_compiler.check_compiled(source)]
    assert problems == [f"{tmp_path / 'small.json'}: compiled story is stale: it differs from what the Ink "
                        "sources compile to (npm run ink)"]


def test_a_story_no_longer_used_is_freed():
    """The Ink runtime holds our callbacks; they must not keep the Story (and its runtime) alive
    in a cycle: the game freezes what the collector has seen at each map (gc.freeze), so a story
    left in a cycle then is never freed, and every language switch and new evening kept one more
    in memory (the soak found it). Freed as soon as the last reference goes, with no collection."""
    import gc
    import weakref

    from game.content.story import Story

    gc.disable()
    try:
        story = Story()
        story.start("vineyard_intro")
        story.next()
        gone = weakref.ref(story)
        del story
        assert gone() is None
    finally:
        gc.enable()
