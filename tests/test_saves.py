"""Saves: the evening round-trips exactly; bad saves are told, kept aside, and never stop the game."""

import json

import pytest

import evenings
from game.core.saves import SaveData, SaveError, SaveStore, parse, serialise
from game.core.session import Session
from game.players.autoplay import AutoPlayer, ChoicePolicy
from game.scenes import new_context
from game.scenes.explore import ExploreScene


@pytest.mark.parametrize("chapter_id", ["vineyard", "visitor", "dinner", "garden", "berlin", "ending"])
def test_each_chapter_autosaves_as_it_begins_and_the_save_round_trips(chapter_id, open_evening, tmp_path):
    save = open_evening.autosaves[chapter_id]  # read from the save file as the chapter began
    assert save.chapter == chapter_id and save.intro_pending
    store = SaveStore(tmp_path)
    store.write(save)
    # continuing restores the same story state, chapter, items and flags
    resumed = new_context(saves=store, announce=lambda line: None)
    assert resumed.nav.continue_game() and resumed.mail.notice is None
    assert resumed.session.story.save() == save.story
    assert (resumed.session.chapter, resumed.session.items) == (chapter_id, save.items)
    assert resumed.session.story.get("trust") == open_evening.trust[chapter_id]


def test_position_and_facing_round_trip_mid_chapter(tmp_path):
    store = SaveStore(tmp_path)
    ctx = evenings.from_the_title(saves=store)
    player = AutoPlayer(policy=ChoicePolicy("open"))
    evenings.play(ctx, player, until=lambda ctx: ctx.session and ctx.session.chapter == "vineyard")
    evenings.play(ctx, player, limit=900)
    explore = next(s for s in ctx.scenes.scenes if isinstance(s, ExploreScene))
    store.write(ctx.nav.save_data())
    position, facing = explore.level.player_position, explore.level.player_facing
    resumed = new_context(saves=store, announce=lambda line: None)
    assert resumed.nav.continue_game()
    resumed.scenes.apply_pending()
    scene = resumed.scenes.top
    assert (scene.map_name, scene.level.player_facing) == (explore.map_name, facing)
    assert (scene.level.player_position.x, scene.level.player_position.y) == (position.x, position.y)
    assert store.read() == parse(serialise(store.read()))


def a_save() -> SaveData:
    return SaveData("dinner", "mas", 392.0, 140.8, "up", Session.new().story.save(), False, ["bread"], ["x"], {})


@pytest.mark.parametrize("damage, message", [
    (lambda text: text[: len(text) // 2], "damaged or cut short"),
    (lambda text: "not json at all", "damaged or cut short"),
    (lambda text: json.dumps({**json.loads(text), "chapter": "atlantis"}),
     "'chapter' is not valid: it must be one of vineyard, visitor"),
    (lambda text: json.dumps({**json.loads(text), "x": True}), "'x' is not valid: it must be a number of pixels"),
    (lambda text: json.dumps({**json.loads(text), "format": "other"}), "not a save of The Weight of Secrets"),
])
def test_a_bad_save_is_told_kept_aside_and_the_game_still_starts(tmp_path, damage, message):
    store = SaveStore(tmp_path)
    store.write(a_save())
    store.path.write_text(damage(store.path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(SaveError, match=message):
        store.read()  # reading alone changes nothing
    assert store.path.exists()
    with pytest.raises(SaveError, match=message):
        store.load()
    assert not store.exists()
    assert len(list(tmp_path.glob("save.json.bad-*"))) == 1
    # through the title's Continue: a notice, and the title stays
    store.write(a_save())
    store.path.write_text(damage(store.path.read_text(encoding="utf-8")), encoding="utf-8")
    ctx = new_context(saves=store, announce=lambda line: None)
    assert not ctx.nav.continue_game() and message in ctx.mail.notice


def test_a_story_state_that_ink_cannot_load_is_a_bad_save(tmp_path):
    store = SaveStore(tmp_path)
    save = a_save()
    save.story = '{"flows": "nonsense"}'
    store.write(save)
    ctx = new_context(saves=store, announce=lambda line: None)
    assert not ctx.nav.continue_game() and "could not be loaded" in ctx.mail.notice


def test_a_crash_between_the_temporary_file_and_the_rename_keeps_the_last_save(tmp_path):
    store = SaveStore(tmp_path)
    first = a_save()
    store.write(first)

    def crash(temporary):
        raise KeyboardInterrupt("power cut")

    second = a_save()
    second.chapter = "garden"
    with pytest.raises(KeyboardInterrupt):
        store.write(second, before_replace=crash)
    assert store.read().chapter == "dinner"
    assert [p.name for p in tmp_path.iterdir()] == ["save.json"]  # no temporary file left behind


def test_a_version_3_save_as_the_game_has_written_it_loads():
    """The file's fields, spelt out: a change to SaveData's declaration must still read saves already made
    (whole numbers where a place is a number, an unknown field ignored), or bring a migration."""
    story = Session.new().story.save()
    text = json.dumps({"format": "weight-of-secrets-save", "version": 3, "chapter": "garden", "map": "garden",
                       "x": 200, "y": 96.5, "facing": "left", "story": story, "intro_pending": False,
                       "items": ["letter"], "flags": ["met_sophie"], "minigames": {"tail": "won"},
                       "dialogue": "garden_bench", "minigame": "", "ending": "", "saved_at": "2026-11-30 21:04:00",
                       "note": "an older game's field"})
    save = parse(text)
    assert save == SaveData("garden", "garden", 200.0, 96.5, "left", story, False, ["letter"], ["met_sophie"],
                            {"tail": "won"}, "garden_bench", "", "", "2026-11-30 21:04:00")
    assert type(save.x) is float
    without_items = json.loads(text)
    del without_items["items"]
    with pytest.raises(SaveError, match="the save's 'items' is missing"):
        parse(json.dumps(without_items))  # a damaged save: an older generation is continued instead


def test_an_old_version_1_save_is_upgraded():
    text = serialise(a_save())
    data = json.loads(text)
    data["version"] = 1
    data["position"] = [data.pop("x"), data.pop("y")]
    del data["minigames"]
    save = parse(json.dumps(data))
    assert (save.x, save.y, save.minigames) == (392.0, 140.8, {})
