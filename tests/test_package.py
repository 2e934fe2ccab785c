"""`python -m game.package --verify` plays a build as a player has it: a copy moved elsewhere, no Python
on PATH, no PYTHONHOME or PYTHONPATH; and any failure is told in words CI can show.

The real build (PyInstaller, about 20 s, then a whole autoplay) runs in .ci/run after the tests;
here the verifier is given stand-in builds: a small program in the build's place that tells what
it was started with, or fails as a broken build would.
"""

import os
import stat
import sys
from pathlib import Path

import pytest

from game.core.version import game_version
from game.tools.package import EXECUTABLE, PackageError, verify

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the stand-in build is a POSIX script")

GOOD = f"""
import os, shutil, sys
from pathlib import Path

args = sys.argv[1:]
here = Path(__file__).resolve().parent
problems = [name for name in ("PYTHONPATH", "PYTHONHOME") if name in os.environ]
if shutil.which("python3") or shutil.which("python"):
    problems.append("a Python on PATH")
if here == Path({{original!r}}):
    problems.append("run where it was built, not from a copy")
if problems:
    sys.exit("started with " + ", ".join(problems))
if args == ["--version"]:
    print("The Weight of Secrets {game_version()}")
elif args == ["--list-endings"]:
    print("peace"); print("dawn")
elif args == ["--check"]:
    print("content OK (7 maps checked)")
elif args[:2] == ["--headless", "--autoplay"]:
    {{autoplay}}
else:
    sys.exit("unexpected arguments " + repr(args))
"""


def stand_in(tmp_path: Path, autoplay: str = 'print("CHAPTER: vineyard"); print("ENDING: peace")',
             version: str | None = None) -> Path:
    """A build folder whose `weight-of-secrets` is this small program."""
    folder = tmp_path / "dist" / "weight-of-secrets-test"
    (folder / "_internal").mkdir(parents=True)
    text = GOOD.format(original=str(folder), autoplay=autoplay)
    if version is not None:
        text = text.replace(f"The Weight of Secrets {game_version()}", f"The Weight of Secrets {version}")
    program = folder / EXECUTABLE
    program.write_text(f"#!{sys.executable}\n{text}", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return folder


def test_a_build_is_played_from_a_copy_with_no_python_about(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))  # what a developer's shell may have: the copy never sees it
    verify(stand_in(tmp_path))
    said = capsys.readouterr().out
    assert f"The Weight of Secrets {game_version()}; endings: peace dawn" in said
    assert "content OK" in said and "reached ENDING: peace" in said


def test_a_build_that_stops_before_an_ending_is_told_with_its_output(tmp_path):
    broken = stand_in(tmp_path, autoplay='print("CHAPTER: vineyard"); sys.exit("autoplay stopped in vineyard")')
    with pytest.raises(PackageError) as failure:
        verify(broken)
    told = str(failure.value)
    assert "--headless --autoplay" in told and "exited with 1" in told and "autoplay stopped in vineyard" in told


def test_a_build_that_ends_without_an_ending_line_is_a_failure(tmp_path):
    with pytest.raises(PackageError, match="without an ENDING: line"):
        verify(stand_in(tmp_path, autoplay='print("CHAPTER: vineyard")'))


def test_a_build_of_another_version_is_a_failure(tmp_path):
    with pytest.raises(PackageError, match="--version says"):
        verify(stand_in(tmp_path, version="0.0.0-old"))


def test_a_build_with_no_program_in_it_is_told(tmp_path):
    folder = stand_in(tmp_path)
    (folder / EXECUTABLE).unlink()
    with pytest.raises(PackageError, match="did not run"):
        verify(folder)
