"""Where he is in the evening, and what is under way: what a save keeps, held on the session.

The scenes keep it up to date as he walks and arrives (the map's scene), as a conversation
begins and ends (the dialogue box), as a chapter under the stars begins; saving reads it here
(game/core/saving.py) and never looks at the scenes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.core.session import Checkpoint


@dataclass(frozen=True)
class Destination:
    """A map he is on his way to (a door, the story's go_to_map), or a chapter's first map."""

    map: str
    spawn: str
    chapter: str | None = None  # set when the move starts a chapter
    via: str = ""  # what sent him, named in the notice if the way is broken: a door, the story
    through_door: bool = False  # he walked through a door to get there


@dataclass
class Whereabouts:
    # the map he walks ("" while no map is walked: under the stars), and the folder it was read from
    # (a door names a map beside its own)
    map: str = ""
    folder: Path | None = None
    x: float = 0.0
    y: float = 0.0
    facing: str = "down"
    going_to: Destination | None = None  # a move under way: a save takes it up as arrived
    next_words: str | None = None  # a knot to be told once he has arrived (a chapter's first words)
    minigame: str | None = None  # the Berlin game under way, or saved and about to begin again
    # the conversation being told (its knot), and the evening as it was before it: a save made during
    # it keeps that moment and tells the conversation again from its start
    conversation: str | None = None
    before_conversation: Checkpoint | None = None
    # the evening as a chapter played off the map began (under the stars): a save goes back to it
    chapter_began: Checkpoint | None = None
