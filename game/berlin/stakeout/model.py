"""The stakeout: a day at the window, watching the door of the house opposite.

Pure logic, no pygame. Everything comes from ``random.Random(seed)``; the clock moves only
through ``update(dt)``.

The rules, in plain words:

- The day runs from ``DAY_START`` (06:00) to ``DAY_END`` (22:00). With nobody at the door one
  game second is ``MINUTES_PER_SECOND`` (4) simulated minutes, times ``time_scale`` (the player
  may fast-forward, or stop the clock with 0). While someone stands at the door the clock slows
  to ``DOOR_MINUTES_PER_SECOND`` (1) whatever the speed, so each visitor is on screen
  ``DOOR_MINUTES`` seconds: time to read him and log him, as desk work, not a reflex.
- ``PEOPLE`` (8) people come to the house, each one or more times. A visit is: who (an id and a
  look: coat colour, hat, build), when (arrival and departure, whole minutes) and what he carries
  going in and coming out. Each arrival and each departure is a *door event*, visible at the door
  for ``DOOR_MINUTES`` (``ASSIST_DOOR_MINUTES`` with assist); door events are at least
  ``MIN_GAP`` minutes apart, so only one person stands at the door at a time.
- **The courier's pattern** (what the player must find): *he comes twice; both times he goes in
  with a newspaper and comes out without it; and both times he arrives at the same minute past
  the hour.* Exactly one person matches it, for every seed.
- **Decoys** match part of it: one drops a newspaper once and comes twice at one minute past the
  hour (the other visit carrying something else), one drops a newspaper twice but at different
  minutes, one drops a newspaper once, and a look-alike shares the courier's coat and hat (not his
  build) and comes once at his minute with a newspaper he keeps. The three others are ordinary.
- **Logging**: ``log(person_id, time, carrying)`` writes an entry; it is *right* if that person
  was at the door within ``LOG_TOLERANCE`` minutes carrying that; wrong entries are kept, marked
  wrong (the scene shows the marks only with assist). The log outlives a failed attempt: a new
  day (``reset``) keeps what was written.
- **Accusing**: allowed once the day is over or the log holds ``MIN_LOG_ENTRIES`` entries (else
  ``"not_yet"``, no cost). The courier wins; anyone else is a strike and reveals nothing;
  ``MAX_STRIKES`` (3) strikes lose. A man already named is ruled out: naming him again costs
  nothing (``"already"``). With 8 people, a blind guesser wins at most 3 times in 8.
- **The key for the cipher**: his two arrival times as the clock shows them, ``HHMM`` then
  ``HHMM`` (e.g. 09:17 and 14:17 give ``"09171417"``), see ``key_clue()``.
- **Assist**: door events stay visible longer and log entries show whether they are right.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

DAY_START = 6 * 60
DAY_END = 22 * 60
MINUTES_PER_SECOND = 4.0
DOOR_MINUTES_PER_SECOND = 1.0  # while someone is at the door, whatever the speed
PEOPLE = 8
DOOR_MINUTES = 4
ASSIST_DOOR_MINUTES = 6
MIN_GAP = 8  # minutes between any two door events
LOG_TOLERANCE = 5  # minutes
MIN_LOG_ENTRIES = 12
MAX_STRIKES = 3
AWAY = 30  # minutes a person stays away between two visits

COATS = ("grey", "black", "navy", "brown", "camel", "green", "burgundy", "white")
HATS = ("trilby", "flat cap", "no hat", "beret", "headscarf", "fur hat")
BUILDS = ("tall", "short", "stout", "thin")
ITEMS = ("nothing", "briefcase", "shopping bag", "newspaper", "flowers", "umbrella", "parcel")
NEWSPAPER = "newspaper"
NOTHING = "nothing"


@dataclass(frozen=True)
class Person:
    id: str
    coat: str
    hat: str
    build: str

    @property
    def description(self) -> str:
        hat = "bareheaded" if self.hat == "no hat" else f"{self.hat}"
        return f"{self.build}, {self.coat} coat, {hat}"


@dataclass(frozen=True)
class Visit:
    person_id: str
    t_in: int  # minutes since midnight
    t_out: int
    carry_in: str
    carry_out: str

    @property
    def drops_newspaper(self) -> bool:
        return self.carry_in == NEWSPAPER and self.carry_out != NEWSPAPER


@dataclass(frozen=True)
class DoorEvent:
    time: int
    person_id: str
    direction: str  # "in" or "out"
    carrying: str


@dataclass
class LogEntry:
    person_id: str
    time: int
    carrying: str
    correct: bool


@dataclass(frozen=True)
class KeyClue:
    """The cipher's key (his two arrival times, HHMMHHMM) and the times it is made of."""

    key: str
    times: tuple[int, int] = field(default=(0, 0))


