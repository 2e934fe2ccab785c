"""Generate the evening maps: maps/mas.tmx (Le Mas, the house inside) and maps/garden.tmx (Le Jardin).

Composed by hand like maps.py (whose MapBuilder and Terrain they share): the mas
is drawn from the interior tileset's mas pieces (lime walls with their caps and
faces, tomette, oak and limestone floors, furniture by name); the garden behind
the house at night from the Provence tileset plus the garden tileset's night
pieces (the mas's back, lanterns and their light on the ground, the stone
bench). Objects carry the engine's kinds and the story's knots.

Usage: python assets/scripts/maps_evening.py   (from the repo root)
"""

from __future__ import annotations

import pathlib
import random
import sys
from xml.sax.saxutils import quoteattr

try:
    from assets.scripts import tiles_garden, tiles_interior, tiles_provence
    from assets.scripts.maps import MapBuilder, Terrain, cypress, draw_walls, olive
    from assets.scripts.tiles_draw import corner_key
except ImportError:  # run as a script
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    import tiles_garden  # type: ignore
    import tiles_interior  # type: ignore
    import tiles_provence  # type: ignore
    from maps import MapBuilder, Terrain, cypress, draw_walls, olive  # type: ignore
    from tiles_draw import corner_key  # type: ignore


class TwoSetMapBuilder(MapBuilder):
    """A MapBuilder whose map uses two tilesets: names from both, the second's ids after the first's."""

    def __init__(self, name, width, height, title, light, first: tuple[dict, int, str], second: tuple[dict, str],
                 seed: int):
        ids_a, count_a, source_a = first
        ids_b, source_b = second
        clash = set(ids_a) & set(ids_b)
        if clash:
            raise ValueError(f"tile names in both tilesets: {sorted(clash)[:5]}")
        ids = dict(ids_a)
        ids.update({key: count_a + tid for key, tid in ids_b.items()})
        super().__init__(name, width, height, title, light, ids, source_a, seed)
        self.second = (count_a + 1, source_b)

    def xml(self) -> str:
        text = super().xml()
        first_line = f' <tileset firstgid="1" source={quoteattr(self.source)}/>'
        firstgid, source = self.second
        return text.replace(first_line, first_line + f'\n <tileset firstgid="{firstgid}" source={quoteattr(source)}/>', 1)


# =================================================================== the mas

