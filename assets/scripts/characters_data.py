"""The characters as text grids (data for characters.py).

Letters common to all legends: '.' transparent, 'o' ink, 'i' ink_soft.
Role letters used by the shared templates (each character maps them):
  H h g   hair light / mid / dark        K k c   skin light / mid / dark
  T t u   trousers (or skirt) l/m/d       B b     shoes light / dark
  S s     near-arm sleeve light / dark   A a     forearm light / dark
Grids of the sprite views are 16 wide; the upper body covers rows 0-16, the
legs rows 17-22 (row 23 is left for the outline, so feet touch the bottom).
"""

# ------------------------------------------------------------------ shared legs

LEGS_FRONT = {
    "stand": [
        ".....TTTttu.....",
        ".....TT..tu.....",
        ".....TT..tu.....",
        ".....TT..tu.....",
        "....BBB..BBb....",
        "....bbb..bbb....",
    ],
    # the character's left leg is on the viewer's right
    "left": [
        ".....TTTttu.....",
        ".....TT..tu.....",
        ".....TT..tu.....",
        "....bbb..tu.....",
        ".........BBb....",
        ".........bbb....",
    ],
    "right": [
        ".....TTTttu.....",
        ".....TT..tu.....",
        ".....TT..tu.....",
        ".....TT..bbb....",
        "....BBB.........",
        "....bbb.........",
    ],
}

LEGS_BACK = {
    "stand": [
        ".....TTTttu.....",
        ".....TT..tu.....",
        ".....TT..tu.....",
        ".....TT..tu.....",
        "....Bbb..Bbb....",
        "....bbb..bbb....",
    ],
    # seen from behind the character's left leg is on the viewer's left
    "left": [
        ".....TTTttu.....",
        ".....TT..tu.....",
        ".....TT..tu.....",
        ".....TT..bbb....",
        "....Bbb.........",
        "....bbb.........",
    ],
    "right": [
        ".....TTTttu.....",
        ".....TT..tu.....",
        ".....TT..tu.....",
        "....bbb..tu.....",
        ".........Bbb....",
        ".........bbb....",
    ],
}

# facing left: the near leg is the character's left leg
LEGS_SIDE = {
    "stand": [
        "......TTtu......",
        "......TTtu......",
        "......TTtu......",
        "......TTtu......",
        ".....BBBbb......",
        ".....bbbbb......",
    ],
    "left": [  # near (left) leg forward
        "......TTtu......",
        ".....TTt.uu.....",
        "....TTt...uu....",
        "....TT.....uu...",
        "...BBBb...bbb...",
        "...bbbb....bbb..",
    ],
    "right": [  # near leg back, far leg forward
        "......TTtu......",
        ".....uu.TTt.....",
        "....uu...TTt....",
        "....uu....TTt...",
        "...bbbb...BBBb..",
        "...bbbb....bbbb.",
    ],
}

# near arm, facing left (a layer drawn over the body, outlined on its own)
def side_arm(x: int = 7, y: int = 11) -> dict:
    return {
        "stand": {"grid": ["SS", "Ss", "Ss", "Aa", "Aa", "KK"], "at": (x, y)},
        # left foot forward -> the near (left) arm swings back
        "left": {"grid": ["SS.", "Ss.", ".Ss", ".Aa", ".Aa", ".KK"], "at": (x, y)},
        "right": {"grid": [".SS", ".Ss", "Ss.", "Aa.", "Aa.", "KK."], "at": (x - 1, y)},
    }


# ------------------------------------------------------------------ Stéphane

STEPHANE_LEGEND = {
    "H": "hair_grey_1", "h": "hair_grey_2", "g": "hair_grey_3",
    "K": "skin_1", "k": "skin_2", "c": "skin_3",
    "L": "linen_1", "l": "linen_2", "n": "linen_3",
    "S": "linen_1", "s": "linen_2",
    "A": "skin_1", "a": "skin_2",
    "T": "navy_1", "t": "navy_2", "u": "navy_3",
    "B": "wood_2", "b": "wood_3",
    "w": "wood_3",  # belt
}

STEPHANE = {
    "name": "stephane",
    "legend": STEPHANE_LEGEND,
    "inner_outline": "linen_3",
    "views": {
        "down": {
            "upper": [
                "................",
                "................",
                ".....HHHHHH.....",
                "....HHHHHHhh....",
                "....HHHHHhhg....",
                "....HKKKKKKg....",
                "....HggKKggk....",
                "...KKKoKkoKkk...",
                "....KKKccKkk....",
                ".....kKKKkc.....",
                "....LLLKkLll....",
                "...LlLLLkLlln...",
                "...LlLLLLLlln...",
                "...KkLLLLLlkc...",
                "...KkLLLLLlkc...",
                "...KkwwwwwwKc...",
                "...KKTTTTttkc...",
            ],
            "legs": LEGS_FRONT,
        },
        "left": {
            "upper": [
                "................",
                "................",
                ".....HHHHHh.....",
                "....HHHHHHhh....",
                "....KKHHHHhg....",
                "....KgKKKHHg....",
                "....KoKKkHhg....",
                "...KKKKKcHhg....",
                "....cKKKKkhg....",
                ".....KKkkc......",
                ".....LLLLll.....",
                ".....LLLLlln....",
                ".....LLLLlln....",
                ".....LLLLlln....",
                ".....LLLLlln....",
                ".....wwwwwww....",
                ".....TTTTttu....",
            ],
            "legs": LEGS_SIDE,
            "layers": [side_arm()],
        },
        "up": {
            "upper": [
                "................",
                "................",
                ".....HHHHHH.....",
                "....HHHHHHhh....",
                "....HHHHHHhg....",
                "....HHHHHhhg....",
                "....HHHHhhhg....",
                "...KHHHhhhggc...",
                "....hHhhhggg....",
                ".....kKKkkc.....",
                "....LLLLLlll....",
                "...LlLLLLLlln...",
                "...LlLLLLLlln...",
                "...KkLLLLllkc...",
                "...KkLLLLllkc...",
                "...KkwwwwwwKc...",
                "...KKTTTTttkc...",
            ],
            "legs": LEGS_BACK,
        },
    },
}


