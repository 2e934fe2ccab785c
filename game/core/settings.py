"""The player's settings, kept between runs in a TOML file in the user's config folder.

A missing file gives the defaults; a broken one is kept aside as a backup, the
defaults are used and a message says so. Writing is atomic, like saves.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from game.content.locale import is_language
from game.core.files import keep_aside, write_atomically

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
        return value if is_language(value) else None  # English, a catalogue present, or the pseudo-locale
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
    """The settings in `path`, and a message for the player when the file had to be set aside."""
    settings = Settings()
    if not path.is_file():
        return settings, None
    try:
        # utf-8-sig: a byte-order mark, as some editors write, is not an error
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as error:
        if isinstance(error, RecursionError):  # arrays nested thousands deep
            error = "values nested too deeply"
        try:
            kept = f"The old file is kept as {keep_aside(path).name}."
        except OSError as move_error:
            kept = f"The old file could not be moved aside ({move_error.strerror})."
        return settings, f"Settings could not be read ({error}); defaults are used. {kept}"
    ignored = []
    for item in fields(Settings):
        if item.name in data:
            value = _valid(item.name, data[item.name], getattr(settings, item.name))
            if value is None:
                ignored.append(item.name)
            else:
                setattr(settings, item.name, value)
    message = f"Some settings were not valid and were reset: {', '.join(ignored)}." if ignored else None
    return settings, message


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return _toml_string(str(value))


def _toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, so it always reads back."""
    return '"' + "".join(f"\\u{ord(c):04x}" if c in '"\\' or ord(c) < 0x20 or ord(c) == 0x7F else c
                         for c in text) + '"'


def save_settings(settings: Settings, path: Path) -> None:
    lines = ["# The Weight of Secrets: settings (written by the game; safe to edit)"]
    for item in fields(Settings):
        if item.name != "keys":
            lines.append(f"{item.name} = {_toml_value(getattr(settings, item.name))}")
    lines.append("")
    lines.append("[keys]")
    for intent, names in sorted(settings.keys.items()):
        lines.append(f"{_toml_string(intent)} = {_toml_value(names)}")  # quoted: a hand-edited name may hold anything
    write_atomically(path, "\n".join(lines) + "\n")
