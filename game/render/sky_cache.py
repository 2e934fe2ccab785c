"""Keeping the night sky between runs. The same seed and size draw the same sky every time: ~40 ms of
Python to place its stars and band, ~40 more to paint its static layer, on the title's first frame. A
start-up reads them back in a few milliseconds instead.

A sky is kept in the cache folder (game/core/files.py: cache_dir) as two files named by its key: the
seed, the size, and a hash of the code that draws it (game/world/sky.py, game/render/sky.py) and of
pygame's version, so a change to either draws it afresh; keeping a sky removes those kept under
another hash. A frozen build (python -m game.package) has no source to hash: its code is fixed by its
version, so the version keys it instead. A file that cannot be
read or written is no error: the sky is drawn as it is without a cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path

import pygame

from game.core.version import game_version
from game.render import sky as sky_view_module
from game.render.sky import SkyView
from game.world import sky as sky_module
from game.world.sky import Sky

PREFIX = "sky-"


@lru_cache(maxsize=1)
def code_hash() -> str | None:
    """A hash of the code that draws a sky (a frozen build's version), or None where neither is known."""
    try:
        sources = [Path(module.__file__).read_bytes() for module in (sky_module, sky_view_module)]
    except (OSError, TypeError):  # no source beside the code
        if not getattr(sys, "frozen", False):
            return None
        sources = [f"build {game_version()}".encode()]
    digest = hashlib.sha256(pygame.version.ver.encode())
    for source in sources:
        digest.update(source)
    return digest.hexdigest()[:16]


class SkyCache:
    """Skies kept in `folder` (None: none kept, each drawn afresh); `writable` False only reads."""

    def __init__(self, folder: Path | None = None, writable: bool = True, version: str | None = None):
        self.folder = Path(folder) if folder is not None else None
        self.writable = writable
        self.version = version if version is not None else code_hash()
        # the static layer last painted, with its sky and size: the credits show the ending's sky again,
        # and painting it afresh took 35-60 ms of their first frame
        self._last: tuple[Sky, tuple[int, int], pygame.Surface] | None = None

    @property
    def keeps(self) -> bool:
        return self.folder is not None and self.version is not None

    def _path(self, seed: int, size: tuple[int, int], latitude: float, suffix: str) -> Path:
        return self.folder / f"{PREFIX}{seed}-{size[0]}x{size[1]}-{latitude:g}-{self.version}{suffix}"

    def sky(self, seed: int, width: int, height: int, **options) -> Sky:
        """The Sky for `seed` and size (Sky's other options as given): read back when kept, else drawn (and kept)."""
        if not self.keeps:
            return Sky(seed, width, height, **options)
        path = self._path(seed, (width, height), options.get("latitude_deg", 43.5), ".json")
        try:
            return Sky(seed, width, height, made=json.loads(path.read_text(encoding="utf-8")), **options)
        except (OSError, ValueError, KeyError, IndexError, TypeError):  # not kept yet, or damaged: drawn again
            pass
        sky = Sky(seed, width, height, **options)
        self._keep(path, lambda temporary: temporary.write_text(json.dumps(sky.made()), encoding="utf-8"))
        return sky

    def view(self, sky: Sky, size: tuple[int, int]) -> SkyView:
        """A SkyView of `sky` at `size`, its static layer the last one's when it showed the same sky, else
        read back when kept, else painted (and kept)."""
        size = (int(size[0]), int(size[1]))
        if self._last is not None and self._last[0] is sky and self._last[1] == size:
            return SkyView(sky, size, static=self._last[2])
        view = self._view(sky, size)
        self._last = (sky, size, view.static)
        return view

    def _view(self, sky: Sky, size: tuple[int, int]) -> SkyView:
        if not self.keeps:
            return SkyView(sky, size)
        path = self._path(sky.seed, size, sky.latitude_deg, ".png")
        try:
            static = pygame.image.load(str(path))
        except (OSError, pygame.error):  # not kept yet, or damaged: painted again
            static = None
        if static is not None and static.get_size() == tuple(size):
            return SkyView(sky, size, static=static)
        view = SkyView(sky, size)
        self._keep(path, lambda temporary: pygame.image.save(view.static, str(temporary)))
        return view

    def _keep(self, path: Path, write) -> None:
        """Write a file through `write(temporary path)` and rename it into place; skies kept under another
        hash go. Nothing when read-only; a folder that cannot be written is left as it is."""
        if not self.writable:
            return
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp{path.suffix}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write(temporary)
            os.replace(temporary, path)
            for other in path.parent.glob(f"{PREFIX}*"):
                if not other.name.endswith(f"-{self.version}{other.suffix}"):
                    other.unlink(missing_ok=True)
        except (OSError, pygame.error):
            temporary.unlink(missing_ok=True)


NOWHERE = SkyCache(None)  # logic-only runs and tests: every sky drawn afresh


def skies_of(assets) -> SkyCache:
    """The cache the run's assets keep skies in (none for a run that draws nothing)."""
    return getattr(assets, "skies", None) or NOWHERE