def clock_text(minutes: float) -> str:
    m = int(minutes)
    return f"{m // 60:02d}:{m % 60:02d}"


def key_from_times(arrivals) -> str:
    """The ring's rule for the cipher's key: the courier's arrival times as a clock shows them,
    written as digits (09:17 and 14:17 -> 09171417)."""
    return "".join(clock_text(t).replace(":", "") for t in arrivals)


def matches_pattern(visits) -> bool:
    """The courier's rule over one person's visits: two newspaper drops arriving at the same
    minute past the hour."""
    minutes = [v.t_in % 60 for v in visits if v.drops_newspaper]
    return len(minutes) != len(set(minutes))


def _minute_distance(a: int, b: int) -> int:
    d = abs(a - b) % 60
    return min(d, 60 - d)


class _Builder:
    """Places visits so that door events stay MIN_GAP minutes apart."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.times: list[int] = []
        self.visits: list[Visit] = []

    def free(self, t: int) -> bool:
        return DAY_START + 10 <= t <= DAY_END - 10 and all(abs(t - o) >= MIN_GAP for o in self.times)

    def busy(self, pid: str, t_in: int, t_out: int) -> bool:
        """One person is never in the house twice at once (and not back within AWAY minutes)."""
        return any(v.person_id == pid and t_in <= v.t_out + AWAY and t_out >= v.t_in - AWAY
                   for v in self.visits)

    def place(self, pid: str, carry_in: str, carry_out: str, hours=(7, 20),
              minute: int | None = None) -> Visit | None:
        """Add a visit at a free time (arrival hour in `hours`, at `minute` past if given)."""
        for _ in range(300):
            h = self.rng.randint(*hours)
            m = self.rng.randint(0, 59) if minute is None else minute
            t_in = h * 60 + m
            t_out = t_in + self.rng.randint(MIN_GAP, 50)
            if not self.free(t_in) or not self.free(t_out) or self.busy(pid, t_in, t_out):
                continue
            visit = Visit(pid, t_in, t_out, carry_in, carry_out)
            self.times += [t_in, t_out]
            self.visits.append(visit)
            return visit
        return None

    def ordinary_items(self) -> tuple[str, str]:
        carry_in = self.rng.choice(ITEMS)
        if carry_in == NEWSPAPER or self.rng.random() < 0.55:
            return carry_in, carry_in
        return carry_in, self.rng.choice([i for i in ITEMS if i != carry_in])


def _people(rng: random.Random) -> tuple[list[Person], list[str]]:
    """Eight distinct looks; returns the people and their roles (same order)."""
    courier_look = (rng.choice(COATS), rng.choice([h for h in HATS if h != "headscarf"]), rng.choice(BUILDS))
    looks = [courier_look, (courier_look[0], courier_look[1],
                            rng.choice([b for b in BUILDS if b != courier_look[2]]))]
    while len(looks) < PEOPLE:
        look = (rng.choice(COATS), rng.choice(HATS), rng.choice(BUILDS))
        # only the look-alike may share both coat and hat with the courier
        if look not in looks and look[:2] != courier_look[:2]:
            looks.append(look)
    roles = ["courier", "lookalike", "same_minute", "newspaper_twice", "newspaper_once",
             "ordinary", "ordinary", "ordinary"]
    order = list(range(PEOPLE))
    rng.shuffle(order)
    people, person_roles = [], []
    for n, index in enumerate(order):
        coat, hat, build = looks[index]
        people.append(Person(f"p{n + 1}", coat, hat, build))
        person_roles.append(roles[index])
    return people, person_roles


def generate_day(seed: int) -> tuple[list[Person], list[Visit], str]:
    """The people, their visits (sorted by arrival) and the courier's id, all from the seed."""
    rng = random.Random(seed)
    for _ in range(100):
        people, roles = _people(rng)
        built = _build_visits(rng, people, roles)
        if built is not None:
            courier = people[roles.index("courier")].id
            return people, sorted(built, key=lambda v: v.t_in), courier
    raise RuntimeError(f"stakeout: no valid day for seed {seed}")


