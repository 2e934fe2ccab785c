"""One story, every language: line ids, gettext catalogues, the checks, and a language added by a file."""

import shutil
import subprocess
import sys

import polib
import pytest

from conftest import ROOT
from game.content import catalogues
from game.content.catalogues import check_catalogue, check_languages, template_entries, write_template
from game.content.errors import ContentError
from game.content.ink_lines import read_source, read_story
from game.content.line_ids import assign_ids
from game.content.locale import LOCALE_DIR, PSEUDO, Translations, catalogue_path, is_pseudo, pseudo, shipped_languages
from game.content.story import Line, Story
from game.content.strings import Strings, language_names
from game.core.session import Session

STORY_DIR = ROOT / "assets" / "story"
FRENCH = catalogue_path("fr")


def walk(story: Story, knot: str, seen: set[str], limit: int = 4000):
    """Every line and choice of a knot on every branch (each state once): yields Lines and Choices."""
    story.start(knot)
    stack, visited = [(story.save(), None)], set()
    while stack and limit:
        limit -= 1
        state, choice = stack.pop()
        story.load(state)
        if choice is not None:
            story.choose(choice)
        item = story.next()
        while isinstance(item, Line):
            yield item
            item = story.next()
        story.take_actions()
        if not item:
            continue
        saved = story.save()
        for option in item:
            yield option
            key = (knot, option.line_id, saved[-200:])
            if key not in visited:
                visited.add(key)
                stack.append((saved, option.index))


def test_every_line_and_choice_in_the_sources_has_one_id_of_its_own():
    lines = [line for line in read_story(STORY_DIR) if line.kind != "fragment"]
    ids = [line.line_id for line in lines]
    assert len(lines) > 700 and None not in ids
    assert len(set(ids)) == len(ids)
    assert not (STORY_DIR / "fr").exists() and not (ROOT / "assets" / "strings" / "fr.toml").exists()


def play(story: Story, knot: str) -> None:
    story.start(knot)
    item = story.next()
    while item is not None:
        if isinstance(item, list):
            story.choose(0)
        item = story.next()


# knots, each after what a player did first (so the lists printed into lines have words in them)
BRANCHES = {"vineyard_mas_door": ["vineyard_well", "vineyard_tie_cane"],
            "visitor_table": ["visitor_bread", "visitor_bottle"],
            "dinner": [], "garden_sophie": [], "berlin_after_cipher": [], "ending": []}


@pytest.mark.parametrize("knot", BRANCHES)
def test_the_compiled_story_gives_each_line_and_choice_its_id_and_french_shows_every_one(knot):
    """bink hands over each line's tags and each choice's (inkjs compiles choice tags); in French
    every line on every branch is shown in French, the lists and values printed into it too."""
    session = Session.new("fr")
    story = session.story
    for before in BRANCHES[knot]:
        play(story, before)
    story.set("decoded_text", "DEPOT MARDI. CIMETIERE.")  # the cipher decodes the message in the player's language
    story.set("message_decoded", True)
    items = list(walk(story, knot, set()))
    assert len(items) >= 1
    for item in items:
        assert item.line_id, item
        assert item.text != item.english or item.english in ("Marcel.", "Sophie.", "Non.", "Bonsoir."), item
    shown = {item.text for item in items}
    if knot == "vineyard_mas_door":
        assert "Il lui reste à voir : le vieux cep, le raisin à goûter et les tomates." in shown
        english = {item.english for item in items}
        assert "Still to see to: the old vine, the grapes to taste and the tomatoes." in english
    if knot == "visitor_table":
        assert "Pas encore. Il manque toujours le fromage et les tomates." in shown
    if knot == "berlin_after_cipher":
        assert "« DEPOT MARDI. CIMETIERE. »" in shown


def test_a_language_switch_mid_evening_keeps_the_runtime_and_its_state():
    session = Session.new("en")
    story = session.story
    story.start("vineyard_tend_vine")
    first = story.next()
    assert first.text.startswith("The oldest vine") and first.line_id == "vineyard_tend_vine.1"
    session.change_language("fr")
    assert session.story is story  # one runtime: bink 0.7.1 leaks what a dropped story followed
    second = story.next()
    assert second.text.startswith("Son tronc est tordu") and second.english.startswith("Its trunk is twisted")
    assert story.get("chores_done") == 1