# ------------------------------------------------------------------ Marcel

MARCEL_LEGEND = {
    "P": "wood_2", "p": "wood_3", "q": "wood_4",  # flat cap
    "H": "hair_grey_1", "h": "hair_grey_2", "g": "hair_grey_3",
    "K": "skin_1", "k": "skin_2", "c": "skin_3",
    "W": "white", "e": "linen_2", "E": "linen_3",  # shirt
    "V": "red_2", "v": "terra_4", "y": "ochre_1",  # waistcoat, buttons
    "S": "white", "s": "linen_2", "A": "white", "a": "linen_2",
    "T": "olive_2", "t": "olive_3", "u": "olive_4",  # corduroys
    "B": "wood_3", "b": "wood_4",
    "C": "wood_1", "r": "wood_2",  # cane
}

MARCEL = {
    "name": "neighbour_marcel",
    "legend": MARCEL_LEGEND,
    "inner_outline": "ink_soft",
    "views": {
        "down": {
            "upper": [
                "................",
                "................",
                "................",
                ".....PPPPPp.....",
                "....PPPPPPpp....",
                "...qqqqqqqqqq...",
                "....HkkkkkkH....",
                "...KKKoKKoKkk...",
                "....KKHHHhkk....",
                ".....kKKKkc.....",
                "....sVVWWVvs....",
                "...SsVVyVVvse...",
                "...SsVVVVVvse...",
                "...SsVVyVVvse...",
                "...SsVVVVVvse...",
                "...KkTTTTttkc...",
                ".....TTTTttu....",
            ],
            "legs": LEGS_FRONT,
            "layers": [{
                "stand": {"grid": ["CC", "r.", "r.", "r.", "r.", "r.", "r.", "r.", "r."],
                          "at": (2, 14), "bob": False},
            }],
        },
        "left": {
            "upper": [
                "................",
                "................",
                "................",
                ".....PPPPPp.....",
                "....PPPPPPpp....",
                "..qqqqPPPPpp....",
                "....kkkKKKHg....",
                "....KoKKkKHg....",
                "...KHHKKcKhg....",
                "....kKKkkhg.....",
                ".....WVVVVvvv...",
                ".....VVVVVvvv...",
                ".....VVVVVvv....",
                ".....VVVVVvv....",
                ".....VVVVVvv....",
                ".....TTTTttu....",
                ".....TTTTttu....",
            ],
            "legs": LEGS_SIDE,
            "layers": [
                {  # the cane in the far (right) hand, planted ahead
                    "stand": {"grid": ["K", "r", "r", "r", "r", "r", "r", "r"], "at": (3, 15), "bob": False},
                    "left": {"grid": ["K.", "r.", "r.", "r.", "r.", "r.", "r.", ".r"], "at": (3, 15), "bob": False},
                    "right": {"grid": [".K", ".r", ".r", ".r", "r.", "r.", "r.", "r."], "at": (2, 15), "bob": False},
                },
                side_arm(7, 10),
            ],
        },
        "right": {
            "mirror": True,
            "layers": [
                {  # the cane in the near (right) hand
                    "stand": {"grid": ["C", "r", "r", "r", "r", "r", "r", "r"], "at": (12, 15), "bob": False},
                    "left": {"grid": [".C", ".r", ".r", ".r", ".r", ".r", ".r", "r."], "at": (11, 15), "bob": False},
                    "right": {"grid": ["C.", "r.", "r.", "r.", ".r", ".r", ".r", ".r"], "at": (12, 15), "bob": False},
                },
                {
                    "stand": {"grid": ["SS..", "Ss..", ".Ss.", ".Aa.", "..KK"], "at": (8, 10)},
                    "left": {"grid": ["SS..", "Ss..", ".Ss.", ".Aa.", "..KK"], "at": (8, 10)},
                    "right": {"grid": ["SS..", "Ss..", ".Ss.", ".Aa.", "..KK"], "at": (9, 10)},
                },
            ],
        },
        "up": {
            "upper": [
                "................",
                "................",
                "................",
                ".....PPPPPp.....",
                "....PPPPPPpp....",
                "...PPPPPPPppq...",
                "....hHHhhhgg....",
                "...KhHhhhhggc...",
                "....kkKkkkkc....",
                ".....kKKKkc.....",
                "....sVVVVVvs....",
                "...SsVVVVVvse...",
                "...SsVVVVVvse...",
                "...SsVVVVVvse...",
                "...SsvvvvvvSe...",
                "...KkTTTTttkc...",
                ".....TTTTttu....",
            ],
            "legs": LEGS_BACK,
            "layers": [{
                "stand": {"grid": ["CC", ".r", ".r", ".r", ".r", ".r", ".r", ".r", ".r"],
                          "at": (12, 14), "bob": False},
            }],
        },
    },
}

