"""Generate the UI art sheet: assets/ui/ui.png + assets/ui/ui.json.

Every piece is a text grid below; each character names a palette colour
(see KEYS), '.' is transparent. ui.json names each piece's rect in the sheet
and, for the stretchable ones, its 9-slice borders [left, top, right, bottom].

Pieces:
  panel_warm, panel_cold   9-slice dialogue / caption frames (Provence limestone
                           with an ochre corner stud; Berlin slate and steel)
  pointer_warm, pointer_cold  speech pointer, blitted under a panel's bottom edge
  key                      blank keyboard key cap, 9-slice (the renderer writes
                           the label and stretches it for "Enter" / "Esc")
  pad_a, pad_b, pad_x, pad_y  gamepad face buttons, letter included
  pad_dpad, pad_start      d-pad and Start
  cursor                   choice arrow
  more                     "more text" triangle (the renderer blinks or bobs it)

Usage: python assets/scripts/ui.py   (from the repo root)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pygame

try:
    from assets.scripts.font import TEXT_GLYPHS, parse_glyphs
    from assets.scripts.palette import rgb
except ImportError:  # run as a script from assets/scripts or the repo root
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from font import TEXT_GLYPHS, parse_glyphs  # type: ignore
    from palette import rgb  # type: ignore

# ---------------------------------------------------------------------------
# colour keys per style: a grid character -> (palette name, alpha)
# ---------------------------------------------------------------------------

WARM = {
    "k": ("ink", 255),
    "L": ("stone_1", 255),
    "s": ("stone_2", 255),
    "S": ("stone_3", 255),
    "d": ("stone_4", 255),
    "D": ("stone_5", 255),
    "1": ("ochre_1", 255),
    "o": ("ochre_2", 255),
    "2": ("ochre_3", 255),
    "3": ("ochre_4", 255),
    "f": ("ink", 255),
    "g": ("panel_fleck", 255),
    "w": ("white", 255),
}
COLD = dict(WARM, **{
    "k": ("navy_3", 255),
    "L": ("hair_grey_1", 255),
    "s": ("hair_grey_2", 255),
    "S": ("hair_grey_3", 255),
    "d": ("navy_1", 255),
    "D": ("navy_2", 255),
    "1": ("sky_1", 255),
    "o": ("sky_2", 255),
    "2": ("sky_3", 255),
    "3": ("navy_2", 255),
    "f": ("navy_3", 255),
    "g": ("panel_fleck_cold", 255),
})

# ---------------------------------------------------------------------------
# grids
# ---------------------------------------------------------------------------

# 9-slice panel: 15x15 as drawn here, borders of 7; the middle row and column repeat.
# From the outside in: 2 px of air (room for the corner studs), ink outline,
# light outer bevel (top/left) or shade (bottom/right), stone band, inner lip,
# ink line, fill. The fill is opaque (nothing behind a box may read through it):
# `panel_rows` widens the middle to FILL, a patch with a few flecks for texture.
PANEL = """
...............
...............
..kkkkkkkkkkk..
..kLLLLLLLLsk..
..kLsssssssdk..
..kLsSSSSSsdk..
..kLsSkkkLsdk..
..kLsSkfkLsdk..
..kLsSkkkLsdk..
..kLsSLLLLsdk..
..kLsssssssdk..
..ksddddddddk..
..kkkkkkkkkkk..
...............
...............
"""

# an ochre stud laid over each corner of the panel, centred on (3, 3)
STUD = """
...k...
..k1k..
.k11ok.
k11o22k
.ko22k.
..k2k..
...k...
"""

# speech pointer, blitted with its top row on the panel's outline row
POINTER = """
kLssssssSdk
.kLssssSdk.
..kLssSdk..
...kLsdk...
....kLk....
.....k.....
"""

# key cap: 11x13, 9-slice borders 3 (the face is uniform, so it stretches)
KEY = """
.kkkkkkkkk.
kLLLLLLLLLk
kLwwwwwwwSk
kLwwwwwwwSk
kLwwwwwwwSk
kLwwwwwwwSk
kLwwwwwwwSk
kLwwwwwwwSk
kLwwwwwwwSk
kLwwwwwwwSk
kSSSSSSSSSk
kdddddddddk
.kkkkkkkkk.
"""

# a face button: 1 light, 2 body, 3 shade; the letter is stamped on top
BUTTON = """
...kkkkk...
.kk11122kk.
.k1122222k.
k112222222k
k122222222k
k122222222k
k122222223k
k222222223k
.k2222233k.
.kk33333kk.
...kkkkk...
"""

DPAD = """
...kkkkk...
...kLLLk...
...kLssk...
kkkkLssdkkk
kLLLsssssLk
kLsssdddssk
kSssssssSdk
kkkkSssdkkk
...kSddk...
...kSddk...
...kkkkk...
"""

START = """
.kkkkkkkkk.
kLLLLLLLLLk
kLwwwwwwwdk
kLSSSSSSSdk
kLwwwwwwwdk
kLSSSSSSSdk
kLwwwwwwwdk
kLSSSSSSSdk
kdddddddddk
.kkkkkkkkk.
"""

CURSOR = """
kk...
k1k..
k11k.
k1o2k
k22k.
k2k..
kk...
"""

MORE = """
kkkkkkk
k11o22k
.k1o2k.
..k2k..
...k...
"""

# face buttons: (name, letter, light, body, shade, letter colour)
BUTTONS = [
    ("pad_a", "A", "vine_1", "vine_2", "vine_3", "white"),
    ("pad_b", "B", "terra_1", "tomato", "tomato_dark", "white"),
    ("pad_x", "X", "sky_2", "blue_1", "blue_2", "white"),
    ("pad_y", "Y", "sunflower", "ochre_1", "ochre_2", "ink"),
]


def rows_of(grid: str) -> list[str]:
    rows = [r for r in grid.strip("\n").split("\n")]
    if len({len(r) for r in rows}) != 1:
        raise ValueError("grid rows differ in width:\n" + grid)
    return rows


# the panel's fill, tiled over a box's inside: near-black with a few faint flecks, irregular
# enough inside the patch that the repeat does not read as a grid of dots
FILL = """
ffffffff
ffgfffff
ffffffff
fffffgff
ffffffff
fgffffff
ffffffff
ffffffgf
"""


def panel_rows() -> list[str]:
    """The panel grid, its middle widened to the fill patch, with a stud over each corner."""
    fill = rows_of(FILL)
    size = len(fill)
    middle = len(rows_of(PANEL)) // 2
    rows = []
    for y, row in enumerate(rows_of(PANEL)):
        widened = row[:middle] + row[middle] * size + row[middle + 1:]
        rows += [widened] * (size if y == middle else 1)
    rows = [list(r) for r in rows]
    for y, row in enumerate(fill):
        rows[middle + y][middle:middle + size] = row
    stud = rows_of(STUD)
    size = len(rows)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4), (size - 4, size - 4)):
        for y, row in enumerate(stud):
            for x, c in enumerate(row):
                if c != ".":
                    rows[cy - 3 + y][cx - 3 + x] = c
    return ["".join(r) for r in rows]


def paint(rows: list[str], keys: dict[str, tuple[str, int]]) -> pygame.Surface:
    surface = pygame.Surface((len(rows[0]), len(rows)), pygame.SRCALPHA)
    surface.fill((0, 0, 0, 0))
    for y, row in enumerate(rows):
        for x, c in enumerate(row):
            if c == ".":
                continue
            name, alpha = keys[c]
            surface.set_at((x, y), (*rgb(name), alpha))
    return surface


def face_button(light: str, body: str, shade: str, letter: str, ink: str) -> pygame.Surface:
    keys = dict(WARM, **{"1": (light, 255), "2": (body, 255), "3": (shade, 255)})
    surface = paint(rows_of(BUTTON), keys)
    glyph = parse_glyphs(TEXT_GLYPHS)[letter]
    gw, gh = len(glyph[0]), 7
    ox, oy = (11 - gw) // 2, 2
    for y, row in enumerate(glyph[:gh]):
        for x, c in enumerate(row):
            if c == "#":
                surface.set_at((ox + x, oy + y), (*rgb(ink), 255))
    return surface


def pieces() -> list[tuple[str, pygame.Surface, list[int] | None]]:
    """(name, surface, 9-slice borders or None) for every piece, in sheet order."""
    out: list[tuple[str, pygame.Surface, list[int] | None]] = []
    out.append(("panel_warm", paint(panel_rows(), WARM), [7, 7, 7, 7]))
    out.append(("panel_cold", paint(panel_rows(), COLD), [7, 7, 7, 7]))
    out.append(("pointer_warm", paint(rows_of(POINTER), WARM), None))
    out.append(("pointer_cold", paint(rows_of(POINTER), COLD), None))
    out.append(("key", paint(rows_of(KEY), WARM), [3, 3, 3, 3]))
    for name, letter, light, body, shade, ink in BUTTONS:
        out.append((name, face_button(light, body, shade, letter, ink), None))
    out.append(("pad_dpad", paint(rows_of(DPAD), WARM), None))
    out.append(("pad_start", paint(rows_of(START), WARM), None))
    out.append(("cursor", paint(rows_of(CURSOR), WARM), None))
    out.append(("cursor_cold", paint(rows_of(CURSOR), COLD), None))
    out.append(("more", paint(rows_of(MORE), WARM), None))
    out.append(("more_cold", paint(rows_of(MORE), COLD), None))
    return out


SHEET_WIDTH = 128


def generate(root: Path) -> list[Path]:
    """Write assets/ui/ui.png and ui.json under root; return their paths."""
    root = Path(root)
    items = pieces()
    rects: dict[str, list[int]] = {}
    x = y = row_h = 0
    for name, surface, _ in items:
        w, h = surface.get_size()
        if x + w > SHEET_WIDTH:
            x, y, row_h = 0, y + row_h + 1, 0
        rects[name] = [x, y, w, h]
        x += w + 1
        row_h = max(row_h, h)
    sheet = pygame.Surface((SHEET_WIDTH, y + row_h), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    for name, surface, _ in items:
        sheet.blit(surface, rects[name][:2])
    out_dir = root / "assets" / "ui"
    out_dir.mkdir(parents=True, exist_ok=True)
    png, js = out_dir / "ui.png", out_dir / "ui.json"
    pygame.image.save(sheet, str(png))
    def hex_colour(colour) -> str:
        return "#{:02x}{:02x}{:02x}".format(*colour)

    meta = {
        "image": "ui.png",
        "rects": rects,
        "slices": {name: borders for name, _, borders in items if borders},
        # where a key cap's label goes: the face's inner box [x, y, w, h] in the
        # 1-char cap, and the colour the label is drawn in
        "key_face": [2, 2, 7, 8],
        "key_label": hex_colour(rgb("ink")),
        # rgb of each style's text (fill is dark; text is light)
        "text": {"warm": hex_colour(rgb("white")), "cold": hex_colour(rgb("hair_grey_1"))},
        "accent": {"warm": hex_colour(rgb("ochre_1")), "cold": hex_colour(rgb("sky_2"))},
    }
    js.write_text(json.dumps(meta, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    return [png, js]


if __name__ == "__main__":
    for path in generate(Path(__file__).resolve().parents[2]):
        print(path)