def test_the_line_id_tool_adds_ids_and_never_renumbers(tmp_path):
    for path in STORY_DIR.glob("*.ink"):
        shutil.copy(path, tmp_path)
    vineyard = tmp_path / "vineyard.ink"
    text = vineyard.read_text(encoding="utf-8")
    moved = "He has grown good at patience. It was, after all, most of his old trade. #id:vineyard_intro.6\n"
    assert moved in text
    text = text.replace(moved, "")  # moved to the bench knot, its id with it
    text = text.replace("He sits on the stone bench and lets his knees complain.",
                        moved.strip() + "\nA new line, written today.\n"
                        "He sits on the stone bench and lets his knees complain.")
    text = text.replace("* [(Pick a few for dinner.) #id:", "* [(Pick a few for dinner.)] \n* [(Pick them all.) #id:")
    vineyard.write_text(text, encoding="utf-8")
    before = {line.text: line.line_id for line in read_story(tmp_path) if line.line_id}
    report = assign_ids(tmp_path)
    after = {line.text: line.line_id for line in read_story(tmp_path) if line.kind != "fragment"}
    assert all(after[text] == line_id for text, line_id in before.items() if text != "(Pick them all.)")
    assert after["He has grown good at patience. It was, after all, most of his old trade."] == "vineyard_intro.6"
    highest = {knot: max(int(line_id.split(".")[1]) for line_id in before.values() if line_id.startswith(knot + "."))
               for knot in ("vineyard_bench", "vineyard_tomatoes")}
    assert after["A new line, written today."] == f"vineyard_bench.{highest['vineyard_bench'] + 1}"
    assert after["(Pick a few for dinner.)"] == f"vineyard_tomatoes.{highest['vineyard_tomatoes'] + 1}"
    assert len(report) == 2 and len(set(after.values())) == len(after)
    assert assign_ids(tmp_path) == []  # run again: nothing to do


def test_text_mixed_with_inline_logic_is_refused_with_its_place(tmp_path):
    path = tmp_path / "story.ink"
    path.write_text("=== k ===\nTomatoes in oil{picked:, the ones from the wall}.\n-> DONE\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_source(path)
    assert ":line 2:" in str(caught.value) and "whole lines" in str(caught.value)


def test_the_french_catalogue_translates_everything_and_check_is_clean():
    assert shipped_languages() == ("en", "fr")
    assert check_languages() == []
    translated = {entry.msgctxt for entry in polib.pofile(str(FRENCH)) if entry.msgstr}
    assert {entry.context for entry in template_entries()} <= translated


def test_map_words_are_translated_by_map_and_object_and_then_by_their_english():
    french = Strings("fr")
    assert french.map_text("garden", 18, "text", "She is looking at the stars.") == "Elle regarde les étoiles."
    # an object made anew (another id) with the same words still finds them
    assert french.map_text("garden", 99, "text", "She is looking at the stars.") == "Elle regarde les étoiles."
    # a map maker's new words are English until translated (and --check says so)
    assert french.map_text("garden", 18, "text", "She is counting the stars.") == "She is counting the stars."
    assert french.map_text("cellar", "", "title", "La Cave") == "La Cave"
    for entry in template_entries():
        if entry.context.startswith("map:") and entry.context.endswith(":text"):
            _, name, object_id, field = entry.context.split(":")
            assert french.map_text(name, int(object_id), field, entry.english) != entry.english, entry.context


def check_copy(tmp_path, edit):
    """--check's language part on a copy of the catalogues, one entry changed by `edit`."""
    folder = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, folder)
    path = catalogue_path("fr", folder)
    catalogue = polib.pofile(str(path), wrapwidth=0)
    edit(catalogue)
    catalogue.save(str(path))
    return [str(problem) for problem in check_languages(folder)], path


def entry(catalogue, context):
    return next(item for item in catalogue if item.msgctxt == context)


def named_line(problem: str, path) -> str:
    """The text of the catalogue's line that a problem (path:line: message) names."""
    number = int(problem[len(str(path)) + 1:].split(":", 1)[0])
    return path.read_text(encoding="utf-8").splitlines()[number - 1]


def test_check_names_the_file_line_and_id_of_a_blanked_french_entry(tmp_path):
    """At the translation's own line, not the comment the entry begins with."""
    problems, path = check_copy(tmp_path, lambda po: setattr(entry(po, "dinner.51"), "msgstr", ""))
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:") and ": dinner.51: empty translation" in problems[0]
    assert named_line(problems[0], path) == 'msgstr ""'


