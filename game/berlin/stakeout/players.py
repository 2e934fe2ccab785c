"""The stakeout's scripted players: one who logs everyone and names the pattern's man, one who
watches nothing and names the first man he saw."""

from __future__ import annotations

from game.berlin.players import NOTHING, TAP, CardPlayer, press
from game.berlin.stakeout.model import Visit, matches_pattern
from game.core.input import InputFrame, Intent


def suspect_from_log(rows) -> str | None:
    """Who matches the courier's pattern in the log: each arrival paired with the next leaving."""
    by_person: dict[str, list] = {}
    for row in sorted(rows, key=lambda r: r.event.time):
        by_person.setdefault(row.event.person_id, []).append(row.event)
    for person, events in by_person.items():
        visits, open_in = [], None
        for event in events:
            if event.direction == "in":
                open_in = event
            elif open_in is not None:
                visits.append(Visit(person, open_in.time, event.time, open_in.carrying, event.carrying))
                open_in = None
        if matches_pattern(visits):
            return person
    return None


class StakeoutWinner(CardPlayer):
    """Logs everyone at the door, runs the clock fast between visitors, names the pattern's man."""

    def play(self, scene) -> InputFrame:
        if not self.tap:
            return NOTHING
        if scene.accusing:
            people = scene.seen_people()
            suspect = suspect_from_log(scene.log_rows())
            tried = set(scene.model.accused)
            if suspect is None or suspect in tried:
                suspect = next((p for p in people if p not in tried), people[0])
            target = people.index(suspect)
            if scene.pick < target:
                return press(Intent.DOWN)
            if scene.pick > target:
                return press(Intent.UP)
            return TAP
        door = scene.at_door
        if door is not None and (door.time, door.person_id) not in scene.logged:
            return TAP
        if scene.model.can_accuse and suspect_from_log(scene.log_rows()) is not None:
            return press(Intent.DOWN)  # the log shows him: no need to watch on
        if not scene.fast:
            return press(Intent.RIGHT)
        return NOTHING


class StakeoutCareless(CardPlayer):
    """Fast-forwards through the day logging nobody, then names three men who are not the courier
    (a man named twice costs nothing: each is a new one)."""

    def play(self, scene) -> InputFrame:
        if not self.tap:
            return NOTHING
        if scene.accusing:
            model = scene.model
            wrong = next(n for n, pid in enumerate(scene.seen) if pid != model.solution() and pid not in model.accused)
            return TAP if scene.pick == wrong else press(Intent.DOWN)
        if not scene.fast:
            return press(Intent.RIGHT)
        return NOTHING
