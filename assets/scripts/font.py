"""Generate the game's pixel fonts from text grids written below.

Writes, under the given root:
  assets/fonts/pixel.png + pixel.json   the text face: cap height 7, x-height 5,
                                         descenders 2, line height 13, 1 px spacing
  assets/fonts/title.png + title.json   the display face for titles and chapter cards:
                                         cap height 11, small serifs

Every glyph is drawn by hand as rows of '.' and '#'. Accented letters are not
drawn one by one: the base letter and the mark grids are combined here, so
every é, Ê, ç, ą, ř or ő is built the same way (compose_face), and a few
letters get a stroke, dot or second letter added (ł, đ, ħ, ŀ, ĳ: TEXT_EXTRAS).
Both faces cover ASCII, Latin-1 and Latin Extended-A: every European language
written in Latin letters, Romanian's ș ț too (tests/test_glyphs.py renders a
sample of each). The atlas is white on transparent; the runtime
(game/render/text.py) tints it; game/content/glyphs.py says what a face lacks.

Cell layout of the text face (12 rows): rows 0-2 hold accents of capitals,
rows 3-9 the cap height (x-height starts at row 5), row 10-11 descenders.
The baseline is the bottom of row 9. Lines are 13 rows apart, the cell and a
blank row: the caron of Ř or Ž never touches the tail of a g or ą above it.

Usage: python assets/scripts/font.py   (from the repo root)
"""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path

import pygame

# ---------------------------------------------------------------------------
# The text face. Each block: "=c" then rows from the cap top (row 0 = cap top,
# row 2 = x-height top, row 6 = last row on the baseline, rows 7-8 below).
# Missing rows at the bottom are blank.
# ---------------------------------------------------------------------------

