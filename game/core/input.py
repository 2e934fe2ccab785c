"""Input as intents: keyboard and gamepad events become one `InputFrame` per tick.

Everything downstream (scenes, the world, the scripted player, tests) sees only
intents, so a person at the keyboard, a gamepad and an autoplay script take the
same path through the game.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field

from pygame._sdl2 import controller

from game.core import keyboard


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
MOVES = frozenset(DIRECTIONS)


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
    def of(cls, held=(), pressed=(), stick=(0.0, 0.0)) -> InputFrame:
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


@dataclass(frozen=True)
class Key:
    """A keyboard binding: the key that types `code` (a pygame key code) or, when `physical`, the
    key at the place `code` names (a scancode), whatever it types on the player's layout."""

    code: int
    physical: bool = False

    def matches(self, key: int, scancode: int | None) -> bool:
        return self.code == scancode if self.physical else self.code == key


def default_key_bindings(pg) -> dict[Intent, list[Key]]:
    """Keyboard defaults, by where the keys are: WASD (ZQSD on a French keyboard, the same keys) and
    the arrows, E/Space/Enter, Esc. `pg` is the pygame module."""
    def at(*scancodes):
        return [Key(scancode, physical=True) for scancode in scancodes]

    return {
        Intent.UP: at(pg.KSCAN_W, pg.KSCAN_UP),
        Intent.DOWN: at(pg.KSCAN_S, pg.KSCAN_DOWN),
        Intent.LEFT: at(pg.KSCAN_A, pg.KSCAN_LEFT),
        Intent.RIGHT: at(pg.KSCAN_D, pg.KSCAN_RIGHT),
        Intent.INTERACT: at(pg.KSCAN_E, pg.KSCAN_SPACE, pg.KSCAN_RETURN, pg.KSCAN_KP_ENTER),
        Intent.BACK: at(pg.KSCAN_ESCAPE, pg.KSCAN_BACKSPACE),
        Intent.PAUSE: at(pg.KSCAN_ESCAPE, pg.KSCAN_P),
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


def conflict(bindings: dict[Intent, list[Key]], intent: Intent, key: int) -> Intent | None:
    """The other intent already using the key that types `key`, if giving it to `intent` would clash."""
    place = keyboard.place_of(key)
    return _taken(bindings, intent, lambda bound: bound.matches(key, place))


def _taken(bindings: dict[Intent, list], intent: Intent, holds) -> Intent | None:
    """The other intent one of whose keys `holds(key)` is true of, unless the two may share a key."""
    for other, keys in bindings.items():
        if other is not intent and frozenset({other, intent}) not in SHARING and any(holds(bound) for bound in keys):
            return other
    return None


@dataclass(frozen=True)
class Refusal:
    """Why an action cannot have the keys asked for: `key` is `used_by` another action, or (used_by None)
    none of them is a key every keyboard has."""

    key: object = None
    used_by: Intent | None = None


def refusal(intent: Intent, keys: list, used_by, common) -> Refusal | None:
    """The rule for bindings, the Controls menu's and settings.toml's alike: none of `keys` is another
    action's (`used_by(key)`, which lets Back and Pause share one: see conflict) and at least one is a key
    `common(key)` says every keyboard has. The menu asks it of keys, the file of key names."""
    for key in keys:
        other = used_by(key)
        if other is not None:
            return Refusal(key, other)
    if not any(common(key) for key in keys):
        return Refusal(keys[0] if keys else None)
    return None


def safe_bindings(stored: dict[Intent, list[str]], defaults: dict[Intent, list[str]]):
    """The bindings a file asks for, as key names, each action that breaks the rule (refusal) back to its
    default: (bindings, {intent: Refusal} for those reset). Only what the file set is reset, one action at
    a time and the rule asked again, as a default may clash with another stored binding in its turn."""
    bindings = {intent: list(stored.get(intent, keys)) for intent, keys in defaults.items()}
    reset: dict[Intent, Refusal] = {}
    while True:
        for intent in bindings:
            if intent not in stored or intent in reset:
                continue
            why = refusal(intent, bindings[intent],
                          lambda name, intent=intent: _taken(bindings, intent, lambda bound: bound == name),
                          lambda name: name in COMMON_KEYS)
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
        self._index_keys()
        self._button_to_intents = self._invert(self.pad_buttons)
        self._capture = None  # a callback waiting for the next key, while rebinding
        self._controller = controller
        controller.init()
        for index in range(controller.get_count()):
            self._open_pad(index)

    def _index_keys(self) -> None:
        """Key code -> intents and scancode -> intents, for each key event to look up once."""
        self._typed = self._invert({intent: [key.code for key in keys if not key.physical]
                                    for intent, keys in self.keys.items()})
        self._placed = self._invert({intent: [key.code for key in keys if key.physical]
                                     for intent, keys in self.keys.items()})

    def _key_intents(self, event) -> list[Intent]:
        # events made by a replay or a test carry no scancode: the key's place on this layout stands in
        scancode = getattr(event, "scancode", None) or keyboard.place_of(event.key)
        intents = self._typed.get(event.key, []) + self._placed.get(scancode, [])
        return list(dict.fromkeys(intents))

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
        """Make the key that types `key` the first key for `intent` (it keeps its first key as the second),
        unless the rule refuses it (game/core/input.py: refusal), as it refuses settings.toml's."""
        place = keyboard.place_of(key)
        kept = [bound for bound in self.keys[intent] if not bound.matches(key, place)][:1]
        keys = [Key(key)] + kept
        why = refusal(intent, keys, lambda bound: conflict(self.keys, intent, self._typed_by(bound)),
                      lambda bound: self.key_name(bound) in COMMON_KEYS)
        if why is not None:
            return why
        self.keys[intent] = keys
        self._index_keys()
        return None

    def _typed_by(self, key: Key) -> int:
        return keyboard.key_at(key.code) if key.physical else key.code

    def key_name(self, key: Key) -> str:
        """pygame's name for what a bound key types on the player's layout ("w", "z", "up", "return")."""
        return self.pg.key.name(self._typed_by(key))

    def key_names(self) -> dict[str, list[str]]:
        """The rebound intents as settings keep them: intent name -> key names (by what the keys
        type); intents left at their defaults are not listed, and keep their keys' places."""
        defaults = default_key_bindings(self.pg)
        return {intent.value: [self.key_name(key) for key in keys] for intent, keys in self.keys.items()
                if keys != defaults.get(intent)}

    def load_key_names(self, names: dict[str, list[str]]) -> tuple[dict[str, list[str]], str | None]:
        """Bindings from the settings, held to the Controls menu's rule on the key names as stored (the
        defaults by what their keys type here): an action whose keys break it, or name no key, keeps its
        default. Returns the bindings kept, as names, and a message naming those reset (or None)."""
        defaults = default_key_bindings(self.pg)
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
        typed = {intent: [self.key_name(key) for key in keys] for intent, keys in defaults.items()}
        _, reset = safe_bindings(stored, typed)
        kept = {intent: keys for intent, keys in stored.items() if intent not in reset}
        self.keys = {intent: [Key(self.pg.key.key_code(name)) for name in kept[intent]] if intent in kept else keys
                     for intent, keys in defaults.items()}
        self._index_keys()
        said = dict(unknown)
        for intent, why in reset.items():
            said[intent] = f"'{why.key}' is also {why.used_by.value}'s key" if why.used_by is not None else \
                "no key every keyboard has"
        kept_names = {intent.value: keys for intent, keys in kept.items()}
        if not said:
            return kept_names, None
        listed = ", ".join(f"{intent.value} ({reason})" for intent, reason in said.items())
        return kept_names, f"Some controls in settings.toml could not be used and are back to their defaults: {listed}."

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
            for intent in self._key_intents(event):
                self._held_keys.add(intent)
                self._pressed.add(intent)
        elif kind == pg.KEYUP:
            for intent in self._key_intents(event):
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
