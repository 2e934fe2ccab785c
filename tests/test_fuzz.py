"""Fuzzing every loader of player- or maker-supplied data: saves, Ink state, settings, maps.

Whatever the bytes, a loader either gives valid data or takes its clear error path:
SaveError (the bad save kept aside), the settings notice (defaults for the bad parts,
or the whole file kept aside), ContentError naming the file and the place. Nothing
else may escape, and nothing read is ever run as code.

Examples are derandomised (the "fuzz" profile in tests/conftest.py), so every run
tries the same cases; raise HYPOTHESIS_PROFILE=fuzz-long to search wider locally.
"""

from __future__ import annotations

import functools
import json
import math
import tempfile
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import currently_in_test_context, event, given, settings
from hypothesis import strategies as st

import mapkit
from game.content.chapters import CHAPTER_IDS
from game.content.errors import ContentError
from game.content.map_files import map_names
from game.content.maps import load_map
from game.content.object_kinds import CONDITIONS, KINDS
from game.content.story import Story, story_path
from game.content.strings import LANGUAGES
from game.core.context import TICK, Context
from game.core.input import InputFrame
from game.core.saves import FACINGS, FORMAT, SaveData, SaveError, SaveStore, parse, serialise
from game.core.settings import PAD_PROMPTS, TEXT_SPEEDS, Settings, load_settings, save_settings
from game.scenes import new_context
from game.world.level import Level


@contextmanager
def folder():
    """A fresh folder for one example (pytest's tmp_path is made once per test, not per example)."""
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def scaled(fraction: float) -> settings:
    """A share of the profile's examples, for the slower tests (so HYPOTHESIS_PROFILE still scales them)."""
    return settings(max_examples=max(10, int(settings().max_examples * fraction)))


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.bad-*"))


# -- shared junk ---------------------------------------------------------------------------

# JSON-ish values of every shape: what a hand edit, a bad disk or another program might leave
junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=-2**70, max_value=2**70)
    | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)

# raw text no JSON encoder writes, but a file can hold
RAW_FRAGMENTS = ["NaN", "-Infinity", "1e999", "9" * 5000, "[" * 3000, "{" * 3000, '"\\ud800"', '"\\u0000"',
                 "\x00", "\ufeff", "null", "true", '"', "}", "]", ",", ":", "\\"]


# -- saves -----------------------------------------------------------------------------------

@functools.cache
def good_state() -> str:
    """A real Ink state from partway through the evening, with variables of every kind changed."""
    story = Story(story_path())
    story.start("vineyard_intro")
    for _ in range(20):
        step = story.next()
        if step is None:
            break
        if isinstance(step, list):
            story.choose(0)
    story.set("trust", 2)
    story.set("told_berlin", True)
    story.set("bottle_vintage", "1989")
    return story.save()


@functools.cache
def variable_kinds() -> dict[str, type]:
    story = Story(story_path())
    return {name: type(story.get(name)) for name in story.variables}


@functools.cache
def good_save_text() -> str:
    spawn = load_map("vineyard").spawns["default"]
    save = SaveData("vineyard", "vineyard", spawn.x, spawn.y, "left", good_state(), False, ["bread"], ["met_marcel"],
                    {"tail": "won"}, "2024-01-01 20:00:00")
    return serialise(save)


def assert_valid_save(save: SaveData) -> None:
    assert save.chapter in CHAPTER_IDS
    assert isinstance(save.map, str) and save.map.replace("_", "").isalnum()
    assert all(type(v) is float and math.isfinite(v) for v in (save.x, save.y))
    assert save.facing in FACINGS
    assert isinstance(save.story, str) and save.story.startswith("{")
    assert type(save.intro_pending) is bool
    assert all(type(value) is str for value in (save.dialogue, save.minigame, save.ending))
    assert all(isinstance(i, str) for i in save.items + save.flags)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in save.minigames.items())
    assert isinstance(save.saved_at, str)
    # what was read can be written again and reads back the same
    text = serialise(save)
    text.encode("utf-8")
    assert parse(text) == save


