"""Dialogue portraits (40x40): head and shoulders on a framed, tinted background.

The head, ears, neck and shoulders are shaped by a few formulas (light from
the upper left, three tones per material); hair, eyes, brows, mouth and
clothes details are painted on top from small text grids, per character.
Every portrait shares the frame: an ink border, a tinted field lighter at the
top, the figure outlined in ink.
"""

from __future__ import annotations

import math

SIZE = 40
Grid = list[list]


def _blank() -> Grid:
    return [[None] * SIZE for _ in range(SIZE)]


def _paint(g: Grid, rows: list[str], x: int, y: int, legend: dict) -> None:
    full = {".": None, "o": "ink", "i": "ink_soft", **legend}
    for dy, row in enumerate(rows):
        for dx, ch in enumerate(row):
            if ch == " " or ch == ".":
                continue
            if 0 <= x + dx < SIZE and 0 <= y + dy < SIZE:
                g[y + dy][x + dx] = full[ch]


def _tone(nx: float, ny: float, ramp: tuple[str, str, str], bias: float = 0.0) -> str:
    """Three tones lit from the upper left; nx, ny in -1..1 across the shape."""
    light = -0.55 * nx - 0.45 * ny + bias
    if light > 0.05:
        return ramp[0]
    if light > -0.45:
        return ramp[1]
    return ramp[2]


def head(g: Grid, skin: tuple[str, str, str], cx: float = 19.5, cy: float = 17.0,
         rx: float = 8.6, ry: float = 10.6, jaw: float = 0.55) -> None:
    """Ears, neck and a head that narrows towards the chin."""
    # neck
    for y in range(int(cy + ry * 0.55), int(cy + ry + 5)):
        for x in range(int(cx - 3.5), int(cx + 3.5) + 1):
            t = (x - cx) / 4.0
            g[y][x] = skin[1] if t > 0.2 or y < cy + ry + 1 else skin[0]
            if t > 0.55:
                g[y][x] = skin[2]
    # ears
    for side in (-1, 1):
        ex, ey = cx + side * (rx + 0.2), cy + 1.0
        for y in range(int(ey - 3), int(ey + 3) + 1):
            for x in range(int(ex - 2), int(ex + 2) + 1):
                if ((x - ex) / 1.6) ** 2 + ((y - ey) / 2.8) ** 2 <= 1.0:
                    g[y][x] = skin[1] if side < 0 else skin[2]
        g[int(ey)][int(ex) + (0 if side < 0 else 0)] = skin[2]
    # head
    for y in range(SIZE):
        for x in range(SIZE):
            ny = (y + 0.5 - cy) / ry
            if abs(ny) > 1:
                continue
            w = rx * math.sqrt(1 - ny * ny)
            if ny > 0.25:  # the jaw tapers to the chin
                w *= 1 - jaw * (ny - 0.25) ** 1.5
            nx = (x + 0.5 - cx) / max(w, 0.1)
            if abs(nx) <= 1:
                light = -0.75 * nx - 0.25 * ny + 0.3
                g[y][x] = skin[0] if light > 0 else skin[1] if light > -0.42 else skin[2]
    # shadow under the chin on the neck
    cy_chin = int(cy + ry)
    for x in range(int(cx - 3), int(cx + 4)):
        if g[cy_chin + 1][x] is not None:
            g[cy_chin + 1][x] = skin[2]


def shoulders(g: Grid, ramp: tuple[str, str, str], top: int = 29, cx: float = 19.5,
              neck: float = 4.5, width: float = 17.5) -> None:
    """A rounded mass of shoulders and chest running off the bottom edge."""
    for y in range(top, SIZE):
        t = min(1.0, (y - top + 1) / 5.0)
        half = neck + (width - neck) * math.sqrt(t)
        for x in range(SIZE):
            dx = (x + 0.5 - cx) / half
            if abs(dx) <= 1:
                g[y][x] = _tone(dx, -0.6 + (y - top) / 12, ramp, 0.15)