# ------------------------------------------------------------------ Odette

LEGS_DRESS_FRONT = {
    "stand": [
        "....DD*DDd+x....",
        "....D+DDd*dx....",
        "...DDDD*Ddddx...",
        ".....kk..kc.....",
        ".....BB..Bb.....",
        ".....bb..bb.....",
    ],
    "left": [
        "....DD*DDd+x....",
        "....D+DDd*dx....",
        "...DDDD*Ddddx...",
        ".....bb..kc.....",
        ".........Bb.....",
        ".........bb.....",
    ],
    "right": [
        "....DD*DDd+x....",
        "....D+DDd*dx....",
        "...DDDD*Ddddx...",
        ".....kk..bb.....",
        ".....BB.........",
        ".....bb.........",
    ],
}

LEGS_DRESS_BACK = {
    "stand": LEGS_DRESS_FRONT["stand"],
    "left": LEGS_DRESS_FRONT["right"],
    "right": LEGS_DRESS_FRONT["left"],
}

LEGS_DRESS_SIDE = {
    "stand": [
        ".....DDD*ddx....",
        ".....D+DDddx....",
        "....DDD*Dddxx...",
        "......kkc.......",
        ".....BBBb.......",
        ".....bbbb.......",
    ],
    "left": [
        ".....DDD*ddx....",
        "....D+DDDddx....",
        "...DDD*Dddxxx...",
        "....kk....kc....",
        "...BBB.....bb...",
        "...bbb.....bbb..",
    ],
    "right": [
        ".....DDD*ddx....",
        "....D+DDDddx....",
        "...DDD*Dddxxx...",
        "....kc....kk....",
        "...bbb....BBB...",
        "...bbb.....bbb..",
    ],
}

ODETTE_LEGEND = {
    "F": "terra_1", "f": "terra_2", "e": "terra_3",  # headscarf
    "H": "hair_grey_1", "h": "hair_grey_2", "g": "hair_grey_3",
    "K": "skin_1", "k": "skin_2", "c": "skin_3",
    "D": "blue_1", "d": "blue_2", "x": "navy_2",  # dress
    "*": "white", "+": "sunflower",  # its little flowers
    "S": "blue_1", "s": "blue_2", "A": "skin_1", "a": "skin_2",
    "B": "wood_3", "b": "wood_4",
    "Y": "ochre_2", "y": "ochre_3", "Z": "wood_3",  # basket
    "R": "tomato", "G": "vine_2", "N": "ochre_1",  # tomatoes, leaves, bread
}

BASKET_FRONT = [".ZZZ.", "Z...Z", "RNRGN", "YyYyy", "yYyyy", ".yyy."]

ODETTE = {
    "name": "neighbour_odette",
    "legend": ODETTE_LEGEND,
    "inner_outline": "ink_soft",
    "views": {
        "down": {
            "upper": [
                "................",
                "................",
                "................",
                "......HHhh......",
                ".....hgggggh....",
                "....HHHHhHHh....",
                "...HHHHhHHhhg...",
                "...HhKKKKKKhg...",
                "...hKKoKKoKhg...",
                "...KKkKKKKkkc...",
                "....kKKccKkc....",
                ".....kKKKkc.....",
                "....D*DKkD*d....",
                "...DdD*DD+ddx...",
                "...DdDDdD*dxx...",
                "...KkD+DDddkc...",
                "...KkDDD*ddkc...",
                "...Kk*DDd+dkc...",
            ],
            "legs": LEGS_DRESS_FRONT,
            "layers": [{"stand": {"grid": BASKET_FRONT, "at": (10, 13)}}],
        },
        "left": {
            "upper": [
                "................",
                "................",
                "................",
                "..........Hh....",
                ".....HHHHHgHh...",
                "....HHHHHHhgg...",
                "....HHHHHhhh....",
                "....KKKHHhhg....",
                "....KoKKkHhg....",
                "...KKKKKchg.....",
                "....cKKKkc......",
                ".....kkkk.......",
                ".....DDKkDdx....",
                ".....D*DDd+x....",
                ".....DDD+ddx....",
                ".....D+DDd*x....",
                ".....DDD*ddx....",
                ".....*DDd+dx....",
            ],
            "legs": LEGS_DRESS_SIDE,
            "layers": [
                {  # basket on the near (left) arm, arm bent, no swing
                    "stand": {"grid": ["SS..", "Ss..", "AaK.", "ZZZZ.", ], "at": (6, 11)},
                },
                {"stand": {"grid": [".ZZ..", "Z..Z.", "RNGRN", "YyYyy", "yYyyy", ".yyy."],
                           "at": (3, 14)}},
            ],
        },
        "right": {
            "mirror": True,
            "under": [  # the basket on the far (left) arm peeks out in front
                {"stand": {"grid": ["Z...", "RNG.", "YyYy", "yYyy", ".yy."], "at": (9, 14)}},
            ],
            "layers": [
                {
                    "stand": {"grid": ["SS", "sS", "aA", "aA", "KK"], "at": (7, 11)},
                    "left": {"grid": ["..SS", "..sS", ".aA.", ".aA.", "KK.."], "at": (5, 11)},
                    "right": {"grid": ["SS.", "sS.", ".aA", ".aA", ".KK"], "at": (7, 11)},
                },
            ],
        },
        "up": {
            "upper": [
                "................",
                "................",
                "................",
                "......HHhh......",
                ".....HHHhhg.....",
                "....hgggggggh...",
                "...HHHHHHhhhg...",
                "...HHHHHhhhhg...",
                "...HHHHhhhhgg...",
                "...KhHhhhhggc...",
                "....hhhhhggg....",
                ".....kKKkkc.....",
                "....DDDDDDdd....",
                "...DdD*DD+ddx...",
                "...DdDDdD*dxx...",
                "...KkD+DDddkc...",
                "...KkDDD*ddkc...",
                "...Kk*DDd+dkc...",
            ],
            "legs": LEGS_DRESS_BACK,
            "layers": [{"stand": {"grid": [".ZZZ.", "Z...Z", "YyYyy", "yYyyy", ".yyy."], "at": (1, 13)}}],
        },
    },
}

