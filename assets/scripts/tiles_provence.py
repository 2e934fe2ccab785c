"""Generate the Provence exterior tileset: assets/tilesets/provence.png + provence.tsx.

Late afternoon, the sun low in the west: west faces lit, shadows fall east.
Ground tiles (grass, tilled soil, gravel) are speckle textures that join
any neighbour; grass<->gravel and grass<->soil transitions and cast shadows are
corner autotiles (named by their corners tl,tr,bl,br: 1 = gravel/soil/shadow),
all sampling one periodic noise so edges meet across tiles without seams.

Tiles are NAMED here, and the terrain (Wang) sets Tiled's terrain brush paints
with are declared by those names (`add_terrain_sets`): ground with its shadows,
vine rows, dry-stone walls, fences. The tiles themselves are laid in Tiled.

Usage: python assets/scripts/tiles_provence.py   (from the repo root)
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
    WangSet,
    add_connection_set,
    corner_key,
    corner_value,
    ragged_join,
    scatter,
    shade,
)

SEED = 1962
GRASS_VARIANTS = 8
SOIL_VARIANTS = 4
GRAVEL_VARIANTS = 4


# ------------------------------------------------------------------ ground textures

def grass(variant: int) -> Img:
    rng = random.Random(SEED * 100 + variant)
    img = Img(T, T, "grass_2")
    # soft sunlit strokes and darker specks
    for _ in range(10):
        x, y = rng.randrange(T), rng.randrange(T)
        img.px(x, y, "grass_1")
        img.px(x + 1, y, "grass_1") if rng.random() < 0.5 and x < T - 1 else None
    scatter(img, rng, 9, "grass_3")
    # tufts: a lit blade on the west, a shaded one on the east
    for _ in range(2 + variant % 3):
        x, y = rng.randrange(1, T - 2), rng.randrange(1, T - 2)
        img.px(x, y, "grass_1")
        img.px(x, y + 1, "grass_2")
        img.px(x + 1, y + 1, "grass_3")
        img.px(x + 1, y, "grass_1") if rng.random() < 0.5 else None
        img.px(x + 2, y + 1, "grass_3")
    if variant == 5:  # tiny wild flowers
        for _ in range(3):
            x, y = rng.randrange(1, T - 1), rng.randrange(1, T - 1)
            img.px(x, y, ["white", "lav_1", "sunflower"][rng.randrange(3)])
            img.px(x, y + 1, "grass_3")
    if variant == 6:  # a pebble
        x, y = rng.randrange(2, T - 3), rng.randrange(2, T - 3)
        img.px(x, y, "gravel_1")
        img.px(x + 1, y, "gravel_2")
        img.px(x + 1, y + 1, "stone_4")
        img.px(x, y + 1, "gravel_3")
    if variant == 7:  # a darker dry patch
        for _ in range(6):
            x, y = rng.randrange(2, T - 2), rng.randrange(2, T - 2)
            img.px(x, y, "grass_3")
            img.px(x + 1, y, "grass_3")
    return img


def soil(variant: int) -> Img:
    """Tilled soil with soft east-west furrows (parallel to the vine rows)."""
    rng = random.Random(SEED * 200 + variant)
    img = Img(T, T, "soil_2")
    for y in range(T):
        for x in range(T):
            if y % 4 == 0:
                img.px(x, y, "soil_1" if (x + variant) % 7 else "soil_2")
            elif y % 4 == 2 and (x * 3 + y + variant) % 5 == 0:
                img.px(x, y, "soil_3")
    scatter(img, rng, 8, "soil_3")
    scatter(img, rng, 5, "soil_1")
    for _ in range(1 + variant % 2):  # a clod or a stone
        x, y = rng.randrange(1, T - 2), rng.randrange(1, T - 2)
        img.px(x, y, "soil_1" if variant % 2 else "gravel_2")
        img.px(x + 1, y + 1, "soil_3")
        img.px(x, y + 1, "soil_3")
    return img


def gravel(variant: int) -> Img:
    rng = random.Random(SEED * 300 + variant)
    img = Img(T, T, "gravel_2")
    for _ in range(22):
        x, y = rng.randrange(T), rng.randrange(T)
        img.px(x, y, "gravel_1")
        if rng.random() < 0.6:
            img.px(x + 1 if x < T - 1 else x, y + 1 if y < T - 1 else y, "gravel_3")
    scatter(img, rng, 6, "gravel_3")
    if variant == 2:
        x, y = rng.randrange(2, T - 3), rng.randrange(2, T - 3)
        img.rect(x, y, 2, 1, "stone_2")
        img.px(x + 2, y, "stone_3")
        img.rect(x, y + 1, 3, 1, "stone_4")
    return img


TEXTURES = {"grass": grass, "soil": soil, "gravel": gravel}
RIM = {"gravel": "gravel_3", "soil": "soil_3"}
EDGE_NOISE = PeriodicNoise(SEED + 7, cells=4, amp=0.14)
SHADOW_NOISE = PeriodicNoise(SEED + 11, cells=4, amp=0.14)


def transition(other: str, corners) -> Img:
    """Grass with `other` (gravel/soil) on the corners marked 1, a ragged seamless border."""
    return ragged_join(grass(0), TEXTURES[other](0), corners, EDGE_NOISE, RIM[other], "grass_1", "grass_3")


def shadowed(base: Img, corners, full=False) -> Img:
    """`base` with a soft cast shadow over the corners marked 1 (dithered edge)."""
    out = base.copy()
    for y in range(T):
        for x in range(T):
            v = 1.0 if full else corner_value(corners, x, y) + SHADOW_NOISE(x, y)
            if v > 0.56 or (v > 0.4 and (x + y) % 2 == 0):
                out.d[y][x] = shade(out.d[y][x])
    return out


# ------------------------------------------------------------------ vines and lavender

def vine(kind: str, variant: int, frame: int) -> Img:
    """One tile of a trellised vine row running east-west, over soil.

    kind: 'mid', 'west' (row starts here with a post), 'east' (row ends with a post).
    """
    rng = random.Random(SEED * 400 + variant * 7 + (0 if kind == "mid" else 3 if kind == "west" else 5))
    img = Img(T, T)
    x0 = 3 if kind == "west" else 0
    x1 = 12 if kind == "east" else T - 1
    # the row's shadow on the soil: under the leaves and trailing east
    for x in range(x0, T if kind != "east" else min(T, x1 + 4)):
        img.px(x, 12, "soil_4" if x <= x1 else None)
        img.px(x, 13, "soil_3" if x > x1 or (x + variant) % 3 else "soil_4")
        img.px(x, 14, "soil_3" if (x + variant) % 2 or x > x1 else None)
    # posts at the row ends
    if kind == "west":
        img.rect(1, 0, 2, 14, "wood_2")
        img.vline(1, 0, 13, "wood_1")
        img.px(2, 14, "soil_4")
        img.px(3, 14, "soil_3")
    if kind == "east":
        img.rect(13, 0, 2, 14, "wood_2")
        img.vline(13, 0, 13, "wood_1")
        img.vline(14, 0, 13, "wood_3")
        img.px(15, 14, "soil_4")
    for wy in (3, 8):
        img.hline(x0, x1, wy, "stone_4")
    # stock: a twisted old trunk
    sx = 6 + (variant * 3) % 4
    for y in range(8, 14):
        k = (y // 2) % 2
        img.px(sx + k, y, "wood_2")
        img.px(sx + k + 1, y, "wood_3")
    img.px(sx, 13, "wood_1")
    img.px(sx + 2, 13, "wood_4")
    # foliage: a dark mass, then leaves lit from the west, a few turning gold
    mass = Img(T, T)
    for x in range(x0, x1 + 1):
        top = 2 if x in (x0, x1) else 1 + (0 if (x * 5 + variant) % 7 > 2 else 1)
        bottom = 9 if (x + variant) % 4 else 10
        for y in range(top, bottom + 1):
            mass.px(x, y, "vine_4" if y >= bottom - 1 or (x * 3 + y * 5 + variant) % 7 == 0 else "vine_3")
    wobble = [0, 1, -1][frame % 3]
    leaves = []
    for _ in range(20):
        leaves.append((rng.randrange(x0 + 1, x1), rng.randrange(1, 9), rng.random()))
    leaves.sort(key=lambda leaf: leaf[1])
    for cx, cy, r in leaves:
        dx = wobble if cy < 5 and r < 0.6 else 0
        cx += dx
        gold = r > 0.88
        base, lit, dark = ("grass_2", "grass_1", "grass_3") if gold else (
            ("vine_2", "vine_1", "vine_4") if cy < 4 and r < 0.5 else ("vine_3", "vine_2", "vine_4"))
        for px, py in ((cx, cy - 1), (cx - 1, cy), (cx, cy), (cx + 1, cy), (cx, cy + 1)):
            if x0 <= px <= x1:
                mass.px(px, py, base)
        if x0 <= cx - 1 <= x1:
            mass.px(cx - 1, cy - 1 if r < 0.3 else cy, lit)
        mass.px(cx, cy - 1, lit if r < 0.7 else base)
        if cx + 1 <= x1:
            mass.px(cx + 1, cy + 1, dark)
    for y in range(T):
        for x in range(T):
            if not (x0 <= x <= x1):
                mass.d[y][x] = None
    img.blit(mass, 0, 0)
    # grape bunches hanging below the leaves, lit on the west
    bunch = ["oooo.", "ooooo", ".ooo.", ".oo..", "..o.."]
    spots = [(2 + variant * 4) % 5 + 1, (2 + variant * 4) % 5 + 8][: 1 + (variant + (kind == "mid")) % 2]
    for gx in spots:
        if not (x0 + 1 <= gx <= x1 - 5):
            continue
        gy = 8 + (gx % 2)
        for yy, row in enumerate(bunch):
            for xx, ch in enumerate(row):
                if ch == "o":
                    c = "grape_2"
                    if yy + xx <= 1 or (yy, xx) == (1, 1):
                        c = "grape_1"
                    elif xx >= 3 or yy >= 3:
                        c = "grape_3"
                    img.px(gx + xx, gy + yy, c)
        img.px(gx + 1, gy - 1, "vine_4")
        img.px(gx, gy, "lav_2")
    return img


def lavender(variant: int, frame: int) -> Img:
    """A lavender bush in a row, over soil; the flower spikes sway with the breeze."""
    rng = random.Random(SEED * 500 + variant)
    img = Img(T, T)
    # shadow on the soil, east and under
    img.hline(3, 15, 14, "soil_4")
    img.hline(5, 15, 15, "soil_3")
    img.px(15, 13, "soil_3")
    # the grey-green mound
    img.ellipse(7.5, 10.5, 7.4, 4.2, "olive_3")
    img.ellipse(6.5, 10, 5, 3, "olive_2", only_if={"olive_3"})
    for x in range(0, 16):
        if img.get(x, 14) == "olive_3":
            img.px(x, 14, "olive_4")
    # spikes: stems leaning with the wind, purple heads lit on the west
    phase = frame if variant == 0 else frame + 2
    sway = [0, 1, 1, 0][phase % 4]
    lean = [0, 0, 1, 0][phase % 4]
    for i in range(12):
        x = 1 + i + (1 if i > 6 else 0) - (1 if rng.random() < 0.3 else 0)
        top = 1 + rng.randrange(4) + (2 if i in (0, 11) else 0)
        for y in range(top, 11):
            off = (sway + lean) if y < top + 3 else (sway if y < 8 else 0)
            if y < top + 5:
                c = "lav_1" if y == top and i % 2 == 0 else ("lav_2" if (y + i) % 3 else "lav_3")
                if i >= 9 and y > top:
                    c = "lav_3"
                img.px(x + off, y, c)
            elif y < top + 7:
                img.px(x + off, y, "olive_3" if i % 2 else "lav_4")
    return img


# ------------------------------------------------------------------ trees

def olive_tree(variant: int) -> tuple[Img, Img]:
    """48x48: returns (canopy picture, trunk picture). Silvery grey-green, a gnarled trunk."""
    rng = random.Random(SEED * 600 + variant)
    trunk = Img(48, 48)
    # a thick twisted trunk, flaring at the foot, splitting into two limbs
    for y in range(22, 47):
        if y >= 34:
            half = 3 + (1 if y > 42 else 0) + (1 if y > 44 else 0)
            lo, hi = 24 - half, 23 + half
            for x in range(lo, hi + 1):
                c = "stone_4"
                if x <= lo + 1:
                    c = "stone_3"
                elif x >= hi - 1:
                    c = "stone_5"
                elif (x + y // 3) % 4 == 0:
                    c = "stone_5"
                trunk.px(x, y, c)
        else:
            spread = (34 - y) // 2
            for base, lit in ((21 - spread, True), (25 + spread, False)):
                trunk.px(base, y, "stone_3" if lit else "stone_4")
                trunk.px(base + 1, y, "stone_4" if lit else "stone_5")
                trunk.px(base + 2, y, "stone_5")
    trunk.px(23, 38, "ink_soft")
    trunk.px(23, 39, "ink_soft")
    trunk.px(24, 39, "stone_5")
    trunk.hline(17, 29, 47, None)
    trunk.outline("ink_soft", sides="rb")
    canopy = Img(48, 48)
    clusters = []
    for _ in range(60):
        cx = 4 + rng.random() * 40
        cy = 4 + rng.random() * 26
        dx, dy = (cx - 24) / 21, (cy - 17) / 14
        if dx * dx + dy * dy > 1:
            continue
        clusters.append((cx, cy, 1.8 + rng.random() * 1.8))
    clusters.sort(key=lambda b: b[1])
    for cx, cy, r in clusters:
        canopy.ellipse(cx + 0.6, cy + 0.8, r + 0.8, r * 0.8 + 0.6, "olive_4")
    for cx, cy, r in clusters:
        canopy.ellipse(cx, cy, r, r * 0.8, "green_2")
    for cx, cy, r in clusters:
        canopy.ellipse(cx - 0.7, cy - 0.6, r - 0.6, r * 0.8 - 0.6, "green_1", only_if={"green_2"})
        # leaves catch the low sun on their west side
        if cx < 34:
            canopy.ellipse(cx - 1.4, cy - 1.2, max(r - 1.6, 0.6), max(r * 0.8 - 1.5, 0.6), "olive_1",
                           only_if={"green_1"})
    # silver undersides glint, leaf texture in the shade
    for _ in range(90):
        x, y = rng.randrange(48), rng.randrange(36)
        c = canopy.get(x, y)
        if c == "green_1":
            canopy.px(x, y, "linen_3" if rng.random() < 0.5 else "olive_1")
        elif c == "green_2":
            canopy.px(x, y, "olive_3")
        elif c == "olive_1" and rng.random() < 0.4:
            canopy.px(x, y, "linen_2")
    # the east flank in shade
    canopy = canopy.remap(lambda c, x, y: shade(c) if x > 36 - (y % 2) and c in ("olive_1", "green_1", "linen_3")
                          else c)
    canopy.outline("ink_soft", sides="rb")
    # limbs reaching into the crown
    for x, y in ((19, 26), (20, 27), (18, 25), (28, 27), (29, 26), (30, 25)):
        if canopy.get(x, y) is None:
            canopy.px(x, y, "stone_4")
    return canopy, trunk


def cypress() -> Img:
    """16x48: a tall dark flame, lit on its west flank."""
    img = Img(T, 48)
    rng = random.Random(SEED + 700)
    for y in range(1, 44):
        t = y / 43
        # narrow top, widest at two thirds, slight taper at the foot
        half = 0.6 + 6.2 * (t ** 0.8 if t < 0.72 else 1 - (t - 0.72) * 0.9)
        cx = 7.5
        for x in range(T):
            d = (x + 0.5 - cx) / half
            if -1 <= d <= 1:
                if d < -0.45:
                    c = "cypress_1"
                elif d < 0.35:
                    c = "cypress_2"
                else:
                    c = "cypress_3"
                img.px(x, y, c)
    # tufts: scale-like texture along the flame
    for _ in range(70):
        x, y = rng.randrange(T), rng.randrange(3, 43)
        c = img.get(x, y)
        if c == "cypress_2":
            img.px(x, y, "cypress_1" if x < 8 else "cypress_3")
        elif c == "cypress_1" and rng.random() < 0.5:
            img.px(x, y, "olive_2")
    for y in range(4, 42, 3):
        for x in range(T):
            if img.get(x, y) == "cypress_2" and (x + y) % 4 == 0:
                img.px(x, y, "cypress_3")
    img.outline("ink_soft", sides="rb")
    img.outline("cypress_3", sides="lt")
    img.rect(7, 43, 2, 4, "wood_3")
    img.px(7, 43, "wood_2")
    img.px(7, 46, "wood_2")
    img.px(9, 46, "wood_4")
    return img


# ------------------------------------------------------------------ buildings

def stone_wall_texture(img: Img, x0, y0, w, h, rng, lit_left=True):
    """Limestone blocks laid in rough courses."""
    y = y0
    row = 0
    while y < y0 + h:
        ch = 3 + rng.randrange(2)
        x = x0 - rng.randrange(4)
        while x < x0 + w:
            bw = 4 + rng.randrange(5)
            base = ["stone_2", "stone_2", "stone_2", "stone_3", "stone_1"][rng.randrange(5)]
            for yy in range(y, min(y + ch, y0 + h)):
                for xx in range(max(x, x0), min(x + bw, x0 + w)):
                    c = base
                    if yy == y:
                        c = "stone_1" if base != "stone_1" else "stone_1"
                    if xx == x + bw - 1 or yy == y + ch - 1:
                        c = "stone_3" if base != "stone_3" else "stone_4"
                    img.px(xx, yy, c)
            x += bw
        y += ch
        row += 1


def roof(img: Img, x0, y0, w, h, ridge_inset, rng):
    """A hipped terracotta roof seen from the south: canal tiles, a ridge, lit west hip."""
    for y in range(y0, y0 + h):
        t = (y - y0) / max(h - 1, 1)
        inset = int(ridge_inset * (1 - t))
        left, right = x0 + inset, x0 + w - 1 - inset
        for x in range(left, right + 1):
            col = (x - x0) % 4
            course = (y - y0) // 5
            shift = (course % 2) * 2
            col = (x - x0 + shift) % 4
            c = "terra_2"
            if col == 0:
                c = "terra_3"
            elif col == 1:
                c = "terra_1"
            if (y - y0) % 5 == 4:
                c = "terra_3" if col != 1 else "terra_2"
            # the hips: west one in the sun, east one in shade
            if x - left < ridge_inset * (1 - t) * 0 + inset * 0 + (ridge_inset - inset):
                pass
            img.px(x, y, c)
        # hip faces
        hip = ridge_inset - inset
        for x in range(left, min(left + hip, right + 1)):
            img.px(x, y, "terra_1" if (x + y) % 5 else "ochre_1")
        for x in range(max(right - hip + 1, left), right + 1):
            img.px(x, y, "terra_3" if (x + y) % 4 else "terra_4")
        img.px(left, y, "terra_3")
        img.px(right, y, "terra_4")
        if hip > 0:
            img.px(left + hip, y, "terra_2")
            img.px(right - hip, y, "terra_4")
    # ridge
    img.hline(x0 + ridge_inset, x0 + w - 1 - ridge_inset, y0, "terra_4")
    img.hline(x0 + ridge_inset, x0 + w - 1 - ridge_inset, y0 + 1, "terra_1")
    img.hline(x0 + ridge_inset, x0 + w - 1 - ridge_inset, y0 + 2, "terra_3")
    for x in range(x0 + ridge_inset, x0 + w - ridge_inset, 5):
        img.px(x, y0 + 1, "terra_3")
    # weathered tiles
    for _ in range(w * h // 40):
        x, y = x0 + rng.randrange(w), y0 + 3 + rng.randrange(max(h - 4, 1))
        if img.get(x, y) == "terra_2":
            img.px(x, y, "ochre_2")
    # eave: the row of rounded tile ends, then its shadow on the wall
    ye = y0 + h
    for x in range(x0, x0 + w):
        m = (x - x0) % 4
        img.px(x, ye, "terra_2" if m in (1, 2) else "terra_3")
        img.px(x, ye + 1, "terra_4" if m in (0, 3) else "terra_3")
    img.hline(x0, x0 + w - 1, ye + 2, "ink_soft")


def window(img: Img, x, y, w, h, box=True, shutters=True):
    """A window with open blue-green shutters, a stone sill and a geranium box."""
    img.rect(x - 1, y - 1, w + 2, h + 2, "stone_3")  # stone frame
    img.hline(x - 1, x + w, y - 1, "stone_1")
    img.rect(x, y, w, h, "navy_3")
    img.vline(x + w // 2, y, y + h - 1, "wood_3")
    img.hline(x, x + w - 1, y + h // 2, "wood_3")
    img.px(x, y, "navy_2")
    img.px(x + 1, y, "navy_2")
    img.px(x, y + 1, "sky_3")
    img.vline(x + 1, y + h // 2 + 1, y + h - 1, "linen_2")  # a curtain
    if shutters:
        sw = max(3, w // 2)
        for sx, lit in ((x - 1 - sw, True), (x + w + 1, False)):
            img.rect(sx, y - 1, sw, h + 2, "shutter_2")
            for yy in range(y, y + h + 1, 2):
                img.hline(sx, sx + sw - 1, yy, "shutter_1" if lit else "shutter_3")
            img.vline(sx if lit else sx + sw - 1, y - 1, y + h, "shutter_1" if lit else "shutter_3")
            img.vline(sx + sw if lit else sx - 1, y - 1, y + h, "stone_4" if not lit else "shutter_3")
    # sill
    img.hline(x - 2, x + w + 1, y + h + 1, "stone_1")
    img.hline(x - 2, x + w + 1, y + h + 2, "stone_4")
    if box:
        img.rect(x - 1, y + h + 3, w + 2, 3, "terra_2")
        img.hline(x - 1, x + w, y + h + 5, "terra_3")
        img.px(x - 1, y + h + 3, "terra_1")
        for i in range(w + 2):
            xx = x - 1 + i
            img.px(xx, y + h + 2, "green_1" if i % 2 else "green_2")
            if i % 3 == 1:
                img.px(xx, y + h + 1, "red_1")
                img.px(xx, y + h, "tomato")
            elif i % 3 == 2:
                img.px(xx, y + h + 1, "vine_2")


def wall_corners(img: Img, wall_top: int) -> None:
    """The mas's walls' ends: the sunlit west corner, the shaded east one, the plinth and its foot."""
    W, H = img.w, img.h
    img.vline(0, wall_top, H - 3, "stone_1")
    img.vline(1, wall_top, H - 3, "stone_1")
    for y in range(wall_top, H - 2):
        img.px(W - 1, y, "stone_4")
        img.px(W - 2, y, "stone_3" if y % 2 else "stone_4")
        img.px(W - 3, y, "stone_3" if y % 3 == 0 else img.get(W - 3, y))
    img.hline(0, W - 1, H - 2, "stone_4")
    img.hline(0, W - 1, H - 1, "stone_5")


def chimney(img: Img, cx: int) -> None:
    """The mas's chimney on the ridge at x `cx`; its shadow falls east on the tiles."""
    img.rect(cx, 0, 9, 12, "stone_2")
    img.vline(cx, 0, 11, "stone_1")
    img.vline(cx + 8, 0, 11, "stone_3")
    img.rect(cx - 1, 0, 11, 2, "terra_3")
    img.hline(cx - 1, cx + 9, 0, "terra_2")
    img.rect(cx + 9, 2, 4, 10, "terra_4")
    img.hline(cx, cx + 8, 12, "stone_4")


