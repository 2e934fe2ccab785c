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


# Property-based fuzzing (tests/test_fuzz.py): derandomised, so CI tries the same cases every
# run and stays quick; HYPOTHESIS_PROFILE=fuzz-long searches wider when hunting locally.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("fuzz", derandomize=True, database=None, max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz-long", max_examples=3000, database=None, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fuzz"))


@pytest.fixture(scope="session")
def open_evening(tmp_path_factory):
    """One evening played from the title with the 'open' choices (tests/evenings.py), shared by every test
    that only reads it: its lines with their ticks, each chapter's autosave, its ending."""
    import evenings

    return evenings.open_evening(tmp_path_factory.mktemp("open-evening"))


@pytest.fixture
def undrawn(monkeypatch):
    """The App runs its loop without drawing (the state never depends on drawing): a whole evening replays
    in about a second, where drawing each frame takes ten times that."""
    from game.app import App

    monkeypatch.setattr(App, "render", lambda self, alpha: None)