def parse_or_save_error(text: str) -> SaveData | None:
    try:
        save = parse(text)
    except SaveError as error:
        assert str(error)
        if currently_in_test_context():
            event("refused")
        return None
    assert_valid_save(save)
    if currently_in_test_context():
        event("loaded")
    return save


@st.composite
def ink_state(draw) -> str:
    """A real Ink state, then broken: variables of wrong types or unknown names, keys gone or junk."""
    state = json.loads(good_state())
    names = st.sampled_from(sorted(variable_kinds())) | st.text(max_size=10)
    values = st.one_of(
        st.integers(-2**40, 2**40), st.floats(), st.booleans(), st.text(max_size=8).map(lambda s: "^" + s),
        st.none(), st.lists(st.integers(), max_size=2), st.fixed_dictionaries({"^->": st.text(max_size=8)}),
        st.fixed_dictionaries({"^var": st.sampled_from(["trust", "nowhere"]), "ci": st.integers(-2, 2)}),
        st.fixed_dictionaries({"list": st.dictionaries(st.text(max_size=6), st.integers(), max_size=2)}),
        junk,
    )
    if draw(st.booleans()):
        state["variablesState"].update(draw(st.dictionaries(names, values, max_size=3)))
    places = ["variablesState", "visitCounts", "turnIndices", "evalStack", "flows", "currentFlowName",
              "inkSaveVersion", "inkFormatVersion", "storySeed", "previousRandom", "turnIdx", "visitCounts.dinner",
              "flows.DEFAULT_FLOW.callstack", "flows.DEFAULT_FLOW.outputStream", "flows.DEFAULT_FLOW.currentChoices",
              "flows.DEFAULT_FLOW.callstack.threads"]
    for place in draw(st.lists(st.sampled_from(places), max_size=2, unique=True)):
        *parents, key = place.split(".")
        node = state
        for parent in parents:
            node = node.get(parent) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            continue
        if draw(st.booleans()):
            node.pop(key, None)
        else:
            node[key] = draw(junk | st.integers(-5, 30) | st.sampled_from(["DEFAULT_FLOW", "nowhere.3", "dinner"]))
    return json.dumps(state)


MAP_NAMES = map_names()
SAVE_KEYS = ["format", "version", "chapter", "map", "x", "y", "facing", "story", "intro_pending", "items", "flags",
             "minigames", "dialogue", "minigame", "ending", "saved_at", "position"]
numbers = st.floats() | st.integers(-10**6, 10**6) | st.sampled_from([1e308, -1e308, 2**64, 0, 5e-324])
PLAUSIBLE = {
    "format": st.sampled_from([FORMAT, "other", ""]),
    "version": st.integers(-2, 4),
    "chapter": st.sampled_from(CHAPTER_IDS) | st.text(max_size=10),
    "map": st.sampled_from(MAP_NAMES + ["nowhere", "../maps/mas", "", "mas.tmx", "MAS", "ｍａｓ", "m" * 5000])
    | st.text(max_size=10),
    "x": numbers,
    "y": numbers,
    "facing": st.sampled_from(FACINGS) | st.text(max_size=6),
    "story": ink_state() | st.text(max_size=20) | st.sampled_from(["{", "{}", '{"flows": 3}', "{\ud800}"]),
    "intro_pending": st.booleans() | st.integers(0, 1),
    "items": st.lists(st.text(max_size=6), max_size=3) | st.lists(junk, max_size=2),
    "flags": st.lists(st.text(max_size=6), max_size=3) | st.lists(junk, max_size=2),
    "minigames": st.dictionaries(st.text(max_size=6), st.text(max_size=6), max_size=2)
    | st.dictionaries(st.text(max_size=6), junk, max_size=2),
    "dialogue": st.sampled_from(["vineyard_marcel", "berlin_after_tail", "ending", "nowhere", "", "a.b"])
    | st.text(max_size=10),
    "minigame": st.sampled_from(["stakeout", "cipher", "tail", "deaddrop", "chess", ""]) | st.text(max_size=8),
    "ending": st.sampled_from(["peace", "dawn", "guarded", "", "happily"]) | st.text(max_size=8),
    "saved_at": st.text(max_size=20) | junk,
    "position": st.lists(numbers, max_size=3) | junk,
}


