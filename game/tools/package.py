"""The one-folder build for players: `python -m game.package` (needs `pip install -e '.[package]'`).

    python -m game.package            build dist/weight-of-secrets-<version>-<platform>/ and its archive
    python -m game.package --verify   then play a copy of it headless to an ending, with no Python about

PyInstaller freezes main.py with Python, pygame-ce and its SDL libraries, pytmx, pyscroll and
bink's native library into one folder: the executable `weight-of-secrets` (`.exe` on Windows)
beside `_internal/`, which also holds the content as game/assets/ and game/maps/, where an
installed wheel has them (game/core/paths.py). The content is taken from the wheel, built first,
so both carry the same files (pyproject.toml says what stays out), and so is the version
(the wheel's metadata goes into the build). The folder is archived beside it: `.tar.gz`, or
`.zip` on Windows. It is built on and for the platform it runs on.

`--verify` copies the folder to a temporary place and runs it from there with PATH holding only
an empty folder and PYTHONHOME/PYTHONPATH unset: `--version`, `--list-endings`, `--check`, and
`--headless --autoplay` to an ending. Every failure is one `error:` line (and the game's output).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from game.core import paths
from game.core.version import DISTRIBUTION, game_version

NAME = DISTRIBUTION  # the executable, the build folder and the archive are named after the project
WINDOWS = sys.platform == "win32"
EXECUTABLE = f"{NAME}.exe" if WINDOWS else NAME
AUTOPLAY_SECONDS = 600


class PackageError(Exception):
    """A build or a check that failed: its message says what and what to do."""


def platform_tag() -> str:
    """linux-x86_64, windows-x86_64, macos-arm64…: what the build runs on."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)  # one name for each processor
    return f"{system}-{machine}"


def build(dist: Path, work: Path) -> tuple[Path, Path]:
    """The build folder and its archive in `dist`; `work` holds what is made on the way."""
    if not (paths.ROOT / "pyproject.toml").is_file():
        raise PackageError("python -m game.package builds from a checkout of the game's repository "
                           f"(no pyproject.toml beside {paths.ROOT / 'game'})")
    if importlib.util.find_spec("PyInstaller") is None:  # it runs as a process of its own: only asked if it is there
        raise PackageError("PyInstaller is not installed: pip install -e '.[package]'")
    shutil.rmtree(work, ignore_errors=True)
    wheel = unpack(build_wheel(work / "wheel"), work / "unpacked")
    name = f"{NAME}-{game_version()}-{platform_tag()}"
    folder = freeze(wheel, work)
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.move(str(folder), target)
    archive = shutil.make_archive(str(dist / name), "zip" if WINDOWS else "gztar", root_dir=dist, base_dir=name)
    return target, Path(archive)


def build_wheel(out: Path) -> Path:
    run_step("building the wheel", [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                                    "--no-build-isolation", "--wheel-dir", str(out), str(paths.ROOT)])
    return next(out.glob("*.whl"))


def unpack(wheel: Path, folder: Path) -> Path:
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(folder)
    return folder


def freeze(wheel: Path, work: Path) -> Path:
    """PyInstaller's one-folder build of main.py, with the wheel's content and metadata."""
    (metadata,) = wheel.glob("*.dist-info")
    bink = Path(importlib.util.find_spec("bink").origin).parent
    native = sorted(path for path in (bink / "native").rglob("*") if path.is_file())
    if not native:
        raise PackageError(f"bink's native library is missing from {bink / 'native'}: reinstall bink")
    data = [(wheel / "game" / "assets", "game/assets"), (wheel / "game" / "maps", "game/maps"),
            (metadata, metadata.name)]
    command = [sys.executable, "-m", "PyInstaller", str(paths.ROOT / "main.py"), "--name", NAME, "--onedir",
               "--console", "--noconfirm", "--clean", "--log-level", "WARN", "--noupx",
               "--distpath", str(work / "dist"), "--workpath", str(work / "pyinstaller"), "--specpath", str(work),
               # every module of the game: some are imported by name (the Berlin games' registry, their parts),
               # which PyInstaller's reading of the import statements cannot follow
               "--collect-submodules", "game"]
    if sys.platform == "linux":
        command.append("--strip")  # the libraries' debugging symbols: libpython alone is 23 MB with them
    for source, target in data:
        command += ["--add-data", f"{source}{os.pathsep}{target}"]
    for library in native:  # loaded by bink with ctypes from beside its own code: PyInstaller cannot see it
        command += ["--add-binary", f"{library}{os.pathsep}{library.parent.relative_to(bink.parent).as_posix()}"]
    run_step("freezing the game with PyInstaller", command)
    return work / "dist" / NAME


