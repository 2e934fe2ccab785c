"""What is drawn over the world: the use prompt, message boxes, title cards, fades.

Drawn with the project's pixel fonts and UI art (Assets.font, Assets.ui), at
1× on the 480×270 canvas, so every glyph and border is a crisp game pixel.
"""

from __future__ import annotations

import pygame

from game.render.assets import Assets
from game.render.surfaces import Composed, ready
from game.render.text import laid_out
from game.world.components import Position, Sprite

SHADOW = (42, 30, 38)
NAME_COLOUR = (240, 194, 122)
TEXT_COLOUR = (251, 246, 234)
PORTRAIT_SIZE = 40
BOX_HEIGHT = 58  # a 40 px portrait, or a name and three lines of text


def draw_prompt(canvas: pygame.Surface, assets: Assets, level, offset, verb: str, glyph: pygame.Surface,
                strings) -> None:
    """A small bubble by the thing he would use: [E] Look, with `glyph` the key (or button) bound to
    Interact. It sits above the thing unless that would cover him or someone's face; then below
    it, or beside it."""
    ui, font = assets.ui(), assets.font()
    verb_text = strings(f"prompts.{verb}")  # drawn by the text watch's font.draw below, so looked up once
    label = font.render(verb_text, ui.text_color())
    left, top, right, bottom = ui.panel_border()
    inner_w = glyph.get_width() + 4 + label.get_width()
    inner_h = max(glyph.get_height(), font.cap_height + 2)
    ox, oy = offset
    target = pygame.Rect(level.use_rect(level.focus)).move(ox, oy)
    if level.world.find(level.focus, Position) is not None:
        target.height = 24  # a character: the bubble goes by their figure, not by the ground below their feet
    figures = [pygame.Rect(round(position.x) - 8 + ox, round(position.y) - 24 + oy, 16, 24)
               for _, position, _ in level.world.query(Position, Sprite)]
    rect = prompt_rect((inner_w + left + right, inner_h + top + bottom), target, figures, canvas.get_rect())
    content = ui.draw_panel(canvas, rect, padding=0)
    canvas.blit(glyph, (content.x, content.centery - glyph.get_height() // 2))
    text_y = content.centery - font.cap_top - (font.cap_height + 1) // 2
    font.draw(canvas, verb_text, (content.x + glyph.get_width() + 4, text_y), ui.text_color())


def prompt_rect(size: tuple[int, int], target: pygame.Rect, figures: list[pygame.Rect],
                screen: pygame.Rect) -> pygame.Rect:
    """Where the use prompt goes (screen pixels): above the target, else below it, else beside it,
    the first place on screen that covers none of the `figures` (him and the other characters)
    but the target's own; above it when every place covers someone."""
    rect = pygame.Rect((0, 0), size)
    places = []
    for side in ("above", "below", "left", "right"):
        place = rect.copy()
        if side == "above":
            place.midbottom = (target.centerx, target.top - 2)
        elif side == "below":
            place.midtop = (target.centerx, target.bottom + 2)
        elif side == "left":
            place.midright = (target.left - 2, target.centery)
        else:
            place.midleft = (target.right + 2, target.centery)
        places.append(place.clamp(screen))
    others = [figure for figure in figures if not target.contains(figure)]
    for place in places:
        if place.collidelist(others) == -1:
            return place
    return places[0]


GLINT_PERIOD = 2.4  # seconds between two twinkles of a chore's glint
GLINT_COLOUR = (255, 246, 210)
GLINT_REST, GLINT_STEADY = 0.6, 0.85  # its strength between twinkles, and held steady (reduced flashing)


def _glint(strength: float) -> pygame.Surface:
    """A four-pointed sparkle, `strength` 0-1 of its full brightness, ringed in dark so it shows on
    pale sand and among leaves alike."""
    sparkle = pygame.Surface((9, 9), pygame.SRCALPHA)
    alpha = round(255 * strength)
    lit = {(4, 4): (255, 255, 255, alpha)}
    for offset, share in ((1, 1.0), (2, 0.8), (3, 0.5)):  # arms fading from the centre
        for x, y in ((4 - offset, 4), (4 + offset, 4), (4, 4 - offset), (4, 4 + offset)):
            lit[x, y] = (*GLINT_COLOUR, round(alpha * share))
    ring = (*SHADOW, round(alpha * 0.85))
    for x, y in lit:
        for nx, ny in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
            if (nx, ny) not in lit:
                sparkle.set_at((nx, ny), ring)
    for point, colour in lit.items():
        sparkle.set_at(point, colour)
    return sparkle


_GLINTS = [None] * 9  # the sparkle at strengths 0/8 … 8/8, made once


def draw_glints(canvas: pygame.Surface, level, offset, seconds: float, steady: bool) -> None:
    """A sparkle over each chore not done yet on this map, twinkling (steady with reduced flashing).
    Not over the one he can use now (its prompt shows it), nor ever over his own figure."""
    ox, oy = offset
    feet = level.player_position
    him = pygame.Rect(round(feet.x) - 8, round(feet.y) - 24, 16, 24)
    for entity in level.chores_left:
        if entity == level.usable:
            continue
        x, y, w, h = level.use_rect(entity)
        if steady:
            strength = GLINT_STEADY
        else:  # each chore twinkles in its own time: a soft rise and fall, then rest
            phase = (seconds / GLINT_PERIOD + entity * 0.37) % 1.0
            strength = GLINT_REST + (1 - GLINT_REST) * max(0.0, 1.0 - abs(phase - 0.5) * 4)
        level_index = round(strength * 8)
        sparkle = _GLINTS[level_index] = _GLINTS[level_index] or _glint(level_index / 8)
        cx, cy = round(x + w / 2), round(y + min(h, 16) / 3)
        if him.colliderect((cx - 4, cy - 4, 9, 9)):
            continue
        canvas.blit(sparkle, (cx - 4 + ox, cy - 4 + oy))


def message_box_rect(canvas: pygame.Surface, player_y: int | None) -> pygame.Rect:
    """At the bottom of the screen, or at the top when he stands where it would cover him."""
    rect = pygame.Rect(12, canvas.get_height() - BOX_HEIGHT - 6, canvas.get_width() - 24, BOX_HEIGHT)
    if player_y is not None and player_y > rect.top - 8:
        rect.top = 6
    return rect


def draw_message(canvas: pygame.Surface, assets: Assets, speaker: str, text: str, shown: int, done: bool,
                 seconds: float, portrait: pygame.Surface | None = None, colour=None,
                 rect: pygame.Rect | None = None) -> pygame.Rect:
    """The message box: portrait, speaker's name, text typing out (its first `shown` characters).
    A text longer than the box's lines makes it taller, away from the screen's edge it sits on;
    returns where the box went."""
    ui = assets.ui()
    rect = rect or message_box_rect(canvas, None)
    key = (rect.size, speaker, text, id(portrait), colour, id(assets))
    panel, lines = _message.get(key, lambda: _compose_message(assets, rect.size, speaker, text, portrait, colour))
    if panel.get_height() != rect.height:
        grown = pygame.Rect(rect.x, rect.y, rect.width, panel.get_height())
        if rect.centery > canvas.get_height() // 2:
            grown.bottom = rect.bottom
        rect = grown
        laid_out("the message box", text, rect, canvas.get_rect())
    canvas.blit(panel, rect.topleft)
    # the text is laid out whole once; typing shows each line's image up to its typed width
    font = assets.font()
    remaining = shown
    for line, image, (x, y) in lines:
        if remaining <= 0:
            break
        width = image.get_width() if remaining >= len(line) else font.line_width(line[:remaining])
        canvas.blit(image, (rect.x + x, rect.y + y), (0, 0, width, image.get_height()))
        remaining -= len(line) + 1
    if done:
        content = ui.content_rect(rect, "warm", 3)
        more = ui.more()
        bob = int(seconds * 3) % 2
        canvas.blit(more, (content.right - more.get_width(), content.bottom - more.get_height() - bob))
    return rect


_message = Composed()


def _compose_message(assets: Assets, size, speaker: str, text: str, portrait, colour):
    """The box with its portrait and name, and each line of the text as an image with where it goes.

    Made once per line of dialogue, not once per typed character: the text is wrapped whole, so
    words never jump lines while typing out."""
    ui, font = assets.ui(), assets.font()
    content = ui.content_rect(pygame.Rect((0, 0), size), "warm", 3)
    x = content.x + (portrait.get_width() + 6 if portrait is not None else 0)
    top = content.y + (font.line_height + 1 if speaker else 0)
    wrapped = font.wrap(text, content.right - x)
    size = (size[0], size[1] + max(0, top + len(wrapped) * font.line_height - content.bottom - 1))
    panel = pygame.Surface(size, pygame.SRCALPHA)
    content = ui.draw_panel(panel, pygame.Rect((0, 0), size), padding=3)
    if portrait is not None:
        panel.blit(portrait, (content.x, content.y + (content.height - portrait.get_height()) // 2))
    y = content.y
    if speaker:
        font.draw(panel, speaker, (x, y), ui.accent_color(), shadow=SHADOW)
        y += font.line_height + 1
    colour = colour or ui.text_color()
    lines = []
    laid_out("the message box", text, (x, y, content.right - x, len(wrapped) * font.line_height),
             (x, y, content.right - x, content.bottom - y + 1))
    for line in wrapped:
        width, height = font.size(line)
        image = pygame.Surface((max(1, width), height + 1), pygame.SRCALPHA)  # + 1: the shadow below
        font.draw(image, line, (0, 0), colour, shadow=SHADOW)
        lines.append((line, ready(image), (x, y)))
        y += font.line_height
    return ready(panel), lines


def draw_title_card(canvas: pygame.Surface, assets: Assets, title: str, progress: float) -> None:
    """The place's name at the top of the screen, fading in and out as he arrives."""
    strength = min(1.0, progress * 5, (1.0 - progress) * 3)
    if strength <= 0:
        return
    font = assets.font("title")
    width, _ = font.size(title)
    laid_out("the title card", title, ((canvas.get_width() - width) // 2, 22, width, font.height), canvas.get_rect())
    card = pygame.Surface((width + 2, font.line_height + 2), pygame.SRCALPHA)
    font.draw(card, title, (0, 0), TEXT_COLOUR, shadow=SHADOW)
    card.set_alpha(int(255 * strength))
    canvas.blit(card, ((canvas.get_width() - width) // 2, 22))


def fade(canvas: pygame.Surface, amount: float) -> None:
    """Darken everything toward black: 0 leaves it, 1 is black."""
    level = int(255 * (1.0 - max(0.0, min(1.0, amount))))
    canvas.fill((level, level, level), special_flags=pygame.BLEND_MULT)


def draw_notice(canvas: pygame.Surface, assets: Assets, text: str) -> None:
    """A short message for the player at the bottom of the screen (a reload's result, a failed save)."""
    font = assets.font()
    lines = font.wrap(text, canvas.get_width() - 24)[:4]
    height = len(lines) * font.line_height + 6
    top = canvas.get_height() - height - 4
    backdrop = pygame.Surface((canvas.get_width() - 8, height), pygame.SRCALPHA)
    backdrop.fill((0, 0, 0, 170))
    canvas.blit(backdrop, (4, top))
    for index, line in enumerate(lines):
        font.draw(canvas, line, (12, top + 3 + index * font.line_height), (255, 190, 170), shadow=SHADOW)
