"""The game's own words (menus, prompts, titles) in each language: assets/strings/<lang>.toml.

Keys are "section.name" (ui.new_game, prompts.Look, chapters.dinner). A key
missing from a language falls back to English, and --check and the tests
report it; the story's words are in Ink (assets/story, assets/story/fr).
"""

from __future__ import annotations

from pathlib import Path

from game.core import paths
from game.content.data_files import read_toml, shown, type_name
from game.content.errors import ContentError

STRINGS_DIR = paths.ASSETS / "strings"
LANGUAGES = ("en", "fr")


def _flatten(data: dict, shown: str, prefix: str = "") -> dict[str, str]:
    flat = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, shown, f"{prefix}{key}."))
        elif isinstance(value, str):
            flat[f"{prefix}{key}"] = value
        else:
            raise ContentError(shown, f"{prefix}{key}", f"must be text, not a {type_name(value)}")
    return flat


def load_table(language: str, folder: Path = STRINGS_DIR) -> dict[str, str]:
    path = folder / f"{language}.toml"
    return _flatten(read_toml(path), shown(path))


class Strings:
    def __init__(self, language: str = "en", folder: Path = STRINGS_DIR):
        self.language = language if language in LANGUAGES else "en"
        self._english = load_table("en", folder)
        self._table = self._english if self.language == "en" else load_table(self.language, folder)

    def __call__(self, key: str, /, **values) -> str:  # values may be named "key" too
        text = self._table.get(key) or self._english.get(key)
        if text is None:
            # an unknown prompt verb written in a map shows as written
            return key.split(".", 1)[1] if key.startswith("prompts.") else key
        return text.format(**values) if values else text

    def get(self, key: str, default: str) -> str:
        """The text for `key`, or `default` when no language has it (a word from the game's data)."""
        return self._table.get(key) or self._english.get(key) or default

    def section(self, prefix: str) -> dict[str, str]:
        """Every entry under `prefix` ("minigames.cipher.messages"), by its name there, in the
        player's language (English where it lacks one), in the order of the English file."""
        start = prefix + "."
        return {key[len(start):]: self(key) for key in self._english if key.startswith(start)}


def missing_keys(folder: Path = STRINGS_DIR) -> dict[str, list[str]]:
    """For each language, the keys the other languages have and it lacks."""
    tables = {language: load_table(language, folder) for language in LANGUAGES}
    every = set().union(*tables.values())
    return {language: sorted(every - set(table)) for language, table in tables.items() if every - set(table)}
