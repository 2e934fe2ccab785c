"""`--check` for everything that is not a map: each file is loaded by the loader the game itself uses.

The story in every language, the game's words, the cast, the endings, the walkthrough, the
fonts, the UI art, every PNG in assets/ and maps/ decoded whole, every WAV read whole. A file
the game would refuse is reported here with the same `file:place: message`, and the checking
goes on, so every problem shows at once. (The maps, and the English story against them, are
game/content/lint.py's.)
"""

from __future__ import annotations

from pathlib import Path

from game.content.chapters import load_cast, load_endings
from game.content.errors import ContentError
from game.content.media import check_png, check_wav
from game.content.story import Story
from game.content.strings import LANGUAGES, load_table
from game.core import paths
from game.players.autoplay import load_walkthrough
from game.render.text import BitmapFont
from game.render.ui_art import UiArt

FACES = ("pixel", "title")  # the fonts the game draws with: assets/fonts/NAME.json and .png


def check_assets(assets_dir: Path = paths.ASSETS, maps_dir: Path = paths.MAPS) -> list[ContentError]:
    problems: list[ContentError] = []

    def attempt(load, *args) -> None:
        try:
            load(*args)
        except ContentError as problem:
            problems.append(problem)

    story = assets_dir / "story"
    for language in LANGUAGES:
        if language != "en":  # English is checked with the maps' knots (lint.check_story)
            attempt(Story, story / language / "story.json")
        attempt(load_table, language, assets_dir / "strings")
    attempt(load_cast, story / "cast.toml")
    attempt(load_endings, story / "endings.toml")
    attempt(load_walkthrough, story / "walkthrough.toml")
    fonts = assets_dir / "fonts"
    for face in sorted({*FACES, *(path.stem for path in fonts.glob("*.json"))}):
        attempt(BitmapFont, fonts / face)
    attempt(UiArt, assets_dir / "ui")
    for picture in sorted(assets_dir.rglob("*.png")) + sorted(maps_dir.rglob("*.png")):
        attempt(check_png, picture)
    for sound in sorted(assets_dir.rglob("*.wav")):
        attempt(check_wav, sound)
    unique = {str(problem): problem for problem in problems}  # a font's broken picture is found twice
    return list(unique.values())