def test_check_finds_stale_placeholder_and_glyph_problems(tmp_path):
    def edit(po):
        # translated from English that has changed since
        entry(po, "vineyard_intro.2").msgid = "Late afternoon in Provence, as it used to be."
        entry(po, "vineyard_mas_door.3").msgstr = "Il lui reste à voir : {chores}."
        entry(po, "ui.new_game").msgstr = "Nowa gra ☃"
        entry(po, "chapters.dinner").msgstr = "Le [Dîner]"  # the title face has no square brackets
        po.remove(entry(po, "cast.sophie"))
    problems, path = check_copy(tmp_path, edit)
    text = "\n".join(problems)
    assert "vineyard_intro.2: stale: the English changed since it was translated" in text
    assert "vineyard_mas_door.3: placeholders {chores} should be {chores_left}" in text
    assert "ui.new_game: the font has no glyph for '☃'" in text
    assert "chapters.dinner: the font has no glyph for '[]'" in text
    assert f"{path}:1: cast.sophie: not translated" in text
    assert len(problems) == 5
    stale = next(problem for problem in problems if ": stale:" in problem)
    # at the English that changed
    assert named_line(stale, path) == 'msgid "Late afternoon in Provence, as it used to be."'


def test_a_broken_catalogue_is_a_syntax_error_with_its_line(tmp_path):
    folder = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, folder)
    path = catalogue_path("fr", folder)
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[40] = 'msgstr "an unclosed string'
    path.write_text("\n".join(lines), encoding="utf-8")
    problems = [str(problem) for problem in check_languages(folder)]
    assert len(problems) == 1 and problems[0].startswith(f"{path}:") and ".po syntax error" in problems[0]


def test_a_third_language_costs_one_file_and_falls_back_to_english(tmp_path):
    """As TRANSLATING.md says: make the template, copy it, translate some of it, check it."""
    folder = tmp_path / "locale"
    template = write_template(folder / "game.pot")
    path = catalogue_path("pl", folder)
    path.parent.mkdir(parents=True)
    shutil.copy(template, path)
    catalogue = polib.pofile(str(path), wrapwidth=0)
    entry(catalogue, "ui.new_game").msgstr = "Nowa gra"
    entry(catalogue, "language.name").msgstr = "Polski"
    entry(catalogue, "vineyard_intro.2").msgstr = "Późne popołudnie w Prowansji."
    catalogue.save(str(path))

    assert shipped_languages(folder) == ("en", "pl")
    assert language_names(folder) == {"en": "English", "pl": "Polski"}
    polish = Strings("pl", locale_dir=folder)
    assert polish("ui.new_game") == "Nowa gra"
    assert polish("ui.continue") == "Continue"  # not translated yet: English
    lines = Translations("pl", folder)
    assert lines.story_line("vineyard_intro.2", "Late afternoon in Provence. The cicadas have been at it since "
                            "noon and show no sign of tiring.") == "Późne popołudnie w Prowansji."
    assert lines.story_line("vineyard_intro.3", "The light lies long and gold.") == "The light lies long and gold."
    problems = [str(problem) for problem in check_catalogue(path, template_entries())]
    assert f"{path}:1: ui.continue: not translated" not in problems  # present, but empty
    assert any(problem.startswith(f"{path}:") and "ui.continue: empty translation" in problem for problem in problems)
    assert len(problems) > 900  # everything else is still to do


def test_the_pseudo_locale_is_accented_longer_and_bracketed():
    assert pseudo("New game") == "«Ñéŵ ĝáméé»"
    text = "She is looking at the stars, {name}."
    made = pseudo(text)
    assert is_pseudo(made) and "{name}" in made and "a" not in made.replace("{name}", "")
    assert len(made) >= 1.3 * len(text)
    strings = Strings(PSEUDO)
    assert strings("ui.music_volume", value=70).endswith("70%»")
    assert Session.new(PSEUDO).speaker_name("sophie") == "«Šópĥíé»"


