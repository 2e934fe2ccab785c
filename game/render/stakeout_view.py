"""Drawing the stakeout: the house opposite through the flat's window, the clock, the log.

Most of the picture changes a few times a game hour at most (the light, which windows are lit,
the door), so each part is composed once for what it shows and blitted every frame: the night
and the two panels, the street at this hour, the clock's lines, the log's rows. The rain in the
window is the maps' rain (game/render/rain.py), cut to the window.
"""

from __future__ import annotations

import pygame

from game.render import hud
from game.render.minigame_views import (COATS, NIGHT, SODIUM, STONE, STONE_DARK, TEXT, WINDOW_DARK,
                                        WARN, WINDOW_LIT, cold_text, draw_person)
from game.render.rain import Rain
from game.render.surfaces import Composed

VIEW = pygame.Rect(8, 8, 280, 200)  # the window onto the street
CLOCK = pygame.Rect(8, 212, 280, 50)
LOG = pygame.Rect(294, 8, 178, 254)
FACADE = pygame.Rect(VIEW.x + 30, VIEW.y + 20, 220, 150)
DOOR = pygame.Rect(FACADE.centerx - 12, FACADE.bottom - 40, 24, 40)
LAMP_X = VIEW.x + 16
LIGHT_STEPS = 32  # the daylight is shown in this many steps


