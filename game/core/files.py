"""Where the player's files live, and writing them so a crash never destroys the last good one."""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

import platformdirs

APP_NAME = "weight-of-secrets"


def data_dirs(data_dir: str | Path | None = None) -> tuple[Path, Path]:
    """(config folder, data folder): the platform's user folders, or both in `data_dir`."""
    if data_dir is not None:
        folder = Path(data_dir)
        return folder, folder
    return Path(platformdirs.user_config_dir(APP_NAME)), Path(platformdirs.user_data_dir(APP_NAME))


def cache_dir(data_dir: str | Path | None = None) -> Path:
    """Where what the game can make again is kept between runs (game/render/sky_cache.py): the
    platform's user cache folder, or `cache` in `data_dir`."""
    if data_dir is not None:
        return Path(data_dir) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME))


def write_atomically(path: Path, text: str, before_replace=None) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`.

    A crash at any moment leaves either the old file or the new one, whole.
    `before_replace` is a hook for tests that simulate a crash just before the rename.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    # named after the process: a later start knows a write nobody will finish (game/core/files.py: remove_leftovers)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        if before_replace is not None:
            before_replace(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    except OSError:
        pass  # not every platform can fsync a folder


def keep_aside(path: Path) -> Path:
    """Move a bad file out of the way, keeping it as a backup the player can find."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.bad-{stamp}")
    counter = 1
    while backup.exists():
        backup = path.with_name(f"{path.name}.bad-{stamp}-{counter}")
        counter += 1
    os.replace(path, backup)
    return backup


# what write_atomically leaves when the game is killed mid-write: .save.json.<pid>.<random>.tmp (without the
# pid before it was named after the process), for the files the game writes
LEFTOVER = re.compile(r"\.(?P<name>save\.json|settings\.toml|crash-[\w-]+\.txt)\.(?:(?P<pid>\d+)\.)?\w{8}\.tmp")


def remove_leftovers(folder: Path) -> None:
    """Remove the temporary files of writes that were never finished, unless the process writing one still
    runs (another copy of the game). What cannot be removed stays: it is only clutter."""
    try:
        candidates = list(Path(folder).glob(".*.tmp"))
    except OSError:
        return
    for path in candidates:
        match = LEFTOVER.fullmatch(path.name)
        if match is None or _still_writing(match["pid"], path):
            continue
        try:
            path.unlink()
        except OSError:
            pass


def _still_writing(pid: str | None, path: Path) -> bool:
    if pid is None or int(pid) == os.getpid():  # this run writes nothing yet: one of its number is an old one's
        return False
    if os.name != "posix":  # no safe way to ask about a process here: a write takes far less than ten minutes
        try:
            return time.time() - path.stat().st_mtime < 600
        except OSError:
            return False
    try:
        os.kill(int(pid), 0)  # signal 0: only asks whether the process exists
    except (ProcessLookupError, OverflowError):  # none by that number (a number no process can have)
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return True
