"""The player's language: gettext catalogues (assets/locale/<lang>/LC_MESSAGES/game.po), read with polib.

English is the source and needs no catalogue: the story's lines are in Ink, the game's own words in
assets/strings/en.toml, the maps' words in the maps. A catalogue holds each translated text under
its context (msgctxt): a story line's id (`dinner.12`), a string's key (`ui.new_game`), a map
object's place (`map:garden:12:text`). Its msgid is the English it was translated from, so a text
whose English has changed since is not shown (English is, until it is translated again) and
`--check` says so. The languages are English and the catalogues present; `qps-ploc`, the
pseudo-locale, is made on the fly from English for testing (accented, longer, in brackets).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import polib

from game.content.errors import ContentError
from game.core import paths
from game.core.paths import relative

LOCALE_DIR = paths.ASSETS / "locale"
DOMAIN = "game"
ENGLISH = "en"
PSEUDO = "qps-ploc"
PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)\}")
MAP_CONTEXT = "map:"
LANGUAGE_NAME = "language.name"  # a catalogue names its language in that language
# words printed into a line, found by their English: a list's (words:chores_left), its joins (words:join)
WORDS_CONTEXT = "words:"


def catalogue_path(language: str, folder: Path = LOCALE_DIR) -> Path:
    return folder / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def template_path(folder: Path = LOCALE_DIR) -> Path:
    return folder / f"{DOMAIN}.pot"


def shipped_languages(folder: Path = LOCALE_DIR) -> tuple[str, ...]:
    """English, then every language with a catalogue, by id."""
    found = sorted(path.parent.parent.name for path in folder.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return (ENGLISH, *[language for language in found if language not in (ENGLISH, PSEUDO)])


def is_language(language: str, folder: Path = LOCALE_DIR) -> bool:
    return language == PSEUDO or language in shipped_languages(folder)


# -- the pseudo-locale -------------------------------------------------------------------------

# every letter with an accented form in both faces (Latin-1 and Latin Extended-A): b f m p q v x have none
_ACCENTED = str.maketrans("acdeghijklnorstuwyzACDEGHIJKLNORSTUWYZ", "áçďéĝĥíĵķĺñóŕšţúŵýžÁÇĎÉĜĤÍĴĶĹÑÓŔŠŢÚŴÝŽ")
_LONGER = "áéíóúÁÉÍÓÚ"  # doubled to make words longer: both faces draw them
PSEUDO_GROWTH = 0.4  # translations run longer than English: French and German often by a third or more
OPEN, CLOSE = "«", "»"  # the brackets: both faces draw these (the title face has no square brackets)


def pseudo(text: str) -> str:
    """'New game' -> '«Ñééw ĝáámé»': every letter with an accented form in the font is accented,
    vowels are doubled until the text is about 40 % longer (its words longer, as translations'
    are), and brackets show where it starts and ends: a text shown without them was not
    localised. `{name}` placeholders stay as they are."""
    if not text.strip():
        return text
    pieces = PLACEHOLDER.split(text)  # text, name, text, name, …
    extra = max(0, round(len(PLACEHOLDER.sub("", text)) * PSEUDO_GROWTH) - 2)  # the brackets count
    vowels = sum(1 for index, piece in enumerate(pieces) if index % 2 == 0
                 for char in piece.translate(_ACCENTED) if char in _LONGER)
    out, seen = [], 0
    for index, piece in enumerate(pieces):
        if index % 2:
            out.append("{" + piece + "}")
            continue
        for char in piece.translate(_ACCENTED):
            out.append(char)
            if char in _LONGER:  # the extra letters spread evenly over the vowels
                out.append(char * ((seen + 1) * extra // vowels - seen * extra // vowels))
                seen += 1
    return OPEN + "".join(out) + CLOSE


def is_pseudo(text: str) -> bool:
    return text.startswith(OPEN) and text.endswith(CLOSE)


# -- reading catalogues ------------------------------------------------------------------------

# a line of a .po file: a comment, nothing, or a keyword or continuation with one whole "string"
_PO_LINE = re.compile(r'\s*(#.*|(msgctxt|msgid|msgid_plural|msgstr(\[\d+\])?)?\s*"(\\.|[^"\\])*"\s*)?')
_SYNTAX_LINE = re.compile(r"line (\d+)")


def read_catalogue(path: Path):
    """The catalogue as polib reads it; a syntax error is a ContentError naming the file and line.
    polib takes a string left open ("New game) as if closed, so lines are looked at first."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(relative(path), None, f"not a valid gettext catalogue: {error}") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not _PO_LINE.fullmatch(line):
            raise ContentError(relative(path), number,
                               f"not a valid gettext catalogue: .po syntax error: {line.strip()[:60]}")
    try:
        return polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as error:
        line = _SYNTAX_LINE.search(str(error))
        raise ContentError(relative(path), line[1] if line else None,
                           f"not a valid gettext catalogue: .po syntax error ({error})") from None


@lru_cache(maxsize=8)
def _read(path: Path, stamp: float) -> dict[str, tuple[str, str]]:
    catalogue = read_catalogue(path)
    return {_key(entry.msgctxt or "", entry.msgid): (entry.msgid, entry.msgstr) for entry in catalogue
            if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags}


def _key(context: str, english: str) -> str:
    """An entry's key: its context, and for words (many under one context) its English too, as gettext
    keys every entry."""
    return f"{context}\x04{english}" if context.startswith(WORDS_CONTEXT) else context


def read_translations(path: Path) -> dict[str, tuple[str, str]]:
    """context -> (the English it translates, the translation), for every translated entry
    (fuzzy ones, which a translator has yet to confirm, are left out, as gettext does)."""
    return _read(path, path.stat().st_mtime_ns if path.is_file() else 0.0)


def same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


class Translations:
    """One language's texts by context, falling back to the English given."""

    def __init__(self, language: str = ENGLISH, folder: Path = LOCALE_DIR):
        self.language = language if is_language(language, folder) else ENGLISH
        self.pseudo = self.language == PSEUDO
        self._table: dict[str, tuple[str, str]] = {}
        if self.language not in (ENGLISH, PSEUDO):
            self._table = read_translations(catalogue_path(self.language, folder))
        self._maps_by_english = {english: text for context, (english, text) in self._table.items()
                                 if context.startswith(MAP_CONTEXT)}
        self._words = {english: text for key, (english, text) in self._table.items()
                       if key.startswith(WORDS_CONTEXT) and not key.startswith(_key(WORDS_CONTEXT + "join", ""))}
        self._joins = {english: text for key, (english, text) in self._table.items()
                       if key.startswith(_key(WORDS_CONTEXT + "join", ""))}

    def text(self, context: str, english: str) -> str:
        """The translation of `english` filed under `context`; English when there is none or it was
        made for other English."""
        if self.pseudo:
            return pseudo(english)
        entry = self._table.get(context)
        if entry is not None and same_text(entry[0], english):
            return entry[1]
        return english

    def map_text(self, map_name: str, object_id: int | str, field: str, english: str) -> str:
        """A map's words: by the map and the object's id (which Tiled keeps through moves, renames
        and edits), else by the same English anywhere in the maps (an object made anew)."""
        if not english or self.pseudo:
            return self.text("", english)
        entry = self._table.get(map_context(map_name, object_id, field))
        if entry is not None and same_text(entry[0], english):
            return entry[1]
        return self._maps_by_english.get(english, english)

    def story_line(self, line_id: str, english: str) -> str:
        """A story line as Ink printed it in English, shown in this language by its id; values
        printed into it ({decoded_text}, {chores_left}) are read from the English and put into the
        translation, a list of the story's words translated word by word."""
        if self.pseudo:
            return pseudo(english)
        entry = self._table.get(line_id)
        if entry is None:
            return english
        source, translated = entry
        names = PLACEHOLDER.findall(source)
        if not names:
            return translated if same_text(source, english) else english
        values = _placeholder_values(source, english)
        if values is None:
            return english
        return PLACEHOLDER.sub(lambda match: self._value(values.get(match[1], match[0])), translated)

    def _value(self, value: str) -> str:
        if value in self._words:
            return self._words[value]
        if not self._joins:
            return value
        pattern = "(" + "|".join(re.escape(join) for join in sorted(self._joins, key=len, reverse=True)) + ")"
        parts = re.split(pattern, value)
        words, joins = parts[0::2], parts[1::2]
        if not all(word in self._words for word in words):
            return value  # not a list of the story's words: a value such as the decoded message
        out = [self._words[words[0]]]
        for join, word in zip(joins, words[1:]):
            out += [self._joins[join], self._words[word]]
        return "".join(out)


def map_context(map_name: str, object_id: int | str, field: str) -> str:
    """`map:garden:12:text`, `map:garden:title` (object_id "" for the map's own properties)."""
    return f"{MAP_CONTEXT}{map_name}:{object_id}:{field}" if object_id != "" else f"{MAP_CONTEXT}{map_name}:{field}"


def _placeholder_values(template: str, text: str) -> dict[str, str] | None:
    """{name: value} read from `text`, which is `template` with its placeholders filled in."""
    pattern, names = "", []
    for index, piece in enumerate(PLACEHOLDER.split(" ".join(template.split()))):
        if index % 2:
            pattern += f"(?P<p{len(names)}>.*?)"
            names.append(piece)
        else:
            pattern += re.escape(piece)
    match = re.fullmatch(pattern, " ".join(text.split()), flags=re.DOTALL)
    if not match:
        return None
    return {name: match[f"p{index}"] for index, name in enumerate(names)}
