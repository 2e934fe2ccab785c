"""Generate the night-garden tileset: assets/tilesets/garden.png + garden.tsx.

The pieces the garden behind the mas needs on top of the Provence tileset
(the garden map uses both): the back of the house with its lit kitchen window
and open back door, lanterns on posts and in the olive tree (flickering),
lantern light on the gravel and the grass (corner autotiles, like the cellar's
candle pools, warm against the night-blue overlay), the stone bench, the table
with the wine, pots of lavender, crickets' grass; and the garden's ground by
night: cooler versions of the Provence ground tiles (n_<name>), lamplit ones
where the lanterns reach (lit_<name>_<corners>: the day colours show through),
and the vine rows beyond the wall darkening with distance (dark1_, dark2_).

Tiles are NAMED here (all distinct from the Provence tileset's names), and the
terrain (Wang) sets Tiled's terrain brush paints with are declared by those
names (`add_terrain_sets`): the night ground with its lamplight, the dark vine
rows. The tiles themselves are laid in Tiled.

Usage: python assets/scripts/tiles_garden.py   (from the repo root)
"""

from __future__ import annotations

import pathlib
import random
import sys

if not __package__:  # run as a script: the repository root makes assets.scripts importable
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))

from assets.scripts import tiles_provence as prov
from assets.scripts.palette import PROVENCE
from assets.scripts.tiles_draw import CORNER_SETS, Img, PeriodicNoise, Sheet, T, corner_key, corner_value

SEED = 1999

# the garden's ground by night: cooler, deeper colours, so that under the engine's night light
# the lawn reads deep blue-green and the gravel pale in the moonlight; where a lantern shines,
# the ground keeps its own (day) colours and the lamp's warm glow is added over them
NIGHT = {
    "grass_1": "green_1", "grass_2": "green_2", "grass_3": "olive_4", "grass_4": "cypress_2",
    "gravel_1": "stone_2", "gravel_2": "stone_3", "gravel_3": "stone_4", "stone_4": "stone_5",
    "soil_1": "soil_2", "soil_2": "soil_3", "soil_3": "soil_4", "soil_4": "ink_soft",
    "sunflower": "lav_1",
}
GLOW_NOISE = PeriodicNoise(SEED + 1, cells=4, amp=0.16)


def night(img: Img) -> Img:
    out = img.remap(lambda c, x, y: NIGHT.get(c, c))
    # a few cool glints in the grass: dew, moonlight
    for y in range(T):
        for x in range(T):
            if out.d[y][x] == "green_1" and (x * 7 + y * 3) % 5 == 0:
                out.d[y][x] = "navy_1"
    return out


# the vines beyond the wall sink into the dark: one step for the near row, two for the far one
DARK_VINES = {
    "vine_1": "vine_3", "vine_2": "vine_4", "vine_3": "cypress_3", "vine_4": "cypress_3",
    "grape_1": "grape_2", "grape_2": "grape_3", "grape_3": "ink", "wood_1": "wood_3", "wood_2": "wood_3",
    "wood_3": "wood_4", "wood_4": "ink", "soil_1": "soil_3", "soil_2": "soil_3", "soil_3": "soil_4",
    "soil_4": "ink_soft", "stone_3": "stone_5", "stone_4": "stone_5", "olive_2": "olive_4", "olive_3": "olive_4",
    "olive_1": "olive_3", "green_1": "green_2", "green_2": "olive_4", "grass_2": "grass_4", "grass_3": "olive_4",
}


def darker(img: Img, steps: int) -> Img:
    out = img
    for _ in range(steps):
        out = out.remap(lambda c, x, y: DARK_VINES.get(c, NIGHT.get(c, c)))
    return out


def lamplit(day: Img, corners) -> Img:
    """The night ground, with the day colours showing where the lantern light falls (corners = 1)."""
    out = night(day)
    for y in range(T):
        for x in range(T):
            v = corner_value(corners, x, y) + GLOW_NOISE(x, y)
            if v > 0.6 or (v > 0.42 and (x + y) % 2 == 0):
                out.d[y][x] = day.d[y][x]
    return out