def frame(fig: Grid, tint: tuple[str, str]) -> Grid:
    """Background, the outlined figure, an ink frame."""
    out = _blank()
    for y in range(SIZE):
        for x in range(SIZE):
            out[y][x] = tint[0] if y < 27 else tint[1]
    # outline the figure
    for y in range(SIZE):
        for x in range(SIZE):
            if fig[y][x] is not None:
                out[y][x] = fig[y][x]
                continue
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < SIZE and 0 <= ny < SIZE and fig[ny][nx] is not None:
                    out[y][x] = "ink"
                    break
    for i in range(SIZE):
        out[0][i] = out[SIZE - 1][i] = out[i][0] = out[i][SIZE - 1] = "ink"
    for i in range(1, SIZE - 1):  # a soft inner bevel
        out[1][i] = out[1][i] if fig[1][i] else tint[2]
        out[i][1] = out[i][1] if fig[i][1] else tint[2]
    return out


# ------------------------------------------------------------------ characters

SKIN = ("skin_1", "skin_2", "skin_3")


# Expressions: each is the eyes with their brows (painted at x 10, y 12) and the nose with the
# mouth (at x 15, y 16). The story's `# mood:` tags choose among them (assets/story/moods.toml).
STEPHANE_FACES = {
    # level brows, a little heavy; calm hooded eyes, lines of age; a set mouth
    "neutral": ([
        "..................",
        "..hhhh......hhhh..",
        ".gggg........gggc.",
        "..................",
        "..cooc......cooc..",
        "..WoeK......WoeK..",
        "..kkc........kcc..",
    ], [
        "......k...",
        "......k...",
        ".....kc...",
        "....kcc...",
        "..........",
        "..c.....c.",
        "...ccccc..",
        "..........",
        "....kkk...",
    ]),
    # warm: the cheeks lift the lower lids, a clear smile, creases at its corners
    "warm": ([
        "..................",
        "..hhhh......hhhh..",
        ".gggg........gggc.",
        "..................",
        "..cooc......cooc..",
        "..WoeK......WoeK..",
        ".c.kkc......ckk.c.",
    ], [
        "......k...",
        "......k...",
        ".....kc...",
        "....kcc...",
        ".c.......c",
        "..i.....i.",
        "...iiiii..",
        "....kkk...",
        "..........",
    ]),
    # amused: raised brows, eyes crinkled shut with laughing, an open grin
    "amused": ([
        "..hhhh......hhhh..",
        ".g...gg.....gg..gc",
        "..................",
        "..................",
        "...oo........oo...",
        "..o..o......o..o..",
        ".c....c....c....c.",
    ], [
        "......k...",
        "......k...",
        ".....kc...",
        "....kcc...",
        ".c.......c",
        "..i.....i.",
        "...iWWWi..",
        "....iii...",
        "....kkk...",
    ]),
    # guarded: brows drawn down and together, the lids heavy over narrowed eyes, a flat mouth
    "guarded": ([
        "..................",
        "..................",
        ".hhhh........hhhh.",
        "..gggg......gggg..",
        "..oooo......oooo..",
        "..WoeK......WoeK..",
        "..kkc........kcc..",
    ], [
        "......k...",
        "......k...",
        ".....kc...",
        "....kcc...",
        "..........",
        "..........",
        "..cccccc..",
        "..........",
        "....kkk...",
    ]),
    # moved: brows lifted at their inner ends, lids lowered over wet eyes, lips pressed together
    "moved": ([
        "..................",
        "....hh......hh....",
        ".ggg..........ggc.",
        "..................",
        "..................",
        "..cooc......cooc..",
        "..KeWk......KeWk..",
    ], [
        "......k...",
        "......k...",
        ".....kc...",
        "....kcc...",
        "..........",
        "..........",
        "...cccc...",
        "....kk....",
        "....kkk...",
    ]),
}