@st.composite
def mutated_save(draw) -> str:
    """A real save with some fields deleted, given junk, or given plausible-but-wrong values."""
    data = json.loads(good_save_text())
    for key in draw(st.lists(st.sampled_from(SAVE_KEYS), max_size=4, unique=True)):
        action = draw(st.sampled_from(["delete", "junk", "plausible", "plausible"]))
        if action == "delete":
            data.pop(key, None)
        elif action == "junk":
            data[key] = draw(junk)
        else:
            data[key] = draw(PLAUSIBLE[key])
    return json.dumps(data, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 1])))


@st.composite
def damaged_text(draw, good: str) -> str:
    """Text cut short, with bytes flipped, or with a raw fragment spliced in."""
    data = bytearray(good.encode("utf-8"))
    for _ in range(draw(st.integers(1, 3))):
        action = draw(st.sampled_from(["truncate", "flip", "splice", "delete"]))
        where = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "truncate":
            del data[where:]
        elif action == "flip" and data:
            data[where] ^= draw(st.integers(1, 255))
        elif action == "splice":
            data[where:where] = draw(st.sampled_from(RAW_FRAGMENTS)).encode("utf-8", "surrogatepass")
        else:
            del data[where:where + draw(st.integers(1, 40))]
    return bytes(data)


@given(st.binary(max_size=400))
def test_any_bytes_as_a_save_give_a_save_or_a_save_error_and_are_kept_aside(blob):
    with folder() as where:
        store = SaveStore(where)
        store.path.write_bytes(blob)
        try:
            save, _, _ = store.load()
        except SaveError as error:
            assert "starting afresh" in str(error)
            assert not store.exists()
            [backup] = backups(store.path)
            assert backup.read_bytes() == blob  # the player's file is kept whole, never destroyed
        else:
            assert_valid_save(save)


@given(junk)
def test_any_json_value_as_a_save(value):
    parse_or_save_error(json.dumps(value))


@given(st.data())
def test_damaged_save_text(data):
    text = data.draw(damaged_text(good_save_text()))
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError:
        return  # covered by the bytes test through SaveStore.read
    parse_or_save_error(decoded)


@given(mutated_save())
def test_mutated_saves_parse_or_give_a_save_error(text):
    parse_or_save_error(text)


def test_raw_fragments_in_every_field_give_a_save_error():
    good = json.loads(good_save_text())
    for key in SAVE_KEYS:
        for fragment in RAW_FRAGMENTS:
            data = {**good, key: "@@"}
            text = json.dumps(data).replace('"@@"', fragment)
            parse_or_save_error(text)


def test_a_version_1_save_with_a_bad_position_gives_a_save_error():
    good = json.loads(good_save_text())
    for position in ([], [1], [1, 2, 3], "xy", 5, None, {"x": 1}, [None, 1], [True, 2]):
        data = {**good, "version": 1, "position": position}
        del data["x"], data["y"]
        assert parse_or_save_error(json.dumps(data)) is None


def play(ctx: Context, ticks: int) -> None:
    frame = InputFrame.of()
    for _ in range(ticks):
        ctx.scenes.update(frame, TICK)
        ctx.scenes.apply_pending()
        ctx.clock.ticks += 1


