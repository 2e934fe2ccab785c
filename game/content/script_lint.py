"""A lint for the script: what the Ink sources declare, set, read and divert to, read from the text.

`--check` runs it (check_script). Each problem is `file:line: message`:

- a variable set and never read (by the story, a map's `if_var`/`done_if` or the game), or read
  and never set (by the story or the game);
- a knot nothing diverts to, that no map, chapter or the game plays by name;
- a choice with no words;
- a `# speaker:` the cast (assets/story/cast.toml) does not have.

Our Ink is a small, regular subset (assets/story/README.md): logic is on `~` lines, in `{...}`,
in a choice's `{condition}` and on a conditional's `- condition:` branches; everything else is
text, which is never read as code here. Nothing is run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from game.berlin.registry import GAMES
from game.content.chapters import CHAPTER_IDS, load_cast, load_chapters, load_endings
from game.content.errors import ContentError
from game.content.ink_lines import CHOICE
from game.content.map_files import map_names
from game.content.maps import load_map
from game.content.object_kinds import conditions
from game.core import paths
from game.core.paths import relative
from game.world.sky import TRACEABLE

STORY_DIR = paths.ASSETS / "story"
# Ink variables the game sets: each Berlin game's results, as its record declares them (game/berlin/registry.py)
SET_BY_THE_GAME = frozenset(variable for record in GAMES.values() for variable in record.sets)
# Ink variables the game reads (the ending's name: the credits, the title of the ending, --autoplay)
READ_BY_THE_GAME = frozenset({"ending_id"})

KNOT = re.compile(r"^\s*={2,}\s*(function\s+)?(\w+)\s*(?:\(([^)]*)\))?\s*=*\s*$")
STITCH = re.compile(r"^\s*=\s*(\w+)\s*$")
VAR = re.compile(r"^\s*(?:VAR|CONST)\s+(\w+)\s*=")
TEMP = re.compile(r"\btemp\s+(\w+)")
ASSIGN = re.compile(r"^\s*~\s*(?:temp\s+)?(\w+)\s*(\+\+|--|[-+*/]?=(?!=))(.*)$")
DIVERT = re.compile(r"->\s*(\w+)(?:\.\w+)?")
STRING = re.compile(r'"[^"]*"')
WORD = re.compile(r"[A-Za-z_]\w*(?:\.\w+)?")
SPEAKER = re.compile(r"#\s*speaker\s*:\s*([^#]*)", re.IGNORECASE)
BRANCH = re.compile(r"^\s*-\s*(?!>)([^:]+):")  # `- condition:` inside a multi-line conditional
KEYWORDS = frozenset({"and", "or", "not", "true", "false", "else", "stopping", "cycle", "shuffle", "once", "temp",
                      "return", "mod", "has", "hasnt", "DONE", "END", "RANDOM", "SEED_RANDOM", "CHOICE_COUNT",
                      "TURNS", "TURNS_SINCE", "READ_COUNT", "INT", "FLOOR", "FLOAT", "POW"})


@dataclass
class Script:
    """What the sources say, each name with the places (file, line) it is declared, set or read."""

    variables: dict[str, tuple[str, int]] = field(default_factory=dict)
    knots: dict[str, tuple[str, int]] = field(default_factory=dict)
    functions: set[str] = field(default_factory=set)
    locals: set[str] = field(default_factory=set)  # temps and parameters
    sets: set[str] = field(default_factory=set)
    reads: set[str] = field(default_factory=set)
    diverted: set[str] = field(default_factory=set)
    minigames: set[str] = field(default_factory=set)  # start_minigame("...") calls
    problems: list[ContentError] = field(default_factory=list)


def _strip_comment(raw: str) -> str:
    outside = STRING.sub(lambda match: " " * len(match[0]), raw)
    at = outside.find("//")
    return raw if at < 0 else raw[:at]


def _names(expression: str) -> list[str]:
    return [word.split(".")[0] for word in WORD.findall(STRING.sub(" ", expression)) if word not in KEYWORDS]


def _braces(text: str) -> list[str]:
    """The logic inside each `{...}` of a line: a condition before its `:`, or the value printed."""
    found = []
    for inner in re.findall(r"\{([^{}]*)\}?", text):
        head = STRING.sub(" ", inner).split(":")[0] if ":" in STRING.sub(" ", inner) else inner
        found.append(head.split("|")[0] if "|" in head else head)
    return found


def read_script(folder: Path = STORY_DIR) -> Script:
    script = Script()
    raw_lines: list[tuple[str, int, str]] = []
    for path in sorted(folder.glob("*.ink")):
        shown = relative(path)
        for number, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
            raw_lines.append((shown, number, raw))
    for shown, number, raw in raw_lines:  # declarations first: a name's kind decides how it is read
        line = _strip_comment(raw)
        if match := KNOT.match(line):
            if match[1]:
                script.functions.add(match[2])
            else:
                script.knots.setdefault(match[2], (shown, number))
            script.locals |= {name.strip().split()[-1] for name in (match[3] or "").split(",") if name.strip()}
        elif match := VAR.match(line):
            script.variables.setdefault(match[1], (shown, number))
        script.locals |= set(TEMP.findall(line))
    for shown, number, raw in raw_lines:
        _read_line(script, shown, number, _strip_comment(raw))
    return script


def _read_line(script: Script, shown: str, number: int, line: str) -> None:
    code, *tags = line.split("#")
    stripped = code.strip()
    script.diverted |= set(DIVERT.findall(code))
    script.minigames |= set(re.findall(r'start_minigame\(\s*"(\w+)"', code))
    for tag in tags:
        if match := SPEAKER.match("#" + tag):
            script.problems.extend(_speaker(shown, number, match[1].strip()))
    if not stripped or KNOT.match(code) or STITCH.match(code) or VAR.match(code) or \
            stripped.startswith(("INCLUDE", "EXTERNAL", "//")):
        return
    if stripped.startswith("~"):
        if match := ASSIGN.match(code):
            script.sets.add(match[1])
            # `x = x + 1` only counts; `x = y` reads y
            script.reads |= {name for name in _names(match[3]) if name != match[1]}
        else:
            script.reads |= set(_names(stripped[1:]))
        return
    choice = CHOICE.match(line.strip())  # a choice's tags are inside its brackets
    if choice or stripped.startswith(("*", "+")):
        if choice:
            script.reads |= {name for head in _braces(choice["before"]) for name in _names(head)}
        words = (choice["inside"] if choice else stripped.lstrip("*+ ")).split("#")[0].strip()
        if not words:
            script.problems.append(ContentError(shown, number, "a choice with no words: the player would pick an "
                                                               "empty line"))
        text = choice["after"].split("#")[0] if choice else ""
    elif match := BRANCH.match(code):
        script.reads |= set(_names(match[1]))
        text = code[match.end():]
        if text.strip().startswith("~"):  # `- "tail": ~ return berlin_tail_won`
            _read_line(script, shown, number, text)
            return
    else:
        text = code
    script.reads |= {name for head in _braces(text) for name in _names(head)}


_CAST: frozenset | None = None


def _speaker(shown: str, number: int, speaker: str) -> list[ContentError]:
    cast = _cast()
    if cast is None or speaker.lower() in cast:
        return []
    return [ContentError(shown, number, f"speaker '{speaker}' is not in the cast (assets/story/cast.toml: "
                                        f"{', '.join(sorted(cast))})")]


def _cast() -> frozenset | None:
    try:
        return frozenset(load_cast())
    except ContentError:
        return None  # the cast's own check says why


def played_by_name(minigames: set[str]) -> set[str]:
    """Knots the game or the maps play by their names: chapter intros, `<chapter>_after_<game>`, the
    endings, the constellations, and every map object's `knot`."""
    names = {f"{chapter}_after_{game}" for chapter in CHAPTER_IDS for game in minigames}
    names |= {f"stars_{name}" for name in TRACEABLE}
    for loader, knot_of in ((load_chapters, lambda chapter: chapter.intro),
                            (load_endings, lambda ending: f"ending_{ending.id}")):
        try:
            names |= {knot_of(entry) for entry in loader().values()}
        except ContentError:
            pass  # their own checks say why
    for name in map_names():
        try:
            names |= {spec.props["knot"].split(".")[0] for spec in load_map(name).objects if spec.props.get("knot")}
        except ContentError:
            pass
    return names