TEXT_GLYPHS = r"""
=A
.###.
#...#
#...#
#####
#...#
#...#
#...#
=B
####.
#...#
#...#
####.
#...#
#...#
####.
=C
.###.
#...#
#....
#....
#....
#...#
.###.
=D
####.
#...#
#...#
#...#
#...#
#...#
####.
=E
####
#...
#...
###.
#...
#...
####
=F
####
#...
#...
###.
#...
#...
#...
=G
.###.
#...#
#....
#.###
#...#
#...#
.###.
=H
#...#
#...#
#...#
#####
#...#
#...#
#...#
=I
###
.#.
.#.
.#.
.#.
.#.
###
=J
...#
...#
...#
...#
...#
#..#
.##.
=K
#...#
#..#.
#.#..
##...
#.#..
#..#.
#...#
=L
#...
#...
#...
#...
#...
#...
####
=M
#...#
##.##
#.#.#
#.#.#
#...#
#...#
#...#
=N
#...#
#...#
##..#
#.#.#
#..##
#...#
#...#
=O
.###.
#...#
#...#
#...#
#...#
#...#
.###.
=P
####.
#...#
#...#
####.
#....
#....
#....
=Q
.###.
#...#
#...#
#...#
#...#
#..#.
.##.#
=R
####.
#...#
#...#
####.
#.#..
#..#.
#...#
=S
.###.
#...#
#....
.###.
....#
#...#
.###.
=T
#####
..#..
..#..
..#..
..#..
..#..
..#..
=U
#...#
#...#
#...#
#...#
#...#
#...#
.###.
=V
#...#
#...#
#...#
#...#
.#.#.
.#.#.
..#..
=W
#...#
#...#
#...#
#.#.#
#.#.#
##.##
#...#
=X
#...#
#...#
.#.#.
..#..
.#.#.
#...#
#...#
=Y
#...#
#...#
.#.#.
..#..
..#..
..#..
..#..
=Z
#####
....#
...#.
..#..
.#...
#....
#####
=a
....
....
.##.
...#
.###
#..#
.###
=b
#...
#...
###.
#..#
#..#
#..#
###.
=c
....
....
.##.
#..#
#...
#..#
.##.
=d
...#
...#
.###
#..#
#..#
#..#
.###
=e
....
....
.##.
#..#
####
#...
.###
=f
.##
#..
###
#..
#..
#..
#..
=g
....
....
.###
#..#
#..#
#..#
.###
...#
.##.
=h
#...
#...
###.
#..#
#..#
#..#
#..#
=i
#
.
#
#
#
#
#
=j
.#
..
.#
.#
.#
.#
.#
.#
#.
=k
#...
#...
#..#
#.#.
##..
#.#.
#..#
=l
#.
#.
#.
#.
#.
#.
.#
=m
.....
.....
####.
#.#.#
#.#.#
#.#.#
#.#.#
=n
....
....
###.
#..#
#..#
#..#
#..#
=o
....
....
.##.
#..#
#..#
#..#
.##.
=p
....
....
###.
#..#
#..#
#..#
###.
#...
#...
=q
....
....
.###
#..#
#..#
#..#
.###
...#
...#
=r
...
...
#.#
##.
#..
#..
#..
=s
....
....
.###
#...
.##.
...#
###.
=t
...
#..
###
#..
#..
#..
.##
=u
....
....
#..#
#..#
#..#
#..#
.###
=v
.....
.....
#...#
#...#
#...#
.#.#.
..#..
=w
.....
.....
#...#
#...#
#.#.#
#.#.#
.#.#.
=x
....
....
#..#
#..#
.##.
#..#
#..#
=y
....
....
#..#
#..#
#..#
#..#
.###
...#
.##.
=z
....
....
####
...#
.##.
#...
####
=0
.##.
#..#
#..#
#..#
#..#
#..#
.##.
=1
.#.
##.
.#.
.#.
.#.
.#.
###
=2
.##.
#..#
...#
..#.
.#..
#...
####
=3
.##.
#..#
...#
.##.
...#
#..#
.##.
=4
..#.
.##.
#.#.
#.#.
####
..#.
..#.
=5
####
#...
###.
...#
...#
#..#
.##.
=6
.##.
#...
#...
###.
#..#
#..#
.##.
=7
####
...#
...#
..#.
.#..
.#..
.#..
=8
.##.
#..#
#..#
.##.
#..#
#..#
.##.
=9
.##.
#..#
#..#
.###
...#
...#
.##.
=!
#
#
#
#
#
.
#
="
#.#
#.#
=#
.#.#.
.#.#.
#####
.#.#.
#####
.#.#.
.#.#.
=$
..#..
.####
#.#..
.###.
..#.#
####.
..#..
=%
##..#
##..#
...#.
..#..
.#...
#..##
#..##
=&
.##..
#..#.
#.#..
.#...
#.#.#
#..#.
.##.#
='
#
#
=(
.#
#.
#.
#.
#.
#.
#.
.#
=)
#.
.#
.#
.#
.#
.#
.#
#.
=*
...
#.#
.#.
#.#
=+
...
...
.#.
###
.#.
=,
..
..
..
..
..
..
.#
#.
=-
...
...
...
...
###
=.
.
.
.
.
.
.
#
=/
..#
..#
.#.
.#.
.#.
#..
#..
=:
.
.
.
#
.
.
#
=;
..
..
..
.#
..
..
.#
#.
=<
...
..#
.#.
#..
.#.
..#
==
...
...
...
###
...
###
=>
...
#..
.#.
..#
.#.
#..
=?
.##.
#..#
...#
..#.
.#..
....
.#..
=@
.###.
#...#
#.###
#.#.#
#.###
#....
.###.
=[
##
#.
#.
#.
#.
#.
#.
##
=\
#..
#..
.#.
.#.
.#.
..#
..#
=]
##
.#
.#
.#
.#
.#
.#
##
=^
.#.
#.#
=_
....
....
....
....
....
....
....
####
=`
#.
.#
={
..#
.#.
.#.
#..
.#.
.#.
.#.
..#
=|
#
#
#
#
#
#
#
#
=}
#..
.#.
.#.
..#
.#.
.#.
.#.
#..
=~
....
....
....
.#.#
#.#.
=’
##
.#
#.
=‘
.#
#.
##
=“
.#..#
#..#.
##.##
=”
##.##
.#..#
#..#.
=‚
..
..
..
..
..
..
.#
#.
=„
....
....
....
....
....
....
.#.#
#.#.
=«
.....
.....
..#.#
.#.#.
#.#..
.#.#.
..#.#
=»
.....
.....
#.#..
.#.#.
..#.#
.#.#.
#.#..
=‹
..
..
..
.#
#.
.#
=›
..
..
..
#.
.#
#.
=–
....
....
....
....
####
=—
.......
.......
.......
.......
#######
=…
.....
.....
.....
.....
.....
.....
#.#.#
=·
.
.
.
.
#
=•
..
..
..
##
##
=°
.#.
#.#
.#.
=ß
.##.
#..#
#..#
#.#.
#..#
#..#
#.#.
=œ
.......
.......
.##.##.
#..#..#
#..####
#..#...
.##.###
=æ
.......
.......
.##.##.
...#..#
.######
#..#...
.##.###
=Œ
.######
#..#...
#..#...
#..###.
#..#...
#..#...
.######
=Æ
.######
#..#...
#..#...
######.
#..#...
#..#...
#..####
=¿
.#..
....
.#..
#...
#...
#..#
.##.
=¡
#
.
#
#
#
#
#
=€
..###
.#...
####.
.#...
####.
.#...
..###
=£
..##.
.#..#
.#...
####.
.#...
.#...
#####
=×
...
...
#.#
.#.
#.#
=÷
...
...
.#.
...
###
...
.#.
=§
.###
#...
.##.
#..#
.##.
...#
###.
=ı
.
.
#
#
#
#
#
=ø
.....
.....
..##.
.#.##
.##.#
.#..#
#.##.
=Ø
.####
#..##
#.#.#
#.#.#
#.#.#
##..#
####.
=←
.....
..#..
.#...
#####
.#...
..#..
=→
.....
..#..
...#.
#####
...#.
..#..
=↑
..#..
.###.
#.#.#
..#..
..#..
..#..
..#..
=↓
..#..
..#..
..#..
..#..
#.#.#
.###.
..#..
=�
#####
#...#
###.#
##.##
#####
##.##
#####
=¤
.....
#...#
.###.
.#.#.
.###.
#...#
=ȷ
..
..
.#
.#
.#
.#
.#
.#
#.
=ĸ
....
....
#..#
#.#.
##..
#.#.
#..#
=ŋ
....
....
###.
#..#
#..#
#..#
#..#
...#
.##.
=Ŋ
#...#
#...#
##..#
#.#.#
#..##
#...#
#...#
....#
..##.
=ſ
.##
#..
#..
#..
#..
#..
#..
=ð
.#.#
..#.
.#.#
...#
.###
#..#
.##.
=Þ
#....
####.
#...#
#...#
####.
#....
#....
=þ
#...
#...
###.
#..#
#..#
#..#
###.
#...
#...
=ẞ
####.
#..#.
#.#..
#..#.
#...#
#...#
#.##.
=ª
.##
#.#
.##
...
###
=º
.#.
#.#
.#.
...
###
=µ
....
....
#..#
#..#
#..#
#..#
####
#...
#...
=©
.#####.
#.....#
#.###.#
#.#...#
#.###.#
#.....#
.#####.
=®
.#####.
#.....#
#.##..#
#.#.#.#
#.##..#
#.#.#.#
.#####.
=±
...
.#.
###
.#.
...
###
=¹
.#.
##.
.#.
.#.
###
=²
.#.
#.#
..#
.#.
###
=³
##.
..#
.#.
..#
##.
=¢
..#.
.###
#.#.
#.#.
#.#.
.###
..#.
=¥
#...#
.#.#.
..#..
#####
..#..
#####
..#..
=¦
#
#
#
.
#
#
#
=¨
#.#
=¯
###
=´
.#
#.
=¸
..
..
..
..
..
..
..
.#
#.
=¬
....
....
....
####
...#
=¶
.####
###.#
###.#
.##.#
..#.#
..#.#
..#.#
"""

