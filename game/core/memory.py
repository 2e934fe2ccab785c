"""Giving memory back to the system at quiet moments (a map loaded, settings applied).

Python and SDL free what the game stops using, but glibc's allocator keeps the freed pages for
itself: over a long evening of map loads, window changes and language switches the process
grows though nothing leaks (the soak showed 8 minutes of dinner ending 13 MB above a trimmed
heap). `malloc_trim` hands those pages back. Elsewhere (macOS, Windows, musl) it does nothing.

glibc also raises its mmap threshold to the size of any big block freed (up to 32 MB): after the
first window change (an 8 MB surface freed) every surface, map layer and Ink story came from the
heap, and its freed holes stayed resident between trims (the soak saw 5 to 12 MB of free heap in
Berlin; 1 to 2 MB with the threshold fixed). So the threshold is fixed at import: big blocks get
mappings of their own, unmapped as soon as they are freed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys

M_MMAP_THRESHOLD = -3  # mallopt's parameter number (glibc's malloc.h)
MMAP_THRESHOLD = 256 * 1024  # blocks from this size are mapped on their own (glibc's default starts at 128 KiB)

_trim = None
if sys.platform.startswith("linux"):
    try:
        try:
            _libc = ctypes.CDLL("libc.so.6")  # glibc's name: find_library runs ldconfig and a compiler (~20 ms)
        except OSError:
            _libc = ctypes.CDLL(ctypes.util.find_library("c"))
        _trim = _libc.malloc_trim
        _libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)  # fixed: no more rising after a big free
    except (OSError, AttributeError):  # not glibc
        _trim = None


def release_free_memory() -> None:
    """Return the allocator's free pages to the system; safe to call anywhere, cheap at loads."""
    if _trim is not None:
        _trim(0)


def settle(freeze: bool = False) -> None:
    """A quiet moment (a map just loaded, the title shown): collect what the scenes before left behind
    and give the pages back. `freeze` then keeps the collector from re-scanning what stays (the map's
    objects live as long as the map); unfrozen first, so what the last freeze kept can go now."""
    gc.unfreeze()
    gc.collect()
    release_free_memory()
    if freeze:
        gc.freeze()
