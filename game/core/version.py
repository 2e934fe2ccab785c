"""The game's version, written in one place: pyproject.toml's [project] version."""

from __future__ import annotations

import tomllib
from functools import cache

from game.core import paths

DISTRIBUTION = "weight-of-secrets"  # the project's name in pyproject.toml


@cache
def game_version() -> str:
    """pyproject.toml's version in a checkout (current even if the install is older); installed or
    packaged, the one the wheel or build was made with, from the package's metadata."""
    try:
        with open(paths.ROOT / "pyproject.toml", "rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, ValueError):
        pass
    # lazy: importlib.metadata costs ~40 ms at start-up (measured with -X importtime) and only an
    # installed or packaged game, asked for its version, needs it
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return "unknown"