# ------------------------------------------------------------------ Sophie

SOPHIE_LEGEND = {
    "H": "hair_brown_1", "h": "hair_brown_2", "g": "hair_dark",
    "K": "skin_1", "k": "skin_2", "c": "skin_3",
    "J": "green_1", "j": "green_2", "z": "olive_4",  # field jacket
    "W": "sky_1", "w": "sky_2",  # chambray shirt
    "S": "green_1", "s": "green_2", "A": "green_1", "a": "green_2",
    "T": "blue_1", "t": "blue_2", "u": "navy_2",  # jeans
    "B": "wood_3", "b": "wood_4",  # boots
    "R": "red_1", "r": "red_2", "N": "linen_1",  # notebook, pages
}

SOPHIE = {
    "name": "sophie",
    "legend": SOPHIE_LEGEND,
    "inner_outline": "olive_4",
    "views": {
        "down": {
            "upper": [
                "................",
                "................",
                "................",
                ".....HHHHHh.....",
                "....HHHHHHhh....",
                "...HHHHHHhhhg...",
                "...HHKKKKKhhg...",
                "...HKKoKKoKhg...",
                "...HKKoKKoKhg...",
                "...HKKKKcKkhg...",
                "...hHkKKKkchg...",
                "...hJJWKkWjjg...",
                "...JjJWWWwjjz...",
                "...JjJWWwwjjz...",
                "...JjJJWwjjjz...",
                "...JjJJJjjjjz...",
                "...KkTTTTttkc...",
            ],
            "legs": LEGS_FRONT,
            # notebook in her right hand (on the viewer's left)
            "layers": [{"stand": {"grid": ["NRR", "NRr", "KKr"], "at": (2, 14)}}],
        },
        "left": {
            "upper": [
                "................",
                "................",
                "................",
                ".....HHHHHh.....",
                "....HHHHHHhh....",
                "....HHHHHHhhg...",
                "....KKKHHhhhg...",
                "....KoKKkHhhg...",
                "....KoKKkHhhg...",
                "...KKKKKchhgg...",
                "....cKKKkhgg....",
                ".....kJJJjjg....",
                ".....JJJJjjz....",
                ".....JJJJjjz....",
                ".....JJJJjjz....",
                ".....JJJJjjz....",
                ".....TTTTttu....",
            ],
            "legs": LEGS_SIDE,
            "layers": [
                # the notebook in the far (right) hand, held in front of her
                {"stand": {"grid": ["RN", "rK"], "at": (3, 13)}},
                side_arm(7, 11),
            ],
        },
        "right": {
            "mirror": True,
            "layers": [
                # near (right) arm bent, the notebook open in front of her
                {"stand": {"grid": ["SS....", "Ss.NNN", "SsAKRr", ".s.Rrr"], "at": (7, 11)}},
            ],
        },
        "up": {
            "upper": [
                "................",
                "................",
                "................",
                ".....HHHHHh.....",
                "....HHHHHHhh....",
                "...HHHHHHhhhg...",
                "...HHHHHHhhhg...",
                "...HHHHHhhhhg...",
                "...HHHHhhhhgg...",
                "...hHHhhhhhgg...",
                "...hhhhhhhggg...",
                "...JJJjjjjjjz...",
                "...JjJJJJjjjz...",
                "...JjJJJJjjjz...",
                "...JjJJJJjjjz...",
                "...JjJJJjjjjz...",
                "...KkTTTTttkc...",
            ],
            "legs": LEGS_BACK,
            "layers": [{"stand": {"grid": ["rR", "rN"], "at": (12, 14)}}],
        },
    },
}


# ------------------------------------------------------------------ Stéphane in 1983

# Berlin, thirty-five: dark hair, a belted trench coat with the collar turned up, charcoal
# trousers, black shoes. Same build and face as the old man, so he reads as the same person.
STEPHANE_1983_LEGEND = {
    "H": "hair_brown_2", "h": "hair_dark", "g": "b_ink_soft",
    "K": "skin_1", "k": "skin_2", "c": "skin_3",
    "L": "b_car_beige_1", "l": "b_car_beige_2", "n": "b_plo_3",  # trench coat
    "S": "b_car_beige_1", "s": "b_car_beige_2",  # its sleeves, to the wrist
    "A": "b_car_beige_1", "a": "b_car_beige_2",
    "W": "b_white", "y": "navy_3",  # shirt and tie
    "w": "b_wood_2",  # the coat's belt
    "T": "b_cob_2", "t": "b_cob_3", "u": "b_cob_4",
    "B": "b_ink_soft", "b": "b_ink",
}