# The replacement glyph drawn for any character the font lacks.
REPLACEMENT = "\ufffd"

# Marks of the text face. Each grid is centred over its letter: "odd" and "even"
# centre over odd or even widths ("narrow" over widths up to 3, when given), and
# "round" says which way a half pixel goes. "where": "above" (one blank row over
# the letter: capitals' marks in rows 0-2, lowercase ones over the x-height),
# "below" (hanging from the baseline), "foot" (below, from the letter's right
# foot: the ogonek) or "beside" (right of the letter's top: the apostrophe caron
# of ď ľ Ľ ť).
TEXT_ACCENTS = {
    "grave": {"odd": ["#.", ".#"], "even": ["#.", ".#"], "round": "floor"},
    "acute": {"odd": [".#", "#."], "even": [".#", "#."], "round": "ceil"},
    "circumflex": {"odd": [".#.", "#.#"], "even": [".##.", "#..#"], "round": "floor"},
    "caron": {"odd": ["#.#", ".#."], "even": ["#.#", ".#."], "round": "ceil"},
    "breve": {"odd": ["#...#", ".###."], "even": ["#..#", ".##."], "narrow": ["#.#", "###"], "round": "floor"},
    "macron": {"odd": ["###"], "even": ["####"], "narrow": ["###"], "round": "floor"},
    "dot": {"odd": ["#"], "even": ["#"], "round": "ceil"},
    "diaeresis": {"odd": ["#.#"], "even": ["#..#"], "round": "floor"},
    "double_acute": {"odd": [".#.#", "#.#."], "even": [".#.#", "#.#."], "round": "ceil"},
    "tilde": {"odd": [".##.#", "#.##."], "even": [".##.#", "#.##."], "round": "floor"},
    "ring": {"odd": [".#.", "#.#", ".#."], "even": [".##.", "#..#", ".##."], "round": "floor"},
    "cedilla": {"odd": [".#", "#."], "even": [".#", "#."], "round": "ceil", "where": "below"},
    "comma_below": {"odd": ["#", "#"], "even": ["#", "#"], "round": "floor", "where": "below"},
    "comma_above": {"odd": [".#", "#."], "even": [".#", "#."], "round": "ceil"},
    "ogonek": {"odd": ["#.", "##"], "even": ["#.", "##"], "round": "floor", "where": "foot"},
    "apostrophe": {"odd": ["#", "#"], "even": ["#", "#"], "round": "floor", "where": "beside"},
}

# The mark each combining character is drawn with.
MARKS = {
    "\u0300": "grave", "\u0301": "acute", "\u0302": "circumflex", "\u0303": "tilde",
    "\u0304": "macron", "\u0306": "breve", "\u0307": "dot", "\u0308": "diaeresis",
    "\u030a": "ring", "\u030b": "double_acute", "\u030c": "caron",
    "\u0326": "comma_below", "\u0327": "cedilla", "\u0328": "ogonek",
}
# Letters whose mark is written otherwise than its Unicode name says.
MARK_SHAPES = {
    **dict.fromkeys("ĢĶĻŅŖķļņŗ", "comma_below"),  # Latvian writes its "cedillas" as commas
    "ģ": "comma_above",  # ... and over the g's bowl, as a turned comma
    **dict.fromkeys("ďĽľť", "apostrophe"),  # Czech and Slovak: the caron of a tall letter
}
# i and j drop their dot under a mark above them (į keeps it).
DOTLESS = {"i": "ı", "j": "ȷ"}
MARKS_BELOW = {"cedilla", "comma_below", "ogonek"}
# Every letter composed from a base and a mark: Latin-1, Latin Extended-A (all of
# Europe that writes in Latin letters but Vietnamese), Romanian's comma-below ș ț.
COMPOSED = [chr(c) for c in range(0xC0, 0x180)] + list("ȘșȚțǸǹẼẽỲỳỸỹ")


def decompose(char: str) -> tuple[str, str] | None:
    """(base letter, mark name) of a letter made of one base and one mark, else None."""
    parts = unicodedata.decomposition(char).split()
    if len(parts) != 2 or parts[0].startswith("<"):
        return None
    base, mark = (chr(int(p, 16)) for p in parts)
    if mark not in MARKS:
        return None
    shape = MARK_SHAPES.get(char, MARKS[mark])
    if shape not in MARKS_BELOW:
        base = DOTLESS.get(base, base)
    return base, shape


