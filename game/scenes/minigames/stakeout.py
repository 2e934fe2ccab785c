"""The stakeout scene: a day at the flat's window, the door of the house opposite.

Interact logs the person at the door (what he carries, in or out, the time); with nobody at
the door it toggles fast-forward (which drops back to a crawl whenever someone is at the
door). Once the log holds enough entries, Down opens the accusation; at the end of the day it
opens by itself: up/down pick a man among those seen, Interact names him.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.core.input import InputFrame, Intent
from game.minigames.stakeout import MAX_STRIKES, MIN_LOG_ENTRIES, DoorEvent, Stakeout, clock_text
from game.scenes.minigames.base import MinigameScene

FAST_SCALE = 6.0  # fast-forward
DOOR_SCALE = 0.5  # while someone stands at the door, time crawls


@dataclass
class Row:
    """One line of the player's log, as he wrote it."""

    event: DoorEvent
    correct: bool


class StakeoutScene(MinigameScene):
    game_id = "stakeout"
    title = "The stakeout"

    def __init__(self, ctx, seed: int = 1961):
        super().__init__(ctx, seed)
        self.model = Stakeout(seed, assist=self.assist)
        self.reset_view()

    def reset_view(self) -> None:
        self.fast = False
        self.rows: list[Row] = []
        self.logged: set[tuple[int, str]] = set()
        self.accusing = False
        self.pick = 0
        self.message = ""
        self.message_time = 0.0
        self.flash = 0.0

    def intro_lines(self) -> list[str]:
        return [self.t("stakeout.intro_door"), self.t("stakeout.intro_fast"), self.t("stakeout.intro_courier"),
                self.t("stakeout.intro_accuse", entries=MIN_LOG_ENTRIES)]

    # -- what the screen shows ------------------------------------------------------
    @property
    def at_door(self) -> DoorEvent | None:
        visible = self.model.events_visible_now()
        return visible[0] if visible else None

    def seen_people(self) -> list[str]:
        """Everyone who has come to the door so far, in order of first sight."""
        out: list[str] = []
        for event in self.model.door_events:
            if event.time <= self.model.clock and event.person_id not in out:
                out.append(event.person_id)
        return out

    def label(self, person_id: str) -> str:
        """The letter the notebook gives a man: A for the first seen, B for the next..."""
        people = self.seen_people()
        return "ABCDEFGHIJ"[people.index(person_id)] if person_id in people else "?"

    def log_rows(self) -> list[Row]:
        return self.rows

    # -- play --------------------------------------------------------------------------
    def play(self, frame: InputFrame, dt: float) -> None:
        model, pressed = self.model, frame.pressed
        self.message_time = max(0.0, self.message_time - dt)
        self.flash = max(0.0, self.flash - dt)
        if self.accusing:
            people = self.seen_people()
            if Intent.UP in pressed:
                self.pick = (self.pick - 1) % len(people)
                self.ctx.audio.play("ui_move")
            elif Intent.DOWN in pressed:
                self.pick = (self.pick + 1) % len(people)
                self.ctx.audio.play("ui_move")
            elif Intent.BACK in pressed and not model.day_over:
                self.accusing = False
            elif Intent.INTERACT in pressed and people:
                who = people[self.pick]
                answer = model.accuse(who)
                if answer == "strike":
                    self._say(self.t("stakeout.not_him", strikes=model.strikes, most=MAX_STRIKES))
                    self.ctx.audio.play("ui_back")
            return
        door = self.at_door
        if Intent.INTERACT in pressed:
            if door is not None:
                key = (door.time, door.person_id)
                if key not in self.logged:
                    entry = model.log_visible(door.person_id)
                    if entry is not None:
                        self.logged.add(key)
                        self.rows.append(Row(door, entry.correct))
                        self.ctx.audio.play("text_tick")
            else:
                self.fast = not self.fast
                self.ctx.audio.play("ui_move")
        elif Intent.DOWN in pressed and model.can_accuse and self.seen_people():
            self.accusing = True
            self.pick = 0
        scale = DOOR_SCALE if door is not None else (FAST_SCALE if self.fast else 1.0)
        model.time_scale = scale
        if model.update(dt):
            self.flash = 0.4
        if model.day_over and not self.accusing:
            if self.seen_people():
                self.accusing, self.pick = True, 0
            else:  # nobody came at all: nothing to go on
                model.outcome = "lost"

    def _say(self, text: str) -> None:
        self.message, self.message_time = text, 2.5

    # -- results -------------------------------------------------------------------------
    def failure_lines(self) -> list[str]:
        accused = [self.t("stakeout.accused_one", label=self.label(pid), description=self.describe(pid))
                   for pid in self.model.accused]
        names = self.t("stakeout.accused_separator").join(accused) or self.t("stakeout.nobody")
        return [self.t("stakeout.lost_accused", names=names), self.t("stakeout.lost_hint_1"),
                self.t("stakeout.lost_hint_2")]

    def success_lines(self) -> list[str]:
        who = self.describe(self.model.solution())
        clue = self.model.key_clue()
        times = f" {self.t('and')} ".join(clock_text(t) for t in clue.times)
        return [self.t("stakeout.won_courier", description=who), self.t("stakeout.won_times", times=times),
                self.t("stakeout.won_notebook")]

    def story_results(self, result: str) -> dict:
        return {"courier_identified": result == "won"}

    def describe(self, person_id: str, short: bool = False) -> str:
        """His look in the player's language: "thin, grey coat, trilby" ("mince, manteau gris, feutre");
        `short` leaves out the coat ("thin, grey, trilby"), for where the whole does not fit."""
        person = self.model.people_by_id[person_id]
        return self.t("looks.short" if short else "looks.description", build=self.word("looks.build", person.build),
                      coat=self.word("looks.coat", person.coat), hat=self.word("looks.hat", person.hat))

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

    def draw_play(self, canvas, alpha: float) -> None:
        from game.render.stakeout_view import StakeoutView

        if self.view is None:
            self.view = StakeoutView(self.ctx.assets, self.seed)
        self.view.draw(canvas, self, self.ctx.clock.seconds, self.ctx.settings.reduced_flashing)
