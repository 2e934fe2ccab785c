"""Tests run headless: SDL's dummy video and audio drivers, set before pygame loads."""

import os
import sys
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import pytest  # noqa: E402


@pytest.fixture
def two_rooms(tmp_path):
    """A hall and a cellar joined by doors (see tests/mapkit.py)."""
    import mapkit

    hall, cellar = mapkit.two_rooms(tmp_path)
    return tmp_path