def parse_glyphs(source: str) -> dict[str, list[str]]:
    """Blocks of '=c' followed by rows of '.' and '#' -> {char: rows}."""
    glyphs: dict[str, list[str]] = {}
    current = None
    for raw in source.splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("=") and (current is None or len(line) == 2):
            current = line[1:]
            if len(current) != 1:
                raise ValueError(f"glyph name must be one character: {line!r}")
            if current in glyphs:
                raise ValueError(f"glyph {current!r} drawn twice")
            glyphs[current] = []
            continue
        if current is None or set(line) - set(".#"):
            raise ValueError(f"bad glyph row {line!r} in {current!r}")
        glyphs[current].append(line)
    for char, rows in glyphs.items():
        if len({len(r) for r in rows}) != 1:
            raise ValueError(f"glyph {char!r} has rows of different widths")
    return glyphs


class Glyph:
    """A glyph as a set of lit pixels in cell coordinates (x, row)."""

    def __init__(self, width: int, pixels: set[tuple[int, int]]):
        self.width = width
        self.pixels = pixels

    @classmethod
    def from_rows(cls, rows: list[str], top: int) -> Glyph:
        pixels = {(x, top + y) for y, row in enumerate(rows) for x, c in enumerate(row) if c == "#"}
        return cls(len(rows[0]) if rows else 0, pixels)

    def top(self) -> int:
        return min(y for _, y in self.pixels)

    def row(self, y: int) -> list[int]:
        """The lit columns of one row."""
        return sorted(x for x, py in self.pixels if py == y)

    def with_grid(self, grid: list[str], x0: int, y0: int) -> Glyph:
        """This glyph with a grid's lit pixels added at (x0, y0); moved right if they overhang left."""
        pixels = set(self.pixels)
        pixels |= {(x0 + x, y0 + y) for y, row in enumerate(grid) for x, c in enumerate(row) if c == "#"}
        min_x = min(0, min(x for x, _ in pixels))
        max_x = max(self.width - 1, max(x for x, _ in pixels))
        return Glyph(max_x - min_x + 1, {(x - min_x, y) for x, y in pixels})


def add_accent(base: Glyph, spec: dict, metrics: dict) -> Glyph:
    """Place a mark's grid over, under or beside a base glyph (see TEXT_ACCENTS)."""
    grid = spec["even" if base.width % 2 == 0 else "odd"]
    if base.width <= 3 and "narrow" in spec:
        grid = spec["narrow"]
    aw, ah = len(grid[0]), len(grid)
    shift = (base.width - 1) / 2 - (aw - 1) / 2
    shift = math.ceil(shift) if spec["round"] == "ceil" else math.floor(shift)
    where = spec.get("where", "above")
    if where == "below":
        top = metrics["baseline"]  # first row under the baseline
    elif where == "foot":
        top = metrics["baseline"]
        foot = base.row(metrics["baseline"] - 1)
        shift = max(foot[0], foot[-1] - 1)
    elif where == "beside":
        # level with the letter's top, one blank column right of it
        top = min(base.top(), metrics["cap_top"])
        shift = max(x for x, y in base.pixels if y <= top + ah) + 2
    else:
        # one blank row between the mark and the letter (a ring on a capital may touch it)
        top = max(0, base.top() - 1 - ah)
    return base.with_grid(grid, shift, top)


def join(left: Glyph, right: Glyph, gap: int) -> Glyph:
    """Two glyphs side by side as one (the ligature ĳ, the apostrophe of ŉ)."""
    dx = left.width + gap
    return Glyph(dx + right.width, left.pixels | {(x + dx, y) for x, y in right.pixels})


def compose_face(drawn: dict[str, list[str]], metrics: dict, accents: dict, extras: dict,
                 aliases: dict[str, str]) -> dict[str, Glyph]:
    """Every glyph of a face: the drawn ones, the letters composed with marks, the
    extras (strokes, dots, joins: see TEXT_EXTRAS) and the aliases (same pixels)."""
    glyphs: dict[str, Glyph] = {}
    for char, rows in drawn.items():
        if len(rows) > metrics["cell_height"] - metrics["cap_top"]:
            raise ValueError(f"glyph {char!r} is too tall")
        glyphs[char] = Glyph.from_rows(rows, metrics["cap_top"])
    for char in COMPOSED:
        parts = decompose(char)
        if char in glyphs or parts is None:
            continue
        base, accent = parts
        glyphs[char] = add_accent(glyphs[base], accents[accent], metrics)
    for char, (base, how, *args) in extras.items():
        if how == "grid":
            grid, x0, y0 = args
            glyphs[char] = glyphs[base].with_grid(grid, x0, y0)
        elif how == "join":
            right, gap = args
            glyphs[char] = join(glyphs[base], glyphs[right], gap)
        else:
            raise ValueError(f"extra glyph {char!r}: unknown way {how!r}")
    for alias, target in aliases.items():
        glyphs[alias] = glyphs[target]
    return glyphs


