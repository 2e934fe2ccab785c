"""Generate the characters' walking sprite sheets and dialogue portraits.

Every character is drawn as text grids of letters, one legend per character
mapping letters to names of the shared palette. A frame is composed from
layers (body = upper body + legs, near arm, held items); each layer gets its
own 1 px ink outline, so the grids only hold fills and inner details.

Sheet format (the engine depends on it):
  * frame 16x24 px, sheet 64x96 = 4 columns x 4 rows, RGBA, transparent;
  * rows top to bottom: facing down, left, right, up;
  * columns: 0 standing/idle, 1 left foot forward, 2 passing (= 0),
    3 right foot forward; frames 1 and 3 bob the body down 1 px;
  * feet on the frame's bottom row (23), centred; no shadow;
  * a character with sitting views ("sit") has a fifth row: sitting, one frame per facing,
    down, left, right, up (the sheet is then 64x120).

Portraits: 40x40, head and shoulders on a framed background; NAME.png is the neutral
face, NAME_EXPRESSION.png the others a character has (warm, amused, guarded, moved).

Usage: python assets/scripts/characters.py   (from the repo root)
"""

from __future__ import annotations

import os
import pathlib
import sys

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame  # noqa: E402

try:
    from assets.scripts.characters_data import CHARACTERS
    from assets.scripts.characters_portraits import EXPRESSIONS, PORTRAIT_MAKERS
    from assets.scripts.palette import rgb
except ImportError:  # run as a script from anywhere
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    from characters_data import CHARACTERS  # type: ignore
    from characters_portraits import EXPRESSIONS, PORTRAIT_MAKERS  # type: ignore
    from palette import rgb  # type: ignore

FRAME_W, FRAME_H = 16, 24
DIRECTIONS = ("down", "left", "right", "up")
COLUMNS = 4
PORTRAIT_SIZE = 40

# letters every legend shares
BASE_LEGEND = {".": None, "o": "ink", "i": "ink_soft"}

Grid = list[list]  # rows of palette names or None


# ---------------------------------------------------------------- grid helpers

def parse(rows: list[str], legend: dict, width: int | None = None) -> Grid:
    """Text rows -> rows of palette names (None = transparent)."""
    full = {**BASE_LEGEND, **legend}
    out = []
    for y, row in enumerate(rows):
        if width is not None and len(row) != width:
            raise ValueError(f"row {y} is {len(row)} wide, not {width}: {row!r}")
        out.append([full[ch] for ch in row])
    return out


def blank(w: int, h: int) -> Grid:
    return [[None] * w for _ in range(h)]


def mirror(grid: Grid) -> Grid:
    return [list(reversed(row)) for row in grid]


def paste(dst: Grid, src: Grid, x: int, y: int) -> None:
    """Opaque pixels of src over dst at (x, y), clipped."""
    h, w = len(dst), len(dst[0])
    for sy, row in enumerate(src):
        for sx, c in enumerate(row):
            if c is None:
                continue
            dx, dy = x + sx, y + sy
            if 0 <= dx < w and 0 <= dy < h:
                dst[dy][dx] = c


def outlined(layer: Grid, colour: str = "ink") -> Grid:
    """The layer with a 1 px outline (4-neighbour) around its opaque pixels."""
    h, w = len(layer), len(layer[0])
    out = [row[:] for row in layer]
    for y in range(h):
        for x in range(w):
            if layer[y][x] is not None:
                continue
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < w and 0 <= ny < h and layer[ny][nx] is not None:
                    out[y][x] = colour
                    break
    return out


def overlay(dst: Grid, layer: Grid, inner: str = "ink_soft") -> None:
    """Paste an outlined layer; its outline is softer where it crosses the body."""
    for y, row in enumerate(layer):
        for x, c in enumerate(row):
            if c is None:
                continue
            if c == "ink" and dst[y][x] is not None and dst[y][x] != "ink":
                dst[y][x] = inner
            else:
                dst[y][x] = c


def to_surface(grid: Grid) -> pygame.Surface:
    h, w = len(grid), len(grid[0])
    surf = pygame.Surface((w, h), pygame.SRCALPHA)
    surf.fill((0, 0, 0, 0))
    for y, row in enumerate(grid):
        for x, c in enumerate(row):
            if c is not None:
                surf.set_at((x, y), (*rgb(c), 255))
    return surf


# ---------------------------------------------------------------- sprite frames

def _layer_grid(spec: dict, legend: dict, flip: bool) -> tuple[Grid, int, int]:
    """A layer spec {"grid": rows, "at": (x, y)} -> (grid, x, y), mirrored if asked."""
    g = parse(spec["grid"], legend)
    x, y = spec.get("at", (0, 0))
    if flip:
        g = mirror(g)
        x = FRAME_W - x - len(g[0])
    return g, x, y


