"""Generate the interior tileset: assets/tilesets/interior.png + interior.tsx.

The wine cellar first (cool, dim vaulted stone, warm candlelight), with room
for the mas interior later: plank and terracotta (tomette) floors, plaster
walls with beams, shelves. Floors are flagstones that join any neighbour;
candlelight pools on the floor are corner autotiles (`lit_<tl tr bl br>`).
North walls are 3-tile-tall vaulted bays drawn whole and sliced.

Tiles are NAMED here; maps.py asks `build()` for the name -> id table.

Usage: python assets/scripts/tiles_interior.py   (from the repo root)
"""

from __future__ import annotations

import pathlib
import random
import sys

try:
    from assets.scripts.tiles_draw import (CORNER_SETS, LIGHTER, T, Img, PeriodicNoise, Sheet, corner_key,
                                           corner_value, shade)
except ImportError:  # run as a script
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    from tiles_draw import (CORNER_SETS, LIGHTER, T, Img, PeriodicNoise, Sheet, corner_key,  # type: ignore
                            corner_value, shade)

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
    return sheet


def generate(root: pathlib.Path) -> list[pathlib.Path]:
    return build().save(pathlib.Path(root), "interior")


if __name__ == "__main__":
    for p in generate(pathlib.Path(__file__).resolve().parents[2]):
        print(p)
