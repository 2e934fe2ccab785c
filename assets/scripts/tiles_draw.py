"""Drawing helpers shared by the tileset scripts (tiles_provence, tiles_interior).

Pictures are grids of palette NAMES (None = transparent), so shading is a
lookup along a ramp and every pixel is guaranteed to come from the palette.
A `Sheet` collects named 16x16 tiles with their properties and animations and
writes the tileset PNG and its Tiled 1.8 `.tsx`.

Everything is deterministic: randomness only from `random.Random(seed)`, and
only + - * / on floats (correctly rounded everywhere), no transcendental maths.
"""

from __future__ import annotations

import os
import pathlib
import random
import sys
from xml.sax.saxutils import quoteattr

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame  # noqa: E402

try:
    from assets.scripts.palette import PROVENCE, rgb
except ImportError:  # run as a script
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    from palette import PROVENCE, rgb  # type: ignore

T = 16

# one step darker along each ramp (the shadow side); the last of a ramp falls to a neighbour
DARKER = {
    "ink_soft": "ink", "ink": "ink",
    "stone_1": "stone_2", "stone_2": "stone_3", "stone_3": "stone_4", "stone_4": "stone_5", "stone_5": "ink_soft",
    "ochre_1": "ochre_2", "ochre_2": "ochre_3", "ochre_3": "ochre_4", "ochre_4": "wood_4",
    "terra_1": "terra_2", "terra_2": "terra_3", "terra_3": "terra_4", "terra_4": "ink_soft",
    "lav_1": "lav_2", "lav_2": "lav_3", "lav_3": "lav_4", "lav_4": "ink_soft",
    "olive_1": "olive_2", "olive_2": "olive_3", "olive_3": "olive_4", "olive_4": "cypress_3",
    "vine_1": "vine_2", "vine_2": "vine_3", "vine_3": "vine_4", "vine_4": "cypress_3",
    "grape_1": "grape_2", "grape_2": "grape_3", "grape_3": "ink",
    "grass_1": "grass_2", "grass_2": "grass_3", "grass_3": "grass_4", "grass_4": "olive_4",
    "soil_1": "soil_2", "soil_2": "soil_3", "soil_3": "soil_4", "soil_4": "wood_4",
    "gravel_1": "gravel_2", "gravel_2": "gravel_3", "gravel_3": "stone_4",
    "cypress_1": "cypress_2", "cypress_2": "cypress_3", "cypress_3": "ink",
    "wood_1": "wood_2", "wood_2": "wood_3", "wood_3": "wood_4", "wood_4": "ink",
    "shutter_1": "shutter_2", "shutter_2": "shutter_3", "shutter_3": "navy_3",
    "sky_1": "sky_2", "sky_2": "sky_3", "sky_3": "navy_2",
    "tomato": "tomato_dark", "tomato_dark": "red_2", "sunflower": "ochre_2", "white": "linen_2",
    "linen_1": "linen_2", "linen_2": "linen_3", "linen_3": "stone_4",
    "navy_1": "navy_2", "navy_2": "navy_3", "navy_3": "ink",
    "red_1": "red_2", "red_2": "terra_4", "green_1": "green_2", "green_2": "olive_4",
    "blue_1": "blue_2", "blue_2": "navy_2",
}
LIGHTER = {
    "ink": "ink_soft", "ink_soft": "stone_5",
    "stone_5": "stone_4", "stone_4": "stone_3", "stone_3": "stone_2", "stone_2": "stone_1", "stone_1": "white",
    "ochre_4": "ochre_3", "ochre_3": "ochre_2", "ochre_2": "ochre_1", "ochre_1": "sunflower",
    "terra_4": "terra_3", "terra_3": "terra_2", "terra_2": "terra_1", "terra_1": "ochre_1",
    "wood_4": "wood_3", "wood_3": "wood_2", "wood_2": "wood_1", "wood_1": "ochre_1",
    "soil_4": "soil_3", "soil_3": "soil_2", "soil_2": "soil_1", "soil_1": "ochre_1",
    "grass_4": "grass_3", "grass_3": "grass_2", "grass_2": "grass_1", "grass_1": "gravel_1",
    "olive_4": "olive_3", "olive_3": "olive_2", "olive_2": "olive_1", "olive_1": "linen_2",
    "navy_3": "navy_2", "navy_2": "navy_1", "navy_1": "blue_1",
    "gravel_3": "gravel_2", "gravel_2": "gravel_1", "gravel_1": "linen_1",
}


