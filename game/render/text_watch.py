"""A watch over every text the game lays out and draws, for tests and scripted runs.

In play `text.watcher` is None and each hook is one test of it. Set a `TextWatcher` there (the
scripted player does, and the tests) and it collects, once each:
- a text that overflows: runs off the picture it is drawn on, out of the panel it is drawn in,
  out of the box that lays it out (too many lines), or has a word wider than its line;
- a character the font has no glyph for;
- in the pseudo-locale, a text shown without its brackets: one the game did not localise.
"""

from __future__ import annotations

import pygame

from game.content.locale import CLOSE, OPEN


class TextWatcher:
    def __init__(self, pseudo: bool = False):
        self.pseudo = pseudo
        self.problems: dict[str, None] = {}  # in the order found, once each
        self._panels: dict[int, list[tuple[pygame.Rect, pygame.Rect]]] = {}  # surface id -> (panel, inside)
        self._paragraphs: dict[str, str] = {}  # a wrapped line -> the text it was cut from

    def report(self, problem: str) -> None:
        self.problems.setdefault(problem, None)

    # -- hooks --------------------------------------------------------------------------------
    def new_frame(self) -> None:
        self._panels.clear()

    def panel(self, surface: pygame.Surface, rect: pygame.Rect, inside: pygame.Rect) -> None:
        self._panels.setdefault(id(surface), []).append((pygame.Rect(rect), pygame.Rect(inside)))

    def wrapped(self, text: str, lines: list[str]) -> None:
        if len(self._paragraphs) > 4000:
            self._paragraphs.clear()
        for line in lines:
            self._paragraphs[line] = text

    def word_broken(self, word: str, width: int) -> None:
        self.report(f"overflow: the word {word!r} is wider than its line ({width} px)")

    def laid_out(self, what: str, text: str, used: pygame.Rect, room: pygame.Rect) -> None:
        """A box laid `text` out over `used`; it has `room`."""
        if not room.contains(used):
            self.report(f"overflow: {what} needs {used.w}x{used.h} px, has {room.w}x{room.h}: {_short(text)}")

    def drawn(self, font, surface: pygame.Surface, text: str, rect: pygame.Rect, verbatim: bool = False) -> None:
        if not text.strip():
            return
        lacking = "".join(dict.fromkeys(char for char in text if char != "\n" and not font.has_glyph(char)))
        if lacking:
            self.report(f"missing glyph: {font.name} has none for {lacking!r}: {_short(text)}")
        picture = surface.get_rect()
        if rect.left < picture.left or rect.right > picture.right:  # off the top or bottom: scrolling, as the credits
            self.report(f"overflow: runs off its {surface.get_width()}x{surface.get_height()} picture "
                        f"at {tuple(rect)}: {_short(text)}")
        for panel, inside in reversed(self._panels.get(id(surface), ())):  # the panel on top is its own
            if panel.colliderect(rect):
                if not inside.contains(rect):
                    self.report(f"overflow: out of its panel {tuple(panel)} at {tuple(rect)}: {_short(text)}")
                break
        if self.pseudo and not verbatim:
            bare = text.strip().lstrip("·•").strip()  # a wrapped line, maybe after a list's dot
            whole = self._paragraphs.get(text) or self._paragraphs.get(bare, text)
            if not localised(whole):
                self.report(f"not localised: {_short(whole)}")


def localised(text: str) -> bool:
    """In the pseudo-locale: every letter is inside the pseudo-locale's brackets."""
    depth = 0
    for char in text:
        if char == OPEN:
            depth += 1
        elif char == CLOSE:
            depth -= 1
        elif depth <= 0 and char.isascii() and char.isalpha():
            return False
    return True


def _short(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 70 else text[:67] + "…")