# Letters made of a base and a stroke, dot or second letter. ("grid", rows, x, row):
# the rows added with their top-left at x (may be left of the letter: it moves
# right) and that cell row. ("join", right, gap): the base, gap, then right.
TEXT_EXTRAS = {
    "Đ": ("D", "grid", ["###"], -1, 6),
    "đ": ("d", "grid", ["###"], 2, 3),
    "Ħ": ("H", "grid", ["#######"], -1, 4),
    "ħ": ("h", "grid", ["###"], -1, 3),
    "Ł": ("L", "grid", ["..#", ".#.", "#.."], -1, 5),
    "ł": ("l", "grid", ["..#", ".#.", "#.."], -1, 5),
    "Ŧ": ("T", "grid", ["###"], 1, 6),
    "ŧ": ("t", "grid", ["###"], 0, 7),
    "Ŀ": ("L", "grid", ["#"], 2, 6),
    "ŀ": ("l", "grid", ["#"], 2, 7),
    "Ĳ": ("I", "join", "J", 1),
    "ĳ": ("i", "join", "j", 0),
    "ŉ": ("’", "join", "n", 1),
}
TEXT_ALIASES = {
    "Ð": "Đ",  # Icelandic eth and Croatian D with stroke look the same
    "\u2010": "-", "\u2011": "-",  # hyphen, non-breaking hyphen
    "\u2212": "–",  # minus sign
}


def build_text_face() -> tuple[dict[str, Glyph], dict]:
    metrics = {"cell_height": 12, "cap_top": 3, "x_top": 5, "baseline": 10}
    glyphs = compose_face(parse_glyphs(TEXT_GLYPHS), metrics, TEXT_ACCENTS, TEXT_EXTRAS, TEXT_ALIASES)
    metrics.update({
        "cap_height": 7,
        "x_height": 5,
        "descent": 2,
        "line_height": 13,
        "spacing": 1,
        "space_advance": 3,
        "thin_space_advance": 2,
    })
    return glyphs, metrics


# ---------------------------------------------------------------------------
# The display face (titles, chapter cards). Cap height 11, x-height 7,
# descenders 3; small bracketed serifs. Cell: 3 rows for capital accents,
# 11 cap rows, 3 descender rows. Rows given from the cap top.
# ---------------------------------------------------------------------------