def shade(name, steps=1, table=DARKER):
    for _ in range(steps):
        if name is None:
            return None
        name = table.get(name, name)
    return name


class Img:
    """A w x h grid of palette names; None is transparent."""

    def __init__(self, w: int, h: int, fill: str | None = None):
        self.w, self.h = w, h
        self.d = [[fill] * w for _ in range(h)]

    def copy(self) -> "Img":
        out = Img(self.w, self.h)
        out.d = [row[:] for row in self.d]
        return out

    def get(self, x, y):
        if 0 <= x < self.w and 0 <= y < self.h:
            return self.d[y][x]
        return None

    def px(self, x, y, c):
        x, y = int(x), int(y)
        if 0 <= x < self.w and 0 <= y < self.h:
            if c is not None and c not in PROVENCE:
                raise KeyError(c)
            self.d[y][x] = c

    def rect(self, x, y, w, h, c):
        for yy in range(int(y), int(y + h)):
            for xx in range(int(x), int(x + w)):
                self.px(xx, yy, c)

    def hline(self, x0, x1, y, c):
        for x in range(int(min(x0, x1)), int(max(x0, x1)) + 1):
            self.px(x, y, c)

    def vline(self, x, y0, y1, c):
        for y in range(int(min(y0, y1)), int(max(y0, y1)) + 1):
            self.px(x, y, c)

    def line(self, x0, y0, x1, y1, c):
        x0, y0, x1, y1 = int(x0), int(y0), int(x1), int(y1)
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.px(x0, y0, c)
            if x0 == x1 and y0 == y1:
                break
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def ellipse(self, cx, cy, rx, ry, c, only_if=None):
        """Filled ellipse centred on (cx, cy) (may be half-integers)."""
        for y in range(int(cy - ry) - 1, int(cy + ry) + 2):
            for x in range(int(cx - rx) - 1, int(cx + rx) + 2):
                dx = (x + 0.5 - cx) / rx
                dy = (y + 0.5 - cy) / ry
                if dx * dx + dy * dy <= 1.0:
                    if only_if is None or self.get(x, y) in only_if:
                        self.px(x, y, c)

    def blit(self, other: "Img", ox: int, oy: int):
        for y in range(other.h):
            for x in range(other.w):
                c = other.d[y][x]
                if c is not None:
                    self.px(ox + x, oy + y, c)

    def sub(self, x, y, w, h) -> "Img":
        out = Img(w, h)
        for yy in range(h):
            for xx in range(w):
                out.d[yy][xx] = self.get(x + xx, y + yy)
        return out

    def mask(self):
        return [[c is not None for c in row] for row in self.d]

    def outline(self, c="ink_soft", sides="lrtb", into=None):
        """Draw `c` on transparent pixels next to opaque ones (4-neighbour)."""
        m = self.mask()
        target = into if into is not None else self
        for y in range(self.h):
            for x in range(self.w):
                if m[y][x]:
                    continue
                hit = False
                if "l" in sides and x + 1 < self.w and m[y][x + 1]:
                    hit = True
                if "r" in sides and x - 1 >= 0 and m[y][x - 1]:
                    hit = True
                if "t" in sides and y + 1 < self.h and m[y + 1][x]:
                    hit = True
                if "b" in sides and y - 1 >= 0 and m[y - 1][x]:
                    hit = True
                if hit:
                    target.px(x, y, c)
        return target

    def remap(self, fn) -> "Img":
        out = self.copy()
        for y in range(self.h):
            for x in range(self.w):
                if out.d[y][x] is not None:
                    out.d[y][x] = fn(out.d[y][x], x, y)
        return out

    def flip_x(self) -> "Img":
        out = Img(self.w, self.h)
        out.d = [row[::-1] for row in self.d]
        return out

    def empty(self) -> bool:
        return all(c is None for row in self.d for c in row)

    def to_surface(self) -> pygame.Surface:
        surf = pygame.Surface((self.w, self.h), pygame.SRCALPHA)
        surf.fill((0, 0, 0, 0))
        for y in range(self.h):
            for x in range(self.w):
                c = self.d[y][x]
                if c is not None:
                    surf.set_at((x, y), (*rgb(c), 255))
        return surf


