"""Save generations: a new save keeps the ones before it; a bad save falls back to the newest good one;
loading deletes nothing, and a save that is intact but cannot be read is left where it is."""

import json
import pathlib

import pytest

from game.core.saves import GENERATIONS, SaveData, SaveError, SaveStore
from game.core.session import Session
from game.scenes import new_context
from game.scenes.title import TitleScene

STORY = Session.new().story.save()


def a_save(chapter: str = "dinner", x: float = 392.0) -> SaveData:
    return SaveData(chapter, "mas", x, 140.8, "up", STORY, False, ["bread"], [], {})


def files(folder) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_each_save_keeps_the_three_before_it_newest_first(tmp_path):
    store = SaveStore(tmp_path)
    for n in range(5):
        store.write(a_save(x=100.0 + n))
    assert GENERATIONS >= 3
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["save.json"] + [f"save.json.{n}" for n in range(1, GENERATIONS + 1)][:4]
    assert store.read().x == 104.0
    assert [store.read(store.generation(n)).x for n in (1, 2, 3)] == [103.0, 102.0, 101.0]


def test_saving_the_same_evening_again_does_not_push_out_an_older_one(tmp_path):
    store = SaveStore(tmp_path)
    store.write(a_save(x=1.0))
    store.write(a_save(x=2.0))
    store.write(a_save(x=2.0))  # the window closed at the title after Save and quit: nothing new
    assert store.read(store.generation(1)).x == 1.0 and not store.generation(2).exists()


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],
    lambda text: json.dumps({**json.loads(text), "chapter": "atlantis"}),
    lambda text: json.dumps({**json.loads(text), "story": '{"flows": "nonsense"}'}),  # Ink refuses it
])
def test_a_bad_save_falls_back_to_the_newest_good_generation_and_says_so(tmp_path, damage):
    store = SaveStore(tmp_path)
    store.write(a_save("visitor"))
    store.write(a_save("dinner"))
    store.path.write_text(damage(store.path.read_text(encoding="utf-8")), encoding="utf-8")
    before = files(tmp_path)
    ctx = new_context(saves=store, announce=lambda line: None)
    assert ctx.nav.continue_game() and ctx.session.chapter == "visitor"
    notice = ctx.mail.notice
    assert "save.json.1" in notice and str(tmp_path) in notice and "kept as save.json.bad-" in notice
    # nothing is lost: the bad save is kept aside whole, the generations stay
    after = files(tmp_path)
    [bad] = [name for name in after if name.startswith("save.json.bad-")]
    assert after[bad] == before["save.json"] and after["save.json.1"] == before["save.json.1"]


def test_a_bad_generation_is_passed_over_for_an_older_good_one(tmp_path):
    store = SaveStore(tmp_path)
    for chapter in ("vineyard", "visitor", "dinner"):
        store.write(a_save(chapter))
    store.path.write_text("{", encoding="utf-8")
    store.generation(1).write_text("not json", encoding="utf-8")
    ctx = new_context(saves=store, announce=lambda line: None)
    assert ctx.nav.continue_game() and ctx.session.chapter == "vineyard"
    assert "save.json.2" in ctx.mail.notice
    [kept] = tmp_path.glob("save.json.1.bad-*")  # kept aside whole, like the current one
    assert kept.read_text(encoding="utf-8") == "not json"


def test_with_every_generation_bad_the_title_stays_and_nothing_is_deleted(tmp_path):
    store = SaveStore(tmp_path)
    store.write(a_save())
    store.write(a_save(x=5.0))
    store.path.write_text("{", encoding="utf-8")
    store.generation(1).write_text("[", encoding="utf-8")
    ctx = new_context(saves=store, announce=lambda line: None)
    title = TitleScene(ctx)
    assert title.items[0] == "continue"
    title.choose("continue")
    assert "starting afresh" in ctx.mail.notice and title.items[0] == "new"  # nothing is left to continue
    contents = sorted(files(tmp_path).values())
    assert contents == sorted([b"{", b"["])  # every file kept, whole


