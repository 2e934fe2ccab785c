"""Drawing the coded message: the notebook's page, the key's row of digits, the reading."""

from __future__ import annotations

import pygame

from game.berlin.cards import INK, NIGHT, PAPER
from game.render.key_hints import hint_rows, signature
from game.render.surfaces import Composed, copied_through_cache


class CipherView:
    """The notebook: the page (paper, the groups, the courier's times, the labels) is composed
    once for what it says, and the help under it for its keys; the key's digits, the button and
    the reading are drawn over it each frame."""

    def __init__(self, scene, assets):
        self.assets = assets
        self.page = Composed()
        self.help = Composed()

    def draw(self, canvas: pygame.Surface, scene, alpha: float) -> None:
        draw_cipher(canvas, self.assets, scene, self)


PAGE = pygame.Rect(16, 8, 448, 254)
RULE = 12  # the ruled lines' spacing: every text row of the page sits on one
FIRST_RULE = PAGE.y + 14
RULE_COLOUR = (186, 190, 196)
DECODED_ROWS = 2  # each line of the decoded text (the big face) takes two rules
DECODED_LINES = 2
GROUPS_PER_LINE = 10
DECODE_BUTTON = (200, 196, 180)
DECODE_CHOSEN = (60, 70, 110)


def _on_rule(font, rule: int) -> int:
    """The y to draw `font` at so that its baseline sits on the ruled line at y = rule."""
    return rule - font.baseline


def _bevel(canvas: pygame.Surface, rect: pygame.Rect, face, pressed: bool = False) -> None:
    """A small raised button: its face, a light top and left edge, a dark bottom and right edge,
    and an ink outline (sunken, the edges swapped, when pressed)."""
    light = tuple(min(255, c + 40) for c in face)
    dark = tuple(int(c * 0.6) for c in face)
    top_left, bottom_right = (dark, light) if pressed else (light, dark)
    canvas.fill(face, rect)
    inner = rect.inflate(-2, -2)
    canvas.fill(top_left, (inner.x, inner.y, inner.w, 1))
    canvas.fill(top_left, (inner.x, inner.y, 1, inner.h))
    canvas.fill(bottom_right, (inner.x, inner.bottom - 1, inner.w, 1))
    canvas.fill(bottom_right, (inner.right - 1, inner.y, 1, inner.h))
    pygame.draw.rect(canvas, INK, rect, 1)


