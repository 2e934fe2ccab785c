"""Generate the Berlin tileset: assets/tilesets/berlin.png + berlin.tsx.

West Berlin, 1983, a wet night. Cold grey-blue cobbles and pavements slick with
rain, Altbau facades with dark windows and a few lit ones, zinc roofs, a café
with a flickering neon sign, a kiosk, the U-Bahn, parked Beetles and Trabants,
plane trees; a churchyard with gravestones, yew hedges, an old brick wall and a
chapel. Tiles are NAMED here, and the terrain (Wang) sets Tiled's terrain brush
paints with are declared by those names (`add_terrain_sets`): the street's
cobbles and kerbed pavements, the churchyard's paths, yew hedges, the brick wall.

Usage: python assets/scripts/tiles_berlin.py   (from the repo root)
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
    Img,
    PeriodicNoise,
    Sheet,
    T,
    add_connection_set,
    corner_key,
    ragged_join,
)

SEED = 1983
STYLES = {  # facade plaster ramps: light, mid, dark
    "g": ("b_plg_1", "b_plg_2", "b_plg_3"),
    "o": ("b_plo_1", "b_plo_2", "b_plo_3"),
    "b": ("b_plb_1", "b_plb_2", "b_plb_3"),
}
KEYS = [("n" if n else "") + ("e" if e else "") + ("s" if s else "") + ("w" if w else "")
        for n in (0, 1) for e in (0, 1) for s in (0, 1) for w in (0, 1)]


def _h(*values) -> int:
    """A small deterministic hash of ints (no Python hash randomisation)."""
    h = 2166136261
    for v in values:
        h = ((h ^ (v & 0xFFFFFFFF)) * 16777619) & 0xFFFFFFFF
    return h


# ------------------------------------------------------------------ ground

def cobbles(variant: int) -> Img:
    """Wet granite setts in staggered rows, joints full of rain water."""
    rng = random.Random(SEED * 10 + variant)
    img = Img(T, T, "b_cob_4")
    for y in range(T):
        r = y // 4
        off = (r % 2) * 2
        for x in range(T):
            lx, ly = (x + off) % 4, y % 4
            if lx == 3 or ly == 3:
                continue
            col = ((x + off) // 4) % 4
            straddles = off and col == 0
            k = _h(r, col, 0 if straddles else variant, 7) % 7
            base = ("b_cob_2", "b_cob_2", "b_cob_2", "b_cob_1", "b_cob_3", "b_cob_2", "b_cob_3")[k]
            c = base
            if lx == 2 or ly == 2:
                c = {"b_cob_1": "b_cob_2", "b_cob_2": "b_cob_3", "b_cob_3": "b_cob_4"}[base]
            if lx == 0 and ly == 0 and k in (0, 3, 5):
                c = "b_wet"
            img.px(x, y, c)
    for _ in range(3 + variant % 3):  # glints of rain on the stones' tops
        x, y = rng.randrange(T), rng.randrange(T)
        if img.get(x, y) in ("b_cob_2", "b_cob_1"):
            img.px(x, y, "b_sheen" if rng.random() < 0.3 else "b_wet")
    if variant >= 4:  # a wet dark patch where water pools between setts
        cx, cy = rng.randrange(4, 12), rng.randrange(4, 12)
        for y in range(cy - 2, cy + 3):
            for x in range(cx - 3, cx + 4):
                if (x - cx) ** 2 / 9 + (y - cy) ** 2 / 4 <= 1 and img.get(x, y) != "b_wet":
                    img.px(x, y, "b_puddle_1" if img.get(x, y) == "b_cob_4" else "b_cob_3")
    return img


def cobbles_lit(variant: int) -> Img:
    """Cobbles under a sodium lamp: its light smeared in long wet streaks."""
    img = cobbles(variant)
    for y in range(T):
        for x in range(T):
            c = img.get(x, y)
            d = abs(x - 7.5) / 6 + abs(y - 8) / 14
            streak = (x * 7 + y // 3 + variant) % 5
            if c in ("b_wet", "b_sheen", "b_cob_1") and d < 0.9:
                img.px(x, y, "b_sodium_1" if d < 0.35 and streak < 2 else "b_sodium_2")
            elif c == "b_cob_2" and d < 0.7 and streak < 3:
                img.px(x, y, "b_sodium_3")
            elif c == "b_cob_3" and d < 0.5 and streak < 2:
                img.px(x, y, "b_sodium_4")
    return img


def puddle(frame: int) -> Img:
    """A puddle on cobbles, rain rings spreading over it."""
    img = cobbles(1)
    cx, cy = 8.0, 8.5
    for y in range(T):
        for x in range(T):
            d = (x + 0.5 - cx) ** 2 / 42 + (y + 0.5 - cy) ** 2 / 20
            if d <= 1.0:
                img.px(x, y, "b_puddle_1" if d > 0.75 or (x + y) % 7 else "b_puddle_2")
    # the sky's reflection: a pale band
    img.hline(5, 10, 6, "b_puddle_2")
    img.hline(4, 7, 10, "b_puddle_2")
    rings = [((6, 8), 0), ((10, 10), 2), ((9, 6), 1)]
    for (rx, ry), phase in rings:
        k = (frame + phase) % 4
        if k == 0:
            img.px(rx, ry, "b_puddle_3")
        elif k == 1:
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                img.px(rx + dx, ry + dy, "b_puddle_3")
        elif k == 2:
            for dx in (-2, -1, 0, 1, 2):
                img.px(rx + dx, ry - 1 if abs(dx) < 2 else ry, "b_puddle_2")
                img.px(rx + dx, ry + 1 if abs(dx) < 2 else ry, "b_puddle_2")
    return img


def pavement(variant: int) -> Img:
    """Grey concrete slabs, 8 px, darker where the rain soaks them."""
    rng = random.Random(SEED * 20 + variant)
    img = Img(T, T, "b_pave_2")
    for y in range(T):
        for x in range(T):
            if x % 8 == 7 or y % 8 == 7:
                img.px(x, y, "b_pave_3")
            elif x % 8 == 0 or y % 8 == 0:
                img.px(x, y, "b_pave_1" if (x + y + variant) % 3 else "b_pave_2")
    for _ in range(10):
        x, y = rng.randrange(T), rng.randrange(T)
        if img.get(x, y) == "b_pave_2":
            img.px(x, y, "b_pave_3" if rng.random() < 0.6 else "b_wet")
    if variant == 2:  # a cracked slab
        img.line(2, 2, 5, 5, "b_pave_3")
        img.px(6, 5, "b_pave_3")
    if variant == 3:  # a soaked slab
        img.rect(8, 8, 7, 7, "b_pave_3")
        img.px(9, 9, "b_wet")
        img.px(12, 11, "b_wet")
    return img


# each side of a tile and each corner: its two (one) corners in (tl, tr, bl, br) order, and how
# far a pixel lies from it (Chebyshev from a corner, so a kerb turns square as granite kerbs do)
SIDES = {"n": ((0, 1), lambda x, y: y), "s": ((2, 3), lambda x, y: T - 1 - y),
         "w": ((0, 2), lambda x, y: x), "e": ((1, 3), lambda x, y: T - 1 - x)}
CORNERS = {"nw": (0, lambda x, y: max(x, y)), "ne": (1, lambda x, y: max(T - 1 - x, y)),
           "sw": (2, lambda x, y: max(x, T - 1 - y)), "se": (3, lambda x, y: max(T - 1 - x, T - 1 - y))}
# from the road up: the gutter (the kerb's shadow on the south and east, a wet joint on the
# north and west), the granite kerb, the lit lip of the pavement
KERB = (None, "b_stone_3", "b_pave_1")


def kerb_tile(pavement_corners) -> Img:
    """Pavement with a granite kerb where it meets the road; `pavement_corners` (tl, tr, bl, br):
    1 where the pavement reaches the tile's corner, 0 where the road does.

    The road's edge runs along the sides whose two corners are road and round each road
    corner, three pixels deep, so pieces join whatever their neighbours: a straight kerb,
    a pavement's outer corner, a road's inner corner.
    """
    img = pavement(0)
    road = [not corner for corner in pavement_corners]
    # (a corner only where no side is as near: a straight kerb runs to the tile's end)
    near = [(0, name, far) for name, (corners, far) in SIDES.items() if all(road[c] for c in corners)]
    near += [(1, name, far) for name, (corner, far) in CORNERS.items() if road[corner]]
    if not near:
        return img
    for y in range(T):
        for x in range(T):
            depth, _, edge = min((far(x, y), is_corner, name) for is_corner, name, far in near)
            if depth < len(KERB):
                shadowed = edge in ("s", "e", "se")
                img.px(x, y, KERB[depth] if depth else ("b_ink_soft" if shadowed else "b_cob_4"))
    return img


def kerb(side: str) -> Img:
    """Pavement whose edge on `side` (n/s/e/w) is a granite kerb over the road."""
    return kerb_tile(tuple(0 if corner in SIDES[side][0] else 1 for corner in range(4)))


def grass(variant: int) -> Img:
    rng = random.Random(SEED * 30 + variant)
    img = Img(T, T, "b_grass_2")
    for _ in range(26):
        x, y = rng.randrange(T), rng.randrange(T)
        img.px(x, y, "b_grass_3")
        if rng.random() < 0.5:
            img.px(x, y - 1, "b_grass_1")
    if variant == 2:  # fallen wet leaves
        for _ in range(3):
            x, y = rng.randrange(1, T - 2), rng.randrange(1, T - 2)
            img.px(x, y, "b_bark_2")
            img.px(x + 1, y, "b_sodium_4")
    if variant == 3:
        for _ in range(5):
            x, y = rng.randrange(T), rng.randrange(T)
            img.px(x, y, "b_moss")
    return img


def gravel(variant: int) -> Img:
    rng = random.Random(SEED * 40 + variant)
    img = Img(T, T, "b_grav_2")
    for _ in range(34):
        x, y = rng.randrange(T), rng.randrange(T)
        img.px(x, y, "b_grav_1" if rng.random() < 0.5 else "b_grav_3")
    for _ in range(4):
        x, y = rng.randrange(T), rng.randrange(T)
        img.px(x, y, "b_wet")
    if variant == 2:
        img.ellipse(9, 10, 3.5, 1.8, "b_puddle_1")
        img.px(8, 10, "b_puddle_2")
    return img


PATH_NOISE = PeriodicNoise(SEED + 7, cells=4, amp=0.14)


def path_edge(corners) -> Img:
    """Churchyard grass with a gravel path on the corners marked 1 (tl, tr, bl, br), a ragged border."""
    return ragged_join(grass(0), gravel(0), corners, PATH_NOISE, "b_grav_3", "b_grass_1", "b_grass_3")


def drain() -> Img:
    img = cobbles(0)
    img.rect(4, 5, 8, 6, "b_ink")
    for x in range(5, 11, 2):
        img.vline(x, 6, 9, "b_stone_3")
    img.hline(4, 11, 5, "b_stone_3")
    img.hline(4, 11, 10, "b_cob_1")
    return img


def leaves_overlay(variant: int) -> Img:
    """Wet plane-tree leaves stuck to the ground (transparent overlay)."""
    rng = random.Random(SEED * 50 + variant)
    img = Img(T, T)
    for _ in range(4):
        x, y = rng.randrange(1, T - 2), rng.randrange(1, T - 2)
        c = ("b_sodium_4", "b_bark_2", "b_leaf_2")[rng.randrange(3)]
        img.px(x, y, c)
        img.px(x + 1, y, c)
        img.px(x, y + 1, "b_bark_3")
    return img


# ------------------------------------------------------------------ houses

def plaster(style: str, seed: int) -> Img:
    light, mid, dark = STYLES[style]
    rng = random.Random(seed)
    img = Img(T, T, mid)
    for _ in range(14):
        x, y = rng.randrange(T), rng.randrange(T)
        img.px(x, y, dark if rng.random() < 0.6 else light)
    for _ in range(2):  # soot and rain streaks running down
        x = rng.randrange(T)
        y = rng.randrange(6)
        img.vline(x, y, y + 4 + rng.randrange(6), dark)
    return img


def window(img: Img, style: str, lit: bool, x0: int, y0: int, w: int, h: int, seed: int, arch=False):
    light, mid, dark = STYLES[style]
    img.rect(x0 - 1, y0 - 1, w + 2, h + 2, light)
    img.rect(x0, y0, w, h, "b_glass_1")
    if lit:
        img.rect(x0, y0, w, h, "b_lit_2")
        img.rect(x0, y0, w, 2, "b_lit_1")
        # a curtain half drawn, a lamp's glow
        img.vline(x0 + (seed % 2) * (w - 1), y0, y0 + h - 1, "b_lit_3")
        img.px(x0 + w // 2, y0 + 2, "b_lit_1")
    else:
        img.rect(x0, y0 + h // 2, w, h - h // 2, "b_glass_2")
        img.px(x0, y0, "b_wet")
        if seed % 3 == 0:
            img.px(x0 + 1, y0 + 1, "b_puddle_2")
    img.vline(x0 + w // 2, y0, y0 + h - 1, light if not lit else "b_lit_3")
    img.hline(x0, x0 + w - 1, y0 + h // 3, light if not lit else "b_lit_3")
    if arch:
        img.hline(x0, x0 + w - 1, y0 - 2, light)
        img.px(x0 - 1, y0 - 1, mid)
        img.px(x0 + w, y0 - 1, mid)
    img.hline(x0 - 2, x0 + w + 1, y0 + h + 1, light)  # the sill
    img.hline(x0 - 1, x0 + w, y0 + h + 2, dark)
    img.px(x0 + 1, y0 + h + 3, "b_soot")  # a drip of grime
    img.px(x0 + 1, y0 + h + 4, dark)


def facade(style: str, row: str, kind: str, seed: int) -> Img:
    """One 16 px bay of an Altbau front: row top/mid/gnd, kind window/lit/balcony/door/pier/shutter."""
    light, mid, dark = STYLES[style]
    img = plaster(style, seed)
    if row == "top":  # the cornice under the eaves, with dentils
        img.hline(0, 15, 0, light)
        img.hline(0, 15, 1, dark)
        for x in range(0, 16, 3):
            img.px(x, 2, dark)
    if row == "gnd":  # rusticated ground floor, a sooty plinth
        for y in (3, 7, 11):
            img.hline(0, 15, y, dark)
        for y in range(T):
            if y not in (3, 7, 11) and (y // 4) % 2 == 0:
                img.px(7, y, dark)
        img.rect(0, 14, 16, 2, "b_soot")
        img.hline(0, 15, 0, light)
    if kind in ("window", "lit"):
        if row == "gnd":
            window(img, style, kind == "lit", 5, 4, 6, 7, seed)
            img.rect(4, 3, 8, 1, light)
        else:
            window(img, style, kind == "lit", 5, 4 if row == "top" else 3, 6, 8, seed, arch=row == "mid")
    elif kind == "balcony":
        window(img, style, seed % 4 == 0, 5, 2, 6, 8, seed)
        img.rect(2, 11, 12, 1, "b_ink_soft")   # the balcony's iron rail
        img.rect(2, 14, 12, 2, dark)
        for x in range(2, 14, 2):
            img.vline(x, 11, 13, "b_ink_soft")
        img.px(3, 10, "b_leaf_2")  # a forgotten pot plant
        img.px(4, 10, "b_leaf_3")
    elif kind == "door":
        img.rect(3, 1, 10, 13, light)
        img.rect(4, 2, 8, 12, "b_wood_2")
        img.rect(4, 2, 8, 3, "b_glass_2")  # the transom
        img.px(6, 3, "b_lit_3")
        img.vline(8, 5, 13, "b_wood_3")
        img.rect(5, 6, 2, 3, "b_wood_1")
        img.rect(9, 6, 2, 3, "b_wood_1")
        img.rect(5, 10, 2, 3, "b_wood_3")
        img.rect(9, 10, 2, 3, "b_wood_3")
        img.px(7, 9, "b_chrome")
        img.px(13, 6, "b_white")  # the bell plate
        img.px(13, 7, "b_chrome")
        img.rect(3, 14, 10, 2, "b_stone_3")  # the worn step
        img.hline(3, 12, 14, "b_stone_2")
    elif kind == "shutter":  # a shop closed for the night
        img.rect(2, 2, 12, 12, "b_stone_3")
        for y in range(3, 14, 2):
            img.hline(2, 13, y, "b_cob_3")
        img.hline(2, 13, 2, light)
        if seed % 2:
            img.line(4, 8, 8, 6, "b_paper_2")  # graffiti
            img.line(8, 6, 11, 9, "b_paper_2")
    elif kind == "posters":
        for px_, py, w, h, c in ((1, 3, 6, 8, "b_paper_1"), (8, 2, 7, 9, "b_paper_3"),
                                 (4, 6, 6, 7, "b_paper_2")):
            img.rect(px_, py, w, h, c)
            img.hline(px_ + 1, px_ + w - 2, py + 2, "b_ink_soft")
            img.px(px_ + w - 1, py + h - 1, dark)  # a peeling corner
        img.hline(5, 8, 9, "b_white")
    return img


def cafe(kind: str) -> Img:
    """The café's ground floor: warm windows with people inside, a glazed door."""
    style = "o"
    light, mid, dark = STYLES[style]
    img = plaster(style, 99)
    img.rect(0, 14, 16, 2, "b_soot")
    if kind == "door":
        img.rect(4, 1, 8, 13, "b_wood_3")
        img.rect(5, 2, 6, 11, "b_lit_2")
        img.rect(5, 2, 6, 2, "b_lit_1")
        img.px(9, 8, "b_chrome")
        img.rect(4, 14, 8, 2, "b_stone_3")
    else:
        img.rect(1, 2, 14, 11, "b_wood_3")
        img.rect(2, 3, 12, 9, "b_lit_2")
        img.rect(2, 3, 12, 2, "b_lit_1")
        # a table and two heads: someone else's evening
        sx = 4 if kind == "win0" else 8
        img.ellipse(sx + 0.5, 7.5, 1.5, 1.5, "b_lit_3")
        img.ellipse(sx + 4.5, 8, 1.5, 1.5, "b_wood_2")
        img.rect(sx, 10, 6, 1, "b_wood_2")
        img.vline(sx + 2, 10, 11, "b_wood_3")
        img.hline(2, 13, 12, "b_lit_3")
        img.px(13 if kind == "win0" else 2, 4, "b_white")  # lettering on the glass
        img.px(12 if kind == "win0" else 3, 4, "b_white")
    return img


