"""Hints that show the key to press as the game's prompts do: the key cap (or the gamepad's
button) bound to each intent, then what it does: "[E] log him   [→] fast-forward".

    row = hint_rows(assets, ctx, [(Intent.INTERACT, "log him"), ((Intent.UP, Intent.DOWN), "choose")],
                    colour, max_width=260)
"""

from __future__ import annotations

import pygame

from game.core.input import Intent
from game.core.key_labels import is_dpad, key_name, on_gamepad
from game.render import hud

GAP = 8  # between two hints on a row
ROW_GAP = 2  # between two rows of hints


def glyph(assets, ctx, intent: Intent) -> pygame.Surface:
    """The key cap, or the gamepad's button, for `intent` on the device used last."""
    ui = assets.ui()
    name = key_name(ctx, intent)
    if not on_gamepad(ctx):
        return ui.keycap(name)
    if is_dpad(ctx, intent):  # the d-pad and the arrow of its direction
        pad = ui.pad_button("dpad")
        font = assets.font()
        arrow = font.render(name, ui.text_color("cold"))
        image = pygame.Surface((pad.get_width() + 1 + arrow.get_width(), pad.get_height()), pygame.SRCALPHA)
        image.blit(pad, (0, 0))
        image.blit(arrow, (pad.get_width() + 1, (pad.get_height() - font.cap_height) // 2 - font.cap_top))
        return image
    try:
        return ui.pad_button(name)
    except KeyError:
        return ui.keycap(name)


def signature(ctx, hints) -> tuple:
    """What a row of hints looks like (its keys, device and words): a cache key for it."""
    return (ctx.prompt_device,) + tuple((tuple(key_name(ctx, i) for i in _intents(intents)), text)
                                        for intents, text in hints)


def _intents(intents) -> tuple[Intent, ...]:
    return intents if isinstance(intents, tuple) else (intents,)


def _piece(assets, ctx, intents, text: str, colour, shadow) -> pygame.Surface:
    """One hint: its glyphs side by side, then its words, centred on the glyphs."""
    font = assets.font()
    glyphs = [glyph(assets, ctx, intent) for intent in _intents(intents)]
    glyphs_w = sum(g.get_width() for g in glyphs) + len(glyphs) - 1
    height = max([g.get_height() for g in glyphs] + [font.height])
    words_w = font.size(text)[0]
    image = pygame.Surface((glyphs_w + 3 + words_w + 1, height + 1), pygame.SRCALPHA)
    x = 0
    for g in glyphs:
        image.blit(g, (x, (height - g.get_height()) // 2))
        x += g.get_width() + 1
    text_y = height // 2 - font.cap_top - (font.cap_height + 1) // 2
    font.draw(image, text, (glyphs_w + 3, text_y), colour, shadow=shadow)
    return image


def hint_rows(assets, ctx, hints, colour, max_width: int, shadow=hud.SHADOW) -> pygame.Surface:
    """The hints laid out left to right, a new row where the next would pass max_width; their
    words in `colour` over `shadow` (None on paper)."""
    pieces = [_piece(assets, ctx, intents, text, colour, shadow) for intents, text in hints]
    rows: list[list[pygame.Surface]] = [[]]
    width = 0
    for piece in pieces:
        if rows[-1] and width + GAP + piece.get_width() > max_width:
            rows.append([])
            width = 0
        width += (GAP if rows[-1] else 0) + piece.get_width()
        rows[-1].append(piece)
    row_h = max((p.get_height() for p in pieces), default=0)
    widths = [sum(p.get_width() for p in row) + GAP * (len(row) - 1) for row in rows]
    image = pygame.Surface((max(widths + [1]), max(1, len(rows) * row_h + (len(rows) - 1) * ROW_GAP)),
                           pygame.SRCALPHA)
    for n, row in enumerate(rows):
        x = 0
        for piece in row:
            image.blit(piece, (x, n * (row_h + ROW_GAP)))
            x += piece.get_width() + GAP
    return image