def map_reads() -> set[str]:
    """The Ink names maps read: `if_var` and `done_if`."""
    reads = set()
    for name in map_names():
        try:
            objects = load_map(name).objects
        except ContentError:
            continue
        for spec in objects:
            for prop in ("if_var", "done_if"):
                reads |= {variable for variable, _wanted in conditions(spec.props.get(prop) or "")}
    return reads


def lint(script: Script, played: set[str], read_elsewhere: set[str]) -> list[ContentError]:
    problems = list(script.problems)
    reads = script.reads | read_elsewhere | READ_BY_THE_GAME
    sets = script.sets | SET_BY_THE_GAME
    for name, (shown, number) in sorted(script.variables.items(), key=lambda item: item[1]):
        if name in sets and name not in reads:
            problems.append(ContentError(shown, number, f"variable '{name}' is set but never read"))
        elif name in reads and name not in sets:
            problems.append(ContentError(shown, number, f"variable '{name}' is read but never set (it keeps its "
                                                        "first value)"))
        elif name not in reads and name not in sets:
            problems.append(ContentError(shown, number, f"variable '{name}' is never set nor read"))
    for name, (shown, number) in sorted(script.knots.items(), key=lambda item: item[1]):
        if name not in script.diverted and name not in played:
            problems.append(ContentError(shown, number, f"knot '{name}' is never diverted to, and no map, chapter "
                                                        "or ending plays it"))
    return problems


def check_script(folder: Path = STORY_DIR) -> list[ContentError]:
    """The lint over the shipped sources (none in a game copy without them: nothing to say)."""
    if not any(folder.glob("*.ink")):
        return []
    script = read_script(folder)
    return lint(script, played_by_name(script.minigames), map_reads())