# the coat's skirt covers the top of the legs; below it the shared legs' last four rows
TRENCH_FRONT = {
    "stand": ["....LLLLnLln....", "....LLLLnlln....", *LEGS_FRONT["stand"][2:]],
    "left": ["....LLLLnLln....", "....LLLLnlln....", *LEGS_FRONT["left"][2:]],
    "right": ["....LLLLnLln....", "....LLLLnlln....", *LEGS_FRONT["right"][2:]],
}
TRENCH_BACK = {
    "stand": ["....LLLLnLln....", "....LLLLnlln....", *LEGS_BACK["stand"][2:]],
    "left": ["....LLLLnLln....", "....LLLLnlln....", *LEGS_BACK["left"][2:]],
    "right": ["....LLLLnLln....", "....LLLLnlln....", *LEGS_BACK["right"][2:]],
}
TRENCH_SIDE = {
    "stand": [".....LLLLln.....", ".....LLLLlln....", *LEGS_SIDE["stand"][2:]],
    "left": [".....LLLLln.....", "....LLLLllnn....", *LEGS_SIDE["left"][2:]],
    "right": [".....LLLLln.....", "....LLLLllnn....", *LEGS_SIDE["right"][2:]],
}

STEPHANE_1983 = {
    "name": "stephane_1983",
    "legend": STEPHANE_1983_LEGEND,
    "inner_outline": "b_plo_3",
    "views": {
        "down": {
            "upper": [
                "................",
                "................",
                ".....HHHHHh.....",
                "....HHHHHHhh....",
                "...hHHHHHhhhg...",
                "...hHKKKKKhhg...",
                "...hKhhKKhhKg...",
                "...KKKoKkoKkk...",
                "....KKKccKkk....",
                "....nkKKKkcn....",
                "...LLLnWynlln...",
                "...SLLLnynlls...",
                "...SsLLLnLlsn...",
                "...SsLLLnLlsn...",
                "...Sswwwwwwsn...",
                "...SsLLLnLlsn...",
                "...KkLLLnLlkc...",
            ],
            "legs": TRENCH_FRONT,
        },
        "left": {
            "upper": [
                "................",
                "................",
                ".....HHHHHh.....",
                "....HHHHHHhh....",
                "....HHHHHHhhg...",
                "....KhKKHHhhg...",
                "....KoKKkHhhg...",
                "...KKKKKcKhg....",
                "....cKKKKkhg....",
                ".....KKkknn.....",
                ".....LLLLlln....",
                ".....LLLLlln....",
                ".....LLLLlln....",
                ".....LLLLlln....",
                ".....wwwwwww....",
                ".....LLLLlln....",
                ".....LLLLlln....",
            ],
            "legs": TRENCH_SIDE,
            "layers": [side_arm()],
        },
        "up": {
            "upper": [
                "................",
                "................",
                ".....HHHHHh.....",
                "....HHHHHHhh....",
                "...hHHHHHhhhg...",
                "...hHHHHHhhhg...",
                "...hHHHHhhhgg...",
                "...KhHHhhhhgc...",
                "....hhhhhggg....",
                "....nLLLLlln....",
                "...LLLLLLllln...",
                "...SLLLLLLlls...",
                "...SsLLLLllsn...",
                "...SsLLLLllsn...",
                "...Sswwwwwwsn...",
                "...SsLLLnLlsn...",
                "...KkLLLnLlkc...",
            ],
            "legs": TRENCH_BACK,
        },
    },
}


# ------------------------------------------------------------------ Berlin's watchers

# The men and the woman Stéphane watches in the Berlin games. Cold, desaturated clothes that
# keep one accent each; every one has light pixels on the shoulders' tops and the hat (rain
# catching the sodium light) so they read against the wet cobbles at night.

# A man of the ring watching the churchyard: heavy, a dark leather coat, a grey flat cap,
# grey trousers, a moustache. Broader than Stéphane (12 px across the shoulders, not 10).
BERLIN_GUARD_LEGEND = {
    "P": "b_plg_2", "p": "b_plg_3", "q": "b_soot", "Q": "b_plg_1",  # flat cap, its lit top
    "H": "hair_brown_2", "h": "hair_dark", "g": "b_wood_3",  # cropped hair, the moustache
    "K": "skin_1", "k": "skin_2", "c": "skin_3",
    "R": "b_wet",  # rain on the leather's shoulders
    "E": "b_wood_1", "L": "b_wood_2", "l": "b_wood_3", "n": "b_ink_soft",  # leather coat
    "S": "b_wood_1", "s": "b_wood_2", "A": "b_wood_1", "a": "b_wood_2",
    "G": "b_plg_1",  # a grey jumper at the neck
    "w": "b_wood_3", "y": "b_stone_2",  # belt, buckle and buttons
    "T": "b_plg_1", "t": "b_plg_2", "u": "b_plg_3",  # grey trousers
    "B": "b_ink_soft", "b": "b_ink",
}

