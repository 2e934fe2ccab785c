"""What to call the key or button bound to an intent, on the device the player used last:
"E", "Space" or "↓" at the keyboard (by what the key types on the player's layout: "Z" on a
French keyboard where an English one has "W"), "A" or "d-pad ↓" on a gamepad. Hints name keys
this way, so a rebound key, a French keyboard or a gamepad picked up mid-game shows what to
press; Controls names keys with `key_text` too.

No display needed: the names come from the bindings (the App's input reader, or the defaults in
a logic-only run) and the [keys] words of the strings table.
"""

from __future__ import annotations

import pygame

from game.core import keyboard
from game.core.input import Intent, Key, default_key_bindings, default_pad_bindings

ARROW_KEYS = ("up", "down", "left", "right")
# the gamepad's buttons as the glyphs (and the words) call them
PAD_BUTTONS = {pygame.CONTROLLER_BUTTON_A: "A", pygame.CONTROLLER_BUTTON_B: "B",
               pygame.CONTROLLER_BUTTON_X: "X", pygame.CONTROLLER_BUTTON_Y: "Y",
               pygame.CONTROLLER_BUTTON_START: "START",
               pygame.CONTROLLER_BUTTON_DPAD_UP: "up", pygame.CONTROLLER_BUTTON_DPAD_DOWN: "down",
               pygame.CONTROLLER_BUTTON_DPAD_LEFT: "left", pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "right"}
ARROWS = {"up": "↑", "down": "↓", "left": "←", "right": "→"}


def on_gamepad(ctx) -> bool:
    return ctx.prompt_device == "gamepad"


def _bindings(ctx, gamepad: bool) -> dict:
    reader = ctx.input
    if reader is not None:
        return reader.pad_buttons if gamepad else reader.keys
    return default_pad_bindings(pygame) if gamepad else default_key_bindings(pygame)


def typed(key: Key) -> str:
    """pygame's name for what a bound key types on the player's layout ("w", "z", "up", "return")."""
    return pygame.key.name(keyboard.key_at(key.code) if key.physical else key.code)


def key_text(ctx, key: Key) -> str:
    """A keyboard key as the player reads it: its letter ("Z"), or its name in his language
    ("↑", "Entrée")."""
    name = typed(key)
    return ctx.strings.get(f"keys.{name}", name.upper() if len(name) == 1 else name.title())


def bound(ctx, intent: Intent):
    """The key (a Key) or gamepad button to name for `intent` on the prompt device: the first
    bound, but an arrow key before a letter, and for Back one that does not also pause (Esc opens
    the pause menu before a game sees it)."""
    gamepad = on_gamepad(ctx)
    bindings = _bindings(ctx, gamepad)
    codes = list(bindings.get(intent, ()))
    if intent is Intent.BACK:
        pausing = bindings.get(Intent.PAUSE, ())
        codes = [code for code in codes if code not in pausing] or codes
    if not gamepad:  # a direction reads best as its arrow key, while one is bound to it
        codes.sort(key=lambda key: typed(key) not in ARROW_KEYS)
    return codes[0] if codes else None


def key_name(ctx, intent: Intent) -> str:
    """The key's own short name, as a key cap shows it: "E", "↓", "Space"; for a gamepad the
    button's ("A", "START") or a d-pad direction's arrow ("↓")."""
    code = bound(ctx, intent)
    if code is None:
        return "?"
    if on_gamepad(ctx):
        name = PAD_BUTTONS.get(code, "?")
        return ARROWS.get(name, name)
    return key_text(ctx, code)


def is_dpad(ctx, intent: Intent) -> bool:
    """The gamepad's binding for `intent` is a d-pad direction (drawn as the d-pad and an arrow)."""
    return on_gamepad(ctx) and PAD_BUTTONS.get(bound(ctx, intent)) in ARROWS


def key_label(ctx, intent: Intent) -> str:
    """The key named in running text: "E", "↓", "Space", "A", "d-pad ↓"."""
    name = key_name(ctx, intent)
    if is_dpad(ctx, intent):
        return ctx.strings("keys.dpad", arrow=name)
    if on_gamepad(ctx) and name == "START":
        return ctx.strings("keys.start")
    return name
