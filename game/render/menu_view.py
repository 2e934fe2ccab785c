"""Drawing a menu: a dimmed world, a panel, the title and the items with a cursor, and beside it,
when the menu has one, a panel of notes (the chores still to do)."""

from __future__ import annotations

import pygame

from game.render import hud
from game.render.text import laid_out

GAP = 8  # between the menu and the notes beside it
NOTES_WIDTH = 150  # the notes panel's width at the most; its lines wrap within it

MESSAGE_WIDTH = 300  # a question asked in a menu wraps at this width


def draw(canvas: pygame.Surface, assets, title: str, labels: list[str], cursor: int,
         aside: tuple[str, list[str]] | None = None, message: str = "") -> None:
    canvas.fill((150, 140, 170), special_flags=pygame.BLEND_MULT)  # dim what is behind
    ui, font, title_font = assets.ui(), assets.font(), assets.font("title")
    lines = font.wrap(message, MESSAGE_WIDTH) if message else []
    width = max([font.size(text)[0] for text in labels + lines] + [title_font.size(title)[0]]) + 40
    message_height = len(lines) * font.line_height + (6 if lines else 0)
    height = title_font.line_height + 10 + message_height + len(labels) * (font.line_height + 4) + 20
    rect = pygame.Rect(0, 0, width, height)
    rect.center = canvas.get_rect().center
    notes = _notes_panel(assets, *aside, height) if aside else None
    if notes is not None:  # the two side by side, centred together: clear of a line's box, top or bottom
        rect.x = (canvas.get_width() - width - GAP - notes.get_width()) // 2
        rect.y = (canvas.get_height() - notes.get_height()) // 2
        canvas.blit(notes, (rect.right + GAP, rect.y))
        laid_out("the menu's notes", aside[0], notes.get_rect(topleft=(rect.right + GAP, rect.y)), canvas.get_rect())
    laid_out("the menu", title, rect, canvas.get_rect())
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


def _notes_panel(assets, heading: str, lines: list[str], min_height: int) -> pygame.Surface:
    """A panel with a heading and a short list, each line after a dot, wrapped to NOTES_WIDTH."""
    ui, font = assets.ui(), assets.font()
    left, top, right, bottom = ui.panel_border()
    inner = NOTES_WIDTH - left - right - 8
    rows = [(heading, ui.accent_color(), 0)]
    for line in lines:
        for index, part in enumerate(font.wrap(line, inner - 8)):
            rows.append((("· " if index == 0 else "  ") + part, ui.text_color(), 2 if index == 0 else 0))
    height = max(min_height, top + bottom + 8 + len(rows) * (font.line_height + 2) + sum(gap for *_, gap in rows))
    panel = pygame.Surface((NOTES_WIDTH, height), pygame.SRCALPHA)
    content = ui.draw_panel(panel, panel.get_rect(), padding=4)
    y = content.y
    for text, colour, gap in rows:
        y += gap
        font.draw(panel, text, (content.x, y), colour, shadow=hud.SHADOW)
        y += font.line_height + 2
    return panel