def _build_visits(rng: random.Random, people: list[Person], roles: list[str]) -> list[Visit] | None:
    b = _Builder(rng)
    by_role = {}
    for person, role in zip(people, roles):
        by_role.setdefault(role, []).append(person.id)
    minute = rng.choice([m for m in range(3, 58) if m % 15 != 0])
    courier = by_role["courier"][0]
    first = b.place(courier, NEWSPAPER, NOTHING, hours=(7, 11), minute=minute)
    second = b.place(courier, NEWSPAPER, NOTHING, hours=(13, 19), minute=minute)
    if not first or not second:
        return None
    # the look-alike: once at the courier's minute with a newspaper he keeps, once otherwise
    look = by_role["lookalike"][0]
    if not b.place(look, NEWSPAPER, NEWSPAPER, minute=minute) or not b.place(look, *b.ordinary_items()):
        return None
    # same minute twice, but only one of the two visits drops a newspaper
    same = by_role["same_minute"][0]
    other_minute = rng.choice([m for m in range(60) if _minute_distance(m, minute) >= 10])
    v1 = b.place(same, NEWSPAPER, NOTHING, hours=(7, 13), minute=other_minute)
    v2 = b.place(same, rng.choice(["flowers", "parcel", "shopping bag"]), NOTHING,
                 hours=(14, 20), minute=other_minute)
    if not v1 or not v2:
        return None
    # two newspaper drops, at different minutes past the hour
    twice = by_role["newspaper_twice"][0]
    v1 = b.place(twice, NEWSPAPER, NOTHING, hours=(7, 12))
    if not v1:
        return None
    minutes_ok = [m for m in range(60) if _minute_distance(m, v1.t_in % 60) >= 10]
    if not b.place(twice, NEWSPAPER, NOTHING, hours=(13, 20), minute=rng.choice(minutes_ok)):
        return None
    # one newspaper drop, and one or two ordinary visits
    once = by_role["newspaper_once"][0]
    if not b.place(once, NEWSPAPER, NOTHING):
        return None
    for _ in range(rng.randint(1, 2)):
        if not b.place(once, *b.ordinary_items()):
            return None
    # ordinary comings and goings
    for pid in by_role["ordinary"]:
        for _ in range(rng.randint(1, 3)):
            if not b.place(pid, *b.ordinary_items()):
                return None
    # the rule must pick out the courier alone
    for person in people:
        if matches_pattern([v for v in b.visits if v.person_id == person.id]) != (person.id == courier):
            return None
    return b.visits