def scatter(img: Img, rng: random.Random, count: int, colors, area=None, only_if=None):
    x0, y0, w, h = area or (0, 0, img.w, img.h)
    for _ in range(count):
        x = x0 + rng.randrange(w)
        y = y0 + rng.randrange(h)
        c = colors[rng.randrange(len(colors))] if isinstance(colors, (list, tuple)) else colors
        if only_if is None or img.get(x, y) in only_if:
            img.px(x, y, c)


class PeriodicNoise:
    """Smooth value noise on a 16x16 torus: tiles that all sample it join without seams."""

    def __init__(self, seed: int, cells: int = 4, amp: float = 1.0):
        rng = random.Random(seed)
        self.cells = cells
        self.g = [[rng.random() * 2 - 1 for _ in range(cells)] for _ in range(cells)]
        self.amp = amp

    def __call__(self, x: float, y: float) -> float:
        step = T / self.cells
        fx, fy = ((x % T) + 0.5) / step, ((y % T) + 0.5) / step
        ix, iy = int(fx), int(fy)
        tx, ty = fx - ix, fy - iy
        tx = tx * tx * (3 - 2 * tx)
        ty = ty * ty * (3 - 2 * ty)
        n = self.cells
        a = self.g[iy % n][ix % n]
        b = self.g[iy % n][(ix + 1) % n]
        c = self.g[(iy + 1) % n][ix % n]
        d = self.g[(iy + 1) % n][(ix + 1) % n]
        top = a + (b - a) * tx
        bot = c + (d - c) * tx
        return (top + (bot - top) * ty) * self.amp


def corner_value(corners, x, y):
    """Bilinear weight of the 'B' corners (tl, tr, bl, br in {0, 1}) at pixel (x, y), clamped to the tile."""
    x = min(max(x, 0), T - 1)
    y = min(max(y, 0), T - 1)
    u, v = (x + 0.5) / T, (y + 0.5) / T
    tl, tr, bl, br = corners
    return tl * (1 - u) * (1 - v) + tr * u * (1 - v) + bl * (1 - u) * v + br * u * v


CORNER_SETS = [(tl, tr, bl, br) for tl in (0, 1) for tr in (0, 1) for bl in (0, 1) for br in (0, 1)]


def corner_key(corners) -> str:
    return "".join(str(c) for c in corners)


def footprint(img: Img) -> tuple[int, int, int, int]:
    """Where a colliding tile blocks: the box around its picture (x, y, w, h). Props stand on the
    layers under the characters, so he must not stand where they are drawn: beside a lamp post's
    thin stem he walks on, and no invisible wall stands beside a picture that leaves its tile half empty."""
    cells = [(x, y) for y in range(img.h) for x in range(img.w) if img.d[y][x] is not None]
    if not cells:
        return 0, 0, img.w, img.h
    left, top = min(x for x, _ in cells), min(y for _, y in cells)
    right, bottom = max(x for x, _ in cells) + 1, max(y for _, y in cells) + 1
    return left, top, right - left, bottom - top


