"""Drawing helpers shared by the tileset scripts (tiles_provence, tiles_interior, tiles_garden, tiles_berlin).

Pictures are grids of palette NAMES (None = transparent), so shading is a
lookup along a ramp and every pixel is guaranteed to come from the palette.
A `Sheet` collects named 16x16 tiles with their properties, animations and
terrain (Wang) sets and writes the tileset PNG and its Tiled 1.8 `.tsx`.

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

if not __package__:  # run as a script: the repository root makes assets.scripts importable
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))

from assets.scripts.palette import PROVENCE, rgb

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

    def copy(self) -> Img:
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

    def blit(self, other: Img, ox: int, oy: int):
        for y in range(other.h):
            for x in range(other.w):
                c = other.d[y][x]
                if c is not None:
                    self.px(ox + x, oy + y, c)

    def sub(self, x, y, w, h) -> Img:
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

    def remap(self, fn) -> Img:
        out = self.copy()
        for y in range(self.h):
            for x in range(self.w):
                if out.d[y][x] is not None:
                    out.d[y][x] = fn(out.d[y][x], x, y)
        return out

    def flip_x(self) -> Img:
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


def ragged_join(a: Img, b: Img, corners, noise: PeriodicNoise, rim: str, lit: str, dark: str) -> Img:
    """Ground `a` with ground `b` on the corners marked 1 (tl, tr, bl, br), along a ragged seamless border.

    `b` gets a `rim` where it meets `a`; on the `a` side, the border catches the
    light (`lit`, below `b`) or falls in shade (`dark`, west of and below it).
    """
    def is_b(x, y):
        return corner_value(corners, x, y) + noise(x, y) > 0.5

    img = Img(T, T)
    for y in range(T):
        for x in range(T):
            if is_b(x, y):
                near_a = not all(is_b(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))
                img.px(x, y, rim if near_a else b.get(x, y))
            else:
                below_b = is_b(x, y + 1)
                img.px(x, y, lit if below_b and (x % 3 == 0) else
                       (dark if is_b(x + 1, y) or is_b(x, y - 1) else a.get(x, y)))
    return img


# Tiled orders a tile's Wang id clockwise from the top: top, top-right, right,
# bottom-right, bottom, bottom-left, left, top-left (edges on even places, corners on odd)
WANG_CORNERS = {"tl": 7, "tr": 1, "bl": 5, "br": 3}
WANG_EDGES = {"n": 0, "e": 2, "s": 4, "w": 6}


class WangSet:
    """A Tiled terrain set: its colours (the surfaces a designer paints) and, for each
    tile, which colour lies at each of its corners (a corner set) or edges (an edge set)."""

    def __init__(self, name: str, kind: str, colours: list[tuple[str, str, str]], tile: str):
        if kind not in ("corner", "edge"):
            raise ValueError(f"Wang set {name}: kind {kind}")
        self.name, self.kind, self.tile = name, kind, tile
        self.colours = colours  # (name, "#rrggbb", the tile that shows it)
        self.index = {colour[0]: number for number, colour in enumerate(colours, start=1)}
        self.wang_ids: dict[str, tuple[int, ...]] = {}

    def _put(self, tile: str, places: dict[str, int], values: dict[str, str | None]) -> None:
        if tile in self.wang_ids:
            raise ValueError(f"Wang set {self.name}: tile {tile} twice")
        wang_id = [0] * 8
        for place, colour in values.items():
            if colour is not None:
                wang_id[places[place]] = self.index[colour]
        if not any(wang_id):
            raise ValueError(f"Wang set {self.name}: tile {tile} has no colour")
        self.wang_ids[tile] = tuple(wang_id)

    def corners(self, tile: str, tl: str, tr: str, bl: str, br: str) -> None:
        """`tile` has these colours at its corners."""
        if self.kind != "corner":
            raise ValueError(f"Wang set {self.name} is not a corner set")
        self._put(tile, WANG_CORNERS, {"tl": tl, "tr": tr, "bl": bl, "br": br})

    def edges(self, tile: str, n: str | None, e: str | None, s: str | None, w: str | None) -> None:
        """`tile` has these colours along its edges (None: the edge is plain ground)."""
        if self.kind != "edge":
            raise ValueError(f"Wang set {self.name} is not an edge set")
        self._put(tile, WANG_EDGES, {"n": n, "e": e, "s": s, "w": w})

    def xml(self, ids: dict[str, int]) -> list[str]:
        lines = [f'  <wangset name={quoteattr(self.name)} type="{self.kind}" tile="{ids[self.tile]}">']
        for name, colour, tile in self.colours:
            lines.append(f'   <wangcolor name={quoteattr(name)} color="{colour}" tile="{ids[tile]}" probability="1"/>')
        for tid, wang_id in sorted((ids[tile], wang_id) for tile, wang_id in self.wang_ids.items()):
            lines.append(f'   <wangtile tileid="{tid}" wangid="{",".join(map(str, wang_id))}"/>')
        lines.append("  </wangset>")
        return lines


def connection_key(n: bool, e: bool, s: bool, w: bool) -> str:
    """The name part of a piece that joins its neighbours on these sides: 'nes', 'w'… ('o' for none)."""
    return "".join(side for side, on in zip("nesw", (n, e, s, w)) if on) or "o"


def add_connection_set(wang: WangSet, colour: str, prefix: str, sheet: Sheet) -> None:
    """Every `<prefix>_<sides>` piece of a wall, fence or hedge, as an edge set that joins on those sides."""
    for bits in range(1, 16):
        sides = [bool(bits & 1), bool(bits & 2), bool(bits & 4), bool(bits & 8)]
        name = f"{prefix}_{connection_key(*sides)}"
        if name in sheet.ids:
            wang.edges(name, *(colour if on else None for on in sides))


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
        self.probabilities: dict[int, float] = {}  # how often a terrain brush picks a tile (default 1)
        self.wang_sets: list[WangSet] = []

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

    def probability(self, name: str, value: float) -> None:
        """How likely Tiled's terrain brush is to pick this tile among those that fit (1: as likely as
        any; 0: never picked, though still recognised, like a loose brick kept for the story)."""
        self.probabilities[self.ids[name]] = value

    def wang(self, name: str, kind: str, colours: list[tuple[str, str, str]], tile: str) -> WangSet:
        """A new terrain set of this sheet ('corner' or 'edge'); fill it with its tiles."""
        wang = WangSet(name, kind, colours, tile)
        self.wang_sets.append(wang)
        return wang

    def image(self) -> pygame.Surface:
        rows = (len(self.tiles) + self.columns - 1) // self.columns
        big = Img(self.columns * T, rows * T)
        for i, tile in enumerate(self.tiles):
            big.blit(tile, (i % self.columns) * T, (i // self.columns) * T)
        return big.to_surface()

    def tsx(self, image_name: str, script: str) -> str:
        rows = (len(self.tiles) + self.columns - 1) // self.columns
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f"<!-- Generated by {script} (python assets/scripts/build_all.py), with its picture "
            f"{image_name}: edit the script, not this file. -->",
            f'<tileset version="1.8" tiledversion="1.8.2" name={quoteattr(self.name)} tilewidth="16" '
            f'tileheight="16" tilecount="{len(self.tiles)}" columns="{self.columns}">',
            f' <image source={quoteattr(image_name)} width="{self.columns * T}" height="{rows * T}"/>',
        ]
        for tid in range(len(self.tiles)):
            props = self.props.get(tid)
            anim = self.anims.get(tid)
            shape = self.shapes.get(tid)
            chance = f' probability="{self.probabilities[tid]:g}"' if tid in self.probabilities else ""
            if not props and not anim:
                if chance:
                    lines.append(f' <tile id="{tid}"{chance}/>')
                continue
            lines.append(f' <tile id="{tid}"{chance}>')
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
        if self.wang_sets:
            lines.append(" <wangsets>")
            for wang in self.wang_sets:
                lines += wang.xml(self.ids)
            lines.append(" </wangsets>")
        lines.append("</tileset>")
        return "\n".join(lines) + "\n"

    def save(self, root: pathlib.Path, stem: str) -> list[pathlib.Path]:
        folder = pathlib.Path(root) / "assets" / "tilesets"
        folder.mkdir(parents=True, exist_ok=True)
        png = folder / f"{stem}.png"
        tsx = folder / f"{stem}.tsx"
        pygame.image.save(self.image(), str(png))
        tsx.write_text(self.tsx(f"{stem}.png", f"assets/scripts/tiles_{stem}.py"), encoding="utf-8", newline="\n")
        return [png, tsx]
