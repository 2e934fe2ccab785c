"""Noticing that files were saved: the map being walked reloads when a map maker saves it in Tiled."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


class FileWatch:
    """Tells, when asked, that some of a set of files were saved: once per save.

    Each question costs a stat of each file (its modification time and size), so it is
    asked every half second, not every frame. A change is told only once the files have
    stayed as they are for one more question: a save Tiled makes in several writes (a map
    written in pieces, then its tileset) is one reload, not one per write.
    """

    def __init__(self, files: Iterable[Path]):
        self.files = tuple(files)
        self._seen = self._stamps()
        self._settling = False  # changed when last asked: told once they stay still

    def _stamps(self) -> tuple:
        stamps = []
        for path in self.files:
            try:
                status = os.stat(path)
                stamps.append((status.st_mtime_ns, status.st_size))
            except OSError:  # gone for now (a save that removes, then writes)
                stamps.append(None)
        return tuple(stamps)

    def changed(self) -> bool:
        """Whether any of the files differs from when they were first watched (at once, not settled)."""
        return self._stamps() != self._seen

    def saved(self) -> bool:
        stamps = self._stamps()
        if stamps != self._seen:
            self._seen, self._settling = stamps, True
            return False
        if self._settling:
            self._settling = False
            return True
        return False