def stephane(expression: str = "neutral") -> Grid:
    g = _blank()
    L = {"H": "hair_grey_1", "h": "hair_grey_2", "g": "hair_grey_3",
         "K": "skin_1", "k": "skin_2", "c": "skin_3", "W": "white", "n": "linen_3",
         "l": "linen_2", "L": "linen_1", "e": "blue_2"}
    shoulders(g, ("linen_1", "linen_2", "linen_3"), top=29, width=18)
    head(g, SKIN, cy=17.0)
    # open collar: a V of skin and two collar points
    _paint(g, [
        "..nLLnKKKKkknLln.",
        ".nLLLLnKKKkcnlLln",
        "nLLLLLLnKKkcnllln",
        ".nnLLLLnKkcnlllnn",
        "...nnLLLnkcnlln..",
        ".....nLLnnnln....",
        "......nLLlln.....",
        "......nLLlln.....",
        "......nLLlLn.....",
    ], 12, 28, L)
    # short grey hair with a side part, greying temples
    _paint(g, [
        ".......HHHHHHhh.......",
        ".....HHHHHHHHhhhh.....",
        "....HHHHHHHHHHhhhhg...",
        "...HHHHHHHHHHHhhhhgg..",
        "...HHHHHHhhhhHHhhhhgg.",
        "...HHHHhh....hhHhhhgg.",
        "...HHh...........hhgg.",
        "...Hh.............hgg.",
        "...h...............gg.",
        "...h...............g..",
        "...h...............g..",
    ], 9, 5, L)
    eyes, mouth = STEPHANE_FACES[expression]
    _paint(g, eyes, 10, 12, L)
    _paint(g, mouth, 15, 16, L)
    return frame(g, ("shutter_1", "shutter_2", "sky_1"))


# Sophie's expressions, as Stéphane's: eyes and brows at x 10, y 12; nose and mouth at x 15, y 19.
SOPHIE_FACES = {
    # raised, curious brows, wide bright eyes, a half smile
    "neutral": ([
        "..................",
        "..eee........eee..",
        ".e...e......e...e.",
        "..................",
        "..oooo......oooo..",
        ".oWgeo......oegWo.",
        "..Wggk......kggW..",
        "...kk........kk...",
    ], [
        "......k...",
        ".....kc...",
        "..........",
        "..........",
        "....ccccc.",
        ".....kk...",
    ]),
    # warm: the cheeks lift her lower lids, a full smile
    "warm": ([
        "..................",
        "..eee........eee..",
        ".e...e......e...e.",
        "..................",
        "..oooo......oooo..",
        ".oWgeo......oegWo.",
        "..kkkc......ckkk..",
        "..................",
    ], [
        "......k...",
        ".....kc...",
        "..........",
        "...i....i.",
        "....iiii..",
        ".....kk...",
    ]),
    # amused: brows up, eyes closed in crescents of laughter, an open laugh
    "amused": ([
        "..eee........eee..",
        ".e...e......e...e.",
        "..................",
        "..................",
        "...oo........oo...",
        "..o..o......o..o..",
        "..................",
        "..................",
    ], [
        "......k...",
        ".....kc...",
        "..........",
        "...o....o.",
        "....oWWo..",
        ".....oo...",
    ]),
    # guarded: brows flattened and lowered, narrowed eyes watching, the mouth closed straight
    "guarded": ([
        "..................",
        "..................",
        "..................",
        ".gggg.......gggg..",
        "..oooo......oooo..",
        ".oggeo......oeggo.",
        "..kkkk......kkkk..",
        "..................",
    ], [
        "......k...",
        ".....kc...",
        "..........",
        "..........",
        "....cccc..",
        "..........",
    ]),
    # moved: brows lifted at their inner ends, lids lowered over shining eyes, lips parted
    "moved": ([
        "..................",
        "....gg......gg....",
        "..ee..........ee..",
        "..................",
        "..................",
        "..oooo......oooo..",
        ".ogWeo......oeWgo.",
        "..kkkk......kkkk..",
    ], [
        "......k...",
        ".....kc...",
        "..........",
        "..........",
        "....ccc...",
        ".....i....",
    ]),
}


