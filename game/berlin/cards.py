"""What every Berlin game draws alike: the cold Berlin palette (grey-blue, desaturated, orange
sodium lamps, rain), the backdrop, and the cards (how it works; the result and its choices).
Each game's own picture is its package's view.
"""

from __future__ import annotations

import pygame

from game.render import hud
from game.render.surfaces import mix

NIGHT = (22, 28, 40)
STONE = (86, 94, 108)
STONE_DARK = (58, 64, 78)
WINDOW_DARK = (34, 40, 54)
WINDOW_LIT = (226, 170, 92)
SODIUM = (255, 170, 70)
RAIN = (150, 170, 196)
TEXT = (226, 224, 218)
ACCENT = (140, 192, 212)
WARN = (236, 120, 96)
GOOD = (140, 210, 150)
PAPER = (214, 206, 184)
INK = (40, 44, 70)
CARD_WIDTH = 400


def cold_text(assets):
    ui = assets.ui()
    return ui.text_color("cold"), ui.accent_color("cold")


def draw_backdrop(canvas: pygame.Surface, seconds: float) -> None:
    canvas.fill(NIGHT)
    draw_rain(canvas, seconds, density=60)


def draw_rain(canvas: pygame.Surface, seconds: float, density: int = 90, area: pygame.Rect | None = None) -> None:
    area = area or canvas.get_rect()
    for i in range(density):
        x = area.x + (i * 97 + int(seconds * 40) * (1 + i % 3)) % area.w
        y = area.y + (i * 53 + int(seconds * 300) + i * 7) % area.h
        pygame.draw.line(canvas, RAIN, (x, y), (x - 1, y + 4))


def card_layout(assets, lines: list[str], choices: list[str], note: list[str]) -> tuple[list[str], list[str], int]:
    """A card's lines as wrapped, its note's words as wrapped, and the height it needs."""
    font, title_font = assets.font(), assets.font("title")
    wrapped: list[str] = []
    for line in lines:
        wrapped += font.wrap(line, CARD_WIDTH - 28) or [""]
    note_lines: list[str] = []
    for line in note[1:]:
        note_lines += font.wrap(line, CARD_WIDTH - 40) or [""]
    note_h = _note_height(font, note_lines) if note else 0
    height = (title_font.line_height + 8 + note_h + (6 if note else 0) + len(wrapped) * font.line_height + 10
              + (font.line_height + 2) * (len(choices) or 1) + 18)
    return wrapped, note_lines, height


def _note_height(font, note_lines: list[str]) -> int:
    return (len(note_lines) + 1) * font.line_height + 8


def draw_card(canvas: pygame.Surface, assets, title: str, lines: list[str], footer: str = "",
              choices: list[str] | None = None, cursor: int = 0, dim: bool = False,
              note: list[str] | None = None) -> pygame.Rect:
    """A cold panel in the middle: a title, a note on paper (its heading, then its words: the
    handler's, in character), wrapped lines, and a footer or a list of choices. Returns the
    panel's rect (the card grows with its text; card_layout says how tall it needs to be)."""
    if dim:
        canvas.fill((140, 140, 160), special_flags=pygame.BLEND_MULT)
    ui, font, title_font = assets.ui(), assets.font(), assets.font("title")
    text_colour, accent = cold_text(assets)
    choices, note = choices or [], note or []
    wrapped, note_lines, height = card_layout(assets, lines, choices, note)
    rect = pygame.Rect(0, 0, CARD_WIDTH, min(height, canvas.get_height() - 8))
    rect.center = canvas.get_rect().center
    content = ui.draw_panel(canvas, rect, style="cold", padding=6)
    title_font.draw(canvas, title, (rect.centerx, content.y), accent, shadow=hud.SHADOW, align="center")
    y = content.y + title_font.line_height + 6
    if note:
        paper = pygame.Rect(content.x + 4, y, content.w - 8, _note_height(font, note_lines))
        canvas.fill(PAPER, paper)
        pygame.draw.rect(canvas, mix(PAPER, INK, 0.35), paper, 1)
        font.draw(canvas, note[0], (paper.x + 6, paper.y + 4), (90, 60, 60))
        for n, line in enumerate(note_lines):
            font.draw(canvas, line, (paper.x + 6, paper.y + 4 + (n + 1) * font.line_height), INK)
        y = paper.bottom + 6
    for line in wrapped:
        font.draw(canvas, line, (content.x + 4, y), text_colour, shadow=hud.SHADOW)
        y += font.line_height
    y += 8
    if choices:
        marker = ui.cursor("cold")
        for index, label in enumerate(choices):
            chosen = index == cursor
            if chosen:
                canvas.blit(marker, (content.x + 4, y + 1))
            font.draw(canvas, label, (content.x + 8 + marker.get_width(), y), accent if chosen else text_colour,
                      shadow=hud.SHADOW)
            y += font.line_height + 2
    elif footer:
        font.draw(canvas, footer, (rect.centerx, y), accent, shadow=hud.SHADOW, align="center")
    return rect
