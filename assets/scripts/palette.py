"""The game's one palette: every generated pixel comes from these colours.

Names say what a colour is for, so a tile or a character reads as part of the
same painting. Ramps go from light to dark. Add a colour here, never inline.
"""

PROVENCE = {
    # ink for outlines and the deepest shadows (a warm near-black, never pure black)
    "ink": "#2a1e26",
    "ink_soft": "#47333c",
    # limestone of the mas and the walls
    "stone_1": "#f1e6cc",
    "stone_2": "#dccba6",
    "stone_3": "#bba783",
    "stone_4": "#8f7d62",
    "stone_5": "#635444",
    # ochre render and warm earth
    "ochre_1": "#f0c27a",
    "ochre_2": "#d89c52",
    "ochre_3": "#ad7038",
    "ochre_4": "#7a4a28",
    # terracotta roofs and pots
    "terra_1": "#e48a62",
    "terra_2": "#c2613f",
    "terra_3": "#93432f",
    "terra_4": "#632b23",
    # lavender
    "lav_1": "#c9b0e6",
    "lav_2": "#9d7ccc",
    "lav_3": "#6e55a4",
    "lav_4": "#463a78",
    # olive and dry foliage
    "olive_1": "#b9bb7c",
    "olive_2": "#8f9a58",
    "olive_3": "#65733f",
    "olive_4": "#40502f",
    # vine leaves
    "vine_1": "#b3d16a",
    "vine_2": "#82aa45",
    "vine_3": "#587f34",
    "vine_4": "#375527",
    # grapes
    "grape_1": "#8b5a94",
    "grape_2": "#5e3766",
    "grape_3": "#3c2245",
    # sun-dried grass, from gold to shade
    "grass_1": "#d6c97a",
    "grass_2": "#b7b062",
    "grass_3": "#8e9150",
    "grass_4": "#66703f",
    # tilled soil
    "soil_1": "#b98f60",
    "soil_2": "#93704a",
    "soil_3": "#6b5038",
    "soil_4": "#4a3729",
    # gravel lane
    "gravel_1": "#e6d6b0",
    "gravel_2": "#c9b58e",
    "gravel_3": "#a3906e",
    # cypress, the darkest green
    "cypress_1": "#4f7d55",
    "cypress_2": "#345a41",
    "cypress_3": "#223c30",
    # wood: doors, barrels, shutters' frames
    "wood_1": "#b8845a",
    "wood_2": "#8c5e3c",
    "wood_3": "#603f2a",
    "wood_4": "#3f291e",
    # painted shutters (Provence blue-green)
    "shutter_1": "#8fc0b4",
    "shutter_2": "#5f9690",
    "shutter_3": "#3f6a6a",
    # water and sky
    "sky_1": "#bfe0e8",
    "sky_2": "#8cc0d4",
    "sky_3": "#5a8fb0",
    # produce and accents
    "tomato": "#d9483a",
    "tomato_dark": "#9a2e2a",
    "sunflower": "#f2cf4a",
    "white": "#fbf6ea",
    # people
    "skin_1": "#f3cfa6",
    "skin_2": "#d9a47c",
    "skin_3": "#a8714f",
    "hair_grey_1": "#e2e0da",
    "hair_grey_2": "#b4b0aa",
    "hair_grey_3": "#7f7a76",
    "hair_brown_1": "#9a6a44",
    "hair_brown_2": "#6e4a30",
    "hair_dark": "#3b2a26",
    "linen_1": "#f4ecd8",
    "linen_2": "#d9ccb0",
    "linen_3": "#ab9f86",
    "navy_1": "#5b6a8c",
    "navy_2": "#414c68",
    "navy_3": "#2c3448",
    "red_1": "#c85a4a",
    "red_2": "#8e3a34",
    "green_1": "#7f9a6a",
    "green_2": "#566f4a",
    "blue_1": "#7aa0c8",
    "blue_2": "#52749c",
}


def rgb(name: str) -> tuple[int, int, int]:
    """The (r, g, b) of a palette colour, by name."""
    value = PROVENCE[name].lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
