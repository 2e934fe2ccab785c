"""Drawing a menu: a dimmed world, a panel, the title and the items with a cursor."""

from __future__ import annotations

import pygame

from game.render import hud
from game.render.text import laid_out


def draw(canvas: pygame.Surface, assets, title: str, labels: list[str], cursor: int) -> None:
    canvas.fill((150, 140, 170), special_flags=pygame.BLEND_MULT)  # dim what is behind
    ui, font, title_font = assets.ui(), assets.font(), assets.font("title")
    width = max([font.size(label)[0] for label in labels] + [title_font.size(title)[0]]) + 40
    height = title_font.line_height + 10 + len(labels) * (font.line_height + 4) + 20
    rect = pygame.Rect(0, 0, width, height)
    rect.center = canvas.get_rect().center
    laid_out("the menu", title, rect, canvas.get_rect())
    content = ui.draw_panel(canvas, rect, padding=4)
    title_width, _ = title_font.size(title)
    title_font.draw(canvas, title, (rect.centerx - title_width // 2, content.y), ui.accent_color(),
                    shadow=hud.SHADOW)
    y = content.y + title_font.line_height + 8
    marker = ui.cursor()
    for index, label in enumerate(labels):
        chosen = index == cursor
        x = content.x + marker.get_width() + 6
        if chosen:
            canvas.blit(marker, (content.x + 2, y + 1))
        font.draw(canvas, label, (x, y), ui.accent_color() if chosen else ui.text_color(), shadow=hud.SHADOW)
        y += font.line_height + 4
