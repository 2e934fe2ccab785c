"""Give every line and choice of the Ink story a stable `#id:` tag: `python -m game.content.line_ids`.

A translation is found by its line's id, so an id never changes once given: the tool only adds
ids to lines that have none (a new line gets `<knot>.<n>`, n one past the highest number that knot's
ids have ever used in the sources), and gives a fresh id to the second of two lines that carry the
same one (a line copied with its tag). A line moved to another knot or file keeps its id, because
the id is written on the line. Run it after writing new lines, then `npm run ink`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from game.content.ink_lines import CHOICE, SourceLine, read_story
from game.core import paths

STORY_DIR = paths.ASSETS / "story"
NUMBERED = re.compile(r"^(.*)\.(\d+)$")


def _next_numbers(lines: list[SourceLine]) -> dict[str, int]:
    highest: dict[str, int] = {}
    for line in lines:
        match = NUMBERED.match(line.line_id or "")
        if match:
            highest[match[1]] = max(highest.get(match[1], 0), int(match[2]))
    return highest


def _tagged(raw: str, kind: str, line_id: str) -> str:
    """The source line with `#id:` added (replacing an id it had): after a line's other tags, inside
    a choice's brackets."""
    raw = re.sub(r"\s*#\s*id:\s*[A-Za-z0-9_.]+", "", raw)
    if kind == "choice":
        indent = raw[: len(raw) - len(raw.lstrip())]
        match = CHOICE.match(raw.strip())
        inside = match["inside"].rstrip()
        return f"{indent}{match['marks']}{match['before']}[{inside} #id:{line_id}]{match['after']}"
    body, divert = raw, ""
    if "->" in raw and not raw.lstrip().startswith("->"):
        at = raw.index("->")
        body, divert = raw[:at].rstrip(), " " + raw[at:]
    comment = ""
    if "//" in body:
        at = body.index("//")
        body, comment = body[:at].rstrip(), " " + body[at:]
    return f"{body.rstrip()} #id:{line_id}{divert}{comment}"


def assign_ids(folder: Path = STORY_DIR) -> list[str]:
    """Tag every untagged (or duplicate-tagged) line in the story's sources; returns what it did."""
    lines = [line for line in read_story(folder) if line.kind != "fragment"]
    highest = _next_numbers(lines)
    seen: set[str] = set()
    changes: dict[Path, dict[int, str]] = {}
    report = []
    for line in lines:
        if line.line_id and line.line_id not in seen:
            seen.add(line.line_id)
            continue
        prefix = line.knot
        highest[prefix] = highest.get(prefix, 0) + 1
        new_id = f"{prefix}.{highest[prefix]}"
        seen.add(new_id)
        changes.setdefault(line.path, {})[line.number] = (line.kind, new_id)
        why = f"a copy of {line.line_id}" if line.line_id else "new"
        report.append(f"{line.path.name}:{line.number}: #id:{new_id} ({why})")
    for path, by_number in changes.items():
        raw_lines = path.read_text(encoding="utf-8").split("\n")
        for number, (kind, new_id) in by_number.items():
            raw_lines[number - 1] = _tagged(raw_lines[number - 1], kind, new_id)
        path.write_text("\n".join(raw_lines), encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    folder = Path(argv[0]) if argv else STORY_DIR
    report = assign_ids(folder)
    print("\n".join(report) if report else "every line has its id")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
