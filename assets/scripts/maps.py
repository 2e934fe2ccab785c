"""Generate the Tiled maps: maps/vineyard.tmx (Les Vignes) and maps/cellar.tmx (La Cave).

Each map is composed here on purpose (no random scatter): terrain is painted
on the grid's corners and resolved to ground/transition/shadow tiles by name;
things are placed by tile name from the tileset scripts; objects carry the
engine's kinds and properties. Output is Tiled 1.8 XML, CSV layers,
external tilesets. Randomness (ground variants only) comes from fixed seeds.

Usage: python assets/scripts/maps.py   (from the repo root)
"""

from __future__ import annotations

import pathlib
import random
import sys
from xml.sax.saxutils import quoteattr

try:
    from assets.scripts import tiles_interior, tiles_provence
    from assets.scripts.tiles_draw import corner_key
except ImportError:  # run as a script
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    import tiles_interior  # type: ignore
    import tiles_provence  # type: ignore
    from tiles_draw import corner_key  # type: ignore

T = 16


class MapBuilder:
    def __init__(self, name: str, width: int, height: int, title: str, light: str, tileset_ids: dict,
                 tileset_source: str, seed: int):
        self.name, self.w, self.h = name, width, height
        self.title, self.light = title, light
        self.extra_properties: dict[str, int] = {}  # more map properties (ints), e.g. fireflies
        self.ids = tileset_ids
        self.source = tileset_source
        self.rng = random.Random(seed)
        self.layers = {"ground": {}, "detail": {}, "above": {}}
        self.objects: list[dict] = []

    # -- tiles
    def tid(self, name: str) -> int:
        if name not in self.ids:
            raise KeyError(f"{self.name}: no tile named {name}")
        return self.ids[name]

    def has(self, name: str) -> bool:
        return name in self.ids

    def put(self, layer: str, x: int, y: int, name: str | None):
        if not (0 <= x < self.w and 0 <= y < self.h):
            return
        if name is None:
            self.layers[layer].pop((x, y), None)
        else:
            self.layers[layer][(x, y)] = self.tid(name)

    def get(self, layer, x, y):
        return self.layers[layer].get((x, y))

    def put_grid(self, prefix: str, x: int, y: int, cols: int, rows: int, layer_for=lambda c, r: "detail"):
        for r in range(rows):
            for c in range(cols):
                name = f"{prefix}_{c}_{r}"
                if self.has(name):
                    self.put(layer_for(c, r), x + c, y + r, name)

    # -- objects
    def obj(self, kind: str, name: str, x: float, y: float, w: float = 0, h: float = 0, **props):
        """x, y, w, h in tiles (floats allowed); a point when w == h == 0."""
        self.objects.append({"kind": kind, "name": name, "x": x * T, "y": y * T, "w": w * T, "h": h * T,
                             "props": props})

    # -- output
    def csv(self, layer: str) -> str:
        rows = []
        for y in range(self.h):
            row = []
            for x in range(self.w):
                tid = self.layers[layer].get((x, y))
                row.append(str(tid + 1) if tid is not None else "0")
            rows.append(",".join(row))
        return ",\n".join(rows)

    def xml(self) -> str:
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" '
            f'width="{self.w}" height="{self.h}" tilewidth="16" tileheight="16" infinite="0" '
            f'nextlayerid="5" nextobjectid="{len(self.objects) + 1}">',
            " <properties>",
            *[f'  <property name="{key}" type="int" value="{value}"/>'
              for key, value in sorted(self.extra_properties.items())],
            f'  <property name="light" value={quoteattr(self.light)}/>',
            f'  <property name="title" value={quoteattr(self.title)}/>',
            " </properties>",
            f' <tileset firstgid="1" source={quoteattr(self.source)}/>',
        ]
        layer_ids = {"ground": 1, "detail": 2, "above": 4}
        for name in ("ground", "detail"):
            out += self._layer_xml(name, layer_ids[name])
        out.append(' <objectgroup id="3" name="objects">')
        for i, o in enumerate(self.objects, start=1):
            attrs = f'id="{i}" name={quoteattr(o["name"])} type={quoteattr(o["kind"])} x="{_num(o["x"])}" y="{_num(o["y"])}"'
            point = o["w"] == 0 and o["h"] == 0
            if not point:
                attrs += f' width="{_num(o["w"])}" height="{_num(o["h"])}"'
            inner = []
            if o["props"]:
                inner.append("   <properties>")
                for key in sorted(o["props"]):
                    value = o["props"][key]
                    if isinstance(value, bool):
                        inner.append(f'    <property name="{key}" type="bool" value="{str(value).lower()}"/>')
                    elif isinstance(value, int):
                        inner.append(f'    <property name="{key}" type="int" value="{value}"/>')
                    else:
                        inner.append(f"    <property name={quoteattr(key)} value={quoteattr(str(value))}/>")
                inner.append("   </properties>")
            if point:
                inner.append("   <point/>")
            out.append(f"  <object {attrs}>")
            out += inner
            out.append("  </object>")
        out.append(" </objectgroup>")
        out += self._layer_xml("above", layer_ids["above"])
        out.append("</map>")
        return "\n".join(out) + "\n"

    def _layer_xml(self, name: str, lid: int) -> list[str]:
        return [
            f' <layer id="{lid}" name="{name}" width="{self.w}" height="{self.h}">',
            '  <data encoding="csv">',
            self.csv(name),
            "</data>",
            " </layer>",
        ]

    def save(self, root: pathlib.Path) -> pathlib.Path:
        folder = pathlib.Path(root) / "maps"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.name}.tmx"
        path.write_text(self.xml(), encoding="utf-8", newline="\n")
        return path


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.2f}".rstrip("0")


