"""Generate the dressing tileset: assets/tilesets/props.png + props.tsx.

The pictures a map shows once the story says so, placed in Tiled as `decor` tile objects
(Insert Tile, T) with an `if_var`: the dishes on the dinner table (the bread, the Banon, the
tomatoes, the bottle his own red or the '89, a plate and a glass for each place), and the
vineyard's chores done (the cane hanging into the path, then tied; the basket by the tomatoes,
then full; the bucket drawn from the well; the old vine's pinched leaves at its foot). Also the
dining table with its cloth bare (tiles, in the map's layers), for those dishes to go on.

Its own tileset, so that tiles added to the others never move these ids, and these never theirs.
Every dressing tile is drawn on a clear ground: it sits on whatever the map has under it.

Usage: python assets/scripts/tiles_props.py   (from the repo root)
"""

from __future__ import annotations

import pathlib
import sys

if not __package__:  # run as a script: the repository root makes assets.scripts importable
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))

from assets.scripts import tiles_interior as interior
from assets.scripts import tiles_provence as provence
from assets.scripts.tiles_draw import Img, Sheet, T

# ------------------------------------------------------------------ the dinner table

def plate(img: Img, x: int, y: int) -> None:
    """A white plate seen from the table's side: a flat oval with its rim and shadow, 9 x 5."""
    img.ellipse(x + 4.5, y + 2.5, 4.6, 2.6, "linen_2")
    img.ellipse(x + 4.5, y + 2.2, 3.6, 1.8, "white")
    img.hline(x + 2, x + 6, y + 4, "linen_3")
    img.px(x + 2, y + 1, "white")


def glass(img: Img, x: int, y: int, wine: bool = True) -> None:
    """A wine glass, 3 x 6: the bowl (red when poured), the stem, the foot."""
    img.rect(x, y, 3, 3, "grape_2" if wine else "sky_1")
    img.px(x, y, "white")
    img.px(x + 2, y + 2, "grape_3" if wine else "linen_3")
    img.px(x + 1, y + 3, "linen_3")
    img.hline(x, x + 2, y + 4, "linen_2")


def place_setting() -> Img:
    """A place laid: a plate, a knife beside it, a glass of red."""
    img = Img(T, T)
    plate(img, 2, 9)
    img.vline(12, 9, 13, "stone_3")  # the knife
    img.px(12, 9, "white")
    glass(img, 11, 3)
    return img


def bread() -> Img:
    """This morning's loaf, torn rather than cut, on its cloth."""
    img = Img(T, T)
    img.rect(2, 11, 12, 3, "linen_2")  # the cloth it came wrapped in
    img.hline(2, 13, 11, "white")
    img.px(13, 13, "linen_3")
    img.ellipse(7.5, 9.5, 5.2, 3.3, "ochre_3")  # the round crust
    img.ellipse(7.0, 8.8, 4.4, 2.5, "ochre_2", only_if={"ochre_3"})
    img.hline(5, 9, 7, "ochre_1")
    img.ellipse(11.0, 10.0, 1.9, 2.0, "linen_1")  # where it was torn: the soft inside
    img.px(11, 9, "white")
    img.px(10, 11, "linen_2")
    for x, y in ((4, 9), (7, 8), (9, 10)):
        img.px(x, y, "ochre_4")  # the scored crust
    img.outline("ink_soft", sides="rb")
    return img


def banon() -> Img:
    """The Banon on its board, its chestnut leaves opened out, the raffia undone beside it."""
    img = Img(T, T)
    img.rect(1, 10, 14, 4, "wood_1")  # the board
    img.hline(1, 14, 10, "ochre_1")
    img.hline(1, 14, 13, "wood_3")
    img.vline(14, 10, 13, "wood_2")
    for cx, cy in ((4.5, 9.5), (11.0, 9.5), (7.5, 11.5)):  # the leaves, spread like petals
        img.ellipse(cx, cy, 3.2, 1.9, "olive_3")
        img.ellipse(cx - 0.5, cy - 0.4, 2.2, 1.0, "olive_2", only_if={"olive_3"})
    img.ellipse(7.5, 8.5, 3.2, 2.4, "linen_1")  # the little round cheese
    img.hline(6, 9, 7, "white")
    img.px(10, 9, "linen_2")
    img.px(5, 9, "linen_2")
    img.line(2, 12, 5, 13, "ochre_2")  # the raffia, untied
    img.outline("ink_soft", sides="rb")
    return img


def tomatoes() -> Img:
    """Tomatoes sliced thick on a plate, salted, a thread of oil."""
    img = Img(T, T)
    img.ellipse(8.0, 10.5, 6.8, 3.4, "linen_2")
    img.ellipse(8.0, 10.2, 5.8, 2.6, "white")
    for cx, cy in ((5.0, 10.0), (8.5, 9.5), (11.5, 10.5), (7.0, 11.5)):
        img.ellipse(cx, cy, 1.9, 1.3, "tomato")
        img.px(int(cx), int(cy), "tomato_dark")
        img.px(int(cx) + 1, int(cy), "terra_1")
    img.px(9, 9, "sunflower")  # the oil catching the candle
    img.px(6, 10, "white")  # salt
    img.px(12, 10, "white")
    img.outline("ink_soft", sides="rb")
    return img


