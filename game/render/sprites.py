"""Character sprite sheets: 16×24 frames, rows facing down, left, right, up; a 4-frame walk.

A fifth row, when a sheet has one, holds the character sitting, one frame for each facing in
the same order (down, left, right, up); a character without it sits standing."""

from __future__ import annotations

import pygame

FRAME_W, FRAME_H = 16, 24
ROWS = ("down", "left", "right", "up")
WALK_CYCLE = (1, 2, 3, 0)  # column order while walking: left foot, pass, right foot, stand
STRIDE = 5.0  # pixels walked per animation frame


SIT_ROW = len(ROWS)  # the row of sitting frames, after the four facings


class SpriteSheet:
    def __init__(self, image: pygame.Surface, name: str = ""):
        self.name = name
        self.frames: dict[str, list[pygame.Surface]] = {}
        for row, facing in enumerate(ROWS):
            self.frames[facing] = [
                image.subsurface((column * FRAME_W, row * FRAME_H, FRAME_W, FRAME_H))
                for column in range(image.get_width() // FRAME_W)
            ]
        self.sitting: dict[str, pygame.Surface] = {}
        if image.get_height() >= (SIT_ROW + 1) * FRAME_H and image.get_width() >= len(ROWS) * FRAME_W:
            self.sitting = {facing: image.subsurface((column * FRAME_W, SIT_ROW * FRAME_H, FRAME_W, FRAME_H))
                            for column, facing in enumerate(ROWS)}

    def frame(self, facing: str, moving: bool, distance: float, seated: bool = False) -> pygame.Surface:
        if seated and self.sitting:
            return self.sitting.get(facing) or self.sitting["down"]
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
