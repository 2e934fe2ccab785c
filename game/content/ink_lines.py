"""The lines a player reads in the Ink sources, found by reading the source text.

Our Ink is written in a small, regular subset (see assets/story/README.md): a text line is one
line of source, a choice's words are between its brackets, and a list built for a sentence is made
in an Ink function from string literals (`~ items = items + join(n, left) + "the old vine"`).
This module finds those three things, each with its file, line number and `#id:` tag, for the
line-id tool, the catalogue template and the checks. It reads; it never runs anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from game.content.errors import ContentError
from game.core.paths import relative

ID_TAG = re.compile(r"#\s*id:\s*([A-Za-z0-9_.]+)")
# `{name}` or `{name()}` in a line: a value the game fills in (a placeholder for the translator)
PRINTED = re.compile(r"\{\s*([A-Za-z_]\w*)\s*(\(\s*\))?\s*\}")
INLINE_LOGIC = re.compile(r"\{[^}]*[:|][^}]*\}")
CHOICE = re.compile(r"^(?P<marks>(?:[*+]\s*)+)(?P<before>(?:\([\w]+\)\s*)?(?:\{[^}]*\}\s*)*)"
                    r"\[(?P<inside>[^\]]*)\](?P<after>.*)$")
FRAGMENT = re.compile(r'(?:\+|\breturn)\s*"([^"]*[A-Za-z,][^"]*)"')
SEQUENCE_KINDS = ("stopping", "cycle", "shuffle", "once", "shuffle once", "shuffle stopping")
# what starts a line that is not text: declarations, logic, diverts, knots and stitches
NOT_TEXT = ("INCLUDE", "VAR ", "CONST ", "EXTERNAL ", "=", "~", "->", "<-", "}", "TODO")


@dataclass(frozen=True)
class SourceLine:
    """A line or choice a player reads, or a fragment of a list, as written in the source."""

    path: Path
    number: int  # 1-based line in the file
    kind: str  # "line", "choice" or "fragment"
    text: str  # the words as written, `{name()}` printed values included; a fragment's literal
    line_id: str | None  # the `#id:` tag (None for fragments and untagged lines)
    knot: str  # the knot (or function) it is in
    tags: tuple[str, ...] = ()  # the line's other tags (speaker, mood)

    @property
    def template(self) -> str:
        """The words as a translator sees them: printed values as `{name}` placeholders."""
        return PRINTED.sub(lambda match: "{" + match[1] + "}", self.text).strip()


def _strip_comment(raw: str) -> str:
    at = raw.find("//")
    return raw if at < 0 else raw[:at]


def _split_tags(content: str) -> tuple[str, list[str]]:
    text, *tags = content.split("#")
    return text, [tag.strip() for tag in tags if tag.strip()]


def read_source(path: Path) -> list[SourceLine]:
    """Every line, choice and list fragment in one .ink file; a line the tool cannot take apart
    (text mixed with inline logic) is a ContentError naming the file and line."""
    found: list[SourceLine] = []
    blocks: list[str] = []  # open `{` blocks: "sequence" (its `- ` items are text) or "condition"
    knot, in_function = path.stem, False
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if line.startswith("==="):
            name = line.strip("= ").split("(")[0].split()
            in_function = bool(name) and name[0] == "function"
            knot = name[-1] if name else knot
            blocks.clear()
            continue
        if line.startswith("~"):
            if in_function:
                for literal in FRAGMENT.findall(line):
                    found.append(SourceLine(path, number, "fragment", literal, None, knot))
            continue
        if line.startswith("{"):
            opened = line[1:].strip()
            if opened.endswith("}") and opened.count("{") < opened.count("}"):
                raise ContentError(relative(path), f"line {number}",
                                   "text inside an inline condition: write it as whole lines (see TRANSLATING.md)")
            if not opened.endswith(":") and opened:
                raise ContentError(relative(path), f"line {number}", f"cannot read this line: {line}")
            condition = opened[:-1].strip() if opened else ""
            blocks.append("sequence" if condition in SEQUENCE_KINDS else "condition")
            continue
        if line.startswith("}"):
            if blocks:
                blocks.pop()
            continue
        if line.startswith(NOT_TEXT):
            continue
        if line[0] in "*+":
            match = CHOICE.match(line)
            after = match["after"].split("#")[0].strip() if match else ""
            if not match or (after and not after.startswith("->")):
                raise ContentError(relative(path), f"line {number}",
                                   "a choice's words go between its brackets, with nothing printed after them")
            text, tags = _split_tags(match["inside"])
            found.append(_made(path, number, "choice", text, tags, knot))
            continue
        if line.startswith("-"):
            item = line[1:].strip()
            if not item:
                continue  # a gather
            in_sequence = bool(blocks) and blocks[-1] == "sequence"
            if not in_sequence and (item.endswith(":") or ":" in item and item.split(":")[1].strip().startswith("~")):
                continue  # `- else:`, `- n == 1:`, `- "tail": ~ return …`: a branch's condition
            if item.startswith("->"):
                continue
            line = item
        text, tags = _split_tags(line)
        if "->" in text:
            text = text.split("->")[0]
        if not text.strip():
            continue
        found.append(_made(path, number, "line", text, tags, knot))
    return found


def _made(path: Path, number: int, kind: str, text: str, tags: list[str], knot: str) -> SourceLine:
    if INLINE_LOGIC.search(text):
        raise ContentError(relative(path), f"line {number}",
                           "text built from inline choices ({a|b} or {condition: text}): "
                           "write it as whole lines, or print a value as {name} (see TRANSLATING.md)")
    line_id = None
    others = []
    for tag in tags:
        match = ID_TAG.fullmatch("#" + tag)
        if match:
            line_id = match[1]
        else:
            others.append(tag)
    return SourceLine(path, number, kind, text.strip(), line_id, knot, tuple(others))


def story_sources(folder: Path) -> list[Path]:
    """The .ink files of the story: the main file, then what it INCLUDEs in its order, then any other."""
    main = folder / "story.ink"
    included = [folder / line.split(None, 1)[1].strip() for line in main.read_text(encoding="utf-8").splitlines()
                if line.startswith("INCLUDE ")]
    rest = sorted(path for path in folder.glob("*.ink") if path != main and path not in included)
    return [main] + [path for path in included if path.is_file()] + rest


def read_story(folder: Path) -> list[SourceLine]:
    lines: list[SourceLine] = []
    for path in story_sources(folder):
        lines.extend(read_source(path))
    return lines