# =================================================================== the vineyard

class Terrain:
    """Terrain on the grid's corners: 'g' grass, 'v' gravel, 's' soil; plus cast shadow on corners."""

    def __init__(self, w, h):
        self.w, self.h = w, h
        self.t = [["g"] * (w + 1) for _ in range(h + 1)]
        self.sh = [[0] * (w + 1) for _ in range(h + 1)]

    def cells(self, kind, x0, y0, x1, y1):
        """Make cells x0..x1, y0..y1 (inclusive) of `kind`: sets their corners."""
        for y in range(y0, y1 + 2):
            for x in range(x0, x1 + 2):
                if 0 <= x <= self.w and 0 <= y <= self.h:
                    self.t[y][x] = kind

    def shadow(self, points):
        for x, y in points:
            if 0 <= x <= self.w and 0 <= y <= self.h:
                self.sh[y][x] = 1

    def resolve(self, m: MapBuilder, rng: random.Random):
        grass_weights = [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 0, 1, 2, 5, 6, 7]
        for y in range(self.h):
            for x in range(self.w):
                c = (self.t[y][x], self.t[y][x + 1], self.t[y + 1][x], self.t[y + 1][x + 1])
                s = (self.sh[y][x], self.sh[y][x + 1], self.sh[y + 1][x], self.sh[y + 1][x + 1])
                kinds = set(c)
                r = rng.random()
                if len(kinds) == 1:
                    k = c[0]
                    if any(s):
                        if all(s):
                            name = f"sh_{k}_1111" if r < 0.6 else f"sh_{k}_full2"
                        else:
                            name = f"sh_{k}_{corner_key(s)}"
                    elif k == "g":
                        name = f"grass_{grass_weights[int(r * len(grass_weights))]}"
                    elif k == "v":
                        name = f"gravel_{int(r * 4)}"
                    else:
                        name = f"soil_{int(r * 4)}"
                    name = name.replace("sh_g_", "sh_grass_").replace("sh_v_", "sh_gravel_").replace("sh_s_", "sh_soil_")
                else:
                    others = kinds - {"g"}
                    if len(others) != 1 or "g" not in kinds:
                        raise ValueError(f"cell {x},{y}: cannot join {c}")
                    other = others.pop()
                    prefix = "gv" if other == "v" else "gs"
                    key = corner_key(tuple(1 if k == other else 0 for k in c))
                    name = f"{prefix}_{key}"
                    if any(s):
                        name += f"_sh{corner_key(s)}"
                m.put("ground", x, y, name)


def vine_row(m: MapBuilder, x0: int, x1: int, y: int, rng: random.Random):
    m.put("detail", x0, y, "vine_west0_f0")
    for x in range(x0 + 1, x1):
        m.put("detail", x, y, f"vine_mid{rng.randrange(3)}_f0")
    m.put("detail", x1, y, "vine_east0_f0")


