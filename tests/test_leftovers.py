"""Temporary files left by writes that never finished (the game killed mid-write) are removed when the
game next starts; nothing else in the folders is touched, nor the temporary file of a copy still running."""

import os
import subprocess
import sys

from conftest import ROOT
from game.core.files import write_atomically


def test_the_next_start_removes_what_interrupted_writes_left(tmp_path):
    crashes = tmp_path / "crashes"
    crashes.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)  # a process that has ended
    leftovers = [tmp_path / ".save.json.k2j4_8xq.tmp", tmp_path / ".settings.toml.abcdefgh.tmp",  # before pids
                 tmp_path / f".save.json.{dead_pid}.q1w2e3r4.tmp",
                 crashes / f".crash-20261101-101010.txt.{dead_pid}.zz9y8x7w.tmp"]
    kept = [tmp_path / f".save.json.{os.getpid()}.a1b2c3d4.tmp",  # this test's process still runs: still writing
            tmp_path / ".save.json.notes", tmp_path / "other.tmp", tmp_path / ".photos.jpg.12345678.tmp",
            tmp_path / "save.json.bad-20261101-101010"]
    for path in leftovers + kept:
        path.write_text("x", encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--headless", "--frames", "2",
                             "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert [path.name for path in leftovers if path.exists()] == []
    assert [path.name for path in kept if not path.exists()] == []


def test_a_write_names_its_temporary_file_after_the_process(tmp_path):
    seen = []
    write_atomically(tmp_path / "save.json", "{}", before_replace=seen.append)
    assert seen[0].name.startswith(f".save.json.{os.getpid()}.") and seen[0].name.endswith(".tmp")