def sophie(expression: str = "neutral") -> Grid:
    g = _blank()
    L = {"H": "hair_brown_1", "h": "hair_brown_2", "g": "hair_dark",
         "K": "skin_1", "k": "skin_2", "c": "skin_3", "W": "white",
         "J": "green_1", "j": "green_2", "z": "olive_4", "S": "sky_1", "s": "sky_2",
         "r": "red_1", "e": "hair_brown_2", "R": "red_2", "N": "linen_1"}
    shoulders(g, ("green_1", "green_2", "olive_4"), top=30, width=16.5)
    # hair behind the shoulders (falls to the shoulders)
    _paint(g, [
        "..hHHh................hhgg..",
        "..hHHh................hhgg..",
        "..hHHhh..............hhhgg..",
        "..hHHhh..............hhhgg..",
        "..hHHhhh............hhhggg..",
        "...hHhhh............hhggg...",
        "...hhhhh............hhgg....",
        "....hhh.............hgg.....",
    ], 6, 21, L)
    head(g, SKIN, cy=17.5, rx=8.2, ry=10.2, jaw=0.7)
    # shirt collar and the jacket's lapels
    _paint(g, [
        "...JJS.....SJJ...",
        "..JJJSSKKkcSsjj..",
        "..JJJjSSkcSsjjz..",
        "..JJJJjSSSsjjjz..",
        "..JJJJJjSsjjjjz..",
        "..JJJJJjSsjjjjz..",
        "..JJJJJJjjjjjjz..",
    ], 11, 30, L)
    # hair: swept fringe, parted on her right
    _paint(g, [
        "........HHHHHHhh........",
        "......HHHHHHHHHhhh......",
        ".....HHHHHHHHHHHhhhh....",
        "....HHHHHHHHHHHHhhhhh...",
        "...HHHHHHHHHHhhhhhhhhg..",
        "...HHHHHHHHHhh.hhhhhhgg.",
        "..HHHHHHHHhh.....hhhhgg.",
        "..HHHHHHhh........hhhgg.",
        "..HHHHh............hhgg.",
        "..HHHh..............hgg.",
        "..HHh...............hgg.",
        "..HHh...............hgg.",
        "..HHh...............hgg.",
        "..hHh...............hgg.",
        "..hHh...............hg..",
        "..hh................hg..",
    ], 8, 5, L)
    eyes, mouth = SOPHIE_FACES[expression]
    _paint(g, eyes, 10, 12, L)
    _paint(g, mouth, 15, 19, L)
    _paint(g, ["r", ], 12, 20, {"r": "terra_1"})
    _paint(g, ["r", ], 26, 20, {"r": "terra_1"})
    return frame(g, ("ochre_1", "ochre_2", "stone_1"))


def marcel() -> Grid:
    g = _blank()
    L = {"H": "hair_grey_1", "h": "hair_grey_2", "g": "hair_grey_3",
         "K": "skin_1", "k": "skin_2", "c": "skin_3", "W": "white", "w": "linen_2",
         "P": "wood_1", "p": "wood_2", "q": "wood_3", "Q": "wood_4",
         "V": "red_2", "v": "terra_4", "y": "ochre_1", "r": "terra_1"}
    shoulders(g, ("white", "linen_2", "linen_3"), top=29, width=18.5)
    head(g, SKIN, cy=18.0, rx=8.8, ry=10.2, jaw=0.45)
    # waistcoat over the shirt, a collar without a tie
    _paint(g, [
        "VVVV...WW.....WW...vvvv",
        "VVVVV..WWWKkcWWw..vvvvv",
        "VVVVVV..WWwkWWw..vvvvvv",
        "VVVVVVV..WWWww..vvvvvvv",
        "VVVVVVVV..Www..vvvvvvvv",
        "VVVVVVVVV..w..vvvvvvvvv",
        "VVVVVVVVVV..vvvvvvvvvvv",
    ], 8, 31, L)
    _paint(g, ["y", ".", "y"], 19, 36, L)
    # flat cap: crown, then a brim casting a shadow over the eyes
    _paint(g, [
        "........PPPPPPPpp.......",
        ".....PPPPPPPPPPPpppp....",
        "...PPPPPPPPPPPPPppppqq..",
        "..PPPPPPPPPPPPPppppqqqq.",
        "..pPPPPPPPPPPPPpppqqqqq.",
        ".pppppppppppppppqqqqqqQ.",
        "qqqqqqqqqqqqqqqqqqqqqQQQ",
        ".QQQQQQQQQQQQQQQQQQQQQQ.",
    ], 8, 5, L)
    # grey at the temples, shadowed narrow eyes, bushy brows
    _paint(g, [
        "hh................gg",
        "Hhkkkkkkkkkkkkkkkkcg",
        "h.gggg.......gggg.g.",
        "h..................g",
        "...ooo........ooo...",
        "...kck........kcc...",
    ], 9, 13, L)
    # a big nose, ruddy cheeks, a white moustache over a small mouth
    _paint(g, [
        "........k.....",
        "........kc....",
        ".......kkcc...",
        "..rr...kccc..r",
        "......HHHHhh..",
        "....HHHHHhhhhg",
        "...HHHh..hhhgg",
        "......cccc....",
        "..............",
        ".......kk.....",
    ], 12, 16, L)
    return frame(g, ("olive_1", "olive_2", "grass_1"))