@scaled(0.4)
@given(st.data())
def test_continuing_from_any_save_starts_the_game_or_sets_the_save_aside(data):
    if data.draw(st.integers(0, 3)):
        blob = data.draw(mutated_save()).encode("utf-8", "surrogatepass")
    else:  # a damaged file, bytes and all
        blob = data.draw(damaged_text(good_save_text()))
    with folder() as where:
        store = SaveStore(where)
        store.path.write_bytes(blob)
        ctx = new_context(saves=store, announce=lambda line: None)
        continued = ctx.nav.continue_game()
        # a whole save that cannot be used here (an evening played to its end, a newer game's) stays as it is
        intact = ctx.mail.notice == ctx.strings("saves.evening_over") or "left as it is" in (ctx.mail.notice or "")
        event("left as it is" if intact else "set aside" if not continued else "continued")
        if intact:
            assert not continued and store.path.read_bytes() == blob
            return
        if not continued:
            assert ctx.mail.notice and "starting afresh" in ctx.mail.notice
            [backup] = backups(store.path)
            assert backup.read_bytes() == blob
            assert not store.exists()
            return
        assert ctx.mail.notice is None
        ctx.scenes.apply_pending()
        play(ctx, 90)  # long enough for a pending chapter intro to begin
        ctx.nav.autosave()
        assert ctx.mail.notice is None
        assert_valid_save(store.read())  # what the game writes back is always a good save


# -- Ink state from saves --------------------------------------------------------------------

@given(ink_state())
def test_a_broken_ink_state_is_refused_clearly_or_loads_whole(state):
    story = Story(story_path())
    try:
        story.load(state)
    except ContentError as error:
        assert error.file.endswith("story.json") and error.place == "state"
        event("refused")
        return
    event("loaded")
    # every variable the story declares still has its declared type...
    for name, kind in variable_kinds().items():
        assert type(story.get(name)) is kind, name
    # ...the state saves and loads again, and the story plays on
    again = Story(story_path())
    again.load(story.save())
    for knot in ("dinner", "garden_intro"):
        story.start(knot)
        for _ in range(30):
            step = story.next()
            if step is None:
                break
            if isinstance(step, list):
                story.choose(len(step) - 1)


def test_a_failed_load_leaves_the_story_as_it_was():
    story = Story(story_path())
    story.load(good_state())
    before = story.save()
    broken = json.loads(good_state())
    broken["variablesState"]["trust"] = "^lots"
    with pytest.raises(ContentError, match="trust"):
        story.load(json.dumps(broken))
    assert story.save() == before and story.get("trust") == 2


# -- settings --------------------------------------------------------------------------------

def assert_valid_settings(loaded: Settings) -> None:
    for name in ("music_volume", "effects_volume"):
        value = getattr(loaded, name)
        assert type(value) is float and 0.0 <= value <= 1.0, name
    assert loaded.text_speed_name in TEXT_SPEEDS
    assert type(loaded.window_scale) is int and 0 <= loaded.window_scale <= 8
    for name in ("fullscreen", "assist", "reduced_flashing"):
        assert type(getattr(loaded, name)) is bool, name
    assert loaded.language in LANGUAGES and loaded.pad_prompts in PAD_PROMPTS
    assert isinstance(loaded.keys, dict)
    assert all(isinstance(k, str) and isinstance(v, list) and all(isinstance(n, str) for n in v)
               for k, v in loaded.keys.items())


def load_settings_checked(path: Path, blob: bytes) -> tuple[Settings, str | None]:
    path.write_bytes(blob)
    loaded, notice = load_settings(path)
    assert_valid_settings(loaded)
    assert notice is None or isinstance(notice, str) and notice
    if currently_in_test_context():
        event("set aside" if not path.exists() else "some reset" if notice else "read")
    if not path.exists():  # set aside whole: the player's file is kept as it was, and said so
        [backup] = backups(path)
        assert backup.read_bytes() == blob and backup.name in notice
        assert loaded == Settings()
    # what was kept can be written and reads back the same, with nothing to report
    save_settings(loaded, path)
    assert load_settings(path) == (loaded, None)
    return loaded, notice


@given(st.binary(max_size=300))
def test_any_bytes_as_settings(blob):
    with folder() as where:
        load_settings_checked(where / "settings.toml", blob)