def mas(ids: dict) -> MapBuilder:
    W, H = 34, 22
    m = MapBuilder("mas", W, H, "Le Mas", "interior", ids, "../assets/tilesets/interior.tsx", 23)
    rng = random.Random(1731)

    # ---- the walls: thick lime walls (caps); a wall with a room to its south shows a 2-tile face
    caps: set[tuple[int, int]] = set()
    for x in range(W):
        caps.add((x, 0))
        caps.add((x, H - 1))
    for y in range(H):
        caps.add((0, y))
        caps.add((W - 1, y))
    PART = 17                                   # kitchen | dining above, salon | entry below
    for y in range(H):
        if y not in (6, 7, 8, 16, 17, 18):
            caps.add((PART, y))
    MID = 12                                    # the wall between the north rooms and the south ones
    openings = {4, 5, 24, 25}                   # kitchen -> salon, dining -> entry
    for x in range(W):
        if x not in openings:
            caps.add((x, MID))
    faces: set[tuple[int, int]] = set()
    for (x, y) in caps:
        if (x, y + 1) not in caps and y + 2 < H:
            faces.add((x, y + 1))
            faces.add((x, y + 2))

    def wallish(x, y):
        return (x, y) in caps or (x, y) in faces or not (0 <= x < W and 0 <= y < H)

    for (x, y) in sorted(caps):
        key = ("n" if (x, y - 1) in caps or y == 0 else "") + \
              ("e" if (x + 1, y) in caps or x == W - 1 else "") + \
              ("s" if wallish(x, y + 1) else "") + \
              ("w" if (x - 1, y) in caps or x == 0 else "")
        m.put("ground", x, y, f"mcap_{key or 'o'}")
    for (x, y) in sorted(faces):
        top = (x, y - 1) in caps
        m.put("ground", x, y, f"mface_{x % 3}_{0 if top else 1}")
        if top:
            if (x - 1, y) not in faces:
                m.put("detail", x, y, "face_end_w_0_0")
                m.put("detail", x, y + 1, "face_end_w_0_1")
            if (x + 1, y) not in faces:
                m.put("detail", x, y, "face_end_e_0_0")
                m.put("detail", x, y + 1, "face_end_e_0_1")
    # windows in the side and south walls, the front door
    for y in (7, 17):
        m.put("ground", 0, y, "mcap_win_e")
    for y in (6, 9, 17):
        m.put("ground", W - 1, y, "mcap_win_w")
    for x in (6, 12, 20, 30):
        m.put("ground", x, H - 1, "mcap_win_n")
    DOOR = 25
    m.put("ground", DOOR, H - 1, "front_door")

    # ---- floors: tomettes in the kitchen, oak in the dining room and the salon, limestone in the entry
    def floor_kind(x, y):
        if y < MID or (y <= MID + 2 and x in openings):
            return "tomette" if x < PART else "oak"
        if x < PART:
            return "oak"
        if x == PART:
            return "lime"
        return "lime"

    for y in range(H):
        for x in range(W):
            if wallish(x, y):
                continue
            kind = floor_kind(x, y)
            north = (x, y - 1) in faces or (x, y - 1) in caps
            west = (x - 1, y) in caps
            p = y % 2
            if north and west:
                name = f"{kind}_shnw{p}"
            elif north:
                name = f"{kind}_shn{p}"
            elif west:
                name = f"{kind}_shw{p}"
            else:
                r = rng.random()
                if kind == "tomette":  # now and then a tile of another firing
                    name = f"tomette_{0 if r < 0.45 else 2 if r < 0.9 else 1 if r < 0.95 else 3}"
                else:
                    name = f"{kind}_{p + 2 * (r < 0.5)}"
            m.put("ground", x, y, name)

    # ---- the kitchen: its north wall from west to east
    m.put_grid("larder", 1, 1, 2, 3)
    m.put_grid("herbs", 3, 1, 1, 2)
    m.put_grid("jars", 4, 1, 2, 2)
    m.put_grid("hearth", 6, 1, 3, 3)
    m.put_grid("copper", 9, 1, 2, 2)
    m.put_grid("sink", 11, 1, 2, 3)
    m.put_grid("herbs", 13, 1, 1, 2)
    m.put_grid("winerack", 14, 1, 2, 3)
    m.put("detail", 16, 1, "clock")
    m.put_grid("worktable", 5, 6, 4, 2)
    m.put("detail", 5, 8, "stool")
    m.put("detail", 8, 8, "stool")
    m.put("detail", 10, 7, "tomatoes")
    m.put("detail", 1, 10, "barrel")
    m.put("detail", 1, 11, "crate")
    m.put_grid("plant", 16, 9, 1, 2)

    # ---- the dining room
    m.put_grid("dresser", 18, 1, 3, 3)
    m.put("detail", 21, 1, "sconce_f0")
    m.put_grid("window", 22, 1, 2, 2)
    m.put_grid("painting", 24, 1, 2, 2)
    m.put("detail", 26, 1, "sconce_f0")
    m.put_grid("window", 27, 1, 2, 2)
    m.put_grid("herbs", 29, 1, 1, 2)
    m.put_grid("plant", 31, 2, 1, 2)
    m.put_grid("rugbig", 22, 5, 7, 4, lambda c, r: "ground")  # opaque: it replaces the floor
    # the table's far edge is drawn over whoever sits behind it: Sophie, at dinner, sits on her chair
    m.put_grid("dtable", 23, 6, 5, 2, lambda c, r: "above" if r == 0 else "detail")
    m.put("detail", 25, 5, "chair_s")          # hers, facing his
    m.put("detail", 25, 8, "chair_n")          # his
    m.put("detail", 22, 6, "chair_e")
    m.put("detail", 28, 6, "chair_w")

    # ---- the salon (south-west): books, the radio, two armchairs by a lamp
    m.put_grid("bookcase", 1, 13, 2, 3)
    m.put_grid("radio", 8, 13, 2, 2)
    m.put("detail", 12, 13, "sconce_f0")
    m.put_grid("painting", 13, 13, 2, 2)
    m.put_grid("rug", 7, 17, 3, 2)
    m.put("detail", 6, 17, "armchair_e")
    m.put("detail", 10, 17, "armchair_w")
    m.put("detail", 8, 16, "side_table")
    m.put_grid("lamp", 11, 15, 1, 2)
    m.put_grid("plant", 15, 18, 1, 2)
    m.put("detail", 1, 20, "crate")

    # ---- the entry: pegs and a console by the door, the stair up, a sconce
    m.put_grid("hooks", 19, 13, 2, 2)
    m.put_grid("console", 19, 15, 2, 1)
    m.put("detail", 22, 13, "sconce_f0")
    m.put("detail", 27, 13, "sconce_f0")
    m.put_grid("stairs", 29, 13, 3, 3)
    for y in range(MID, H - 2):  # the runner from the door to the dining room
        r = 0 if y == MID else (2 if y == H - 3 else 1)
        m.put("detail", DOOR, y, f"runner_0_{r}")
    m.put("detail", DOOR, H - 2, "doormat")
    m.put_grid("chest", 30, 19, 2, 1)
    m.put_grid("chest", 19, 11, 2, 1)
    m.put_grid("lamp", 32, 9, 1, 2)
    m.put("detail", 31, 10, "armchair_w")
    m.put("detail", 30, 10, "side_table")
    m.put("detail", 9, 3, "logs")

    # ---- lamps: the hearth, the sconces, the table's candles, the standing lamp
    m.obj("light", "hearth_fire", 7.5, 3.4, radius=64, color="#ff9a4c")
    for i, (x, y) in enumerate(((21, 1), (26, 1), (12, 13), (22, 13), (27, 13))):
        # (the glow's centre just below the lamp, over the floor: lights must stand in reach)
        m.obj("light", f"sconce_{i}", x + 0.5, y + 1.05, radius=44, color="#ffc878")
    m.obj("light", "candle_west", 24.0, 6.3, radius=34, color="#ffc070")
    m.obj("light", "candle_east", 26.9, 6.3, radius=34, color="#ffc070")
    m.obj("light", "standing_lamp", 11.5, 15.6, radius=56, color="#ffcc80")
    m.obj("light", "dining_lamp", 32.5, 9.6, radius=52, color="#ffcc80")

    # ---- objects
    m.obj("spawn", "default", 12.5, 5.8, facing="down")
    m.obj("spawn", "dinner", 24.5, 8.8, facing="up")
    m.obj("spawn", "door", DOOR + 0.5, H - 3.2, facing="up")
    m.obj("interactable", "bread", 5, 6, 1, 2, prompt="Take", knot="visitor_bread")
    m.obj("interactable", "larder", 1, 1, 2, 3, prompt="Take", knot="visitor_cheese")
    m.obj("interactable", "tomato_basket", 10, 7, 1, 1, prompt="Take", knot="visitor_tomatoes")
    m.obj("interactable", "wine_rack", 14, 1, 2, 3, prompt="Choose", knot="visitor_bottle")
    m.obj("interactable", "dining_table", 23, 6, 5, 2, prompt="Set", knot="visitor_table", chapters="visitor")
    # once the knock is heard Sophie stands in the doorway and carries the door's knot herself (the door
    # and she share the one cell he can use them from, so only one of them is there at a time)
    m.obj("interactable", "front_door", DOOR, H - 1, 1, 1, prompt="Open", knot="visitor_front_door",
          chapters="visitor", if_var="!heard_knock")
    m.obj("interactable", "radio", 8, 13, 2, 2, prompt="Listen", knot="visitor_radio")
    m.obj("npc", "sophie", DOOR + 0.5, H - 0.1, sprite="sophie", knot="visitor_front_door", facing="up",
          chapters="visitor", if_var="heard_knock")
    m.obj("npc", "sophie_dinner", 25.5, 6.45, sprite="sophie", facing="down", chapters="dinner",
          text="She is waiting for the wine.")
    return m


