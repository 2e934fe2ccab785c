"""What there is to translate, the template translators start from, and the checks of each language.

    python -m game.content.catalogues pot          # write assets/locale/game.pot from the sources
    python -m game.content.catalogues update LANG  # bring LANG's catalogue up to the sources (new
                                                   # entries empty, changed English marked fuzzy)

The sources are the English ones: the story's lines and choices by their `#id:` tags
(assets/story/*.ink), the words of the lists Ink builds for a sentence, the maps' `text` and
`title` (maps/*.tmx), the game's own words (assets/strings/en.toml), the endings' titles, the
constellations' names, the cast's names and the language's own name. Catalogues are read and
written with polib (the gettext format Poedit and Weblate edit).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import polib

from game.content.chapters import load_cast, load_endings
from game.content.errors import ContentError
from game.content.glyphs import missing_glyphs
from game.content.ink_lines import read_story
from game.content.locale import (
    LANGUAGE_NAME,
    LOCALE_DIR,
    PLACEHOLDER,
    WORDS_CONTEXT,
    catalogue_path,
    map_context,
    read_catalogue,
    same_text,
    shipped_languages,
    template_path,
)
from game.content.map_files import map_names
from game.content.maps import load_map
from game.content.strings import load_table
from game.core import paths
from game.core.paths import relative
from game.world.sky import FIGURES

STORY_DIR = paths.ASSETS / "story"
# texts drawn in the title face as well as (or instead of) the body face: chapter and place names,
# menu and card titles, the endings' names
TITLE_FACE = re.compile(r"^(chapters\.|endings\.|map:[^:]+:title$|ui\.(game_title|paused|settings|controls|the_end)$"
                        r"|minigames\.(\w+\.)?title$|minigames\.(won|lost)$)")


@dataclass
class Entry:
    context: str
    english: str
    comment: str = ""
    places: list[tuple[str, str]] = field(default_factory=list)  # (file, line) for the translator


def story_entries(folder: Path | None = None) -> list[Entry]:
    entries: dict[str, Entry] = {}
    for line in read_story(folder or STORY_DIR):
        place = (relative(line.path), str(line.number))
        if line.kind == "fragment":
            context = WORDS_CONTEXT + line.knot
            key = f"{context}\x04{line.text}"
            comment = "joins the words of a list: before the last one, or between two others" \
                if line.knot == "join" else f"a word of the list that {line.knot}() builds for a sentence"
            entries.setdefault(key, Entry(context, line.text, comment)).places.append(place)
            continue
        if not line.line_id:
            raise ContentError(relative(line.path), line.number,
                               "this line has no #id: tag (python -m game.content.line_ids)")
        tags = ", ".join(line.tags)
        comment = ("a choice" if line.kind == "choice" else "") + (f" ({tags})" if tags else "")
        entries[line.line_id] = Entry(line.line_id, line.template, comment.strip(), [place])
    return list(entries.values())


def map_entries(maps_dir: Path = paths.MAPS) -> list[Entry]:
    """Each map's title and each object's text, by map and object id (Tiled keeps an object's id when
    it is moved, renamed or edited), and the prompt verbs en.toml does not list."""
    entries = []
    for name in map_names(maps_dir):
        try:
            map_data = load_map(name, maps_dir=maps_dir)
        except ContentError:
            continue  # --check reports the map itself
        shown = relative(map_data.path)
        title = map_data.properties.get("title", "")
        if title:
            entries.append(Entry(map_context(name, "", "title"), title, "the place's name, shown on arrival",
                                 [(shown, "title")]))
        for spec in map_data.objects:
            text = spec.props.get("text")
            if text:
                entries.append(Entry(map_context(name, spec.object_id, "text"), text,
                                     f"{spec.kind} '{spec.name}'", [(shown, f"object {spec.object_id}")]))
            prompt = spec.props.get("prompt")
            if prompt:
                entries.append(Entry(f"prompts.{prompt}", prompt, "the verb shown for what he faces",
                                     [(shown, f"object {spec.object_id}")]))
    return entries


def game_entries() -> list[Entry]:
    """The game's own words, the endings' and stars' names, the cast's and the language's."""
    entries = [Entry(key, text, "", [("assets/strings/en.toml", key)]) for key, text in load_table("en").items()]
    entries += [Entry(f"endings.{ending.id}", ending.title, "the ending's title, in the credits",
                      [("assets/story/endings.toml", ending.id)]) for ending in load_endings().values()]
    entries += [Entry(f"sky.{figure.id}", figure.name, "a constellation's name", [("game/world/sky.py", figure.id)])
                for figure in FIGURES.values()]
    entries += [Entry(f"cast.{member.id}", member.name, "a name in the dialogue box",
                      [("assets/story/cast.toml", member.id)])
                for member in load_cast().values()]
    entries.append(Entry(LANGUAGE_NAME, "English",
                         "the name of your language, in your language (the settings list it)"))
    return entries


