"""Input as intents: keyboard and gamepad events become one `InputFrame` per tick.

Everything downstream (scenes, the world, the scripted player, tests) sees only
intents, so a person at the keyboard, a gamepad and an autoplay script take the
same path through the game.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field


class Intent(enum.Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    INTERACT = "interact"
    BACK = "back"
    PAUSE = "pause"


DIRECTIONS = {
    Intent.UP: (0, -1),
    Intent.DOWN: (0, 1),
    Intent.LEFT: (-1, 0),
    Intent.RIGHT: (1, 0),
}


@dataclass
class InputFrame:
    """What the player asks for during one fixed update tick.

    `held` intents are down now; `pressed` ones went down since the last tick.
    `stick` is an analogue direction (from a gamepad) that wins over held
    direction intents when it is outside the dead zone.
    """

    held: frozenset[Intent] = frozenset()
    pressed: frozenset[Intent] = frozenset()
    stick: tuple[float, float] = (0.0, 0.0)

    @classmethod
    def of(cls, held=(), pressed=(), stick=(0.0, 0.0)) -> "InputFrame":
        pressed = frozenset(pressed)
        return cls(frozenset(held) | pressed, pressed, stick)

    def move_vector(self) -> tuple[float, float]:
        """The wanted direction of movement, length 0 or up to 1."""
        sx, sy = self.stick
        if sx or sy:
            length = math.hypot(sx, sy)
            return (sx / max(length, 1.0), sy / max(length, 1.0))
        dx = sum(DIRECTIONS[i][0] for i in self.held if i in DIRECTIONS)
        dy = sum(DIRECTIONS[i][1] for i in self.held if i in DIRECTIONS)
        if dx and dy:
            return (dx * math.sqrt(0.5), dy * math.sqrt(0.5))
        return (float(dx), float(dy))


EMPTY = InputFrame()


def default_key_bindings(pg) -> dict[Intent, list[int]]:
    """Keyboard defaults: WASD and arrows, E/Space/Enter, Esc. `pg` is the pygame module."""
    return {
        Intent.UP: [pg.K_w, pg.K_UP],
        Intent.DOWN: [pg.K_s, pg.K_DOWN],
        Intent.LEFT: [pg.K_a, pg.K_LEFT],
        Intent.RIGHT: [pg.K_d, pg.K_RIGHT],
        Intent.INTERACT: [pg.K_e, pg.K_SPACE, pg.K_RETURN, pg.K_KP_ENTER],
        Intent.BACK: [pg.K_ESCAPE, pg.K_BACKSPACE],
        Intent.PAUSE: [pg.K_ESCAPE, pg.K_p],
    }


def default_pad_bindings(pg) -> dict[Intent, list[int]]:
    """Gamepad defaults in SDL game-controller terms (Xbox layout names)."""
    return {
        Intent.UP: [pg.CONTROLLER_BUTTON_DPAD_UP],
        Intent.DOWN: [pg.CONTROLLER_BUTTON_DPAD_DOWN],
        Intent.LEFT: [pg.CONTROLLER_BUTTON_DPAD_LEFT],
        Intent.RIGHT: [pg.CONTROLLER_BUTTON_DPAD_RIGHT],
        Intent.INTERACT: [pg.CONTROLLER_BUTTON_A],
        Intent.BACK: [pg.CONTROLLER_BUTTON_B],
        Intent.PAUSE: [pg.CONTROLLER_BUTTON_START],
    }


STICK_DEAD_ZONE = 0.25
# intents that may share a key: Esc both goes back and pauses, which menus treat alike
SHARING = {frozenset({Intent.BACK, Intent.PAUSE})}


# Keys every keyboard has, by pygame's names: each action keeps one of them, or a hand-edited settings.toml
# could leave pause or a direction on a key the player does not have (F15, a media key).
COMMON_KEYS = frozenset([
    *"abcdefghijklmnopqrstuvwxyz0123456789", *(f"f{n}" for n in range(1, 13)),
    "up", "down", "left", "right", "escape", "return", "space", "backspace", "tab",
    "left shift", "right shift", "left ctrl", "right ctrl", "left alt", "right alt",
    "-", "=", "[", "]", ";", "'", ",", ".", "/", "\\", "`", "insert", "delete", "home", "end", "page up", "page down",
])


def conflict(bindings: dict[Intent, list], intent: Intent, key) -> Intent | None:
    """The other intent already using `key`, if giving it to `intent` would clash."""
    for other, keys in bindings.items():
        if other is not intent and key in keys and frozenset({other, intent}) not in SHARING:
            return other
    return None


@dataclass(frozen=True)
class Refusal:
    """Why an action cannot have the keys asked for: `key` is `used_by` another action, or (used_by None)
    none of them is a key every keyboard has."""

    key: object = None
    used_by: Intent | None = None


def refusal(bindings: dict[Intent, list], intent: Intent, keys: list, common) -> Refusal | None:
    """The rule for bindings, the Controls menu's and settings.toml's alike: no key on two actions (but
    Back and Pause may share one) and at least one key that `common(key)` says every keyboard has.
    Keys are codes in the menu, names in the file: the rule only compares them."""
    for key in keys:
        other = conflict(bindings, intent, key)
        if other is not None:
            return Refusal(key, other)
    if not any(common(key) for key in keys):
        return Refusal(keys[0] if keys else None)
    return None


def safe_bindings(stored: dict[Intent, list], defaults: dict[Intent, list], common):
    """The bindings a file asks for, each action that breaks the rule (game/core/input.py: refusal) back to its
    default: (bindings, {intent: Refusal} for those reset). Only what the file set is reset, one action at
    a time and the rule asked again, as a default may clash with another stored binding in its turn."""
    bindings = {intent: list(stored.get(intent, keys)) for intent, keys in defaults.items()}
    reset: dict[Intent, Refusal] = {}
    while True:
        for intent in bindings:
            why = refusal(bindings, intent, bindings[intent], common) if intent in stored and intent not in reset \
                else None
            if why is not None:
                reset[intent] = why
                bindings[intent] = list(defaults[intent])
                break
        else:
            return bindings, reset


@dataclass
class InputCollector:
    """Turns pygame events into InputFrames. Knows nothing about scenes.

    Gamepads come and go through SDL's game-controller events; a pad plugged in
    while the game runs is opened on its CONTROLLERDEVICEADDED event, and an
    unplugged one is closed and forgotten without disturbing the keyboard.
    """

    pg: object
    keys: dict = field(default_factory=dict)
    pad_buttons: dict = field(default_factory=dict)
    last_device: str = "keyboard"

    def __post_init__(self):
        pg = self.pg
        self.keys = self.keys or default_key_bindings(pg)
        self.pad_buttons = self.pad_buttons or default_pad_bindings(pg)
        self._held_keys: set[Intent] = set()
        self._held_pad: set[Intent] = set()
        self._pressed: set[Intent] = set()
        self._axes = [0.0, 0.0]
        self._pads: dict[int, object] = {}
        self._key_to_intents = self._invert(self.keys)
        self._button_to_intents = self._invert(self.pad_buttons)
        self._capture = None  # a callback waiting for the next key, while rebinding
        from pygame._sdl2 import controller

        self._controller = controller
        controller.init()
        for index in range(controller.get_count()):
            self._open_pad(index)

    @staticmethod
    def _invert(bindings):
        table: dict[int, list[Intent]] = {}
        for intent, codes in bindings.items():
            for code in codes:
                table.setdefault(code, []).append(intent)
        return table

    @property
    def pads(self) -> int:
        return len(self._pads)

    # -- rebinding -----------------------------------------------------------
    def capture_next_key(self, callback) -> None:
        """Give the next key pressed to `callback(key)` instead of turning it into an intent."""
        self._capture = callback

    def rebind(self, intent: Intent, key: int) -> Refusal | None:
        """Make `key` the first key for `intent` (the one before it stays second), unless the rule refuses."""
        keys = [key] + [k for k in self.keys[intent] if k != key][:1]
        why = refusal(self.keys, intent, keys, self._common)
        if why is not None:
            return why
        self.keys[intent] = keys
        self._key_to_intents = self._invert(self.keys)
        return None

    def _common(self, key: int) -> bool:
        return self.pg.key.name(key) in COMMON_KEYS

    def key_names(self) -> dict[str, list[str]]:
        """The bindings as settings keep them: intent name -> key names."""
        return {intent.value: [self.pg.key.name(key) for key in keys] for intent, keys in self.keys.items()}

    def load_key_names(self, names: dict[str, list[str]]) -> tuple[dict[str, list[str]], str | None]:
        """Bindings from the settings, held to the Controls menu's rule on the key names: an action whose
        keys break it, or name no key, goes back to its default. Returns the bindings kept, as names, and
        a message naming those reset (None when there are none)."""
        defaults = {intent: [self.pg.key.name(key) for key in keys]
                    for intent, keys in default_key_bindings(self.pg).items()}
        stored, unknown = {}, {}
        for intent in Intent:
            wanted = names.get(intent.value)
            if wanted is None:
                continue
            known = [self._canonical(name) for name in wanted]
            if None in known:
                unknown[intent] = f"'{wanted[known.index(None)]}' is not a key"
            elif not known:
                unknown[intent] = "no key"
            else:
                stored[intent] = known
        bindings, reset = safe_bindings(stored, defaults, lambda name: name in COMMON_KEYS)
        self.keys = {intent: [self.pg.key.key_code(name) for name in keys] for intent, keys in bindings.items()}
        self._key_to_intents = self._invert(self.keys)
        kept = {intent.value: keys for intent, keys in stored.items() if intent not in reset}
        said = dict(unknown)
        for intent, why in reset.items():
            said[intent] = f"'{why.key}' is also {why.used_by.value}'s key" if why.used_by is not None else \
                "no key every keyboard has"
        if not said:
            return kept, None
        listed = ", ".join(f"{intent.value} ({reason})" for intent, reason in said.items())
        return kept, f"Some controls in settings.toml could not be used and are back to their defaults: {listed}."

    def _canonical(self, name) -> str | None:
        """The key's own name ("W" is "w"), or None for a name that is no key."""
        try:
            return self.pg.key.name(self.pg.key.key_code(name))
        except (ValueError, TypeError):
            return None

    def _open_pad(self, index: int) -> None:
        try:
            if not self._controller.is_controller(index):
                return
            pad = self._controller.Controller(index)
        except Exception:  # a pad that vanished between the event and the open
            return
        self._pads[pad.as_joystick().get_instance_id()] = pad

    def _close_pad(self, instance_id: int) -> None:
        pad = self._pads.pop(instance_id, None)
        if pad is not None:
            try:
                pad.quit()
            except Exception:
                pass
            self._held_pad.clear()
            self._axes = [0.0, 0.0]

    def handle(self, event) -> None:
        pg = self.pg
        kind = event.type
        if kind == pg.KEYDOWN and self._capture is not None:
            callback, self._capture = self._capture, None
            callback(event.key)
            return
        if kind == pg.KEYDOWN:
            if event.key == pg.K_RETURN and event.mod & pg.KMOD_ALT:
                return  # Alt+Enter toggles fullscreen; it is not an Interact
            self.last_device = "keyboard"
            for intent in self._key_to_intents.get(event.key, ()):
                self._held_keys.add(intent)
                self._pressed.add(intent)
        elif kind == pg.KEYUP:
            for intent in self._key_to_intents.get(event.key, ()):
                self._held_keys.discard(intent)
        elif kind == pg.CONTROLLERDEVICEADDED:
            self._open_pad(event.device_index)
        elif kind == pg.CONTROLLERDEVICEREMOVED:
            self._close_pad(event.instance_id)
        elif kind == pg.CONTROLLERBUTTONDOWN:
            self.last_device = "gamepad"
            for intent in self._button_to_intents.get(event.button, ()):
                self._held_pad.add(intent)
                self._pressed.add(intent)
        elif kind == pg.CONTROLLERBUTTONUP:
            for intent in self._button_to_intents.get(event.button, ()):
                self._held_pad.discard(intent)
        elif kind == pg.CONTROLLERAXISMOTION:
            if event.axis in (pg.CONTROLLER_AXIS_LEFTX, pg.CONTROLLER_AXIS_LEFTY):
                value = event.value / 32767.0
                axis_index = 0 if event.axis == pg.CONTROLLER_AXIS_LEFTX else 1
                self._axes[axis_index] = value
                if abs(value) > STICK_DEAD_ZONE:
                    self.last_device = "gamepad"
        elif kind == pg.WINDOWFOCUSLOST:
            self._held_keys.clear()  # keys released while away never send KEYUP

    def frame(self) -> InputFrame:
        """The InputFrame for the coming tick; pressed intents are consumed."""
        sx, sy = self._axes
        stick = (sx, sy) if math.hypot(sx, sy) > STICK_DEAD_ZONE else (0.0, 0.0)
        frame = InputFrame.of(self._held_keys | self._held_pad, self._pressed, stick)
        self._pressed = set()
        return frame
