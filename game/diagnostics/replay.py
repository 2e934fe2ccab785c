"""Recording the intents of each tick, and playing them back: `--record FILE`, `--replay FILE`.

The simulation depends only on the run's seed and the intents of each tick, so a list
of intents per tick is the whole run. The file is JSON lines, versioned, readable:

    {"format": "weight-of-secrets-replay", "version": 1, "seed": 1961, "start": {...}, ...}
    [120, "", ""]                          120 ticks with nothing held
    [1, "interact", "interact"]            one tick: Interact pressed (so held too)
    [37, "right+up", ""]                   37 ticks holding right and up
    [5, "", "", 0.7071, -0.7071]           5 ticks with the gamepad's stick tilted
    {"key": 102, "name": "f"}              a key pressed while Controls waited for one, before the next tick
    {"reload": true}                       F5 pressed (the map reloaded from disk), before the next tick
    {"restart": "garden"}                  the monkey player started a chapter afresh, before the next tick
    {"end": 12345, "state": "ab12…"}       the last line: how many ticks, and the STATE hash they led to

The first line says how the run began: the seed, the start (`scene`, `continue`), the
settings as they were, and the saved game as it was (`save`, the save file's text, or
null), so a replay starts from the same place with nothing taken from the machine it
runs on. Nothing in the file is ever executed; a damaged line is an error naming the
file and the line. A crash report (game/diagnostics/crash.py) ends with such a recording, after a
line starting with REPLAY_MARKER, and can be given to `--replay` as it is.
"""

from __future__ import annotations

import json
import math
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import msgspec

from game.content.chapters import CHAPTER_IDS
from game.content.errors import ContentError
from game.content.map_files import map_names, map_path
from game.core.declared import Invalid, conform
from game.core.files import write_atomically
from game.core.input import InputFrame, Intent
from game.core.settings import Settings

FORMAT = "weight-of-secrets-replay"
VERSION = 1
REPLAY_MARKER = "=== replay"
INTENTS = tuple(Intent)  # bit i of a mask is INTENTS[i]
BY_NAME = {intent.value: intent for intent in INTENTS}
EVENT_KINDS = ("key", "reload", "restart")
# the longest run the game records: the monkey's longest soak (--monkey SECONDS); a replay stating
# more is refused rather than played for years
LONGEST_SECONDS = 10**7
LONGEST_TICKS = LONGEST_SECONDS * 60


class ReplayError(Exception):
    """A replay file that cannot be played; the message names the file and the line."""


def _mask(intents) -> int:
    mask = 0
    for intent in intents:
        mask |= 1 << INTENTS.index(intent)
    return mask


def _names(mask: int) -> str:
    return "+".join(intent.value for index, intent in enumerate(INTENTS) if mask >> index & 1)


# -- recording ----------------------------------------------------------------------------
class Recorder:
    """Keeps every tick's intents compactly (two bytes a tick, sticks and events aside).

    `wrap(inputs)` returns an inputs hook that records what `inputs` returns; `event(...)`
    notes something done between ticks (a raw key for rebinding, F5, a chapter restart),
    which belongs before the next tick recorded.
    """

    def __init__(self, header: dict):
        self.header = dict(header)
        self.masks = array("H")  # held | pressed << 8, one per tick
        self.sticks: dict[int, tuple[float, float]] = {}
        self.events: dict[int, list[dict]] = {}

    @property
    def ticks(self) -> int:
        return len(self.masks)

    def wrap(self, inputs):
        def recorded(ctx):
            frame = inputs(ctx) or InputFrame()
            self.frame(frame)
            return frame
        return recorded

    def frame(self, frame: InputFrame) -> None:
        tick = len(self.masks)
        self.masks.append(_mask(frame.held) | _mask(frame.pressed) << 8)
        sx, sy = frame.stick
        if sx or sy:
            self.sticks[tick] = (float(sx), float(sy))

    def event(self, **event) -> None:
        self.events.setdefault(len(self.masks), []).append(event)

    # -- writing ---------------------------------------------------------------------------
    def lines(self, end: dict | None = None):
        """The recording as JSON lines (without newlines), header first, `end` last."""
        # ASCII: the save's text may hold bytes that are not UTF-8, kept as escapes
        yield json.dumps({"format": FORMAT, "version": VERSION, **self.header})
        run_key, run_count = None, 0
        for tick, mask in enumerate(self.masks):
            key = (mask, self.sticks.get(tick))
            events = self.events.get(tick)
            if events or key != run_key:
                if run_count:
                    yield _run_line(run_key, run_count)
                for event in events or ():
                    yield json.dumps(event, ensure_ascii=False, sort_keys=True)
                run_key, run_count = key, 0
            run_count += 1
        if run_count:
            yield _run_line(run_key, run_count)
        for event in self.events.get(len(self.masks), ()):  # done after the last tick
            yield json.dumps(event, ensure_ascii=False, sort_keys=True)
        yield json.dumps({"end": len(self.masks), **(end or {})}, ensure_ascii=False, sort_keys=True)

    def text(self, end: dict | None = None) -> str:
        return "\n".join(self.lines(end)) + "\n"

    def write(self, path, end: dict | None = None) -> None:
        write_atomically(Path(path), self.text(end))