class StakeoutView:
    def __init__(self, assets, seed: int):
        self.assets = assets
        self.backdrop = Composed()
        self.street = Composed()
        self.clock = Composed()
        self.log = Composed()
        self.rain = Rain(seed, VIEW.size)
        self._rain_seconds: float | None = None

    def draw(self, canvas: pygame.Surface, scene, seconds: float, reduced_flashing: bool) -> None:
        model = scene.model
        canvas.blit(self.backdrop.get(None, self._compose_backdrop), (0, 0))
        hour = model.clock / 60.0
        daylight = round(max(0.0, min(1.0, 1.0 - abs(hour - 13.0) / 7.0)) * LIGHT_STEPS) / LIGHT_STEPS
        door_event = scene.at_door
        lit = int(model.clock // 90) % 5 if daylight < 0.6 else None
        street = self.street.get((daylight, lit, door_event is None),
                                 lambda: _compose_street(daylight, lit, door_event is not None))
        canvas.blit(street, VIEW.topleft)
        text_colour, accent = cold_text(self.assets)
        font = self.assets.font()
        if door_event is not None:
            person = model.people_by_id[door_event.person_id]
            draw_person(canvas, person, DOOR.centerx, DOOR.bottom + 6, door_event.carrying, scale=2)
            if scene.flash > 0 and not reduced_flashing:
                pygame.draw.rect(canvas, accent, DOOR.inflate(10, 8), 1)
            arrow = "going in" if door_event.direction == "in" else "coming out"
            label = f"{scene.label(person.id)}: {person.description}, {arrow}, carrying {door_event.carrying}"
            for i, line in enumerate(font.wrap(label, VIEW.w - 12)[:2]):
                font.draw(canvas, line, (VIEW.x + 6, VIEW.bottom - 26 + i * font.line_height), TEXT, shadow=hud.SHADOW)
        self._draw_rain(canvas, seconds, reduced_flashing)
        pygame.draw.rect(canvas, (20, 20, 26), VIEW, 4)  # the window frame
        speed = "fast >>" if scene.fast and door_event is None else ("at the door" if door_event else "watching")
        hint = "Interact: log him" if door_event else "Interact: " + ("slow down" if scene.fast else "fast-forward")
        if scene.accusing:
            hint = "Up/Down: choose   Interact: name him" + ("" if model.day_over else "   Back: watch on")
        elif model.can_accuse:
            hint += "   Down: name him"
        clock_text = model.clock_text()
        canvas.blit(self.clock.get((clock_text, speed, hint), lambda: self._compose_clock(clock_text, speed, hint)),
                    CLOCK.topleft)
        if scene.accusing:
            _draw_accusation(canvas, self.assets, scene, self._content(LOG))
        else:
            key = (tuple(scene.rows), model.assist)
            canvas.blit(self.log.get(key, lambda: self._compose_log(scene)), LOG.topleft)
        if scene.message_time > 0:
            hud.draw_notice(canvas, self.assets, scene.message)

    # -- the parts ------------------------------------------------------------------------------
    def _content(self, rect: pygame.Rect) -> pygame.Rect:
        return self.assets.ui().content_rect(rect, "cold", 4)

    def _compose_backdrop(self) -> pygame.Surface:
        """The night around the window, and the clock's and the log's empty panels."""
        ui = self.assets.ui()
        image = pygame.Surface((480, 270))
        image.fill(NIGHT)
        ui.draw_panel(image, CLOCK, style="cold", padding=4)
        ui.draw_panel(image, LOG, style="cold", padding=4)
        return image

    def _compose_clock(self, clock_text: str, speed: str, hint: str) -> pygame.Surface:
        image = pygame.Surface(CLOCK.size, pygame.SRCALPHA)
        content = self._content(CLOCK).move(-CLOCK.x, -CLOCK.y)
        text_colour, accent = cold_text(self.assets)
        font = self.assets.font()
        self.assets.font("title").draw(image, clock_text, (content.x + 4, content.y), accent, shadow=hud.SHADOW)
        font.draw(image, speed, (content.x + 70, content.y + 2), text_colour, shadow=hud.SHADOW)
        font.draw(image, hint, (content.x + 4, content.bottom - font.line_height), text_colour, shadow=hud.SHADOW)
        return image

    def _compose_log(self, scene) -> pygame.Surface:
        """The rows that fit, the latest at the bottom."""
        image = pygame.Surface(LOG.size, pygame.SRCALPHA)
        content = self._content(LOG).move(-LOG.x, -LOG.y)
        text_colour, accent = cold_text(self.assets)
        font = self.assets.font()
        model = scene.model
        font.draw(image, f"Log ({len(scene.rows)})", (content.x + 2, content.y), accent, shadow=hud.SHADOW)
        y = content.y + font.line_height + 2
        rows = scene.rows[-((content.bottom - y) // font.line_height):] if scene.rows else []
        for row in rows:
            event = row.event
            person = model.people_by_id[event.person_id]
            mark = (" +" if row.correct else " x") if model.assist else ""
            pygame.draw.rect(image, COATS.get(person.coat, STONE), (content.x + 2, y + 2, 5, 7))
            text = (f"{_clock(event.time)} {scene.label(event.person_id)} {'in ' if event.direction == 'in' else 'out'}"
                    f" {event.carrying}{mark}")
            font.draw(image, text, (content.x + 10, y), text_colour, shadow=hud.SHADOW)
            y += font.line_height
        return image

    def _draw_rain(self, canvas: pygame.Surface, seconds: float, reduced_flashing: bool) -> None:
        """The maps' rain, stepped by the game clock, inside the window only."""
        if self._rain_seconds is not None:
            self.rain.reduced_flashing = reduced_flashing
            self.rain.update(seconds - self._rain_seconds)
        self._rain_seconds = seconds
        self.rain.draw(canvas.subsurface(VIEW))


def _compose_street(daylight: float, lit: int | None, someone_at_door: bool) -> pygame.Surface:
    """The house opposite at this hour: sky, facade, its lit windows, the door, the lamp."""
    image = pygame.Surface(VIEW.size)
    origin = (-VIEW.x, -VIEW.y)  # drawn in canvas coordinates, moved onto the image
    sky = tuple(int(a + (b - a) * daylight) for a, b in zip((18, 22, 36), (104, 112, 126)))
    image.fill(sky)
    facade = FACADE.move(origin)
    image.fill(STONE, facade)
    pygame.draw.rect(image, STONE_DARK, facade, 2)
    for row in range(3):
        for col in range(4):
            wx, wy = facade.x + 18 + col * 52, facade.y + 14 + row * 34
            on = lit is not None and (row * 4 + col + lit) % 5 == 0
            image.fill(WINDOW_LIT if on else WINDOW_DARK, (wx, wy, 18, 22))
            pygame.draw.rect(image, STONE_DARK, (wx - 1, wy - 1, 20, 24), 1)
    door = DOOR.move(origin)
    image.fill((30, 26, 24) if someone_at_door else (70, 50, 40), door)
    pygame.draw.rect(image, STONE_DARK, door.inflate(4, 2), 2)
    pavement = pygame.Rect(0, facade.bottom, VIEW.w, VIEW.h - facade.bottom)
    image.fill((50, 56, 66), pavement)
    for x in range(0, VIEW.w, 12):
        pygame.draw.line(image, (60, 66, 78), (x, pavement.y + 4), (x + 6, pavement.bottom))
    lamp_x = LAMP_X - VIEW.x
    pygame.draw.line(image, (30, 30, 36), (lamp_x, pavement.y + 20), (lamp_x, facade.y + 40), 2)
    glow = pygame.Surface((70, 70), pygame.SRCALPHA)
    strength = 1.0 - daylight
    pygame.draw.circle(glow, (*SODIUM, int(60 * strength)), (35, 35), 34)
    pygame.draw.circle(glow, (*SODIUM, int(90 * strength)), (35, 35), 14)
    image.blit(glow, (lamp_x - 35, facade.y + 5))
    image.fill(SODIUM, (lamp_x - 3, facade.y + 38, 7, 4))
    return image


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _draw_accusation(canvas, assets, scene, content) -> None:
    font = assets.font()
    text_colour, accent = cold_text(assets)
    model = scene.model
    font.draw(canvas, f"Who is the courier? ({model.strikes}/3 wrong)", (content.x + 2, content.y), accent,
              shadow=hud.SHADOW)
    y = content.y + font.line_height + 4
    for index, pid in enumerate(scene.seen_people()):
        person = model.people_by_id[pid]
        chosen = index == scene.pick
        colour = accent if chosen else (WARN if pid in model.accused else text_colour)
        draw_person(canvas, person, content.x + 8, y + 20, scale=1)
        entries = sum(1 for r in scene.rows if r.event.person_id == pid)
        font.draw(canvas, f"{scene.label(pid)}  {person.description}", (content.x + 18, y + 2), colour,
                  shadow=hud.SHADOW)
        font.draw(canvas, f"logged {entries}x", (content.x + 18, y + 2 + font.line_height), text_colour,
                  shadow=hud.SHADOW)
        if chosen:
            pygame.draw.rect(canvas, accent, (content.x, y, content.w, 26), 1)
        y += 28