def awning(part: str) -> Img:
    """The café's striped awning, over the top of its ground floor (transparent below)."""
    img = Img(T, T)
    x0 = 1 if part == "l" else 0
    x1 = 14 if part == "r" else 15
    for x in range(x0, x1 + 1):
        c = "b_paper_2" if (x // 2) % 2 == 0 else "b_paper_3"
        for y in range(0, 5):
            img.px(x, y, c if y < 4 else ("b_neon_3" if c == "b_paper_2" else "b_stone_2"))
        img.px(x, 5, "b_ink_soft" if x % 2 == 0 else None)
    return img


NEON_FONT = {
    "C": ["###", "#..", "#..", "#..", "###"],
    "A": ["###", "#.#", "###", "#.#", "#.#"],
    "F": ["###", "#..", "##.", "#..", "#.."],
    "E": ["###", "#..", "##.", "#..", "###"],
}


def neon(part: int, frame: int) -> Img:
    """The neon sign over the café: frame 0 on, 1 dim, 2 off."""
    style = "o"
    img = plaster(style, 70 + part)
    img.rect(0, 3, 16, 10, "b_ink_soft")
    img.hline(0, 15, 3, "b_ink")
    on, halo = {0: ("b_neon_1", "b_neon_2"), 1: ("b_neon_2", "b_neon_3"), 2: ("b_neon_off", None)}[frame]
    if part == 0:
        for i, ch in enumerate("CAFE"):
            for yy, row in enumerate(NEON_FONT[ch]):
                for xx, c in enumerate(row):
                    if c == "#":
                        img.px(1 + i * 4 + xx, 5 + yy, on)
        img.px(13, 4, on)  # the accent over the E
        img.px(14, 3 + 1, on) if False else None
    else:
        # a steaming cup
        img.rect(4, 7, 6, 4, on)
        img.rect(5, 8, 4, 2, "b_ink_soft")
        img.px(10, 8, on)
        img.px(11, 9, on)
        img.px(10, 10, on)
        img.hline(3, 10, 11, on)
        for y, dx in ((4, 0), (5, 1), (6, 0)):
            img.px(6 + dx, y, on)
            img.px(8 + dx, y, on)
    if halo:
        out = img.copy()
        for y in range(3, 13):
            for x in range(T):
                if img.get(x, y) == "b_ink_soft" and any(img.get(x + dx, y + dy) == on
                                                           for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))):
                    out.px(x, y, halo if frame == 0 else "b_neon_off")
        img = out
    return img