def test_a_line_on_screen_is_told_again_when_the_language_changes_in_the_pause_menu():
    from game.core.context import Context
    from game.core.input import InputFrame
    from game.scenes.dialogue import DialogueScene

    ctx = Context(session=Session.new("en"), announce=lambda line: None)
    scene = DialogueScene(ctx, "vineyard_bench")
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    assert scene.line.text == "He sits on the stone bench and lets his knees complain."
    ctx.settings.language = "fr"  # as Settings does, then applies it
    ctx.apply_language()
    scene.update(InputFrame(), 1 / 60)
    assert scene.line.text == "Il s’assoit sur le banc de pierre et laisse ses genoux se plaindre."
    assert ctx.session.story.get("chores_done") == 0


def test_a_maps_words_are_shown_in_the_players_language_and_follow_a_change(tmp_path):
    """He looks at a thing on a map: its text comes from the catalogue (by map and object, here by its
    English), and a language changed while it is shown shows at once."""
    import mapkit
    from game.content.strings import Strings
    from game.core.context import TICK
    from game.core.input import InputFrame, Intent
    from game.scenes import new_context
    from game.scenes.explore import ExploreScene
    from game.scenes.message import MessageScene

    mapkit.write_tileset(tmp_path)
    hall = mapkit.write_map(tmp_path, "hall", mapkit.ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3},
        {"kind": "interactable", "name": "window", "x": 4, "y": 1, "w": 1, "h": 1,
         "props": {"text": "She is looking at the stars.", "prompt": "Look"}}])
    ctx = new_context(session=Session.new("fr"), announce=lambda line: None)
    ctx.strings = Strings("fr")
    scene = ExploreScene(ctx, hall)
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    scene.level.set_player_position(4.5 * 16, 2.9 * 16, "up")
    ctx.scenes.update(InputFrame.of(pressed=[Intent.INTERACT]), TICK)
    ctx.scenes.update(InputFrame(), TICK)
    message = ctx.scenes.top
    assert isinstance(message, MessageScene) and message.text == "Elle regarde les étoiles."
    ctx.strings = Strings("en")  # the pause menu's language, applied
    ctx.scenes.update(InputFrame(), TICK)
    assert message.text == "She is looking at the stars."


def test_check_without_the_ink_sources_still_holds_each_entry_to_its_english(tmp_path, monkeypatch):
    """A copy of the game to play carries story.json and not the Ink: --check then checks every entry
    the catalogue has against the English it carries (and says the story's sources were not read)."""
    monkeypatch.setattr(catalogues, "STORY_DIR", tmp_path / "no-sources")
    problems, path = check_copy(tmp_path, lambda po: setattr(entry(po, "dinner.51"), "msgstr", "Sans {rien}."))
    assert len(problems) == 1
    assert problems[0].endswith(": dinner.51: placeholders {rien} should be {noticed_list}, as in the English")
    assert named_line(problems[0], path) == 'msgstr "Sans {rien}."'


def test_lang_on_the_command_line_is_for_the_run_and_not_saved(tmp_path, monkeypatch):
    """`--lang fr` plays in French; a setting changed during the run is saved, the language as the
    player had it; a language the player then picks in Settings is theirs, and saved."""
    import tomllib

    from game import cli
    from game.app import App

    (tmp_path / "settings.toml").write_text('language = "en"\nmusic_volume = 0.7\n', encoding="utf-8")
    seen = {}

    def play(app, first_scene, inputs=None):  # instead of the loop: what a player does in Settings
        seen["strings"] = app.ctx.strings("ui.new_game")
        app.ctx.settings.music_volume = 0.3
        app.ctx.settings_changed()
        seen["after_volume"] = tomllib.loads((tmp_path / "settings.toml").read_text(encoding="utf-8"))
        app.ctx.settings.language = "en"  # Settings → Language, twice: English, then French
        app.ctx.settings_changed()
        app.ctx.settings.language = "fr"
        app.ctx.settings_changed()

    monkeypatch.setattr(App, "run", play)
    assert cli.main(["--headless", "--lang", "fr", "--data-dir", str(tmp_path), "--frames", "1"]) == 0
    assert seen["strings"] == "Nouvelle partie"
    assert seen["after_volume"]["language"] == "en" and seen["after_volume"]["music_volume"] == 0.3
    assert tomllib.loads((tmp_path / "settings.toml").read_text(encoding="utf-8"))["language"] == "fr"
    assert cli.main(["--headless", "--lang", "xx", "--data-dir", str(tmp_path)]) == 2


def test_an_unknown_language_on_the_command_line_is_refused_by_name():
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--headless", "--lang", "xx"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "--lang: no language 'xx' (there are en, fr and the pseudo-locale qps-ploc" in result.stderr