SETTING_NAMES = [item.name for item in fields(Settings)]
TOML_KEYS = [*SETTING_NAMES, "interact", "up", '"quoted key"', "a.b", "x"]
TOML_VALUES = ['"fast"', '"fr"', '"auto"', "1.5", "-0.0", "nan", "-inf", "true", "false", "7", "-1", "0x10", "1e400",
               "99999999999999999999999", '["space", "f"]', '["space", 3]', "[[]]", "{}", '{ up = ["w"] }',
               "1979-05-27",
               '"""multi\nline"""', "'literal'", r'"\u0000"', r'"tab\there"', "[" * 2000 + "]" * 2000]
TOML_BROKEN = [r'"\ud800"', r'"\x41"', '"raw\x00nul"', "[", "]", "{", '"', "", "= =", "[" * 2000]
TOML_HEADERS = ["[keys]", "[keys.up]", "[[keys]]", "[other]", "# note", ""]
toml_line = st.tuples(st.sampled_from(TOML_KEYS), st.sampled_from(TOML_VALUES)).map(" = ".join)
toml_lines = st.one_of(
    toml_line, toml_line, toml_line, st.sampled_from(TOML_HEADERS),
    st.tuples(st.sampled_from(TOML_KEYS), st.sampled_from(TOML_BROKEN)).map(" = ".join), st.text(max_size=8),
)


@given(st.booleans(), st.lists(toml_lines, max_size=10).map("\n".join))
def test_toml_ish_text_as_settings(bom, text):
    with folder() as where:
        blob = ("\ufeff" if bom else "").encode("utf-8") + text.encode("utf-8")  # a byte-order mark, as Notepad writes
        load_settings_checked(where / "settings.toml", blob)


def toml_string(text: str) -> str:
    return '"' + "".join(f"\\u{ord(c):04x}" if c in '"\\' or ord(c) < 0x20 or ord(c) == 0x7f else c
                         for c in text) + '"'


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    return toml_string(value)


toml_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=8)
toml_leaf = (st.booleans() | st.integers(-2**63, 2**63 - 1) | st.floats() | toml_text
             | st.sampled_from([*TEXT_SPEEDS, *LANGUAGES, *PAD_PROMPTS, "space", "f"]))
toml_values = st.recursive(toml_leaf, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(toml_text, inner, max_size=3), max_leaves=6)


# rebound keys as a hand edit may leave them: odd intent and key names, quotes, tabs, newlines
key_names = st.sampled_from(["interact", "up", "menu", "a b", "x=y", "[keys]"]) | toml_text
keys_tables = st.dictionaries(key_names, st.lists(st.sampled_from(["space", "f", "left shift"]) | toml_text,
                                                  max_size=2), max_size=3)


@given(st.dictionaries(st.sampled_from(SETTING_NAMES) | toml_text, toml_values, max_size=6), st.none() | keys_tables)
def test_valid_toml_with_wrong_types_unknown_keys_and_odd_values(table, keys):
    if keys is not None:
        table["keys"] = keys
    text = "".join(f"{toml_string(key)} = {toml_value(value)}\n" for key, value in table.items())
    with folder() as where:
        path = where / "settings.toml"
        loaded, notice = load_settings_checked(path, text.encode("utf-8"))
        assert path.exists()  # valid TOML is never set aside: only its bad values are reset
        defaults = Settings()
        for name in SETTING_NAMES:
            if name in table and getattr(loaded, name) == getattr(defaults, name) != table[name]:
                # reset to the default: said so, by name (unless the value was merely clamped to it)
                assert name in (notice or "") or isinstance(table[name], (int, float)), name


# -- maps ------------------------------------------------------------------------------------

SPAWN = {"kind": "spawn", "name": "default", "x": 2.5, "y": 3}
XML_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn")), max_size=10)
PROP_NAME = st.from_regex(r"[a-z_]{1,10}", fullmatch=True)


