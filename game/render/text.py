"""Bitmap text: the game's pixel fonts (made by assets/scripts/font.py), measured,
wrapped and drawn.

A font is a white-on-transparent glyph atlas (png) and its metrics (json).
Loading needs only pygame.image.load, so fonts work with no display (tests,
headless runs). Once a display mode exists, call `prepare()` (or let the
first render after it do so) so the atlases are convert_alpha()ed for speed.

    font = BitmapFont.load("pixel")
    font.draw(canvas, "Bonjour, Sophie.", (8, 8), (251, 246, 234), shadow=(42, 30, 38))
    for line in font.wrap(text, 200): ...
"""

from __future__ import annotations

import sys
from pathlib import Path

import pygame

from game.content.data_files import shown
from game.content.errors import ContentError
from game.content.glyphs import read_face
from game.content.media import beside, load_png
from game.core.paths import ASSETS
from game.render.surfaces import SurfaceCache

FONTS = ASSETS / "fonts"
TEXT_CACHE_BYTES = 512 * 1024  # per face: fifty long lines, or every label of the menus many times over

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space, French thin space
BREAKABLE_SPACES = " \t"
# French typography: a thin no-break space before these, after «
_THIN_BEFORE = "»?!:;"
_THIN_AFTER = "«"

Color = tuple[int, int, int] | tuple[int, int, int, int]

# A TextWatcher (game/render/text_watch.py) while tests or the scripted player watch for text that
# overflows, lacks glyphs or was not localised; None in play, where each hook costs one test.
watcher = None


def laid_out(what: str, text: str, used, room) -> None:
    """A box reports where its text went and the room it had (for the watcher)."""
    if watcher is not None:
        watcher.laid_out(what, text, pygame.Rect(used), pygame.Rect(room))


def french_spacing(text: str) -> str:
    """Glue « » ? ! : ; to their words with a narrow no-break space.

    "« Où est-il ? »" -> "«\u202fOù est-il\u202f?\u202f»": a line break can no
    longer strand a guillemet or a question mark at the start of a line.
    Existing plain or no-break spaces there are replaced by the thin one; text
    without such spaces ("«Où»") is left as it is.
    """
    if not any(c in text for c in "«»?!:;"):
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in " " + NBSP + NNBSP:
            # look ahead: run of spaces followed by a char that wants a thin space
            j = i
            while j < n and text[j] in " " + NBSP + NNBSP:
                j += 1
            prev = out[-1] if out else ""
            nxt = text[j] if j < n else ""
            if prev == _THIN_AFTER and nxt:
                out.append(NNBSP)
                i = j
                continue
            if nxt and nxt in _THIN_BEFORE and prev and prev not in " \n":
                # "?" after a space: only when it ends a word ("quoi ?"), not ": ?" runs
                out.append(NNBSP)
                i = j
                continue
            out.append(text[i:j])
            i = j
            continue
        out.append(c)
        i += 1
    return "".join(out)