def roof(kind: str, variant: int = 0) -> Img:
    """Zinc roofs with standing seams; ridge on top, gutter at the eaves."""
    rng = random.Random(SEED * 60 + variant * 7 + len(kind))
    img = Img(T, T, "b_roof_2")
    for x in range(T):
        if x % 4 == 0:
            img.vline(x, 0, 15, "b_roof_1")
        elif x % 4 == 1:
            img.vline(x, 0, 15, "b_roof_3")
    for _ in range(6):
        x, y = rng.randrange(T), rng.randrange(T)
        if img.get(x, y) == "b_roof_2":
            img.px(x, y, "b_wet" if rng.random() < 0.3 else "b_roof_3")
    if kind == "ridge":
        img.rect(0, 0, 16, 3, "b_roof_3")
        img.hline(0, 15, 0, "b_roof_1")
        img.hline(0, 15, 3, "b_roof_4")
    elif kind == "eave":
        img.rect(0, 12, 16, 2, "b_roof_4")
        img.hline(0, 15, 14, "b_stone_3")
        img.hline(0, 15, 15, "b_ink_soft")
    elif kind == "eave_n":  # a roof seen from behind: its gutter along the street on the north
        img.rect(0, 0, 16, 3, "b_roof_4")
        img.hline(0, 15, 0, "b_stone_3")
        img.hline(0, 15, 3, "b_roof_1")
    elif kind == "entry_n":  # the way in on the north side: steps under a little canopy
        img.rect(0, 0, 16, 3, "b_roof_4")
        img.hline(0, 15, 0, "b_stone_3")
        img.rect(3, 0, 10, 11, "b_ink_soft")
        for y in (1, 4, 7):
            img.rect(4, y, 8, 2, "b_stone_2" if y == 1 else "b_stone_3")
        img.rect(4, 9, 8, 2, "b_lit_3")  # the stairwell's light through the door glass
        img.rect(2, 11, 12, 3, "b_roof_3")  # the canopy
        img.hline(2, 13, 11, "b_sheen")
        img.hline(2, 13, 14, "b_roof_4")
        img.px(12, 12, "b_lit_1")
    elif kind == "chimney":
        img.rect(4, 2, 7, 10, "b_brick_2")
        for y in range(3, 11, 2):
            img.hline(4, 10, y, "b_brick_3")
        img.rect(4, 1, 7, 2, "b_stone_3")
        img.rect(5, 1, 5, 1, "b_ink")
        img.rect(11, 4, 3, 9, "b_roof_4")  # its shadow
    elif kind in ("skylight", "skylight_lit"):
        img.rect(4, 4, 8, 7, "b_roof_4")
        img.rect(5, 5, 6, 5, "b_lit_2" if kind == "skylight_lit" else "b_glass_2")
        img.hline(5, 10, 5, "b_lit_1" if kind == "skylight_lit" else "b_wet")
        img.vline(8, 5, 9, "b_roof_3")
    elif kind == "antenna":
        img.vline(8, 1, 12, "b_stone_3")
        for y, w in ((3, 4), (6, 3), (9, 2)):
            img.hline(8 - w, 8 + w, y, "b_stone_2")
        img.line(9, 12, 12, 14, "b_roof_4")
    return img