def story_sources_present(folder: Path | None = None) -> bool:
    """Whether the Ink sources are here (a copy of the game to play may carry only story.json)."""
    return ((folder or STORY_DIR) / "story.ink").is_file()


def template_entries() -> list[Entry]:
    """Everything to translate, once each (a context met twice keeps its first English); without the
    Ink sources, everything but the story's lines."""
    seen: dict[tuple[str, str], Entry] = {}
    story = story_entries() if story_sources_present() else []
    for entry in story + map_entries() + game_entries():
        key = (entry.context, entry.english) if entry.context.startswith(WORDS_CONTEXT) else (entry.context, "")
        if key in seen:
            seen[key].places += entry.places
        else:
            seen[key] = entry
    return list(seen.values())


# -- writing ------------------------------------------------------------------------------------

def _po_entry(entry: Entry, translation: str = ""):
    return polib.POEntry(msgctxt=entry.context, msgid=entry.english, msgstr=translation,
                         comment=entry.comment, occurrences=entry.places)


def _new_file(language: str = ""):
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": "The Weight of Secrets",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    return catalogue


def write_template(path: Path | None = None) -> Path:
    path = path or template_path()
    catalogue = _new_file()
    for entry in template_entries():
        catalogue.append(_po_entry(entry))
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(path))
    return path


def update_catalogue(language: str, translations: dict[str, tuple[str, str]] | None = None,
                     folder: Path = LOCALE_DIR) -> Path:
    """Bring a language's catalogue up to the sources, as msgmerge does: every entry in the template's
    order, translations kept; one whose English changed is marked fuzzy with the English it was
    translated from; entries no longer in the game kept as obsolete. `translations` (context ->
    (English, translation)) fills entries in as well (the carry-over of a language's old files)."""
    path = catalogue_path(language, folder)
    old = polib.pofile(str(path), wrapwidth=0) if path.is_file() else _new_file(language)
    by_context = {item.msgctxt or item.msgid: item for item in old if not item.obsolete}
    catalogue = _new_file(language)
    catalogue.metadata.update({key: value for key, value in old.metadata.items() if value})
    catalogue.metadata["Language"] = language
    for entry in template_entries():
        key = entry.context if not entry.context.startswith(WORDS_CONTEXT) else None
        before = by_context.pop(key, None) if key else _list_entry(old, entry)
        new = _po_entry(entry, before.msgstr if before else "")
        if before is not None:
            new.tcomment = before.tcomment
            if before.msgstr and (not same_text(before.msgid, entry.english) or "fuzzy" in before.flags):
                new.flags.append("fuzzy")
                new.previous_msgid = before.previous_msgid if "fuzzy" in before.flags and before.previous_msgid \
                    else (before.msgid if not same_text(before.msgid, entry.english) else None)
        if translations and entry.context in translations:
            source, text = translations[entry.context]
            if same_text(source, entry.english):
                new.msgstr, new.flags, new.previous_msgid = text, [], None
        elif translations and entry.context.startswith(WORDS_CONTEXT):
            text = translations.get(f"{entry.context}\x04{entry.english}")
            if text:
                new.msgstr, new.flags = text[1], []
        catalogue.append(new)
    for leftover in by_context.values():
        if leftover.msgstr and not leftover.msgctxt.startswith(WORDS_CONTEXT):
            leftover.obsolete = True
            catalogue.append(leftover)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(path))
    return path


def _list_entry(catalogue, entry: Entry):
    for item in catalogue:
        if not item.obsolete and item.msgctxt == entry.context and item.msgid == entry.english:
            return item
    return None


# -- checking -----------------------------------------------------------------------------------

def lacking_glyphs(context: str, text: str) -> str:
    """What of a catalogue's text the faces it is drawn in cannot draw, in the text's order."""
    lacking = missing_glyphs(text, "text")
    if TITLE_FACE.match(context):
        lacking |= missing_glyphs(text, "title")
    return "".join(char for char in dict.fromkeys(text) if char in lacking)