def run_step(what: str, command: list[str]) -> None:
    print(f"package: {what}…", flush=True)
    result = subprocess.run(command, capture_output=True, text=True, cwd=paths.ROOT)
    if result.returncode != 0:
        raise PackageError(f"{what} failed (exit code {result.returncode}):\n"
                           f"{(result.stdout + result.stderr).strip()[-4000:]}")


# -- --verify: the build played as a player would have it -----------------------------------------
def verify(folder: Path) -> None:
    """Copy the build elsewhere and play it with no Python on PATH; PackageError says what went wrong."""
    with tempfile.TemporaryDirectory(prefix=f"{NAME}-verify-") as temporary:
        place = Path(temporary)
        copy = place / "somewhere else" / folder.name  # a space in the path, as under "Program Files"
        shutil.copytree(folder, copy, symlinks=True)
        empty = place / "bin"
        empty.mkdir()
        env = {"PATH": str(empty), "HOME": str(place), "TMPDIR": str(place)}
        for name in ("SYSTEMROOT", "WINDIR", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "TEMP", "TMP"):
            if WINDOWS and name in os.environ:  # Windows cannot start a program without some of these
                env[name] = os.environ[name]
        if shutil.which("python3", path=env["PATH"]) or shutil.which("python", path=env["PATH"]):
            raise PackageError("verify: a Python was found on the clean PATH")
        executable = copy / EXECUTABLE

        def play(*args: str, timeout: float = 120) -> str:
            try:
                result = subprocess.run([str(executable), *args], capture_output=True, text=True, env=env,
                                        cwd=place, timeout=timeout)
            except (OSError, subprocess.TimeoutExpired) as problem:
                raise PackageError(f"verify: {executable.name} {' '.join(args)} did not run: {problem}") from None
            if result.returncode != 0:
                raise PackageError(f"verify: {executable.name} {' '.join(args)} exited with {result.returncode}:\n"
                                   f"{(result.stdout + result.stderr).strip()[-4000:]}")
            return result.stdout

        said = play("--version").strip()
        if said != f"The Weight of Secrets {game_version()}":
            raise PackageError(f"verify: --version says {said!r}, not version {game_version()}")
        print(f"verify: {said}; endings: {' '.join(play('--list-endings').split())}", flush=True)
        print(f"verify: {play('--check').strip().splitlines()[-1]}", flush=True)
        started = time.perf_counter()
        lines = play("--headless", "--autoplay", "--data-dir", str(place / "data"),
                     timeout=AUTOPLAY_SECONDS).splitlines()
        ending = [line for line in lines if line.startswith("ENDING: ")]
        if not ending:
            raise PackageError("verify: --autoplay exited 0 without an ENDING: line:\n" + "\n".join(lines[-20:]))
        print(f"verify: --autoplay reached {ending[-1]} in {time.perf_counter() - started:.0f} s "
              f"({len(lines)} lines), run from {copy} with PATH={empty}", flush=True)


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink()) / 1e6


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.package", description=__doc__.split("\n\n")[0])
    parser.add_argument("--verify", action="store_true",
                        help="then play a copy of the build headless to an ending with no Python on PATH")
    parser.add_argument("--dist", type=Path, default=paths.ROOT / "dist", help="where the build goes (dist/)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        folder, archive = build(args.dist, paths.ROOT / "build" / "package")
        print(f"package: {folder} ({size_mb(folder):.0f} MB) and {archive.name} ({size_mb(archive):.0f} MB) "
              f"in {time.perf_counter() - started:.0f} s", flush=True)
        if args.verify:
            verify(folder)
    except PackageError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    return 0
