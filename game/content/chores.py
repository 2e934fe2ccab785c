"""A chapter's chores, gathered from every map: what the pause menu lists as still to do.

A chore is an interactable with a `chore` property (the key of its words in the [chores]
strings). It belongs to the chapters its `chapters` property names or, without one, to the
chapters that start on its map (chapters.toml's `map`): the vineyard's chores are listed while
he is down in the cellar too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.content.errors import ContentError
from game.content.map_files import map_names
from game.content.maps import load_map
from game.content.object_kinds import ObjectSpec, chore_done
from game.core import paths

# map file -> (its modification time, its chore objects): maps are read again only when edited
_read: dict[Path, tuple[int, list[ObjectSpec]]] = {}


@dataclass(frozen=True)
class ChoreState:
    name: str  # its key in the [chores] strings
    done: bool


def _chores_of(path: Path) -> list[ObjectSpec]:
    modified = path.stat().st_mtime_ns
    known = _read.get(path)
    if known is None or known[0] != modified:
        try:
            specs = [spec for spec in load_map(path).objects if spec.props.get("chore")]
        except ContentError:
            specs = []  # a broken map lists nothing here; --check and the map itself say what is wrong
        known = _read[path] = (modified, specs)
    return known[1]


def chapter_chores(chapter, story_get, story_visits, maps_dir: Path = paths.MAPS) -> list[ChoreState]:
    """The chores of `chapter` (a Chapter) present now, done or not, map by map in the maps' order."""
    chores = []
    for name in map_names(maps_dir):
        for spec in _chores_of(maps_dir / f"{name}.tmx"):
            belongs = chapter.id in spec.chapters if spec.chapters else name == chapter.map
            if belongs and spec.present(chapter.id, story_get):
                done = chore_done(spec.props["knot"], spec.props["done_if"], story_get, story_visits)
                chores.append(ChoreState(spec.props["chore"], done))
    return chores


def chores_left(session, maps_dir: Path = paths.MAPS) -> list[str] | None:
    """The [chores] keys of what is still to do in the session's chapter; None when it has no chores."""
    chapter = session.chapters.get(session.chapter)
    if chapter is None:
        return None
    chores = chapter_chores(chapter, session.variable, session.visits, maps_dir)
    return [chore.name for chore in chores if not chore.done] if chores else None