def draw_cipher(canvas: pygame.Surface, assets, scene, view: CipherView) -> None:
    model = scene.model
    font, big = assets.font(), assets.font("title")
    words = _page_words(scene)
    page, (x0, key_rule) = view.page.get((tuple(model.groups), words),
                                               lambda: _compose_page(assets, model.groups, words))
    canvas.blit(page, (0, 0))
    marks = model.digit_marks() or []
    bx = x0 + 30
    top = _on_rule(big, key_rule) - 2  # the boxes' digits sit on the key's rule
    for i, digit in enumerate(scene.digits):
        box = pygame.Rect(bx + i * 20, top, 16, 20)
        chosen = scene.cursor_at == i
        canvas.fill((236, 232, 218) if chosen else (226, 220, 200), box)
        colour = INK
        if i < len(marks):
            colour = (40, 130, 60) if marks[i] else (170, 50, 50)
        pygame.draw.rect(canvas, (60, 70, 110) if chosen else (150, 150, 150), box, 1)
        big.draw(canvas, str(digit), (box.centerx, box.y + 2), colour, align="center")
        if chosen:
            pygame.draw.polygon(canvas, INK, [(box.centerx, box.y - 5), (box.centerx - 3, box.y - 2),
                                              (box.centerx + 3, box.y - 2)])
            pygame.draw.polygon(canvas, INK, [(box.centerx, box.bottom + 5), (box.centerx - 3, box.bottom + 2),
                                              (box.centerx + 3, box.bottom + 2)])
    label = scene.t("cipher.decode")
    decode = pygame.Rect(bx + len(scene.digits) * 20 + 10, top, max(60, font.size(label)[0] + 16), 20)
    on_decode = scene.cursor_at == scene.decode_slot
    _bevel(canvas, decode, DECODE_CHOSEN if on_decode else DECODE_BUTTON)
    font.draw(canvas, label, (decode.centerx, decode.y + (decode.h - font.cap_height) // 2 - font.cap_top),
              PAPER if on_decode else INK, align="center")
    reads_rule = key_rule + 2 * RULE
    if scene.reading is None:  # the plain text only once decoded
        font.draw(canvas, scene.t("cipher.not_read"), (x0 + font.size(scene.t("cipher.reads"))[0] + 8,
                                                       _on_rule(font, reads_rule)), (120, 120, 130))
    else:
        rule = reads_rule + DECODED_ROWS * RULE
        for line in big.wrap(scene.reading or "...", PAGE.right - x0 - 8, verbatim=True)[:DECODED_LINES]:
            big.draw(canvas, line, (x0, _on_rule(big, rule)), (30, 40, 90), verbatim=True)  # the cipher's letters
            rule += DECODED_ROWS * RULE
    if scene.phase != "play":  # under a result card, the card's keys are the ones that count
        return
    help_row = view.help.get(signature(scene.ctx, scene.hints()),
                                   lambda: hint_rows(assets, scene.ctx, scene.hints(), INK, PAGE.w - 16, shadow=None))
    canvas.blit(help_row, (PAGE.centerx - help_row.get_width() // 2, _help_top(font, help_row)))


def _help_top(font, help_row: pygame.Surface) -> int:
    """The help's row sits on the page's last rule."""
    last_rule = FIRST_RULE + (PAGE.bottom - 3 - FIRST_RULE) // RULE * RULE
    return last_rule - help_row.get_height() + 2


def _page_words(scene) -> tuple:
    """What the page says, in the player's language: the heading, the courier's lines of the
    stakeout log, what kind of key it is, the labels."""
    t = scene.t
    return (t("cipher.station"), scene.log_heading(), tuple(scene.log_entries()), t("cipher.key_kind"),
            t("cipher.key"), t("cipher.reads"))


def _compose_page(assets, groups, words: tuple):
    """The notebook's page with what does not change while the key is tried; and where the key's
    row goes (x of the text column, y of its ruled line). Every line of text sits on a rule."""
    station, heading, entries, key_kind, key_label, reads_label = words
    font = assets.font()
    image = pygame.Surface((480, 270))
    image.fill(NIGHT)
    image.fill(PAPER, PAGE)
    for y in range(FIRST_RULE, PAGE.bottom - 2, RULE):
        pygame.draw.line(image, RULE_COLOUR, (PAGE.x + 4, y), (PAGE.right - 4, y))
    pygame.draw.line(image, (200, 120, 120), (PAGE.x + 28, PAGE.y), (PAGE.x + 28, PAGE.bottom))
    x0 = PAGE.x + 34
    width = PAGE.right - x0 - 8
    rule = FIRST_RULE
    font.draw(image, station, (x0, _on_rule(font, rule)), INK)
    for i in range(0, len(groups), GROUPS_PER_LINE):
        rule += RULE
        font.draw(image, "  ".join(groups[i:i + GROUPS_PER_LINE]), (x0, _on_rule(font, rule)), INK)
    rule += RULE
    for line in font.wrap(heading, width):
        rule += RULE
        font.draw(image, line, (x0, _on_rule(font, rule)), (90, 60, 60))
    column = max((font.size(entry)[0] for entry in entries), default=0) + 24
    for i in range(0, len(entries), 2):  # his coming and going of each visit on one line
        rule += RULE
        for j, entry in enumerate(entries[i:i + 2]):
            font.draw(image, entry, (x0 + 10 + j * column, _on_rule(font, rule)), INK)
    for line in font.wrap(key_kind, width):
        rule += RULE
        font.draw(image, line, (x0, _on_rule(font, rule)), (70, 70, 120))
    key_rule = rule + 2 * RULE  # a free rule above the key's boxes, for the cursor's arrow
    font.draw(image, key_label, (x0, _on_rule(font, key_rule)), INK)
    font.draw(image, reads_label, (x0, _on_rule(font, key_rule + 2 * RULE)), INK)
    return copied_through_cache(image), (x0, key_rule)
