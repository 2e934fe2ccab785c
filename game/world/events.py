"""What happens in the world during a tick, for scenes to react to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DoorEntered:
    entity: int
    target_map: str
    target_spawn: str


@dataclass(frozen=True)
class TriggerFired:
    entity: int


@dataclass(frozen=True)
class Interacted:
    entity: int
