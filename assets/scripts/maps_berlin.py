"""Generate the Berlin flashback's maps: berlin_street, berlin_tail and berlin_churchyard.

West Berlin, 1983, a rainy night. Streets are composed on a grid of ground
kinds (road, pavement, grass, gravel) resolved to tiles by name; houses are
blocks with a roof and, where their front faces the viewer, an Altbau facade.
Objects carry the Berlin kinds the minigames read: `place`, `cover`, `patrol`
and `courier_route` polylines, `light` for sodium lamps. Output is Tiled 1.8 XML.

Usage: python assets/scripts/maps_berlin.py   (from the repo root)
"""

from __future__ import annotations

import pathlib
import random
import sys
from xml.sax.saxutils import quoteattr

try:
    from assets.scripts import tiles_berlin
    from assets.scripts.maps import MapBuilder, _num
except ImportError:  # run as a script
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    import tiles_berlin  # type: ignore
    from maps import MapBuilder, _num  # type: ignore

T = 16
SODIUM = "#ffa040"
TILESET = "../assets/tilesets/berlin.tsx"


class BerlinMap(MapBuilder):
    """MapBuilder with typed map properties (bool, float, int, string), float object properties
    and polyline objects."""

    def __init__(self, name, width, height, title, sheet, seed):
        super().__init__(name, width, height, title, "berlin", sheet.ids, TILESET, seed)
        self.solid_ids = {tid for tid, props in sheet.props.items() if props.get("collides")}
        # it rains on every Berlin map, and the player is Stéphane at thirty-five
        self.map_props: dict[str, object] = {"rain": True, "player_sprite": "stephane_1983"}
        self.kind = [["p"] * width for _ in range(height)]  # ground kinds

    def polyline(self, kind: str, name: str, points, **props):
        """`points` in tiles (map coordinates); written relative to the first."""
        x0, y0 = points[0]
        self.objects.append({"kind": kind, "name": name, "x": x0 * T, "y": y0 * T, "w": 0, "h": 0,
                             "props": props, "points": [((x - x0) * T, (y - y0) * T) for x, y in points]})

    def blocked(self, x: int, y: int) -> bool:
        if not (0 <= x < self.w and 0 <= y < self.h):
            return True
        return any(self.layers[layer].get((x, y)) in self.solid_ids for layer in ("ground", "detail"))

    def check_routes(self):
        """Every polyline stays on walkable tiles (the content check says the same, later)."""
        for o in self.objects:
            if "points" not in o:
                continue
            pts = [(o["x"] + px, o["y"] + py) for px, py in o["points"]]
            for (ax, ay), (bx, by) in zip(pts, pts[1:]):
                steps = int(max(abs(bx - ax), abs(by - ay)) // 2) + 1
                for i in range(steps + 1):
                    x, y = ax + (bx - ax) * i / steps, ay + (by - ay) * i / steps
                    if self.blocked(int(x // T), int(y // T)):
                        raise ValueError(f"{self.name}: {o['kind']} {o['name']} crosses a wall at "
                                         f"{int(x // T)},{int(y // T)}")

    @staticmethod
    def _prop(key, value) -> str:
        if isinstance(value, bool):
            return f'<property name="{key}" type="bool" value="{str(value).lower()}"/>'
        if isinstance(value, int):
            return f'<property name="{key}" type="int" value="{value}"/>'
        if isinstance(value, float):
            return f'<property name="{key}" type="float" value="{value!r}"/>'
        return f"<property name={quoteattr(key)} value={quoteattr(str(value))}/>"

    def xml(self) -> str:
        props = dict(self.map_props)
        props.update(self.extra_properties)
        props["light"], props["title"] = self.light, self.title
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" '
            f'width="{self.w}" height="{self.h}" tilewidth="16" tileheight="16" infinite="0" '
            f'nextlayerid="5" nextobjectid="{len(self.objects) + 1}">',
            " <properties>",
            *[f"  {self._prop(key, props[key])}" for key in sorted(props)],
            " </properties>",
            f' <tileset firstgid="1" source={quoteattr(self.source)}/>',
        ]
        for name, lid in (("ground", 1), ("detail", 2)):
            out += self._layer_xml(name, lid)
        out.append(' <objectgroup id="3" name="objects">')
        for i, o in enumerate(self.objects, start=1):
            attrs = (f'id="{i}" name={quoteattr(o["name"])} type={quoteattr(o["kind"])} '
                     f'x="{_num(o["x"])}" y="{_num(o["y"])}"')
            point = o["w"] == 0 and o["h"] == 0 and "points" not in o
            if o["w"] or o["h"]:
                attrs += f' width="{_num(o["w"])}" height="{_num(o["h"])}"'
            out.append(f"  <object {attrs}>")
            if o["props"]:
                out.append("   <properties>")
                out += [f"    {self._prop(key, o['props'][key])}" for key in sorted(o["props"])]
                out.append("   </properties>")
            if point:
                out.append("   <point/>")
            if "points" in o:
                text = " ".join(f"{_num(px)},{_num(py)}" for px, py in o["points"])
                out.append(f'   <polyline points="{text}"/>')
            out.append("  </object>")
        out.append(" </objectgroup>")
        out += self._layer_xml("above", 4)
        out.append("</map>")
        return "\n".join(out) + "\n"

    def save(self, root):
        self.check_routes()
        return super().save(root)


# ------------------------------------------------------------------ ground and street furniture

def paint(m: BerlinMap, kind: str, x0: int, y0: int, x1: int, y1: int):
    """Ground kind over cells x0..x1, y0..y1 inclusive: r road, p pavement, g grass, v gravel, b building."""
    for y in range(max(0, y0), min(m.h, y1 + 1)):
        for x in range(max(0, x0), min(m.w, x1 + 1)):
            m.kind[y][x] = kind


def resolve_ground(m: BerlinMap, rng: random.Random, puddles=()):
    cob = [0, 0, 1, 1, 2, 2, 3, 3, 0, 1, 4, 5]
    for y in range(m.h):
        for x in range(m.w):
            k = m.kind[y][x]

            def at(dx, dy):
                xx, yy = x + dx, y + dy
                return m.kind[yy][xx] if 0 <= xx < m.w and 0 <= yy < m.h else None

            if k == "r":
                name = "puddle_f0" if (x, y) in puddles else f"cob_{cob[rng.randrange(len(cob))]}"
            elif k == "p":
                if at(0, 1) == "r":
                    name = "kerb_s"
                elif at(0, -1) == "r":
                    name = "kerb_n"
                elif at(1, 0) == "r":
                    name = "kerb_e"
                elif at(-1, 0) == "r":
                    name = "kerb_w"
                else:
                    name = f"pave_{[0, 0, 1, 1, 0, 2, 3][rng.randrange(7)]}"
            elif k == "g":
                name = f"grass_{[0, 0, 1, 1, 2, 3][rng.randrange(6)]}"
            elif k == "v":
                name = f"gravel_{[0, 0, 1, 1, 0, 1, 0, 1, 2][rng.randrange(9)]}"
            else:
                name = "pave_0"
            m.put("ground", x, y, name)


def lamp(m: BerlinMap, x: int, y: int, name: str, reflect=None):
    """A sodium lamp whose pole stands on cell (x, y); `reflect`: a road cell that mirrors it."""
    m.put("above", x, y - 1, "lamp_0_0")
    m.put("detail", x, y, "lamp_0_1")
    m.obj("light", name, x + 0.5, y - 0.6, radius=56, color=SODIUM, flicker=False)
    if reflect:
        rx, ry = reflect
        m.put("ground", rx, ry, f"cob_lit_{(rx + ry) % 2}")


def tree(m: BerlinMap, x: int, y: int, trunk: str = "trunk"):
    """A plane tree whose trunk stands on cell (x, y)."""
    for r in range(3):
        for c in range(3):
            name = f"tree_{c}_{r}"
            if m.has(name):
                m.put("above", x - 1 + c, y - 3 + r, name)
    m.put("detail", x, y, trunk)


def car(m: BerlinMap, x: int, y: int, model: str):
    m.put("detail", x, y, f"{model}_0_0")
    m.put("detail", x + 1, y, f"{model}_1_0")


def grid2(m: BerlinMap, prefix: str, x: int, y: int, cols: int, rows: int, top_above=True):
    for r in range(rows):
        for c in range(cols):
            name = f"{prefix}_{c}_{r}"
            if m.has(name):
                m.put("above" if (top_above and r == 0 and rows > 1) else "detail", x + c, y + r, name)


# ------------------------------------------------------------------ houses

def block(m: BerlinMap, x0: int, y0: int, x1: int, y1: int, styles, rng: random.Random,
          front=True, ground=None, lit=0.18, entries=()):
    """Houses over x0..x1, y0..y1. `front`: their Altbau fronts face the viewer (south), four
    storeys on the bottom rows; otherwise only their roofs show, the gutter along the north edge
    (`entries`: x of doorways seen from behind). `styles`: [(width, style)], repeated across."""
    ground = ground or {}
    paint(m, "b", x0, y0, x1, y1)
    spans = []
    x, i = x0, 0
    while x <= x1:
        width, style = styles[i % len(styles)]
        spans.append((x, min(x1, x + width - 1), style))
        x += width
        i += 1
    face_rows = 4 if front and y1 - y0 >= 4 else 0
    for sx0, sx1, style in spans:
        for x in range(sx0, sx1 + 1):
            # roofs
            for y in range(y0, y1 - face_rows + 1):
                if front:
                    kind = "ridge0" if y == y0 else ("eave0" if y == y1 - face_rows else None)
                else:
                    kind = "eave_n" if y == y0 else None
                    if y == y0 and x in entries:
                        kind = "entry_n"
                if kind is None:
                    r = rng.random()
                    kind = ("chimney" if r < 0.06 else "skylight" if r < 0.1 else "skylight_lit" if r < 0.12
                            else "antenna" if r < 0.14 else f"plain{rng.randrange(4)}")
                    if not front and (y - y0) % 6 == 5:
                        kind = "ridge1"
                m.put("detail", x, y, f"roof_{kind}")
            if not face_rows:
                continue
            # the facade: cornice storey, two storeys, the ground floor
            fy = y1 - 3
            for row, y in (("top", fy), ("mid", fy + 1), ("mid", fy + 2)):
                r = rng.random()
                kind = "lit" if r < lit else ("balcony" if row == "mid" and r > 0.88 else f"window{rng.randrange(2)}")
                m.put("detail", x, y, f"f{style}_{row}_{kind}")
            name = ground.get(x)
            if name is None:
                r = rng.random()
                name = f"f{style}_gnd_" + ("lit" if r < lit * 0.6 else "shutter" if r > 0.86 else f"window{rng.randrange(2)}")
            elif not name.startswith(("cafe", "neon")) and not name.startswith("f"):
                name = f"f{style}_gnd_{name}"
            m.put("detail", x, y1, name)


# =================================================================== the street

def street(sheet) -> BerlinMap:
    W, H = 40, 18
    m = BerlinMap("berlin_street", W, H, "Berlin, 1983", sheet, 1983)
    rng = random.Random(83)
    # ground: the street east-west, a cross street north-south
    paint(m, "p", 0, 0, W - 1, H - 1)
    paint(m, "r", 0, 8, W - 1, 11)
    paint(m, "r", 27, 0, 30, H - 1)
    # north side: the house under watch, the café on the corner, east of the cross street more houses
    block(m, 0, 0, 25, 5, [(7, "b"), (8, "g"), (6, "b"), (5, "o")], rng,
          ground={10: "door", 3: "door", 17: "posters", 21: "cafe_win0", 22: "cafe_win1", 23: "cafe_door",
                  24: "cafe_win0", 25: "cafe_win1", 14: "lit"})
    m.put("detail", 11, 4, "fg_mid_lit")  # someone is up on the first floor, opposite
    m.put("detail", 23, 4, "neon_0_f0")
    m.put("detail", 24, 4, "neon_1_f0")
    for x, part in ((21, "l"), (22, "m"), (23, "m"), (24, "m"), (25, "r")):
        m.put("above", x, 5, f"awning_{part}")
    block(m, 32, 0, W - 1, 5, [(4, "o"), (4, "g")], rng, ground={34: "door", 37: "shutter", 38: "posters"})
    # south side: the rented flat's house, its roofs; the way in from the street at x=8
    block(m, 0, 14, 25, H - 1, [(9, "g"), (8, "b"), (9, "o")], rng, front=False, entries=(8, 19))
    block(m, 32, 14, W - 1, H - 1, [(8, "g")], rng, front=False, entries=(36,))
    resolve_ground(m, random.Random(84), puddles={(6, 10), (15, 9), (24, 10), (29, 13), (36, 9), (28, 4)})
    m.put("ground", 12, 11, "drain")
    m.put("ground", 33, 8, "drain")
    for x, y in ((5, 7), (14, 13), (30, 12), (2, 12), (22, 13), (26, 15)):
        m.put("detail", x, y, f"leaves_{(x + y) % 2}")
    # cars along the kerbs
    car(m, 1, 8, "beetle")
    car(m, 12, 8, "trabant")
    car(m, 17, 8, "beetle_blue")
    car(m, 5, 11, "trabant_blue")
    car(m, 21, 11, "beetle")
    car(m, 34, 11, "trabant")
    car(m, 28, 15, "beetle")
    # street furniture
    tree(m, 4, 13)
    tree(m, 15, 13)
    tree(m, 36, 13)
    lamp(m, 7, 7, "lamp_north_w", reflect=(7, 9))
    lamp(m, 19, 7, "lamp_north_e", reflect=(19, 9))
    lamp(m, 11, 13, "lamp_south", reflect=(11, 10))
    lamp(m, 26, 12, "lamp_corner", reflect=(27, 12))
    lamp(m, 38, 7, "lamp_east", reflect=(38, 9))
    grid2(m, "litfass", 31, 12, 1, 2)
    grid2(m, "kiosk", 23, 12, 2, 2)
    grid2(m, "ubahn", 33, 12, 2, 2, top_above=False)
    grid2(m, "usign", 32, 12, 1, 2)
    grid2(m, "phone", 1, 6, 1, 2)
    m.put("detail", 13, 6, "bin")
    m.put("detail", 17, 13, "bench")
    # objects
    m.obj("spawn", "default", 8.5, 13.7, facing="up")
    m.obj("place", "watched_door", 10, 5, 1, 1, role="watched_door")
    m.obj("interactable", "his_door", 8, 14, 1, 1, prompt="Look",
          text="His door. Third floor, a window on the street, a kettle and a chair. Home, for as long as the job lasts.")
    m.obj("interactable", "house_opposite", 9, 5, 3, 1, prompt="Watch",
          text="Number 14. Five storeys, one door, and someone in it who knows more than he should.")
    m.obj("interactable", "cafe_window", 21, 5, 2, 1, prompt="Look",
          text="Warm light, cigarette smoke, two men over a chessboard. Nobody in there is waiting for anyone. He checks twice.")
    m.obj("interactable", "trabant", 12, 8, 2, 1, prompt="Look",
          text="A Trabant with East plates, parked on the wrong side of the Wall. Cold bonnet. It has been here since noon.")
    m.obj("interactable", "litfass", 31, 13, 1, 1, prompt="Read",
          text="Posters over posters: a concert at the Waldbühne, a missing cat, an election. Somebody has torn one off at eye height.")
    m.obj("interactable", "kiosk", 23, 13, 2, 1, prompt="Buy",
          text="\"Zigaretten?\" The kioskman does not look up. He never looks up. That is why you buy from him.")
    m.obj("interactable", "ubahn", 33, 12, 2, 2, prompt="Look",
          text="U-Bahn. Warm air breathing up the stairs. The last train west leaves at twenty past midnight.")
    m.obj("interactable", "phone_box", 1, 7, 1, 1, prompt="Use",
          text="A coin, a number learned by heart, two rings and hang up. The message is the ringing.")
    m.obj("cover", "cafe_awning", 21, 6, 5, 1)
    m.obj("cover", "kiosk_side", 25, 12, 1, 2)
    m.obj("cover", "doorway_14", 10, 6, 1, 1)
    m.obj("light", "neon", 24, 4.6, radius=40, color="#ff5aa5", flicker=True)
    m.obj("light", "cafe_glow", 23, 6.2, radius=44, color="#ffc070", flicker=False)
    m.obj("light", "kiosk_hatch", 24, 13.8, radius=28, color="#ffc070", flicker=False)
    m.obj("trigger", "rain_thought", 5, 12, 6, 2, once=True,
          text="Rain on the collar, rain in the gutters. In Berlin it always seemed to rain when something was about to happen.")
    return m


# =================================================================== the tail

def tail(sheet) -> BerlinMap:
    W, H = 72, 32
    m = BerlinMap("berlin_tail", W, H, "Kreuzberg", sheet, 1984)
    rng = random.Random(184)
    paint(m, "p", 0, 0, W - 1, H - 1)
    paint(m, "r", 0, 9, W - 1, 12)       # street A, east-west
    paint(m, "r", 0, 23, W - 1, 26)      # street C, east-west
    paint(m, "r", 30, 0, 33, H - 1)      # street B, north-south
    # the square: cobbled border, slabs in the middle (pavement kind), no road through it
    paint(m, "p", 48, 7, W - 1, 28)
    # houses
    block(m, 0, 0, 27, 6, [(6, "g"), (5, "o"), (7, "b"), (5, "g"), (5, "o")], rng,
          ground={3: "door", 9: "door", 15: "door", 21: "posters", 25: "door"})
    block(m, 36, 0, W - 1, 6, [(6, "b"), (6, "o"), (7, "g"), (7, "b"), (10, "o")], rng,
          ground={39: "door", 45: "door", 52: "door", 58: "cafe_win0", 59: "cafe_door", 60: "cafe_win1",
                  61: "cafe_win0", 66: "door", 69: "posters"})
    m.put("detail", 59, 5, "neon_0_f0")
    m.put("detail", 60, 5, "neon_1_f0")
    for x, part in ((58, "l"), (59, "m"), (60, "m"), (61, "r")):
        m.put("above", x, 6, f"awning_{part}")
    block(m, 0, 15, 27, 20, [(7, "o"), (6, "b"), (8, "g"), (7, "b")], rng, entries=(5, 13, 22),
          ground={4: "door", 11: "door", 18: "door", 24: "shutter"}, front=True)
    block(m, 36, 15, 45, 20, [(5, "g"), (5, "o")], rng, ground={38: "door", 43: "door"})
    block(m, 0, 29, W - 1, H - 1, [(9, "g"), (8, "b"), (10, "o"), (7, "g")], rng, front=False,
          entries=(6, 20, 40, 55))
    resolve_ground(m, random.Random(185), puddles={(8, 10), (21, 11), (31, 16), (32, 4), (40, 24), (27, 25),
                                                   (12, 24), (62, 25), (44, 10), (31, 28)})
    # the square: plane trees in a grid, benches, the kiosk, a bus shelter, the Litfaßsäule
    for x in (52, 58, 64):
        for y in (12, 19):
            tree(m, x, y)
    for x, y in ((54, 12), (60, 19), (66, 12)):
        m.put("detail", x, y, "bench")
    grid2(m, "kiosk", 55, 15, 2, 2)
    grid2(m, "litfass", 50, 16, 1, 2)
    grid2(m, "shelter", 64, 21, 3, 2)
    m.put("detail", 69, 16, "bin")
    for x, y in ((50, 9), (63, 8), (56, 21), (68, 18), (53, 26), (49, 14)):
        m.put("detail", x, y, f"leaves_{(x + y) % 2}")
    # parked cars along the streets
    for x, y, model in ((5, 9, "beetle"), (13, 12, "trabant"), (19, 9, "trabant_blue"), (24, 12, "beetle"),
                        (38, 9, "beetle_blue"), (42, 12, "trabant"), (6, 26, "trabant"), (16, 23, "beetle"),
                        (25, 26, "beetle_blue"), (38, 26, "trabant_blue"), (31, 2, "beetle"),
                        (66, 26, "trabant")):
        car(m, x, y, model)
    # lamps: both sides of the streets, round the square
    for x, y, rx, ry in ((7, 8, 7, 9), (18, 14, 18, 12), (26, 8, 26, 10), (35, 14, 34, 12), (29, 20, 30, 20),
                         (34, 4, 33, 4), (12, 28, 12, 26), (23, 22, 23, 23), (42, 22, 42, 23), (38, 8, 38, 10),
                         (47, 28, 46, 26), (53, 8, 53, 9), (63, 14, 63, 13), (69, 8, 69, 9), (51, 22, 51, 23)):
        lamp(m, x, y, f"lamp_{x}_{y}", reflect=(rx, ry) if m.kind[ry][rx] == "r" else None)
    grid2(m, "phone", 35, 17, 1, 2)
    grid2(m, "ubahn", 40, 27, 2, 2, top_above=False)
    grid2(m, "usign", 42, 27, 1, 2)
    # the courier's walk: east along street A, south down B, east along C, into the square
    route = [(10.5, 13.6), (28.6, 13.6), (28.6, 21.6), (47.5, 21.6), (55.5, 21.6), (57.5, 17.6),
             (61.0, 17.6), (61.0, 14.8)]
    m.polyline("courier_route", "courier", route)
    m.obj("place", "handler", *route[-1], role="handler")
    m.obj("spawn", "default", 5.5, 13.6, facing="right")
    # cover every few steps along his way
    for name, x, y, w, h in (("doorway_4", 4, 21, 1, 1), ("car_13", 13, 13, 2, 1), ("entry_13", 13, 14, 1, 1),
                             ("car_24", 24, 13, 2, 1), ("corner_lamp", 28, 14, 1, 1),
                             ("phone_box", 34, 19, 1, 2), ("doorway_38", 38, 21, 1, 1),
                             ("ubahn_rail", 39, 27, 1, 2), ("doorway_43", 43, 21, 1, 1),
                             ("litfass", 49, 17, 1, 2), ("kiosk", 54, 15, 1, 2), ("cafe_crowd", 57, 7, 5, 1),
                             ("bus_shelter", 64, 23, 3, 1), ("car_42", 42, 13, 2, 1), ("doorway_25", 25, 7, 1, 1),
                             ("doorway_18", 18, 21, 1, 1)):
        m.obj("cover", name, x, y, w, h)
    m.obj("light", "neon", 60, 5.6, radius=40, color="#ff5aa5", flicker=True)
    m.obj("light", "cafe_glow", 60, 7.2, radius=48, color="#ffc070", flicker=False)
    m.obj("light", "kiosk_hatch", 56, 17.2, radius=28, color="#ffc070", flicker=False)
    return m


# =================================================================== the churchyard

def churchyard(sheet) -> BerlinMap:
    W, H = 40, 26
    m = BerlinMap("berlin_churchyard", W, H, "Friedhof", sheet, 1985)
    rng = random.Random(285)
    paint(m, "g", 0, 0, W - 1, H - 1)
    # gravel paths: the main walk east-west, the chapel walk, the way to the south gate
    paint(m, "v", 0, 12, W - 1, 13)
    paint(m, "v", 19, 7, 20, 24)
    paint(m, "v", 20, 20, 34, 21)
    paint(m, "v", 30, 20, 31, H - 1)
    paint(m, "v", 2, 20, 19, 21)
    resolve_ground(m, random.Random(286))
    # the old wall round it all, two gates: west (he comes in), south (the way out)
    walls = set()
    for x in range(W):
        walls.add((x, 0))
        walls.add((x, H - 1))
    for y in range(H):
        walls.add((0, y))
        walls.add((W - 1, y))
    for y in (12, 13):
        walls.discard((0, y))
    for x in (30, 31):
        walls.discard((x, H - 1))
    # a ruined older wall across the east field: the loose brick is in it
    for x in range(26, 37):
        walls.add((x, 8))
    for (x, y) in sorted(walls):
        key = ("n" if (x, y - 1) in walls else "") + ("e" if (x + 1, y) in walls else "") + \
              ("s" if (x, y + 1) in walls else "") + ("w" if (x - 1, y) in walls else "")
        m.put("detail", x, y, f"wall_{key or 'o'}")
    m.put("detail", 32, 8, "wall_ew_loose")
    for x, y in ((0, 11), (0, 14), (29, H - 1), (32, H - 1)):
        m.put("detail", x, y, "gatepost")
    m.put("detail", 0, 12, "gate_e")
    # the chapel, its porch on the chapel walk
    for r in range(6):
        for c in range(6):
            name = f"chapel_{c}_{r}"
            if m.has(name):
                m.put("above" if r == 0 else "detail", 17 + c, 1 + r, name)
    # graves in rows, lanes between them
    def grave_row(x0, x1, y, step=2, skip=()):
        for x in range(x0, x1 + 1, step):
            if x in skip:
                continue
            r = rng.random()
            if r < 0.12:
                m.put("above", x, y - 1, "monument_0_0")
                m.put("detail", x, y, "monument_0_1")
            else:
                m.put("detail", x, y, f"grave_{rng.randrange(4)}")
                if rng.random() < 0.35 and y + 1 < H - 1 and m.kind[y + 1][x] == "g":
                    m.put("ground", x, y + 1, "plot_f0")
    for y in (3, 6, 9):
        grave_row(3, 14, y, skip=(9,) if y == 9 else ())
    for y in (3, 6):
        grave_row(25, 37, y)
    for y in (16, 18):
        grave_row(3, 16, y, step=3)
    for y in (16, 18):
        grave_row(23, 37, y, step=3)
    grave_row(3, 16, 23, step=3)
    grave_row(23, 28, 23, step=2)
    grave_row(34, 37, 23, step=3)
    # clipped yews: along the main walk and round the chapel
    yews = set()
    for x in list(range(3, 9)) + list(range(11, 16)) + list(range(23, 28)) + list(range(31, 36)):
        yews.add((x, 11))
    for x in list(range(4, 9)) + list(range(24, 29)) + list(range(32, 37)):
        yews.add((x, 14))
    for y in range(7, 10):
        yews.add((16, y))
        yews.add((23, y))
    for (x, y) in sorted(yews):
        key = ("n" if (x, y - 1) in yews else "") + ("e" if (x + 1, y) in yews else "") + \
              ("s" if (x, y + 1) in yews else "") + ("w" if (x - 1, y) in yews else "")
        m.put("detail", x, y, f"yew_{key or 'o'}")
    # plane trees and lamps
    tree(m, 12, 10, "trunk_grass")
    tree(m, 36, 11, "trunk_grass")
    tree(m, 2, 9, "trunk_grass")
    for x, y in ((10, 14), (30, 14), (21, 17), (33, 19), (6, 19)):
        m.put("above", x, y - 1, "lamp_0_0")
        m.put("detail", x, y, "lamp_0_1")
        m.obj("light", f"lamp_{x}_{y}", x + 0.5, y - 0.6, radius=52, color=SODIUM, flicker=True)
    m.put("detail", 14, 20, "bench")
    m.put("detail", 25, 21, "bin")
    for x, y in ((5, 12), (14, 13), (24, 20), (34, 13), (20, 15), (30, 22)):
        m.put("detail", x, y, f"leaves_{(x + y) % 2}")
    # objects
    m.obj("spawn", "default", 1.5, 13.2, facing="right")
    m.obj("place", "drop", 32, 8, 1, 1, role="drop")
    m.obj("place", "exit", 30, H - 2, 2, 2, role="exit")
    m.polyline("patrol", "warden", [(4.5, 12.8), (34.5, 12.8)], mode="pingpong", speed=30.0, fov=90,
               range=112, pause=1.5)
    m.polyline("patrol", "gardener", [(24.5, 10.2), (37.5, 10.2), (37.5, 15.5), (29.5, 15.5), (29.5, 10.2),
                                      (24.5, 10.2)], mode="loop", speed=24.0, fov=80, range=96, pause=0.8)
    m.polyline("patrol", "watcher", [(18.0, 19.6), (33.5, 20.6), (33.5, 22.5)], mode="pingpong", speed=40.0,
               fov=100, range=128, pause=2.0)
    for name, x, y, w, h in (("chapel_porch", 19, 7, 2, 1), ("yew_west", 9, 11, 2, 1), ("yew_walk", 28, 11, 3, 1),
                             ("monuments", 15, 15, 2, 1), ("hedge_gap", 29, 14, 1, 1), ("by_the_wall", 25, 9, 2, 1),
                             ("wall_end", 37, 8, 1, 2), ("bench", 13, 20, 1, 1)):
        m.obj("cover", name, x, y, w, h)
    m.obj("interactable", "old_stone", 8, 16, 1, 1, prompt="Read",
          text="\"Hier ruht in Gott\". The rest has gone to moss. Everyone here kept a secret or two, and kept it well.")
    m.obj("light", "chapel_lamp", 20, 6.8, radius=40, color="#ffc070", flicker=True)
    return m


def build_all():
    sheet = tiles_berlin.build()
    return [street(sheet), tail(sheet), churchyard(sheet)]


def generate(root: pathlib.Path) -> list[pathlib.Path]:
    return [m.save(pathlib.Path(root)) for m in build_all()]


if __name__ == "__main__":
    for p in generate(pathlib.Path(__file__).resolve().parents[2]):
        print(p)