def bottle(vintage: bool) -> Img:
    """The bottle, opened, its cork beside it: his own red, or the '89 with the cellar's dust."""
    img = Img(T, T)
    glass_colour, shade = ("cypress_3", "ink") if vintage else ("vine_4", "cypress_3")
    img.rect(6, 4, 4, 9, glass_colour)  # the body
    img.vline(9, 4, 12, shade)
    img.vline(6, 5, 12, "cypress_1" if not vintage else "stone_5")  # the light down one side
    img.rect(7, 1, 2, 3, glass_colour)  # the neck
    img.px(7, 1, "terra_3")  # the open mouth, wine-dark
    img.rect(6, 8, 4, 3, "ochre_1" if vintage else "linen_1")  # the label
    img.hline(6, 9, 9, "stone_4" if vintage else "red_2")
    if vintage:  # dust in the curve of its shoulders
        for x, y in ((6, 4), (8, 4), (9, 5), (7, 5)):
            img.px(x, y, "stone_3")
    img.hline(5, 10, 13, "ink_soft")
    img.rect(11, 11, 2, 2, "wood_1")  # the cork
    img.px(11, 11, "grape_2")
    img.outline("ink_soft", sides="rb")
    return img


def bread_board() -> Img:
    """The kitchen's bread board once the loaf has gone to the table: crumbs and a heel. It lies
    exactly over the worktable's board (tiles_interior.worktable), covering the loaf drawn there."""
    img = Img(T, T)
    img.rect(2, 7, 13, 10, "wood_2")
    img.hline(2, 14, 7, "wood_1")
    img.hline(2, 14, 16, "wood_3")
    img.line(4, 10, 9, 13, "wood_3")  # the knife's old scores
    for x, y, colour in ((5, 12, "linen_1"), (9, 10, "ochre_1"), (11, 13, "linen_1"), (7, 14, "ochre_2")):
        img.px(x, y, colour)  # crumbs
    img.rect(11, 9, 2, 2, "ochre_2")  # the heel he left
    return img


# ------------------------------------------------------------------ the vineyard's chores

def cane_loose() -> Img:
    """A cane slipped from its wire, hanging down into the path, heavy with green grapes."""
    img = Img(T, T)
    img.line(6, 0, 9, 6, "wood_2")
    img.line(9, 6, 10, 12, "wood_2")
    for cx, cy in ((4.5, 3.0), (11.0, 5.5), (7.5, 8.0)):  # its leaves
        img.ellipse(cx, cy, 2.6, 1.8, "vine_3")
        img.ellipse(cx - 0.5, cy - 0.5, 1.6, 1.0, "vine_2", only_if={"vine_3"})
    for x, y in ((9, 12), (10, 12), (11, 12), (9, 13), (10, 13), (11, 13), (10, 14)):  # the bunch
        img.px(x, y, "olive_1" if (x + y) % 2 else "olive_2")
    img.px(9, 12, "vine_1")
    img.outline("ink_soft", sides="rb")
    return img


def cane_tied() -> Img:
    """The cane back on its wire, tied with a twist of raffia: flat, impossible to shake loose."""
    img = Img(T, T)
    img.hline(2, 13, 6, "stone_4")  # the wire
    img.line(9, 1, 7, 10, "wood_2")  # the cane, lifted back along it
    img.rect(7, 5, 3, 2, "ochre_1")  # the knot
    img.px(9, 6, "ochre_2")
    img.line(6, 7, 5, 9, "ochre_2")  # its two short ends
    img.px(10, 7, "ochre_1")
    img.ellipse(11.5, 2.5, 2.2, 1.6, "vine_2")
    img.outline("ink_soft", sides="rb")
    return img


def basket(full: bool) -> Img:
    """The wicker basket by the tomato plants (the kitchen's): empty, then heavy and red."""
    return interior.tomato_basket(full)


def bucket() -> Img:
    """The well's bucket drawn up brimming, set down on the gravel, splashed round."""
    img = Img(T, T)
    for x, y in ((2, 13), (3, 14), (12, 14), (13, 12), (5, 15), (10, 15)):
        img.px(x, y, "gravel_3")  # the splashes, darkening the gravel
    img.rect(4, 6, 8, 8, "wood_2")
    for x in (5, 8, 11):
        img.vline(x, 6, 13, "wood_3")
    img.hline(4, 11, 8, "stone_4")  # iron hoops
    img.hline(4, 11, 12, "stone_4")
    img.ellipse(8.0, 6.0, 4.0, 1.5, "sky_2")  # the water, cold and brimming
    img.px(6, 5, "white")
    img.line(4, 5, 8, 1, "stone_4")  # the handle
    img.line(8, 1, 11, 5, "stone_4")
    img.outline("ink_soft", sides="rb")
    return img