# ------------------------------------------------------------------ props

def car(body: tuple[str, str], boxy: bool) -> Img:
    """A parked car, 32 x 16, its side toward the viewer: roof, windows, body, wheels."""
    c1, c2 = body
    img = Img(32, 16)
    img.ellipse(16, 14.5, 15, 1.6, "b_ink_soft")  # the dry patch under it
    # body
    for x in range(1, 31):
        top = 7 if 3 < x < 28 else 8
        if not boxy and (x < 4 or x > 27):
            top = 9
        for y in range(top, 13):
            img.px(x, y, c1 if y < 10 else c2)
    img.hline(2, 29, 7 if boxy else 8, "b_sheen")
    # cabin
    x0, x1 = (8, 22) if boxy else (9, 22)
    for y in range(1, 8):
        inset = 0 if boxy else max(0, 3 - y)
        lo, hi = x0 + inset + (1 if y < 3 and boxy else 0), x1 - inset
        for x in range(lo, hi + 1):
            img.px(x, y, c1 if y < 3 else "b_glass_1")
    img.hline(x0 + 2, x1 - 2, 1, "b_sheen")
    for x in (x0 + 1, (x0 + x1) // 2, x1 - 1):
        img.vline(x, 3, 6, c2)
    img.px(x0 + 3, 4, "b_wet")
    img.px(x1 - 4, 4, "b_sodium_3")  # a lamp caught in the glass
    # wheels, bumpers, lights
    for wx in (6, 24):
        img.ellipse(wx + 0.5, 12.5, 3, 2.6, "b_ink")
        img.px(wx, 12, "b_stone_3")
        img.px(wx + 1, 12, "b_stone_3")
    img.hline(0, 2, 11, "b_chrome")
    img.hline(29, 31, 11, "b_chrome")
    img.px(30, 9, "b_lit_1")
    img.px(1, 9, "b_paper_2")
    img.hline(13, 15, 9, c2)  # the door handle line
    img.vline(16, 8, 12, c2)
    return img


def kiosk() -> Img:
    """A green newspaper kiosk, 32 x 32: flat roof, a lit hatch, papers pegged up."""
    img = Img(32, 32)
    img.rect(1, 2, 30, 10, "b_kiosk_2")
    img.rect(0, 1, 32, 3, "b_roof_3")
    img.hline(0, 31, 1, "b_roof_1")
    img.rect(3, 5, 26, 5, "b_paper_3")  # the sign board
    for i, c in enumerate(("b_paper_2", "b_ink_soft", "b_ublue", "b_paper_2", "b_ink_soft")):
        img.rect(5 + i * 5, 6, 3, 3, c)
    img.rect(2, 12, 28, 18, "b_kiosk_1")
    img.rect(2, 12, 28, 1, "b_kiosk_2")
    img.rect(6, 14, 20, 9, "b_lit_2")  # the hatch, lit: someone is still selling
    img.rect(6, 14, 20, 2, "b_lit_1")
    img.ellipse(16, 19, 2.5, 3, "b_lit_3")  # the seller
    for i in range(4):  # newspapers pegged on the front
        img.rect(3 + i * 7, 24, 5, 5, ("b_paper_3", "b_paper_1", "b_paper_3", "b_paper_1")[i])
        img.hline(4 + i * 7, 6 + i * 7, 25, "b_ink_soft")
        img.hline(4 + i * 7, 6 + i * 7, 27, "b_paper_2")
    img.rect(1, 30, 30, 2, "b_ink_soft")
    return img


def ubahn() -> Img:
    """The U-Bahn stairs going down, 32 x 32, railings on three sides."""
    img = Img(32, 32)
    img.rect(0, 0, 32, 32, "b_pave_2")
    img.rect(3, 3, 26, 29, "b_stone_3")
    for y in range(5, 32, 3):  # steps, darker as they go down
        shade = "b_stone_2" if y < 12 else ("b_stone_3" if y < 20 else "b_cob_3")
        img.hline(4, 27, y, shade)
        img.hline(4, 27, y + 1, "b_cob_4" if y > 18 else "b_cob_3")
    img.rect(4, 26, 24, 6, "b_ink_soft")
    img.rect(8, 28, 16, 4, "b_lit_3")  # the station's light down below
    # railings
    for x in (2, 29):
        img.vline(x, 1, 31, "b_chrome")
        img.vline(x + 1, 2, 31, "b_ink_soft")
    img.hline(2, 29, 1, "b_chrome")
    img.hline(3, 28, 2, "b_ink_soft")
    for x in range(4, 29, 4):
        img.vline(x, 0, 1, "b_stone_3")
    return img


def usign() -> Img:
    """The blue U on its post, 16 x 32."""
    img = Img(16, 32)
    img.vline(7, 10, 30, "b_stone_3")
    img.vline(8, 10, 30, "b_ink_soft")
    img.rect(2, 1, 12, 11, "b_white")
    img.rect(3, 2, 10, 9, "b_ublue")
    img.vline(5, 4, 8, "b_white")
    img.vline(10, 4, 8, "b_white")
    img.hline(6, 9, 9, "b_white")
    img.ellipse(8, 30.5, 3, 1, "b_ink_soft")
    return img


def litfass() -> Img:
    """A Litfaßsäule, 16 x 32: a fluted cap and a round column of posters."""
    img = Img(16, 32)
    img.ellipse(8, 30.5, 7, 1.5, "b_ink_soft")
    img.rect(2, 8, 12, 22, "b_paper_3")
    bands = [(8, 13, "b_paper_2"), (14, 20, "b_paper_1"), (21, 26, "b_ublue"), (27, 29, "b_stone_3")]
    for y0, y1, c in bands:
        img.rect(2, y0, 12, y1 - y0 + 1, c)
    img.hline(4, 10, 16, "b_ink_soft")
    img.hline(4, 8, 18, "b_ink_soft")
    img.hline(4, 11, 23, "b_white")
    for y in range(8, 30):  # roundness: lit west edge, shaded east edge
        img.px(2, y, "b_stone_2")
        img.px(12, y, "b_cob_3")
        img.px(13, y, "b_cob_4")
    img.rect(1, 4, 14, 4, "b_kiosk_2")  # the cap
    img.rect(3, 1, 10, 3, "b_kiosk_1")
    img.px(7, 0, "b_kiosk_1")
    img.hline(1, 14, 7, "b_ink_soft")
    img.hline(3, 12, 1, "b_sheen")
    return img


def lamp() -> Img:
    """A sodium street lamp on a pole, 16 x 32."""
    img = Img(16, 32)
    img.ellipse(8, 30.5, 3, 1, "b_ink_soft")
    img.vline(7, 4, 30, "b_stone_3")
    img.vline(8, 4, 30, "b_ink_soft")
    img.rect(6, 27, 4, 3, "b_stone_3")
    img.rect(3, 1, 10, 3, "b_roof_3")
    img.hline(3, 12, 1, "b_stone_2")
    img.rect(4, 4, 8, 2, "b_sodium_1")
    img.hline(5, 10, 6, "b_sodium_2")
    return img


def phone() -> Img:
    """A yellow Bundespost phone box, 16 x 32, its light on."""
    img = Img(16, 32)
    img.ellipse(8, 30.5, 7, 1.3, "b_ink_soft")
    img.rect(2, 3, 12, 27, "b_yellow_1")
    img.rect(2, 1, 12, 3, "b_yellow_2")
    img.rect(4, 6, 8, 20, "b_lit_2")
    img.rect(4, 6, 8, 2, "b_lit_1")
    img.rect(6, 12, 3, 4, "b_ink_soft")  # the handset
    img.vline(12, 3, 29, "b_yellow_2")
    img.rect(3, 2, 10, 1, "b_white")
    return img


def tree_canopy() -> Img:
    """A plane tree's crown, 48 x 48, wet leaves catching a little light."""
    rng = random.Random(SEED * 70)
    img = Img(48, 48)
    blobs = [(24, 20, 19, 16), (14, 24, 10, 10), (34, 24, 10, 11), (24, 10, 12, 9), (24, 30, 14, 10)]
    for cx, cy, rx, ry in blobs:
        img.ellipse(cx, cy, rx, ry, "b_leaf_3")
    for cx, cy, rx, ry in blobs:
        img.ellipse(cx - 2, cy - 3, rx - 4, ry - 4, "b_leaf_2", only_if={"b_leaf_3"})
    for _ in range(170):
        x, y = rng.randrange(4, 44), rng.randrange(2, 40)
        if img.get(x, y) == "b_leaf_2":
            img.px(x, y, "b_leaf_1")
            if rng.random() < 0.5:
                img.px(x + 1, y, "b_leaf_1")
        elif img.get(x, y) == "b_leaf_3" and rng.random() < 0.4:
            img.px(x, y, "b_ink_soft")
    for _ in range(12):  # a few leaves already turned
        x, y = rng.randrange(6, 42), rng.randrange(4, 38)
        if img.get(x, y) in ("b_leaf_1", "b_leaf_2"):
            img.px(x, y, "b_sodium_4")
    # the trunk's top disappearing into the crown
    img.rect(22, 38, 4, 10, "b_bark_2")
    img.vline(22, 38, 47, "b_bark_1")
    img.px(24, 41, "b_bark_1")
    img.px(23, 44, "b_bark_3")
    for x in range(20, 28):
        img.px(x, 37, "b_leaf_3")
    return img


def trunk() -> Img:
    """The plane tree's mottled trunk in its iron grate on the pavement."""
    img = pavement(1)
    img.rect(2, 6, 12, 10, "b_cob_4")
    for x in range(3, 14, 2):
        img.vline(x, 7, 14, "b_stone_3")
    img.rect(6, 0, 4, 13, "b_bark_2")
    img.vline(6, 0, 12, "b_bark_1")
    img.px(7, 2, "b_bark_1")
    img.px(8, 5, "b_bark_1")
    img.px(7, 8, "b_bark_3")
    img.px(9, 10, "b_bark_3")
    img.hline(5, 10, 13, "b_bark_3")
    return img


def trunk_grass() -> Img:
    """The plane tree's trunk standing in wet grass, roots spreading."""
    img = grass(1)
    img.ellipse(8, 13, 6, 2, "b_grass_3")
    img.rect(6, 0, 4, 13, "b_bark_2")
    img.vline(6, 0, 12, "b_bark_1")
    img.px(7, 3, "b_bark_1")
    img.px(8, 7, "b_bark_3")
    img.hline(4, 11, 13, "b_bark_3")
    img.px(3, 14, "b_bark_3")
    img.px(12, 14, "b_bark_3")
    return img


def bench() -> Img:
    img = Img(T, T)
    img.ellipse(8, 13.5, 8, 1.5, "b_ink_soft")
    img.rect(1, 4, 14, 2, "b_wood_1")
    img.rect(1, 7, 14, 2, "b_wood_1")
    img.rect(1, 10, 14, 2, "b_wood_2")
    img.hline(1, 14, 6, "b_wood_3")
    img.hline(1, 14, 9, "b_wood_3")
    for x in (2, 13):
        img.vline(x, 4, 14, "b_ink_soft")
    img.px(5, 4, "b_wet")
    img.px(10, 7, "b_wet")
    return img


def litter_bin() -> Img:
    img = Img(T, T)
    img.ellipse(8, 14, 5, 1.5, "b_ink_soft")
    img.rect(4, 5, 8, 9, "b_sodium_3")  # BSR orange, darkened by the night
    img.rect(4, 4, 8, 2, "b_sodium_4")
    img.vline(4, 5, 13, "b_sodium_2")
    img.vline(11, 5, 13, "b_sodium_4")
    img.rect(6, 4, 4, 1, "b_ink")
    return img


def shelter() -> Img:
    """A bus shelter, 48 x 32: a roof over a glass back wall and a bench."""
    img = Img(48, 32)
    img.rect(1, 2, 46, 14, "b_glass_1")
    for x in (1, 16, 31, 46):
        img.vline(x, 2, 31, "b_stone_3")
    img.rect(2, 4, 13, 10, "b_puddle_2")  # a poster behind the glass
    img.rect(4, 5, 9, 8, "b_paper_1")
    img.hline(5, 11, 7, "b_paper_2")
    img.rect(17, 17, 28, 3, "b_wood_1")
    img.hline(17, 44, 20, "b_wood_3")
    img.rect(0, 0, 48, 4, "b_roof_3")
    img.hline(0, 47, 0, "b_sheen")
    img.hline(0, 47, 4, "b_roof_4")
    img.rect(33, 6, 12, 7, "b_ublue")  # the timetable and the H sign
    img.rect(35, 7, 3, 5, "b_yellow_1")
    img.vline(40, 7, 11, "b_white")
    img.vline(42, 7, 11, "b_white")
    img.px(41, 9, "b_white")
    return img


# ------------------------------------------------------------------ the churchyard

def gravestone(variant: int) -> Img:
    img = Img(T, T)
    img.ellipse(9, 14, 6, 1.5, "b_ink_soft")
    s1, s2, s3 = "b_stone_1", "b_stone_2", "b_stone_3"
    if variant == 0:  # rounded headstone
        img.rect(4, 5, 8, 9, s2)
        img.ellipse(8, 5.5, 4, 3, s2)
        img.vline(4, 4, 13, s1)
        img.vline(11, 4, 13, s3)
        img.hline(6, 9, 7, s3)
        img.hline(6, 9, 9, s3)
    elif variant == 1:  # a cross
        img.rect(7, 1, 3, 13, s2)
        img.rect(3, 4, 11, 3, s2)
        img.vline(7, 1, 13, s1)
        img.hline(3, 13, 4, s1)
        img.vline(9, 2, 13, s3)
        img.rect(5, 12, 7, 2, s3)
    elif variant == 2:  # a leaning old slab, mossy
        for y in range(3, 14):
            dx = (13 - y) // 5
            img.hline(4 + dx, 10 + dx, y, s3 if y > 10 else s2)
        img.px(5, 4, "b_moss")
        img.px(6, 5, "b_moss")
        img.px(9, 12, "b_moss")
        img.hline(6, 9, 7, "b_cob_3")
    else:  # a pointed stone with a candle (Grablicht)
        img.rect(4, 5, 8, 9, s3)
        for y in range(2, 5):
            img.hline(8 - (y - 1) * 1, 7 + (y - 1) * 1, y, s3)
        img.vline(4, 5, 13, s2)
        img.hline(6, 9, 8, "b_cob_4")
        img.rect(12, 11, 3, 3, "b_paper_2")
        img.px(13, 11, "b_lit_1")
    return img


def grave_plot(frame: int) -> Img:
    """A tended grave's plot before its stone: ivy, a red candle flickering."""
    img = grass(0)
    img.rect(2, 1, 12, 12, "b_yew_2")
    for x in range(2, 14, 2):
        img.px(x, 2 + x % 3, "b_yew_1")
        img.px(x + 1, 8 + x % 4, "b_yew_1")
    img.rect(2, 13, 12, 1, "b_stone_3")
    img.rect(7, 5, 3, 4, "b_paper_2")
    img.px(8, 4 - (frame % 2), "b_lit_1")
    img.px(8, 5, "b_lit_2" if frame == 0 else "b_sodium_2")
    return img


def monument() -> Img:
    """A tall family monument with an urn, 16 x 32."""
    img = Img(16, 32)
    img.ellipse(8, 30, 8, 2, "b_ink_soft")
    img.rect(2, 22, 12, 8, "b_stone_3")
    img.rect(3, 10, 10, 13, "b_stone_2")
    img.vline(3, 10, 22, "b_stone_1")
    img.vline(12, 10, 22, "b_stone_3")
    img.hline(2, 13, 22, "b_stone_1")
    img.rect(5, 13, 6, 6, "b_stone_3")
    img.hline(6, 9, 15, "b_cob_4")
    img.ellipse(8, 6, 3.5, 3.5, "b_stone_2")  # the urn
    img.rect(7, 1, 2, 3, "b_stone_2")
    img.px(6, 5, "b_stone_1")
    img.rect(4, 9, 8, 1, "b_stone_3")
    img.px(4, 24, "b_moss")
    img.px(11, 26, "b_moss")
    return img


def yew(key: str) -> Img:
    """A clipped yew hedge joining its neighbours n/e/s/w."""
    img = Img(T, T)
    x0, x1 = (0 if "w" in key else 2), (15 if "e" in key else 13)
    y0, y1 = (0 if "n" in key else 2), (15 if "s" in key else 13)
    img.rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1, "b_yew_2")
    if "s" not in key:
        img.rect(x0, y1 - 3, x1 - x0 + 1, 4, "b_yew_3")  # the hedge's shaded side
        img.hline(x0, x1, y1 + 1, "b_ink_soft")
    rng = random.Random(SEED * 80 + len(key) * 5 + sum(ord(c) for c in key))
    for _ in range(24):
        x, y = rng.randrange(x0, x1 + 1), rng.randrange(y0, max(y0 + 1, y1 - 3))
        img.px(x, y, "b_yew_1")
    for _ in range(8):
        x, y = rng.randrange(x0, x1 + 1), rng.randrange(y0, y1 + 1)
        img.px(x, y, "b_yew_3")
    if "n" not in key:
        img.hline(x0 + 1, x1 - 1, y0, "b_yew_1")
    return img


