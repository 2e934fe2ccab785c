"""Character sprite sheets: 16×24 frames, rows facing down, left, right, up; a 4-frame walk."""

from __future__ import annotations

import pygame

FRAME_W, FRAME_H = 16, 24
ROWS = ("down", "left", "right", "up")
WALK_CYCLE = (1, 2, 3, 0)  # column order while walking: left foot, pass, right foot, stand
STRIDE = 5.0  # pixels walked per animation frame


class SpriteSheet:
    def __init__(self, image: pygame.Surface, name: str = ""):
        self.name = name
        self.frames: dict[str, list[pygame.Surface]] = {}
        for row, facing in enumerate(ROWS):
            self.frames[facing] = [
                image.subsurface((column * FRAME_W, row * FRAME_H, FRAME_W, FRAME_H))
                for column in range(image.get_width() // FRAME_W)
            ]

    def frame(self, facing: str, moving: bool, distance: float) -> pygame.Surface:
        frames = self.frames.get(facing) or self.frames["down"]
        if not moving:
            return frames[0]
        return frames[WALK_CYCLE[int(distance / STRIDE) % len(WALK_CYCLE)] % len(frames)]


def shadow_surface() -> pygame.Surface:
    """A soft oval under the feet that grounds a character on any tile."""
    shadow = pygame.Surface((12, 5), pygame.SRCALPHA)
    pygame.draw.ellipse(shadow, (30, 18, 24, 70), shadow.get_rect())
    pygame.draw.ellipse(shadow, (30, 18, 24, 40), shadow.get_rect().inflate(-4, -2))
    return shadow