TITLE_GLYPHS = r"""
=A
...##....
...##....
..#.##...
..#.##...
..#..##..
.#...##..
.######..
.#....##.
#.....##.
#.....##.
##...####
=B
#######.
.##...##
.##...##
.##...##
.##..##.
.#####..
.##..##.
.##...##
.##...##
.##...##
#######.
=C
..#####.
.##...##
##.....#
##......
##......
##......
##......
##......
##.....#
.##...##
..#####.
=D
######..
.##..##.
.##...##
.##...##
.##...##
.##...##
.##...##
.##...##
.##...##
.##..##.
######..
=E
########
.##....#
.##.....
.##.....
.##..#..
.######.
.##..#..
.##.....
.##.....
.##....#
########
=F
########
.##....#
.##.....
.##.....
.##..#..
.######.
.##..#..
.##.....
.##.....
.##.....
####....
=G
..#####.
.##...##
##.....#
##......
##......
##..####
##....##
##....##
##....##
.##...##
..####.#
=H
####..####
.##....##.
.##....##.
.##....##.
.##....##.
.########.
.##....##.
.##....##.
.##....##.
.##....##.
####..####
=I
####
.##.
.##.
.##.
.##.
.##.
.##.
.##.
.##.
.##.
####
=J
..####
...##.
...##.
...##.
...##.
...##.
...##.
...##.
#..##.
##.##.
.###..
=K
####.###
.##...#.
.##..#..
.##.#...
.####...
.##.##..
.##..##.
.##..##.
.##...##
.##...##
####.###
=L
####....
.##.....
.##.....
.##.....
.##.....
.##.....
.##.....
.##.....
.##.....
.##....#
########
=M
###.....###
.##.....##.
.###...###.
.###...###.
.##.#.#.##.
.##.#.#.##.
.##..#..##.
.##..#..##.
.##.....##.
.##.....##.
####...####
=N
###...###
.##....#.
.###...#.
.#.##..#.
.#.##..#.
.#..##.#.
.#..##.#.
.#...###.
.#...###.
.#....##.
###....#.
=O
..####..
.##..##.
##....##
##....##
##....##
##....##
##....##
##....##
##....##
.##..##.
..####..
=P
#######.
.##...##
.##...##
.##...##
.##...##
.######.
.##.....
.##.....
.##.....
.##.....
####....
=Q
..####..
.##..##.
##....##
##....##
##....##
##....##
##....##
##....##
##.#..##
.##.###.
..####..
......##
=R
#######.
.##...##
.##...##
.##...##
.##..##.
.#####..
.##.##..
.##..##.
.##..##.
.##...##
####..##
=S
.#####.
##...##
##....#
##.....
.###...
..####.
....###
.....##
#....##
##...##
.#####.
=T
########
#..##..#
...##...
...##...
...##...
...##...
...##...
...##...
...##...
...##...
..####..
=U
####..###
.##....#.
.##....#.
.##....#.
.##....#.
.##....#.
.##....#.
.##....#.
.##....#.
.##...#..
..####...
=V
####..###
.##....#.
.##....#.
..##..#..
..##..#..
..##..#..
...##.#..
...##.#..
....###..
....##...
....##...
=W
####.##.###
.##..##..#.
.##..##..#.
.##..##..#.
.##.#.##.#.
..#.#.##.#.
..#.#.##.#.
..##...###.
..##...##..
..##...##..
..#....#...
=X
####..###
.##....#.
..##..#..
..##..#..
...###...
....##...
...#.##..
..#..##..
..#...##.
.#....##.
###..####
=Y
####..###
.##....#.
..##..#..
..##..#..
...###...
....##...
....##...
....##...
....##...
....##...
...####..
=Z
########
#.....##
.....##.
....##..
....##..
...##...
..##....
..##....
.##.....
##.....#
########
=a
.......
.......
.......
.......
.####..
##..##.
....##.
.#####.
##..##.
##..##.
.###.##
=b
###.....
.##.....
.##.....
.##.....
.##.##..
.###.##.
.##...##
.##...##
.##...##
.###.##.
.#.##...
=c
......
......
......
......
.####.
##..##
##....
##....
##....
##..##
.####.
=d
....###
.....##
.....##
.....##
..##.##
.##.###
##...##
##...##
##...##
.##.###
..##.##
=e
......
......
......
......
.####.
##..##
##..##
######
##....
##..##
.####.
=f
..###.
.##.##
.##...
.##...
####..
.##...
.##...
.##...
.##...
.##...
####..
=g
.......
.......
.......
.......
.###.##
##..##.
##..##.
##..##.
.####..
##.....
.#####.
##...##
.#####.
=h
###.....
.##.....
.##.....
.##.....
.##.##..
.###.##.
.##..##.
.##..##.
.##..##.
.##..##.
####.###
=i
.##.
.##.
....
....
###.
.##.
.##.
.##.
.##.
.##.
####
=j
...##
...##
.....
.....
..###
...##
...##
...##
...##
...##
...##
#..##
.###.
=k
###.....
.##.....
.##.....
.##.....
.##..###
.##..#..
.##.#...
.####...
.##.##..
.##..##.
###..###
=l
###.
.##.
.##.
.##.
.##.
.##.
.##.
.##.
.##.
.##.
####
=m
............
............
............
............
###.##..##..
.###.###.##.
.##..##..##.
.##..##..##.
.##..##..##.
.##..##..##.
####.###.###
=n
........
........
........
........
###.##..
.###.##.
.##..##.
.##..##.
.##..##.
.##..##.
####.###
=o
......
......
......
......
.####.
##..##
##..##
##..##
##..##
##..##
.####.
=p
........
........
........
........
###.##..
.###.##.
.##...##
.##...##
.##...##
.###.##.
.##.##..
.##.....
####....
=q
.......
.......
.......
.......
..##.#.
.##.###
##...##
##...##
##...##
.##.###
..##.##
.....##
....###
=r
.......
.......
.......
.......
###.##.
.###.##
.##....
.##....
.##....
.##....
####...
=s
......
......
......
......
.#####
##...#
###...
.####.
...###
#...##
#####.
=t
.....
..#..
.##..
.##..
#####
.##..
.##..
.##..
.##..
.##.#
..##.
=u
........
........
........
........
###.###.
.##..##.
.##..##.
.##..##.
.##..##.
.##.###.
..##.###
=v
........
........
........
........
###..###
.##...#.
.##...#.
..##.#..
..##.#..
...##...
...##...
=w
...........
...........
...........
...........
###.###.###
.##..##..#.
.##..##..#.
..##.###.#.
..##.#.###.
...##..##..
...#...#...
=x
.......
.......
.......
.......
###.###
.##..#.
..###..
...##..
..#.##.
.#..##.
###.###
=y
........
........
........
........
###..###
.##...#.
.##...#.
..##.#..
..##.#..
...##...
...##...
...#....
####....
=z
......
......
......
......
######
#...##
...##.
..##..
.##...
##...#
######
=0
..###..
.##.##.
##...##
##...##
##...##
##...##
##...##
##...##
##...##
.##.##.
..###..
=1
..##.
.###.
#.##.
..##.
..##.
..##.
..##.
..##.
..##.
..##.
#####
=2
.####.
##..##
##..##
....##
...##.
..##..
.##...
##....
##....
##..##
######
=3
.####.
##..##
....##
....##
...##.
..###.
....##
....##
....##
##..##
.####.
=4
....##.
...###.
..#.##.
.#..##.
#...##.
#...##.
#######
....##.
....##.
....##.
...####
=5
######
##....
##....
##....
#####.
....##
....##
....##
....##
##..##
.####.
=6
..###.
.##...
##....
##....
#####.
##..##
##..##
##..##
##..##
##..##
.####.
=7
######
##..##
....##
....##
...##.
...##.
..##..
..##..
..##..
..##..
..##..
=8
.####.
##..##
##..##
##..##
.####.
##..##
##..##
##..##
##..##
##..##
.####.
=9
.####.
##..##
##..##
##..##
##..##
.#####
....##
....##
....##
...##.
.###..
=.
..
..
..
..
..
..
..
..
..
##
##
=,
..
..
..
..
..
..
..
..
..
##
##
.#
#.
=:
..
..
..
..
##
##
..
..
..
##
##
=;
..
..
..
..
##
##
..
..
..
##
##
.#
#.
=!
##
##
##
##
##
##
##
..
..
##
##
=?
.####.
##..##
##..##
....##
...##.
..##..
..##..
......
......
..##..
..##..
='
##
##
.#
#.
=’
##
##
.#
#.
=-
.....
.....
.....
.....
.....
.....
#####
=–
.......
.......
.......
.......
.......
.......
#######
=—
...........
...........
...........
...........
...........
...........
###########
=«
.......
.......
.......
.......
..#..#.
.##.##.
##.##..
.##.##.
..#..#.
=»
.......
.......
.......
.......
.#..#..
.##.##.
..##.##
.##.##.
.#..#..
=…
........
........
........
........
........
........
........
........
........
##.##.##
##.##.##
=(
..#
.#.
##.
##.
##.
##.
##.
##.
##.
.#.
..#
=)
#..
.#.
.##
.##
.##
.##
.##
.##
.##
.#.
#..
=&
..###...
.##.##..
.##.##..
.##.#...
..##....
.###..##
##.##.#.
##..##..
##..###.
.##.#.##
..##..##
=/
.....##
.....##
....##.
....##.
...##..
...##..
..##...
..##...
.##....
.##....
##.....
=ı
....
....
....
....
###.
.##.
.##.
.##.
.##.
.##.
####
=œ
...........
...........
...........
...........
.####.####.
##..###..##
##..##...##
##..#######
##..##.....
##..###..##
.####.####.
=æ
...........
...........
...........
...........
.####.####.
##..###..##
....##...##
.##########
##..##.....
##..###..##
.####.####.
=Œ
..##########
.##..##....#
##...##.....
##...##.....
##...##..#..
##...######.
##...##..#..
##...##.....
##...##.....
.##..##....#
..##########
=Æ
....#########
....###.....#
...#.##......
...#.##......
..#..##..#...
..#..######..
.#######.#...
.#...##......
#....##......
#....##.....#
##..#########
=ß
..###...
.##.##..
.##..##.
.##..##.
.##.##..
.##.#...
.##..##.
.##...##
.##...##
.##.#.##
###..##.
=�
########
#......#
#.####.#
#.#..#.#
#....#.#
#...##.#
#...#..#
#......#
#...#..#
#......#
########
=ª
.###.
#..##
.####
#..##
.##.#
.....
#####
=º
.###.
##.##
##.##
.###.
.....
#####
=µ
........
........
........
........
###.###.
.##..##.
.##..##.
.##..##.
.##..##.
.###.##.
.##.#.##
.##.....
.##.....
##......
=ẞ
#######.
.##..##.
.##.##..
.####...
.##.##..
.##..##.
.##...##
.##...##
.##...##
.##..##.
###.##..
=ȷ
.....
.....
.....
.....
..###
...##
...##
...##
...##
...##
...##
#..##
.###.
=ĸ
.......
.......
.......
.......
###.###
.##..#.
.##.#..
.####..
.##.##.
.##..##
###.###
=ŋ
........
........
........
........
###.##..
.###.##.
.##..##.
.##..##.
.##..##.
.##..##.
####.##.
.....##.
..#..##.
...###..
=Ŋ
###...###
.##....#.
.###...#.
.#.##..#.
.#.##..#.
.#..##.#.
.#..##.#.
.#...###.
.#...###.
.#....##.
###...##.
......##.
...#.##..
....##...
=ſ
..###.
.##.##
.##...
.##...
.##...
.##...
.##...
.##...
.##...
.##...
####..
=ð
.##....
..##.#.
...##..
..#.##.
.....##
.######
##...##
##...##
##...##
##...##
.#####.
=Þ
####....
.##.....
.######.
.##...##
.##...##
.##...##
.##...##
.######.
.##.....
.##.....
####....
=þ
###.....
.##.....
.##.....
.##.....
.##.##..
.###.##.
.##...##
.##...##
.##...##
.###.##.
.##.##..
.##.....
.##.....
####....
=Ø
..####.#
.##..##.
##...###
##...###
##..#.##
##..#.##
##.#..##
##.#..##
###...##
.##..##.
#.####..
=ø
.......
.......
.......
.......
.####.#
##..##.
##.#.##
##.#.##
###..##
.##..##
#.####.
="
##.##
##.##
##.##
=‘
.#
#.
##
##
=“
.#..#
#..#.
##.##
##.##
=”
##.##
##.##
.#..#
#..#.
=‚
..
..
..
..
..
..
..
..
..
##
##
.#
#.
=„
.....
.....
.....
.....
.....
.....
.....
.....
.....
##.##
##.##
.#..#
#..#.
=¿
..##..
..##..
......
......
..##..
..##..
.##...
##....
##..##
##..##
.####.
=¡
##
##
..
..
##
##
##
##
##
##
##
=·
..
..
..
..
..
..
##
##
=‹
...
...
...
...
..#
.##
##.
.##
..#
=›
...
...
...
...
#..
##.
.##
##.
#..
=°
.##.
#..#
#..#
.##.
"""