GUARD_FRONT = {
    "stand": ["...ELLLLnLLll...", "...ELLLLnLlll...",
              "....TTT..ttu....", "....TTT..ttu....", "...BBBB..BBbb...", "...bbbb..bbbb..."],
    "left": ["...ELLLLnLLll...", "...ELLLLnLlll...",
             "....TTT..ttu....", "...bbbb..ttu....", ".........BBbb...", ".........bbbb..."],
    "right": ["...ELLLLnLLll...", "...ELLLLnLlll...",
              "....TTT..ttu....", "....TTT..bbbb...", "...BBBB.........", "...bbbb........."],
}
GUARD_BACK = {
    "stand": ["...ELLLLnLLll...", "...ELLLLnLlll...",
              "....TTT..ttu....", "....TTT..ttu....", "...BBbb..BBbb...", "...bbbb..bbbb..."],
    "left": ["...ELLLLnLLll...", "...ELLLLnLlll...",
             "....TTT..ttu....", "....TTT..bbbb...", "...BBbb.........", "...bbbb........."],
    "right": ["...ELLLLnLLll...", "...ELLLLnLlll...",
              "....TTT..ttu....", "...bbbb..ttu....", ".........BBbb...", ".........bbbb..."],
}
GUARD_SIDE = {
    "stand": [".....ELLLLLl....", ".....ELLLLLll...", *LEGS_SIDE["stand"][2:]],
    "left": [".....ELLLLLl....", "....ELLLLLlll...", *LEGS_SIDE["left"][2:]],
    "right": [".....ELLLLLl....", "....ELLLLLlll...", *LEGS_SIDE["right"][2:]],
}

BERLIN_GUARD = {
    "name": "berlin_guard",
    "legend": BERLIN_GUARD_LEGEND,
    "inner_outline": "b_ink_soft",
    "views": {
        "down": {
            "upper": [
                "................",
                "................",
                ".....QQQQQP.....",
                "....PPPPPPpp....",
                "...qqqqqqqqqq...",
                "...hkkkkkkkkh...",
                "...KKKoKKoKkk...",
                "....KKKccKkk....",
                "....kgggggkk....",
                "...nkKKKKKkcn...",
                "..RRRLnGGnLRRR..",
                "..SELLLnnLLlls..",
                "..SELLLLyLLlls..",
                "..SELLLLnLLlls..",
                "..SEwwwwywwwls..",
                "..SELLLLyLLlls..",
                "..KkELLLnLllkc..",
            ],
            "legs": GUARD_FRONT,
        },
        "left": {
            "upper": [
                "................",
                "................",
                ".....QQQQQP.....",
                "....PPPPPPpp....",
                "..qqqqPPPPppp...",
                "....kkkkKKhhh...",
                "....KoKKKkhhh...",
                "...KKKKKckhh....",
                "....ggKKKkkh....",
                "....kKKKKkcn....",
                ".....RRRRRRRl...",
                ".....ELLLLLLl...",
                ".....ELLLLLLl...",
                ".....ELLLLLLl...",
                ".....wwwwwwww...",
                ".....ELLLLLLl...",
                ".....ELLLLLLl...",
            ],
            "legs": GUARD_SIDE,
            "layers": [side_arm(7, 11)],
        },
        "up": {
            "upper": [
                "................",
                "................",
                ".....QQQQQP.....",
                "....PPPPPPpp....",
                "...PPPPPPPppq...",
                "....hHHhhhhh....",
                "...KhHhhhhhhc...",
                "....hhhhhhhh....",
                ".....kkKkkc.....",
                "...nLLLLLLlln...",
                "..RRRLLLLLLRRR..",
                "..SELLLLLLLlls..",
                "..SELLLLLLLlls..",
                "..SELLLLLLLlls..",
                "..SEwwwwwwwwls..",
                "..SELLLLnLLlls..",
                "..KkELLLnLllkc..",
            ],
            "legs": GUARD_BACK,
        },
    },
}


# The courier Stéphane tails: a thin man in a long dark-grey overcoat to the calves, a taupe
# trilby, a pale scarf, and the evening paper folded under his left arm (that arm does not swing).
BERLIN_COURIER_LEGEND = {
    "X": "b_plo_1", "F": "b_plo_2", "f": "b_plo_3", "x": "b_ink_soft",  # trilby, its band
    "h": "hair_dark",
    "K": "skin_1", "k": "skin_2", "c": "skin_3",
    "R": "b_stone_2",  # rain on the shoulders
    "O": "b_plg_2", "L": "b_plg_3", "l": "b_soot", "n": "b_ink_soft", "y": "b_stone_1",  # overcoat
    "S": "b_plg_2", "s": "b_plg_3", "A": "b_plg_2", "a": "b_plg_3",
    "M": "b_plb_1", "m": "b_plb_2",  # scarf
    "N": "b_paper_3", "P": "b_pave_2", "p": "b_stone_2",  # the newspaper, its print, its fold
    "T": "b_cob_3", "t": "b_cob_4", "u": "b_roof_4",
    "B": "b_ink_soft", "b": "b_ink",
}

