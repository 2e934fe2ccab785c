"""`pip install .` gives a player the whole game: the wheel carries assets/ and maps/ inside its package,
and its `weight-of-secrets` command plays from any folder, with no checkout anywhere near.

The wheel is built from this checkout and installed in a new virtual environment (no system site
packages) with `--no-index`: the game's dependencies come as wheels from pytest's cache folder,
downloaded there the first time (from PyPI or pip's own cache), so later runs need no network.
These tests are marked `packaging` and left out of a plain `pytest` (they cost about 25 CPU-s):
`pytest -m packaging` runs them, as CI does after the suite.
"""

from __future__ import annotations

import fnmatch
import json
import os
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from game.content.chapters import load_endings

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# what stays out of the wheel: only developers and map makers use it
DEVELOPERS_ONLY = ("assets/scripts/*", "assets/screenshots/*", "*.md", "maps/*.tiled-project",
                   "maps/objecttypes.xml", "maps/cellar.png")

pytestmark = pytest.mark.packaging


def run(command, **options) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, timeout=600, **options)


def succeed(command, **options) -> subprocess.CompletedProcess:
    result = run(command, **options)
    assert result.returncode == 0, f"{' '.join(map(str, command))} failed:\n{result.stdout}\n{result.stderr}"
    return result


def dependency_wheels(folder: Path) -> Path:
    """The game's dependencies as wheels in `folder`: fetched once, then found there offline."""
    download = [sys.executable, "-m", "pip", "download", "-q", "--only-binary=:all:", "--dest", folder,
                *PROJECT["dependencies"]]
    if run([*download, "--no-index", "--find-links", folder]).returncode != 0:
        succeed(download)
    return folder


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    succeed([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--wheel-dir", out,
             ROOT])
    (built,) = out.glob("weight_of_secrets-*.whl")
    return built


@dataclass
class Installed:
    """A new virtual environment holding only the wheel and its dependencies."""

    venv: Path
    env: dict

    def bin(self, name: str) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin") / (f"{name}.exe" if os.name == "nt" else name)

    def play(self, folder: Path, *args) -> subprocess.CompletedProcess:
        """`weight-of-secrets ARGS` from an empty folder that is not the checkout."""
        elsewhere = folder / "elsewhere"
        elsewhere.mkdir(exist_ok=True)
        return run([self.bin("weight-of-secrets"), *args], cwd=elsewhere, env=self.env)


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory, pytestconfig) -> Installed:
    venv = tmp_path_factory.mktemp("venv")
    succeed([sys.executable, "-m", "venv", "--without-pip", "--clear", venv])
    game = Installed(venv, {key: value for key, value in os.environ.items()
                            if key not in ("PYTHONPATH", "PYTHONHOME")})
    game.env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    cache = getattr(pytestconfig, "cache", None)  # none with -p no:cacheprovider: then fetched every run
    wheels = dependency_wheels(cache.mkdir("dependency-wheels") if cache else tmp_path_factory.mktemp("wheels"))
    succeed([sys.executable, "-m", "pip", "--python", game.bin("python"), "install", "-q", "--no-index",
             "--find-links", wheels, wheel])
    return game


def test_the_wheel_carries_the_game_content_and_leaves_out_what_only_developers_use(wheel):
    tracked = succeed(["git", "ls-files", "assets", "maps"], cwd=ROOT).stdout.split()
    shipped = {name for name in tracked if not any(fnmatch.fnmatch(name, pattern) for pattern in DEVELOPERS_ONLY)}
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    content = {name.removeprefix("game/") for name in names
               if name.startswith(("game/assets/", "game/maps/"))}
    assert content == shipped
    assert {"assets/story/story.json", "maps/vineyard.tmx", "maps/templates/door.tx"} <= content
    assert any(name.startswith("assets/sounds/") for name in content)
    assert not any(name.startswith(("assets/", "maps/", "tests/")) for name in names)  # nothing loose in site-packages
    assert not any("__pycache__" in name for name in names)


def test_the_installed_command_plays_to_an_ending_from_another_folder(installed, tmp_path):
    where = run([installed.bin("python"), "-c", "from game.core import paths; print(paths.ROOT)"],
                cwd=tmp_path, env=installed.env)
    assert Path(where.stdout.strip()).is_relative_to(installed.venv), where  # its own content, not the checkout's

    result = installed.play(tmp_path, "--headless", "--autoplay", "--data-dir", tmp_path / "data",
                            "--record", tmp_path / "run.jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "CHAPTER: vineyard" and "CHAPTER: berlin" in lines
    assert lines[-2].startswith("ENDING: ")  # then the recording's STATE line
    header = json.loads((tmp_path / "run.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert header["game"] == PROJECT["version"]  # the version the wheel was made with
    assert (tmp_path / "data" / "save.json").is_file()


def test_the_installed_game_keeps_its_command_line(installed, tmp_path):
    version = installed.play(tmp_path, "--version")
    assert version.stdout.strip() == f"The Weight of Secrets {PROJECT['version']}"

    check = installed.play(tmp_path, "--check")
    maps = len(list((ROOT / "maps").glob("*.tmx")))
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.splitlines()[-1] == f"content OK ({maps} maps checked)"
    assert "the Ink sources were not recompiled" in check.stdout  # said, not passed over in silence

    endings = installed.play(tmp_path, "--list-endings")
    assert endings.returncode == 0 and endings.stdout.split() == list(load_endings())  # the checkout's, in order

    shot = tmp_path / "cellar.png"
    scene = installed.play(tmp_path, "--headless", "--scene", "cellar", "--frames", "3", "--screenshot", shot)
    assert scene.returncode == 0, scene.stderr
    assert shot.stat().st_size > 1000

    data = tmp_path / "data"  # the last chapter saved as it begins, then continued to its end
    begun = installed.play(tmp_path, "--headless", "--scene", "ending", "--frames", "5", "--data-dir", data)
    assert begun.returncode == 0 and begun.stdout.splitlines() == ["CHAPTER: ending"], begun.stderr
    continued = installed.play(tmp_path, "--headless", "--continue", "--autoplay", "--data-dir", data)
    assert continued.returncode == 0, continued.stderr
    assert continued.stdout.splitlines()[0] == "CHAPTER: ending"
    assert continued.stdout.splitlines()[-1].startswith("ENDING: ")

    wrong = installed.play(tmp_path, "--frames", "none")
    assert wrong.returncode == 2 and "weight-of-secrets --help" in wrong.stderr