TITLE_ACCENTS = {
    "grave": {"odd": ["##..", ".##.", "..##"], "even": ["##..", ".##.", "..##"], "round": "floor"},
    "acute": {"odd": ["..##", ".##.", "##.."], "even": ["..##", ".##.", "##.."], "round": "ceil"},
    "circumflex": {"odd": ["..#..", ".###.", "##.##"], "even": ["..##..", ".####.", "##..##"], "round": "floor"},
    "caron": {"odd": ["##.##", ".###.", "..#.."], "even": ["##..##", ".####.", "..##.."], "round": "floor"},
    "breve": {"odd": ["##.##", ".###."], "even": ["##..##", ".####."], "round": "floor"},
    "macron": {"odd": ["#####", "....."], "even": ["######", "......"], "round": "floor"},
    "dot": {"odd": ["##", "##"], "even": ["##", "##"], "round": "ceil"},
    "diaeresis": {"odd": ["##.##", "##.##"], "even": ["##..##", "##..##"], "round": "floor"},
    "double_acute": {"odd": ["..##.##", ".##.##.", "##.##.."], "even": ["..##.##", ".##.##.", "##.##.."],
                     "round": "ceil"},
    "tilde": {"odd": [".##..#", "#..##."], "even": [".##..#", "#..##."], "round": "floor"},
    "ring": {"odd": [".###.", "#...#", ".###."], "even": [".##.", "#..#", ".##."], "round": "floor"},
    "cedilla": {"odd": ["..#", ".##", "##."], "even": ["..#", ".##", "##."], "round": "floor", "where": "below"},
    "comma_below": {"odd": ["##", ".#", "#."], "even": ["##", ".#", "#."], "round": "floor", "where": "below"},
    "comma_above": {"odd": [".#", "#.", "##"], "even": [".#", "#.", "##"], "round": "ceil"},
    "ogonek": {"odd": [".#.", "#..", ".##"], "even": [".#.", "#..", ".##"], "round": "floor", "where": "foot"},
    "apostrophe": {"odd": ["##", ".#", "#."], "even": ["##", ".#", "#."], "round": "floor", "where": "beside"},
}
TITLE_EXTRAS = {
    "Đ": ("D", "grid", ["####"], 0, 9),
    "đ": ("d", "grid", ["####"], 4, 6),
    "Ħ": ("H", "grid", ["##########"], 0, 6),
    "ħ": ("h", "grid", ["#####"], 0, 6),
    "Ł": ("L", "grid", ["...##", "..##.", ".##..", "##..."], -1, 7),
    "ł": ("l", "grid", ["...##", "..##.", ".##..", "##..."], -1, 7),
    "Ŧ": ("T", "grid", ["######"], 1, 9),
    "ŧ": ("t", "grid", ["####"], 0, 11),
    "Ŀ": ("L", "grid", ["##", "##"], 4, 8),
    "ŀ": ("l", "grid", ["##", "##"], 5, 10),
    "Ĳ": ("I", "join", "J", 1),
    "ĳ": ("i", "join", "j", 1),
    "ŉ": ("’", "join", "n", 1),
}


