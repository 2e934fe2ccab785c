"""Tests run headless: SDL's dummy video and audio drivers, set before pygame loads.

How this suite is written (keep to it: the suite's budget is under 2⅓ CPU-minutes, measured with its
child processes: /usr/bin/time -f "%U %S" python -m pytest -n auto; today it takes about 2.1 on two cores):
- Drive the game as a player does: intents in (InputFrame, keys posted to pygame's queue), state and
  pixels out, through public names. A test of a private name (`_draw_cone`, `obj._cache`) or one that
  only pins a constant (`LANGUAGES == ("en", "fr")`) is not a test; assert what the player gets.
- A real process (`python main.py ...`) only where the process is the point: one test per command-line
  contract (exit codes, stdout lines, signals, another user or mount). Anything else goes through
  `game.cli.main([...])` in-process, or the scenes directly. Real runs that draw use `--window 480x270`
  (the canvas's own size) unless the scaling is what is tested.
- One whole evening drawn by a real process: tests/test_playthrough.py's --autoplay, in the pseudo-locale, so
  it is also the text watch's evening. Other evenings are played in-process on logic only (tests/evenings.py,
  ~2 CPU-s each); a test that only reads an evening takes the session fixture `open_evening`; a command-line
  run in-process that need not draw takes `undrawn`; one that watches the texts draws what shows them
  (tests/test_localised_play.py: every frame of a conversation, one in four of walking).
- Expensive setup that tests only read (a loaded map, a compiled story, a generated asset, a recording)
  is a module- or session-scoped fixture; what a test changes is its own (tmp_path).
- Everything shipped passes `--check` once (tests/test_check.py); the generators are compared with the
  committed assets once (tests/test_assets.py). Don't add another whole-content pass: test the rule on a
  small broken input (tests/mapkit.py makes maps).
- Parametrize over cases that differ in behaviour, not over every item of a list that exercises the same
  path; never time anything in a test (figures come from `python -m game.bench` or a script).
- `ruff check tests` passes (pyproject.toml's [tool.ruff]); the import rules hold (tests/test_imports.py).
- The suite runs in parallel (`pytest -n auto`, pytest-xdist, files kept whole on one worker): a test
  never depends on another's leftovers or order.
"""

import os
import sys
from pathlib import Path

# The suite starts a hundred Python processes (real command lines, copies of the game): with compiled
# modules kept (Python's default, which PYTHONDONTWRITEBYTECODE turns off), each imports the game without
# compiling it again, and pytest keeps its rewritten test modules
sys.dont_write_bytecode = False
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

settings.register_profile("fuzz", derandomize=True, database=None, max_examples=100, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz-long", max_examples=3000, database=None, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fuzz"))


@pytest.fixture(autouse=True, scope="session")
def the_suites_own_objects_stay_frozen():
    """game.core.memory.settle() (at each map load) unfreezes what the collector was kept from scanning and
    collects everything: in a test process that is pytest, hypothesis and every test module too, ~50 ms a
    load, 18 CPU-s over the suite. Here those are frozen once, for good, and settle() collects what the
    game made since (its freezing and unfreezing, which keep a map from being scanned mid-scene in play,
    are left out: the soak and the bench run the game's own in real processes)."""
    import gc
    import types

    from game.core import memory

    gc.collect()
    gc.freeze()
    kept = memory.gc
    memory.gc = types.SimpleNamespace(collect=gc.collect, freeze=lambda: None, unfreeze=lambda: None)
    yield
    memory.gc = kept


@pytest.fixture(scope="session")
def open_evening(tmp_path_factory):
    """One evening played from the title with the 'open' choices (tests/evenings.py), shared by every test
    that only reads it: its lines with their ticks, each chapter's autosave, its ending, its save, and the title
    the credits gave way to."""
    import evenings

    return evenings.open_evening(tmp_path_factory.mktemp("open-evening"))


@pytest.fixture
def undrawn(monkeypatch):
    """The App runs its loop without drawing (the state never depends on drawing): a whole evening replays
    in about a second, where drawing each frame takes ten times that."""
    from game.app import App

    monkeypatch.setattr(App, "render", lambda self, alpha: None)