def mas() -> Img:
    """The stone farmhouse: 10 x 6 tiles. Roof rows 0-2, wall rows 3-5, door at column 4."""
    rng = random.Random(SEED + 800)
    W, H = 160, 96
    img = Img(W, H)
    wall_top = 44
    stone_wall_texture(img, 0, wall_top, W, H - wall_top - 2, rng)
    wall_corners(img, wall_top)
    roof(img, 0, 6, W, 34, 22, rng)
    chimney(img, 118)
    # upper floor windows
    for wx in (20, 64, 128):
        window(img, wx, 50, 8, 9, box=False)
    # ground floor: two windows with geranium boxes, the door in column 4
    for wx in (24, 104):
        window(img, wx, 70, 10, 10)
    # door: arched stone surround, old planks, a wrought handle, a step
    dx = 64
    img.rect(dx, 64, 16, 30, "stone_3")
    img.rect(dx + 2, 67, 12, 27, "wood_2")
    for y in (66, 65):
        img.hline(dx + 3, dx + 12, y, "stone_3")
    img.hline(dx + 4, dx + 11, 66, "wood_2")
    img.hline(dx + 1, dx + 14, 64, "stone_1")
    img.hline(dx + 3, dx + 12, 63, "stone_1")
    for x in range(dx + 3, dx + 14, 3):
        img.vline(x, 68, 93, "wood_3")
    img.vline(dx + 2, 67, 93, "wood_1")
    img.vline(dx + 13, 67, 93, "wood_4")
    img.hline(dx + 2, dx + 13, 74, "wood_4")
    img.hline(dx + 2, dx + 13, 87, "wood_4")
    img.px(dx + 11, 80, "ink")
    img.px(dx + 11, 81, "stone_4")
    img.vline(dx + 1, 64, 93, "stone_1")
    img.vline(dx + 14, 64, 93, "stone_4")
    img.rect(dx - 1, 93, 18, 3, "stone_2")  # the step
    img.hline(dx - 1, dx + 16, 93, "stone_1")
    img.hline(dx - 1, dx + 16, 95, "stone_4")
    # a climbing vine beside the door, with a little lamp
    for y in range(60, 93):
        x = dx - 4 + (1 if (y // 4) % 2 else 0)
        img.px(x, y, "wood_3")
        if y % 3 == 0:
            img.px(x - 1, y, "vine_2")
            img.px(x + 1, y - 1, "vine_3")
            img.px(x - 1, y - 1, "vine_1")
    for x in range(dx - 6, dx + 22):
        if (x * 7) % 5 < 3:
            img.px(x, 60 + (x % 3), "vine_2" if x % 2 else "vine_3")
            img.px(x, 59 + (x % 3), "vine_1" if x % 4 == 0 else None)
    img.rect(dx + 18, 64, 3, 4, "ochre_1")
    img.px(dx + 19, 63, "ink_soft")
    img.px(dx + 19, 68, "ink_soft")
    img.px(dx + 18, 64, "white")
    return img


def cellar_entrance() -> Img:
    """4 x 4 tiles: a stone facade with an arched doorway set into a grassy bank.

    Rows 0-1 are the bank over the vault, rows 2-3 the facade; the doorway's
    threshold is at columns 1-2 of row 3 (walkable), steps going down into the dark.
    """
    rng = random.Random(SEED + 900)
    img = Img(64, 64)
    # the bank: a grassy mound, lit west, shaded east
    img.ellipse(32, 30, 32, 24, "grass_3")
    img.ellipse(30, 29, 29, 21, "grass_2", only_if={"grass_3"})
    img.ellipse(24, 24, 18, 12, "grass_1", only_if={"grass_2"})
    for _ in range(60):
        x, y = rng.randrange(64), rng.randrange(6, 40)
        c = img.get(x, y)
        if c:
            img.px(x, y, shade(c) if rng.random() < 0.6 else ("grass_1" if c != "grass_1" else "grass_2"))
    for y in range(64):
        for x in range(64):
            if img.get(x, y) and img.get(x + 1, y) is None:
                img.px(x, y, "grass_4")
    img.outline("grass_4", sides="t")
    # a stone vent on top of the vault
    img.rect(42, 8, 6, 7, "stone_2")
    img.vline(42, 8, 14, "stone_1")
    img.vline(47, 8, 14, "stone_4")
    img.hline(41, 48, 7, "stone_3")
    img.rect(43, 10, 4, 2, "ink_soft")
    img.rect(48, 10, 3, 5, "grass_4")
    # the facade
    fy = 30
    stone_wall_texture(img, 4, fy, 56, 32, rng)
    img.vline(4, fy, 61, "stone_1")
    img.vline(59, fy, 61, "stone_4")
    img.hline(4, 59, fy, "stone_1")
    img.hline(3, 60, fy - 1, "stone_3")
    img.hline(4, 59, 62, "stone_4")
    img.hline(4, 59, 63, "stone_5")
    # arch: voussoirs around a dark opening, steps inside going down
    ax, aw, top = 20, 24, 36
    for y in range(top - 3, 64):
        for x in range(ax - 3, ax + aw + 3):
            dx = (x + 0.5 - 32) / (aw / 2 + 3)
            dy = (y + 0.5 - (top + 9)) / 12
            if y < top + 9 and dx * dx + dy * dy > 1:
                continue
            img.px(x, y, "stone_3" if (x + y // 3) % 4 else "stone_4")
    for y in range(top, 64):
        for x in range(ax, ax + aw):
            dx = (x + 0.5 - 32) / (aw / 2)
            dy = (y + 0.5 - (top + 9)) / 9
            if y < top + 9 and dx * dx + dy * dy > 1:
                continue
            img.px(x, y, "ink")
    # keystone, lit voussoirs on the west
    img.rect(30, top - 3, 4, 4, "stone_1")
    img.px(33, top, "stone_3")
    for y in range(top + 4, 64):
        img.px(ax - 3, y, "stone_1")
        img.px(ax - 2, y, "stone_2")
        img.px(ax + aw + 2, y, "stone_5")
    # steps down: lighter near the door, lost in the dark below
    for i, (y, c) in enumerate(((60, "stone_3"), (56, "stone_4"), (52, "stone_5"), (48, "ink_soft"))):
        img.rect(ax + 1, y, aw - 2, 3, c)
        img.hline(ax + 1, ax + aw - 2, y, shade(c, 1, LIGHTER) if i == 0 else c)
    img.rect(ax + 1, 63, aw - 2, 1, "stone_2")
    # one door leaf standing open against the inside of the arch (west), lit
    img.rect(ax, top + 6, 5, 27, "wood_2")
    img.vline(ax, top + 6, 63, "wood_1")
    img.vline(ax + 4, top + 6, 63, "wood_3")
    img.vline(ax + 2, top + 6, 63, "wood_3")
    img.hline(ax, ax + 4, top + 10, "wood_4")
    img.hline(ax, ax + 4, top + 22, "wood_4")
    # a lantern on the east of the arch
    img.rect(49, 40, 3, 4, "ochre_1")
    img.px(50, 39, "ink_soft")
    img.px(50, 41, "white")
    img.hline(49, 51, 44, "ink_soft")
    return img


# ------------------------------------------------------------------ walls, fences

WALL_NOISE_POINTS = None


def _stone_cells():
    rng = random.Random(SEED + 1000)
    pts = [(rng.random() * 16, rng.random() * 16, rng.randrange(4)) for _ in range(11)]
    return pts


def _nearest(pts, x, y):
    best, second, kind = 1e9, 1e9, 0
    for px, py, k in pts:
        for ox in (-16, 0, 16):
            for oy in (-16, 0, 16):
                dx, dy = x + 0.5 - (px + ox), (y + 0.5 - (py + oy)) * 1.4
                d = dx * dx + dy * dy
                if d < best:
                    best, second, kind = d, best, k + ox * 3 + oy * 5
                elif d < second:
                    second = d
    return best, second, kind


def drystone_wall(n: bool, e: bool, s: bool, w: bool) -> Img:
    """A low dry-stone wall piece connecting to the given sides."""
    pts = _stone_cells()
    top = [[False] * T for _ in range(T)]
    for y in range(2, 10):
        for x in range(3, 13):
            top[y][x] = True
        if w:
            for x in range(0, 3):
                top[y][x] = True
        if e:
            for x in range(13, T):
                top[y][x] = True
    if n:
        for y in range(0, 2):
            for x in range(3, 13):
                top[y][x] = True
    if s:
        for y in range(10, T):
            for x in range(3, 13):
                top[y][x] = True
    img = Img(T, T)
    face = 5
    for y in range(T):
        for x in range(T):
            if top[y][x]:
                best, second, kind = _nearest(pts, x, y)
                if second - best < 3.2:
                    c = "stone_4"
                else:
                    c = ["stone_2", "stone_2", "stone_3", "stone_1"][kind % 4]
                img.px(x, y, c)
    # light from the west/top on stone edges
    for y in range(T):
        for x in range(T):
            c = img.get(x, y)
            if c in ("stone_2", "stone_3") and img.get(x - 1, y) == "stone_4":
                img.px(x, y, shade(c, 1, {"stone_2": "stone_1", "stone_3": "stone_2"}))
    # front faces under top pixels that have no top below them
    for x in range(T):
        for y in range(T):
            if top[y][x] and (y + 1 >= T or not top[y + 1][x]) and y + 1 < T:
                for k in range(1, face + 1):
                    yy = y + k
                    if yy >= T or top[yy][x]:
                        break
                    c = "stone_3" if (x + (yy // 2) * 3) % 5 else "stone_5"
                    if k == 1:
                        c = "stone_4" if x % 4 else "stone_5"
                    if k == face:
                        c = "stone_5"
                    img.px(x, yy, c)
    # east sides in shade
    for y in range(T):
        for x in range(T):
            if img.get(x, y) and (x + 1 < T and img.get(x + 1, y) is None):
                img.px(x, y, "stone_4" if top[y][x] else "stone_5")
            if img.get(x, y) and x - 1 >= 0 and img.get(x - 1, y) is None and top[y][x]:
                img.px(x, y, "stone_1")
    # a top edge line where the wall top meets nothing to the north
    for y in range(T):
        for x in range(T):
            if top[y][x] and (y == 0 and not n or y > 0 and not top[y - 1][x]):
                img.px(x, y, "stone_1" if x % 3 else "stone_2")
    return img


def fence(n: bool, e: bool, s: bool, w: bool) -> Img:
    """A low wooden garden fence piece."""
    img = Img(T, T)
    for ry in (6, 10):
        if w:
            img.hline(0, 7, ry, "wood_1")
            img.hline(0, 7, ry + 1, "wood_3")
        if e:
            img.hline(8, 15, ry, "wood_1")
            img.hline(8, 15, ry + 1, "wood_3")
    if n:
        img.vline(7, 0, 6, "wood_1")
        img.vline(8, 0, 6, "wood_3")
    if s:
        img.vline(7, 9, 15, "wood_1")
        img.vline(8, 9, 15, "wood_3")
    # the post
    img.rect(6, 3, 3, 11, "wood_2")
    img.vline(6, 3, 13, "wood_1")
    img.vline(8, 3, 13, "wood_3")
    img.hline(6, 8, 3, "wood_1")
    img.px(8, 3, "wood_2")
    img.hline(6, 9, 14, "wood_4")
    img.px(9, 13, "wood_4")
    return img


def fence_gate() -> Img:
    """An open gate: two posts, the leaf swung back against the west post."""
    img = Img(T, T)
    for px in (0, 13):
        img.rect(px, 3, 3, 11, "wood_2")
        img.vline(px, 3, 13, "wood_1")
        img.vline(px + 2, 3, 13, "wood_3")
        img.hline(px, px + 2, 3, "wood_1")
        img.hline(px, px + 3, 14, "wood_4")
    img.rect(3, 5, 2, 8, "wood_1")
    img.vline(4, 5, 12, "wood_3")
    img.hline(3, 4, 13, "wood_4")
    return img


# ------------------------------------------------------------------ well, garden, props

def well(frame: int) -> Img:
    """32 x 32: a round stone well with a wooden frame and a bucket."""
    img = Img(32, 32)
    # the ring's front face
    img.ellipse(16, 22, 13, 7, "stone_3")
    img.rect(3, 22, 26, 7, "stone_3")
    img.ellipse(16, 28, 13, 3.5, "stone_4")
    for y in range(22, 31):
        for x in range(3, 29):
            if img.get(x, y):
                c = "stone_2" if x < 10 else ("stone_3" if x < 22 else "stone_4")
                if (x + (y // 3) * 4) % 6 == 0 or y % 3 == 0:
                    c = shade(c)
                img.px(x, y, c)
    img.hline(5, 26, 31, "stone_5")
    # the rim and the water
    img.ellipse(16, 21, 13, 6, "stone_2")
    img.ellipse(15, 20.5, 12, 5, "stone_1", only_if={"stone_2"})
    img.ellipse(16, 21, 9, 3.5, "navy_2")
    img.ellipse(16.5, 21.5, 8, 2.5, "sky_3")
    glints = [((11, 21), (13, 22)), ((14, 21), (18, 22)), ((19, 21), (12, 22))][frame % 3]
    for gx, gy in glints:
        img.px(gx, gy, "sky_1")
        img.px(gx + 1, gy, "sky_2")
    # posts and the crossbeam with a small terracotta cap
    for px, lit in ((4, True), (26, False)):
        img.rect(px, 3, 2, 19, "wood_2")
        img.vline(px, 3, 21, "wood_1" if lit else "wood_2")
        img.vline(px + 1, 3, 21, "wood_3" if lit else "wood_4")
    img.rect(2, 2, 28, 3, "wood_2")
    img.hline(2, 29, 2, "wood_1")
    img.hline(2, 29, 4, "wood_4")
    img.rect(1, 0, 30, 2, "terra_2")
    img.hline(1, 30, 0, "terra_1")
    for x in range(1, 31, 3):
        img.px(x, 1, "terra_3")
    # rope and bucket
    img.vline(16, 5, 13, "linen_3")
    img.rect(14, 13, 5, 4, "wood_2")
    img.hline(14, 18, 13, "wood_1")
    img.hline(14, 18, 16, "stone_4")
    img.px(14, 14, "wood_1")
    img.px(18, 15, "wood_4")
    return img


def tomato(variant: int) -> Img:
    rng = random.Random(SEED * 1100 + variant)
    img = Img(T, T)
    img.hline(6, 14, 15, "soil_3")
    # stake
    img.vline(8, 0, 14, "wood_2")
    img.vline(9, 0, 14, "wood_3")
    img.px(8, 0, "wood_1")
    # foliage clumps
    for _ in range(7):
        cx, cy = 4 + rng.random() * 8, 3 + rng.random() * 9
        img.ellipse(cx, cy, 2.6, 2.2, "green_2")
        img.ellipse(cx - 0.5, cy - 0.5, 1.6, 1.2, "green_1", only_if={"green_2"})
        img.px(int(cx) - 1, int(cy) - 1, "vine_1")
    img.outline("olive_4", sides="rb")
    img.vline(8, 0, 2, "wood_2")
    img.px(9, 5, "wood_3")
    img.px(8, 9, "linen_2")  # ties
    img.px(8, 4, "linen_2")
    for tx, ty in [(4, 6), (11, 9), (6, 11), (10, 4)][: 3 + variant % 2]:
        img.rect(tx, ty, 2, 2, "tomato")
        img.px(tx + 1, ty + 1, "tomato_dark")
        img.px(tx, ty, "white" if (tx + variant) % 2 else "red_1")
        img.px(tx + 2, ty + 1, "tomato_dark")
        img.px(tx, ty + 2, "tomato_dark")
        img.px(tx + 1, ty + 2, "tomato_dark")
    return img


def lettuce(variant: int) -> Img:
    img = Img(T, T)
    img.ellipse(8.5, 11, 6, 3.5, "soil_3")
    img.ellipse(7.5, 9.5, 5.5, 4.5, "vine_3")
    img.ellipse(7, 9, 4.5, 3.5, "vine_2", only_if={"vine_3"})
    img.ellipse(6.5, 8.5, 2.5, 2, "vine_1", only_if={"vine_2"})
    for x in range(3, 13, 2):
        img.px(x, 9 + (x % 3) - 1, "vine_3")
    if variant:
        img.px(6, 7, "linen_1")
        img.px(9, 10, "vine_4")
    img.outline("vine_4", sides="rb")
    return img


def courgette(variant: int) -> Img:
    rng = random.Random(SEED * 1200 + variant)
    img = Img(T, T)
    img.ellipse(9, 12, 7, 3, "soil_3")
    for _ in range(5):
        cx, cy = 3 + rng.random() * 10, 4 + rng.random() * 7
        img.ellipse(cx, cy, 3.2, 2.4, "vine_3")
        img.ellipse(cx - 0.6, cy - 0.6, 2.2, 1.5, "vine_2", only_if={"vine_3"})
        img.px(int(cx), int(cy), "vine_1")
    img.outline("vine_4", sides="rb")
    # a courgette lying under the leaves and a yellow flower
    img.hline(5 + variant, 10 + variant, 13, "green_2")
    img.hline(5 + variant, 9 + variant, 12, "green_1")
    img.px(11 + variant, 13, "olive_4")
    img.rect(10 - variant, 5, 2, 2, "sunflower")
    img.px(10 - variant, 5, "white")
    img.px(11 - variant, 6, "ochre_2")
    return img


def barrel() -> Img:
    img = Img(T, T)
    img.hline(3, 15, 15, "stone_5")
    img.rect(2, 4, 12, 11, "wood_2")
    img.ellipse(8, 4.5, 6, 3, "wood_1")
    img.ellipse(8, 4.5, 4.5, 2, "wood_2", only_if={"wood_1"})
    img.hline(4, 11, 4, "wood_3")
    for y in (7, 12):
        img.hline(2, 13, y, "stone_4")
        img.px(2, y, "stone_3")
    for x in (5, 8, 11):
        img.vline(x, 8, 14, "wood_3")
    img.vline(2, 5, 14, "wood_1")
    img.vline(13, 5, 14, "wood_4")
    img.hline(3, 12, 14, "wood_4")
    img.outline("ink_soft", sides="rb")
    return img


def crate(full: bool) -> Img:
    img = Img(T, T)
    img.hline(3, 15, 15, "stone_5")
    img.rect(1, 5, 14, 10, "wood_2")
    img.rect(1, 3, 14, 3, "wood_1")
    for y in (8, 11):
        img.hline(1, 14, y, "wood_3")
    img.vline(1, 5, 14, "wood_1")
    img.vline(14, 3, 14, "wood_4")
    img.hline(1, 14, 14, "wood_4")
    if full:
        for i in range(14):
            x = 1 + i
            img.px(x, 3, "grape_1" if i % 3 == 0 else "grape_2")
            img.px(x, 4, "grape_2" if i % 2 else "grape_3")
            if i % 4 == 1:
                img.px(x, 2, "grape_2")
                img.px(x + 1, 2, "vine_2")
    else:
        img.rect(2, 4, 12, 2, "wood_4")
        img.hline(1, 14, 3, "wood_1")
    img.outline("ink_soft", sides="rb")
    return img


def tools() -> Img:
    """A pitchfork and a rake leaning on a wall."""
    img = Img(T, T)
    img.line(3, 15, 6, 2, "wood_1")
    img.line(4, 15, 7, 2, "wood_3")
    for i in range(4):
        img.vline(4 + i * 2 - 2, 0, 3, "stone_4")
    img.hline(2, 9, 3, "stone_3")
    img.line(12, 15, 10, 1, "wood_2")
    img.line(13, 15, 11, 1, "wood_3")
    img.hline(7, 14, 1, "stone_4")
    for x in range(7, 15, 2):
        img.px(x, 2, "stone_5")
    return img


def bench() -> Img:
    """32 x 16 wooden bench facing south."""
    img = Img(32, 16)
    img.hline(4, 31, 15, "stone_5")
    img.hline(6, 31, 14, "stone_5")
    img.rect(2, 2, 28, 3, "wood_2")  # backrest
    img.hline(2, 29, 2, "wood_1")
    img.rect(1, 7, 30, 4, "wood_1")  # seat
    img.hline(1, 30, 10, "wood_3")
    img.hline(1, 30, 8, "wood_2")
    for x in (3, 27):
        img.rect(x, 11, 2, 4, "wood_3")
        img.vline(x, 5, 6, "wood_3")
    img.outline("ink_soft", sides="rb")
    return img


def garden_table() -> Img:
    """32 x 16 wooden table under the olive tree (for dinner in the garden)."""
    img = Img(32, 16)
    img.rect(1, 2, 30, 8, "wood_1")
    img.hline(1, 30, 2, "ochre_1")
    for x in range(3, 30, 6):
        img.vline(x, 3, 8, "wood_2")
    img.rect(1, 9, 30, 2, "wood_3")
    for x in (2, 28):
        img.rect(x, 11, 2, 4, "wood_3")
        img.px(x, 11, "wood_2")
    img.hline(4, 31, 15, "stone_5")
    img.outline("ink_soft", sides="rb")
    # a jug and a glass of wine
    img.rect(8, 2, 3, 4, "terra_2")
    img.px(8, 2, "terra_1")
    img.px(10, 5, "terra_3")
    img.rect(20, 4, 2, 2, "grape_2")
    img.px(20, 4, "red_1")
    return img


def chair(facing_right: bool) -> Img:
    img = Img(T, T)
    img.rect(4, 7, 8, 3, "wood_1")
    img.hline(4, 11, 9, "wood_2")
    img.rect(3, 1, 2, 9, "wood_2")
    img.vline(3, 1, 9, "wood_1")
    for x in (4, 10):
        img.rect(x, 10, 1, 4, "wood_3")
    img.hline(5, 12, 14, "stone_5")
    img.outline("ink_soft", sides="rb")
    return img if facing_right else img.flip_x().remap(lambda c, x, y: c)


def pot(plant: str) -> Img:
    img = Img(T, T)
    img.hline(5, 14, 15, "stone_5")
    img.rect(4, 9, 8, 6, "terra_2")
    img.rect(3, 8, 10, 2, "terra_1")
    img.hline(3, 12, 9, "terra_3")
    img.vline(4, 10, 14, "terra_1")
    img.vline(11, 10, 14, "terra_3")
    img.hline(5, 10, 14, "terra_4")
    if plant == "rosemary":
        for i, (x, top) in enumerate(((4, 3), (5, 1), (6, 4), (7, 0), (8, 2), (9, 1), (10, 3), (11, 4))):
            img.vline(x, top, 7, "olive_3" if i % 2 else "cypress_1")
            img.px(x, top, "olive_2")
            if i % 3 == 0:
                img.px(x, top + 2, "lav_1")
        img.px(6, 2, "olive_2")
    else:  # geraniums
        img.ellipse(8, 5, 5, 3.5, "green_2")
        img.ellipse(7.5, 4.5, 3.5, 2.5, "green_1", only_if={"green_2"})
        for x, y in ((5, 3), (9, 2), (11, 5), (7, 6)):
            img.rect(x, y, 2, 2, "red_1")
            img.px(x, y, "tomato")
    img.outline("ink_soft", sides="rb")
    return img


def poppies(variant: int) -> Img:
    rng = random.Random(SEED * 1300 + variant)
    img = Img(T, T)
    for _ in range(4 + variant):
        x, y = rng.randrange(2, 14), rng.randrange(3, 14)
        img.vline(x, y + 1, y + 2, "green_2")
        img.px(x, y, "red_1")
        img.px(x + 1, y, "red_2")
        img.px(x, y - 1, "tomato")
        img.px(x + 1, y - 1, "red_1") if rng.random() < 0.5 else None
    return img


def wildflowers(variant: int) -> Img:
    rng = random.Random(SEED * 1400 + variant)
    img = Img(T, T)
    colors = ["white", "lav_1", "sunflower", "white"] if variant == 0 else ["lav_1", "lav_2", "white", "sky_1"]
    for i in range(7):
        x, y = rng.randrange(1, 15), rng.randrange(2, 14)
        img.px(x, y + 1, "grass_3")
        img.px(x, y, colors[i % len(colors)])
    return img


def sunflower() -> Img:
    """16 x 32: stalk below, head above (facing west, toward the low sun)."""
    img = Img(T, 32)
    img.vline(8, 10, 29, "green_2")
    img.vline(9, 12, 29, "olive_4")
    for y, side in ((16, -1), (21, 1), (25, -1)):
        img.ellipse(8 + side * 3, y, 3, 1.6, "green_1")
        img.px(8 + side * 4, y, "green_2")
    img.hline(6, 12, 30, "soil_3")
    img.ellipse(7.5, 7, 6, 6, "sunflower")
    for y in range(1, 14):
        for x in range(1, 15):
            if img.get(x, y) == "sunflower" and (x + y) % 3 == 0:
                img.px(x, y, "ochre_1")
    img.ellipse(7, 7, 3, 3, "wood_3")
    img.px(6, 6, "wood_2")
    img.px(7, 8, "wood_4")
    img.outline("ochre_3", sides="rb")
    return img


def signpost() -> Img:
    img = Img(T, T)
    img.hline(7, 12, 15, "stone_5")
    img.rect(7, 4, 2, 11, "wood_2")
    img.vline(7, 4, 14, "wood_1")
    img.rect(2, 3, 11, 5, "wood_1")
    img.px(13, 4, "wood_1")
    img.px(13, 5, "wood_1")
    img.px(13, 6, "wood_1")
    img.px(14, 5, "wood_1")
    img.hline(2, 12, 7, "wood_3")
    img.hline(4, 10, 5, "wood_3")  # a painted arrow
    img.px(10, 4, "wood_3")
    img.px(10, 6, "wood_3")
    img.outline("ink_soft", sides="rb")
    return img


def rock() -> Img:
    img = Img(T, T)
    img.ellipse(9, 12, 6.5, 3, "stone_5")
    img.ellipse(7.5, 10, 6, 4.5, "stone_3")
    img.ellipse(6.5, 9, 4.5, 3, "stone_2", only_if={"stone_3"})
    img.ellipse(5.5, 8, 2.5, 1.5, "stone_1", only_if={"stone_2"})
    img.outline("stone_5", sides="rb")
    return img


def shrub() -> Img:
    rng = random.Random(SEED + 1500)
    img = Img(T, T)
    img.ellipse(10, 13, 6, 2.5, "grass_4")
    for _ in range(6):
        cx, cy = 4 + rng.random() * 8, 6 + rng.random() * 5
        img.ellipse(cx, cy, 3, 2.5, "olive_3")
        img.ellipse(cx - 0.7, cy - 0.7, 2, 1.5, "olive_2", only_if={"olive_3"})
        img.px(int(cx) - 1, int(cy) - 1, "olive_1")
    img.outline("olive_4", sides="rb")
    return img


def wheelbarrow() -> Img:
    img = Img(T, T)
    img.hline(4, 15, 15, "stone_5")
    img.rect(2, 5, 10, 6, "stone_3")
    img.hline(2, 11, 5, "stone_2")
    img.rect(3, 6, 8, 3, "soil_3")
    img.line(11, 8, 15, 11, "wood_2")
    img.line(11, 6, 15, 9, "wood_1")
    img.ellipse(4, 12.5, 2, 2.5, "ink_soft")
    img.px(4, 12, "stone_4")
    img.vline(10, 11, 14, "wood_3")
    img.outline("ink_soft", sides="rb")
    return img


# ------------------------------------------------------------------ the sheet

def build() -> Sheet:
    sheet = Sheet("provence")
    # ground
    for v in range(GRASS_VARIANTS):
        sheet.add(f"grass_{v}", grass(v))
    for v in range(SOIL_VARIANTS):
        sheet.add(f"soil_{v}", soil(v))
    for v in range(GRAVEL_VARIANTS):
        sheet.add(f"gravel_{v}", gravel(v))
    for other, prefix in (("gravel", "gv"), ("soil", "gs")):
        for corners in CORNER_SETS:
            if corners in ((0, 0, 0, 0), (1, 1, 1, 1)):
                continue
            sheet.add(f"{prefix}_{corner_key(corners)}", transition(other, corners))
    for ground in ("grass", "gravel", "soil"):
        base = TEXTURES[ground](0)
        for corners in CORNER_SETS:
            if corners == (0, 0, 0, 0):
                continue
            sheet.add(f"sh_{ground}_{corner_key(corners)}", shadowed(base, corners, full=corners == (1, 1, 1, 1)))
        sheet.add(f"sh_{ground}_full2", shadowed(TEXTURES[ground](1), None, full=True))

    # vines: three plain variants, two row ends; each rustles now and then
    for kind, variants in (("mid", 3), ("west", 1), ("east", 1)):
        for v in range(variants):
            names = [f"vine_{kind}{v}_f{f}" for f in range(3)]
            for f, name in enumerate(names):
                sheet.add(name, vine(kind, v, f), collides=True)
            start = (v + (1 if kind == "west" else 2 if kind == "east" else 0)) % 3
            order = [names[(start + i) % 3] for i in range(3)]
            sheet.animate(names[0], [names[0]] + [n for n in order if n != names[0]],
                          [1400 + 300 * v, 220, 260])
    # lavender: two bushes, four frames of breeze each, out of phase
    for v in range(2):
        names = [f"lavender{v}_f{f}" for f in range(4)]
        for f, name in enumerate(names):
            sheet.add(name, lavender(v, f), collides=True)
        sheet.animate(names[0], names, [320, 280, 320, 280] if v == 0 else [300, 340, 300, 340])

    # trees
    for v in range(2):
        canopy, trunk = olive_tree(v)
        sheet.add_grid(f"olive{v}_top", canopy)
        sheet.add_grid(f"olive{v}_trunk", trunk, collide=lambda c, r: (c, r) == (1, 2))
    cyp = cypress()
    sheet.add_grid("cypress", cyp, collide=lambda c, r: r == 2)

    # buildings
    house = mas()
    sheet.add_grid("mas", house, collide=lambda c, r: r >= 1 and not (c == 4 and r == 5))
    cave = cellar_entrance()
    sheet.add_grid("cave", cave, collide=lambda c, r: r >= 1 and not (r == 3 and c in (1, 2)))

    # walls and fences: 16 pieces each, named by connections n e s w
    for bits in range(16):
        n, e, s, w = bool(bits & 1), bool(bits & 2), bool(bits & 4), bool(bits & 8)
        key = ("n" if n else "") + ("e" if e else "") + ("s" if s else "") + ("w" if w else "")
        sheet.add(f"wall_{key or 'o'}", drystone_wall(n, e, s, w), collides=True)
    for bits in range(16):
        n, e, s, w = bool(bits & 1), bool(bits & 2), bool(bits & 4), bool(bits & 8)
        key = ("n" if n else "") + ("e" if e else "") + ("s" if s else "") + ("w" if w else "")
        sheet.add(f"fence_{key or 'o'}", fence(n, e, s, w), collides=True)
    sheet.add("fence_gate", fence_gate())

    # the well: the top row goes above, the water glints; its open frame blocks too, or he could
    # stand between the posts, over the water
    frames = [well(f) for f in range(3)]
    for f, img in enumerate(frames):
        for c in range(2):
            for r in range(2):
                if f > 0 and r == 0:
                    continue
                sheet.add(f"well_{c}_{r}_f{f}", img.sub(c * T, r * T, T, T), collides=f == 0)
    for c in range(2):
        sheet.animate(f"well_{c}_1_f0", [f"well_{c}_1_f{f}" for f in range(3)], [500, 380, 440])

    # garden and props
    for v in range(2):
        sheet.add(f"tomato_{v}", tomato(v), collides=True)
        sheet.add(f"lettuce_{v}", lettuce(v), collides=True)
        sheet.add(f"courgette_{v}", courgette(v), collides=True)
    sheet.add("barrel", barrel(), collides=True)
    sheet.add("crate", crate(False), collides=True)
    sheet.add("crate_grapes", crate(True), collides=True)
    sheet.add("tools", tools(), collides=True)
    sheet.add_grid("bench", bench(), collide=lambda c, r: True)
    sheet.add_grid("table", garden_table(), collide=lambda c, r: True)
    sheet.add("chair_r", chair(True), collides=True)
    sheet.add("chair_l", chair(False), collides=True)
    sheet.add("pot_rosemary", pot("rosemary"), collides=True)
    sheet.add("pot_geranium", pot("geranium"), collides=True)
    for v in range(3):
        sheet.add(f"poppies_{v}", poppies(v))
    for v in range(2):
        sheet.add(f"flowers_{v}", wildflowers(v))
    sheet.add_grid("sunflower", sunflower(), collide=lambda c, r: r == 1)
    sheet.add("signpost", signpost(), collides=True)
    sheet.add("rock", rock(), collides=True)
    sheet.add("shrub", shrub(), collides=True)
    sheet.add("wheelbarrow", wheelbarrow(), collides=True)

    # last, the long tail: every transition under every cast-shadow shape
    for other, prefix in (("gravel", "gv"), ("soil", "gs")):
        for corners in CORNER_SETS:
            if corners in ((0, 0, 0, 0), (1, 1, 1, 1)):
                continue
            edge = transition(other, corners)
            for sh in CORNER_SETS:
                if sh == (0, 0, 0, 0):
                    continue
                sheet.add(f"{prefix}_{corner_key(corners)}_sh{corner_key(sh)}",
                          shadowed(edge, sh, full=sh == (1, 1, 1, 1)))
    add_terrain_sets(sheet)
    return sheet


# ------------------------------------------------------------------ terrain brushes

GROUNDS = {"grass": "gv", "gravel": "gv", "soil": "gs"}  # ground -> the transitions it is in
IN_SHADE = " in shade"
# how often the brush lays each variant: the plain ones most, flowers, a pebble or a stone now and then
VARIANT_CHANCES = {"grass_1": 0.75, "grass_2": 0.75, "grass_3": 0.5, "grass_4": 0.5, "grass_5": 0.25,
                   "grass_6": 0.25, "grass_7": 0.25, "gravel_2": 0.5, "sh_grass_full2": 0.67,
                   "sh_gravel_full2": 0.67, "sh_soil_full2": 0.67}


def _ground_corners(other: str, terrain, shadow) -> list[str]:
    """Each corner's colour (tl, tr, bl, br): grass or `other` by `terrain`, in shade by `shadow`."""
    return [("grass" if not t else other) + (IN_SHADE if s else "") for t, s in zip(terrain, shadow)]


def add_vine_rows(rows: WangSet, colour: str, pattern: str) -> None:
    """The vine pieces named by `pattern` ('vine_{}_f0': mid0, west0…) as an east-west edge set."""
    for v in range(3):
        rows.edges(pattern.format(f"mid{v}"), None, colour, None, colour)
    rows.edges(pattern.format("west0"), None, colour, None, None)
    rows.edges(pattern.format("east0"), None, None, None, colour)


def add_terrain_sets(sheet: Sheet) -> None:
    """Tiled's terrain brushes for this sheet: ground (grass, gravel, soil and their cast
    shadows), vine rows, dry-stone walls and fences."""
    colours = [(name, PROVENCE[f"{name}_2"], f"{name}_0") for name in GROUNDS]
    colours += [(name + IN_SHADE, PROVENCE[shade(f"{name}_2")], f"sh_{name}_1111") for name in GROUNDS]
    ground = sheet.wang("Ground", "corner", colours, "gv_0011")
    none = (0, 0, 0, 0)
    for name in GROUNDS:
        variants = [tile for tile in sheet.ids if tile.rsplit("_", 1)[0] == name]
        for tile in variants:
            ground.corners(tile, *[name] * 4)
        everywhere = none if name == "grass" else (1, 1, 1, 1)
        for shadow in CORNER_SETS[1:]:
            ground.corners(f"sh_{name}_{corner_key(shadow)}", *_ground_corners(name, everywhere, shadow))
        ground.corners(f"sh_{name}_full2", *[name + IN_SHADE] * 4)
    for other, prefix in (("gravel", "gv"), ("soil", "gs")):
        for terrain in CORNER_SETS[1:-1]:
            ground.corners(f"{prefix}_{corner_key(terrain)}", *_ground_corners(other, terrain, none))
            for shadow in CORNER_SETS[1:]:
                ground.corners(f"{prefix}_{corner_key(terrain)}_sh{corner_key(shadow)}",
                               *_ground_corners(other, terrain, shadow))
    for tile, chance in VARIANT_CHANCES.items():
        sheet.probability(tile, chance)

    # vine rows run east-west: a middle piece joins both sides, a row's first piece only its east
    add_vine_rows(sheet.wang("Vine rows", "edge", [("vines", PROVENCE["vine_2"], "vine_mid0_f0")], "vine_mid0_f0"),
                  "vines", "vine_{}_f0")

    wall = sheet.wang("Dry-stone wall", "edge", [("wall", PROVENCE["stone_2"], "wall_ew")], "wall_ew")
    add_connection_set(wall, "wall", "wall", sheet)
    fence = sheet.wang("Fence", "edge", [("fence", PROVENCE["wood_2"], "fence_ew")], "fence_ew")
    add_connection_set(fence, "fence", "fence", sheet)
    fence.edges("fence_gate", None, "fence", None, "fence")
    sheet.probability("fence_gate", 0)  # a gate goes where the designer puts it, never at random


def generate(root: pathlib.Path) -> list[pathlib.Path]:
    return build().save(pathlib.Path(root), "provence")


if __name__ == "__main__":
    for p in generate(pathlib.Path(__file__).resolve().parents[2]):
        print(p)