_COAT_FRONT = ["....OLLLnLLl....", "....OLLLnLLl....", "...OOLLLnLLll..."]
_COAT_SIDE = [".....OLLLln.....", ".....OLLLlln....", ".....OLLLlln...."]
_COAT_STRIDE = [".....OLLLln.....", "....OOLLLlln....", "....OOLLLllnn..."]
OVERCOAT_FRONT = {step: [*_COAT_FRONT, *LEGS_FRONT[step][3:]] for step in LEGS_FRONT}
OVERCOAT_BACK = {step: [*_COAT_FRONT, *LEGS_BACK[step][3:]] for step in LEGS_BACK}
OVERCOAT_SIDE = {"stand": [*_COAT_SIDE, *LEGS_SIDE["stand"][3:]],
                 "left": [*_COAT_STRIDE, *LEGS_SIDE["left"][3:]],
                 "right": [*_COAT_STRIDE, *LEGS_SIDE["right"][3:]]}

BERLIN_COURIER = {
    "name": "berlin_courier",
    "legend": BERLIN_COURIER_LEGEND,
    "inner_outline": "b_ink_soft",
    "views": {
        "down": {
            "upper": [
                "................",
                "................",
                "......XXXF......",
                ".....FFFFff.....",
                ".....xxxxxx.....",
                "...fFFFFFFfff...",
                "....hkkkkkkh....",
                "....KKoKKoKk....",
                ".....KKcKkk.....",
                ".....kKKkkc.....",
                "...RRLMMmmLRR...",
                "...SOLLMmyLls...",
                "...SsOLMLLLls...",
                "...SsOLLyLyls...",
                "...SsOLLnLLls...",
                "...SsOLLyLyls...",
                "...KkOLLnLLlkc..",
            ],
            "legs": OVERCOAT_FRONT,
            "layers": [{"stand": {"grid": ["NN", "PN", "NN", "pp"], "at": (12, 11)}}],
        },
        "left": {
            "upper": [
                "................",
                "................",
                "......XXXF......",
                ".....FFFFff.....",
                ".....xxxxxx.....",
                "..fFFFFFFfff....",
                "....kkkkhhh.....",
                "....KoKKKhh.....",
                "...KKKKKkh......",
                "....cKKkkh......",
                ".....MMMRRRn....",
                ".....MOLLLln....",
                ".....MOLLLln....",
                ".....OLLLLln....",
                ".....OLLLLln....",
                ".....OLLLLln....",
                ".....OLLLLln....",
            ],
            "legs": OVERCOAT_SIDE,
            "layers": [
                {"stand": {"grid": ["NNNNNNN", "pPNPNPp"], "at": (4, 12)}},  # the paper, under the arm
                {"stand": {"grid": ["SS", "Ss", "Ss", "Aa", "Aa", "KK"], "at": (7, 11)}},  # held still
            ],
        },
        "up": {
            "upper": [
                "................",
                "................",
                "......XXXF......",
                ".....FFFFff.....",
                ".....xxxxxx.....",
                "...fFFFFFFfff...",
                "....hhhhhhhh....",
                "....hhhhhhhh....",
                ".....kKKkkc.....",
                ".....MMMMmm.....",
                "...RRRRRRRRRR...",
                "...SOLLLLLLls...",
                "...SsOLLLLLls...",
                "...SsOLLLLLls...",
                "...SsOLLLLLls...",
                "...SsOLLnLLls...",
                "...KkOLLnLLlkc..",
            ],
            "legs": OVERCOAT_BACK,
            "layers": [{"stand": {"grid": ["NN", "NP", "NN", "pp"], "at": (2, 11)}}],
        },
    },
}


# The handler he meets: a woman in a long wine-red coat with a wide silver fur collar, a dark
# fur ushanka with its flaps tied up (wider than her head: a silhouette no one else in Berlin
# has), black gloves and tall boots.
BERLIN_HANDLER_LEGEND = {
    "W": "b_bark_1", "F": "b_bark_2", "f": "b_bark_3", "x": "b_soot",  # ushanka: lit fur, ramp
    "V": "b_sheen", "Z": "b_stone_1", "z": "b_stone_2", "Y": "b_stone_3",  # the fur collar
    "H": "hair_brown_1", "h": "hair_brown_2",
    "K": "skin_1", "k": "skin_2", "c": "skin_3", "m": "b_car_red_2",  # dark lipstick
    "C": "b_car_red_1", "e": "b_car_red_2", "d": "b_brick_3",  # the coat
    "S": "b_car_red_1", "s": "b_car_red_2", "A": "b_car_red_1", "a": "b_car_red_2",
    "G": "b_ink_soft", "g": "b_ink",  # gloves
    "T": "b_soot", "t": "b_ink_soft", "u": "b_ink_soft",  # boots' shafts
    "B": "b_ink_soft", "b": "b_ink",
}

_LONG_COAT_FRONT = ["....CCCCdCCe....", "...CCCCCdCCee...", "...CCCCCdCeee..."]
_LONG_COAT_SIDE = [".....CCCCee.....", "....CCCCCeee....", "....CCCCCeee...."]
_LONG_COAT_STRIDE = [".....CCCCee.....", "....CCCCCeee....", "...CCCCCCeeee..."]
FUR_COAT_FRONT = {step: [*_LONG_COAT_FRONT, *LEGS_FRONT[step][3:]] for step in LEGS_FRONT}
FUR_COAT_BACK = {step: [*_LONG_COAT_FRONT, *LEGS_BACK[step][3:]] for step in LEGS_BACK}
FUR_COAT_SIDE = {"stand": [*_LONG_COAT_SIDE, *LEGS_SIDE["stand"][3:]],
                 "left": [*_LONG_COAT_STRIDE, *LEGS_SIDE["left"][3:]],
                 "right": [*_LONG_COAT_STRIDE, *LEGS_SIDE["right"][3:]]}


