"""Night silhouettes against the sky: the vineyard for the title, the bench for the ending.

Drawn once into a transparent surface from simple shapes (hills, vine rows,
cypresses, the mas's roof, an olive tree, two figures on a bench), so they cost
one blit a frame. Deterministic: the same picture every time.
"""

from __future__ import annotations

import math

import pygame

FAR_HILLS = (30, 26, 58)
NEAR_HILLS = (22, 18, 42)
GROUND = (14, 11, 26)
WINDOW = (255, 196, 110)


def _hill_line(surface, colour, base_y, amplitude, period, phase):
    width, height = surface.get_size()
    points = [(0, height)]
    for x in range(0, width + 1, 4):
        y = base_y + amplitude * math.sin(x / period + phase) + amplitude * 0.4 * math.sin(x / (period * 0.37) + 1.3)
        points.append((x, round(y)))
    points.append((width, height))
    pygame.draw.polygon(surface, colour, points)


def _cypress(surface, x, base_y, height):
    for row in range(height):
        half = max(1, round(3 * math.sin(math.pi * min(1.0, (row + 2) / height)) * (0.6 + 0.4 * row / height)))
        pygame.draw.line(surface, GROUND, (x - half, base_y - row), (x + half, base_y - row))


def _vine_rows(surface, top, bottom):
    width = surface.get_width()
    for index, y in enumerate(range(top, bottom, 5)):
        for x in range(-8 + (index % 2) * 3, width, 6):
            pygame.draw.rect(surface, GROUND, (x, y - 2, 4, 3))


def vineyard(size: tuple[int, int]) -> pygame.Surface:
    """Hills, the mas with one lit window, cypresses and rows of vines: the title's foreground."""
    width, height = size
    surface = pygame.Surface(size, pygame.SRCALPHA)
    _hill_line(surface, FAR_HILLS, height - 64, 6, 70, 0.4)
    _hill_line(surface, NEAR_HILLS, height - 46, 4, 45, 2.1)
    pygame.draw.rect(surface, GROUND, (0, height - 34, width, 34))
    # the mas: walls, a shallow tiled roof, a chimney, one warm window
    mx, my = width // 2 + 70, height - 34
    pygame.draw.rect(surface, GROUND, (mx, my - 22, 64, 22))
    pygame.draw.polygon(surface, GROUND, [(mx - 4, my - 22), (mx + 32, my - 34), (mx + 68, my - 22)])
    pygame.draw.rect(surface, GROUND, (mx + 48, my - 36, 5, 8))
    pygame.draw.rect(surface, WINDOW, (mx + 14, my - 15, 4, 5))
    for x, h in ((mx - 18, 30), (mx - 10, 24), (mx + 78, 28), (40, 26), (52, 20), (width - 30, 32)):
        _cypress(surface, x, height - 34, h)
    _vine_rows(surface, height - 30, height)
    return surface


def couple_rect(size: tuple[int, int], ground_y: int) -> pygame.Rect:
    """Where the bench and the two of them on it stand, on the ground line `ground_y`."""
    return pygame.Rect(size[0] // 2 - 20, ground_y - 27, 40, 27)


def bench(size: tuple[int, int], ground_y: int) -> pygame.Surface:
    """The garden at night: the hills, an olive tree with a lantern, the bench and the two of them.

    `ground_y` is where the ground meets the sky: the bench stands on it, so everything below
    it is ground a message box may cover without hiding the two of them.
    """
    width, height = size
    surface = pygame.Surface(size, pygame.SRCALPHA)
    _hill_line(surface, FAR_HILLS, ground_y - 24, 5, 80, 1.1)
    _hill_line(surface, NEAR_HILLS, ground_y - 9, 3, 52, 2.6)
    pygame.draw.rect(surface, GROUND, (0, ground_y, width, height - ground_y))
    _vine_rows(surface, ground_y + 8, height)
    # olive tree to the left: a twisted trunk and a wide, ragged crown, a lantern hanging from it
    tx = width // 2 - 70
    pygame.draw.polygon(surface, GROUND, [(tx - 3, ground_y), (tx + 3, ground_y), (tx + 5, ground_y - 22),
                                          (tx - 1, ground_y - 26), (tx - 5, ground_y - 20)])
    for dx, dy, r in ((-14, -32, 12), (0, -38, 14), (14, -32, 12), (-6, -28, 10), (8, -26, 10)):
        pygame.draw.circle(surface, GROUND, (tx + dx, ground_y + dy), r)
    lantern = (tx + 17, ground_y - 20)
    pygame.draw.line(surface, GROUND, (lantern[0], lantern[1] - 6), (lantern[0], lantern[1] - 2))
    pygame.draw.rect(surface, WINDOW, (lantern[0] - 1, lantern[1] - 1, 3, 3))
    # the bench and two figures sitting close, his hand in hers between them
    couple = couple_rect(size, ground_y)
    bx, by = couple.x + 6, couple.bottom
    pygame.draw.rect(surface, GROUND, (bx - 6, by - 7, 40, 3))
    pygame.draw.rect(surface, GROUND, (bx - 4, by - 4, 2, 4))
    pygame.draw.rect(surface, GROUND, (bx + 30, by - 4, 2, 4))
    for fx, shoulders, head_r in ((bx + 6, 7, 3), (bx + 19, 6, 3)):  # him, then her
        pygame.draw.rect(surface, GROUND, (fx - shoulders // 2, by - 20, shoulders, 14))
        pygame.draw.circle(surface, GROUND, (fx, by - 24), head_r)
    pygame.draw.rect(surface, GROUND, (bx + 9, by - 11, 8, 2))  # their hands
    return surface
