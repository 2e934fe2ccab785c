"""The game's one palette: every generated pixel comes from these colours.

Names say what a colour is for, so a tile or a character reads as part of the
same painting. Ramps go from light to dark. Add a colour here, never inline.
"""

PROVENCE = {
    # ink for outlines and the deepest shadows (a warm near-black, never pure black)
    "ink": "#2a1e26",
    "ink_soft": "#47333c",
    # the faint flecks in the dialogue panels' opaque fill (warm: over ink; cold: over navy_3)
    "panel_fleck": "#33252e",
    "panel_fleck_cold": "#333c51",
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


# Berlin, 1983: a wet night. Cold, desaturated grey-blues; the only warmth is sodium lamps,
# a few lit windows and the café's neon. Names start with "b_" so they never clash with Provence.
BERLIN = {
    "b_ink": "#14161c",
    "b_ink_soft": "#23262f",
    # wet cobbles (Kopfsteinpflaster), light to dark, and the sheen of rain on them
    "b_cob_1": "#6f7682",
    "b_cob_2": "#565c68",
    "b_cob_3": "#3f4450",
    "b_cob_4": "#2c303a",
    "b_wet": "#8c96a6",
    "b_sheen": "#b3bdca",
    # sodium light and its reflections on the wet ground
    "b_sodium_1": "#ffd27a",
    "b_sodium_2": "#f09a40",
    "b_sodium_3": "#a8602c",
    "b_sodium_4": "#5e3f30",
    # pavement slabs
    "b_pave_1": "#7e828a",
    "b_pave_2": "#676b74",
    "b_pave_3": "#50545d",
    # Altbau plaster: grey, sooty ochre, blue-grey
    "b_plg_1": "#8f9196",
    "b_plg_2": "#74767c",
    "b_plg_3": "#585a61",
    "b_plo_1": "#948a78",
    "b_plo_2": "#786f60",
    "b_plo_3": "#5b5449",
    "b_plb_1": "#7f8a98",
    "b_plb_2": "#646f7d",
    "b_plb_3": "#4b5360",
    "b_soot": "#3a3b42",
    # zinc and slate roofs
    "b_roof_1": "#566070",
    "b_roof_2": "#434b59",
    "b_roof_3": "#333a46",
    "b_roof_4": "#242a34",
    # windows: dark glass, and lit ones
    "b_glass_1": "#2e3646",
    "b_glass_2": "#1c212b",
    "b_lit_1": "#ffe09a",
    "b_lit_2": "#e0a552",
    "b_lit_3": "#9c6a3a",
    # wood: doors, benches
    "b_wood_1": "#67533f",
    "b_wood_2": "#4a3c30",
    "b_wood_3": "#30271f",
    # the café's neon
    "b_neon_1": "#ffc4e2",
    "b_neon_2": "#ff5aa5",
    "b_neon_3": "#a0306a",
    "b_neon_off": "#4c3444",
    # grass, yew, plane-tree leaves, bark
    "b_grass_1": "#52614f",
    "b_grass_2": "#3e4c40",
    "b_grass_3": "#2e3931",
    "b_yew_1": "#41604b",
    "b_yew_2": "#2d4538",
    "b_yew_3": "#1e2e28",
    "b_leaf_1": "#5e6f55",
    "b_leaf_2": "#465441",
    "b_leaf_3": "#323d31",
    "b_bark_1": "#9a9684",
    "b_bark_2": "#6c695c",
    "b_bark_3": "#48463f",
    # gravel paths, old brick, gravestones and moss
    "b_grav_1": "#8e8e8a",
    "b_grav_2": "#72726f",
    "b_grav_3": "#585957",
    "b_brick_1": "#7d5d52",
    "b_brick_2": "#60463f",
    "b_brick_3": "#46332f",
    "b_stone_1": "#a7aaac",
    "b_stone_2": "#878b8f",
    "b_stone_3": "#676b71",
    "b_moss": "#5a6a4a",
    # cars: a beige Beetle, a dull red Trabant, a pale blue one; chrome
    "b_car_beige_1": "#ada186",
    "b_car_beige_2": "#877c65",
    "b_car_red_1": "#8e4e47",
    "b_car_red_2": "#683833",
    "b_car_blue_1": "#71879b",
    "b_car_blue_2": "#53647b",
    "b_chrome": "#cdd2d8",
    # signs and posters: U-Bahn blue, paper, print
    "b_ublue": "#2f5ea6",
    "b_white": "#e2e7ec",
    "b_paper_1": "#cbb680",
    "b_paper_2": "#a34a3e",
    "b_paper_3": "#d9d5c9",
    "b_kiosk_1": "#5d7262",
    "b_kiosk_2": "#46564a",
    "b_yellow_1": "#cda83c",
    "b_yellow_2": "#977a2c",
    # rain water
    "b_puddle_1": "#353f4f",
    "b_puddle_2": "#52607a",
    "b_puddle_3": "#8795ab",
}

# one palette: the shared drawing helpers accept any colour named here
PROVENCE.update(BERLIN)


def rgb_berlin(name: str) -> tuple[int, int, int]:
    """The (r, g, b) of a Berlin colour, by name."""
    value = BERLIN[name].lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
