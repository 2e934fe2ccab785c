"""The player's settings, kept between runs in a TOML file in the user's config folder.

A missing file gives the defaults; a broken one is kept aside as a backup, the
defaults are used and a message says so; one that cannot be read (no permission)
is left alone and never written over. Values that are not valid are reset, and
names the game does not know are told, one by one. Writing is atomic, like saves.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import tomli_w

from game.core.files import keep_aside, write_atomically
from game.core.input import Intent

INTENT_NAMES = frozenset(intent.value for intent in Intent)

LANGUAGES = ("en", "fr")
PAD_PROMPTS = ("auto", "keyboard", "gamepad")
TEXT_SPEEDS = {"slow": 25.0, "normal": 45.0, "fast": 90.0, "instant": 10_000.0}


@dataclass
class Settings:
    music_volume: float = 0.7
    effects_volume: float = 0.8
    text_speed_name: str = "normal"
    window_scale: int = 0  # 0: as large as fits; else the canvas × this
    fullscreen: bool = False
    language: str = "en"
    pad_prompts: str = "auto"  # which buttons prompts show: the device used last, or one fixed
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


def _valid(name: str, value, default):
    """The value if it has the right type and range for the setting, else None."""
    if isinstance(default, bool):
        return value if isinstance(value, bool) else None
    if isinstance(default, float):
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not math.isnan(value):
            return float(min(1, max(0, value)))  # clamped first: a huge TOML integer overflows a float
        return None
    if isinstance(default, int):
        return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 8 else None
    if isinstance(default, str) and not isinstance(value, str):  # a list or a table names no choice
        return None
    if name == "language":
        return value if value in LANGUAGES else None
    if name == "pad_prompts":
        return value if value in PAD_PROMPTS else None
    if name == "text_speed_name":
        return value if value in TEXT_SPEEDS else None
    if name == "keys":
        if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, list)
                                           and all(isinstance(x, str) for x in v) for k, v in value.items()):
            return value
        return None
    return None


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
            value = _valid(item.name, data[item.name], getattr(settings, item.name))
            if value is None:
                ignored.append(item.name)
            else:
                setattr(settings, item.name, value)
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