def frame(char: dict, direction: str, column: int) -> Grid:
    """One 16x24 frame of a character.

    A view holds "upper" (rows 0-16), "legs" (stand/left/right, rows 17-22),
    optional "layers" (drawn over the body, each outlined on its own, e.g. the
    near arm or a held item) and "under" (drawn behind the body).  "right" may
    be missing (the left view mirrored, layers too) or {"mirror": True, ...}:
    the left body mirrored with its own, unmirrored layers.
    """
    legend = char["legend"]
    views = char["views"]
    view = views.get(direction)
    flip = direction == "right" and (view is None or view.get("mirror", False))
    base = views["left"] if flip else view
    if view is None:
        view = base
        layer_flip = True
    else:
        layer_flip = False

    # which step: stand, left foot forward, right foot forward
    step = {0: "stand", 1: "left", 2: "stand", 3: "right"}[column]
    body_step = step
    if flip and step != "stand":  # the mirrored near leg is the other foot
        body_step = "right" if step == "left" else "left"
    layer_step = body_step if layer_flip else step
    bob = 1 if column in (1, 3) else 0

    body = blank(FRAME_W, FRAME_H)
    legs = base["legs"][body_step]
    paste(body, parse(legs, legend, FRAME_W), 0, FRAME_H - 1 - len(legs))
    paste(body, parse(base["upper"], legend, FRAME_W), 0, bob)
    if flip:
        body = mirror(body)
    body = outlined(body)

    def draw(layers: list, under: bool) -> None:
        nonlocal body
        for layer in layers:
            spec = layer.get(layer_step, layer.get("stand"))
            if spec is None:
                continue
            g, x, y = _layer_grid(spec, legend, layer_flip)
            lay = blank(FRAME_W, FRAME_H)
            paste(lay, g, x, y + (bob if spec.get("bob", True) else 0))
            lay = outlined(lay)
            if under:
                overlay(lay, body, "ink")
                body = lay
            else:
                overlay(body, lay, char.get("inner_outline", "ink_soft"))

    draw(view.get("under", []), True)
    draw(view.get("layers", []), False)
    return body


def sit_frame(char: dict, direction: str) -> Grid:
    """One 16x24 sitting frame: the upper body lowered, the seated legs over it, each part
    outlined, layers (the near arm) on top; facing right is facing left mirrored."""
    legend = char["legend"]
    view = char["sit"]["left" if direction == "right" else direction]
    body = blank(FRAME_W, FRAME_H)
    paste(body, parse(view["upper"], legend, FRAME_W), 0, view["drop"])
    body = outlined(body)
    legs = blank(FRAME_W, FRAME_H)
    paste(legs, parse(view["legs"], legend, FRAME_W), 0, FRAME_H - 1 - len(view["legs"]))
    overlay(body, outlined(legs), char.get("inner_outline", "ink_soft"))
    for layer in view.get("layers", []):
        g, x, y = _layer_grid(layer["stand"], legend, False)
        lay = blank(FRAME_W, FRAME_H)
        paste(lay, g, x, y)
        overlay(body, outlined(lay), char.get("inner_outline", "ink_soft"))
    return mirror(body) if direction == "right" else body


def sheet(char: dict) -> pygame.Surface:
    rows = len(DIRECTIONS) + (1 if "sit" in char else 0)
    surf = pygame.Surface((FRAME_W * COLUMNS, FRAME_H * rows), pygame.SRCALPHA)
    surf.fill((0, 0, 0, 0))
    for r, direction in enumerate(DIRECTIONS):
        for c in range(COLUMNS):
            surf.blit(to_surface(frame(char, direction, c)), (c * FRAME_W, r * FRAME_H))
    if "sit" in char:
        for c, direction in enumerate(DIRECTIONS):
            surf.blit(to_surface(sit_frame(char, direction)), (c * FRAME_W, len(DIRECTIONS) * FRAME_H))
    return surf


# ---------------------------------------------------------------- portraits

def portrait(name: str, expression: str = "neutral") -> pygame.Surface:
    g = PORTRAIT_MAKERS[name](expression) if expression != "neutral" else PORTRAIT_MAKERS[name]()
    if len(g) != PORTRAIT_SIZE or any(len(row) != PORTRAIT_SIZE for row in g):
        raise ValueError(f"portrait {name} is not {PORTRAIT_SIZE}x{PORTRAIT_SIZE}")
    return to_surface(g)


# ---------------------------------------------------------------- entry point

def generate(root: pathlib.Path) -> list[pathlib.Path]:
    """Write every sprite sheet and portrait under root; return the paths."""
    root = pathlib.Path(root)
    written = []
    sprites = root / "assets" / "sprites"
    portraits = root / "assets" / "portraits"
    sprites.mkdir(parents=True, exist_ok=True)
    portraits.mkdir(parents=True, exist_ok=True)
    for char in CHARACTERS:
        path = sprites / f"{char['name']}.png"
        pygame.image.save(sheet(char), str(path))
        written.append(path)
    for char in CHARACTERS:
        path = portraits / f"{char['name']}.png"
        pygame.image.save(portrait(char["name"]), str(path))
        written.append(path)
        for expression in EXPRESSIONS.get(char["name"], ()):
            path = portraits / f"{char['name']}_{expression}.png"
            pygame.image.save(portrait(char["name"], expression), str(path))
            written.append(path)
    return written


if __name__ == "__main__":
    for p in generate(pathlib.Path(__file__).resolve().parents[2]):
        print(p)
