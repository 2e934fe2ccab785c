"""Which file a map's name means: `map_path` (the one path rule), the maps there are, and the
files a map maker may have saved that the game does not read as maps."""

from __future__ import annotations

from pathlib import Path

from game.content.data_files import shown
from game.content.errors import ContentError
from game.core import paths


def map_path(name_or_path: str | Path, maps_dir: Path = paths.MAPS) -> Path:
    """`vineyard` (or `vineyard.tmx`) -> maps/vineyard.tmx; a Path is a file already chosen, used as given.

    A name (a str: from a door, a chapter, a save, a replay) is looked up inside `maps_dir` only;
    one that leads elsewhere is a ContentError. Only code makes a Path: the command line's
    `--scene FILE.tmx`, typed by the person, and a map already loaded (F5).
    """
    if isinstance(name_or_path, Path):
        return name_or_path
    name = name_or_path if name_or_path.endswith(".tmx") else f"{name_or_path}.tmx"
    try:
        return paths.inside(maps_dir, name, roots=(maps_dir,))
    except paths.OutsideContent as error:
        raise ContentError(shown(maps_dir), None, f"map {error}") from None


def map_names(maps_dir: Path = paths.MAPS) -> list[str]:
    return sorted(path.stem for path in maps_dir.glob("*.tmx"))


# files a map maker may save or name as a map that the game does not read, and what to do instead
SAVE_AS_TMX = "in Tiled: File → Save As…, and choose 'Tiled map files (*.tmx)'"
UNREAD_MAP_FILES = {
    ".tmx.gz": f"is a compressed map; the game reads plain .tmx files ({SAVE_AS_TMX})",
    ".tmj": f"is a map in Tiled's JSON format; the game reads .tmx files ({SAVE_AS_TMX})",
    ".json": f"is a map in Tiled's JSON format; the game reads .tmx files ({SAVE_AS_TMX})",
    ".tsx": "is a tileset, not a map",
    ".tx": "is an object template, not a map",
}


def unread_map_file(name: str | Path) -> str | None:
    """Why the game does not read this file as a map (a sentence), or None when it is a .tmx."""
    text = str(name)
    for ending, sentence in UNREAD_MAP_FILES.items():
        if text.lower().endswith(ending):
            return sentence
    if text.lower().endswith(".tmx") and not text.endswith(".tmx"):
        return "is not read: maps must end in .tmx, in lower case (rename it)"
    return None