def olive(m: MapBuilder, ter: Terrain, x: int, y: int, variant: int = 0):
    """An olive tree whose trunk stands on cell (x, y)."""
    m.put_grid(f"olive{variant}_top", x - 1, y - 2, 3, 3, lambda c, r: "above")
    m.put_grid(f"olive{variant}_trunk", x - 1, y - 2, 3, 3, lambda c, r: "detail")
    ter.shadow([(x + 1, y), (x + 2, y), (x + 3, y), (x + 1, y + 1), (x + 2, y + 1), (x + 3, y + 1), (x + 4, y + 1)])


def cypress(m: MapBuilder, ter: Terrain, x: int, y: int):
    """A cypress whose base stands on cell (x, y)."""
    m.put("above", x, y - 2, "cypress_0_0")
    m.put("above", x, y - 1, "cypress_0_1")
    m.put("detail", x, y, "cypress_0_2")
    ter.shadow([(x + 1, y + 1), (x + 2, y + 1), (x + 3, y + 1), (x + 4, y + 1)])


def wall_line(walls: set, cells):
    walls.update(cells)


def draw_walls(m: MapBuilder, walls: set, prefix: str, layer="detail"):
    for (x, y) in sorted(walls):
        key = ("n" if (x, y - 1) in walls else "") + ("e" if (x + 1, y) in walls else "") + \
              ("s" if (x, y + 1) in walls else "") + ("w" if (x - 1, y) in walls else "")
        m.put(layer, x, y, f"{prefix}_{key or 'o'}")