def ground_tiles() -> dict[str, Img]:
    """The Provence ground tiles the garden uses, by their Provence names, in day colours."""
    tiles = {}
    for v in range(prov.GRASS_VARIANTS):
        tiles[f"grass_{v}"] = prov.grass(v)
    for v in range(prov.GRAVEL_VARIANTS):
        tiles[f"gravel_{v}"] = prov.gravel(v)
    for v in range(prov.SOIL_VARIANTS):
        tiles[f"soil_{v}"] = prov.soil(v)
    for other, prefix in (("gravel", "gv"), ("soil", "gs")):
        for corners in CORNER_SETS:
            if corners in ((0, 0, 0, 0), (1, 1, 1, 1)):
                continue
            tiles[f"{prefix}_{corner_key(corners)}"] = prov.transition(other, corners)
    return tiles


# lantern light reaches the gravel and the grass near it: these grounds get lamplit tiles
LIT_GROUNDS = ("grass_0", "grass_1", "gravel_0", "gravel_1")


# ------------------------------------------------------------------ the back of the mas

def lit_window(img: Img, x, y, w, h, lit: bool, box: bool = False):
    """A window with open shutters (and a geranium box, as the front's ground floor has);
    `lit`: warm lamplight and the curtains' shadow."""
    prov.window(img, x, y, w, h, box=box)
    if lit:
        img.rect(x, y, w, h, "ochre_1")
        img.rect(x, y + h - 3, w, 3, "sunflower")
        img.px(x + 1, y + 1, "white")
        img.vline(x + w // 2, y, y + h - 1, "wood_3")
        img.hline(x, x + w - 1, y + h // 2, "wood_3")
        img.vline(x, y, y + h - 1, "terra_1")  # curtains, lit through
        img.vline(x + w - 1, y, y + h - 1, "terra_1")
        img.hline(x, x + w - 1, y, "ochre_2")


def mas_back(lamp_frame: int = 0) -> Img:
    """20 x 6 tiles: the mas's north side seen from the garden. Roof rows 0-2, wall rows 3-5;
    the back door (open, lamplight inside) at column 9, the lit kitchen window west of it.

    It is the same house as the vineyard's front (tiles_provence.mas): the same limestone, lit on
    its west corner and shaded on its east one, the same roof and chimney, the same shuttered
    windows, geraniums in boxes under those of the ground floor."""
    rng = random.Random(SEED + 10)
    W, H = 320, 96
    img = Img(W, H)
    wall_top = 44
    prov.stone_wall_texture(img, 0, wall_top, W, H - wall_top - 2, rng)
    prov.wall_corners(img, wall_top)
    prov.roof(img, 0, 6, W, 34, 22, rng)
    prov.chimney(img, 232)  # the salon's, as the front shows it
    # upstairs: shuttered windows, one lit (a lamp left on)
    for wx, lit in ((30, False), (94, False), (200, True), (272, False)):
        lit_window(img, wx, 50, 8, 9, lit)
    # ground floor: the kitchen window lit (its sink inside), the salon's lit more softly
    for wx, lit in ((40, False), (104, True), (208, True), (264, False)):
        lit_window(img, wx, 70, 10, 10, lit, box=True)
    # the back door at column 9 (x 144..159): standing open on the lit kitchen
    dx = 144
    img.rect(dx, 64, 16, 30, "stone_3")
    img.hline(dx + 1, dx + 14, 64, "stone_1")
    img.hline(dx + 3, dx + 12, 63, "stone_1")
    img.rect(dx + 2, 67, 12, 27, "ochre_2")  # the lit room
    img.rect(dx + 2, 67, 12, 4, "ochre_3")
    img.rect(dx + 5, 80, 7, 14, "terra_2")  # tomettes seen through the door
    for y in range(81, 94, 3):
        img.hline(dx + 5, dx + 11, y, "terra_3")
    img.rect(dx + 9, 71, 4, 9, "ochre_1")
    img.rect(dx + 2, 67, 3, 27, "wood_2")  # the door leaf, open inward
    img.vline(dx + 2, 67, 93, "wood_1")
    img.vline(dx + 4, 67, 93, "wood_3")
    img.vline(dx + 1, 64, 93, "stone_1")
    img.vline(dx + 14, 64, 93, "stone_4")
    img.rect(dx - 1, 93, 18, 3, "stone_2")  # the step, lit from inside
    img.hline(dx - 1, dx + 16, 93, "ochre_1")
    img.hline(dx - 1, dx + 16, 95, "stone_4")
    # a wall lantern beside the door (flickers: the tile at column 10, row 4)
    lx, ly = dx + 20, 66
    img.vline(lx + 2, ly - 3, ly - 1, "ink_soft")
    img.hline(lx + 2, lx + 5, ly - 3, "ink_soft")
    img.rect(lx, ly, 5, 6, "ink_soft")
    glass = ["sunflower", "ochre_1", "sunflower", "white"][lamp_frame % 4]
    img.rect(lx + 1, ly + 1, 3, 4, glass)
    img.px(lx + 2, ly + 2, "white" if lamp_frame % 2 == 0 else "sunflower")
    img.hline(lx - 1, lx + 5, ly - 1, "ink_soft")
    img.hline(lx, lx + 4, ly + 6, "ink_soft")
    # a climbing rose by the door and a vine over the kitchen window
    for y in range(58, 93):
        x = dx - 4 + (1 if (y // 5) % 2 else 0)
        img.px(x, y, "wood_3")
        if y % 3 == 0:
            img.px(x - 1, y, "green_2")
            img.px(x + 1, y - 1, "green_1")
        if y % 7 == 0:
            img.px(x - 1, y - 1, "red_1")
    for x in range(96, 126):
        if (x * 7) % 5 < 3:
            img.px(x, 63 + (x % 3), "vine_2" if x % 2 else "vine_3")
            img.px(x, 62 + (x % 3), "vine_1" if x % 4 == 0 else None)
    return img


# ------------------------------------------------------------------ lanterns

def flame_glass(img: Img, x, y, frame: int):
    """A lantern's 3 x 4 glass at (x, y), its flame flickering through 4 frames."""
    rows = [
        ["ochre_1", "sunflower", "ochre_1", "sunflower", "white", "sunflower", "ochre_1", "white", "ochre_1",
         "ochre_2", "ochre_1", "ochre_2"],
        ["ochre_1", "ochre_1", "sunflower", "sunflower", "white", "ochre_1", "ochre_1", "white", "sunflower",
         "ochre_2", "ochre_2", "ochre_1"],
        ["ochre_2", "sunflower", "ochre_1", "ochre_1", "sunflower", "sunflower", "sunflower", "white", "ochre_1",
         "ochre_2", "ochre_1", "ochre_2"],
        ["ochre_1", "sunflower", "ochre_2", "sunflower", "white", "sunflower", "ochre_1", "sunflower", "ochre_1",
         "ochre_1", "ochre_2", "ochre_2"],
    ][frame % 4]
    for i, c in enumerate(rows):
        img.px(x + i % 3, y + i // 3, c)


def lantern_post(frame: int) -> Img:
    """16 x 32: an iron post with a glass lantern (the lantern in the top tile)."""
    img = Img(T, 32)
    img.vline(7, 12, 30, "ink_soft")
    img.vline(8, 12, 30, "stone_5")
    img.hline(5, 10, 30, "ink_soft")
    img.hline(5, 11, 31, "ink")
    # the lantern: a little roof, the glass, the base
    img.hline(6, 9, 2, "ink_soft")
    img.hline(5, 10, 3, "ink_soft")
    img.px(7, 1, "ink_soft")
    img.rect(5, 4, 6, 6, "ink_soft")
    flame_glass(img, 6, 5, frame)
    img.px(9, 5, "ink_soft")
    img.vline(9, 5, 8, "stone_5")
    img.hline(5, 10, 10, "ink_soft")
    img.hline(6, 9, 11, "stone_5")
    return img


def hanging_lantern(img: Img, x, y, frame: int, chain: int = 4):
    """A small lantern hung on a chain from (x+2, y - chain)."""
    img.vline(x + 2, y - chain, y - 1, "ink_soft")
    img.hline(x + 1, x + 3, y, "ink_soft")
    img.rect(x, y + 1, 5, 5, "ink_soft")
    flame_glass(img, x + 1, y + 2, frame)
    img.hline(x + 1, x + 3, y + 6, "ink_soft")


def olive_lanterns(frame: int) -> Img:
    """The olive tree's canopy (Provence's olive 0) with two lanterns hung from its lower branches."""
    canopy, _trunk = prov.olive_tree(0)
    img = canopy.copy()
    hanging_lantern(img, 5, 30, frame, chain=5)
    hanging_lantern(img, 37, 33, (frame + 2) % 4, chain=6)
    return img


# ------------------------------------------------------------------ furniture and plants

def stone_bench() -> Img:
    """32 x 16: a limestone slab on two blocks, facing south over the vines."""
    img = Img(32, T)
    img.hline(4, 31, 15, "stone_5")
    img.hline(5, 31, 14, "stone_5")
    img.rect(1, 4, 30, 5, "stone_2")
    img.hline(1, 30, 4, "stone_1")
    img.hline(1, 30, 8, "stone_3")
    img.rect(1, 9, 30, 2, "stone_3")
    img.hline(1, 30, 10, "stone_4")
    for x in (3, 23):
        img.rect(x, 11, 6, 3, "stone_3")
        img.vline(x, 11, 13, "stone_2")
        img.vline(x + 5, 11, 13, "stone_4")
    for x, y in ((7, 6), (18, 5), (26, 7), (12, 7)):
        img.px(x, y, "stone_3")
    img.px(27, 5, "olive_3")  # lichen
    img.px(28, 5, "olive_2")
    img.px(2, 7, "olive_3")
    img.outline("ink_soft", sides="rb")
    return img


def wine_table(frame: int) -> Img:
    """32 x 16: the garden table with the bottle, two glasses and a candle in a jar."""
    img = Img(32, T)
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
    # the bottle
    img.rect(8, 0, 3, 8, "vine_4")
    img.vline(8, 1, 7, "cypress_1")
    img.px(9, 0, "terra_3")
    img.rect(8, 4, 3, 2, "linen_1")
    img.px(9, 5, "red_2")
    # two glasses of red
    for gx in (13, 24):
        img.rect(gx, 4, 3, 3, "grape_2")
        img.px(gx, 4, "white")
        img.px(gx + 2, 6, "grape_3")
        img.px(gx + 1, 7, "linen_3")
        img.px(gx + 1, 8, "linen_2")
    # the candle jar
    img.rect(18, 3, 4, 5, "linen_2")
    img.vline(18, 3, 7, "white")
    flame = [("sunflower", "white"), ("ochre_1", "sunflower"), ("sunflower", "sunflower"), ("white", "ochre_1")]
    top, mid = flame[frame % 4]
    img.px(19 + frame % 2, 3, top)
    img.px(19, 4, mid)
    img.px(20, 4, "ochre_1")
    img.rect(19, 5, 2, 2, "linen_1")
    return img


def pot_lavender() -> Img:
    img = Img(T, T)
    img.hline(5, 14, 15, "stone_5")
    img.rect(4, 9, 8, 6, "terra_2")
    img.rect(3, 8, 10, 2, "terra_1")
    img.hline(3, 12, 9, "terra_3")
    img.vline(4, 10, 14, "terra_1")
    img.vline(11, 10, 14, "terra_3")
    img.hline(5, 10, 14, "terra_4")
    for i, (x, top) in enumerate(((3, 3), (4, 1), (5, 4), (6, 0), (7, 2), (8, 0), (9, 3), (10, 1), (11, 2),
                                  (12, 4))):
        img.vline(x, top + 2, 7, "olive_2" if i % 2 else "olive_3")
        img.px(x, top, "lav_2")
        img.px(x, top + 1, "lav_3" if i % 2 else "lav_1")
    img.outline("ink_soft", sides="rb")
    return img


def tuft(variant: int) -> Img:
    """Long dry grass where the crickets sing: a transparent overlay for the lawn."""
    rng = random.Random(SEED + 40 + variant)
    img = Img(T, T)
    for _ in range(3 + variant):
        bx, by = 2 + rng.randrange(11), 7 + rng.randrange(7)
        for i in range(-2, 3):
            h = 4 + rng.randrange(4) - abs(i)
            x = bx + i
            lean = 1 if i > 0 else -1 if i < 0 else 0
            for k in range(h):
                c = "grass_1" if k > h - 2 else ("grass_3" if i >= 0 else "grass_2")
                img.px(x + (lean if k > h // 2 else 0), by - k, c)
        img.px(bx, by - 5, "linen_2" if variant == 2 else "grass_1")
    return night(img)


def watering_can() -> Img:
    img = Img(T, T)
    img.hline(3, 14, 15, "stone_5")
    img.rect(4, 8, 8, 7, "stone_3")
    img.vline(4, 8, 14, "stone_2")
    img.vline(11, 8, 14, "stone_4")
    img.line(11, 10, 15, 6, "stone_4")
    img.px(15, 5, "stone_3")
    img.line(5, 7, 10, 7, "stone_4")
    img.line(4, 8, 4, 5, "stone_4")
    img.line(4, 5, 8, 5, "stone_4")
    img.outline("ink_soft", sides="rb")
    return img


# ------------------------------------------------------------------ the sheet

def build() -> Sheet:
    sheet = Sheet("garden")
    backs = [mas_back(f) for f in range(4)]
    sheet.add_grid("back", backs[0], collide=lambda c, r: r >= 1 and not (c == 9 and r == 5))
    for f in range(1, 4):
        sheet.add(f"back_10_4_f{f}", backs[f].sub(10 * T, 4 * T, T, T), collides=True)
    sheet.animate("back_10_4", ["back_10_4"] + [f"back_10_4_f{f}" for f in range(1, 4)], [260, 180, 300, 200])

    posts = [lantern_post(f) for f in range(4)]
    sheet.add_grid("lpost", posts[0], collide=lambda c, r: r == 1)
    for f in range(1, 4):
        sheet.add(f"lpost_0_0_f{f}", posts[f].sub(0, 0, T, T))
    sheet.animate("lpost_0_0", ["lpost_0_0"] + [f"lpost_0_0_f{f}" for f in range(1, 4)], [240, 170, 280, 190])

    trees = [olive_lanterns(f) for f in range(4)]
    sheet.add_grid("olivel_top", trees[0])
    lantern_tiles = [(0, 1), (0, 2), (2, 2)]
    for f in range(1, 4):
        for c, r in lantern_tiles:
            sheet.add(f"olivel_top_{c}_{r}_f{f}", trees[f].sub(c * T, r * T, T, T))
    for c, r in lantern_tiles:
        base = f"olivel_top_{c}_{r}"
        sheet.animate(base, [base] + [f"{base}_f{f}" for f in range(1, 4)], [250, 190, 270, 210])

    sheet.add_grid("stonebench", stone_bench(), collide=lambda c, r: True)
    tables = [wine_table(f) for f in range(4)]
    sheet.add_grid("winetable", tables[0], collide=lambda c, r: True)
    for f in range(1, 4):
        sheet.add(f"winetable_1_0_f{f}", tables[f].sub(T, 0, T, T), collides=True)
    sheet.animate("winetable_1_0", ["winetable_1_0"] + [f"winetable_1_0_f{f}" for f in range(1, 4)],
                  [220, 160, 250, 180])
    sheet.add("pot_lavender", pot_lavender(), collides=True)
    sheet.add("watering_can", watering_can(), collides=True)
    for v in range(3):
        sheet.add(f"tuft_{v}", tuft(v))

    # the vines and their soil beyond the wall, darker with distance (near: dark1_, far: dark2_)
    for steps in (1, 2):
        for kind, variants in (("mid", 3), ("west", 1), ("east", 1)):
            for v in range(variants):
                sheet.add(f"dark{steps}_vine_{kind}{v}", darker(prov.vine(kind, v, 0), steps), collides=True)
        for v in range(prov.SOIL_VARIANTS):
            sheet.add(f"dark{steps}_soil_{v}", darker(prov.soil(v), steps))

    # the ground by night (n_<provence name>), and lamplit where the lanterns reach (lit_<name>_<corners>)
    ground = ground_tiles()
    for name, img in ground.items():
        sheet.add(f"n_{name}", night(img))
    for name, img in ground.items():
        if not (name in LIT_GROUNDS or name.startswith("gv_")):
            continue
        for corners in CORNER_SETS:
            if corners != (0, 0, 0, 0):
                sheet.add(f"lit_{name}_{corner_key(corners)}", lamplit(img, corners))
    add_terrain_sets(sheet, ground)
    return sheet


LAMPLIT = " in lamplight"


def add_terrain_sets(sheet: Sheet, ground: dict[str, Img]) -> None:
    """Tiled's terrain brushes for this sheet: the night ground (grass, gravel, soil and the
    lanterns' light on grass and gravel) and the vine rows beyond the wall, near and far."""
    colours = [(name, PROVENCE[NIGHT[f"{name}_2"]], f"n_{name}_0") for name in ("grass", "gravel", "soil")]
    colours += [(name + LAMPLIT, PROVENCE[f"{name}_2"], f"lit_{name}_0_1111") for name in ("grass", "gravel")]
    night_ground = sheet.wang("Night ground", "corner", colours, "n_gv_0011")
    for name in ground:
        kind, key = name.rsplit("_", 1)
        if kind in ("gv", "gs"):  # a transition: grass, and gravel or soil on the corners marked 1
            other = "gravel" if kind == "gv" else "soil"
            terrain = [other if c == "1" else "grass" for c in key]
        else:
            terrain = [kind] * 4
        night_ground.corners(f"n_{name}", *terrain)
        for corners in CORNER_SETS[1:]:
            lit = f"lit_{name}_{corner_key(corners)}"
            if lit in sheet.ids:
                night_ground.corners(lit, *(t + LAMPLIT if c else t for t, c in zip(terrain, corners)))
    for tile, chance in prov.VARIANT_CHANCES.items():
        if f"n_{tile}" in sheet.ids:
            sheet.probability(f"n_{tile}", chance)

    distances = {"near vines": 1, "far vines": 2}  # how many steps darker
    colours = [(name, PROVENCE[DARK_VINES["vine_2"] if steps == 1 else "cypress_3"], f"dark{steps}_vine_mid0")
               for name, steps in distances.items()]
    rows = sheet.wang("Vine rows by night", "edge", colours, "dark1_vine_mid0")
    for name, steps in distances.items():
        prov.add_vine_rows(rows, name, f"dark{steps}_vine_{{}}")


def generate(root: pathlib.Path) -> list[pathlib.Path]:
    return build().save(pathlib.Path(root), "garden")


if __name__ == "__main__":
    for p in generate(pathlib.Path(__file__).resolve().parents[2]):
        print(p)
