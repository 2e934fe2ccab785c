"""The courier's message: five-digit groups, as a numbers station reads them out.

Pure logic, no pygame. The system is the one Soviet agents were taught, simplified:

1. **Straddling checkerboard** turns letters into digits. The eight commonest letters take one
   digit; the rest take two, starting with 2 or 6 (the top row's blank columns)::

           0 1 2 3 4 5 6 7 8 9
           E T . A O N . R I S
         2 B C D F G H J K L M
         6 P Q U V W X Y Z . _      (68 = full stop, 69 = space)

2. **Additive key**: a short key (digits) is stretched by *chain addition* (each new digit is the
   sum, mod 10, of the digits ``len(key)`` and ``len(key) - 1`` places back: the VIC cipher's
   lagged Fibonacci) and added digit by digit **without carrying** (mod 10). Deciphering subtracts.
3. The digits are cut into **groups of five**; the last group is padded with ``6969...`` (spaces,
   and a lone trailing 6 which reads as nothing).

Every digit string reads as *some* text (the checkerboard is a complete prefix code), so a wrong
key gives wrong but printable text (letters, spaces, full stops), never a crash. Messages are
normalised first: upper case, accents dropped (É -> E, Œ -> OE, ß -> SS), anything else but A-Z
and full stop becomes a space, spaces collapse.

The messages themselves are data, not code: the game reads them from the strings files
([minigames.cipher.messages], in the player's language) and hands them to ``broadcast``.

The notebook (``Notebook``) is the minigame: the player sets the key digit by digit and then
``submit()`` reads the groups with it: won if that is the message; lost if not, with the wrong
reading kept (for the notebook, the result card and the story). ``decoded`` is what the key set
now would give; the scene shows a reading only once submitted.
Assist: ``hint()`` fills in the next right digit and ``digit_marks()`` tells right from wrong digits.
"""

from __future__ import annotations

import random
import unicodedata

TOP_ROW = "ET.AON.RIS"  # '.' marks the two blank columns (2 and 6), not a character
ROWS = {"2": "BCDFGHJKLM", "6": "PQUVWXYZ. "}
GROUP = 5
PAD = "6969696969"
LIGATURES = {"Œ": "OE", "Æ": "AE"}

_ENCODE: dict[str, str] = {}
for _col, _ch in enumerate(TOP_ROW):
    if _ch != ".":
        _ENCODE[_ch] = str(_col)
for _row, _chars in ROWS.items():
    for _col, _ch in enumerate(_chars):
        _ENCODE[_ch] = _row + str(_col)


def normalize(text: str) -> str:
    """The text as the checkerboard can send it: "À l'est" -> "A L EST"."""
    upper = "".join(LIGATURES.get(ch, ch) for ch in text.upper())
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", upper) if not unicodedata.combining(ch))
    cleaned = "".join(ch if ch in _ENCODE else " " for ch in bare)
    return " ".join(cleaned.split())


def to_digits(text: str) -> str:
    return "".join(_ENCODE[ch] for ch in normalize(text))


def from_digits(digits: str) -> str:
    """Read digits through the checkerboard; a lone trailing 2 or 6 reads as nothing."""
    out = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if d in ROWS:
            if i + 1 >= len(digits):
                break
            out.append(ROWS[d][int(digits[i + 1])])
            i += 2
        else:
            out.append(TOP_ROW[int(d)])
            i += 1
    return "".join(out).rstrip(" ")


def clean_key(key) -> list[int]:
    """The key's digits (anything that is not a digit is ignored)."""
    return [int(ch) for ch in str(key) if ch.isdigit()]


def keystream(key, length: int) -> list[int]:
    """The key stretched by chain addition to `length` digits (all zeros for an empty key)."""
    stream = clean_key(key)
    if not stream:
        return [0] * length
    n = len(stream)
    while len(stream) < length:
        i = len(stream)
        stream.append(stream[i - 1] if n == 1 else (stream[i - n] + stream[i - n + 1]) % 10)
    return stream[:length]


def encode(plaintext: str, key) -> list[str]:
    digits = to_digits(plaintext)
    digits += PAD[: (-len(digits)) % GROUP]
    stream = keystream(key, len(digits))
    enciphered = "".join(str((int(d) + k) % 10) for d, k in zip(digits, stream))
    return [enciphered[i:i + GROUP] for i in range(0, len(enciphered), GROUP)]


def decode(groups, key) -> str:
    digits = "".join(ch for ch in "".join(groups) if ch.isdigit())
    stream = keystream(key, len(digits))
    return from_digits("".join(str((int(d) - k) % 10) for d, k in zip(digits, stream)))


def pick_message(seed: int, messages) -> str:
    """One of `messages` (texts, or a name -> text mapping), chosen by the seed."""
    texts = list(messages.values()) if isinstance(messages, dict) else list(messages)
    if not texts:
        raise ValueError("the cipher has no messages to choose from")
    return random.Random(seed).choice(texts)


def broadcast(seed: int, key, messages) -> tuple[str, list[str]]:
    """The night's message (chosen by the seed among `messages`) and its groups under the key."""
    message = normalize(pick_message(seed, messages))
    return message, encode(message, key)


class Notebook:
    """The decoding minigame. `key_clue` is the true key (a digit string, or anything with a
    `.key`, such as stakeout.KeyClue)."""

    def __init__(self, groups, key_clue, assist: bool = False):
        self.groups = list(groups)
        true_key = getattr(key_clue, "key", key_clue)
        self._key = "".join(str(d) for d in clean_key(true_key))
        self.key_length = len(self._key)
        self.message = decode(self.groups, self._key)
        self.assist = assist
        self.reset()

    def reset(self) -> None:
        self.entered = ""
        self.outcome: str | None = None
        self.reading: str | None = None

    def snapshot(self) -> dict:
        """(The groups and the key come from the seed.)"""
        return {"entered": self.entered, "outcome": self.outcome, "reading": self.reading, "assist": self.assist}

    # setting the key
    def type_digit(self, digit) -> None:
        if self.outcome is None and len(self.entered) < self.key_length and str(digit).isdigit():
            self.entered += str(digit)[0]

    def backspace(self) -> None:
        if self.outcome is None:
            self.entered = self.entered[:-1]

    def set_key(self, key) -> None:
        if self.outcome is None:
            self.entered = "".join(str(d) for d in clean_key(key))[: self.key_length]

    @property
    def decoded(self) -> str:
        return decode(self.groups, self.entered)

    @property
    def solved(self) -> bool:
        return self.decoded == self.message

    # assist
    def hint(self) -> str | None:
        """With assist: replace the first wrong digit (or add the next one) by the right one."""
        if not self.assist or self.outcome is not None:
            return None
        for i, ch in enumerate(self.entered):
            if ch != self._key[i]:
                self.entered = self.entered[:i] + self._key[i] + self.entered[i + 1:]
                return self._key[i]
        if len(self.entered) < self.key_length:
            self.entered += self._key[len(self.entered)]
            return self.entered[-1]
        return None

    def digit_marks(self) -> list[bool] | None:
        if not self.assist:
            return None
        return [ch == self._key[i] for i, ch in enumerate(self.entered)]

    def submit(self) -> str:
        """Read the groups with the key as set: "won" if they give the message, else "lost"."""
        if self.outcome is None:
            self.reading = self.decoded
            self.outcome = "won" if self.solved else "lost"
        return self.outcome