def build_title_face() -> tuple[dict[str, Glyph], dict]:
    metrics = {"cell_height": 18, "cap_top": 4, "x_top": 8, "baseline": 15}
    glyphs = compose_face(parse_glyphs(TITLE_GLYPHS), metrics, TITLE_ACCENTS, TITLE_EXTRAS, TEXT_ALIASES)
    metrics.update({
        "cap_height": 11,
        "x_height": 7,
        "descent": 3,
        "line_height": 17,
        "spacing": 1,
        "space_advance": 5,
        "thin_space_advance": 3,
    })
    return glyphs, metrics


# ---------------------------------------------------------------------------
# Atlas writing
# ---------------------------------------------------------------------------

ATLAS_WIDTH = 256


def write_face(root: Path, name: str, glyphs: dict[str, Glyph], metrics: dict) -> list[Path]:
    cell_h = metrics["cell_height"]
    order = sorted(glyphs, key=ord)
    placements: dict[str, dict] = {}
    # share atlas pixels between aliases (same Glyph object)
    seen: dict[int, tuple[int, int]] = {}
    x = y = 0
    for char in order:
        glyph = glyphs[char]
        if id(glyph) in seen:
            gx, gy = seen[id(glyph)]
        else:
            if x + glyph.width > ATLAS_WIDTH:
                x, y = 0, y + cell_h
            gx, gy = x, y
            seen[id(glyph)] = (gx, gy)
            x += glyph.width + 1
        placements[char] = {"x": gx, "y": gy, "w": glyph.width, "advance": glyph.width + metrics["spacing"]}
    height = y + cell_h
    surface = pygame.Surface((ATLAS_WIDTH, height), pygame.SRCALPHA)
    surface.fill((0, 0, 0, 0))
    done: set[int] = set()
    for char in order:
        glyph = glyphs[char]
        if id(glyph) in done:
            continue
        done.add(id(glyph))
        gx, gy = seen[id(glyph)]
        for px, py in glyph.pixels:
            if not (0 <= py < cell_h):
                raise ValueError(f"glyph {char!r} leaves its cell")
            surface.set_at((gx + px, gy + py), (255, 255, 255, 255))
    out_dir = root / "assets" / "fonts"
    out_dir.mkdir(parents=True, exist_ok=True)
    png = out_dir / f"{name}.png"
    pygame.image.save(surface, str(png))
    meta = dict(metrics)
    meta["image"] = f"{name}.png"
    meta["replacement"] = REPLACEMENT
    meta["glyphs"] = placements
    js = out_dir / f"{name}.json"
    js.write_text(json.dumps(meta, sort_keys=True, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return [png, js]


def generate(root: Path) -> list[Path]:
    """Write both faces under root; return the written paths."""
    root = Path(root)
    written: list[Path] = []
    glyphs, metrics = build_text_face()
    written += write_face(root, "pixel", glyphs, metrics)
    glyphs, metrics = build_title_face()
    written += write_face(root, "title", glyphs, metrics)
    return written


if __name__ == "__main__":
    for path in generate(Path(__file__).resolve().parents[2]):
        print(path)
