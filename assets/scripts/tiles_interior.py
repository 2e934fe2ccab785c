"""Generate the interior tileset: assets/tilesets/interior.png + interior.tsx.

The wine cellar first (cool, dim vaulted stone, warm candlelight), with room
for the mas interior later: plank and terracotta (tomette) floors, plaster
walls with beams, shelves. Floors are flagstones that join any neighbour;
candlelight pools on the floor are corner autotiles (`lit_<tl tr bl br>`).
North walls are 3-tile-tall vaulted bays drawn whole and sliced.

Tiles are NAMED here, and the terrain (Wang) sets Tiled's terrain brush paints
with are declared by those names (`add_terrain_sets`): candlelight on the
flagstones, the mas's walls. The tiles themselves are laid in Tiled.

Usage: python assets/scripts/tiles_interior.py   (from the repo root)
"""

from __future__ import annotations

import pathlib
import random
import sys

if not __package__:  # run as a script: the repository root makes assets.scripts importable
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))

from assets.scripts.palette import PROVENCE
from assets.scripts.tiles_draw import (
    CORNER_SETS,
    LIGHTER,
    Img,
    PeriodicNoise,
    Sheet,
    T,
    add_connection_set,
    corner_key,
    corner_value,
    shade,
)

SEED = 1989

# candlelight: cool stone warms toward ochre
WARM = {
    "stone_5": "stone_4", "stone_4": "stone_3", "stone_3": "stone_2", "ink_soft": "stone_5", "ink": "ink_soft",
    "navy_3": "soil_3", "navy_2": "soil_2", "stone_2": "ochre_1", "wood_3": "wood_2", "wood_2": "wood_1",
}


# ------------------------------------------------------------------ floors

def flagstones(variant: int) -> Img:
    """Cool, dim, worn flagstones. Joints run on tile edges only in some variants, so stones
    straddle tiles and the floor does not read as a grid."""
    rng = random.Random(SEED * 10 + variant)
    img = Img(T, T, "stone_5")
    top_joint = variant in (0, 2, 3, 5)
    left_joint = variant in (0, 1, 4, 5)
    if top_joint:
        img.hline(0, T - 1, 0, "ink_soft")
    if left_joint:
        img.vline(0, 0, T - 1, "ink_soft")
    split = (4 + variant * 3) % 9 + 4
    if variant % 2:
        img.hline(1, T - 1, split, "ink_soft")
        img.vline((split * 2) % 11 + 3, split + 1, T - 1, "ink_soft")
    else:
        img.vline(split, 1, T - 1, "ink_soft")
        img.hline(1, split - 1, (split * 3) % 9 + 4, "ink_soft")
    # lit top-left lips of the stones; hollows and specks
    for y in range(T):
        for x in range(T):
            if img.get(x, y) != "stone_5":
                continue
            if img.get(x - 1, y) == "ink_soft" or img.get(x, y - 1) == "ink_soft":
                img.px(x, y, "stone_4")
    for _ in range(9):
        x, y = rng.randrange(1, T - 1), rng.randrange(1, T - 1)
        if img.get(x, y) == "stone_5":
            img.px(x, y, ["navy_3", "stone_4", "ink_soft", "navy_2"][rng.randrange(4)])
    return img


def planks(variant: int) -> Img:
    img = Img(T, T, "wood_2")
    rng = random.Random(SEED * 20 + variant)
    for y in range(T):
        if y % 4 == 3:
            img.hline(0, T - 1, y, "wood_4")
        elif y % 4 == 0:
            img.hline(0, T - 1, y, "wood_1")
    for row in range(4):
        x = (row * 7 + variant * 5) % T
        img.vline(x, row * 4, row * 4 + 2, "wood_4")
        img.px(x + 1 if x < T - 1 else 0, row * 4 + 1, "wood_1")
    for _ in range(8):
        x, y = rng.randrange(T), rng.randrange(T)
        if img.get(x, y) == "wood_2":
            img.px(x, y, "wood_3")
    return img