def _run_line(key, count: int) -> str:
    mask, stick = key
    row = [count, _names(mask & 0xFF), _names(mask >> 8)]
    if stick is not None:
        row.extend(stick)
    return json.dumps(row)


# -- reading -----------------------------------------------------------------------------
class Start(msgspec.Struct):
    """Where the recorded run began: a chapter or a map in maps/ (None: the title), and from the save or not."""

    scene: str | None = None
    continue_game: bool = msgspec.field(name="continue", default=False)


class Header(msgspec.Struct):
    """The header line as the game reads it (its format and version are checked first; the save's text,
    which may hold any bytes, is read apart)."""

    seed: int
    start: Start = msgspec.field(default_factory=Start)
    settings: Settings = msgspec.field(default_factory=Settings)


@dataclass
class Recording:
    path: str
    header: Header
    save: str | None = None  # the save file's text as the run began (bytes not UTF-8 as surrogate escapes)
    # (ticks, held, pressed, stick) runs and events, in order
    steps: list = field(default_factory=list)
    ticks: int = 0
    end: dict = field(default_factory=dict)

    @property
    def seed(self) -> int:
        return self.header.seed

    @property
    def start(self) -> dict:
        """As the header writes it: {"scene": …, "continue": …}."""
        return msgspec.to_builtins(self.header.start)

    @property
    def settings(self) -> Settings:
        return self.header.settings


def load(path) -> Recording:
    """Read a replay file (or a crash report ending with one); ReplayError names the file and line."""
    shown = str(path)
    try:
        if Path(path).exists() and not Path(path).is_file():  # a folder, a device, a pipe: nothing to read to its end
            raise ReplayError(f"{shown}: not a file")
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReplayError(f"{shown}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ReplayError(f"{shown}: cannot be read ({error})") from None
    lines = text.splitlines()
    first = 0
    if lines and not lines[0].lstrip().startswith("{"):  # a crash report: the recording follows the marker
        marker = next((index for index, line in enumerate(lines) if line.startswith(REPLAY_MARKER)), None)
        if marker is None:
            raise ReplayError(f"{shown}:1: not a replay file (it should start with a JSON header line)")
        first = marker + 1
    numbered = [(number, line) for number, line in enumerate(lines[first:], start=first + 1) if line.strip()]
    if not numbered:
        raise ReplayError(f"{shown}:{first + 1}: the replay is empty")

    def fail(number: int, message: str):
        return ReplayError(f"{shown}:{number}: {message}")

    def parse(number: int, line: str):
        try:
            return json.loads(line)
        except (json.JSONDecodeError, ValueError, RecursionError) as error:
            raise fail(number, f"not valid JSON ({getattr(error, 'msg', error)})") from None

    number, line = numbered[0]
    header = parse(number, line)
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise fail(number, f"not a replay of The Weight of Secrets (the header needs \"format\": \"{FORMAT}\")")
    version = header.get("version")
    if not _is_int(version) or version < 1:
        raise fail(number, "the replay has no valid version")
    if version > VERSION:
        raise fail(number, f"the replay comes from a newer version of the game (replay version {version}, "
                           f"this game reads up to {VERSION})")
    recording = Recording(shown, *_read_header(header, lambda message, number=number: fail(number, message)))
    ended = False
    reached = []  # (line, the tick its run reaches), to name the run that goes past the end
    for number, line in numbered[1:]:
        if ended:
            raise fail(number, "nothing may follow the end line")
        item = parse(number, line)
        if isinstance(item, list):
            recording.steps.append(_run(item, lambda message, number=number: fail(number, message)))
            recording.ticks += item[0]
            if recording.ticks > LONGEST_TICKS:
                raise fail(number, f"this run reaches tick {recording.ticks}: longer than any recording "
                                   f"(at most {LONGEST_TICKS} ticks, {LONGEST_SECONDS} seconds of play)")
            reached.append((number, recording.ticks))
        elif isinstance(item, dict) and "end" in item:
            stated = item["end"]
            if _is_int(stated) and stated < recording.ticks:
                past, tick = next((run_line, tick) for run_line, tick in reached if tick > stated)
                raise fail(past, f"this run goes past the recording's end: it reaches tick {tick}, "
                                 f"the end line (line {number}) says {stated} ticks")
            if not _is_int(stated) or stated != recording.ticks:
                raise fail(number, f"the end line says {stated!r} ticks but the replay holds {recording.ticks}")
            if not isinstance(item.get("state", ""), str) or not isinstance(item.get("crash", ""), str):
                raise fail(number, "the end line's state and crash must be text")
            recording.end, ended = item, True
        elif isinstance(item, dict):
            recording.steps.append(_event(item, lambda message, number=number: fail(number, message)))
        else:
            raise fail(number, "expected [ticks, held, pressed] or an {…} event")
    if not ended:
        raise fail(numbered[-1][0], "the replay is cut short (its last line should be the {\"end\": …} line)")
    return recording


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _read_header(header: dict, fail) -> tuple[Header, str | None]:
    """The header held to its declaration (Header), and the save's text; `fail` names what is wrong."""
    save = header.get("save")
    if save is not None and not isinstance(save, str):
        raise fail("the header's 'save' is not valid: it must be the save file's text or null")
    try:
        declared = conform({name: value for name, value in header.items() if name != "save"}, Header)
    except Invalid as problem:
        if problem.reason == "missing":
            raise fail(f"the header's '{problem.field}' is missing") from None
        raise fail(f"the header's '{problem.field}' is not valid: {problem.reason}") from None
    scene = declared.start.scene
    if scene is not None:
        problem = _scene_problem(scene)
        if problem:
            raise fail(f"the header's start scene {scene!r} {problem}")
    return declared, save


def _scene_problem(scene) -> str | None:
    """Why a recorded start scene cannot be played, or None: it must be a chapter or a map in maps/."""
    if scene in CHAPTER_IDS:
        return None
    if not scene.strip():
        return "is not a chapter or a map name"
    try:
        if map_path(scene).is_file():
            return None
    except ContentError as error:
        return f"is refused: {error.message}"
    return f"is not a chapter or a map of the game (chapters: {', '.join(CHAPTER_IDS)}; maps: {', '.join(map_names())})"


def _intents(text, fail) -> frozenset:
    if not isinstance(text, str):
        raise fail("intents must be text like \"up+interact\"")
    if not text:
        return frozenset()
    unknown = [name for name in text.split("+") if name not in BY_NAME]
    if unknown:
        raise fail(f"unknown intent {unknown[0]!r} (intents: {', '.join(BY_NAME)})")
    return frozenset(BY_NAME[name] for name in text.split("+"))


def _run(row: list, fail):
    if len(row) not in (3, 5):
        raise fail("a run is [ticks, held, pressed] or [ticks, held, pressed, stick x, stick y]")
    count = row[0]
    if not _is_int(count) or count < 1:
        raise fail("a run's tick count must be a whole number above 0")
    held, pressed = _intents(row[1], fail), _intents(row[2], fail)
    stick = (0.0, 0.0)
    if len(row) == 5:
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and abs(v) <= 2
                   for v in row[3:]):
            raise fail("the stick must be two numbers between -2 and 2")
        stick = (float(row[3]), float(row[4]))
    return ("run", count, InputFrame(held, pressed, stick))