def odette() -> Grid:
    g = _blank()
    L = {"H": "hair_grey_1", "h": "hair_grey_2", "g": "hair_grey_3",
         "K": "skin_1", "k": "skin_2", "c": "skin_3", "W": "white",
         "D": "blue_1", "d": "blue_2", "x": "navy_2", "y": "sunflower", "r": "terra_1",
         "e": "ink_soft", "m": "red_2"}
    shoulders(g, ("blue_1", "blue_2", "navy_2"), top=30, width=17)
    head(g, SKIN, cy=18.0, rx=8.5, ry=10.0, jaw=0.5)
    # a white collar and little flowers on the dress
    _paint(g, [
        ".WWWW.......WWWW.",
        "WWWWWWKKKkcWWWWWh",
        ".WWWWWWkkcWWWWWh.",
        "...W.WWWWWWW.h...",
    ], 11, 30, L)
    for x, y, c in ((6, 36, "W"), (9, 34, "y"), (12, 37, "W"), (27, 35, "y"), (30, 37, "W"),
                    (33, 35, "W"), (24, 38, "y"), (16, 38, "y"), (4, 38, "y")):
        g[y][x] = {"W": "white", "y": "sunflower"}[c]
    # grey hair drawn back from a centre part into a bun
    _paint(g, [
        ".........HHHhh.........",
        "........HHHHhhg........",
        "........hHHhhgg........",
        "......HHHHHhHhhhh......",
        "....HHHHHHHhHHhhhhg....",
        "...HHHHHHHHhHHhhhhgg...",
        "..HHHHHHHHHhhHhhhhhgg..",
        "..HHHHHHhh...hhhhhhgg..",
        "..HHHHh..........hhgg..",
        "..HHh.............hgg..",
        "..HHh.............hgg..",
        "..hh...............gg..",
        "..h.................g..",
    ], 8, 2, L)
    # soft brows, smiling eyes (crescents), rosy cheeks, a kind smile
    _paint(g, [
        "..hhh........hhh..",
        "..................",
        "..................",
        "..eoo........ooe..",
        ".o...o......o...o.",
        "..................",
        ".rr............rr.",
    ], 10, 13, L)
    _paint(g, [
        "......k...",
        ".....kc...",
        "..........",
        "..c.....c.",
        "...mmmmm..",
        "....kkk...",
    ], 15, 19, L)
    return frame(g, ("lav_1", "lav_2", "stone_1"))


