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


class Problems:
    """Where a loader reports what is wrong in a file, so one set of rules serves both uses.

    Playing stops at the first problem: `report` raises it. `--check` makes `Problems(collect=True)`,
    which keeps every problem and lets the loader go on, so a map maker sees them all at once.
    """

    def __init__(self, collect: bool = False):
        self.collect = collect
        self.found: list[ContentError] = []

    def report(self, file: str | Path, place: str | int | None, message: str) -> None:
        self.add(ContentError(file, place, message))

    def add(self, error: ContentError) -> None:
        if not self.collect:
            raise error
        self.found.append(error)

    def __len__(self) -> int:
        return len(self.found)
