"""What each of Ink's external functions does: one table, read by the session and by the map's scene.

A line of the story may call `give_item`, `set_flag`, `play_sound` (done at once, on the session,
as the line is told) or `start_chapter`, `go_to_map`, `start_minigame` (they change the scene, so
they wait until the dialogue box has closed; then the scene walking the map does them). The names
and their arguments are the ones the story declares (game/content/story.py: EXTERNALS).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from game.core.session import Session


class Stage(Protocol):
    """The scene a story's scene-changing actions act on (the map's: game/scenes/explore.py)."""

    def start_chapter(self, chapter_id: str, via: str) -> None: ...

    def go_to_map(self, map_name: str, spawn: str, via: str) -> None: ...

    def start_minigame(self, game_id: str) -> None: ...


@dataclass(frozen=True)
class Handler:
    """What one external function does: on the session at once, or on the stage once the box has closed."""

    on_session: Callable[..., None] | None = None  # (session, *args)
    on_stage: Callable[..., None] | None = None  # (stage, *args, via=...)

    @property
    def waits(self) -> bool:
        """Whether it changes the scene, and so waits for the dialogue box to close."""
        return self.on_stage is not None


def _give_item(session: Session, item) -> None:
    session.items.append(str(item))


def _set_flag(session: Session, flag) -> None:
    session.flags.add(str(flag))


def _play_sound(session: Session, sound) -> None:
    session.sounds.append(str(sound))  # for the audio, at the line it belongs to


def _start_chapter(stage: Stage, chapter, via: str) -> None:
    stage.start_chapter(str(chapter), via)


def _go_to_map(stage: Stage, map_name, spawn, via: str) -> None:
    stage.go_to_map(str(map_name), str(spawn), via)


def _start_minigame(stage: Stage, game, via: str) -> None:
    stage.start_minigame(str(game))


ACTIONS: dict[str, Handler] = {
    "give_item": Handler(on_session=_give_item),
    "set_flag": Handler(on_session=_set_flag),
    "play_sound": Handler(on_session=_play_sound),
    "start_chapter": Handler(on_stage=_start_chapter),
    "go_to_map": Handler(on_stage=_go_to_map),
    "start_minigame": Handler(on_stage=_start_minigame),
}