# =================================================================== the garden at night

def garden(prov_ids: dict, prov_count: int, garden_ids: dict) -> MapBuilder:
    W, H = 36, 22
    m = TwoSetMapBuilder("garden", W, H, "Le Jardin", "night",
                         (prov_ids, prov_count, "../assets/tilesets/provence.tsx"),
                         (garden_ids, "../assets/tilesets/garden.tsx"), 29)
    m.extra_properties["fireflies"] = 28  # drifting over the lawn and the vines at night
    ter = Terrain(W, H)
    rng = random.Random(2929)
    light = [[0] * (W + 1) for _ in range(H + 1)]

    def glow(cx, cy, r):
        """Lantern light on the ground around (cx, cy) (in tiles), on the grid's corners."""
        for y in range(H + 1):
            for x in range(W + 1):
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    light[y][x] = 1

    def lamp(name, x, y, radius, colour="#ffc070"):
        m.obj("light", name, x, y, radius=radius, color=colour)

    # ---- the back of the mas along the top; its back door at (17, 5)
    BX, DOOR = 8, 17
    for r in range(6):
        for c in range(20):
            if m.has(f"back_{c}_{r}"):
                m.put("above" if r == 0 else "detail", BX + c, r, f"back_{c}_{r}")
    # the garden walls from the house's corners, down both sides, and along the vines
    walls = set()
    for x in list(range(0, BX)) + list(range(BX + 20, W)):
        walls.add((x, 5))
    for y in range(5, 18):
        walls.add((0, y))
        walls.add((W - 1, y))
    for x in range(W):
        walls.add((x, 17))
    draw_walls(m, walls, "wall")
    # beyond the walls, north: cypresses standing dark against the house
    for x in (1, 3, 5, 29, 31, 33):
        cypress(m, ter, x, 4)

    # ---- the ground: the gravel terrace before the house, a path to the bench, the lawn, the vines
    ter.cells("v", 6, 6, 29, 8)
    ter.cells("v", 17, 9, 18, 12)
    ter.cells("v", 18, 13, 25, 15)
    ter.cells("s", 0, 18, W - 1, H - 1)
    for y, steps in ((19, 1), (21, 2)):  # the vine rows beyond the wall, darker with distance
        for x in range(W):
            kind = "west0" if x == 0 else "east0" if x == W - 1 else f"mid{rng.randrange(3)}"
            m.put("detail", x, y, f"dark{steps}_vine_{kind}")
    ter.sh = [[0] * (W + 1) for _ in range(H + 1)]

    # ---- the terrace: the table with the wine, pots by the wall, lanterns on posts
    m.put_grid("winetable", 10, 7, 2, 1)
    m.put("detail", 9, 7, "chair_r")
    m.put("detail", 12, 7, "chair_l")
    for x, name in ((9, "pot_rosemary"), (10, "pot_lavender"), (13, "pot_lavender"), (15, "pot_geranium"),
                    (20, "pot_lavender"), (21, "pot_rosemary"), (25, "pot_lavender"), (26, "watering_can")):
        m.put("detail", x, 6, name)
    for x, y in ((6, 9), (29, 9), (16, 11)):
        m.put("above", x, y - 1, "lpost_0_0")
        m.put("detail", x, y, "lpost_0_1")
        lamp(f"post_{x}_{y}", x + 0.45, y - 0.6, 52)
        glow(x + 0.5, y + 0.6, 1.6)
    # lavender beds along the terrace's edge, the path between them
    for x in list(range(7, 16)) + list(range(20, 29)):
        m.put("detail", x, 10, f"lavender{x % 2}_f0")
    # light from the house: the open back door, the kitchen window, the wall lantern
    lamp("back_door", DOOR + 0.5, 5.6, 56, "#ffb060")
    lamp("kitchen_window", 14.9, 5.05, 40, "#ffc070")
    lamp("salon_window", 21.3, 5.05, 32, "#ffc070")
    lamp("wall_lantern", 18.4, 4.4, 36, "#ffc878")
    lamp("table_candle", 11.2, 7.3, 30, "#ffc070")
    glow(DOOR + 0.5, 6.2, 1.9)
    glow(11, 7.8, 1.6)

    # ---- the olive tree with its lanterns, the stone bench under it facing the vines
    TX, TY = 22, 13
    m.put_grid("olivel_top", TX - 1, TY - 2, 3, 3, lambda c, r: "above")
    m.put_grid("olive0_trunk", TX - 1, TY - 2, 3, 3, lambda c, r: "detail")
    m.put_grid("stonebench", 21, 14, 2, 1)
    lamp("tree_lantern_w", 21.45, 13.1, 44)
    lamp("tree_lantern_e", 23.45, 13.25, 44)
    glow(21.6, 14.2, 1.7)
    glow(23.6, 14.4, 1.6)

    # ---- the lawn: long grass for the crickets, wild flowers, an old olive and shrubs at the sides
    olive(m, ter, 4, 12, 1)
    olive(m, ter, 31, 11, 0)
    ter.sh = [[0] * (W + 1) for _ in range(H + 1)]
    for x, y in ((2, 7), (33, 7), (2, 15), (33, 15), (27, 12)):
        m.put("detail", x, y, "shrub")
    for x, y in ((3, 9), (8, 12), (13, 11), (9, 15), (15, 16), (26, 16), (29, 14), (5, 15), (14, 14), (28, 11),
                 (1, 12), (32, 15), (20, 11), (24, 11), (11, 16), (6, 7)):
        if m.get("detail", x, y) is None:
            m.put("detail", x, y, f"tuft_{(x + y) % 3}")
    for x, y in ((7, 14), (16, 15), (25, 12), (30, 16), (3, 16)):
        if m.get("detail", x, y) is None:
            m.put("detail", x, y, f"flowers_{(x * y) % 2}")

    ter.resolve(m, random.Random(31))
    # the ground by night, and lamplit where the lanterns reach
    names = {tid: name for name, tid in m.ids.items()}
    for y in range(H):
        for x in range(W):
            name = names[m.get("ground", x, y)]
            c = (light[y][x], light[y][x + 1], light[y + 1][x], light[y + 1][x + 1])
            lit_name = None
            if any(c):
                base = name
                if name.startswith(("grass_", "gravel_")):
                    base = f"{name.split('_')[0]}_{(x + y) % 2}"
                lit_name = f"lit_{base}_{corner_key(c)}"
            if name.startswith("soil_") and y >= 18:
                m.put("ground", x, y, f"dark{1 if y < 20 else 2}_{name}")
                continue
            m.put("ground", x, y, lit_name if lit_name and m.has(lit_name) else f"n_{name}")

    # ---- objects
    m.obj("spawn", "default", DOOR + 0.5, 6.8, facing="down")
    m.obj("spawn", "bench", 20.5, 14.8, facing="right")
    m.obj("trigger", "garden_hush", 17, 10, 2, 1,
          text="Crickets in the long grass, the house warm at his back. The night is very large and very quiet.")
    m.obj("interactable", "garden_stars", 11, 13, 2, 2, prompt="Look up", knot="garden_stars")
    m.obj("interactable", "garden_lantern", 16, 10, 1, 2, prompt="Look", knot="garden_lantern")
    m.obj("interactable", "garden_vines_night", 19, 17, 6, 1, prompt="Look", knot="garden_vines_night")
    m.obj("npc", "sophie", 22.5, 14.95, sprite="sophie", knot="garden_sophie", facing="left", chapters="garden")
    m.obj("npc", "sophie_end", 22.5, 14.95, sprite="sophie", facing="down", chapters="berlin ending",
          text="She is looking at the stars.")
    return m


def generate(root: pathlib.Path) -> list[pathlib.Path]:
    root = pathlib.Path(root)
    written = [mas(tiles_interior.build().ids).save(root)]
    provence = tiles_provence.build()
    written.append(garden(provence.ids, len(provence.tiles), tiles_garden.build().ids).save(root))
    return written


if __name__ == "__main__":
    for p in generate(pathlib.Path(__file__).resolve().parents[2]):
        print(p)
