"""Drawing a menu: a dimmed world, a panel, the title and the items with a cursor."""

from __future__ import annotations

import pygame

from game.render import hud


MESSAGE_WIDTH = 300  # a question asked in a menu wraps at this width


def draw(canvas: pygame.Surface, assets, title: str, labels: list[str], cursor: int, message: str = "") -> None:
    canvas.fill((150, 140, 170), special_flags=pygame.BLEND_MULT)  # dim what is behind
    ui, font, title_font = assets.ui(), assets.font(), assets.font("title")
    lines = font.wrap(message, MESSAGE_WIDTH) if message else []
    width = max([font.size(text)[0] for text in labels + lines] + [title_font.size(title)[0]]) + 40
    message_height = len(lines) * font.line_height + (6 if lines else 0)
    height = title_font.line_height + 10 + message_height + len(labels) * (font.line_height + 4) + 20
    rect = pygame.Rect(0, 0, width, height)
    rect.center = canvas.get_rect().center
    content = ui.draw_panel(canvas, rect, padding=4)
    title_width, _ = title_font.size(title)
    title_font.draw(canvas, title, (rect.centerx - title_width // 2, content.y), ui.accent_color(),
                    shadow=hud.SHADOW)
    y = content.y + title_font.line_height + 8
    for line in lines:
        line_width, _ = font.size(line)
        font.draw(canvas, line, (rect.centerx - line_width // 2, y), ui.text_color(), shadow=hud.SHADOW)
        y += font.line_height
    y += 6 if lines else 0
    marker = ui.cursor()
    for index, label in enumerate(labels):
        chosen = index == cursor
        x = content.x + marker.get_width() + 6
        if chosen:
            canvas.blit(marker, (content.x + 2, y + 1))
        font.draw(canvas, label, (x, y), ui.accent_color() if chosen else ui.text_color(), shadow=hud.SHADOW)
        y += font.line_height + 4
