"""The stakeout scene: a day at the flat's window, the door of the house opposite.

Desk work: the clock runs at a walk, slows by itself while someone stands at the door (the model
sees to it), and the player may stop it (Left) or run it fast (Right) whenever he likes.
Interact logs the man at the door (what he carries, in or out, the time). Once the log holds
enough entries, Down opens the naming; at the end of the day it opens by itself: Up/Down pick a
man among those seen, with his lines of the log beside him, Interact names him. A failed day
starts again with the log as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.berlin.scene import MinigameScene
from game.berlin.stakeout.model import MAX_STRIKES, MIN_LOG_ENTRIES, DoorEvent, Stakeout, clock_text
from game.core.input import InputFrame, Intent

FAST_SCALE = 6.0  # fast-forward, while nobody is at the door
SPEEDS = {"paused": 0.0, "normal": 1.0, "fast": FAST_SCALE}
LETTERS = "ABCDEFGHIJ"


@dataclass
class Row:
    """One line of the player's log, as he wrote it."""

    event: DoorEvent
    correct: bool


class StakeoutScene(MinigameScene):
    def __init__(self, ctx, game, seed: int):
        super().__init__(ctx, game, seed)
        self.model = Stakeout(seed, assist=self.assist)
        # what the player wrote and whom he has seen: kept from one attempt to the next
        self.rows: list[Row] = []
        self.logged: set[tuple[int, str]] = set()
        self.seen: list[str] = []
        self.reset_view()

    def snapshot(self) -> dict:
        return {**super().snapshot(), "speed": self.speed, "accusing": self.accusing, "pick": self.pick,
                "message": self.message, "message_time": self.message_time, "flash": self.flash,
                "seen": list(self.seen), "logged": sorted(self.logged),
                "rows": [[row.event.time, row.event.person_id, row.event.direction, row.event.carrying, row.correct]
                         for row in self.rows]}

    def reset_view(self) -> None:
        self.speed = "normal"
        self.accusing = False
        self.pick = 0
        self.message = ""
        self.message_time = 0.0
        self.flash = 0.0

    def intro_note(self) -> list[str]:
        return [self.t("stakeout.note_from"), self.t("stakeout.note")]

    def intro_lines(self) -> list[str]:
        keys = self.keys()
        return [self.t("stakeout.intro_door", **keys), self.t("stakeout.intro_clock", **keys),
                self.t("stakeout.intro_accuse", entries=MIN_LOG_ENTRIES, **keys)]

    # -- what the screen shows ------------------------------------------------------
    @property
    def fast(self) -> bool:
        return self.speed == "fast"

    @property
    def at_door(self) -> DoorEvent | None:
        visible = self.model.events_visible_now()
        return visible[0] if visible else None

    def seen_people(self) -> list[str]:
        """Everyone who has come to the door, on this day or an earlier try, in order of first sight."""
        return self.seen

    def label(self, person_id: str) -> str:
        """The letter the notebook gives a man: A for the first seen, B for the next..."""
        return LETTERS[self.seen.index(person_id)] if person_id in self.seen else "?"

    def log_rows(self) -> list[Row]:
        return self.rows

    def rows_of(self, person_id: str) -> list[Row]:
        """His lines of the log, in the order of the day."""
        return sorted((row for row in self.rows if row.event.person_id == person_id), key=lambda r: r.event.time)

    def hints(self) -> list[tuple]:
        """What the keys do now, for the hint line: (intent or intents, words)."""
        t = self.t
        if self.accusing:
            hints = [((Intent.UP, Intent.DOWN), t("stakeout.hint_choose")), (Intent.INTERACT, t("stakeout.hint_name"))]
            if not self.model.day_over:
                hints.append((Intent.BACK, t("stakeout.hint_watch_on")))
            return hints
        hints = []
        if self.at_door is not None and (self.at_door.time, self.at_door.person_id) not in self.logged:
            hints.append((Intent.INTERACT, t("stakeout.hint_log")))
        hints.append((Intent.LEFT, t("stakeout.hint_start" if self.speed == "paused" else "stakeout.hint_stop")))
        hints.append((Intent.RIGHT, t("stakeout.hint_normal" if self.fast else "stakeout.hint_fast")))
        if self.model.can_accuse and self.seen:
            hints.append((Intent.DOWN, t("stakeout.hint_accuse")))
        return hints

    def speed_text(self) -> str:
        if self.speed == "paused" or self.accusing:
            return self.t("stakeout.stopped")
        if self.at_door is not None:
            return self.t("stakeout.at_door")
        return self.t("stakeout.fast" if self.fast else "stakeout.watching")

    # -- play --------------------------------------------------------------------------
    def play(self, frame: InputFrame, dt: float) -> None:
        self.message_time = max(0.0, self.message_time - dt)
        self.flash = max(0.0, self.flash - dt)
        if self.accusing:
            self._name(frame.pressed)
            return
        self._watch(frame.pressed)
        self.model.time_scale = SPEEDS[self.speed]
        if self.model.update(dt):
            self.flash = 0.4
        self._note_who_is_seen()
        if self.model.day_over and not self.accusing:
            if self.seen:
                self.accusing, self.pick = True, 0
            else:  # nobody came at all: nothing to go on
                self.model.outcome = "lost"

    def _watch(self, pressed) -> None:
        model, door = self.model, self.at_door
        if Intent.INTERACT in pressed and door is not None:
            key = (door.time, door.person_id)
            if key not in self.logged:
                entry = model.log_visible(door.person_id)
                if entry is not None:
                    self.logged.add(key)
                    self.rows.append(Row(door, entry.correct))
                    self.ctx.audio.play("text_tick")
        elif Intent.LEFT in pressed:
            self.speed = "normal" if self.speed == "paused" else "paused"
            self.ctx.audio.play("ui_move")
        elif Intent.RIGHT in pressed:
            self.speed = "normal" if self.fast else "fast"
            self.ctx.audio.play("ui_move")
        elif Intent.DOWN in pressed and model.can_accuse and self.seen:
            self.accusing = True
            self.pick = 0

    def _name(self, pressed) -> None:
        people, model = self.seen, self.model
        if Intent.UP in pressed:
            self.pick = (self.pick - 1) % len(people)
            self.ctx.audio.play("ui_move")
        elif Intent.DOWN in pressed:
            self.pick = (self.pick + 1) % len(people)
            self.ctx.audio.play("ui_move")
        elif Intent.BACK in pressed and not model.day_over:
            self.accusing = False
        elif Intent.INTERACT in pressed and people:
            answer = model.accuse(people[self.pick])
            if answer in ("strike", "already"):  # named again, he is still not him, at no cost
                self._say(self.t("stakeout.not_him", strikes=model.strikes, most=MAX_STRIKES))
                self.ctx.audio.play("ui_back")

    def _note_who_is_seen(self) -> None:
        for event in self.model.events_visible_now():
            if event.person_id not in self.seen:
                self.seen.append(event.person_id)

    def _say(self, text: str) -> None:
        self.message, self.message_time = text, 3.0

    # -- results -------------------------------------------------------------------------
    def failure_lines(self) -> list[str]:
        accused = [self.t("stakeout.accused_one", label=self.label(pid), description=self.describe(pid))
                   for pid in self.model.accused]
        names = self.t("stakeout.accused_separator").join(accused) or self.t("stakeout.nobody")
        return [self.t("stakeout.lost_accused", names=names), self.t("stakeout.lost_hint_1"),
                self.t("stakeout.lost_hint_2"), self.t("stakeout.lost_log_kept")]

    def success_lines(self) -> list[str]:
        who = self.describe(self.model.solution())
        clue = self.model.key_clue()
        times = f" {self.t('and')} ".join(clock_text(t) for t in clue.times)
        return [self.t("stakeout.won_courier", description=who), self.t("stakeout.won_times", times=times),
                self.t("stakeout.won_notebook")]

    def story_results(self, result: str) -> dict:
        return {"courier_identified": result == "won"}

    def describe(self, person_id: str, short: bool = False) -> str:
        """His look in the player's language (see look())."""
        return self.look(self.model.people_by_id[person_id], short)

    def item(self, carrying: str) -> str:
        """What he carries, as the log writes it ("newspaper", "journal")."""
        return self.word("looks.item", carrying)

    def carrying(self, carrying: str) -> str:
        """What he carries, as the caption at the door says it ("carrying newspaper", "porte un journal")."""
        return self.word("looks.carrying", carrying)

    def caption(self, event: DoorEvent) -> str:
        """The line under the man at the door: who, his look, in or out, what he carries."""
        direction = self.t("stakeout.going_in" if event.direction == "in" else "stakeout.coming_out")
        return self.t("stakeout.caption", label=self.label(event.person_id), description=self.describe(event.person_id),
                      direction=direction, carrying=self.carrying(event.carrying))
