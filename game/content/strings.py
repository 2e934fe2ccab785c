"""The game's own words (menus, prompts, titles) in the player's language.

English is assets/strings/en.toml, keyed "section.name" (ui.new_game, prompts.Look,
chapters.dinner); other languages translate each key in their gettext catalogue
(game/content/locale.py), falling back to English. The same object translates the other
texts the game shows: the story's lines by id, the maps' words, the endings', the stars' and
the cast's names.
"""

from __future__ import annotations

from pathlib import Path

from game.content.data_files import read_toml, shown, type_name
from game.content.errors import ContentError
from game.content.locale import ENGLISH, LANGUAGE_NAME, LOCALE_DIR, PSEUDO, Translations, shipped_languages
from game.core import paths

STRINGS_DIR = paths.ASSETS / "strings"
# the languages a player may choose (English and each catalogue present, read as the game starts)
# and the pseudo-locale, which --lang and a settings file may name
LANGUAGES = (*shipped_languages(), PSEUDO)


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


def load_table(language: str = ENGLISH, folder: Path = STRINGS_DIR) -> dict[str, str]:
    """The words by key: English from its TOML (the source), another language's from its catalogue
    (each key's translation, or the English where there is none), placeholders unfilled."""
    if language != ENGLISH:
        translations = Translations(language)
        return {key: translations.text(key, english) for key, english in load_table(ENGLISH, folder).items()}
    path = folder / f"{language}.toml"
    return _flatten(read_toml(path), shown(path))


class Strings:
    def __init__(self, language: str = ENGLISH, folder: Path = STRINGS_DIR, locale_dir: Path = LOCALE_DIR):
        self._english = load_table(ENGLISH, folder)
        self.translations = Translations(language, locale_dir)
        self.language = self.translations.language

    def __call__(self, key: str, /, **values) -> str:  # values may be named "key" too
        english = self._english.get(key)
        if english is None:
            # an unknown prompt verb written in a map shows as written
            english = key.split(".", 1)[1] if key.startswith("prompts.") else key
            text = self.translations.text(key, english) if key.startswith("prompts.") else english
        else:
            text = self.translations.text(key, english)
        return text.format(**values) if values else text

    def get(self, key: str, default: str) -> str:
        """The text for `key`, or `default` when no language has it (a word from the game's data)."""
        english = self._english.get(key)
        return default if english is None else self.translations.text(key, english)

    def translate(self, context: str, english: str) -> str:
        """A text the game's data holds in English (an ending's title, a star's name), by its context."""
        return self.translations.text(context, english)

    def map_text(self, map_name: str, object_id, field: str, english: str) -> str:
        return self.translations.map_text(map_name, object_id, field, english)

    def story_line(self, line_id: str | None, english: str) -> str:
        return self.translations.story_line(line_id, english) if line_id else self.translations.text("", english)

    def section(self, prefix: str) -> dict[str, str]:
        """Every entry under `prefix` ("minigames.cipher.messages"), by its name there, in the
        player's language (English where it lacks one), in the order of the English file."""
        start = prefix + "."
        return {key[len(start):]: self(key) for key in self._english if key.startswith(start)}


def language_names(locale_dir: Path = LOCALE_DIR) -> dict[str, str]:
    """Each shipped language's name in that language (its catalogue's `language.name`), for the settings."""
    names = {}
    for language in shipped_languages(locale_dir):
        names[language] = Translations(language, locale_dir).text(LANGUAGE_NAME, "English") \
            if language != ENGLISH else "English"
    return names