class Stakeout:
    def __init__(self, seed: int, assist: bool = False):
        self.seed = seed
        self.assist = assist
        self.people, self.visits, self._courier = generate_day(seed)
        self.people_by_id = {p.id: p for p in self.people}
        self.door_events = sorted(
            [DoorEvent(v.t_in, v.person_id, "in", v.carry_in) for v in self.visits]
            + [DoorEvent(v.t_out, v.person_id, "out", v.carry_out) for v in self.visits],
            key=lambda e: e.time)
        self.time_scale = 1.0
        self.entries: list[LogEntry] = []
        self.reset()

    def reset(self) -> None:
        """Start the day again: same people, same schedule, no strikes; the log is kept (what
        was written stays written)."""
        self.clock = float(DAY_START)
        self.strikes = 0
        self.outcome: str | None = None
        self.accused: list[str] = []

    def snapshot(self) -> dict:
        """(The people and their visits come from the seed.)"""
        return {"seed": self.seed, "assist": self.assist, "clock": self.clock, "time_scale": self.time_scale,
                "strikes": self.strikes, "outcome": self.outcome, "accused": list(self.accused),
                "entries": [[e.person_id, e.time, e.carrying, e.correct] for e in self.entries]}

    # time
    @property
    def door_minutes(self) -> int:
        return ASSIST_DOOR_MINUTES if self.assist else DOOR_MINUTES

    @property
    def day_over(self) -> bool:
        return self.clock >= DAY_END

    def update(self, dt: float) -> list[DoorEvent]:
        """Advance the clock by `dt` game seconds: at the speed asked for while the door is
        empty, at DOOR_MINUTES_PER_SECOND while someone stands there (exactly, however long the
        step); still when time_scale is 0. Returns the door events that began during this update
        (so the scene can flash the door)."""
        if self.outcome is not None or self.day_over or self.time_scale <= 0:
            return []
        before = self.clock
        left = dt
        for _ in range(4 * len(self.door_events) + 2):  # each step ends at a door event's start or end
            if left <= 0 or self.clock >= DAY_END:
                break
            rate = DOOR_MINUTES_PER_SECOND if self.events_visible_now() else MINUTES_PER_SECOND * self.time_scale
            change = self._next_change()
            if left * rate < change - self.clock:
                self.clock += left * rate
                break
            left -= (change - self.clock) / rate
            self.clock = change
        return [e for e in self.door_events if before < e.time <= self.clock]

    def _next_change(self) -> float:
        """The next minute at which someone comes to the door or leaves it (or the day ends)."""
        clock, door = self.clock, self.door_minutes
        changes = [t for e in self.door_events for t in (e.time, e.time + door) if t > clock]
        return float(min(changes + [DAY_END]))

    def clock_text(self) -> str:
        return clock_text(self.clock)

    def events_visible_now(self) -> list[DoorEvent]:
        return [e for e in self.door_events if e.time <= self.clock < e.time + self.door_minutes]

    # the player's notebook
    def _happened(self, person_id: str, time: float, carrying: str) -> bool:
        return any(e.person_id == person_id and e.carrying == carrying
                   and abs(e.time - time) <= LOG_TOLERANCE for e in self.door_events)

    def log(self, person_id: str, time: float, carrying: str) -> LogEntry:
        entry = LogEntry(person_id, int(time), carrying, self._happened(person_id, time, carrying))
        self.entries.append(entry)
        return entry

    def log_visible(self, person_id: str) -> LogEntry | None:
        """Write down the person at the door as seen: the event's own time and what he carries."""
        for event in self.events_visible_now():
            if event.person_id == person_id:
                return self.log(person_id, event.time, event.carrying)
        return None

    @property
    def can_accuse(self) -> bool:
        return self.outcome is None and (self.day_over or len(self.entries) >= MIN_LOG_ENTRIES)

    def accuse(self, person_id: str) -> str:
        """"won", "strike", "lost", "not_yet" (not allowed yet) or "already" (ruled out before): the
        last two cost nothing."""
        if self.outcome is not None:
            return self.outcome
        if not self.can_accuse:
            return "not_yet"
        if person_id in self.accused:
            return "already"
        self.accused.append(person_id)
        if person_id == self._courier:
            self.outcome = "won"
            return "won"
        self.strikes += 1
        if self.strikes >= MAX_STRIKES:
            self.outcome = "lost"
            return "lost"
        return "strike"

    # answers
    def solution(self) -> str:
        return self._courier

    def courier_visits(self) -> list[Visit]:
        return [v for v in self.visits if v.person_id == self._courier]

    def key_clue(self) -> KeyClue:
        first, second = self.courier_visits()[:2]
        times = (first.t_in, second.t_in)
        return KeyClue(key_from_times(times), times)


def door_seconds(seed: int, time_scale: float, assist: bool = False, dt: float = 1 / 60) -> tuple[list[float], float]:
    """Played at one speed, tick by tick: how many game seconds each visitor stood at the door,
    and how long the whole day took."""
    day = Stakeout(seed, assist=assist)
    day.time_scale = time_scale
    shown: dict[tuple[int, str], float] = {}
    seconds = 0.0
    while not day.day_over:
        for event in day.events_visible_now():
            key = (event.time, event.person_id)
            shown[key] = shown.get(key, 0.0) + dt
        day.update(dt)
        seconds += dt
    return list(shown.values()), seconds


if __name__ == "__main__":  # python -m game.berlin.stakeout.model: the figures of a day at the window
    import json
    import statistics

    figures = {}
    for name, scale in (("normal", 1.0), ("fast", 6.0)):
        at_door, days = [], []
        for seed in range(20):
            shown, seconds = door_seconds(seed, scale)
            at_door += shown
            days.append(seconds)
        figures[name] = {"visitor_seconds_min": round(min(at_door), 2),
                         "visitor_seconds_median": round(statistics.median(at_door), 2),
                         "day_seconds_median": round(statistics.median(days), 1)}
    print(json.dumps(figures))
