"""What to call the key or button bound to an intent, on the device the player used last:
"E", "Space" or "↓" at the keyboard, "A" or "d-pad ↓" on a gamepad. Hints name keys this way,
so a rebound key, or a gamepad picked up mid-game, shows what to press.

No display needed: the names come from the bindings (the App's input reader, or the defaults in
a logic-only run) and the [keys] words of the strings table.
"""

from __future__ import annotations

import pygame

from game.core.input import Intent, default_key_bindings, default_pad_bindings

ARROWS = {"up": "↑", "down": "↓", "left": "←", "right": "→"}
# the gamepad's buttons as the glyphs (and the words) call them
PAD_BUTTONS = {pygame.CONTROLLER_BUTTON_A: "A", pygame.CONTROLLER_BUTTON_B: "B",
               pygame.CONTROLLER_BUTTON_X: "X", pygame.CONTROLLER_BUTTON_Y: "Y",
               pygame.CONTROLLER_BUTTON_START: "START",
               pygame.CONTROLLER_BUTTON_DPAD_UP: "up", pygame.CONTROLLER_BUTTON_DPAD_DOWN: "down",
               pygame.CONTROLLER_BUTTON_DPAD_LEFT: "left", pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "right"}


def on_gamepad(ctx) -> bool:
    return ctx.prompt_device == "gamepad"


def _bindings(ctx, gamepad: bool) -> dict:
    reader = ctx.input
    if reader is not None:
        return reader.pad_buttons if gamepad else reader.keys
    return default_pad_bindings(pygame) if gamepad else default_key_bindings(pygame)


def bound(ctx, intent: Intent) -> int | None:
    """The key (or button) to name for `intent` on the prompt device: the first bound, but an
    arrow key before a letter, and for Back one that does not also pause (Esc opens the pause
    menu before a game sees it)."""
    gamepad = on_gamepad(ctx)
    bindings = _bindings(ctx, gamepad)
    codes = list(bindings.get(intent, ()))
    if intent is Intent.BACK:
        pausing = set(bindings.get(Intent.PAUSE, ()))
        codes = [code for code in codes if code not in pausing] or codes
    if not gamepad:  # a direction reads best as its arrow key, while one is bound to it
        codes.sort(key=lambda code: pygame.key.name(code) not in ARROWS)
    return codes[0] if codes else None


def key_name(ctx, intent: Intent) -> str:
    """The key's own short name, as a key cap shows it: "E", "↓", "Space"; for a gamepad the
    button's ("A", "START") or a d-pad direction ("↓")."""
    code = bound(ctx, intent)
    if code is None:
        return "?"
    if on_gamepad(ctx):
        name = PAD_BUTTONS.get(code, "?")
        return ARROWS.get(name, name)
    name = pygame.key.name(code)
    if name in ARROWS:
        return ARROWS[name]
    if len(name) == 1:
        return name.upper()
    return ctx.strings.get(f"keys.{name.replace(' ', '_')}", name.title())


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
