"""Keys by where they sit and by what they type on the player's keyboard layout.

SDL knows the layout (it maps each physical key, a scancode, to what it types, a key code), but
pygame does not expose that lookup; it is asked here of the SDL library pygame itself loaded,
through ctypes. Where that library cannot be found, the US layout stands in: keys still work
(real key events carry their scancode), only a name shown in Controls may be the US one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import glob
import os
import sys

import pygame


@functools.cache
def _sdl():
    """The SDL library pygame runs on (already loaded: opening it again gives the same one), or None."""
    here = os.path.dirname(pygame.__file__)
    patterns = [os.path.join(here, "..", "pygame_ce.libs", "libSDL2-*"),  # Linux wheels
                os.path.join(here, ".dylibs", "libSDL2*"),  # macOS wheels
                os.path.join(here, "SDL2.dll")]  # Windows wheels
    candidates = [path for pattern in patterns for path in sorted(glob.glob(pattern))]
    return _open_sdl(candidates) or _open_sdl(_system_sdl())


def _system_sdl() -> list[str]:
    """The system's SDL, for a pygame built against it. Only asked when pygame's own copy is not there:
    find_library runs ldconfig and a compiler, 130 ms of a start-up when it finds none."""
    system = ctypes.util.find_library("SDL2") or ctypes.util.find_library("SDL2-2.0")
    return [system] if system else []


def _open_sdl(candidates: list[str]):
    """The first of these SDL libraries that opens and has the two lookups, or None."""
    for path in candidates:
        try:
            library = ctypes.WinDLL(path) if sys.platform == "win32" else ctypes.CDLL(path)
            library.SDL_GetKeyFromScancode.argtypes = [ctypes.c_int]
            library.SDL_GetKeyFromScancode.restype = ctypes.c_int32
            library.SDL_GetScancodeFromKey.argtypes = [ctypes.c_int32]
            library.SDL_GetScancodeFromKey.restype = ctypes.c_int
            return library
        except (OSError, AttributeError):
            continue
    return None


@functools.cache
def _us_layout() -> dict[int, int]:
    """Scancode -> key code on a US keyboard, from pygame's own names (KSCAN_W ~ K_w)."""
    renamed = {"APOSTROPHE": "QUOTE", "GRAVE": "BACKQUOTE"}
    table = {}
    for name in dir(pygame):
        if name.startswith("KSCAN_"):
            suffix = renamed.get(name[6:], name[6:])
            code = getattr(pygame, f"K_{suffix}", None) or getattr(pygame, f"K_{suffix.lower()}", None)
            if code is not None:
                table[getattr(pygame, name)] = code
    return table


def key_at(scancode: int) -> int:
    """What the key at this place types on the player's layout (a pygame key code)."""
    library = _sdl()
    if library is not None:
        code = library.SDL_GetKeyFromScancode(scancode)
        if code:
            return code
    return _us_layout().get(scancode, 0)


def place_of(key: int) -> int | None:
    """Where the key that types `key` sits (a scancode), or None when no key types it."""
    library = _sdl()
    if library is not None:
        scancode = library.SDL_GetScancodeFromKey(key)
        return scancode or None
    for scancode, code in _us_layout().items():
        if code == key:
            return scancode
    return None
