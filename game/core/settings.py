"""The player's settings, kept between runs in a TOML file in the user's config folder.

A missing file gives the defaults; a broken one is kept aside as a backup, the
defaults are used and a message says so; one that cannot be read (no permission)
is left alone and never written over. Values that do not fit their declaration in
Settings are reset, and names the game does not know are told, one by one. Writing
is atomic, like saves. A replay's header holds settings too, held to the same rule.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Annotated, Literal

import tomli_w
from msgspec import Meta

from game.content.strings import LANGUAGES
from game.core.declared import Invalid, conform
from game.core.files import keep_aside, write_atomically
from game.core.input import Intent

INTENT_NAMES = frozenset(intent.value for intent in Intent)

PAD_PROMPTS = ("auto", "keyboard", "gamepad")
TEXT_SPEEDS = {"slow": 25.0, "normal": 45.0, "fast": 90.0, "instant": 10_000.0}
TEXT_SPEED_NAMES = tuple(TEXT_SPEEDS)

Volume = Annotated[float, Meta(ge=0.0, le=1.0, description="a number from 0 to 1")]
WindowScale = Annotated[int, Meta(ge=0, le=8, description="a whole number from 0 (as large as fits) to 8")]


@dataclass
class Settings:
    """Every setting, and what it may hold (what is read from settings.toml or a replay is held to it)."""

    music_volume: Volume = 0.7
    effects_volume: Volume = 0.8
    text_speed_name: Literal[TEXT_SPEED_NAMES] = "normal"
    window_scale: WindowScale = 0  # 0: as large as fits; else the canvas × this
    fullscreen: bool = False
    language: Literal[LANGUAGES] = "en"
    pad_prompts: Literal[PAD_PROMPTS] = "auto"  # which buttons prompts show: the device used last, or one fixed
    assist: bool = False  # easier surveillance minigames
    reduced_flashing: bool = False
    # intent name -> key names (pygame.key.name), for rebinding; empty means the defaults
    keys: dict[str, list[str]] = field(default_factory=dict)

    def snapshot(self) -> dict:
        return asdict(self)

    @property
    def text_speed(self) -> float:
        """Characters per second as dialogue types out."""
        return TEXT_SPEEDS.get(self.text_speed_name, TEXT_SPEEDS["normal"])


def setting(name: str, value):
    """`value` as the setting `name` holds it, or Invalid (naming the setting, saying what it must be)."""
    return getattr(conform({name: value}, Settings), name)


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The settings in `path`, and a message for the player when some could not be used."""
    settings, notice, _ = _read(path)
    return settings, notice


def _read(path: Path, may_move: bool = True) -> tuple[Settings, str | None, bool]:
    """The settings, a message for the player, and whether the file may be written over (not when it is
    there, intact perhaps, but could not be read: the player's own file is never replaced unseen).
    A broken file is kept aside when `may_move` (not by a run that writes nothing)."""
    settings = Settings()
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        return settings, None, True
    except OSError as error:  # no permission, a folder in its place: nothing wrong with the file, leave it be
        return settings, (f"Settings could not be read ({error.strerror or error}: {path.name} in {path.parent}); "
                          "the defaults are used, and the file is left as it is."), False
    try:
        # utf-8-sig: a byte-order mark, as some editors write, is not an error
        data = tomllib.loads(blob.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as error:
        if isinstance(error, RecursionError):  # arrays nested thousands deep
            error = "values nested too deeply"
        try:
            kept = f"The old file is kept as {keep_aside(path).name} in {path.parent}." if may_move else \
                f"The file ({path}) is left as it is."
        except OSError as move_error:
            kept = f"The old file could not be moved aside ({move_error.strerror})."
        return settings, f"Settings could not be read ({error}); defaults are used. {kept}", True
    ignored = []
    for item in fields(Settings):
        if item.name in data:
            try:
                setattr(settings, item.name, setting(item.name, data[item.name]))
            except Invalid as problem:
                ignored.append(f"{item.name} ({problem.reason})")
    known = {item.name for item in fields(Settings)}
    unknown = [name for name in data if name not in known]
    unknown += [f"keys.{name}" for name in settings.keys if name not in INTENT_NAMES]
    settings.keys = {name: keys for name, keys in settings.keys.items() if name in INTENT_NAMES}
    said = []
    if ignored:
        said.append(f"Some settings were not valid and were reset: {', '.join(ignored)}.")
    if unknown:
        said.append(f"{path.name} names settings this game does not have, which it ignores: {', '.join(unknown)}.")
    return settings, " ".join(said) or None, True


def save_settings(settings: Settings, path: Path) -> None:
    """Write the settings as TOML (tomli-w: quoting and escapes done right, whatever a name holds)."""
    table = {item.name: getattr(settings, item.name) for item in fields(Settings) if item.name != "keys"}
    table["keys"] = dict(sorted(settings.keys.items()))
    header = "# The Weight of Secrets: settings (written by the game; safe to edit)\n"
    write_atomically(path, header + tomli_w.dumps(table))


class SettingsFile:
    """settings.toml in the player's config folder: read as the game starts, written as settings change."""

    def __init__(self, path: Path, writable: bool = True):
        self.path = Path(path)
        self.writable = writable  # False for runs of tools, and when the file there could not be read

    def load(self) -> tuple[Settings, str | None]:
        settings, notice, replaceable = _read(self.path, may_move=self.writable)
        self.writable = self.writable and replaceable
        return settings, notice

    def save(self, settings: Settings) -> str | None:
        """Keep the settings; a message for the player, naming the folder, when they could not be written."""
        if not self.writable:
            return None
        try:
            save_settings(settings, self.path)
        except OSError as error:
            return f"Settings could not be saved in {self.path.parent} ({error.strerror or error})."
        return None