def old_vine(frame: int) -> Img:
    """The old vine, planted before the war, in its row: two tiles high, the lower a piece of the row
    (wires, leaves, the frame's rustle) round a trunk thick as a wrist, its bark split and dark,
    twisting up into a gnarled head whose pruned arms rise above the row into the upper tile."""
    img = Img(T, 2 * T)
    img.blit(provence.vine("mid", 1, frame), 0, T)
    img.ellipse(8.0, T + 14.0, 5.0, 1.6, "soil_4")  # the wide shadow of its foot
    wood = Img(T, 2 * T)
    # the pruned arms, spreading out of the head, knuckled where each year's cane was cut
    for x0, y0, x1, y1 in ((7, T + 5, 3, T - 3), (8, T + 5, 8, T - 5), (9, T + 5, 13, T - 2)):
        wood.line(x0, y0, x1, y1, "wood_3")
        wood.line(x0 + 1, y0, x1 + 1, y1, "wood_4")
    for x, y in ((2, T - 4), (3, T - 4), (7, T - 6), (8, T - 6), (13, T - 3), (14, T - 3)):
        wood.px(x, y, "wood_3")  # the knuckles
    # the trunk: twisting, its bark split, a burr catching the sun
    for y in range(T + 4, T + 15):
        k = 1 if T + 7 <= y <= T + 10 else 0
        wood.px(6 + k, y, "wood_2")
        wood.px(7 + k, y, "wood_3" if y % 3 else "wood_2")
        wood.px(8 + k, y, "wood_3")
        wood.px(9 + k, y, "wood_4")
    wood.hline(5, 10, T + 14, "wood_4")  # the flared foot
    wood.outline("ink", sides="lrtb")
    for x, y in ((7, T + 6), (8, T + 9), (7, T + 12), (9, T + 11)):
        wood.px(x, y, "wood_4")  # the splits in its bark
    wood.px(8, T + 8, "wood_1")
    img.blit(wood, 0, 0)
    # it still bears: a few leaves on its arms, and a heavy bunch under the head
    for cx, cy in ((4.0, T - 2.0), (12.5, T - 1.0), (9.5, T - 4.5)):
        img.ellipse(cx, cy, 1.7, 1.2, "vine_3")
        img.px(int(cx) - 1, int(cy) - 1, "vine_2")
    for x, y in ((11, T + 9), (12, T + 9), (13, T + 9), (11, T + 10), (12, T + 10), (12, T + 11)):
        img.px(x, y, "grape_2" if (x + y) % 2 else "grape_3")
    img.px(11, T + 9, "grape_1")
    return img


def pinched_leaves() -> Img:
    """The yellowed leaves and greedy shoots he pinched off the old vine, at its foot."""
    img = Img(T, T)
    for cx, cy, colour in ((4.0, 12.0, "ochre_1"), (8.0, 13.0, "olive_1"), (11.5, 12.0, "sunflower"),
                           (6.5, 14.0, "ochre_2")):
        img.ellipse(cx, cy, 2.0, 1.2, colour)
        img.px(int(cx), int(cy), "ochre_3")
    img.line(9, 10, 13, 11, "vine_2")  # a shoot
    img.outline("ink_soft", sides="rb")
    return img


# ------------------------------------------------------------------ the sheet

def build() -> Sheet:
    sheet = Sheet("props")
    tables = [interior.dining_table(f, laid=False) for f in range(4)]
    sheet.add_grid("dtable_bare", tables[0], collide=lambda c, r: True)
    for c in range(5):  # the candle flames flicker: the frames of the top row's tiles that change
        frames = [table.sub(c * T, 0, T, T) for table in tables]
        if all(frame.d == frames[0].d for frame in frames):
            continue
        for f in range(1, 4):
            sheet.add(f"dtable_bare_{c}_0_f{f}", frames[f], collides=True)
        sheet.animate(f"dtable_bare_{c}_0", [f"dtable_bare_{c}_0"] + [f"dtable_bare_{c}_0_f{f}" for f in range(1, 4)],
                      [220, 170, 250, 190])
    sheet.add("place_setting", place_setting())
    sheet.add("bread_board", bread_board())
    sheet.add("bread", bread())
    sheet.add("banon", banon())
    sheet.add("tomatoes", tomatoes())
    sheet.add("bottle_red", bottle(vintage=False))
    sheet.add("bottle_89", bottle(vintage=True))
    sheet.add("cane_loose", cane_loose())
    sheet.add("cane_tied", cane_tied())
    sheet.add("basket_empty", basket(full=False))
    sheet.add("basket_full", basket(full=True))
    sheet.add("bucket", bucket())
    sheet.add("pinched_leaves", pinched_leaves())
    # the old vine, laid in its row in place of a young stock (its head in the layer above him); it
    # rustles with the row
    for part, top in (("head", 0), ("stock", T)):
        names = [f"old_vine_{part}_f{f}" for f in range(3)]
        for f, name in enumerate(names):
            sheet.add(name, old_vine(f).sub(0, top, T, T), collides=part == "stock")
        sheet.animate(names[0], [names[0], names[2], names[1]], [1550, 220, 260])
    return sheet


def generate(root: pathlib.Path) -> list[pathlib.Path]:
    return build().save(pathlib.Path(root), "props")


if __name__ == "__main__":
    for p in generate(pathlib.Path(__file__).resolve().parents[2]):
        print(p)
