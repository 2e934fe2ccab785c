"""The story runtime: our small interface over bink, the Ink engine.

The whole story is one compiled Ink file (assets/story/story.json). Story state
lives only in Ink variables; the game reads and sets them here. The game jumps
to a knot, then pulls lines and choices one at a time. Ink's EXTERNAL functions
(start_chapter, give_item, play_sound, go_to_map, start_minigame, set_flag)
become `StoryAction`s the game carries out; nothing in the story runs as code.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import sys
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from bink.story import Story as InkStory

from game.content.data_files import shown as _shown
from game.content.errors import ContentError
from game.core import paths

STORY_JSON = paths.ASSETS / "story" / "story.json"

# external function -> number of arguments; the story declares them with EXTERNAL
EXTERNALS = {
    "start_chapter": 1,
    "give_item": 1,
    "play_sound": 1,
    "go_to_map": 2,
    "start_minigame": 1,
    "set_flag": 1,
}


@dataclass(frozen=True)
class Line:
    text: str  # in the player's language
    speaker: str = ""  # a character id (stephane, sophie, …) or "" for narration
    mood: str = ""
    tags: tuple[str, ...] = ()
    line_id: str = ""  # its `#id:` tag, by which translations find it
    english: str = field(default="", compare=False)  # as Ink printed it


@dataclass(frozen=True)
class Choice:
    index: int
    text: str  # in the player's language
    line_id: str = ""
    english: str = field(default="", compare=False)


def _english(line_id: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class StoryAction:
    name: str
    args: tuple = ()


@dataclass
class _Diagnostics:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_tags(tags) -> tuple[str, str, tuple[str, ...]]:
    """`speaker: sophie` and `mood: wary` tags; others are kept as they are."""
    speaker = mood = ""
    rest = []
    for tag in tags:
        key, _, value = (part.strip() for part in tag.partition(":"))
        if key == "speaker":
            speaker = value.lower()
        elif key == "mood":
            mood = value.lower()
        else:
            rest.append(tag.strip())
    return speaker, mood, tuple(rest)


def line_id(tags) -> str:
    """The `id:` tag the line-id tool gave a line or choice ("" when it has none)."""
    for tag in tags:
        key, _, value = (part.strip() for part in tag.partition(":"))
        if key == "id":
            return value
    return ""


class _Owner:
    """Whom a runtime's callbacks call: the Story using the runtime now, held weakly. A Story handing
    Ink its own bound methods makes a cycle, freed only by a collection; the explore scene freezes
    what the collector has seen (gc.freeze), so every Story ever made stayed in memory. Without the
    cycle a Story goes as soon as it is no longer used (and its runtime back to `_IDLE`)."""

    story = None  # weakref.ref to the Story, while one uses the runtime

    def forward(self, method: str):
        def call(*args):
            story = self.story() if self.story is not None else None
            return getattr(story, method)(*args) if story is not None else None

        return call


class _Runtime:
    """One compiled story loaded into Ink, with the game's callbacks bound once and for all."""

    def __init__(self, text: str):
        self.ink = InkStory(text)
        self.owner = _Owner()
        self.ink.set_error_handler(self.owner.forward("_on_diagnostic"))
        for name in EXTERNALS:
            self.ink.bind_external_function(name, self.owner.forward("_on_external"))


# Ink runtimes no Story uses, by the digest of their compiled story, for the next Story to take.
# Why not let them go: bink 0.7.1's Ink engine (bladeink) never frees a dropped story's followed
# diverts (an Rc cycle Container -> Divert -> Container, fixed upstream after that release), so
# every story played and dropped left up to half a megabyte behind: a new evening, a language
# switch. A runtime reset to its first state is as good as a new one, and nothing is dropped.
_IDLE: dict[str, list[_Runtime]] = {}
IDLE_LIMIT = 2  # per compiled story: a new evening begins beside the old one, which then comes back here


def _take_runtime(text: str) -> tuple[str, _Runtime]:
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()  # an edited story (F5) gets a runtime of its own
    idle = _IDLE.get(key)
    if idle:
        runtime = idle.pop()
        runtime.ink.reset_state()  # as the story was first loaded (Ink's own fresh state)
        return key, runtime
    return key, _Runtime(text)


def _give_back(key: str, runtime: _Runtime) -> None:
    """A Story is gone: its runtime waits for the next one."""
    runtime.owner.story = None
    idle = _IDLE.setdefault(key, [])
    if len(idle) < IDLE_LIMIT:
        idle.append(runtime)