def stephane_1983() -> Grid:
    """The same man at thirty-five, in Berlin: dark hair, the trench coat's collar up, a tie."""
    g = _blank()
    L = {"H": "hair_brown_2", "h": "hair_dark", "g": "b_ink_soft",
         "K": "skin_1", "k": "skin_2", "c": "skin_3", "W": "b_white", "w": "b_paper_3",
         "C": "b_car_beige_1", "l": "b_car_beige_2", "n": "b_plo_3", "y": "navy_3", "Y": "navy_2",
         "e": "blue_2"}
    shoulders(g, ("b_car_beige_1", "b_car_beige_2", "b_plo_3"), top=29, width=18.5)
    head(g, SKIN, cy=17.0, jaw=0.6)
    # the trench coat's collar turned up, a white shirt and a dark tie
    _paint(g, [
        "nCCn.........nlln",
        "nCCCn.......nllln",
        "nCCCCnWKkcWnllllnn",
        ".nCCCCnWwWnllllln.",
        "..nCCCCnyYnlllln..",
        "...nCCCnyYnllln...",
        "....nCCnyYnlln....",
        ".....nCnyYnln.....",
        "......nnyYnn......",
        ".......nyYn.......",
        ".......nyYn.......",
    ], 11, 27, L)
    # thick dark hair with a side part, over the tops of the ears
    _paint(g, [
        ".......HHHHHHhh.......",
        ".....HHHHHHHHhhhh.....",
        "....HHHHHHHHHHhhhhg...",
        "...HHHHHHHHHHHhhhhgg..",
        "..hHHHHHHHhhhhHhhhhgg.",
        "..hHHHHhh....hhHhhhgg.",
        "..hHHh...........hhgg.",
        "..hHh.............hgg.",
        "..hh...............gg.",
        "..h................gg.",
        "..h................g..",
    ], 9, 5, L)
    # dark level brows, watchful eyes, no lines yet
    _paint(g, [
        "..hhhh......hhhh..",
        "..................",
        "..................",
        "..oooo......oooo..",
        "..WoeK......WoeK..",
        "..................",
    ], 10, 13, L)
    # nose, a straight mouth
    _paint(g, [
        "......k...",
        "......k...",
        ".....kc...",
        "....kcc...",
        "..........",
        "..........",
        "...ccccc..",
    ], 15, 16, L)
    return frame(g, ("b_plb_1", "b_plb_2", "b_pave_1"))


# ------------------------------------------------------------------ Berlin's watchers

def _rim(g: Grid, colour: str, cx: float = 19.5, neck: float = 6.0) -> None:
    """Rain catching the light on the shoulders: the top pixel of each column, away from the neck."""
    for x in range(SIZE):
        if abs(x + 0.5 - cx) <= neck:
            continue
        for y in range(SIZE):
            if g[y][x] is not None:
                g[y][x] = colour
                break


def berlin_guard() -> Grid:
    """A heavy man of the ring: flat cap, moustache, a leather coat over a roll-neck."""
    g = _blank()
    L = {"h": "hair_dark", "g": "b_wood_3", "K": "skin_1", "k": "skin_2", "c": "skin_3",
         "W": "b_white", "E": "b_wood_1", "l": "b_wood_2", "n": "b_wood_3", "G": "b_plg_1", "j": "b_plg_2",
         "P": "b_plg_1", "p": "b_plg_2", "q": "b_plg_3", "Q": "b_soot", "e": "b_plb_3"}
    shoulders(g, ("b_wood_1", "b_wood_2", "b_wood_3"), top=28, width=19.5)
    _rim(g, "b_wet", neck=7.0)
    head(g, SKIN, cy=18.0, rx=9.4, ry=10.0, jaw=0.3)
    # a grey roll-neck, the leather coat's wide lapels
    _paint(g, [
        "nEEEn........nlln",
        "nEEEEnGGGGGGnllln",
        "nEEEEEnGGGGjnlllln",
        ".nEEEEEnGGjnllllnn",
        "..nEEEEEnjnlllln..",
        "...nEEEEEnllllln..",
        "....nEEEEnllln....",
        ".....nEEEnlln.....",
        "......nEEnln......",
        ".......nEnn.......",
    ], 11, 28, L)
    # a flat cap, its brim shading the eyes
    _paint(g, [
        "........PPPPPPPpp.......",
        ".....PPPPPPPPPPPpppp....",
        "...PPPPPPPPPPPPPppppqq..",
        "..PPPPPPPPPPPPPppppqqqq.",
        "..pPPPPPPPPPPPPpppqqqqq.",
        ".pppppppppppppppqqqqqqQ.",
        "QQQQQQQQQQQQQQQQQQQQQQQQ",
        ".QQQQQQQQQQQQQQQQQQQQQQ.",
    ], 8, 5, L)
    # heavy brows, small hard eyes in the brim's shadow, cropped hair at the temples
    _paint(g, [
        "hh................hh",
        "hhkkkkkkkkkkkkkkkkch",
        "h.gggg.......gggg..h",
        "....................",
        "...ooo........ooo...",
        "...kWe........eWk...",
    ], 9, 13, L)
    # a broad nose, a thick dark moustache, a hard mouth
    _paint(g, [
        "........k.....",
        "........kc....",
        ".......kkcc...",
        "......kkcccc..",
        "....gggggggg..",
        "...gggggggggg.",
        ".....cccccc...",
        "..............",
        "......kkkk....",
    ], 12, 16, L)
    return frame(g, ("b_plb_1", "b_plb_2", "b_pave_1"))


