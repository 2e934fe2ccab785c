"""Save files: one evening's progress as JSON, versioned, written atomically, with generations.

A save holds the story's whole Ink state and the world's: the chapter, the map,
where he stands and faces, what he carries, flags, minigame results, and what was
under way. Before a save replaces another, the one it replaces becomes a generation
(save.json.1, the newest, to save.json.3). A corrupt, truncated or hand-edited save
gives a clear message, is kept aside as a backup, and the newest good generation is
continued instead; a save that is whole but cannot be used here (from a newer game,
or one the system will not let the game read) is left where it is. Nothing is ever
deleted by loading, and nothing stops the game from starting.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Annotated, Literal

from msgspec import Meta

from game.content.chapters import CHAPTER_IDS
from game.core.declared import Invalid, conform, writable
from game.core.files import keep_aside, write_atomically
from game.world.components import FACINGS

FORMAT = "weight-of-secrets-save"
VERSION = 3
GENERATIONS = 3  # the saves kept before the current one

# what a save's fields may hold (a hand-edited save must not slip through)
MapName = Annotated[str, Meta(pattern=r"^[A-Za-z0-9_]*[A-Za-z0-9][A-Za-z0-9_]*$", max_length=100,
                               description="the name of a map in maps/ (letters, digits and _)")]
# JSON allows NaN and Infinity, 1e999 reads as Infinity, and a huge int overflows a float: none is a place
Coordinate = Annotated[float, Meta(gt=-1e9, lt=1e9, description="a number of pixels (less than a billion)")]
# as Ink writes it; Ink itself checks the rest as it loads
InkState = Annotated[str, Meta(pattern=r"^\{", description="the story's state as Ink writes it ({…})")]
# a knot, a game or an ending: checked against the story where it is used
StoryName = Annotated[str, Meta(max_length=100, description="a name of up to 100 characters")]


class SaveError(Exception):
    """A save that cannot be used; the message is for the player. A damaged save is kept aside."""

    damaged = True
    fall_back = True  # an older save may be continued instead


class IntactSaveError(SaveError):
    """A save that is whole but cannot be used here (it comes from a newer game): left where it is."""

    damaged = False


class UnreadableSave(IntactSaveError):
    """The system will not let the game read the save (no permission, a folder in its place). The player can
    put that right, so no older save is continued over it."""

    fall_back = False


@dataclass
class SaveData:
    chapter: Literal[CHAPTER_IDS]
    map: MapName
    x: Coordinate
    y: Coordinate
    facing: Literal[FACINGS]
    story: InkState  # the Ink state, as Ink writes it
    intro_pending: bool = False  # saved as the chapter began, before its first words
    items: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    minigames: dict[str, str] = field(default_factory=dict)
    dialogue: StoryName = ""  # a conversation under way (its knot): Continue tells it again from its start
    minigame: StoryName = ""  # a Berlin game under way: Continue begins it again
    ending: StoryName = ""  # the ending reached: the evening is over, there is nothing to continue
    saved_at: str = ""


def _upgrade_v1(data: dict) -> dict:
    """Version 1 kept the position as [x, y] and had no minigame results."""
    position = data.pop("position", [0, 0])
    if not isinstance(position, list) or len(position) != 2:
        raise SaveError("the save's 'position' is not valid: it must be [x, y]")
    x, y = position  # their types are checked with the rest
    data.update(x=x, y=y, minigames={}, version=2)
    return data


def _upgrade_v2(data: dict) -> dict:
    """Version 2 could not say what was under way (a conversation, a Berlin game) or that the evening was over."""
    data.update(dialogue="", minigame="", ending="", version=3)
    return data


UPGRADES = {1: _upgrade_v1, 2: _upgrade_v2}  # version -> function bringing it to version + 1


def _check(data: dict) -> SaveData:
    """The save's fields, held to SaveData's declaration: a hand-edited save must not slip through."""
    data = {name: value for name, value in data.items() if name not in ("format", "version")}
    saved_at = data.get("saved_at", "")
    if not (isinstance(saved_at, str) and writable(saved_at)):
        data["saved_at"] = ""  # only ever shown to the player: a damaged one is forgotten, the evening kept
    # a save is written whole: one without a field the game writes is damaged, not one to fill with defaults
    missing = next((item.name for item in fields(SaveData) if item.name not in data), None)
    if missing is not None:
        raise SaveError(f"the save's '{missing}' is missing")
    try:
        return conform(data, SaveData)
    except Invalid as problem:
        if problem.reason == "missing":
            raise SaveError(f"the save's '{problem.field}' is missing") from None
        raise SaveError(f"the save's '{problem.field}' is not valid: {problem.reason}") from None


def json_problem(error: json.JSONDecodeError) -> str:
    """Where the JSON went wrong, in words: json's own message ends in "at" when a place follows it
    ("Unterminated string starting at")."""
    return f"{error.msg.removesuffix(' at')} at line {error.lineno}, column {error.colno}"


def parse(text: str) -> SaveData:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SaveError(f"the save is damaged or cut short ({json_problem(error)})") from None
    except (ValueError, RecursionError):  # a number thousands of digits long, brackets nested thousands deep
        raise SaveError("the save is damaged (a value in it is far too long or too deeply nested)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SaveError("this is not a save of The Weight of Secrets")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SaveError("the save has no valid version")
    if version > VERSION:
        raise IntactSaveError(f"the save comes from a newer version of the game (save version {version}, "
                        f"this game reads up to {VERSION})")
    while version < VERSION:
        data = UPGRADES[version](data)
        version = data["version"]
    return _check(data)


def serialise(save: SaveData) -> str:
    data = {"format": FORMAT, "version": VERSION, **asdict(save)}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


class SaveStore:
    """The save slot in the player's data folder: save.json, and the generations before it."""

    def __init__(self, folder: Path, name: str = "save.json", writable: bool = True):
        self.folder = Path(folder)
        self.path = self.folder / name
        self.writable = writable  # False for runs of tools: they read the player's save, never write it

    def generation(self, number: int) -> Path:
        """The save before the current one is generation 1, the one before that 2, …"""
        return self.path.with_name(f"{self.path.name}.{number}")

    def saved(self) -> list[Path]:
        """The saves there are, the current one first, then the generations, newest first."""
        paths = [self.path] + [self.generation(n) for n in range(1, GENERATIONS + 1)]
        return [path for path in paths if os.path.lexists(path)]

    def exists(self) -> bool:
        return bool(self.saved())

    def write(self, save: SaveData, before_replace=None) -> None:
        """Save now (unless this store is read-only); the save replaced becomes generation 1.

        `before_replace` is a hook for tests that simulate a crash just before the rename."""
        if not self.writable:
            return
        save.saved_at = time.strftime("%Y-%m-%d %H:%M:%S")
        text = serialise(save)
        if self._holds(text):
            return  # the same evening again: it must not push an older generation out

        def rotate(temporary: Path) -> None:  # once the new save is whole on disk
            if before_replace is not None:
                before_replace(temporary)
            self._rotate()

        write_atomically(self.path, text, rotate)

    def _holds(self, text: str) -> bool:
        """Whether the current save is already this one (but for when it was saved)."""
        try:
            current = json.loads(self.path.read_bytes())
        except (OSError, ValueError, RecursionError):
            return False
        return isinstance(current, dict) and {**current, "saved_at": ""} == {**json.loads(text), "saved_at": ""}

    def _rotate(self) -> None:
        if not os.path.lexists(self.path):
            return
        for number in range(GENERATIONS, 1, -1):
            if os.path.lexists(self.generation(number - 1)):
                os.replace(self.generation(number - 1), self.generation(number))
        os.replace(self.path, self.generation(1))

    def read(self, path: Path | None = None) -> SaveData:
        """One save (the current one unless `path` is given), or SaveError; changes nothing."""
        path = self.path if path is None else path
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise IntactSaveError("there is no saved game") from None
        except OSError as error:
            raise UnreadableSave(f"the save could not be read ({error.strerror or error})") from None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise SaveError("the save is damaged (it is not text)") from None
        return parse(text)

    def peek(self) -> SaveData | None:
        """The newest save as it reads, changing nothing (the title names its chapter); None if it cannot be used."""
        for path in self.saved()[:1]:
            try:
                return self.read(path)
            except SaveError:
                return None
        return None

    def load(self, check=None):
        """The newest save that can be used: (save, check(save) or None, a note for the player when it is
        not the current one), or SaveError when none can be used.

        `check(save)` raises SaveError for what only the game can tell (a story state Ink refuses, a map
        that does not exist). A damaged save is kept aside (save.json.bad-…, whole); an intact save that
        cannot be used here is left as it is; nothing is deleted."""
        told = []
        for path in self.saved():
            try:
                save = self.read(path)
                result = check(save) if check is not None else None
            except SaveError as error:
                told.append(self._what_became_of(path, error))
                if not error.fall_back:
                    raise SaveError(told[-1] + ".") from None
                continue
            if path == self.path:
                return save, result, None
            told = told or [f"There is no {self.path.name} in {self.folder}"]
            note = f"continuing from the save before it ({path.name}, saved {save.saved_at or 'earlier'})."
            return save, result, ". ".join(told) + f"; {note}"
        if not told:
            raise IntactSaveError("there is no saved game")
        raise SaveError(". ".join(told) + "; starting afresh.")

    def _what_became_of(self, path: Path, error: SaveError) -> str:
        where = f"{path.name} ({self.folder}): {error}"
        if not error.damaged:
            return f"{where}. It was left as it is" + ("" if error.fall_back else "; Continue once it can be read")
        if not self.writable:  # a run for tools changes nothing in the player's folder
            return f"{where}. It was passed over"
        try:
            backup = keep_aside(path)
        except OSError as move_error:
            return f"{where}. It could not be moved aside ({move_error.strerror})"
        return f"{where}. It was kept as {backup.name}"
