"""Drawing a dialogue: the message box (portrait, name, typed text) and the choices above it."""

from __future__ import annotations

import pygame

from game.render import hud
from game.render.surfaces import Composed
from game.render.text import laid_out

CHOICE_WIDTH_MAX = 300
NARRATION_COLOUR = (214, 200, 176)


def draw(canvas, assets, session, line, shown: int, choices, cursor: int, typing: bool, seconds: float,
         player_y: int | None = None, choices_shown: bool = True) -> None:
    """The line in its box, and the choices on offer beside it unless not `choices_shown` (a menu is
    over the conversation: the choices wait out of its way, the line stays in view)."""
    box = hud.message_box_rect(canvas, player_y)
    if line is not None:
        speaker = line.speaker
        portrait_name = session.speaker_portrait(speaker) if speaker else None
        portrait = assets.portrait(portrait_name, session.expression(line.mood)) if portrait_name else None
        box = hud.draw_message(canvas, assets, session.speaker_name(speaker) if speaker else "", line.text, shown,
                               done=not typing and not choices, seconds=seconds, portrait=portrait,
                               colour=None if speaker else NARRATION_COLOUR, rect=box)
    if choices and choices_shown:
        texts = [choice.text for choice in choices]
        if box.top > canvas.get_height() // 2:
            draw_choices(canvas, assets, texts, cursor, bottom=box.top - 2)
        else:
            draw_choices(canvas, assets, texts, cursor, top=box.bottom + 2)


def draw_choices(canvas, assets, texts: list[str], cursor: int, bottom: int | None = None,
                 top: int | None = None) -> pygame.Rect:
    """The choices in a panel at the right, its bottom (or top) edge at the given height."""
    image = _choices.get((tuple(texts), cursor, id(assets)), lambda: _compose_choices(assets, texts, cursor))
    rect = image.get_rect()
    if bottom is not None:
        rect.bottomright = (canvas.get_width() - 12, bottom)
    else:
        rect.topright = (canvas.get_width() - 12, top)
    laid_out("the choices", "\n".join(texts), rect, canvas.get_rect())
    canvas.blit(image, rect)
    return rect


_choices = Composed()
CHOICE_END_MARGIN = 4  # px after the longest choice, before the frame


def _compose_choices(assets, texts: list[str], cursor: int) -> pygame.Surface:
    ui, font = assets.ui(), assets.font()
    marker = ui.cursor()
    indent = marker.get_width() + 4
    border_left, border_top, border_right, border_bottom = ui.panel_border()
    width = min(CHOICE_WIDTH_MAX, max(font.size(text)[0] for text in texts) + indent)
    rows = [font.wrap(text, width - indent) for text in texts]
    height = sum(len(lines) for lines in rows) * font.line_height + 2 * (len(texts) - 1)
    # padding 2 all round, and on the right as much again as the marker's gap: the longest choice
    # ended a pixel from the frame while the others had the marker's column on their left
    rect = pygame.Rect(0, 0, width + border_left + border_right + 4 + CHOICE_END_MARGIN,
                       height + border_top + border_bottom + 4)
    canvas = pygame.Surface(rect.size, pygame.SRCALPHA)
    content = ui.draw_panel(canvas, rect, padding=2)
    y = content.y
    for index, lines in enumerate(rows):
        chosen = index == cursor
        if chosen:
            canvas.blit(marker, (content.x, y + (font.line_height - marker.get_height()) // 2))
        colour = ui.accent_color() if chosen else ui.text_color()
        for text in lines:
            font.draw(canvas, text, (content.x + indent, y), colour, shadow=hud.SHADOW)
            y += font.line_height
        y += 2
    return canvas