class BitmapFont:
    """A proportional bitmap font loaded from a png atlas and its json metrics."""

    def __init__(self, path: str | Path | None = None, *, cache_bytes: int = TEXT_CACHE_BYTES):
        """path: the .png or .json of a face, or its stem ("assets/fonts/pixel");
        None means the game's text face, assets/fonts/pixel."""
        if path is None:
            path = FONTS / "pixel"
        path = Path(path)
        if path.suffix in (".png", ".json"):
            path = path.with_suffix("")
        json_path = path.with_suffix(".json")
        meta = read_face(json_path)
        self.name = path.name
        self.atlas = load_png(beside(json_path, meta.get("image") or path.name + ".png"))
        self.line_height: int = meta["line_height"]
        self.height: int = meta["cell_height"]
        self.baseline: int = meta["baseline"]
        self.cap_height: int = meta["cap_height"]
        self.x_height: int = meta["x_height"]
        self.spacing: int = meta["spacing"]
        self.cap_top: int = meta["cap_top"]
        self._glyphs = _glyphs(json_path, meta["glyphs"], self.atlas.get_size(), self.height)
        replacement = meta.get("replacement", "\ufffd")
        self._replacement = self._glyphs[replacement]
        blank = pygame.Rect(0, 0, 0, self.height)
        self._glyphs.setdefault(" ", (blank, meta["space_advance"]))
        self._glyphs.setdefault(NBSP, (blank, meta["space_advance"]))
        self._glyphs.setdefault(NNBSP, (blank, meta["thin_space_advance"]))
        self._glyphs.setdefault("\u2009", (blank, meta["thin_space_advance"]))
        self._glyphs.setdefault("\t", (blank, meta["space_advance"] * 4))
        self._tinted: dict[tuple, pygame.Surface] = {}
        self._reported: set[str] = {"\n"}  # characters already said to be missing
        self._converted = False
        self._cache = SurfaceCache(cache_bytes)  # rendered texts

    # -- loading ------------------------------------------------------------

    @classmethod
    def load(cls, name: str = "pixel", assets: str | Path | None = None) -> BitmapFont:
        """A face by name from the assets folder (default: the repo's assets/)."""
        root = Path(assets) if assets is not None else ASSETS
        return cls(root / "fonts" / name)

    @property
    def cache(self) -> SurfaceCache:
        """The rendered texts kept for reuse: bounded by their bytes, however long the evening."""
        return self._cache

    def prepare(self) -> None:
        """Convert the atlases for fast blitting; needs a display mode. Safe to call twice."""
        if self._converted or pygame.display.get_surface() is None:
            return
        self.atlas = self.atlas.convert_alpha()
        self._tinted = {key: surf.convert_alpha() for key, surf in self._tinted.items()}
        self._cache.clear()
        self._converted = True

    # -- measuring ----------------------------------------------------------

    def has_glyph(self, char: str) -> bool:
        return char in self._glyphs

    def glyph(self, char: str) -> tuple[pygame.Rect, int]:
        """(atlas rect, advance) of a character; the replacement box if missing."""
        return self._glyphs.get(char, self._replacement)

    def advance(self, char: str) -> int:
        return self.glyph(char)[1]

    def line_width(self, line: str) -> int:
        """Width in pixels of one line (no newlines): ink of the last glyph, not its spacing."""
        pen = right = 0
        glyphs = self._glyphs
        replacement = self._replacement
        for char in line:
            rect, advance = glyphs.get(char, replacement)
            if rect.w:
                right = max(right, pen + rect.w)
            else:
                right = max(right, pen + advance)
            pen += advance
        return right

    def size(self, text: str) -> tuple[int, int]:
        """(width, height) of the surface render(text) makes; newlines stack lines."""
        lines = text.split("\n")
        width = max(self.line_width(line) for line in lines)
        height = (len(lines) - 1) * self.line_height + self.height
        return width, height

    # -- wrapping -----------------------------------------------------------

    def wrap(self, text: str, max_width: int, verbatim: bool = False) -> list[str]:
        """Lines no wider than max_width. Breaks at spaces; keeps explicit newlines;
        breaks a word wider than the line; glues « » ? ! : ; to their words
        (see french_spacing) so they never start a line alone. `verbatim`: data shown as it is
        (a decoded cipher), which is neither translated nor expected to break at words."""
        max_width = max(1, int(max_width))
        lines: list[str] = []
        for paragraph in french_spacing(text).split("\n"):
            words = [w for w in _split_spaces(paragraph) if w]
            if not words:
                lines.append("")
                continue
            space = self.advance(" ")
            line = ""
            line_pen = 0  # pen position after the line's last glyph (incl. spacing)
            for word in words:
                word_width = self.line_width(word)
                if line:
                    if line_pen + space + word_width <= max_width:
                        line += " " + word
                        line_pen += space + self._pen(word)
                        continue
                    lines.append(line)
                    line, line_pen = "", 0
                if word_width <= max_width:
                    line, line_pen = word, self._pen(word)
                    continue
                # a word wider than the line: break it by characters
                if watcher is not None and not verbatim:
                    watcher.word_broken(word, max_width)
                for piece in self._break_word(word, max_width):
                    if line:
                        lines.append(line)
                    line, line_pen = piece, self._pen(piece)
            lines.append(line)
        if watcher is not None and not verbatim:
            watcher.wrapped(text, lines)
        return lines

    def _pen(self, text: str) -> int:
        return sum(self.advance(c) for c in text)

    def _break_word(self, word: str, max_width: int) -> list[str]:
        pieces: list[str] = []
        current = ""
        for char in word:
            if current and self.line_width(current + char) > max_width:
                pieces.append(current)
                current = ""
            current += char
        if current:
            pieces.append(current)
        return pieces

    # -- drawing ------------------------------------------------------------

    def _tint(self, color: Color) -> pygame.Surface:
        color = tuple(color)
        if len(color) == 3:
            color = (*color, 255)
        surf = self._tinted.get(color)
        if surf is None:
            if not self._converted and pygame.display.get_surface() is not None:
                self.prepare()
            surf = self.atlas.copy()
            surf.fill(color, special_flags=pygame.BLEND_RGBA_MULT)
            if self._converted and pygame.display.get_surface() is not None:
                surf = surf.convert_alpha()
            if len(self._tinted) > 32:
                self._tinted.pop(next(iter(self._tinted)))
            self._tinted[color] = surf
        return surf

    def render(self, text: str, color: Color) -> pygame.Surface:
        """A transparent surface of size(text) with the text in color (cached, LRU).
        Don't draw on the returned surface: it is shared."""
        key = (text, tuple(color))
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        self._report_missing(text)
        width, height = self.size(text)
        surface = pygame.Surface((width, height), pygame.SRCALPHA)
        if self._converted and pygame.display.get_surface() is not None:
            surface = surface.convert_alpha()
        surface.fill((0, 0, 0, 0))
        atlas = self._tint(color)
        blits = []
        glyphs, replacement = self._glyphs, self._replacement
        for row, line in enumerate(text.split("\n")):
            pen, y = 0, row * self.line_height
            for char in line:
                rect, advance = glyphs.get(char, replacement)
                if rect.w:
                    blits.append((atlas, (pen, y), rect))
                pen += advance
        surface.blits(blits, doreturn=False)
        return self._cache.put(key, surface)

    def _report_missing(self, text: str) -> None:
        """Say once, on stderr, each character this face lacks: it shows as the replacement box."""
        missing = set(text) - self._glyphs.keys() - self._reported
        if missing:
            self._reported |= missing
            names = ", ".join(f"{char!r} (U+{ord(char):04X})" for char in sorted(missing))
            print(f"font {self.name}: no glyph for {names}; drawn as the replacement box", file=sys.stderr)

    def draw(self, surface: pygame.Surface, text: str, pos: tuple[int, int], color: Color,
             shadow: Color | None = None, *, shadow_offset: tuple[int, int] = (0, 1),
             align: str = "left", verbatim: bool = False) -> pygame.Rect:
        """Draw text with its top-left at pos (align "center"/"right": pos is the top
        centre/right). shadow: a colour drawn at shadow_offset under the text. `verbatim`: data
        shown as it is, not a text to translate. Returns the rect of the text (without the shadow)."""
        image = self.render(text, color)
        x, y = int(pos[0]), int(pos[1])
        if align == "center":
            x -= image.get_width() // 2
        elif align == "right":
            x -= image.get_width()
        if shadow is not None:
            surface.blit(self.render(text, shadow), (x + shadow_offset[0], y + shadow_offset[1]))
        if watcher is not None:
            watcher.drawn(self, surface, text, pygame.Rect((x, y), image.get_size()), verbatim)
        return surface.blit(image, (x, y))


def _glyphs(json_path: Path, glyphs: dict, atlas_size: tuple[int, int], height: int) -> dict:
    """Each character's (atlas rect, advance) (read_face checked their shape), each box in the atlas."""
    width, atlas_height = atlas_size
    found = {}
    for char, glyph in glyphs.items():
        x, y, w, advance = glyph["x"], glyph["y"], glyph["w"], glyph["advance"]
        if x + w > width or y + height > atlas_height:
            raise ContentError(shown(json_path), f"glyph {char!r}", f"its box ({x}, {y}, {w}×{height}) lies outside "
                                                                    f"the {width}×{atlas_height} picture")
        found[char] = (pygame.Rect(x, y, w, height), advance)
    return found


def _split_spaces(paragraph: str) -> list[str]:
    """Split on breakable spaces only (no-break spaces stay inside words)."""
    words: list[str] = []
    current: list[str] = []
    for char in paragraph:
        if char in BREAKABLE_SPACES:
            words.append("".join(current))
            current = []
        else:
            current.append(char)
    words.append("".join(current))
    return words