class Story:
    def __init__(self, path: Path = STORY_JSON):
        self.path = Path(path)
        shown = _shown(self.path)
        try:
            text = self.path.read_text(encoding="utf-8-sig")  # the Ink compiler writes a byte-order mark
            data = json.loads(text)
        except FileNotFoundError:
            raise ContentError(shown, None, "compiled story not found (compile the Ink sources: npm run ink)") from None
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
            raise ContentError(shown, None, f"compiled story is not valid JSON: {error}") from error
        except OSError as error:
            raise ContentError(shown, None, f"compiled story cannot be read ({error.strerror or error})") from None
        problem = _shape_problem(data)
        if problem:
            raise ContentError(shown, None, f"not a compiled Ink story: {problem} (compile the Ink sources: "
                                            "npm run ink)")
        self.knots = frozenset(_knot_names(data))
        try:
            key, runtime = _take_runtime(text)
        except Exception as error:
            raise ContentError(shown, None, f"Ink could not load the story: {error}") from error
        self._ink = runtime.ink
        runtime.owner.story = weakref.ref(self)
        # when this Story goes, its runtime is kept for the next (see _IDLE); nothing to do at exit
        weakref.finalize(self, _give_back, key, runtime).atexit = False
        # the story's VARs and the type each starts with: a saved state must keep them so
        self.variables = {name: type(self._ink.get_variable(name)) for name in _variable_names(data)}
        self._diagnostics = _Diagnostics()
        self.actions: list[StoryAction] = []
        self._pending: list = []
        self.current_knot = ""
        # (line id, English) -> the text shown: the session sets its language's (Ink knows no language)
        self.translate = _english

    def reset(self) -> None:
        """Back to the story's start, as a new Story of the same file would be."""
        self._ink.reset_state()
        self._diagnostics = _Diagnostics()
        self.actions = []
        self.current_knot = ""

    # -- diagnostics and externals -------------------------------------------
    def _on_diagnostic(self, message: str, is_error: bool) -> None:
        (self._diagnostics.errors if is_error else self._diagnostics.warnings).append(message)

    def _on_external(self, name: str, *args):
        self.actions.append(StoryAction(name, tuple(args)))
        return None

    def take_actions(self) -> list[StoryAction]:
        actions, self.actions = self.actions, []
        return actions

    @property
    def warnings(self) -> list[str]:
        return list(self._diagnostics.warnings)

    def _raise_errors(self) -> None:
        if self._diagnostics.errors:
            errors, self._diagnostics.errors = self._diagnostics.errors, []
            raise ContentError(_shown(self.path), self.current_knot or None, "; ".join(errors))

    # -- running --------------------------------------------------------------
    def has_knot(self, knot: str) -> bool:
        return knot.split(".")[0] in self.knots

    def start(self, knot: str) -> None:
        """Jump to a knot; the next calls to `next()` play it."""
        if not self.has_knot(knot):
            raise ContentError(_shown(self.path), knot, f"no knot named '{knot}' in the story")
        self.current_knot = knot
        try:
            self._ink.choose_path_string(knot)
        except RuntimeError as error:
            raise ContentError(_shown(self.path), knot, str(error)) from error

    def next(self) -> Line | list[Choice] | None:
        """The next line, or the choices on offer, or None when the knot has ended."""
        ink = self._ink
        while ink.can_continue():
            try:
                text = ink.cont()
            except RuntimeError as error:
                raise ContentError(_shown(self.path), self.current_knot or None, str(error)) from error
            self._raise_errors()
            text = text.strip()
            if text:
                speaker, mood, tags = parse_tags(ink.get_current_tags())
                found = line_id(tags)
                tags = tuple(tag for tag in tags if not tag.startswith("id:"))
                return Line(self.translate(found, text), speaker, mood, tags, found, text)
        choices = ink.get_current_choices()
        if choices:
            return [self._choice(choices, index) for index in range(len(choices))]
        return None

    def retell(self, item: Line | Choice) -> Line | Choice:
        """A line or choice told again in the language `translate` gives now."""
        return dataclasses.replace(item, text=self.translate(item.line_id, item.english or item.text))

    def _choice(self, choices, index: int) -> Choice:
        text, found = str(choices[index]).strip(), line_id(choices.get_tags(index))
        return Choice(index, self.translate(found, text), found, text)

    def choose(self, index: int) -> None:
        try:
            self._ink.choose_choice_index(index)
        except RuntimeError as error:
            raise ContentError(_shown(self.path), self.current_knot or None, str(error)) from error

    # -- state ----------------------------------------------------------------
    def get(self, name: str):
        return self._ink.get_variable(name)

    def set(self, name: str, value) -> None:
        self._ink.set_variable(name, value)

    def visits(self, path: str) -> int:
        return self._ink.get_visit_count_at_path_string(path)

    def save(self) -> str:
        """The whole Ink state as JSON text (variables, visit counts, where it stands)."""
        return self._ink.save_state()

    def load(self, state: str) -> None:
        """Restore a saved state whole, or refuse it (ContentError) and keep the state as it was.

        The state comes from a save file, so anything may be in it: Ink checks its shape,
        and every VAR the story declares must still hold a value of its declared type.
        """
        before = self.save()
        try:
            if not isinstance(state, str):
                raise TypeError(f"expected JSON text, got {type(state).__name__}")
            problem = _choice_problem(state)
            if problem is None:
                with _engine_quiet():
                    self._ink.load_state(state)  # a lone surrogate cannot be encoded for Ink: UnicodeEncodeError
                problem = self._variable_problem()
        except (RuntimeError, TypeError, UnicodeEncodeError) as error:
            # bink turns a crash inside Ink into "panic crossed the … FFI boundary": say what it means
            problem = "Ink could not make sense of it" if "panic" in str(error) else str(error)
        if problem:
            self._ink.load_state(before)
            raise ContentError(_shown(self.path), "state", f"saved story state could not be loaded: {problem}")

    def _variable_problem(self) -> str | None:
        for name, kind in self.variables.items():
            try:
                value = self._ink.get_variable(name)
            except (RuntimeError, TypeError) as error:  # a divert, a variable pointer, text with a NUL
                return f"variable '{name}' cannot be read ({error})"
            if type(value) is not kind:
                shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:40] + "…"
                return f"variable '{name}' should be {kind.__name__}, the save has {type(value).__name__} {shown}"
        return None


