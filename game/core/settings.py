"""The player's settings, kept between runs in a TOML file in the user's config folder.

A missing file gives the defaults; a broken one is kept aside as a backup, the
defaults are used and a message says so. Writing is atomic, like saves.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from game.core.files import keep_aside, write_atomically

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

    @property
    def text_speed(self) -> float:
        """Characters per second as dialogue types out."""
        return TEXT_SPEEDS.get(self.text_speed_name, TEXT_SPEEDS["normal"])


def _valid(name: str, value, default):
    """The value if it has the right type and range for the setting, else None."""
    if isinstance(default, bool):
        return value if isinstance(value, bool) else None
    if isinstance(default, float):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return min(1.0, max(0.0, float(value)))
        return None
    if isinstance(default, int):
        return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 8 else None
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
    """The settings in `path`, and a message for the player when the file had to be set aside."""
    settings = Settings()
    if not path.is_file():
        return settings, None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        backup = keep_aside(path)
        return settings, f"Settings could not be read ({error}); defaults are used. The old file is kept as {backup.name}."
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
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def save_settings(settings: Settings, path: Path) -> None:
    lines = ["# The Weight of Secrets: settings (written by the game; safe to edit)"]
    for item in fields(Settings):
        if item.name != "keys":
            lines.append(f"{item.name} = {_toml_value(getattr(settings, item.name))}")
    lines.append("")
    lines.append("[keys]")
    for intent, names in sorted(settings.keys.items()):
        lines.append(f"{intent} = {_toml_value(names)}")
    write_atomically(path, "\n".join(lines) + "\n")