def tomettes(variant: int) -> Img:
    """Provençal terracotta hexagon floor tiles, offset rows (period 8 x 8)."""
    img = Img(T, T, "terra_2")
    for y in range(T):
        for x in range(T):
            cx = (x + (4 if (y // 8) % 2 else 0)) % 8
            cy = y % 8
            if cy == 0 or cx == 0:
                img.px(x, y, "terra_4")
            elif cy == 1 or cx == 1:
                img.px(x, y, "terra_1")
            elif cy == 7 or cx == 7:
                img.px(x, y, "terra_3")
    if variant:
        img.px(5, 4, "ochre_2")
        img.px(12, 11, "terra_3")
        img.px(3, 13, "terra_1")
    return img


LIGHT_NOISE = PeriodicNoise(SEED + 3, cells=4, amp=0.16)


def lit(base: Img, corners) -> Img:
    out = base.copy()
    for y in range(T):
        for x in range(T):
            v = corner_value(corners, x, y) + LIGHT_NOISE(x, y)
            if v > 0.58 or (v > 0.4 and (x + y) % 2 == 0):
                out.d[y][x] = WARM.get(out.d[y][x], out.d[y][x])
    return out


# ------------------------------------------------------------------ walls

def void() -> Img:
    img = Img(T, T, "ink")
    for x, y in ((3, 4), (11, 9), (6, 13), (13, 2)):
        img.px(x, y, "ink_soft")
    return img


def side_wall(east: bool) -> Img:
    """The thick west/east wall seen from above: rough dark stone, the room-side edge catching light."""
    rng = random.Random(SEED + (7 if east else 5))
    img = Img(T, T, "ink")
    for y in range(T):
        for x in range(T):
            if (x + 3 * (y // 4)) % 6 == 0 or y % 4 == 0:
                img.px(x, y, "ink")
            else:
                img.px(x, y, "ink_soft")
    for _ in range(8):
        img.px(rng.randrange(T), rng.randrange(T), "stone_5")
    edge = 0 if east else T - 1
    inner = 1 if east else T - 2
    img.vline(edge, 0, T - 1, "stone_4" if east else "stone_3")
    img.vline(inner, 0, T - 1, "stone_5")
    return img


def south_wall() -> Img:
    """The south wall's cap along the bottom of the room: a lit stone lip, then dark."""
    img = Img(T, T, "ink")
    img.hline(0, T - 1, 0, "stone_3")
    img.hline(0, T - 1, 1, "stone_4")
    img.hline(0, T - 1, 2, "stone_5")
    for y in range(3, T):
        for x in range(T):
            if y % 4 != 3 and (x + 4 * (y // 4)) % 7:
                img.px(x, y, "ink_soft")
    return img


def corner_cap(east: bool) -> Img:
    """Where a side wall meets the south cap."""
    img = side_wall(east)
    s = south_wall()
    for y in range(T):
        for x in range(T):
            if (x > 1 if east else x < T - 2):
                continue
            img.px(x, y, img.get(x, y))
    for x in range(T):
        if (x >= 2 if east else x <= T - 3):
            continue
        for y in range(3):
            img.px(x, y, s.get(x, y))
    return img


def stone_blocks(img: Img, x0, y0, w, h, rng, base="stone_4"):
    y = y0
    while y < y0 + h:
        ch = 4 + rng.randrange(2)
        x = x0 - rng.randrange(5)
        while x < x0 + w:
            bw = 5 + rng.randrange(5)
            b = [base, base, shade(base), shade(base, 1, LIGHTER)][rng.randrange(4)]
            for yy in range(y, min(y + ch, y0 + h)):
                for xx in range(max(x, x0), min(x + bw, x0 + w)):
                    c = b
                    if yy == y and xx < x + bw - 1:
                        c = shade(b, 1, LIGHTER)
                    if xx == x + bw - 1 or yy == y + ch - 1:
                        c = "ink_soft"
                    img.px(xx, yy, c)
            x += bw
        y += ch


def bay(kind: str, frame: int = 0) -> Img:
    """48 x 48: one vaulted bay of the north wall; kind is plain|rack|niche|stairs."""
    rng = random.Random(SEED * 30 + ["plain", "rack", "niche", "stairs"].index(kind))
    img = Img(48, 48, "ink")
    # vault ceiling above the arch: dark courses curving down to the pillars
    for y in range(0, 20):
        for x in range(48):
            if (y + abs(x - 24) // 6) % 4 == 0:
                img.px(x, y, "ink")
            else:
                img.px(x, y, "ink_soft" if (x // 7 + y // 4) % 3 else "stone_5")
    # the wall inside the arch
    stone_blocks(img, 0, 14, 48, 34, rng, "stone_4")
    # the arch ring: voussoirs, lit on the west, springing from pillars
    for y in range(0, 40):
        for x in range(48):
            dx = (x + 0.5 - 24) / 24
            dy = (y + 0.5 - 24) / 20
            d = dx * dx + dy * dy
            if y < 24 and d > 1.0:
                img.px(x, y, img.get(x, y) if img.get(x, y) in ("ink", "ink_soft", "stone_5") else "ink_soft")
            if y < 24 and 0.78 < d <= 1.0:
                c = "stone_3" if x < 24 else "stone_4"
                if (x * 3 + y) % 7 == 0:
                    c = "ink_soft"
                img.px(x, y, c)
    for x, c in ((0, "stone_5"), (1, "stone_4"), (2, "stone_3"), (45, "stone_3"), (46, "stone_4"), (47, "stone_5")):
        img.vline(x, 22, 45, c)
    # foot of the wall and the floor's join
    img.hline(0, 47, 46, "stone_5")
    img.hline(0, 47, 47, "ink_soft")
    if kind == "rack":
        # a wine rack built into the wall: a lattice of bottle ends
        img.rect(6, 20, 36, 24, "wood_3")
        img.rect(7, 21, 34, 22, "ink")
        for row in range(5):
            for col in range(8):
                bx, by = 8 + col * 4, 22 + row * 4
                c = ["grape_3", "vine_4", "ink_soft", "grape_3", "cypress_3"][(row * 3 + col) % 5]
                img.rect(bx, by, 3, 3, c)
                img.px(bx, by, "stone_4" if (row + col) % 3 else "white")
                img.px(bx + 1, by + 1, "ink")
        img.hline(6, 41, 20, "wood_1")
        img.vline(6, 20, 43, "wood_2")
        img.vline(41, 20, 43, "wood_4")
        # dust on the top edge
        for x in range(7, 41, 3):
            img.px(x, 20, "stone_3")
    elif kind == "niche":
        # an arched niche with a candle; the stone around it warmed by the flame
        for y in range(22, 40):
            for x in range(14, 34):
                dx = (x + 0.5 - 24) / 10
                dy = (y + 0.5 - 30) / 8
                if y < 30 and dx * dx + dy * dy > 1:
                    continue
                img.px(x, y, "ink_soft")
        img.hline(14, 33, 40, "stone_3")
        img.hline(14, 33, 41, "stone_5")
        for y in range(16, 46):
            for x in range(6, 42):
                dx, dy = (x - 24) / 18, (y - 34) / 12
                if dx * dx + dy * dy < 1:
                    c = img.get(x, y)
                    if c in WARM and not (14 <= x < 34 and 22 <= y < 40):
                        img.px(x, y, WARM[c])
        candle(img, 22, 30, frame)
        img.rect(26, 34, 3, 6, "linen_2")  # a second, shorter candle
        img.px(26, 34, "white")
        img.vline(28, 35, 39, "linen_3")
        img.px(27, 33, "ink_soft")
    elif kind == "stairs":
        # the opening and stone steps rising north toward daylight
        for y in range(6, 48):
            for x in range(8, 40):
                dx = (x + 0.5 - 24) / 16
                dy = (y + 0.5 - 22) / 16
                if y < 22 and dx * dx + dy * dy > 1:
                    continue
                img.px(x, y, "stone_5")
        steps = [(8, "linen_1"), (12, "ochre_1"), (16, "stone_2"), (20, "stone_3"), (25, "stone_3"),
                 (30, "stone_4"), (35, "stone_4"), (40, "stone_4")]
        for i, (y, c) in enumerate(steps):
            h = 4 if i < 3 else 5
            for yy in range(y, min(y + h, 48)):
                for x in range(10, 38):
                    dx = (x + 0.5 - 24) / 16
                    dy = (yy + 0.5 - 22) / 16
                    if yy < 22 and dx * dx + dy * dy > 0.9:
                        continue
                    img.px(x, yy, c)
            img.hline(10, 37, y, shade(c, 1, LIGHTER))
            img.hline(10, 37, min(y + h - 1, 47), shade(c))
        # the door at the top stands open: daylight spills down
        img.rect(16, 4, 16, 5, "white")
        img.rect(18, 3, 12, 1, "linen_1")
        img.vline(15, 3, 9, "wood_2")
        img.vline(32, 3, 9, "wood_3")
        img.vline(10, 22, 47, "stone_3")
        img.vline(37, 22, 47, "stone_5")
    return img


def candle(img: Img, x: int, y: int, frame: int):
    """A candle whose flame's tip is at (x+1, y); 4 flicker frames."""
    img.rect(x, y + 4, 3, 7, "linen_1")
    img.vline(x + 2, y + 4, y + 10, "linen_3")
    img.px(x, y + 4, "white")
    img.px(x + 1, y + 3, "ink_soft")  # wick
    flames = [
        [(1, 0, "sunflower"), (1, 1, "white"), (1, 2, "ochre_1"), (0, 2, "sunflower"), (2, 2, "ochre_2")],
        [(2, 0, "sunflower"), (1, 1, "white"), (1, 2, "ochre_1"), (0, 2, "ochre_2"), (2, 1, "ochre_1")],
        [(1, -1, "ochre_1"), (1, 0, "sunflower"), (1, 1, "white"), (1, 2, "white"), (0, 1, "ochre_2"),
         (2, 2, "sunflower")],
        [(0, 0, "sunflower"), (1, 1, "white"), (1, 2, "ochre_1"), (0, 1, "ochre_1"), (2, 2, "ochre_2")],
    ][frame % 4]
    for dx, dy, c in flames:
        img.px(x + dx, y + dy, c)


def plaster_wall() -> Img:
    """48 x 48 plastered wall with an oak beam along the top (for the mas)."""
    rng = random.Random(SEED + 40)
    img = Img(48, 48, "linen_1")
    for _ in range(140):
        x, y = rng.randrange(48), rng.randrange(48)
        img.px(x, y, ["linen_2", "ochre_1", "linen_2", "white"][rng.randrange(4)])
    img.rect(0, 0, 48, 8, "wood_3")
    img.hline(0, 47, 1, "wood_2")
    img.hline(0, 47, 7, "wood_4")
    img.hline(0, 47, 8, "linen_3")
    for x in range(4, 48, 11):
        img.px(x, 4, "wood_4")
    img.rect(0, 42, 48, 4, "terra_3")  # a tiled skirting
    img.hline(0, 47, 42, "terra_2")
    img.hline(0, 47, 46, "stone_5")
    img.hline(0, 47, 47, "ink_soft")
    return img


# ------------------------------------------------------------------ furniture

def barrel_rack() -> Img:
    """32 x 32: two great casks lying on a wooden cradle, ends to the room; a tap on the west one."""
    img = Img(32, 32)
    img.rect(1, 24, 30, 6, "wood_3")  # cradle
    img.hline(1, 30, 24, "wood_2")
    img.hline(1, 30, 29, "wood_4")
    for x in (3, 15, 16, 28):
        img.vline(x, 25, 31, "wood_4")
    img.hline(2, 31, 31, "ink_soft")
    for cx in (8, 24):
        img.ellipse(cx, 15, 7.5, 10, "wood_4")
        img.ellipse(cx - 0.3, 15, 6.8, 9.3, "wood_2")
        img.ellipse(cx - 0.8, 14.5, 5, 7.5, "wood_1", only_if={"wood_2"})
        img.ellipse(cx - 0.3, 15, 4.5, 7, "wood_2", only_if={"wood_1"})
        # hoop and staves
        for y in range(6, 25):
            for x in range(cx - 7, cx + 8):
                if img.get(x, y) == "wood_2" and (x - cx) % 3 == 0 and 8 < y < 22:
                    img.px(x, y, "wood_3")
        img.ellipse(cx, 15, 7.5, 10, "stone_4", only_if={"wood_4"})
        img.ellipse(cx, 15, 6.9, 9.4, "wood_3", only_if={"wood_2", "wood_1"})
        img.ellipse(cx - 0.3, 15, 6.2, 8.7, "wood_2", only_if={"wood_3"})
        # chalk marks of the vintage
        img.hline(cx - 3, cx, 10, "linen_2")
        img.px(cx + 1, 11, "linen_2")
    # brass tap on the west cask
    img.rect(7, 18, 3, 2, "ochre_2")
    img.px(7, 18, "ochre_1")
    img.px(8, 20, "ochre_3")
    img.px(8, 21, "grape_2")
    return img


def barrel() -> Img:
    img = Img(T, T)
    img.hline(3, 15, 15, "ink_soft")
    img.rect(2, 4, 12, 11, "wood_2")
    img.ellipse(8, 4.5, 6, 3, "wood_1")
    img.ellipse(8, 4.5, 4.5, 2, "wood_2", only_if={"wood_1"})
    for y in (7, 12):
        img.hline(2, 13, y, "stone_5")
    for x in (5, 8, 11):
        img.vline(x, 8, 14, "wood_3")
    img.vline(2, 5, 14, "wood_1")
    img.vline(13, 5, 14, "wood_4")
    img.hline(3, 12, 14, "wood_4")
    img.outline("ink", sides="rb")
    return img


def table(frame: int) -> Img:
    """48 x 32 tasting table: bottles, glasses, a corkscrew, a candle in the middle."""
    img = Img(48, 32)
    img.rect(1, 4, 46, 16, "wood_2")
    img.hline(1, 46, 4, "wood_1")
    for y in (8, 12, 16):
        img.hline(1, 46, y, "wood_3")
    img.rect(1, 20, 46, 3, "wood_3")
    img.hline(1, 46, 22, "wood_4")
    for x in (3, 43):
        img.rect(x, 23, 3, 8, "wood_3")
        img.vline(x, 23, 30, "wood_2")
    img.hline(2, 47, 31, "ink_soft")
    img.outline("ink", sides="rb")
    # warm light on the tabletop around the candle
    for y in range(4, 20):
        for x in range(6, 42):
            dx, dy = (x - 24) / 18, (y - 12) / 9
            if dx * dx + dy * dy < 1 and img.get(x, y) in ("wood_2", "wood_3"):
                img.px(x, y, WARM[img.get(x, y)])
    # bottles (seen from above-front), glasses with wine
    for bx, c in ((9, "vine_4"), (13, "grape_3"), (35, "vine_4")):
        img.rect(bx, 2, 3, 10, c)
        img.vline(bx, 3, 10, "cypress_1" if c == "vine_4" else "grape_1")
        img.rect(bx + 1, 0, 1, 3, c)
        img.px(bx + 1, 0, "terra_3")
        img.rect(bx, 6, 3, 3, "linen_1")  # label
        img.px(bx + 1, 7, "red_2")
    for gx in (17, 30, 39):
        img.rect(gx, 10, 3, 3, "grape_2")
        img.px(gx, 10, "white")
        img.px(gx + 2, 12, "grape_3")
        img.px(gx + 1, 13, "linen_3")
        img.px(gx + 1, 14, "linen_2")
    img.rect(27, 15, 4, 1, "stone_3")  # corkscrew
    img.px(31, 15, "wood_3")
    # a cork or two, a crust of bread
    img.px(20, 16, "ochre_2")
    img.rect(36, 15, 4, 2, "ochre_2")
    img.hline(36, 39, 15, "ochre_1")
    candle(img, 22, 2, frame)
    return img


def stool() -> Img:
    img = Img(T, T)
    img.ellipse(8, 7, 5, 2.5, "wood_1")
    img.ellipse(8.5, 7.5, 4, 1.5, "wood_2", only_if={"wood_1"})
    for x in (4, 11):
        img.vline(x, 9, 14, "wood_3")
    img.vline(8, 9, 13, "wood_4")
    img.hline(5, 13, 15, "ink_soft")
    img.outline("ink", sides="rb")
    return img


def candelabra(frame: int) -> Img:
    """A standing iron candle holder with a fat candle (16 x 32: the flame in the top tile)."""
    img = Img(T, 32)
    img.vline(7, 12, 29, "ink_soft")
    img.vline(8, 12, 29, "stone_5")
    img.hline(4, 11, 30, "ink_soft")
    img.hline(3, 12, 31, "ink")
    img.hline(5, 10, 12, "stone_5")
    img.rect(6, 4, 4, 8, "linen_1")
    img.vline(9, 4, 11, "linen_3")
    img.px(6, 4, "white")
    img.px(7, 5, "linen_2")  # a wax drip
    img.vline(6, 8, 12, "linen_2")
    candle_flame = [
        [(7, 1, "sunflower"), (7, 2, "white"), (7, 3, "ochre_1"), (8, 2, "sunflower"), (8, 3, "ochre_2")],
        [(8, 0, "ochre_1"), (8, 1, "sunflower"), (7, 2, "white"), (8, 2, "white"), (7, 3, "ochre_1")],
        [(7, 0, "ochre_1"), (7, 1, "sunflower"), (7, 2, "white"), (8, 3, "sunflower"), (6, 3, "ochre_2")],
        [(6, 1, "sunflower"), (7, 2, "white"), (7, 3, "ochre_1"), (6, 2, "ochre_1"), (8, 3, "ochre_2")],
    ][frame % 4]
    img.px(7, 3, "ink_soft")
    for x, y, c in candle_flame:
        img.px(x, y, c)
    return img


def crate(dusty: bool) -> Img:
    img = Img(T, T)
    img.hline(3, 15, 15, "ink_soft")
    img.rect(1, 5, 14, 10, "wood_2")
    img.rect(1, 3, 14, 3, "wood_1")
    for y in (8, 11):
        img.hline(1, 14, y, "wood_3")
    img.vline(1, 5, 14, "wood_1")
    img.vline(14, 3, 14, "wood_4")
    img.hline(1, 14, 14, "wood_4")
    img.outline("ink", sides="rb")
    if dusty:
        for x, y in ((2, 3), (5, 4), (9, 3), (12, 4), (3, 6), (11, 9), (7, 3)):
            img.px(x, y, "stone_3")
        # a stencilled mark, half rubbed off
        img.hline(5, 9, 10, "stone_4")
        img.px(7, 9, "stone_4")
        img.px(7, 12, "stone_4")
    return img


def shelf() -> Img:
    """16 x 32 wall shelf with jars and old bottles."""
    img = Img(T, 32)
    img.rect(0, 2, 16, 28, "wood_4")
    for y in (2, 12, 22):
        img.rect(0, y + 7, 16, 2, "wood_2")
        img.hline(0, 15, y + 7, "wood_1")
    img.vline(0, 2, 29, "wood_2")
    img.vline(15, 2, 29, "wood_3")
    items = [(2, 4, "sky_3"), (6, 5, "ochre_2"), (10, 3, "vine_4"), (2, 14, "linen_2"), (7, 15, "terra_2"),
             (11, 14, "grape_3"), (3, 25, "stone_3"), (9, 24, "vine_4")]
    for x, y, c in items:
        h = 9 - (y % 10) if (y % 10) < 8 else 2
        img.rect(x, y, 3, max(h, 3), c)
        img.px(x, y, shade(c, 1, LIGHTER) if c in LIGHTER else "white")
    img.hline(0, 15, 30, "ink_soft")
    return img


def cobweb(east: bool) -> Img:
    img = Img(T, T)
    for i in range(9):
        img.px(i, 0, "stone_3")
        img.px(0, i, "stone_3")
    img.line(0, 0, 7, 7, "stone_3")
    for r in (3, 6):
        img.line(r, 0, 0, r, "stone_4")
    img.px(5, 5, "stone_2")
    return img.flip_x() if east else img


def rug() -> Img:
    """48 x 32 faded rug (for the mas)."""
    img = Img(48, 32, "red_2")
    img.rect(2, 2, 44, 28, "red_1")
    img.rect(5, 5, 38, 22, "navy_2")
    img.rect(7, 7, 34, 18, "red_2")
    for x in range(9, 40, 4):
        for y in range(9, 24, 4):
            img.px(x, y, "ochre_2")
    for x in range(0, 48, 2):
        img.px(x, 0, "linen_2")
        img.px(x, 31, "linen_2")
    return img


# ------------------------------------------------------------------ the mas (house interior)
#
# The house is drawn in the same 3/4 view as the cellar: a wall seen from above is a
# `mcap_<nesw>` (the thick lime wall's top, its room-facing south edge showing a sliver
# of plaster when nothing continues south); a wall with a room to its south shows a
# 2-tile plaster face (`mface_<c>_<r>`: oak beam, lime, terracotta skirting). Things
# on walls are transparent overlays for the `detail` layer (windows, shelves, pots);
# tall furniture against a wall is drawn over the face and stands on the floor row.

MAS_SEED = 1731


def mas_plaster(img: Img, x0, y0, w, h, rng):
    """Warm lime plaster: a light ground with soft trowel marks and specks."""
    for y in range(y0, y0 + h):
        for x in range(x0, x0 + w):
            img.px(x, y, "linen_1")
    for _ in range(w * h // 9):
        x, y = x0 + rng.randrange(w), y0 + rng.randrange(h)
        img.px(x, y, ["linen_2", "white", "linen_2", "stone_1", "ochre_1"][rng.randrange(5)])
    for _ in range(w * h // 60):  # trowel strokes
        x, y = x0 + rng.randrange(w - 4), y0 + rng.randrange(h)
        img.hline(x, x + 2 + rng.randrange(3), y, "stone_1")


def mas_face() -> Img:
    """48 x 32: the plaster face of a north wall (two tiles tall), seamless every 48 px."""
    rng = random.Random(MAS_SEED + 1)
    img = Img(48, 32)
    mas_plaster(img, 0, 0, 48, 32, rng)
    # the ceiling's oak beam and the shadow it casts
    img.rect(0, 0, 48, 6, "wood_3")
    img.hline(0, 47, 0, "wood_4")
    img.hline(0, 47, 1, "wood_2")
    img.hline(0, 47, 5, "wood_4")
    for x in range(0, 48, 12):
        img.px(x + 5, 3, "wood_4")
        img.px(x + 6, 3, "wood_2")
    for x in range(0, 48):
        img.px(x, 6, "linen_3" if x % 2 else "linen_2")
        if x % 2 == 0:
            img.px(x, 7, "linen_2")
    # a tiled terracotta skirting
    img.rect(0, 26, 48, 4, "terra_2")
    img.hline(0, 47, 26, "terra_1")
    img.hline(0, 47, 29, "terra_3")
    for x in range(0, 48, 8):
        img.vline(x, 27, 29, "terra_3")
    img.hline(0, 47, 30, "terra_4")
    img.hline(0, 47, 31, "ink_soft")
    return img


def mas_cap(n: bool, e: bool, s: bool, w: bool) -> Img:
    """The top of a thick wall seen from above; a plaster sliver shows on its south side when open."""
    rng = random.Random(MAS_SEED + 10 + n + 2 * e + 4 * s + 8 * w)
    img = Img(T, T, "ink_soft")
    for _ in range(10):
        img.px(rng.randrange(T), rng.randrange(T), "wood_4" if rng.random() < 0.6 else "stone_5")
    bottom = T if s else 11
    # rims where the wall ends: a lit lime edge
    if not n:
        img.hline(0, T - 1, 0, "stone_3")
        img.hline(0, T - 1, 1, "stone_4")
    if not w:
        img.vline(0, 0, bottom - 1, "stone_3")
        img.vline(1, 0 if n else 1, bottom - 1, "stone_4")
    if not e:
        img.vline(T - 1, 0, bottom - 1, "stone_4")
        img.vline(T - 2, 0 if n else 1, bottom - 1, "stone_5")
    if not s:
        img.hline(0, T - 1, 10, "stone_4")
        mas_plaster(img, 0, 11, T, 5, rng)
        img.hline(0, T - 1, 11, "linen_3")
        img.hline(0, T - 1, 14, "terra_2")
        img.hline(0, T - 1, 15, "terra_4")
        if not w:
            img.vline(0, 11, 15, "linen_3")
        if not e:
            img.vline(T - 1, 11, 15, "stone_3")
    return img


def cap_window(side: str) -> Img:
    """A window seen from above in a thick wall; `side` is where the room is (e, w for side walls, n
    for the south wall): the splayed embrasure opens to the room, the night glass sits outside."""
    img = mas_cap(side != "n", side != "n", side != "n", side == "n")
    if side == "n":
        img = mas_cap(False, True, True, True)
        img.rect(2, 0, 12, 9, "stone_2")
        for y in range(0, 9):
            inset = y // 3
            img.px(2 + inset - 1, y, "stone_3") if inset else None
            img.px(13 - inset + 1, y, "stone_4") if inset else None
        img.hline(2, 13, 0, "stone_1")
        img.rect(3, 9, 10, 3, "navy_2")
        img.hline(3, 12, 9, "blue_2")
        img.px(7, 10, "wood_3")
        img.px(7, 11, "wood_3")
        img.px(5, 10, "white")
        img.rect(9, 4, 3, 3, "terra_2")  # a pot of basil on the sill
        img.px(9, 3, "green_1")
        img.px(10, 2, "vine_2")
        img.px(11, 3, "green_2")
        img.hline(9, 11, 6, "terra_3")
        return img
    img = mas_cap(True, False, True, False)
    east_room = side == "e"
    glass = (2, 3) if east_room else (12, 13)
    img.rect(2, 2, 12, 12, "stone_2")
    img.hline(2, 13, 2, "stone_1")
    img.hline(2, 13, 13, "stone_4")
    for x in range(2, 14):
        depth = (x - 4) if east_room else (11 - x)
        if 0 <= depth < 8:
            img.px(x, 2 + depth // 3, "stone_3")
            img.px(x, 13 - depth // 3, "stone_4")
    img.rect(glass[0], 3, 2, 10, "navy_2")
    img.vline(glass[0], 3, 12, "blue_2")
    img.hline(glass[0], glass[1], 7, "wood_3")
    img.px(glass[1], 4, "white")
    px0 = 7 if east_room else 6
    img.rect(px0, 8, 3, 3, "terra_2")  # a pot of geraniums on the sill
    img.px(px0, 7, "red_1")
    img.px(px0 + 1, 6, "green_1")
    img.px(px0 + 2, 7, "tomato")
    img.hline(px0, px0 + 2, 10, "terra_3")
    return img


def rug_big() -> Img:
    """112 x 64: a faded Provençal rug for under the dining table: a border of ochre flowers."""
    img = Img(112, 64, "red_2")
    img.rect(2, 2, 108, 60, "red_1")
    img.rect(6, 6, 100, 52, "ochre_2")
    img.rect(8, 8, 96, 48, "red_1")
    img.rect(12, 12, 88, 40, "red_2")
    for x in range(10, 102, 6):
        for y in (4, 59):
            img.px(x, y, "ochre_1")
            img.px(x + 1, y, "ochre_2")
    for y in range(10, 56, 6):
        for x in (4, 107):
            img.px(x, y, "ochre_1")
    for x in range(16, 97, 8):
        for y in range(16, 49, 8):
            c = "ochre_2" if (x + y) % 16 else "navy_2"
            img.px(x, y, c)
            img.px(x + 1, y + 1, c)
            img.px(x - 1, y + 1, c)
            img.px(x, y + 2, c)
    for x in range(0, 112, 2):
        img.px(x, 0, "linen_2")
        img.px(x, 63, "linen_2")
    return img


def runner() -> Img:
    """16 x 48: a narrow hall runner from the front door: top end, middle, bottom end (rows)."""
    img = Img(T, 48)
    img.rect(1, 0, 14, 48, "navy_2")
    img.rect(2, 0, 12, 48, "blue_2")
    img.rect(4, 0, 8, 48, "navy_2")
    for y in range(0, 48, 4):
        img.px(7, y, "ochre_1")
        img.px(8, y + 2, "ochre_1")
        img.px(3, y + 1, "linen_2")
        img.px(12, y + 3, "linen_2")
    for x in range(1, 15, 2):
        img.px(x, 0, "linen_2")
        img.px(x, 47, "linen_2")
    img.hline(1, 14, 1, "navy_3")
    img.hline(1, 14, 46, "navy_3")
    return img


def log_basket() -> Img:
    img = Img(T, T)
    img.hline(2, 15, 15, "ink_soft")
    img.rect(2, 7, 12, 8, "ochre_3")
    for y in range(7, 15):
        for x in range(2, 14):
            if (x + y) % 2:
                img.px(x, y, "ochre_4")
    img.hline(1, 14, 7, "ochre_2")
    for x, y in ((3, 4), (7, 3), (10, 5)):
        img.rect(x, y, 4, 4, "wood_2")
        img.rect(x, y, 4, 1, "wood_1")
        img.ellipse(x + 0.5, y + 2, 1, 2, "ochre_1")
        img.px(x, y + 2, "wood_3")
    img.outline("ink", sides="rb")
    return img


def chest() -> Img:
    """32 x 16: an old linen chest (coffre) with iron corners."""
    img = Img(32, T)
    img.rect(1, 2, 30, 4, "wood_1")
    img.hline(1, 30, 2, "ochre_1")
    img.rect(1, 6, 30, 8, "wood_2")
    img.hline(1, 30, 6, "wood_3")
    for x in (4, 12, 20, 27):
        img.vline(x, 7, 13, "wood_3")
    img.rect(14, 8, 4, 3, "stone_4")
    img.px(15, 9, "ink")
    for x in (1, 29):
        img.rect(x, 2, 2, 12, "stone_5")
    img.hline(2, 31, 14, "ink_soft")
    img.hline(2, 31, 15, "ink_soft")
    img.outline("ink", sides="r")
    return img


def front_door() -> Img:
    """The front door in the south wall, seen from inside and above: oak boards, iron straps, a latch."""
    img = mas_cap(False, True, True, True)
    img.rect(1, 0, 14, 16, "stone_3")
    img.vline(1, 0, 15, "stone_2")
    img.vline(14, 0, 15, "stone_4")
    img.rect(3, 0, 10, 14, "wood_2")
    for x in (5, 8, 11):
        img.vline(x, 0, 13, "wood_3")
    img.vline(3, 0, 13, "wood_1")
    img.hline(3, 12, 3, "ink_soft")
    img.hline(3, 12, 10, "ink_soft")
    img.px(10, 7, "ochre_2")  # the latch
    img.px(11, 7, "ochre_3")
    img.px(10, 6, "ochre_1")
    img.hline(2, 13, 14, "stone_2")  # the worn threshold
    img.hline(2, 13, 15, "stone_1")
    return img


def window_overlay(w: int = 32) -> Img:
    """An inset window on a north face with night-blue glass, curtains and a sill pot."""
    img = Img(w, 32)
    x0, x1 = 5, w - 6
    img.rect(x0 - 2, 7, x1 - x0 + 5, 18, "stone_2")  # embrasure
    img.hline(x0 - 2, x1 + 2, 7, "stone_3")
    img.rect(x0, 9, x1 - x0 + 1, 13, "navy_3")
    for y in range(9, 22):
        for x in range(x0, x1 + 1):
            if (x - x0) + (y - 9) < 5:
                img.px(x, y, "navy_2")
    img.px(x0 + 3, 11, "white")  # a first star
    img.px(x1 - 3, 16, "blue_1")
    img.vline((x0 + x1) // 2, 9, 21, "wood_2")
    img.hline(x0, x1, 15, "wood_2")
    img.rect(x0 - 1, 8, x1 - x0 + 3, 1, "wood_3")
    img.vline(x0 - 1, 8, 22, "wood_3")
    img.vline(x1 + 1, 8, 22, "wood_4")
    img.hline(x0 - 3, x1 + 3, 22, "stone_1")  # sill
    img.hline(x0 - 3, x1 + 3, 23, "stone_3")
    img.rect(x1 - 4, 19, 3, 3, "terra_2")
    img.px(x1 - 4, 18, "green_1")
    img.px(x1 - 3, 17, "vine_2")
    img.px(x1 - 2, 18, "green_2")
    # curtains: Provençal print, tied back
    for cx, d in ((x0 - 4, 1), (x1 + 2, -1)):
        for y in range(7, 25):
            width = 3 if y < 15 or y > 18 else 2
            for i in range(width):
                x = cx + (i if d == 1 else -i + 2)
                c = "red_1" if (x + y) % 4 else "ochre_1"
                if i == width - 1 and d == 1 or i == 0 and d == -1:
                    c = "red_2"
                img.px(x, y, c)
        img.hline(cx, cx + 2, 16, "ochre_2")
    img.hline(x0 - 5, x1 + 5, 6, "ink_soft")  # the curtain rod
    img.px(x0 - 5, 5, "ink_soft")
    img.px(x1 + 5, 5, "ink_soft")
    return img


def jar_shelf() -> Img:
    """32 x 32 overlay: two shelves of preserves, oil and spices."""
    img = Img(32, 32)
    rng = random.Random(MAS_SEED + 20)
    for sy in (15, 25):
        img.rect(1, sy, 30, 2, "wood_2")
        img.hline(1, 30, sy, "wood_1")
        img.hline(2, 30, sy + 2, "linen_3")
        img.px(3, sy + 2, "wood_3")
        img.px(3, sy + 3, "wood_3")
        img.px(28, sy + 2, "wood_3")
        img.px(28, sy + 3, "wood_3")
        x = 2
        while x < 28:
            kind = rng.randrange(5)
            c = ["ochre_2", "olive_3", "red_1", "lav_2", "linen_2"][kind]
            h = 4 + rng.randrange(4)
            jw = 3 + rng.randrange(2)
            img.rect(x, sy - h, jw, h, c)
            img.px(x, sy - h + 1, "white")
            img.vline(x + jw - 1, sy - h, sy - 1, shade(c))
            img.hline(x, x + jw - 1, sy - h, "linen_2" if kind != 4 else "red_2")  # lid / cloth
            if h > 5:
                img.px(x + 1, sy - 3, "linen_1")  # label
            x += jw + 1 + rng.randrange(2)
    return img


def copper_pots() -> Img:
    """32 x 32 overlay: an iron rail of copper pans and a ladle."""
    img = Img(32, 32)
    img.hline(1, 30, 9, "ink_soft")
    img.px(1, 8, "ink_soft")
    img.px(30, 8, "ink_soft")
    for hx, kind in ((4, "pan"), (12, "pot"), (20, "ladle"), (25, "pot_small")):
        img.vline(hx, 10, 11, "stone_4")
        if kind == "pan":
            img.vline(hx, 12, 16, "ochre_3")
            img.ellipse(hx + 0.5, 21, 4.5, 4.5, "ochre_3")
            img.ellipse(hx, 20.5, 3.5, 3.5, "ochre_2")
            img.px(hx - 2, 19, "ochre_1")
            img.px(hx - 1, 18, "sunflower")
        elif kind in ("pot", "pot_small"):
            r = 4 if kind == "pot" else 3
            img.vline(hx, 12, 13, "stone_4")
            img.rect(hx - r, 14, 2 * r + 1, r * 2 + 2, "terra_2")
            img.hline(hx - r - 1, hx + r + 1, 14, "ochre_2")
            img.vline(hx - r, 15, 13 + r * 2 + 2, "ochre_2")
            img.vline(hx - r + 1, 15, 13 + r * 2, "ochre_1")
            img.vline(hx + r, 15, 13 + r * 2 + 2, "terra_3")
            img.hline(hx - r, hx + r, 15 + r * 2, "terra_3")
            img.px(hx - r + 1, 16, "sunflower")
        else:
            img.vline(hx, 12, 21, "stone_3")
            img.ellipse(hx + 0.5, 23, 2, 1.6, "stone_3")
            img.px(hx, 22, "stone_1")
    return img


def herbs() -> Img:
    """16 x 32 overlay: bunches of lavender, thyme and a garlic braid hung from the beam."""
    img = Img(T, 32)
    for x, length, kind in ((3, 10, "lav"), (8, 16, "garlic"), (12, 8, "thyme")):
        img.vline(x, 6, 6 + length, "linen_3")
        y = 6 + length
        if kind == "lav":
            for i in range(5):
                img.vline(x - 2 + i, y, y + 6 - abs(i - 2), "olive_3")
                img.px(x - 2 + i, y + 6 - abs(i - 2), "lav_2")
                img.px(x - 2 + i, y + 5 - abs(i - 2), "lav_3")
            img.hline(x - 1, x + 1, y, "red_1")
        elif kind == "thyme":
            img.ellipse(x + 0.5, y + 4, 2.5, 4, "olive_3")
            img.ellipse(x, y + 3.5, 1.5, 3, "olive_2", only_if={"olive_3"})
            img.px(x, y, "red_1")
        else:
            for i in range(3):
                img.ellipse(x + 0.5 + (1 if i % 2 else -1), y - 8 + i * 4, 1.8, 1.8, "linen_1")
                img.px(x + (1 if i % 2 else -1), y - 9 + i * 4, "white")
                img.px(x + 1 + (1 if i % 2 else -1), y - 7 + i * 4, "stone_3")
    return img


def wall_clock() -> Img:
    """16 x 16 for the upper face row: a round kitchen clock just under the beam."""
    img = Img(T, T)
    img.ellipse(8, 11, 5, 5, "wood_3")
    img.ellipse(8, 11, 4, 4, "stone_1")
    img.ellipse(8, 11, 3, 3, "white", only_if={"stone_1"})
    img.vline(8, 8, 11, "ink")
    img.hline(8, 10, 11, "ink_soft")
    for x, y in ((8, 8), (11, 11), (8, 14), (5, 11)):
        img.px(x, y, "stone_4") if img.get(x, y) == "white" else None
    img.px(6, 7, "wood_1")
    return img


def painting() -> Img:
    """32 x 32 overlay: a small framed landscape, vines and lavender under a blue sky."""
    img = Img(32, 32)
    y0 = 9
    img.rect(3, y0, 26, 13, "ochre_2")
    img.hline(3, 28, y0, "ochre_1")
    img.vline(28, y0, y0 + 12, "ochre_3")
    img.hline(3, 28, y0 + 12, "ochre_3")
    img.rect(5, y0 + 2, 22, 9, "sky_2")
    img.rect(5, y0 + 2, 22, 2, "sky_1")
    img.rect(5, y0 + 6, 22, 5, "lav_2")
    for x in range(5, 27):
        img.px(x, y0 + 6 - (1 if 10 < x < 19 else 0), "olive_2")
        if x % 3 == 0:
            img.vline(x, y0 + 8, y0 + 10, "vine_3")
    img.px(20, y0 + 3, "sunflower")
    img.hline(4, 29, y0 + 13, "linen_3")
    img.px(16, y0 - 1, "ink_soft")  # the nail and its string
    img.line(16, y0 - 1, 8, y0, "stone_4")
    img.line(16, y0 - 1, 24, y0, "stone_4")
    return img


def sconce(frame: int) -> Img:
    """16 x 16 for the upper face row: a brass wall lamp with a warm linen shade, just under the beam."""
    img = Img(T, T)
    img.rect(7, 13, 3, 3, "ochre_3")
    img.px(7, 13, "ochre_2")
    img.vline(8, 11, 12, "ochre_3")
    shade_c = ["ochre_1", "sunflower", "ochre_1", "ochre_1"][frame % 4]
    for y in range(6, 11):
        half = 2 + (y - 6) // 2
        img.hline(8 - half, 8 + half, y, shade_c)
        img.px(8 + half, y, "ochre_2")
    img.hline(4, 12, 10, "white" if frame % 2 == 0 else "sunflower")
    img.hline(6, 10, 6, "ochre_2")
    return img


def hearth(frame: int) -> Img:
    """48 x 48: the kitchen hearth: a plaster hood, a mantel shelf, stone jambs, the fire and a pot."""
    rng = random.Random(MAS_SEED + 30)
    img = Img(48, 48)
    # the hood rising to the beam
    for y in range(6, 18):
        inset = max(0, (18 - y) // 2 - 1)
        for x in range(2 + inset, 46 - inset):
            img.px(x, y, "linen_1" if (x + y * 3) % 11 else "linen_2")
        img.px(2 + inset, y, "stone_1")
        img.px(45 - inset, y, "linen_3")
    # mantel shelf with a copper kettle, a candlestick and a jar
    img.rect(0, 17, 48, 3, "wood_2")
    img.hline(0, 47, 17, "wood_1")
    img.hline(0, 47, 19, "wood_4")
    img.rect(6, 12, 5, 5, "ochre_2")
    img.px(6, 12, "ochre_1")
    img.hline(7, 9, 11, "ochre_3")
    img.px(11, 14, "ochre_3")
    img.rect(22, 12, 2, 5, "linen_1")
    img.px(22, 11, "ochre_1")
    img.rect(37, 13, 4, 4, "terra_2")
    img.hline(37, 40, 13, "terra_1")
    # stone jambs and the sooty firebox
    img.rect(3, 20, 7, 28, "stone_2")
    img.rect(38, 20, 7, 28, "stone_3")
    img.vline(3, 20, 46, "stone_1")
    img.vline(44, 20, 46, "stone_4")
    for y in (26, 33, 40):
        img.hline(3, 9, y, "stone_4")
        img.hline(38, 44, y, "stone_4")
    img.rect(10, 20, 28, 24, "ink_soft")
    for _ in range(40):
        x, y = 10 + rng.randrange(28), 20 + rng.randrange(20)
        img.px(x, y, "ink" if rng.random() < 0.6 else "stone_5")
    img.hline(10, 37, 20, "ink")
    # the hearth stone, worn
    img.rect(0, 44, 48, 4, "stone_3")
    img.hline(0, 47, 44, "stone_2")
    img.hline(0, 47, 47, "stone_5")
    # the pot hook (crémaillère) and the black pot
    img.vline(24, 20, 29, "stone_5")
    img.ellipse(24, 33, 6, 4.5, "ink")
    img.ellipse(23, 32, 4.5, 3, "ink_soft", only_if={"ink"})
    img.hline(18, 30, 29, "stone_5")
    img.px(20, 31, "stone_4")
    # logs and the fire
    img.rect(13, 41, 22, 3, "wood_3")
    img.hline(13, 34, 41, "wood_2")
    img.px(13, 42, "ochre_3")
    img.px(34, 42, "ochre_3")
    flames = [
        [(16, 38, 5), (21, 36, 7), (27, 37, 6), (31, 39, 4)],
        [(15, 39, 4), (20, 37, 6), (26, 35, 8), (31, 38, 5)],
        [(16, 37, 6), (22, 38, 5), (27, 36, 7), (32, 39, 3)],
        [(15, 38, 5), (21, 35, 8), (26, 37, 6), (31, 38, 4)],
    ][frame % 4]
    for fx, top, h in flames:
        for y in range(top, 41):
            t = (y - top) / max(h, 1)
            half = 1 if t < 0.35 else 2
            for x in range(fx - half, fx + half + 1):
                c = "ochre_2" if t < 0.3 else ("ochre_1" if t < 0.65 else "sunflower")
                if abs(x - fx) == half and t > 0.3:
                    c = "terra_2"
                img.px(x, y, c)
        img.px(fx, top + h - 1 if top + h - 1 < 41 else 40, "white")
    for x in range(14, 34, 3):  # embers
        img.px(x + frame % 2, 43, "terra_1" if (x + frame) % 2 else "sunflower")
    img.outline("ink", sides="b")
    return img


def sink_window() -> Img:
    """32 x 48: the window over the stone sink (face rows), the sink on the floor row."""
    img = Img(32, 48)
    img.blit(window_overlay(32), 0, 0)
    # a tiled splashback
    img.rect(2, 26, 28, 6, "white")
    for x in range(2, 30, 4):
        img.vline(x, 26, 31, "sky_1")
    img.hline(2, 29, 28, "sky_1")
    # the stone sink
    img.rect(0, 32, 32, 12, "stone_2")
    img.hline(0, 31, 32, "stone_1")
    img.rect(6, 33, 20, 7, "stone_4")
    img.rect(7, 34, 18, 5, "stone_5")
    img.hline(8, 23, 36, "sky_3")
    img.px(10, 35, "sky_2")
    img.hline(6, 25, 33, "stone_3")
    img.rect(14, 27, 2, 6, "ochre_2")  # the brass tap
    img.px(14, 27, "ochre_1")
    img.px(15, 33, "ochre_3")
    img.rect(27, 30, 3, 4, "terra_2")  # a jug
    img.px(27, 30, "terra_1")
    # the skirt curtain under the sink
    for x in range(0, 32):
        for y in range(40, 47):
            img.px(x, y, "red_1" if (x // 2 + y // 2) % 2 else "linen_1")
        img.px(x, 40 + (x % 2), "red_2" if x % 4 == 0 else img.get(x, 40))
    img.hline(0, 31, 44, "ink_soft")
    img.hline(0, 31, 45, "stone_4")
    for y in range(44, 47):
        for x in range(32):
            if (x // 2 + y // 2) % 2:
                img.px(x, y, "red_2")
    img.outline("ink", sides="b")
    img.hline(1, 31, 47, "ink")
    return img


def wine_rack() -> Img:
    """32 x 48: a tall oak rack of bottles against the wall."""
    img = Img(32, 48)
    img.rect(1, 6, 30, 41, "wood_3")
    img.rect(3, 8, 26, 37, "ink")
    img.hline(1, 30, 6, "wood_1")
    img.vline(1, 6, 46, "wood_2")
    img.vline(30, 6, 46, "wood_4")
    colors = ["vine_4", "grape_3", "cypress_3", "vine_4", "grape_2", "ink_soft"]
    for row in range(9):
        for col in range(6):
            bx, by = 3 + col * 4 + (2 if row % 2 else 0), 8 + row * 4
            if bx > 26:
                continue
            c = colors[(row * 5 + col * 3) % len(colors)]
            if (row, col) in ((2, 4), (5, 1), (7, 3)):
                continue  # a few empty places
            img.rect(bx, by, 3, 3, c)
            img.px(bx + 1, by + 1, "ink")
            img.px(bx, by, "stone_3" if c != "grape_2" else "red_1")
    for y in range(8, 45, 4):
        img.hline(3, 28, y + 3, "wood_4")
    img.rect(1, 44, 30, 3, "wood_2")
    img.hline(1, 30, 44, "wood_1")
    img.hline(2, 31, 47, "ink_soft")
    # a chalk label on the top rail
    img.hline(10, 20, 7, "linen_2")
    return img


def larder() -> Img:
    """32 x 48: the garde-manger: a cool cupboard with wire-mesh doors; one stands open on the cheese."""
    img = Img(32, 48)
    img.rect(1, 4, 30, 43, "wood_2")
    img.rect(0, 3, 32, 3, "wood_1")  # cornice
    img.hline(0, 31, 5, "wood_3")
    img.vline(1, 6, 46, "wood_1")
    img.vline(30, 6, 46, "wood_4")
    # the right door closed: fine mesh
    img.rect(17, 8, 11, 26, "ink_soft")
    for y in range(8, 34):
        for x in range(17, 28):
            if (x + y) % 2 == 0:
                img.px(x, y, "stone_5")
    img.rect(16, 7, 13, 1, "wood_1")
    img.vline(16, 7, 35, "wood_1")
    img.vline(28, 7, 35, "wood_3")
    img.hline(16, 28, 35, "wood_3")
    img.px(18, 21, "ochre_2")
    # the left door open: inside, shelves with cheese, a jug of milk, eggs
    img.rect(3, 7, 12, 29, "wood_4")
    img.hline(3, 14, 19, "wood_2")
    img.hline(3, 14, 29, "wood_2")
    img.ellipse(8.5, 16, 5, 3, "ochre_2")  # a wheel of cheese
    img.ellipse(8, 15.5, 4.5, 2.2, "sunflower", only_if={"ochre_2"})
    img.rect(8, 14, 4, 3, "linen_1")  # the cut
    img.px(8, 14, "white")
    img.px(4, 15, "ochre_1")
    img.rect(4, 24, 3, 5, "white")  # milk jug
    img.px(6, 25, "linen_2")
    for ex in (9, 11, 13):
        img.px(ex, 28, "linen_1")
        img.px(ex, 27, "white")
    img.rect(0, 6, 2, 30, "wood_1")  # the open door's edge
    img.vline(0, 6, 35, "wood_3")
    # drawers below
    img.rect(3, 37, 26, 8, "wood_2")
    img.hline(3, 28, 37, "wood_1")
    img.vline(15, 37, 44, "wood_4")
    img.px(9, 40, "ochre_2")
    img.px(22, 40, "ochre_2")
    img.hline(1, 30, 45, "wood_4")
    img.hline(2, 31, 47, "ink_soft")
    img.hline(1, 30, 46, "wood_3")
    return img


def dresser() -> Img:
    """48 x 48: the vaisselier: a plate rack over the face, the buffet on the floor row."""
    img = Img(48, 48)
    img.rect(2, 6, 44, 26, "wood_2")
    img.rect(1, 5, 46, 2, "wood_1")
    img.rect(4, 8, 40, 24, "wood_4")
    for sy in (17, 27):
        img.hline(4, 43, sy, "wood_1")
        img.hline(4, 43, sy + 1, "wood_3")
    for i, px in enumerate(range(6, 42, 7)):  # plates standing on the shelves
        for sy in (16, 26):
            img.ellipse(px + 3, sy - 4, 3, 4, "stone_1")
            img.ellipse(px + 3, sy - 4, 2, 3, "white", only_if={"stone_1"})
            img.px(px + 3, sy - 4, "blue_1" if (i + sy) % 2 else "ochre_2")
            img.px(px + 1, sy - 6, "blue_2" if (i + sy) % 2 else "terra_2")
    img.vline(2, 6, 31, "wood_1")
    img.vline(45, 6, 31, "wood_3")
    # the buffet
    img.rect(0, 30, 48, 3, "wood_1")
    img.hline(0, 47, 30, "ochre_1")
    img.rect(1, 33, 46, 12, "wood_2")
    for x in (1, 16, 31):
        img.rect(x + 2, 35, 11, 8, "wood_1")
        img.rect(x + 3, 36, 9, 6, "wood_2")
        img.px(x + 7, 39, "ochre_2")
    img.hline(1, 46, 45, "wood_4")
    img.hline(2, 47, 46, "ink_soft")
    img.hline(2, 47, 47, "ink_soft")
    return img


def worktable() -> Img:
    """64 x 32: the long kitchen table, scrubbed pale: the bread board, a knife, olives, garlic."""
    img = Img(64, 32)
    img.rect(1, 3, 62, 17, "wood_1")
    img.hline(1, 62, 3, "ochre_1")
    for y in (7, 12, 16):
        img.hline(1, 62, y, "wood_2")
    for x, y in ((9, 5), (30, 9), (50, 14), (20, 18), (41, 5)):
        img.hline(x, x + 3, y, "wood_2")
    img.rect(1, 20, 62, 3, "wood_2")
    img.hline(1, 62, 22, "wood_3")
    for x in (3, 58):
        img.rect(x, 23, 3, 7, "wood_3")
        img.vline(x, 23, 29, "wood_2")
    img.hline(2, 63, 30, "ink_soft")
    img.outline("ink", sides="rb")
    # the bread board and a round country loaf (the first tile)
    img.rect(2, 7, 13, 10, "wood_2")
    img.hline(2, 14, 7, "wood_1")
    img.hline(2, 14, 16, "wood_3")
    img.ellipse(8, 10.5, 5, 4, "ochre_3")
    img.ellipse(7.5, 10, 4.2, 3.3, "ochre_2", only_if={"ochre_3"})
    img.ellipse(7, 9.5, 2.5, 1.8, "ochre_1", only_if={"ochre_2"})
    img.line(5, 9, 10, 12, "ochre_3")
    img.line(10, 8, 6, 12, "ochre_3")
    img.px(13, 14, "linen_1")  # crumbs and a heel
    img.px(12, 15, "ochre_1")
    img.hline(14, 18, 13, "stone_2")  # the knife
    img.hline(19, 21, 13, "wood_3")
    # a bowl of olives, garlic, a mortar
    img.ellipse(28, 10, 4, 3, "linen_2")
    img.ellipse(28, 10, 3, 2, "olive_3", only_if={"linen_2"})
    img.px(27, 9, "olive_1")
    img.px(29, 10, "ink_soft")
    for gx, gy in ((36, 13), (39, 14)):
        img.rect(gx, gy, 2, 2, "white")
        img.px(gx + 1, gy - 1, "linen_2")
    img.ellipse(50, 9, 4, 3.5, "stone_3")
    img.ellipse(50, 8.5, 2.5, 2, "stone_4", only_if={"stone_3"})
    img.vline(52, 5, 8, "wood_3")
    img.rect(43, 15, 6, 2, "linen_1")  # a folded cloth
    img.hline(43, 48, 16, "red_1")
    return img


def tomato_basket(full: bool = True) -> Img:
    """The wicker basket of tomatoes; `full` False: emptied (tiles_props.py: once he has taken them)."""
    img = Img(T, T)
    img.hline(3, 15, 15, "ink_soft")
    img.rect(2, 8, 12, 7, "ochre_3")
    for y in range(8, 15):
        for x in range(2, 14):
            if (x + y) % 3 == 0:
                img.px(x, y, "ochre_2")
            elif (x - y) % 5 == 0:
                img.px(x, y, "ochre_4")
    img.hline(1, 14, 7, "ochre_2")
    img.hline(1, 14, 8, "ochre_4")
    if not full:
        img.rect(3, 8, 10, 2, "ochre_4")  # its empty inside
    for cx, cy in ((4, 6), (8, 5), (12, 6), (6, 4), (10, 3)) if full else ():
        img.ellipse(cx + 0.5, cy + 0.5, 2.3, 2.1, "tomato_dark")
        img.ellipse(cx, cy, 1.8, 1.6, "tomato", only_if={"tomato_dark"})
        img.px(cx - 1, cy - 1, "white")
        img.px(cx, cy - 2, "green_1")
    img.line(3, 7, 7, 1, "ochre_4")  # the handle
    img.line(7, 1, 12, 6, "ochre_4")
    img.outline("ink", sides="rb")
    return img


def dining_table(frame: int, laid: bool = True) -> Img:
    """80 x 32: the long table under a linen cloth, two candlesticks, a carafe and lavender.

    `laid` False: the cloth bare but for its candles, for the dishes the story sets on it
    (tiles_props.py)."""
    img = Img(80, 32)
    img.rect(1, 4, 78, 16, "linen_1")
    img.hline(1, 78, 4, "white")
    for x in range(8, 78, 12):
        img.vline(x, 5, 19, "linen_2")  # the cloth's folds
    img.rect(1, 20, 78, 5, "linen_2")  # the hem hanging in front
    for x in range(1, 79):
        if x % 3 == 0:
            img.px(x, 24, "white")
        img.px(x, 25, "linen_3" if x % 2 else "linen_2")
    img.hline(1, 78, 20, "linen_1")
    for x in (4, 73):
        img.rect(x, 26, 3, 5, "wood_3")
        img.vline(x, 26, 30, "wood_2")
    img.hline(2, 79, 31, "ink_soft")
    img.outline("ink_soft", sides="rb")
    # a blue runner down the middle
    img.rect(1, 10, 78, 4, "blue_1")
    img.hline(1, 78, 10, "sky_2")
    img.hline(1, 78, 13, "blue_2")
    for x in range(3, 78, 4):
        img.px(x, 11, "white")
    # a jug of lavender in the middle, a carafe of water, bread basket
    if laid:
        img.rect(38, 6, 4, 6, "terra_2")
        img.px(38, 6, "terra_1")
        for i, x in enumerate(range(36, 45)):
            img.vline(x, 1 + abs(x - 40) // 2, 6, "olive_3")
            img.px(x, abs(x - 40) // 2, "lav_2" if i % 2 else "lav_1")
        img.rect(52, 5, 3, 6, "sky_1")
        img.px(52, 5, "white")
        img.px(53, 4, "sky_2")
        img.rect(22, 13, 7, 4, "ochre_3")
        img.hline(22, 28, 13, "ochre_2")
        img.rect(23, 12, 5, 2, "ochre_1")
    # candlesticks (brass), flames animated
    for cx in (16, 62):
        img.rect(cx - 1, 12, 3, 2, "ochre_2")
        img.px(cx - 1, 12, "ochre_1")
        img.vline(cx, 6, 11, "white")
        img.px(cx, 5, "ink_soft")
        fl = [((0, 3, "sunflower"), (0, 4, "white")), ((0, 2, "ochre_1"), (0, 3, "sunflower"), (0, 4, "white")),
              ((1, 3, "sunflower"), (0, 4, "white")), ((-1, 3, "ochre_1"), (0, 4, "white"))][(frame + cx) % 4]
        for dx, y, c in fl:
            img.px(cx + dx, y, c)
    return img


def chair(facing: str) -> Img:
    """A Provençal straw-seated chair; facing = the way the sitter looks (s, n, e, w)."""
    img = Img(T, T)
    if facing in ("s", "n"):
        seat_y = 6 if facing == "s" else 3
        img.rect(3, seat_y, 10, 6, "ochre_1")
        for y in range(seat_y, seat_y + 6):
            for x in range(3, 13):
                if (x + y) % 3 == 0:
                    img.px(x, y, "ochre_2")
        img.hline(3, 12, seat_y + 5, "ochre_3")
        img.vline(3, seat_y, seat_y + 5, "wood_2")
        img.vline(12, seat_y, seat_y + 5, "wood_3")
        if facing == "s":  # back rail at the top, legs below
            for y in (1, 3):
                img.hline(3, 12, y, "wood_2")
            img.vline(3, 0, 5, "wood_2")
            img.vline(12, 0, 5, "wood_3")
            img.hline(3, 12, 1, "wood_1")
            for x in (3, 12):
                img.vline(x, 12, 14, "wood_3")
        else:  # seen from behind: the back rails cover the seat's front
            for x in (3, 12):
                img.vline(x, 9, 14, "wood_3")
            img.rect(3, 9, 10, 4, None)
            for y in (9, 11):
                img.hline(3, 12, y, "wood_2")
            img.hline(3, 12, 9, "wood_1")
            img.vline(3, 9, 14, "wood_2")
            img.vline(12, 9, 14, "wood_3")
        img.hline(4, 14, 15, "ink_soft")
    else:
        img.rect(4, 8, 9, 3, "ochre_1")
        img.hline(4, 12, 10, "ochre_3")
        img.rect(3, 1, 2, 10, "wood_2")
        img.vline(3, 1, 10, "wood_1")
        for y in (3, 6):
            img.px(4, y, "wood_3")
        for x in (4, 11):
            img.vline(x, 11, 14, "wood_3")
        img.hline(5, 13, 15, "ink_soft")
        if facing == "w":
            img = img.flip_x()
    img.outline("ink", sides="rb")
    return img


def armchair(facing: str) -> Img:
    """An old armchair with a faded red cushion, seen from the side-top; facing e or w."""
    img = Img(T, T)
    img.ellipse(4.5, 8, 3, 6.5, "wood_3")  # the rounded back
    img.ellipse(4.5, 8, 2, 5.5, "red_2", only_if={"wood_3"})
    img.vline(3, 4, 11, "red_1")
    img.rect(5, 5, 9, 9, "red_2")  # the seat
    img.rect(6, 6, 7, 6, "red_1")
    img.hline(6, 12, 6, "terra_1")
    img.px(7, 7, "terra_1")
    img.rect(5, 3, 9, 2, "wood_2")  # the arms, the near one lit
    img.hline(5, 13, 3, "wood_1")
    img.rect(5, 12, 9, 2, "wood_2")
    img.hline(5, 13, 12, "wood_1")
    img.vline(13, 3, 13, "wood_3")
    img.px(5, 14, "wood_3")
    img.px(12, 14, "wood_3")
    img.hline(4, 15, 15, "ink_soft")
    img.outline("ink", sides="rb")
    return img if facing == "e" else img.flip_x()


def radio_shelf() -> Img:
    """32 x 32 overlay: a shelf with an old valve radio and books."""
    img = Img(32, 32)
    img.rect(1, 22, 30, 2, "wood_2")
    img.hline(1, 30, 22, "wood_1")
    img.hline(2, 30, 24, "linen_3")
    for x in (4, 27):
        img.vline(x, 24, 26, "wood_3")
    # the radio: a rounded walnut cabinet, a cloth grille, a glowing dial
    img.rect(3, 10, 16, 12, "wood_3")
    img.rect(4, 9, 14, 1, "wood_3")
    img.hline(4, 17, 9, "wood_2")
    img.px(3, 10, None)
    img.px(18, 10, None)
    img.rect(5, 11, 7, 8, "ochre_3")
    for y in range(11, 19):
        for x in range(5, 12):
            if (x + y) % 2:
                img.px(x, y, "ochre_4")
    img.rect(13, 12, 4, 3, "sunflower")
    img.px(14, 13, "terra_3")
    img.px(13, 12, "white")
    img.rect(13, 17, 2, 2, "ochre_2")
    img.rect(16, 17, 2, 2, "ochre_2")
    img.vline(18, 10, 21, "wood_4")
    img.hline(3, 18, 21, "wood_4")
    # books leaning
    x = 21
    for c, h in (("red_2", 9), ("navy_2", 10), ("green_2", 8), ("ochre_3", 9)):
        img.rect(x, 22 - h, 2, h, c)
        img.px(x, 22 - h, shade(c, 1, LIGHTER) if c in LIGHTER else "linen_2")
        img.px(x, 22 - h + 3, "ochre_1")
        x += 2
    return img


def bookcase() -> Img:
    """32 x 48: a bookcase over the face and the floor row."""
    rng = random.Random(MAS_SEED + 40)
    img = Img(32, 48)
    img.rect(1, 6, 30, 41, "wood_3")
    img.rect(3, 8, 26, 37, "wood_4")
    img.hline(1, 30, 6, "wood_2")
    for sy in (18, 30, 42):
        img.rect(3, sy, 26, 2, "wood_2")
        img.hline(3, 28, sy, "wood_1")
        x = 3
        while x < 27:
            h = 7 + rng.randrange(3)
            c = ["red_2", "navy_2", "green_2", "ochre_3", "linen_2", "terra_3", "wood_1"][rng.randrange(7)]
            bw = 1 + rng.randrange(2)
            if rng.random() < 0.12:
                x += 2
                continue
            img.rect(x, sy - h, bw, h, c)
            img.px(x, sy - h, shade(c, 1, LIGHTER) if c in LIGHTER else "white")
            if h > 7:
                img.px(x, sy - h + 2, "ochre_1")
            x += bw
    img.vline(1, 6, 46, "wood_2")
    img.vline(30, 6, 46, "wood_4")
    img.hline(2, 31, 47, "ink_soft")
    return img


def floor_lamp(frame: int) -> Img:
    """16 x 32: a standing lamp with a pleated linen shade (the shade in the top tile)."""
    img = Img(T, 32)
    img.vline(8, 12, 29, "ochre_3")
    img.vline(7, 12, 29, "ochre_2")
    img.ellipse(8, 30, 4, 1.5, "ochre_3")
    img.hline(5, 12, 31, "ink_soft")
    shade_c = "ochre_1" if frame % 2 == 0 else "sunflower"
    for y in range(3, 12):
        half = 3 + (y - 3) // 3
        img.hline(8 - half, 8 + half, y, shade_c)
        img.px(8 + half, y, "ochre_2")
        if y % 2 == 0:
            img.px(8 - half + 2, y, "linen_1")
    img.hline(3, 13, 11, "white" if frame % 2 == 0 else "ochre_1")
    img.hline(6, 10, 2, "ochre_2")
    return img


def side_table() -> Img:
    img = Img(T, T)
    img.ellipse(8, 7, 6, 3.5, "wood_2")
    img.ellipse(7.5, 6.5, 5, 2.5, "wood_1", only_if={"wood_2"})
    img.vline(8, 10, 14, "wood_3")
    img.hline(5, 11, 14, "wood_3")
    img.hline(6, 13, 15, "ink_soft")
    img.rect(4, 5, 4, 2, "linen_1")  # the evening paper
    img.hline(4, 7, 5, "stone_3")
    img.rect(9, 4, 2, 3, "grape_2")  # a glass
    img.px(9, 4, "white")
    img.outline("ink", sides="rb")
    return img


def console() -> Img:
    """32 x 16: the entry console: a bowl of keys, a straw hat."""
    img = Img(32, T)
    img.rect(1, 3, 30, 6, "wood_2")
    img.hline(1, 30, 3, "wood_1")
    img.rect(1, 9, 30, 2, "wood_3")
    for x in (2, 28):
        img.vline(x, 11, 14, "wood_3")
        img.vline(x + 1, 11, 14, "wood_4")
    img.hline(3, 31, 15, "ink_soft")
    img.ellipse(8, 6, 4, 2, "blue_1")
    img.ellipse(8, 5.5, 2.5, 1, "blue_2", only_if={"blue_1"})
    img.px(8, 5, "ochre_2")
    img.ellipse(21, 6, 6, 3, "ochre_1")  # the straw hat
    img.ellipse(21, 5.5, 3, 1.8, "ochre_2", only_if={"ochre_1"})
    img.hline(18, 24, 6, "navy_2")
    img.outline("ink", sides="rb")
    return img


def coat_hooks() -> Img:
    """32 x 32 overlay: a row of pegs with a linen jacket and a basket."""
    img = Img(32, 32)
    img.rect(1, 10, 30, 2, "wood_2")
    img.hline(1, 30, 10, "wood_1")
    for x in (5, 13, 21, 27):
        img.px(x, 12, "wood_3")
        img.px(x, 13, "wood_4")
    # the jacket
    img.rect(2, 13, 8, 12, "linen_2")
    img.vline(2, 13, 24, "linen_1")
    img.vline(9, 14, 24, "linen_3")
    img.vline(6, 14, 24, "linen_3")
    img.px(5, 17, "stone_4")
    img.px(5, 20, "stone_4")
    img.rect(4, 13, 3, 1, "linen_3")
    # a basket
    img.rect(17, 16, 8, 7, "ochre_3")
    for y in range(16, 23):
        for x in range(17, 25):
            if (x + y) % 2:
                img.px(x, y, "ochre_2")
    img.line(17, 16, 21, 13, "ochre_4")
    img.line(21, 13, 24, 16, "ochre_4")
    # a cap
    img.ellipse(27.5, 16, 2.5, 2, "navy_2")
    img.px(26, 15, "navy_1")
    return img


def doormat() -> Img:
    img = Img(T, T)
    img.rect(1, 3, 14, 11, "ochre_3")
    img.rect(2, 4, 12, 9, "ochre_2")
    for y in range(4, 13):
        for x in range(2, 14):
            if (x + 2 * y) % 4 == 0:
                img.px(x, y, "ochre_3")
    img.hline(1, 14, 13, "ochre_4")
    return img


def potted_plant() -> Img:
    """16 x 32: a lemon tree in a terracotta pot (the crown in the top tile)."""
    rng = random.Random(MAS_SEED + 50)
    img = Img(T, 32)
    img.rect(4, 23, 8, 7, "terra_2")
    img.rect(3, 22, 10, 2, "terra_1")
    img.vline(11, 24, 29, "terra_3")
    img.hline(4, 11, 29, "terra_3")
    img.hline(5, 13, 30, "ink_soft")
    img.vline(8, 14, 21, "wood_3")
    for _ in range(7):
        cx, cy = 3 + rng.random() * 10, 4 + rng.random() * 10
        img.ellipse(cx, cy, 3, 2.6, "green_2")
    for _ in range(12):
        x, y = rng.randrange(2, 14), rng.randrange(2, 15)
        if img.get(x, y) == "green_2":
            img.px(x, y, "green_1")
    for x, y in ((5, 7), (10, 10), (8, 4), (4, 12)):
        img.px(x, y, "sunflower")
        img.px(x + 1, y, "ochre_1")
    img.outline("olive_4", sides="rb")
    return img


def stairs() -> Img:
    """48 x 48: the stair to the bedrooms, rising west along the north face, with a banister."""
    img = Img(48, 48)
    for i in range(6):
        x0 = 2 + i * 7
        top = 40 - i * 6
        img.rect(x0, top, 8, 48 - top - 2, "wood_2")
        img.hline(x0, x0 + 7, top, "wood_1")
        img.hline(x0, x0 + 7, top + 1, "ochre_1" if i % 2 else "wood_1")
        img.vline(x0 + 7, top, 45, "wood_3")
    img.rect(0, 44, 48, 2, "wood_3")
    img.hline(0, 47, 46, "ink_soft")
    img.hline(0, 47, 47, "ink_soft")
    # banister
    img.line(2, 30, 44, 2, "wood_3")
    img.line(2, 31, 44, 3, "wood_4")
    for i in range(6):
        x = 5 + i * 7
        y = int(30 - (x - 2) * 28 / 42)
        img.vline(x, y + 1, 46 - i * 6 - 4, "wood_3")
    img.rect(1, 28, 3, 16, "wood_3")
    img.vline(1, 28, 43, "wood_2")
    return img


def floor_shadow(base: Img, north: bool, west: bool) -> Img:
    """A floor tile in the shade of the wall to its north (and/or west)."""
    out = base.copy()
    for y in range(T):
        for x in range(T):
            d = min(y if north else 99, x if west else 99)
            if d < 2 or (d < 4 and (x + y) % 2 == 0):
                out.d[y][x] = shade(out.d[y][x])
    return out


TOMETTE_CENTRES = [(4 + 8 * c + 4 * (r % 2), 4 + 8 * r) for r in range(2) for c in range(2)]


def tomette_hex(variant: int) -> Img:
    """Hand-made hexagonal terracotta tomettes: the cells of a hexagonal lattice that repeats every 16 px
    (so the floor has no seams), thin dark joints, a lit upper lip, a few cells of another firing."""
    img = Img(T, T)
    rng = random.Random(MAS_SEED + 60 + variant)
    tones = ["terra_2"] * 4
    if variant == 1:
        tones[1] = "terra_1"
    if variant == 3:
        tones[2] = "terra_3"

    def nearest(x, y):
        best = []
        for i, (cx, cy) in enumerate(TOMETTE_CENTRES):
            for ox in (-T, 0, T):
                for oy in (-T, 0, T):
                    dx, dy = x + 0.5 - (cx + ox), (y + 0.5 - (cy + oy)) * 1.15
                    best.append((dx * dx + dy * dy, i))
        best.sort()
        return best[0], best[1]

    cell = [[0] * T for _ in range(T)]
    edge = [[False] * T for _ in range(T)]
    for y in range(T):
        for x in range(T):
            cell[y][x] = nearest(x, y)[0][1]
    for y in range(T):
        for x in range(T):
            edge[y][x] = cell[y][x] != cell[y][(x + 1) % T] or cell[y][x] != cell[(y + 1) % T][x]
    for y in range(T):
        for x in range(T):
            i = cell[y][x]
            if edge[y][x]:
                c = "terra_3"
            else:
                c = tones[i]
                up = cell[(y - 1) % T][x] != i or edge[(y - 1) % T][x]
                down = cell[(y + 1) % T][x] != i or edge[(y + 1) % T][x]
                if up and c == "terra_2":
                    c = "terra_1"
                elif down and (x + y) % 2 == 0:
                    c = shade(c) if c != "terra_3" else "terra_4"
            img.px(x, y, c)
    for _ in range(4):  # wear and a little wax shine
        x, y = rng.randrange(T), rng.randrange(T)
        if img.get(x, y) == "terra_2":
            img.px(x, y, "ochre_3" if rng.random() < 0.6 else "terra_1")
    return img


def oak(variant: int) -> Img:
    """Honey oak boards running east-west, four to a tile, their ends staggered; waxed, calm."""
    rng = random.Random(MAS_SEED + 70 + variant)
    img = Img(T, T, "wood_1")
    for row in range(4):
        y0 = row * 4
        img.hline(0, T - 1, y0 + 3, "wood_2")
        gx = rng.randrange(T)  # a streak of grain along the board
        img.hline(gx, min(gx + 2 + rng.randrange(4), T - 1), y0 + 1, "wood_2")
        if rng.random() < 0.6:
            x = rng.randrange(T)
            img.vline(x, y0, y0 + 2, "wood_2")
    return img


def limestone(variant: int) -> Img:
    """Warm pale limestone slabs for the entry, laid in offset rows; a few worn and stained."""
    rng = random.Random(MAS_SEED + 80 + variant)
    img = Img(T, T, "stone_2")
    img.hline(0, T - 1, 0, "stone_3")
    seam = 0 if variant % 2 == 0 else 8
    img.vline(seam, 0, T - 1, "stone_3")
    for y in range(T):
        for x in range(T):
            if img.get(x, y) == "stone_2" and (img.get(x - 1, y) == "stone_3" or img.get(x, y - 1) == "stone_3"):
                img.px(x, y, "stone_1")
    for _ in range(6 + 3 * (variant // 2)):
        x, y = rng.randrange(T), rng.randrange(T)
        if img.get(x, y) == "stone_2":
            img.px(x, y, ["stone_3", "stone_1", "linen_2"][rng.randrange(3)])
    return img


def face_edge(east: bool) -> Img:
    """Overlay: the shaded jamb where a wall face ends at an opening or a side wall."""
    img = Img(T, 32)
    x, x2 = (T - 1, T - 2) if east else (0, 1)
    img.vline(x, 0, 31, "stone_4" if east else "stone_3")
    img.vline(x2, 6, 25, "linen_3" if east else "white")
    return img


def add_mas(sheet: Sheet) -> None:
    """Append the mas interior tiles (after the cellar's: their ids must never move)."""
    for v in range(4):
        sheet.add(f"tomette_{v}", tomette_hex(v))
        sheet.add(f"oak_{v}", oak(v))
        sheet.add(f"lime_{v}", limestone(v))
    for prefix, fn in (("tomette", tomette_hex), ("oak", oak), ("lime", limestone)):
        for p in range(2):  # p: the row's parity (limestone rows are offset)
            sheet.add(f"{prefix}_shn{p}", floor_shadow(fn(p), True, False))
            sheet.add(f"{prefix}_shw{p}", floor_shadow(fn(p + 2), False, True))
            sheet.add(f"{prefix}_shnw{p}", floor_shadow(fn(p), True, True))
    sheet.add_grid("mface", mas_face(), collide=lambda c, r: True)
    for bits in range(16):
        n, e, s, w = bool(bits & 1), bool(bits & 2), bool(bits & 4), bool(bits & 8)
        key = ("n" if n else "") + ("e" if e else "") + ("s" if s else "") + ("w" if w else "")
        sheet.add(f"mcap_{key or 'o'}", mas_cap(n, e, s, w), collides=True)
    sheet.add("mcap_win_n", cap_window("n"), collides=True)
    sheet.add("mcap_win_e", cap_window("e"), collides=True)
    sheet.add("mcap_win_w", cap_window("w"), collides=True)
    sheet.add("front_door", front_door(), collides=True)
    sheet.add_grid("face_end_w", face_edge(False))
    sheet.add_grid("face_end_e", face_edge(True))
    # on the walls
    sheet.add_grid("window", window_overlay(32))
    sheet.add_grid("jars", jar_shelf())
    sheet.add_grid("copper", copper_pots())
    sheet.add_grid("herbs", herbs())
    sheet.add("clock", wall_clock())
    sheet.add_grid("painting", painting())
    sconces = [sconce(f) for f in range(4)]
    for f, img in enumerate(sconces):
        sheet.add(f"sconce_f{f}", img)
    sheet.animate("sconce_f0", [f"sconce_f{f}" for f in range(4)], [900, 160, 700, 240])
    sheet.add_grid("radio", radio_shelf())
    sheet.add_grid("hooks", coat_hooks())
    # against the walls: drawn over the face, standing on the floor row
    hearths = [hearth(f) for f in range(4)]
    sheet.add_grid("hearth", hearths[0], collide=lambda c, r: r == 2)
    for f in range(1, 4):
        for c in range(3):
            for r in (1, 2):
                sheet.add(f"hearth_{c}_{r}_f{f}", hearths[f].sub(c * T, r * T, T, T), collides=r == 2)
    for c in range(3):
        for r in (1, 2):
            sheet.animate(f"hearth_{c}_{r}", [f"hearth_{c}_{r}"] + [f"hearth_{c}_{r}_f{f}" for f in range(1, 4)],
                          [150, 130, 170, 140])
    sheet.add_grid("sink", sink_window(), collide=lambda c, r: r == 2)
    sheet.add_grid("winerack", wine_rack(), collide=lambda c, r: r == 2)
    sheet.add_grid("larder", larder(), collide=lambda c, r: r == 2)
    sheet.add_grid("dresser", dresser(), collide=lambda c, r: r == 2)
    sheet.add_grid("bookcase", bookcase(), collide=lambda c, r: r == 2)
    sheet.add_grid("stairs", stairs(), collide=lambda c, r: True)
    # furniture in the rooms
    sheet.add_grid("worktable", worktable(), collide=lambda c, r: True)
    sheet.add("tomatoes", tomato_basket(), collides=True)
    tables = [dining_table(f) for f in range(4)]
    sheet.add_grid("dtable", tables[0], collide=lambda c, r: True)
    for f in range(1, 4):
        for c in (0, 1, 3, 4):
            sheet.add(f"dtable_{c}_0_f{f}", tables[f].sub(c * T, 0, T, T), collides=True)
    for c in (0, 1, 3, 4):
        sheet.animate(f"dtable_{c}_0", [f"dtable_{c}_0"] + [f"dtable_{c}_0_f{f}" for f in range(1, 4)],
                      [220, 170, 250, 190])
    for facing in ("s", "n", "e", "w"):
        sheet.add(f"chair_{facing}", chair(facing), collides=True)
    sheet.add("armchair_e", armchair("e"), collides=True)
    sheet.add("armchair_w", armchair("w"), collides=True)
    lamps = [floor_lamp(f) for f in range(2)]
    sheet.add_grid("lamp", lamps[0], collide=lambda c, r: r == 1)
    sheet.add("lamp_0_0_f1", lamps[1].sub(0, 0, T, T))
    sheet.animate("lamp_0_0", ["lamp_0_0", "lamp_0_0_f1"], [1400, 120])
    sheet.add("side_table", side_table(), collides=True)
    sheet.add_grid("console", console(), collide=lambda c, r: True)
    sheet.add("doormat", doormat())
    sheet.add_grid("plant", potted_plant(), collide=lambda c, r: r == 1)
    sheet.add_grid("rugbig", rug_big())
    sheet.add_grid("runner", runner())
    sheet.add("logs", log_basket(), collides=True)
    sheet.add_grid("chest", chest(), collide=lambda c, r: True)


# ------------------------------------------------------------------ the sheet

def build() -> Sheet:
    sheet = Sheet("interior")
    for v in range(6):
        sheet.add(f"flag_{v}", flagstones(v))
    for v in range(2):
        sheet.add(f"planks_{v}", planks(v))
    for v in range(2):
        sheet.add(f"tomettes_{v}", tomettes(v))
    sheet.add("void", void(), collides=True)
    sheet.add("side_w", side_wall(east=False), collides=True)
    sheet.add("side_e", side_wall(east=True), collides=True)
    sheet.add("wall_s", south_wall(), collides=True)
    sheet.add("corner_sw", corner_cap(east=False), collides=True)
    sheet.add("corner_se", corner_cap(east=True), collides=True)
    # vaulted bays of the north wall (3 x 3 each); the stairs' lowest middle tile is the way out
    for kind in ("plain", "rack"):
        sheet.add_grid(f"bay_{kind}", bay(kind), collide=lambda c, r: True)
    niche = [bay("niche", f) for f in range(4)]
    sheet.add_grid("bay_niche", niche[0], collide=lambda c, r: True)
    for f in range(1, 4):
        sheet.add(f"bay_niche_1_1_f{f}", niche[f].sub(T, T, T, T))
        sheet.add(f"bay_niche_1_2_f{f}", niche[f].sub(T, 2 * T, T, T))
    for part in ("1_1", "1_2"):
        sheet.animate(f"bay_niche_{part}", [f"bay_niche_{part}"] + [f"bay_niche_{part}_f{f}" for f in range(1, 4)],
                      [180, 140, 210, 160])
    sheet.add_grid("bay_stairs", bay("stairs"), collide=lambda c, r: not (c == 1 and r == 2))
    # a single wall column between bays
    plain = bay("plain")
    col = Img(T, 48)
    for y in range(48):
        for x in range(T):
            col.px(x, y, plain.get(x + 16, y + (0 if y < 20 else 0)))
    stone_blocks(col, 0, 14, T, 32, random.Random(SEED + 9), "stone_4")
    col.vline(0, 14, 45, "stone_5")
    col.vline(15, 14, 45, "ink_soft")
    sheet.add_grid("wallcol", col, collide=lambda c, r: True)
    sheet.add_grid("plaster", plaster_wall(), collide=lambda c, r: True)

    # furniture
    sheet.add_grid("casks", barrel_rack(), collide=lambda c, r: True)
    sheet.add("barrel", barrel(), collides=True)
    tables = [table(f) for f in range(4)]
    sheet.add_grid("table", tables[0], collide=lambda c, r: True)
    for f in range(1, 4):
        sheet.add(f"table_1_0_f{f}", tables[f].sub(T, 0, T, T))
    sheet.animate("table_1_0", ["table_1_0"] + [f"table_1_0_f{f}" for f in range(1, 4)], [160, 200, 140, 220])
    sheet.add("stool", stool(), collides=True)
    stands = [candelabra(f) for f in range(4)]
    sheet.add_grid("candelabra", stands[0], collide=lambda c, r: r == 1)
    for f in range(1, 4):
        sheet.add(f"candelabra_0_0_f{f}", stands[f].sub(0, 0, T, T))
    sheet.animate("candelabra_0_0", ["candelabra_0_0"] + [f"candelabra_0_0_f{f}" for f in range(1, 4)],
                  [200, 150, 180, 170])
    sheet.add("crate", crate(False), collides=True)
    sheet.add("crate_dusty", crate(True), collides=True)
    sheet.add_grid("shelf", shelf(), collide=lambda c, r: True)
    sheet.add("cobweb_w", cobweb(False))
    sheet.add("cobweb_e", cobweb(True))
    sheet.add_grid("rug", rug())

    # candlelight pools on the flagstones
    for corners in CORNER_SETS:
        if corners == (0, 0, 0, 0):
            continue
        sheet.add(f"lit_{corner_key(corners)}", lit(flagstones(sum(corners) + corners[0]), corners))
    for v in range(6):
        sheet.add(f"lit_full_{v}", lit(flagstones(v), (1, 1, 1, 1)))

    # the mas, appended last: the cellar's tile ids above never move
    add_mas(sheet)
    add_terrain_sets(sheet)
    return sheet


def add_terrain_sets(sheet: Sheet) -> None:
    """Tiled's terrain brushes for this sheet: candlelight pooling on the cellar's flagstones,
    and the mas's thick walls, which join their neighbours on the sides they run to."""
    light = sheet.wang("Candlelight", "corner", [("flagstones", PROVENCE["stone_5"], "flag_0"),
                                                 ("candlelight", PROVENCE["stone_3"], "lit_full_0")], "lit_0011")
    for v in range(6):
        light.corners(f"flag_{v}", *["flagstones"] * 4)
        light.corners(f"lit_full_{v}", *["candlelight"] * 4)
    for corners in CORNER_SETS[1:]:
        light.corners(f"lit_{corner_key(corners)}", *("candlelight" if c else "flagstones" for c in corners))

    walls = sheet.wang("Mas walls", "edge", [("wall", PROVENCE["ink_soft"], "mcap_ew")], "mcap_ew")
    add_connection_set(walls, "wall", "mcap", sheet)
    # windows sit in a straight run of wall; the brush never puts one at random
    for name, sides in (("mcap_win_n", "esw"), ("mcap_win_e", "ns"), ("mcap_win_w", "ns")):
        walls.edges(name, *("wall" if side in sides else None for side in "nesw"))
        sheet.probability(name, 0)


def generate(root: pathlib.Path) -> list[pathlib.Path]:
    return build().save(pathlib.Path(root), "interior")


if __name__ == "__main__":
    for p in generate(pathlib.Path(__file__).resolve().parents[2]):
        print(p)
