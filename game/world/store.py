"""A tiny entity-component store: entities are ids, components are dataclasses."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")


class World:
    def __init__(self) -> None:
        self._next_id = 1
        self._components: dict[type, dict[int, object]] = {}

    def create(self, *components: object) -> int:
        entity = self._next_id
        self._next_id += 1
        for component in components:
            self.add(entity, component)
        return entity

    def add(self, entity: int, component: object) -> None:
        self._components.setdefault(type(component), {})[entity] = component

    def discard(self, entity: int, kind: type) -> None:
        """Take one kind of component off an entity, if it has one."""
        self._components.get(kind, {}).pop(entity, None)

    def remove(self, entity: int) -> None:
        for table in self._components.values():
            table.pop(entity, None)

    def get(self, entity: int, kind: type[T]) -> T:
        return self._components[kind][entity]  # type: ignore[return-value]

    def find(self, entity: int, kind: type[T]) -> T | None:
        return self._components.get(kind, {}).get(entity)  # type: ignore[return-value]

    def has(self, entity: int, kind: type) -> bool:
        return entity in self._components.get(kind, {})

    def query(self, *kinds: type) -> Iterator[tuple]:
        """Yield (entity, component, ...) for every entity that has all `kinds`."""
        tables = [self._components.get(kind, {}) for kind in kinds]
        smallest = min(tables, key=len)
        for entity in list(smallest):
            if all(entity in table for table in tables):
                yield (entity, *(table[entity] for table in tables))

    def snapshot(self) -> dict:
        """Every entity and its components, as plain data: the components are the world's state."""
        entities: dict[str, dict] = {}
        for kind, table in self._components.items():
            for entity, component in table.items():
                entities.setdefault(str(entity), {})[kind.__name__] = dataclasses.asdict(component)
        return {"next_id": self._next_id, "entities": entities}
