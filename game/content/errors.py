"""Errors in content (maps, tilesets, dialogue, saves) that name the file and the place."""

from __future__ import annotations

from pathlib import Path


class ContentError(Exception):
    """A problem in a content file, printed as `file:place: message`."""

    def __init__(self, file: str | Path, place: str | int | None, message: str):
        self.file = str(file)
        self.place = "" if place is None else str(place)
        self.message = message
        where = f"{self.file}:{self.place}" if self.place else self.file
        super().__init__(f"{where}: {message}")
