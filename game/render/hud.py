"""What is drawn over the world: the use prompt, message boxes, title cards, fades."""

from __future__ import annotations

import functools

import pygame

from game.world.components import Area, Position

INK = (42, 30, 38)
CREAM = (251, 246, 234)
OCHRE = (240, 194, 122)
PANEL = (42, 30, 38, 215)
BORDER = (187, 167, 131)


@functools.lru_cache(maxsize=4)
def _font(size: int) -> pygame.font.Font:
    if not pygame.font.get_init():
        pygame.font.init()
    return pygame.font.Font(None, size)


@functools.lru_cache(maxsize=512)
def _text(text: str, size: int, color: tuple) -> pygame.Surface:
    return _font(size).render(text, False, color)


def _wrap(text: str, size: int, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if _font(size).size(candidate)[0] <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def _panel(canvas: pygame.Surface, rect: pygame.Rect) -> None:
    box = pygame.Surface(rect.size, pygame.SRCALPHA)
    box.fill(PANEL)
    pygame.draw.rect(box, BORDER, box.get_rect(), 1)
    canvas.blit(box, rect)


def draw_prompt(canvas, level, offset, verb: str, device: str) -> None:
    world, entity = level.world, level.focus
    ox, oy = offset
    position = world.find(entity, Position)
    if position is not None:
        x, y = position.x, position.y - 30
    else:
        area = world.get(entity, Area)
        x, y = area.x + area.w / 2, area.y - 6
    key = "A" if device == "gamepad" else "E"
    label = _text(f"{key}  {verb}", 16, CREAM)
    rect = pygame.Rect(0, 0, label.get_width() + 8, label.get_height() + 4)
    rect.midbottom = (round(x) + ox, round(y) + oy)
    rect.clamp_ip(canvas.get_rect())
    _panel(canvas, rect)
    canvas.blit(label, (rect.x + 4, rect.y + 3))


def draw_message(canvas, speaker: str, text: str, done: bool, seconds: float) -> None:
    rect = pygame.Rect(16, canvas.get_height() - 78, canvas.get_width() - 32, 68)
    _panel(canvas, rect)
    y = rect.y + 6
    if speaker:
        canvas.blit(_text(speaker, 16, OCHRE), (rect.x + 8, y))
        y += 14
    for line in _wrap(text, 16, rect.width - 16):
        canvas.blit(_text(line, 16, CREAM), (rect.x + 8, y))
        y += 12
    if done and int(seconds * 2) % 2 == 0:
        pygame.draw.polygon(canvas, OCHRE, [(rect.right - 12, rect.bottom - 9), (rect.right - 6, rect.bottom - 9),
                                            (rect.right - 9, rect.bottom - 5)])


def draw_title_card(canvas, title: str, progress: float) -> None:
    # fade in over the first fifth, hold, fade out over the last third
    strength = min(1.0, progress * 5, (1.0 - progress) * 3)
    if strength <= 0:
        return
    label = _text(title, 32, CREAM).copy()
    label.set_alpha(int(255 * strength))
    shadow = _text(title, 32, INK).copy()
    shadow.set_alpha(int(160 * strength))
    x = (canvas.get_width() - label.get_width()) // 2
    canvas.blit(shadow, (x + 1, 29))
    canvas.blit(label, (x, 28))


def fade(canvas: pygame.Surface, amount: float) -> None:
    level = int(255 * (1.0 - max(0.0, min(1.0, amount))))
    canvas.fill((level, level, level), special_flags=pygame.BLEND_MULT)
