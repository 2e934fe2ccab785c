"""The story's chapters: fixed ids used everywhere (saves, --scene, autoplay output)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Chapter:
    id: str
    title: str
    map: str | None  # None until the chapter is built
    spawn: str = "default"


CHAPTERS = (
    Chapter("vineyard", "Les Vignes", "vineyard"),
    Chapter("visitor", "The Visitor", None),
    Chapter("dinner", "Dinner", None),
    Chapter("garden", "Under the Stars", None),
    Chapter("berlin", "Berlin", None),
    Chapter("ending", "Peace", None),
)

CHAPTER_IDS = tuple(chapter.id for chapter in CHAPTERS)


def chapter(chapter_id: str) -> Chapter:
    for candidate in CHAPTERS:
        if candidate.id == chapter_id:
            return candidate
    raise KeyError(chapter_id)