def berlin_courier() -> Grid:
    """The courier: a thin man in a grey overcoat and a trilby, a pale scarf at his throat."""
    g = _blank()
    L = {"h": "hair_dark", "K": "skin_1", "k": "skin_2", "c": "skin_3", "W": "b_white", "e": "b_plb_3",
         "O": "b_plg_2", "L": "b_plg_3", "l": "b_soot", "n": "b_ink_soft",
         "M": "b_plb_1", "m": "b_plb_2", "X": "b_plo_1", "F": "b_plo_2", "f": "b_plo_3", "x": "b_ink_soft"}
    shoulders(g, ("b_plg_2", "b_plg_3", "b_soot"), top=29, width=17.0)
    _rim(g, "b_stone_1", neck=6.0)
    head(g, SKIN, cy=18.0, rx=7.8, ry=10.6, jaw=0.75)
    # the overcoat's collar, a pale scarf crossed at the throat
    _paint(g, [
        "nOOn.........nLLn",
        "nOOOnMMMMMMmmnLLLn",
        "nOOOOnMMMMmmnLLLLn",
        ".nOOOOnMMmmnLLLLn.",
        "..nOOOOnMmnLLLln..",
        "...nOOOnMmnLLln...",
        "....nOOnMmnLLn....",
        ".....nOnMmnLn.....",
        "......nnMmnn......",
        ".......nMmn.......",
        ".......nMmn.......",
    ], 11, 29, L)
    # a trilby: a pinched crown with its crease, a dark band, the brim snapped down in front
    _paint(g, [
        "..........XXXfXXFF......",
        "........XXXXXXfXFFFf....",
        ".......XXXXXXXfFFFFff...",
        ".......XXXXXXXFFFFFff...",
        ".......FFFFFFFFFFFfff...",
        ".......xxxxxxxxxxxxxx...",
        "..fXXXXXFFFFFFFFFFFFfff.",
        "fFFFFFFFFFFFFFFFFFFFFfff",
        "ffff.ffffffffffffff..fff",
        ".....ffffffffffffff.....",
    ], 8, 2, L)
    # narrow watchful eyes in the brim's shadow
    _paint(g, [
        "..kkkkkkkkkkkkkkkc..",
        "h..................h",
        "h..ooo........ooo..h",
        "...kWe........eWk...",
    ], 9, 12, L)
    # a long thin nose, a thin mouth
    _paint(g, [
        "......k...",
        "......k...",
        "......kc..",
        ".....kcc..",
        "..........",
        "..........",
        "...cccc...",
    ], 15, 16, L)
    return frame(g, ("b_sodium_4", "b_wood_2", "b_sodium_3"))


