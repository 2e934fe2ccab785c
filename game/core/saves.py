"""Save files: one evening's progress as JSON, versioned, written atomically.

A save holds the story's whole Ink state and the world's: the chapter, the map,
where he stands and faces, what he carries, flags, and minigame results. A
corrupt, truncated, wrong-version or hand-edited save gives a clear message,
is kept aside as a backup, and never stops the game from starting.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from game.content.chapters import CHAPTER_IDS
from game.core.files import keep_aside, write_atomically

FORMAT = "weight-of-secrets-save"
VERSION = 3
FACINGS = ("down", "left", "right", "up")


class SaveError(Exception):
    """A save that cannot be used; the message is for the player."""


@dataclass
class SaveData:
    chapter: str
    map: str
    x: float
    y: float
    facing: str
    story: str  # the Ink state, as Ink writes it
    intro_pending: bool = False  # saved as the chapter began, before its first words
    items: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    minigames: dict[str, str] = field(default_factory=dict)
    dialogue: str = ""  # a conversation under way (its knot): Continue tells it again from its start
    minigame: str = ""  # a Berlin game under way: Continue begins it again
    ending: str = ""  # the ending reached: the evening is over, there is nothing to continue
    saved_at: str = ""


def _upgrade_v1(data: dict) -> dict:
    """Version 1 kept the position as [x, y] and had no minigame results."""
    position = data.pop("position", [0, 0])
    if not isinstance(position, list) or len(position) != 2:
        raise SaveError("the save's 'position' is missing or not valid")
    x, y = position  # their types are checked with the rest
    data.update(x=x, y=y, minigames={}, version=2)
    return data


def _upgrade_v2(data: dict) -> dict:
    """Version 2 could not say what was under way (a conversation, a Berlin game) or that the evening was over."""
    data.update(dialogue="", minigame="", ending="", version=3)
    return data


UPGRADES = {1: _upgrade_v1, 2: _upgrade_v2}  # version -> function bringing it to version + 1


def _check(data: dict) -> SaveData:
    """The save's fields, checked one by one: a hand-edited save must not slip through."""
    def need(name, kind, test=lambda value: True):
        value = data.get(name)
        # bool is an int in Python; a true/false where a number belongs is still wrong
        wrong_bool = isinstance(value, bool) and kind is not bool
        if wrong_bool or not isinstance(value, kind) or not test(value):
            raise SaveError(f"the save's '{name}' is missing or not valid")
        return value

    def coordinate(value) -> bool:
        # JSON allows NaN and Infinity, 1e999 reads as Infinity, and a huge int overflows a float
        return abs(value) < 1e9 and math.isfinite(value)

    def texts(values) -> bool:
        return all(_text(value) for value in values)

    def name(value) -> bool:  # a knot, a game or an ending: checked against the story where it is used
        return len(value) <= 100 and _text(value)

    number = (int, float)
    saved_at = data.get("saved_at", "")
    return SaveData(
        chapter=need("chapter", str, lambda v: v in CHAPTER_IDS),
        map=need("map", str, lambda v: v.replace("_", "").isalnum() and v.isascii() and len(v) <= 100),
        x=float(need("x", number, coordinate)),
        y=float(need("y", number, coordinate)),
        facing=need("facing", str, lambda v: v in FACINGS),
        story=need("story", str, lambda v: v.startswith("{") and _text(v)),
        intro_pending=need("intro_pending", bool),
        items=need("items", list, texts),
        flags=need("flags", list, texts),
        minigames=need("minigames", dict, lambda v: texts(v) and texts(v.values())),
        dialogue=need("dialogue", str, name),
        minigame=need("minigame", str, name),
        ending=need("ending", str, name),
        saved_at=saved_at if _text(saved_at) else "",
    )


def _text(value) -> bool:
    """A string that can be written back: JSON's \\ud800 escapes give lone surrogates UTF-8 cannot hold."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse(text: str) -> SaveData:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SaveError(f"the save is damaged or cut short ({error.msg} at line {error.lineno})") from None
    except (ValueError, RecursionError):  # a number thousands of digits long, brackets nested thousands deep
        raise SaveError("the save is damaged (a value in it is far too long or too deeply nested)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SaveError("this is not a save of The Weight of Secrets")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SaveError("the save has no valid version")
    if version > VERSION:
        raise SaveError(f"the save comes from a newer version of the game (save version {version}, "
                        f"this game reads up to {VERSION})")
    while version < VERSION:
        data = UPGRADES[version](data)
        version = data["version"]
    return _check(data)


def serialise(save: SaveData) -> str:
    data = {"format": FORMAT, "version": VERSION, **asdict(save)}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


class SaveStore:
    """The save slot in the player's data folder."""

    def __init__(self, folder: Path, name: str = "save.json"):
        self.path = Path(folder) / name

    def exists(self) -> bool:
        return self.path.is_file()

    def write(self, save: SaveData, before_replace=None) -> None:
        save.saved_at = time.strftime("%Y-%m-%d %H:%M:%S")
        write_atomically(self.path, serialise(save), before_replace)

    def read(self) -> SaveData:
        """The save, or SaveError with a message for the player (the bad file is kept aside)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise SaveError("there is no saved game") from None
        except (OSError, UnicodeDecodeError) as error:
            raise self.set_aside(SaveError(f"the save could not be read ({error})")) from None
        try:
            return parse(text)
        except SaveError as error:
            raise self.set_aside(error) from None

    def set_aside(self, error: SaveError) -> SaveError:
        """Move an unusable save out of the way, whole; the error to tell, saying where it went."""
        try:
            backup = keep_aside(self.path)
        except OSError as move_error:
            return SaveError(f"{error}. It could not be moved aside ({move_error.strerror}); starting afresh.")
        return SaveError(f"{error}. It was kept as {backup.name}; starting afresh.")
