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

CHARACTERS = [STEPHANE, MARCEL, ODETTE, SOPHIE]
