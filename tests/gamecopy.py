"""A throwaway copy of the game (code, assets, maps) to damage and run from the command line.

The game finds its content beside its own code (game/core/paths.py), so `python COPY/main.py`
plays the copy's content: a test can break any file of it without touching the real ones.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = shutil.ignore_patterns("scripts", "screenshots", "*.ink")  # compiled modules come too: no compiling again


def make(dest: Path) -> Path:
    """Copy what the game runs from into `dest`; returns `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    for folder in ("game", "assets", "maps"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=SKIP)
    for name in ("main.py", "pyproject.toml"):
        shutil.copy2(ROOT / name, dest / name)
    return dest


def run(copy: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python main.py ARGS` in the copy, headless, its output as text."""
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
           "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    return subprocess.run([sys.executable, str(copy / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, cwd=copy, env=env)