def vineyard(ids: dict) -> MapBuilder:
    W, H = 80, 50
    m = MapBuilder("vineyard", W, H, "Les Vignes", "afternoon", ids, "../assets/tilesets/provence.tsx", 7)
    ter = Terrain(W, H)
    rng = random.Random(4242)

    # ---- the lay of the land: courtyard, lanes and paths (gravel), parcels (soil)
    ter.cells("v", 21, 10, 47, 14)          # courtyard before the mas
    ter.cells("v", 21, 7, 22, 9)            # path to the cellar door
    ter.cells("v", 36, 15, 37, 39)          # the lane south through the vines
    ter.cells("v", 38, 38, W - 1, 39)       # ...turning east toward the village
    ter.cells("s", 4, 10, 17, 15)           # lavender
    ter.cells("s", 4, 18, 32, 33)           # vines, west parcel
    ter.cells("s", 42, 18, 70, 33)          # vines, east parcel
    ter.cells("s", 4, 36, 32, 45)           # vines, south-west parcel
    ter.cells("s", 52, 5, 62, 10)           # the kitchen garden

    # ---- the stone mas (10 x 6), door at (34, 9)
    MX, MY = 30, 4
    for r in range(6):
        for c in range(10):
            name = f"mas_{c}_{r}"
            if m.has(name):
                m.put("above" if r == 0 else "detail", MX + c, MY + r, name)
    ter.shadow([(40, y) for y in range(5, 11)] + [(41, y) for y in range(6, 11)] + [(42, 9), (42, 10)])

    # ---- the cellar, dug into a grassy bank north-west of the mas; threshold (21..22, 6)
    CX, CY = 20, 3
    for r in range(4):
        for c in range(4):
            name = f"cave_{c}_{r}"
            if m.has(name):
                m.put("above" if r == 0 else "detail", CX + c, CY + r, name)
    ter.shadow([(24, y) for y in range(4, 8)] + [(25, y) for y in range(5, 8)])

    # ---- trees: a cypress windbreak along the north, an olive grove in the north-west
    for x in range(26, 50, 2):
        if not (29 <= x <= 40):
            cypress(m, ter, x, 2)
    for x in (50, 52, 54, 56, 58, 60, 62, 64, 66, 68, 70, 72, 74, 76, 78):
        cypress(m, ter, x, 2)
    for x, y, v in ((2, 3, 0), (7, 2, 1), (12, 3, 0), (16, 6, 1), (4, 7, 1), (9, 7, 0)):
        olive(m, ter, x, y, v)
    olive(m, ter, 46, 12, 0)                  # shade over the garden table
    olive(m, ter, 74, 8, 1)
    olive(m, ter, 68, 12, 0)
    olive(m, ter, 76, 14, 1)
    # the cypress alley along the lane
    for y in (18, 22, 26, 30, 34):
        cypress(m, ter, 35, y)
        cypress(m, ter, 38, y)

    # ---- lavender rows
    for y in (11, 13, 15):
        for x in range(5, 17):
            m.put("detail", x, y, f"lavender{(x + y) % 2}_f0")

    # ---- vine parcels: rows east-west, walkable soil between
    for y in range(19, 34, 2):
        vine_row(m, 5, 31, y, rng)
    for y in range(19, 34, 2):
        vine_row(m, 43, 69, y, rng)
    for y in range(37, 46, 2):
        vine_row(m, 5, 31, y, rng)

    # ---- the kitchen garden, fenced, gate on its south side
    fence = set()
    for x in range(51, 64):
        fence.add((x, 4))
        fence.add((x, 11))
    for y in range(4, 12):
        fence.add((51, y))
        fence.add((63, y))
    fence.discard((57, 11))
    draw_walls(m, fence, "fence")
    m.put("detail", 57, 11, "fence_gate")
    for x in range(53, 62):
        m.put("detail", x, 6, f"tomato_{x % 2}")
        if x != 57:
            m.put("detail", x, 8, f"lettuce_{x % 2}")
            m.put("detail", x, 10, f"courgette_{x % 2}")
    m.put("above", 62, 5, "sunflower_0_0")
    m.put("detail", 62, 6, "sunflower_0_1")
    m.put("above", 52, 8, "sunflower_0_0")
    m.put("detail", 52, 9, "sunflower_0_1")
    m.put("detail", 64, 10, "wheelbarrow")
    m.put("detail", 50, 6, "tools")

    # ---- dry-stone walls: the west and south bounds, a low wall along the courtyard
    walls = set()
    for y in range(9, 49):
        walls.add((0, y))
    for x in range(0, W):
        walls.add((x, 48))
    for y in range(16, 48):
        if not 37 <= y <= 40:
            walls.add((W - 1, y))
    for x in range(0, 36):
        if x not in (3,):
            walls.add((x, 16))
    for x in range(39, 72):
        if x not in (41,):
            walls.add((x, 16))
    draw_walls(m, walls, "wall")
    # the walls shade the grass just east of their vertical runs
    ter.shadow([(1, y) for y in range(10, 48)])

    # ---- the courtyard: well, table, bench, pots, barrels
    m.put("above", 25, 11, "well_0_0_f0")
    m.put("above", 26, 11, "well_1_0_f0")
    m.put("detail", 25, 12, "well_0_1_f0")
    m.put("detail", 26, 12, "well_1_1_f0")
    ter.shadow([(27, 13), (28, 13), (27, 12)])
    m.put("detail", 43, 12, "table_0_0")
    m.put("detail", 44, 12, "table_1_0")
    m.put("detail", 42, 12, "chair_r")
    m.put("detail", 45, 13, "chair_l")
    for x, name in ((31, "pot_rosemary"), (38, "pot_geranium"), (39, "pot_rosemary"), (29, "barrel")):
        m.put("detail", x, 10, name)
    m.put("detail", 24, 7, "barrel")
    m.put("detail", 24, 8, "crate_grapes")
    m.put("detail", 19, 7, "crate")
    m.put("detail", 28, 15, "bench_0_0")
    m.put("detail", 29, 15, "bench_1_0")

    # ---- flowers and the field's edges
    for x, y in ((2, 17), (8, 16 - 1), (20, 17), (33, 35), (41, 35), (45, 41), (50, 43), (58, 42), (63, 45),
                 (70, 44), (54, 46), (47, 45), (66, 42), (74, 45), (40, 44), (24, 47), (12, 47)):
        if m.get("detail", x, y) is None:
            m.put("detail", x, y, f"poppies_{(x + y) % 3}")
    for x, y in ((27, 16 + 1), (20, 9), (47, 9), (65, 14), (2, 35), (34, 42), (60, 36), (72, 34), (18, 2)):
        if m.get("detail", x, y) is None:
            m.put("detail", x, y, f"flowers_{(x * y) % 2}")
    for x, y in ((44, 43), (48, 41), (56, 44), (62, 43), (68, 46), (72, 42)):
        m.put("above", x, y - 1, "sunflower_0_0")
        m.put("detail", x, y, "sunflower_0_1")
    for x, y in ((33, 44), (75, 20), (73, 26), (76, 30), (14, 35)):
        m.put("detail", x, y, "shrub")
    for x, y in ((39, 45), (77, 24), (2, 46)):
        m.put("detail", x, y, "rock")
    m.put("detail", 77, 36, "signpost")
    # the way out to the village: cypresses and olives along the lane, a meadow by the road
    for x in (42, 48, 54, 60):
        cypress(m, ter, x, 36)
    olive(m, ter, 66, 45, 1)
    olive(m, ter, 76, 44, 0)
    olive(m, ter, 58, 46, 0)
    for x, y in ((71, 35), (73, 35), (76, 34), (70, 41), (74, 41), (65, 35), (62, 41)):
        if m.get("detail", x, y) is None:
            m.put("detail", x, y, f"poppies_{(x + y) % 3}")

    ter.resolve(m, random.Random(99))

    # ---- objects
    m.obj("spawn", "default", 34.5, 10.8, facing="down")
    m.obj("spawn", "from_cellar", 22.0, 7.9, facing="down")
    m.obj("door", "cellar_door", 21, 6, 2, 1, target_map="cellar", target_spawn="from_vineyard")
    m.obj("interactable", "mas_door", 34, 8, 1, 2, prompt="Open", knot="vineyard_mas_door")
    m.obj("interactable", "old_vine", 12, 19, 1, 1, prompt="Tend", knot="vineyard_tend_vine")
    m.obj("interactable", "loose_cane", 48, 23, 1, 1, prompt="Tie", knot="vineyard_tie_cane")
    m.obj("interactable", "grapes", 60, 27, 1, 1, prompt="Taste", knot="vineyard_taste_grape")
    m.obj("interactable", "tomatoes", 56, 6, 1, 1, prompt="Check", knot="vineyard_tomatoes")
    m.obj("interactable", "well", 25, 11, 2, 2, prompt="Draw", knot="vineyard_well")
    m.obj("interactable", "bench", 28, 15, 2, 1, prompt="Sit", knot="vineyard_bench")
    m.obj("interactable", "lavender", 9, 13, 1, 1, prompt="Smell", knot="vineyard_lavender")
    m.obj("interactable", "grape_crate", 24, 8, 1, 1, prompt="Look", knot="vineyard_grape_crate")
    m.obj("interactable", "signpost", 77, 36, 1, 1, prompt="Read", knot="vineyard_signpost")
    m.obj("npc", "Marcel", 73.5, 37.8, sprite="neighbour_marcel", facing="right", knot="vineyard_marcel")
    m.obj("npc", "Odette", 75.5, 37.8, sprite="neighbour_odette", facing="left", knot="vineyard_odette")
    m.obj("trigger", "whisper_far", 64, 36, 2, 5, knot="vineyard_whispers_1")
    m.obj("trigger", "whisper_near", 69, 36, 2, 5, knot="vineyard_whispers_2")
    m.obj("trigger", "lane_thought", 36, 30, 2, 1, knot="vineyard_lane")
    return m