# any value of any type Tiled can hold, and the near misses a map maker makes
wrong_values = st.one_of(
    st.booleans(), st.integers(-2**31, 2**31), st.integers(), st.floats(), XML_TEXT,
    st.sampled_from(["", " ", "#12345", "#zzzzzz", "North", "ending,nowhere", "True", "1.5"]),
)


def right_values(prop):
    """Values of the property's own type (still odd at times: negative, huge, NaN, blank)."""
    if prop.choices:
        return st.sampled_from(prop.choices)
    if prop.kind is bool:
        return st.booleans()
    if prop.kind is int:
        return st.integers(-5, 400) | st.integers()
    if prop.kind is float:
        return st.floats(-100, 300) | st.floats()
    if prop.name == "color":
        return st.sampled_from(["#ffc878", "#80ffc878", "ffc878", " #ABCDEF "])
    if prop.name == "chapters":
        return st.lists(st.sampled_from(CHAPTER_IDS + ("atlantis",)), max_size=2).map(",".join)
    if prop.name == "if_var":
        return st.sampled_from(["", "trust", "!heard_knock", "nowhere", "!", "  "])
    return st.sampled_from(["stephane", "dinner", "vineyard", "default"]) | XML_TEXT


@st.composite
def map_object(draw) -> dict:
    """An object of a registered kind, right in every way, then given a mistake or two a map maker might make."""
    kind = KINDS[draw(st.sampled_from(KINDS.names()))]
    declared = kind.props + (CONDITIONS if kind.name != "spawn" else ())
    props = {prop.name: draw(right_values(prop)) for prop in declared if prop.required or draw(st.booleans())}
    if kind.one_of and not any(props.get(name) for name in kind.one_of):
        props["text"] = "Bonsoir."
    name = draw(XML_TEXT.filter(str.strip) if kind.name == "spawn" else st.none() | XML_TEXT)
    obj = {"kind": kind.name, "x": draw(st.sampled_from([0, 1, 2.5, -3, 40])),
           "y": draw(st.sampled_from([0, 1, 3, 6.9])), "props": props, "name": name}
    if draw(st.integers(0, 15)) == 0:  # a hand edit Tiled would never write
        obj[draw(st.sampled_from(["x", "y"]))] = draw(st.sampled_from([math.nan, math.inf, -math.inf]))
    shape = kind.shape if kind.shape != "any" else draw(st.sampled_from(["point", "rect"]))
    for _ in range(draw(st.sampled_from([0, 0, 1, 1, 2]))):
        mistake = draw(st.sampled_from(["wrong value", "wrong value", "drop", "unknown", "kind", "shape", "size",
                                        "points", "no name"]))
        if mistake == "wrong value" and declared:
            props[draw(st.sampled_from([prop.name for prop in declared]))] = draw(wrong_values)
        elif mistake == "drop" and props:
            del props[draw(st.sampled_from(sorted(props)))]
        elif mistake == "unknown":  # a made-up name, a misspelling, or one pytmx keeps for itself
            props[draw(PROP_NAME | st.sampled_from(["x", "name", "type", "width", "properties", "Text"]))] = \
                draw(wrong_values)
        elif mistake == "kind":
            obj["kind"] = draw(st.sampled_from(["", "dragon", "Door", " door"]) | XML_TEXT)
        elif mistake == "shape":
            shape = draw(st.sampled_from(["point", "rect", "polyline"]))
        elif mistake == "no name":
            obj["name"] = None
        else:
            shape = f"bad {shape}"
    if shape.endswith("rect"):
        sides = st.sampled_from([-1, 0]) | st.floats(-5, 5) if shape.startswith("bad") else st.sampled_from([0.5, 1, 3])
        obj["w"], obj["h"] = draw(st.tuples(sides, sides))
    elif shape.endswith("polyline"):
        points = st.tuples(st.floats(-3, 12), st.floats(-3, 12))
        obj["points"] = draw(st.lists(points, max_size=1) if shape.startswith("bad") else
                             st.lists(points, min_size=2, max_size=4))
    return obj


