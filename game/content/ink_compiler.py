"""Compiling the Ink sources with inkjs (Node), for --check and the tests.

Players never need this: the compiled story.json is committed. The compiler is
the npm package `inkjs` pinned in package.json (`npm ci` installs it).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from game.content.data_files import shown
from game.content.errors import ContentError
from game.core import paths

STORY_SOURCE = paths.ASSETS / "story" / "story.ink"
COMPILER = paths.ROOT / "node_modules" / "inkjs" / "bin" / "inkjs-compiler.js"
MESSAGE = re.compile(r"^(ERROR|WARNING): '(?P<file>[^']*)' line (?P<line>\d+): (?P<text>.*)$")


def compiler_available() -> bool:
    return shutil.which("node") is not None and COMPILER.is_file()


def compile_story(source: Path = STORY_SOURCE) -> tuple[dict, list[ContentError]]:
    """Compile `source`; return the story as JSON data and every error or warning the compiler printed."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "story.json"
        result = subprocess.run(["node", str(COMPILER), "-c", "-o", str(output), str(source)],
                                capture_output=True, text=True, cwd=source.parent, timeout=120)
        problems = []
        for raw in (result.stdout + "\n" + result.stderr).splitlines():
            match = MESSAGE.match(raw.strip())
            if match:
                file = Path(match["file"])
                file = file if file.is_absolute() else source.parent / file
                kind = "error" if match[1] == "ERROR" else "warning"
                problems.append(ContentError(shown(file), f"line {match['line']}", f"Ink {kind}: {match['text']}"))
        if result.returncode != 0 and not problems:
            problems.append(ContentError(shown(source), None,
                                         f"the Ink compiler failed: {(result.stderr or result.stdout).strip()[:500]}"))
        data = json.loads(output.read_text(encoding="utf-8-sig")) if output.is_file() else {}
        return data, problems


def check_compiled(source: Path = STORY_SOURCE, compiled: Path | None = None) -> list[ContentError]:
    """Recompile and compare with the committed JSON: a stale story.json is a problem."""
    compiled = compiled or source.with_suffix(".json")
    data, problems = compile_story(source)
    if problems:
        return problems
    try:
        committed = json.loads(compiled.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        committed = None
    if committed != data:
        return [ContentError(shown(compiled), None,
                             "compiled story is stale: it differs from what the Ink sources compile to (npm run ink)")]
    return []