def _shape_problem(data) -> str | None:
    """What keeps `data` from being the JSON inkjs writes, or None: Ink itself panics on some shapes."""
    if not isinstance(data, dict):
        return f"the file holds a JSON {type(data).__name__}, not an object"
    if not isinstance(data.get("inkVersion"), int) or isinstance(data.get("inkVersion"), bool):
        return "its 'inkVersion' is not a number"
    root = data.get("root")
    if not isinstance(root, list) or not root or not isinstance(root[-1], (dict, type(None))):
        return "its 'root' is not a container (a list ending with the named content)"
    if not isinstance(data.get("listDefs", {}), dict):
        return "its 'listDefs' is not an object"
    return None


def _choice_problem(state: str) -> str | None:
    """What Ink's engine would panic on, said plainly: a choice on offer whose thread the state does not hold
    (bladeink unwraps that lookup). Anything else wrong is left to the engine, which refuses it itself."""
    try:
        data = json.loads(state)
        flows = data["flows"].values() if isinstance(data, dict) and isinstance(data.get("flows"), dict) else []
    except (ValueError, RecursionError):
        return None  # not JSON: the engine says so without a panic
    for flow in flows:
        if not isinstance(flow, dict):
            continue
        threads = flow.get("callstack", {}).get("threads", []) if isinstance(flow.get("callstack"), dict) else []
        held = {thread.get("threadIndex") for thread in threads if isinstance(thread, dict)}
        saved = flow.get("choiceThreads") if isinstance(flow.get("choiceThreads"), dict) else {}
        for choice in flow.get("currentChoices") or []:
            index = choice.get("originalThreadIndex") if isinstance(choice, dict) else None
            if index not in held and str(index) not in saved:
                return f"a choice on offer belongs to a thread the state does not hold ({index!r})"
    return None


@contextlib.contextmanager
def _engine_quiet():
    """bink's Ink engine is Rust: on a state it cannot take it panics, printing the panic (and a backtrace
    under RUST_BACKTRACE) on the process's stderr before bink turns it into an error. The game says what it
    means itself, so while a state loads the engine's own stderr goes nowhere."""
    try:
        sys.stderr.flush()
        kept = os.dup(2)
    except (OSError, ValueError):  # no stderr to speak of
        yield
        return
    try:
        with open(os.devnull, "w") as nowhere:
            os.dup2(nowhere.fileno(), 2)
            yield
    finally:
        os.dup2(kept, 2)
        os.close(kept)


def _variable_names(data: dict) -> list[str]:
    """The global VARs, from the compiled story's `global decl`: each is set by a {"VAR=": name}."""
    root = data.get("root")
    if not isinstance(root, list) or not root or not isinstance(root[-1], dict):
        return []
    declarations = root[-1].get("global decl")
    if not isinstance(declarations, list):
        return []
    return [item["VAR="] for item in declarations if isinstance(item, dict) and isinstance(item.get("VAR="), str)]


def _knot_names(data: dict) -> list[str]:
    root = data.get("root")
    if not isinstance(root, list) or not root or not isinstance(root[-1], dict):
        return []
    return [name for name in root[-1] if name not in ("global decl", "#f")]