@pytest.fixture(scope="module")
def map_folder(tmp_path_factory):
    where = tmp_path_factory.mktemp("fuzz_maps")
    mapkit.write_tileset(where)
    return where


@scaled(1.7)
@given(objects=st.lists(map_object(), min_size=1, max_size=3))
def test_map_objects_with_random_properties_load_or_name_the_file_and_object(map_folder, objects):
    path = mapkit.write_map(map_folder, "fuzz", mapkit.ROOM, [SPAWN, *objects])
    try:
        map_data = load_map(path)
    except ContentError as error:
        event("refused")
        assert error.file == str(path), error
        # ids are given in order from 1: the spawn, then each fuzzed object
        assert error.place in {str(i) for i in range(2, len(objects) + 2)}, error
        return
    event("loaded")
    assert [spec.object_id for spec in map_data.objects] == list(range(1, len(objects) + 2))
    for spec in map_data.objects:
        assert all(math.isfinite(v) for v in (spec.x, spec.y, spec.w, spec.h)), spec
        assert spec.w >= 0 and spec.h >= 0, spec
        kind = KINDS[spec.kind]
        for prop in kind.props + (CONDITIONS if spec.kind != "spawn" else ()):
            assert type(spec.props[prop.name]) is prop.kind or spec.props[prop.name] is None, (spec, prop)
    Level(map_data, "default", chapter="vineyard", story_get=lambda name: None)  # and it makes a level


@functools.cache
def base_map_files() -> dict[str, bytes]:
    with folder() as where:
        mapkit.write_tileset(where)
        mapkit.write_template(where, "lamp", "light", props={"radius": 30})
        mapkit.two_rooms(where)
        mapkit.write_map(where, "hall", mapkit.ROOM, [
            SPAWN,
            {"template": "lamp.tx", "x": 3, "y": 3},
            {"kind": "patrol", "name": "guard", "x": 1, "y": 1, "points": [(0, 0), (4, 0)], "props": {"speed": 20.0}},
            {"kind": "door", "name": "to_cellar", "x": 8, "y": 2, "w": 1, "h": 1,
             "props": {"target_map": "cellar", "target_spawn": "from_hall", "chapters": "vineyard"}},
            {"kind": "npc", "name": "marcel", "x": 2.5, "y": 6, "props": {"sprite": "stephane", "knot": "dinner"}},
        ])
        return {name: (where / name).read_bytes() for name in ("hall.tmx", "test.tsx", "test.png", "lamp.tx")}


@scaled(1.7)
@given(target=st.sampled_from(["hall.tmx", "hall.tmx", "hall.tmx", "test.tsx", "lamp.tx"]), data=st.data())
def test_corrupt_map_files_give_a_content_error_naming_the_file(map_folder, target, data):
    files = base_map_files()
    for name, blob in files.items():
        (map_folder / name).write_bytes(blob)
    damaged = data.draw(damaged_text(files[target].decode("utf-8")))
    (map_folder / target).write_bytes(damaged)
    path = map_folder / "hall.tmx"
    try:
        map_data = load_map(path)
    except ContentError as error:
        named = {str(map_folder / name) for name in ("hall.tmx", "test.tsx", "lamp.tx")}
        assert error.file in named, error
        event("refused")
        return
    event("loaded")
    Level(map_data, "default")


def test_no_loader_runs_what_it_reads_as_code():
    """Saves, settings, maps and story state are data: parsed by JSON, TOML and XML readers, never run."""
    import inspect

    import game.content.maps
    import game.content.object_kinds
    import game.content.story
    import game.core.saves
    import game.core.saving
    import game.core.settings

    for module in (game.core.saves, game.core.settings, game.content.maps, game.content.object_kinds,
                   game.content.story, game.core.saving):
        source = inspect.getsource(module)
        for word in ("eval(", "exec(", "pickle", "marshal", "shelve", "yaml", "__import__", "compile("):
            assert word not in source, f"{module.__name__} uses {word}"
