"""Generate the game's pixel fonts from text grids written below.

Writes, under the given root:
  assets/fonts/pixel.png + pixel.json   the text face: cap height 7, x-height 5,
                                         descenders 2, line height 11, 1 px spacing
  assets/fonts/title.png + title.json   the display face for titles and chapter cards:
                                         cap height 11, small serifs

Every glyph is drawn by hand as rows of '.' and '#'. Accented letters are not
drawn one by one: the base letter and the accent grids are combined here, so
every é, Ê, ç or ÿ is built the same way. The atlas is white on transparent;
the runtime (game/render/text.py) tints it.

Cell layout of the text face (12 rows): rows 0-2 hold accents of capitals,
rows 3-9 the cap height (x-height starts at row 5), row 10-11 descenders.
The baseline is the bottom of row 9.

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
=¤
#####
#...#
###.#
##.##
#####
##.##
#####
"""

# The replacement glyph drawn for any character the font lacks.
REPLACEMENT = "\ufffd"
TEXT_ALIASES = {REPLACEMENT: "¤"}

# Accent grids; "odd" and "even" versions centre over odd or even widths.
ACCENTS = {
    "grave": {"odd": ["#.", ".#"], "even": ["#.", ".#"], "round": "floor"},
    "acute": {"odd": [".#", "#."], "even": [".#", "#."], "round": "ceil"},
    "circumflex": {"odd": [".#.", "#.#"], "even": [".##.", "#..#"], "round": "floor"},
    "diaeresis": {"odd": ["#.#"], "even": ["#..#"], "round": "floor"},
    "tilde": {"odd": [".##.#", "#.##."], "even": [".#.#", "#.#."], "round": "floor"},
    "ring": {"odd": [".#.", "#.#", ".#."], "even": [".##.", "#..#", ".##."], "round": "floor"},
    "cedilla": {"odd": [".#", "#."], "even": [".#", "#."], "round": "ceil"},
}
COMBINING = {
    "grave": "\u0300", "acute": "\u0301", "circumflex": "\u0302", "tilde": "\u0303",
    "diaeresis": "\u0308", "ring": "\u030a", "cedilla": "\u0327",
}
ACCENT_BASES = "AEIOUYNCaeiouyncı"


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
    def from_rows(cls, rows: list[str], top: int) -> "Glyph":
        pixels = {(x, top + y) for y, row in enumerate(rows) for x, c in enumerate(row) if c == "#"}
        return cls(len(rows[0]) if rows else 0, pixels)


def add_accent(base: Glyph, accent: str, *, capital: bool, metrics: dict) -> Glyph:
    """Place an accent grid over (or under, for the cedilla) a base glyph."""
    spec = ACCENTS[accent]
    grid = spec["even" if base.width % 2 == 0 else "odd"]
    aw, ah = len(grid[0]), len(grid)
    centre = (base.width - 1) / 2
    shift = centre - (aw - 1) / 2
    shift = math.ceil(shift) if spec["round"] == "ceil" else math.floor(shift)
    if accent == "cedilla":
        top = metrics["baseline"]  # first row under the baseline
    else:
        # one blank row between the accent and the letter
        letter_top = metrics["cap_top"] if capital else metrics["x_top"]
        top = letter_top - 1 - ah
        if capital:
            top = max(top, 0)
    pixels = set(base.pixels)
    for y, row in enumerate(grid):
        for x, c in enumerate(row):
            if c == "#":
                pixels.add((shift + x, top + y))
    # normalise to start at x=0 if the accent overhangs on the left
    min_x = min(0, min(x for x, _ in pixels))
    max_x = max(base.width - 1, max(x for x, _ in pixels))
    pixels = {(x - min_x, y) for x, y in pixels}
    return Glyph(max_x - min_x + 1, pixels)


def build_text_face() -> tuple[dict[str, Glyph], dict]:
    metrics = {"cell_height": 12, "cap_top": 3, "x_top": 5, "baseline": 10}
    drawn = parse_glyphs(TEXT_GLYPHS)
    glyphs: dict[str, Glyph] = {}
    for char, rows in drawn.items():
        if len(rows) > metrics["cell_height"] - metrics["cap_top"]:
            raise ValueError(f"glyph {char!r} is too tall")
        glyphs[char] = Glyph.from_rows(rows, metrics["cap_top"])
    # accented letters, composed
    for base_char in ACCENT_BASES:
        for accent, mark in COMBINING.items():
            base_for_unicode = "i" if base_char == "ı" else base_char
            composed = unicodedata.normalize("NFC", base_for_unicode + mark)
            if len(composed) != 1 or composed in glyphs:
                continue
            if accent == "cedilla" and base_char.lower() != "c":
                continue
            if accent == "ring" and base_char.lower() not in "au":
                continue
            if base_char == "i":
                continue  # i takes its accents on the dotless ı
            base = glyphs[base_char]
            glyphs[composed] = add_accent(base, accent, capital=base_char.isupper(), metrics=metrics)
    for alias, target in TEXT_ALIASES.items():
        glyphs[alias] = glyphs[target]
    metrics.update({
        "cap_height": 7,
        "x_height": 5,
        "descent": 2,
        "line_height": 11,
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
=¤
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
"""

TITLE_ACCENTS = {
    "grave": {"odd": ["##..", ".##.", "..##"], "even": ["##..", ".##.", "..##"], "round": "floor"},
    "acute": {"odd": ["..##", ".##.", "##.."], "even": ["..##", ".##.", "##.."], "round": "ceil"},
    "circumflex": {"odd": ["..#..", ".###.", "##.##"], "even": ["..##..", ".####.", "##..##"], "round": "floor"},
    "diaeresis": {"odd": ["##.##", "##.##"], "even": ["##..##", "##..##"], "round": "floor"},
    "tilde": {"odd": [".##..#", "#..##."], "even": [".##..#", "#..##."], "round": "floor"},
    "ring": {"odd": [".#.", "#.#", ".#."], "even": [".##.", "#..#", ".##."], "round": "floor"},
    "cedilla": {"odd": ["..#", ".##", "##."], "even": ["..#", ".##", "##."], "round": "floor"},
}


def build_title_face() -> tuple[dict[str, Glyph], dict]:
    metrics = {"cell_height": 18, "cap_top": 4, "x_top": 8, "baseline": 15}
    drawn = parse_glyphs(TITLE_GLYPHS)
    glyphs: dict[str, Glyph] = {}
    for char, rows in drawn.items():
        if len(rows) > metrics["cell_height"] - metrics["cap_top"]:
            raise ValueError(f"title glyph {char!r} is too tall")
        glyphs[char] = Glyph.from_rows(rows, metrics["cap_top"])
    for base_char in ACCENT_BASES:
        if base_char not in glyphs or base_char == "i":
            continue
        for accent, mark in COMBINING.items():
            base_for_unicode = "i" if base_char == "ı" else base_char
            composed = unicodedata.normalize("NFC", base_for_unicode + mark)
            if len(composed) != 1 or composed in glyphs:
                continue
            if accent == "cedilla" and base_char.lower() != "c":
                continue
            if accent == "ring":
                continue
            glyphs[composed] = add_title_accent(glyphs[base_char], accent, base_char.isupper(), metrics)
    glyphs[REPLACEMENT] = glyphs["¤"]
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


def add_title_accent(base: Glyph, accent: str, capital: bool, metrics: dict) -> Glyph:
    saved = ACCENTS[accent]
    try:
        ACCENTS[accent] = TITLE_ACCENTS[accent]
        glyph = add_accent(base, accent, capital=capital, metrics=metrics)
    finally:
        ACCENTS[accent] = saved
    return glyph


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
