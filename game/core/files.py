"""Where the player's files live, and writing them so a crash never destroys the last good one."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

APP_NAME = "weight-of-secrets"


def data_dirs(data_dir: str | Path | None = None) -> tuple[Path, Path]:
    """(config folder, data folder): the platform's user folders, or both in `data_dir`."""
    if data_dir is not None:
        folder = Path(data_dir)
        return folder, folder
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME)), Path(platformdirs.user_data_dir(APP_NAME))


def write_atomically(path: Path, text: str, before_replace=None) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`.

    A crash at any moment leaves either the old file or the new one, whole.
    `before_replace` is a hook for tests that simulate a crash just before the rename.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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