class Sheet:
    """Named 16x16 tiles with properties and animations -> PNG + TSX."""

    def __init__(self, name: str, columns: int = 16):
        self.name = name
        self.columns = columns
        self.tiles: list[Img] = []
        self.ids: dict[str, int] = {}
        self.props: dict[int, dict] = {}
        self.anims: dict[int, list[tuple[int, int]]] = {}
        # tile -> (x, y, w, h): the part of a colliding tile that blocks, as Tiled's Tile Collision
        # Editor draws it; a colliding tile without one blocks its whole cell
        self.shapes: dict[int, tuple[int, int, int, int]] = {}

    def add(self, name: str, img: Img, collides: bool | tuple[int, int, int, int] = False, **props) -> int:
        """A tile; `collides` ones block walking where their picture is (see `footprint`), or, for a
        picture drawn with its ground, over the box (x, y, w, h) that `collides` gives."""
        if name in self.ids:
            raise ValueError(f"tile {name} twice")
        if img.w != T or img.h != T:
            raise ValueError(f"tile {name} is {img.w}x{img.h}")
        tid = len(self.tiles)
        self.tiles.append(img)
        self.ids[name] = tid
        p = dict(props)
        if collides:
            p["collides"] = True
            shape = collides if isinstance(collides, tuple) else footprint(img)
            if shape != (0, 0, T, T):
                self.shapes[tid] = shape
        if p:
            self.props[tid] = p
        return tid

    def add_grid(self, name: str, big: Img, collide=None, skip_empty=True) -> dict:
        """Slice a picture into tiles named name_c_r; `collide(c, r)` says which block."""
        out = {}
        for r in range(big.h // T):
            for c in range(big.w // T):
                part = big.sub(c * T, r * T, T, T)
                if skip_empty and part.empty():
                    continue
                out[(c, r)] = self.add(f"{name}_{c}_{r}", part, bool(collide and collide(c, r)))
        return out

    def animate(self, name: str, frames: list[str], ms: int | list[int]):
        base = self.ids[name]
        durations = ms if isinstance(ms, list) else [ms] * len(frames)
        self.anims[base] = [(self.ids[f], d) for f, d in zip(frames, durations)]

    def image(self) -> pygame.Surface:
        rows = (len(self.tiles) + self.columns - 1) // self.columns
        big = Img(self.columns * T, rows * T)
        for i, tile in enumerate(self.tiles):
            big.blit(tile, (i % self.columns) * T, (i // self.columns) * T)
        return big.to_surface()

    def tsx(self, image_name: str) -> str:
        rows = (len(self.tiles) + self.columns - 1) // self.columns
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<tileset version="1.8" tiledversion="1.8.2" name={quoteattr(self.name)} tilewidth="16" '
            f'tileheight="16" tilecount="{len(self.tiles)}" columns="{self.columns}">',
            f' <image source={quoteattr(image_name)} width="{self.columns * T}" height="{rows * T}"/>',
        ]
        for tid in range(len(self.tiles)):
            props = self.props.get(tid)
            anim = self.anims.get(tid)
            shape = self.shapes.get(tid)
            if not props and not anim:
                continue
            lines.append(f' <tile id="{tid}">')
            if props:
                lines.append("  <properties>")
                for key in sorted(props):
                    value = props[key]
                    if isinstance(value, bool):
                        lines.append(f'   <property name="{key}" type="bool" value="{str(value).lower()}"/>')
                    else:
                        lines.append(f"   <property name={quoteattr(key)} value={quoteattr(str(value))}/>")
                lines.append("  </properties>")
            if shape:
                x, y, w, h = shape
                lines.append('  <objectgroup draworder="index" id="2">')
                lines.append(f'   <object id="1" x="{x}" y="{y}" width="{w}" height="{h}"/>')
                lines.append("  </objectgroup>")
            if anim:
                lines.append("  <animation>")
                for frame, ms in anim:
                    lines.append(f'   <frame tileid="{frame}" duration="{ms}"/>')
                lines.append("  </animation>")
            lines.append(" </tile>")
        lines.append("</tileset>")
        return "\n".join(lines) + "\n"

    def save(self, root: pathlib.Path, stem: str) -> list[pathlib.Path]:
        folder = pathlib.Path(root) / "assets" / "tilesets"
        folder.mkdir(parents=True, exist_ok=True)
        png = folder / f"{stem}.png"
        tsx = folder / f"{stem}.tsx"
        pygame.image.save(self.image(), str(png))
        tsx.write_text(self.tsx(f"{stem}.png"), encoding="utf-8", newline="\n")
        return [png, tsx]