def check_catalogue(path: Path, template: list[Entry], whole: bool = True) -> list[ContentError]:
    """Every problem of one language's catalogue, as file:line: message. `whole`: the template has
    every entry the game has (so an entry not in it is no longer used); without the Ink sources it
    has not, and the catalogue's other entries are held to the English they carry."""
    shown = relative(path)
    try:
        catalogue = read_catalogue(path)
    except ContentError as error:
        return [error]
    lines = path.read_text(encoding="utf-8").splitlines()
    problems: list[ContentError] = []
    entries: dict[tuple[str, str], object] = {}
    for item in catalogue:
        if item.obsolete:
            continue
        key = _key_of(item.msgctxt or "", item.msgid)
        if key in entries:
            problems.append(ContentError(shown, _line_of(lines, item, "msgid"), f"{key[0]}: a second entry for it"))
        entries[key] = item
    wanted = set()
    for entry in template:
        key = _key_of(entry.context, entry.english)
        wanted.add(key)
        item = entries.get(key)
        if item is None:
            problems.append(ContentError(shown, 1,
                                         f"{_name(*key)}: not translated (no entry; English: {entry.english!r})"))
        else:
            problems += _entry_problems(shown, lines, item, entry.english)
    for key, item in entries.items():
        if key in wanted or not item.msgstr:
            continue
        if whole:
            update = f"python -m game.content.catalogues update {path.parent.parent.name}"
            problems.append(ContentError(shown, _line_of(lines, item, "msgid"),
                                         f"{key[0]}: not in the game any more ({update})"))
        else:
            problems += _entry_problems(shown, lines, item, item.msgid)
    return problems


def _key_of(context: str, english: str) -> tuple[str, str]:
    """An entry's key: its context, and for words (many under one context) its English too."""
    return context, english if context.startswith(WORDS_CONTEXT) else ""


def _name(context: str, english: str) -> str:
    return f"{context} '{english}'" if english else context


def _line_of(lines: list[str], item, keyword: str) -> int:
    """The line of an entry's `keyword` ("msgid", "msgstr"): polib gives the line the entry begins on,
    its first comment, where a translator has nothing to mend."""
    for number in range(item.linenum, len(lines) + 1):
        if lines[number - 1].startswith((keyword + " ", keyword + "[")):
            return number
    return item.linenum


def _entry_problems(shown: str, lines: list[str], item, english: str) -> list[ContentError]:
    """An entry against the English it should translate: empty, stale, placeholders, glyphs; each
    problem at the line to mend (the English that changed, or the translation)."""
    context = item.msgctxt or ""
    name = _name(*_key_of(context, item.msgid))
    translation = _line_of(lines, item, "msgstr")
    if not item.msgstr.strip():
        return [ContentError(shown, translation, f"{name}: empty translation (English: {english!r})")]
    problems = []
    if not same_text(item.msgid, english) or "fuzzy" in item.flags:
        was = item.previous_msgid if "fuzzy" in item.flags and item.previous_msgid else item.msgid
        problems.append(ContentError(shown, _line_of(lines, item, "msgid"),
                                     f"{name}: stale: the English changed since it was "
                                     f"translated (from {was!r} to {english!r})"))
    expected, found = sorted(set(PLACEHOLDER.findall(english))), sorted(set(PLACEHOLDER.findall(item.msgstr)))
    if expected != found:
        problems.append(ContentError(shown, translation, f"{name}: placeholders {_names(found)} should be "
                                                          f"{_names(expected)}, as in the English"))
    try:
        lacking = lacking_glyphs(context, item.msgstr)
    except ContentError:
        lacking = ""  # a font that cannot be read is --check's (check_assets) to report
    if lacking:
        problems.append(ContentError(shown, translation, f"{name}: the font has no glyph for {lacking!r}"))
    return problems


def _names(names: list[str]) -> str:
    return ", ".join("{" + name + "}" for name in names) if names else "none"


def check_languages(folder: Path = LOCALE_DIR) -> list[ContentError]:
    """Every shipped language's catalogue against the sources. A source that cannot be read (a broken
    endings.toml) is told, and each catalogue is then still read, so its own damage is told too."""
    try:
        template, problems = template_entries(), []
    except ContentError as error:
        template, problems = None, [error]
    for language in shipped_languages(folder)[1:]:
        path = catalogue_path(language, folder)
        if template is not None:
            problems += check_catalogue(path, template, whole=story_sources_present())
            continue
        try:
            read_catalogue(path)
        except ContentError as error:
            problems.append(error)
    return problems


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["pot"]:
        print(f"wrote {write_template()}")
        return 0
    if argv[:1] == ["update"] and len(argv) == 2:
        print(f"wrote {update_catalogue(argv[1])}")
        return 0
    print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