def berlin_handler() -> Grid:
    """The handler: a woman in a fur ushanka and a wine-red coat with a silver fur collar."""
    g = _blank()
    L = {"H": "hair_brown_1", "h": "hair_brown_2", "K": "skin_1", "k": "skin_2", "c": "skin_3",
         "W": "b_white", "e": "b_plb_3", "m": "b_paper_2", "M": "b_car_red_2", "r": "terra_1",
         "T": "b_bark_1", "F": "b_bark_2", "f": "b_bark_3", "x": "b_soot",
         "V": "b_sheen", "Z": "b_stone_1", "z": "b_stone_2", "Y": "b_stone_3",
         "C": "b_car_red_1", "d": "b_car_red_2"}
    shoulders(g, ("b_car_red_1", "b_car_red_2", "b_brick_3"), top=30, width=17.0)
    # hair to the jaw on both sides, behind the face
    _paint(g, [
        "..hHHh..............hhh.",
        "..hHHh..............hhh.",
        "..hHHhh............hhhh.",
        "...hHhh............hhh..",
        "....hhh............hh...",
    ], 7, 15, L)
    head(g, SKIN, cy=18.5, rx=8.0, ry=10.0, jaw=0.7)
    # the fur collar, high round the neck
    _paint(g, [
        "....VVVVZ..........ZVVVV....",
        "..VVZZZZZZ........ZZZZZzzV..",
        ".VZZZZZZZZZ......ZZZZZZzzzY.",
        "VZZZZZZZZZZZKKkcZZZZZZZzzzzY",
        "ZZZZZzZZZZZZZkcZZZZZZZzzzzYY",
        "ZZZZzZZZZZzZZZZZZZzZZzzzzYYY",
        ".ZZZZZZZZZZZZZZZZZZZZzzzYYY.",
        "...YZZZZZZZZZZZZZzzzzzzYY...",
        ".....YYzzzzzzzzzzzzzzYY.....",
    ], 6, 29, L)
    # the ushanka: a tall fur crown, the front flap turned up, the ear flaps tied up at the sides
    _paint(g, [
        "..........TTTTTTFF..........",
        ".......TTTTTTTTTTFFFF.......",
        ".....TTTTFTTTTTFTTFFFFf.....",
        "....TTTTTTTTTTTTTFFFFFff....",
        "....TTFTTTTTTFTTTFFFFfff....",
        "...TTTTTTTTTTTTTTTFFFffff...",
        ".fTTTTTTTTTTTTTTTTTTTTFFff..",
        "fTTTTTTTTTTTTTTTTTTTTTFFfff.",
        "fTTTFTTTTTFTTTTTTFTTTFFFffff",
        "fFFFFFFFFFFFFFFFFFFFFFFfffff",
        ".ffffffffffffffffffffffffff.",
    ], 6, 1, L)
    # a fringe under the fur, brows, dark-lashed eyes, lipstick
    _paint(g, [
        "..hHHHhh....hhHHh..",
        "..........h........",
        "..hhh........hhh...",
        "...................",
        "..oooo......oooo...",
        "..WoeK......KeoW...",
    ], 10, 12, L)
    _paint(g, [
        "......k...",
        ".....kc...",
        "..........",
        "..........",
        "...mmmm...",
        "....MM....",
    ], 15, 19, L)
    _paint(g, ["r"], 12, 21, L)
    _paint(g, ["r"], 27, 21, L)
    return frame(g, ("b_plb_1", "b_plb_2", "b_pave_1"))


# the expressions drawn for a character besides the neutral face: written as NAME_EXPRESSION.png
EXPRESSIONS = {
    "stephane": tuple(face for face in STEPHANE_FACES if face != "neutral"),
    "sophie": tuple(face for face in SOPHIE_FACES if face != "neutral"),
}

PORTRAIT_MAKERS = {
    "stephane": stephane,
    "neighbour_marcel": marcel,
    "neighbour_odette": odette,
    "sophie": sophie,
    "stephane_1983": stephane_1983,
    "berlin_guard": berlin_guard,
    "berlin_courier": berlin_courier,
    "berlin_handler": berlin_handler,
}