def _event(item: dict, fail):
    kinds = [kind for kind in EVENT_KINDS if kind in item]
    if len(kinds) != 1:
        raise fail(f"an event needs one of {', '.join(EVENT_KINDS)} (or the line should be [ticks, held, pressed])")
    kind = kinds[0]
    if kind == "key" and not (_is_int(item["key"]) and 0 <= item["key"] < 2**31):
        raise fail("a key event's key must be a key code")
    if kind == "reload" and item["reload"] is not True:
        raise fail("a reload event is {\"reload\": true}")
    if kind == "restart" and item["restart"] not in CHAPTER_IDS:
        raise fail(f"a restart names a chapter ({', '.join(CHAPTER_IDS)})")
    return ("event", dict(item))


# -- playing back ------------------------------------------------------------------------
class ReplayPlayer:
    """An inputs hook that gives back a recording's intents tick by tick, doing its events between."""

    def __init__(self, recording: Recording, app):
        self.recording = recording
        self.app = app
        self._steps = iter(recording.steps)
        self._frame: InputFrame | None = None
        self._left = 0
        self.ticks = 0

    def __call__(self, ctx) -> InputFrame:
        while self._left == 0:
            step = next(self._steps, None)
            if step is None:  # past the end: nothing held (the run stops at the recorded tick count)
                return InputFrame()
            if step[0] == "event":
                perform(self.app, step[1])
            else:
                _, self._left, self._frame = step
        self._left -= 1
        self.ticks += 1
        return self._frame

    def finish(self) -> None:
        """Events recorded after the last tick (F5 in the last frame before the window closed)."""
        if self._left:
            return
        for step in self._steps:
            if step[0] == "event":
                perform(self.app, step[1])


def perform(app, event: dict) -> None:
    """Do a recorded between-ticks event, noting it in the app's recorder like the original was."""
    recorder = getattr(app, "recorder", None)
    if recorder is not None:
        recorder.event(**event)
    if "key" in event:
        pg = app.pygame
        app.collector.handle(SimpleNamespace(type=pg.KEYDOWN, key=event["key"], mod=0, unicode=""))
    elif "reload" in event:
        app.reload_content()
    elif "restart" in event:  # a fresh evening from a chapter's start (the monkey's soak does this)
        app.ctx.nav.new_game(event["restart"])