# =================================================================== the cellar

def cellar(ids: dict) -> MapBuilder:
    W, H = 24, 16
    m = MapBuilder("cellar", W, H, "La Cave", "interior", ids, "../assets/tilesets/interior.tsx", 11)
    rng = random.Random(77)
    light = [[0] * (W + 1) for _ in range(H + 1)]

    def glow(cx, cy, r):
        for y in range(H + 1):
            for x in range(W + 1):
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    light[y][x] = 1

    # ---- the vaulted north wall: racks, niches with candles, the stairs up in the middle
    bays = [("bay_rack", 1), ("bay_niche", 4), ("bay_plain", 7), ("bay_stairs", 10), ("bay_plain", 13),
            ("bay_niche", 16), ("bay_rack", 19)]
    for prefix, x in bays:
        m.put_grid(prefix, x, 0, 3, 3)
    m.put_grid("wallcol", 22, 0, 1, 3)
    for y in range(H - 1):
        m.put("detail", 0, y, "side_w")
        m.put("detail", W - 1, y, "side_e")
    for x in range(1, W - 1):
        m.put("detail", x, H - 1, "wall_s")
    m.put("detail", 0, H - 1, "corner_sw")
    m.put("detail", W - 1, H - 1, "corner_se")

    # ---- casks on their cradles along both walls, the tasting table in the middle
    for y in (4, 7, 10):
        m.put_grid("casks", 1, y, 2, 2)
        m.put_grid("casks", 20, y, 2, 2)
    m.put("detail", 1, 13, "barrel")
    m.put("detail", 2, 13, "barrel")
    m.put("detail", 1, 14, "crate")
    m.put_grid("table", 10, 8, 3, 2)
    for x, y in ((9, 9), (13, 9), (11, 11)):
        m.put("detail", x, y, "stool")
    for x, y in ((6, 6), (17, 6), (6, 12), (17, 12)):
        m.put("above", x, y - 1, "candelabra_0_0")
        m.put("detail", x, y, "candelabra_0_1")
        glow(x + 0.5, y + 0.5, 1.8)
    glow(11.5, 9.5, 2.4)
    glow(5.5, 3, 1.5)
    glow(17.5, 3, 1.5)
    glow(11.5, 3.2, 1.6)  # daylight down the stairs
    for x, y in ((6, 6), (17, 6), (6, 12), (17, 12)):
        m.obj("light", f"candle_{x}_{y}", x + 0.5, y - 0.6, radius=36, color="#ffc070")
    m.obj("light", "table_candle", 11.5, 8.6, radius=30, color="#ffc878")
    # a corner of forgotten things: shelf, crates, the dusty one
    m.put_grid("shelf", 22, 12, 1, 2)
    m.put("detail", 22, 14, "crate")
    m.put("detail", 21, 14, "crate_dusty")
    m.put("detail", 19, 14, "barrel")
    m.put("detail", 1, 3, "cobweb_w")
    m.put("detail", 22, 3, "cobweb_e")

    # ---- the floor: flagstones, warm where the candles reach
    for y in range(0, H - 1):
        for x in range(1, W - 1):
            c = (light[y][x], light[y][x + 1], light[y + 1][x], light[y + 1][x + 1])
            if all(c):
                m.put("ground", x, y, f"lit_full_{rng.randrange(6)}")
            elif any(c):
                m.put("ground", x, y, f"lit_{corner_key(c)}")
            else:
                m.put("ground", x, y, f"flag_{rng.randrange(6)}")
    for y in range(H):
        for x in range(W):
            if m.get("ground", x, y) is None:
                m.put("ground", x, y, "void")

    # ---- objects
    m.obj("spawn", "default", 11.5, 6.8, facing="down")
    m.obj("spawn", "from_vineyard", 11.5, 3.9, facing="down")
    m.obj("door", "stairs_up", 11, 2, 1, 1, target_map="vineyard", target_spawn="from_cellar")
    m.obj("interactable", "cask", 1, 4, 2, 2, prompt="Taste", knot="cellar_taste_wine")
    m.obj("interactable", "old_vintages", 19, 1, 3, 2, prompt="Look", knot="cellar_rack")
    m.obj("interactable", "dusty_crate", 21, 14, 1, 1, prompt="Open", knot="cellar_crate")
    m.obj("interactable", "tasting_table", 10, 8, 3, 2, prompt="Taste",
          text="A glass poured this morning and forgotten. It has opened up nicely. Most things do, given time.")
    m.obj("interactable", "niche_candle", 4, 1, 3, 2, prompt="Look",
          text="He lit these candles himself. Old habit: never sit where you cannot see the stairs.")
    m.obj("trigger", "cool_air", 10, 4, 3, 1,
          text="Cool air, old oak and wine. Down here the years keep quiet.")
    return m


def generate(root: pathlib.Path) -> list[pathlib.Path]:
    root = pathlib.Path(root)
    written = [vineyard(tiles_provence.build().ids).save(root)]
    written.append(cellar(tiles_interior.build().ids).save(root))
    return written


if __name__ == "__main__":
    for p in generate(pathlib.Path(__file__).resolve().parents[2]):
        print(p)