def test_when_the_current_save_is_gone_the_newest_generation_is_continued(tmp_path):
    store = SaveStore(tmp_path)
    store.write(a_save("visitor"))
    store.write(a_save("dinner"))
    store.path.unlink()  # a kill between the rotation and the new save's rename
    ctx = new_context(saves=store, announce=lambda line: None)
    assert ctx.nav.continue_game() and ctx.session.chapter == "visitor"
    assert ctx.mail.notice.startswith(f"There is no save.json in {tmp_path}; continuing from the save before it")


def test_a_save_from_a_newer_game_is_intact_and_stays_where_it_is(tmp_path):
    store = SaveStore(tmp_path)
    store.write(a_save("visitor"))
    store.write(a_save("dinner"))
    newer = json.dumps({**json.loads(store.path.read_text(encoding="utf-8")), "version": 99})
    store.path.write_text(newer, encoding="utf-8")
    ctx = new_context(saves=store, announce=lambda line: None)
    assert ctx.nav.continue_game() and ctx.session.chapter == "visitor"
    assert "newer version" in ctx.mail.notice and "left as it is" in ctx.mail.notice
    assert store.path.read_text(encoding="utf-8") == newer  # not renamed: a newer game can still read it


@pytest.fixture
def unreadable(monkeypatch):
    """Files named here raise PermissionError when read, as for a player without the right to read them
    (the tests run as root, whom chmod does not stop)."""
    names = set()
    real_read_bytes = pathlib.Path.read_bytes

    def read_bytes(path):
        if path.name in names:
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    return names


def test_a_save_that_cannot_be_read_for_lack_of_permission_is_not_damaged(tmp_path, unreadable):
    store = SaveStore(tmp_path)
    store.write(a_save("visitor"))
    store.write(a_save("dinner"))
    before = files(tmp_path)
    unreadable.add("save.json")
    ctx = new_context(saves=store, announce=lambda line: None)
    title = TitleScene(ctx)
    assert title.items[0] == "continue"  # Continue stays
    assert not ctx.nav.continue_game()  # an older save is not played over the player's latest
    assert "Permission denied" in ctx.mail.notice and str(tmp_path) in ctx.mail.notice
    assert "kept as" not in ctx.mail.notice and title.items[0] == "continue"
    unreadable.clear()
    assert files(tmp_path) == before  # nothing renamed, nothing deleted


def test_settings_that_cannot_be_read_for_lack_of_permission_are_left_alone(tmp_path, unreadable):
    from game.core.settings import Settings, load_settings, save_settings

    path = tmp_path / "settings.toml"
    save_settings(Settings(music_volume=0.2), path)
    written = path.read_bytes()
    unreadable.add("settings.toml")
    settings, notice = load_settings(path)
    assert settings == Settings() and "Permission denied" in notice and str(tmp_path) in notice
    unreadable.clear()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.toml"] and path.read_bytes() == written


def test_a_json_error_is_told_in_plain_words(tmp_path):
    store = SaveStore(tmp_path)
    store.write(a_save())
    text = store.path.read_text(encoding="utf-8")
    store.path.write_text(text[: text.index('"mas"') + 3], encoding="utf-8")
    with pytest.raises(SaveError) as error:
        store.read()
    assert "at at" not in str(error.value) and "line" in str(error.value)


def test_a_corrupt_ink_choice_state_is_refused_without_a_panic_on_stderr(tmp_path, capfd):
    """bink's Ink engine (Rust) panicked on a saved choice whose thread is gone, printing its backtrace
    on stderr, although the game recovered."""
    import copy

    from game.content.story import Story

    story = Story()
    story.start("vineyard_marcel")
    item = story.next()
    while not isinstance(item, list):
        item = story.next()
    state = json.loads(story.save())
    broken = copy.deepcopy(state)
    broken["flows"][broken["currentFlowName"]]["currentChoices"][0]["originalThreadIndex"] = 99
    store = SaveStore(tmp_path)
    save = a_save()
    save.story = json.dumps(broken)
    store.write(save)
    capfd.readouterr()
    ctx = new_context(saves=store, announce=lambda line: None)
    assert not ctx.nav.continue_game() and "choice" in ctx.mail.notice
    err = capfd.readouterr().err
    assert "panicked" not in err and "backtrace" not in err