def brick_wall(key: str, loose: bool = False) -> Img:
    """The churchyard's old brick wall: a stone coping on top, brick face below."""
    img = Img(T, T)
    cop = set()
    for y in range(1, 6):
        for x in range(3, 13):
            cop.add((x, y))
    if "n" in key:
        cop |= {(x, y) for x in range(3, 13) for y in range(0, 2)}
    if "s" in key:
        cop |= {(x, y) for x in range(3, 13) for y in range(5, 16)}
    if "e" in key:
        cop |= {(x, y) for x in range(12, 16) for y in range(1, 6)}
    if "w" in key:
        cop |= {(x, y) for x in range(0, 4) for y in range(1, 6)}
    for x, y in cop:
        img.px(x, y, "b_stone_2")
    for x, y in cop:
        if (x, y - 1) not in cop:
            img.px(x, y, "b_stone_1")
        elif (x + 1, y) not in cop and x < 15:
            img.px(x, y, "b_stone_3")
    # the brick face under the coping where nothing continues south
    for x in range(T):
        col = [y for (cx, y) in cop if cx == x]
        if not col or max(col) >= 15:
            continue
        for y in range(max(col) + 1, T):
            row = (y - max(col) - 1) // 3
            joint = (y - max(col) - 1) % 3 == 2 or (x + row * 3) % 6 == 0
            c = "b_brick_3" if joint else ("b_brick_1" if (x // 6 + row) % 3 == 0 else "b_brick_2")
            img.px(x, y, c)
        img.px(x, max(col) + 1, "b_ink_soft")
    rng = random.Random(SEED * 90 + sum(ord(c) for c in key))
    for _ in range(4):
        x, y = rng.randrange(T), rng.randrange(T)
        if img.get(x, y) in ("b_stone_2", "b_brick_2"):
            img.px(x, y, "b_moss")
    if loose:  # one brick not quite flush: a darker gap around it, a scrape below
        img.rect(6, 10, 5, 2, "b_brick_1")
        img.hline(5, 11, 9, "b_ink")
        img.hline(5, 11, 12, "b_ink")
        img.vline(5, 9, 12, "b_ink")
        img.vline(11, 9, 12, "b_ink")
        img.px(7, 13, "b_stone_3")
        img.px(9, 14, "b_stone_3")
    return img


def chapel() -> Img:
    """A small brick chapel, 96 x 96: slate roof with a bell turret, arched door, rose window."""
    img = Img(96, 96)
    # roof
    img.rect(2, 8, 92, 44, "b_roof_3")
    for y in range(8, 52, 3):
        img.hline(2, 93, y, "b_roof_4")
        for x in range(2 + (y % 2) * 3, 94, 6):
            img.px(x, y + 1, "b_roof_2")
    img.hline(2, 93, 8, "b_roof_1")
    img.rect(46, 8, 4, 44, "b_roof_2")  # the ridge seen from above
    img.vline(46, 8, 51, "b_roof_1")
    # the bell turret
    img.rect(38, 0, 20, 26, "b_brick_2")
    img.rect(40, 6, 16, 10, "b_ink")
    img.ellipse(48, 12, 4, 4, "b_sodium_3")  # the bell
    img.rect(36, 0, 24, 4, "b_roof_3")
    img.hline(36, 59, 0, "b_roof_1")
    img.rect(38, 22, 20, 4, "b_brick_3")
    # the gable front, brick with stone dressings
    img.rect(4, 52, 88, 42, "b_brick_2")
    for y in range(52, 94):
        row = (y - 52) // 3
        for x in range(4, 92):
            if (y - 52) % 3 == 2 or (x + row * 3) % 7 == 0:
                img.px(x, y, "b_brick_3")
            elif (x // 7 + row) % 4 == 0:
                img.px(x, y, "b_brick_1")
    img.rect(2, 50, 92, 3, "b_stone_2")
    img.hline(2, 93, 50, "b_stone_1")
    for bx in (4, 28, 64, 88):  # buttresses
        img.rect(bx, 53, 4, 41, "b_stone_3")
        img.vline(bx, 53, 93, "b_stone_2")
    # rose window
    img.ellipse(48, 62, 8, 7, "b_stone_2")
    img.ellipse(48, 62, 6.5, 5.5, "b_lit_3")
    img.ellipse(48, 62, 2, 2, "b_lit_2")
    for dx, dy in ((-4, 0), (4, 0), (0, -3), (0, 3)):
        img.px(48 + dx, 62 + dy, "b_stone_2")
    # the arched door
    img.rect(40, 74, 16, 22, "b_stone_2")
    img.ellipse(48, 76, 8, 6, "b_stone_2")
    img.rect(42, 76, 12, 20, "b_wood_2")
    img.ellipse(48, 77, 6, 4, "b_wood_2")
    img.vline(48, 74, 95, "b_wood_3")
    img.px(46, 85, "b_chrome")
    img.px(50, 85, "b_chrome")
    # lancet windows, dark
    for wx in (16, 76):
        img.rect(wx - 3, 66, 7, 16, "b_stone_2")
        img.rect(wx - 2, 67, 5, 14, "b_glass_2")
        img.px(wx, 66, "b_stone_2")
        img.px(wx - 1, 70, "b_puddle_2")
    img.rect(4, 94, 88, 2, "b_stone_3")
    return img


def gate_post() -> Img:
    img = Img(T, T)
    img.rect(3, 2, 10, 14, "b_stone_2")
    img.vline(3, 2, 15, "b_stone_1")
    img.vline(12, 2, 15, "b_stone_3")
    img.rect(2, 0, 12, 3, "b_stone_1")
    img.hline(2, 13, 3, "b_stone_3")
    img.ellipse(8, 1, 2.5, 1.5, "b_stone_2")
    img.px(6, 9, "b_moss")
    return img


def gate_open(side: str) -> Img:
    """An iron gate leaf swung open against the post (transparent overlay)."""
    img = Img(T, T)
    x = 1 if side == "w" else 14
    img.vline(x, 2, 15, "b_ink")
    for y in range(3, 16, 3):
        img.px(x, y, "b_stone_3")
    return img


# ------------------------------------------------------------------ the sheet

def build() -> Sheet:
    sheet = Sheet("berlin")
    for v in range(6):
        sheet.add(f"cob_{v}", cobbles(v))
    for v in range(2):
        sheet.add(f"cob_lit_{v}", cobbles_lit(v))
    for f in range(4):
        sheet.add(f"puddle_f{f}", puddle(f))
    sheet.animate("puddle_f0", [f"puddle_f{f}" for f in range(4)], [260, 220, 300, 240])
    sheet.add("drain", drain())
    for v in range(4):
        sheet.add(f"pave_{v}", pavement(v))
    for side in "nsew":
        sheet.add(f"kerb_{side}", kerb(side))
    for v in range(4):
        sheet.add(f"grass_{v}", grass(v))
    for v in range(3):
        sheet.add(f"gravel_{v}", gravel(v))
    for v in range(2):
        sheet.add(f"leaves_{v}", leaves_overlay(v))
    # houses
    for s in STYLES:
        for row, kinds in (("top", ("window", "lit")), ("mid", ("window", "lit", "balcony")),
                           ("gnd", ("window", "lit", "door", "shutter", "posters"))):
            for kind in kinds:
                for v in range(2 if kind == "window" else 1):
                    sheet.add(f"f{s}_{row}_{kind}{v if kind == 'window' else ''}",
                              facade(s, row, kind, _h(ord(s), len(row), len(kind), v) % 1000), collides=True)
    for kind in ("win0", "win1", "door"):
        sheet.add(f"cafe_{kind}", cafe(kind), collides=True)
    for part in "lmr":
        sheet.add(f"awning_{part}", awning(part))
    for part in (0, 1):
        for f in range(3):
            sheet.add(f"neon_{part}_f{f}", neon(part, f), collides=True)
        # a tired tube: mostly on, a stutter, a dim spell
        sheet.animate(f"neon_{part}_f0", [f"neon_{part}_f{f}" for f in (0, 2, 0, 2, 0, 1, 0)],
                      [2200, 70, 120, 60, 1800, 400, 900] if part == 0 else [2600, 90, 1400, 300, 80, 200, 1500])
    for kind, variants in (("plain", 4), ("ridge", 2), ("eave", 2), ("eave_n", 1), ("entry_n", 1), ("chimney", 1),
                           ("skylight", 1),
                           ("skylight_lit", 1), ("antenna", 1)):
        for v in range(variants):
            sheet.add(f"roof_{kind}{v if variants > 1 else ''}", roof(kind, v), collides=True)
    # props
    for name, body, boxy in (("beetle", ("b_car_beige_1", "b_car_beige_2"), False),
                             ("trabant", ("b_car_red_1", "b_car_red_2"), True),
                             ("trabant_blue", ("b_car_blue_1", "b_car_blue_2"), True),
                             ("beetle_blue", ("b_car_blue_1", "b_car_blue_2"), False)):
        img = car(body, boxy)
        sheet.add(f"{name}_0_0", img.sub(0, 0, T, T), collides=True)
        sheet.add(f"{name}_1_0", img.sub(T, 0, T, T), collides=True)
    sheet.add_grid("kiosk", kiosk(), collide=lambda c, r: True)
    sheet.add_grid("ubahn", ubahn(), collide=lambda c, r: True)
    sheet.add_grid("usign", usign(), collide=lambda c, r: r == 1)
    sheet.add_grid("litfass", litfass(), collide=lambda c, r: r == 1)
    sheet.add_grid("lamp", lamp(), collide=lambda c, r: r == 1)
    sheet.add_grid("phone", phone(), collide=lambda c, r: r == 1)
    sheet.add_grid("shelter", shelter(), collide=lambda c, r: r == 0)
    sheet.add_grid("tree", tree_canopy())
    # drawn with the pavement or the grass they stand in: only the trunk and its roots block
    sheet.add("trunk", trunk(), collides=(5, 4, 6, 12))
    sheet.add("trunk_grass", trunk_grass(), collides=(4, 4, 8, 12))
    sheet.add("bench", bench(), collides=True)
    sheet.add("bin", litter_bin(), collides=True)
    # churchyard
    for v in range(4):
        sheet.add(f"grave_{v}", gravestone(v), collides=True)
    for f in range(2):
        sheet.add(f"plot_f{f}", grave_plot(f))
    sheet.animate("plot_f0", ["plot_f0", "plot_f1"], [340, 260])
    sheet.add_grid("monument", monument(), collide=lambda c, r: r == 1)
    for key in KEYS:
        sheet.add(f"yew_{key or 'o'}", yew(key), collides=True)
    for key in KEYS:
        sheet.add(f"wall_{key or 'o'}", brick_wall(key), collides=True)
    sheet.add("wall_ew_loose", brick_wall("ew", loose=True), collides=True)
    sheet.add_grid("chapel", chapel(), collide=lambda c, r: True)
    sheet.add("gatepost", gate_post(), collides=True)
    sheet.add("gate_w", gate_open("w"))
    sheet.add("gate_e", gate_open("e"))
    # last (the maps' tile ids above never move): the pieces the terrain brushes need
    for corners in CORNER_SETS[1:-1]:
        if corners not in STRAIGHT_KERBS:
            sheet.add(f"kerb_{corner_key(corners)}", kerb_tile(corners))
    for corners in CORNER_SETS[1:-1]:
        sheet.add(f"path_{corner_key(corners)}", path_edge(corners))
    add_terrain_sets(sheet)
    return sheet


# the kerbs drawn first, by side, and the pavement's corners (tl, tr, bl, br) each stands for
STRAIGHT_KERBS = {(1, 1, 0, 0): "kerb_s", (0, 0, 1, 1): "kerb_n", (1, 0, 1, 0): "kerb_e", (0, 1, 0, 1): "kerb_w"}
# how often the brush lays each variant (1 when not listed; 0: only where the designer puts it)
VARIANT_CHANCES = {"cob_4": 0.5, "cob_5": 0.5, "cob_lit_0": 0, "cob_lit_1": 0, "puddle_f0": 0, "drain": 0,
                   "pave_2": 0.5, "pave_3": 0.5, "grass_2": 0.5, "grass_3": 0.5, "gravel_2": 0.2,
                   "wall_ew_loose": 0}


def add_terrain_sets(sheet: Sheet) -> None:
    """Tiled's terrain brushes for this sheet: the street (cobbles, and pavements with their
    kerbs), the churchyard's gravel paths in the grass, yew hedges and the brick wall."""
    street = sheet.wang("Street", "corner", [("cobbles", PROVENCE["b_cob_2"], "cob_0"),
                                             ("pavement", PROVENCE["b_pave_2"], "pave_0")], "kerb_s")
    for tile in ("cob_0", "cob_1", "cob_2", "cob_3", "cob_4", "cob_5", "cob_lit_0", "cob_lit_1", "puddle_f0", "drain"):
        street.corners(tile, *["cobbles"] * 4)
    for v in range(4):
        street.corners(f"pave_{v}", *["pavement"] * 4)
    for corners in CORNER_SETS[1:-1]:
        name = STRAIGHT_KERBS.get(corners, f"kerb_{corner_key(corners)}")
        street.corners(name, *("pavement" if c else "cobbles" for c in corners))

    paths = sheet.wang("Churchyard paths", "corner", [("grass", PROVENCE["b_grass_2"], "grass_0"),
                                                      ("gravel", PROVENCE["b_grav_2"], "gravel_0")], "path_0011")
    for v in range(4):
        paths.corners(f"grass_{v}", *["grass"] * 4)
    for v in range(3):
        paths.corners(f"gravel_{v}", *["gravel"] * 4)
    for corners in CORNER_SETS[1:-1]:
        paths.corners(f"path_{corner_key(corners)}", *("gravel" if c else "grass" for c in corners))

    add_connection_set(sheet.wang("Yew hedge", "edge", [("hedge", PROVENCE["b_yew_2"], "yew_ew")], "yew_ew"),
                       "hedge", "yew", sheet)
    wall = sheet.wang("Brick wall", "edge", [("wall", PROVENCE["b_brick_2"], "wall_ew")], "wall_ew")
    add_connection_set(wall, "wall", "wall", sheet)
    wall.edges("wall_ew_loose", None, "wall", None, "wall")
    for tile, chance in VARIANT_CHANCES.items():
        sheet.probability(tile, chance)


def generate(root: pathlib.Path) -> list[pathlib.Path]:
    return build().save(pathlib.Path(root), "berlin")


if __name__ == "__main__":
    for p in generate(pathlib.Path(__file__).resolve().parents[2]):
        print(p)
