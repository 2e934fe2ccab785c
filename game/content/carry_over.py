"""Carry a language's old files over into its catalogue: `python -m game.content.carry_over fr`.

Before the catalogues, French was a second copy of the story (assets/story/fr/*.ink, line for line
in step with the English) and a second strings table (assets/strings/fr.toml). This reads whichever
of those are present, pairs each French line with the English line at the same place (every
file has the same lines, choices and list words in the same order, with the same speaker and
mood tags), and files it in assets/locale/fr/LC_MESSAGES/game.po under the English line's id.
It can be run again: when French lines arrive in those old files (a branch written before the
catalogues), restore the files, run `python -m game.content.line_ids`, then this, then delete them.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from game.content.catalogues import update_catalogue
from game.content.errors import ContentError
from game.content.ink_lines import read_source, story_sources
from game.content.locale import LANGUAGE_NAME, WORDS_CONTEXT, catalogue_path, read_translations
from game.content.strings import _flatten, load_table
from game.core import paths

STORY_DIR = paths.ASSETS / "story"
STRINGS_DIR = paths.ASSETS / "strings"

# What French had in code or data files that no longer hold it (sky.py's names, endings.toml's
# title_fr, the menu's language names): carried once, kept here so a rerun does not lose them.
FRENCH_ONCE = {
    "sky.ursa_major": ("Ursa Major", "la Grande Ourse"),
    "sky.cassiopeia": ("Cassiopeia", "Cassiopée"),
    "sky.cygnus": ("Cygnus", "le Cygne"),
    "sky.lyra": ("Lyra", "la Lyre"),
    "sky.ursa_minor": ("Ursa Minor", "la Petite Ourse"),
    "endings.peace": ("Peace", "La Paix"),
    "endings.dawn": ("Until Dawn", "Jusqu'à l'aube"),
    "endings.guarded": ("The Weight of Secrets", "Le Poids des secrets"),
    LANGUAGE_NAME: ("English", "Français"),
}
ONCE = {"fr": FRENCH_ONCE}


def story_pairs(language: str, english_dir: Path = STORY_DIR) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """context -> (English, translation) from the language's copy of the story, and the places where
    the copy does not follow the English."""
    pairs: dict[str, tuple[str, str]] = {}
    problems: list[str] = []
    folder = english_dir / language
    for english_path in story_sources(english_dir):
        path = folder / english_path.name
        if not path.is_file():
            continue
        english, translated = read_source(english_path), read_source(path)
        for ours, theirs in zip(english, translated):
            if ours.kind != theirs.kind or ours.tags != theirs.tags:
                problems.append(f"{path}:{theirs.number}: not in step with {english_path.name}:{ours.number} "
                                f"({theirs.kind} {theirs.tags} against {ours.kind} {ours.tags}); "
                                "stopped this file here")
                break
            if ours.kind == "fragment":
                pairs[f"{WORDS_CONTEXT}{ours.knot}\x04{ours.text}"] = (ours.text, theirs.text)
            elif ours.line_id:
                pairs[ours.line_id] = (ours.template, theirs.template)
            else:
                problems.append(f"{english_path}:{ours.number}: no #id: yet (python -m game.content.line_ids)")
        else:
            if len(english) != len(translated):
                problems.append(f"{path}: {len(translated)} lines against {len(english)} in {english_path.name}")
    return pairs, problems


def strings_pairs(language: str, folder: Path = STRINGS_DIR) -> dict[str, tuple[str, str]]:
    path = folder / f"{language}.toml"
    if not path.is_file():
        return {}
    with open(path, "rb") as handle:
        translated = _flatten(tomllib.load(handle), str(path))
    english = load_table("en", folder)
    return {key: (english[key], text) for key, text in translated.items() if key in english}


def carry_over(language: str) -> list[str]:
    pairs, problems = story_pairs(language)
    pairs.update(strings_pairs(language))
    # what was carried once fills only what has no translation: a translator's later word stands
    translated = read_translations(catalogue_path(language)) if catalogue_path(language).is_file() else {}
    pairs.update({context: pair for context, pair in ONCE.get(language, {}).items() if context not in translated})
    path = update_catalogue(language, pairs)
    return problems + [f"wrote {path} ({len(pairs)} texts carried over)"]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__.strip().split("\n\n")[0], file=sys.stderr)
        return 2
    try:
        report = carry_over(argv[0])
    except ContentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print("\n".join(report))
    return 1 if any(" not in step " in line or " lines against " in line for line in report) else 0


if __name__ == "__main__":
    raise SystemExit(main())