def gloved_arm(x: int = 7, y: int = 11) -> dict:
    """The shared swinging near arm, with a gloved hand."""
    return {step: {**spec, "grid": [*spec["grid"][:-1], spec["grid"][-1].replace("K", "G")]}
            for step, spec in side_arm(x, y).items()}


BERLIN_HANDLER = {
    "name": "berlin_handler",
    "legend": BERLIN_HANDLER_LEGEND,
    "inner_outline": "b_brick_3",
    "views": {
        "down": {
            "upper": [
                "................",
                ".....WWWWWF.....",
                "....WWFWWFFf....",
                "...WFFFFFFFFf...",
                "..fWWWWWWWWFfx..",
                "..ffFFFFFFFffx..",
                "....HHKKKKHh....",
                "....HKoKKoKh....",
                "....hKKKcKkh....",
                ".....KKmmKc.....",
                "..VVVVZkcZVVVV..",
                "..ZZZZZZZZzzzY..",
                "...SZZZCCZzzs...",
                "...SsZCCCCYes...",
                "...SsCCCdCCes...",
                "...SsCCCdCCes...",
                "...GgCCCdCeGg...",
            ],
            "legs": FUR_COAT_FRONT,
        },
        "left": {
            "upper": [
                "................",
                ".....WWWWWF.....",
                "....WWFWWFFf....",
                "...WFFFFFFFFf...",
                "...WWWWWWWFFfx..",
                "...FFFFFFFFFfx..",
                "....HKKKHhhh....",
                "....KoKKKHhh....",
                "...KKKKKckhh....",
                "....KmKKkhh.....",
                "....VVZZZVVV....",
                "....ZZZZZzzY....",
                ".....CCCCee.....",
                ".....CCCCee.....",
                ".....CCCCee.....",
                ".....CCCCee.....",
                ".....CCCCee.....",
            ],
            "legs": FUR_COAT_SIDE,
            "layers": [gloved_arm(7, 11)],
        },
        "up": {
            "upper": [
                "................",
                ".....WWWWWF.....",
                "....WWFWWFFf....",
                "...WFFFFFFFFf...",
                "..fWFFFFFFFFfx..",
                "..ffFFFFFFFffx..",
                "....hHHHhhhh....",
                "....hHHhhhhh....",
                "....hhHhhhhh....",
                ".....kKKkkc.....",
                "..VVVVVVVVVVVV..",
                "..ZZZZZZZZzzzY..",
                "...SCCCCCCCes...",
                "...SsCCCCCCes...",
                "...SsCCCdCCes...",
                "...SsCCCdCCes...",
                "...GgCCCdCeGg...",
            ],
            "legs": FUR_COAT_BACK,
        },
    },
}

# ------------------------------------------------------------------ sitting

# A sitting frame is the standing view's upper body lowered by `drop` rows, with seated legs
# below it (the last of them on row 22, as standing feet are) drawn over it; "right" is "left"
# mirrored. The character's point is where the seat meets the floor: a chair's feet, a bench's
# front edge. Sheets with sitting frames have a fifth row (characters.py).
SIT_DROP = 3

# on a chair, seen from the front: the knees come towards us, the shins go down to the floor
SIT_LEGS_FRONT = [
    "....TTTTTttu....",
    "....TT....tu....",
    "...BBB....BBb...",
]
# seen from behind: the chair's seat and the heels under it
SIT_LEGS_BACK = [
    "....TTTTTttu....",
    ".....bb..bb.....",
]
# in profile, facing left: the thigh along the seat, the knee bent, the shin down to a shoe
SIT_LEGS_SIDE = [
    "..TTTTTTTttu....",
    "..TTTTTTTttu....",
    "..Tt............",
    ".BBb............",
]


def sitting(char: dict, side_legs: list[str] = SIT_LEGS_SIDE, side_layers: list | None = None,
            drop: int = SIT_DROP) -> dict:
    """A character's sitting views from its standing ones (their upper bodies, lowered)."""
    views = char["views"]
    return {
        "down": {"upper": views["down"]["upper"], "drop": drop, "legs": SIT_LEGS_FRONT},
        "left": {"upper": views["left"]["upper"], "drop": drop, "legs": side_legs,
                 "layers": side_layers if side_layers is not None else [side_arm(7, 11 + drop)]},
        "up": {"upper": views["up"]["upper"], "drop": drop, "legs": SIT_LEGS_BACK},
    }


STEPHANE["sit"] = sitting(STEPHANE)
# Sophie sits curled up, her legs folded beside her on the seat and her boots tucked behind
# (on the garden bench); at the dinner table, seen from the front, she sits as anyone does
SOPHIE["sit"] = sitting(SOPHIE, drop=5, side_legs=[
    "..TTT...........",
    ".TTTTTTTTttuBb..",
    "..tttttttuuuBb..",
    "................",
], side_layers=[{"stand": {"grid": ["SS.", "Ss.", "sAa", ".KK"], "at": (5, 16)}}])

CHARACTERS = [STEPHANE, MARCEL, ODETTE, SOPHIE, STEPHANE_1983, BERLIN_GUARD, BERLIN_COURIER, BERLIN_HANDLER]
