"""Drawing the stakeout: the house opposite through the flat's window, the clock and what the
keys do, the log; while he names the courier, the men seen over the window and, beside them, the
chosen man's lines of the log.

Most of the picture changes a few times a game hour at most (the light, which windows are lit,
the door), so each part is composed once for what it shows and blitted every frame: the night
and the panels, the street at this hour, the clock's lines, the log's rows, the list of men.
The rain in the window is the maps' rain (game/render/rain.py), cut to the window.
"""

from __future__ import annotations

import pygame

from game.berlin.cards import NIGHT, SODIUM, STONE, STONE_DARK, TEXT, WARN, WINDOW_DARK, WINDOW_LIT, cold_text
from game.render import hud
from game.render.key_hints import hint_rows, signature
from game.render.rain import Rain, sheets_made
from game.render.surfaces import Composed, copied_through_cache, mix

VIEW = pygame.Rect(8, 8, 280, 192)  # the window onto the street
CLOCK = pygame.Rect(8, 204, 280, 58)  # the clock, the speed, what the keys do
CLOCK_LINE = 18  # px of the panel's inside that the time and the speed take, over the keys' hints
LOG = pygame.Rect(294, 8, 178, 254)
FACADE = pygame.Rect(VIEW.x + 30, VIEW.y + 14, 220, 140)
DOOR = pygame.Rect(FACADE.centerx - 12, FACADE.bottom - 40, 24, 40)
LAMP_X = VIEW.x + 16
LIGHT_STEPS = 32  # the daylight is shown in this many steps
SUSPECT_ROW = 19  # a man in the list of those seen: his head and shoulders, his letter, his look
THUMB = (14, SUSPECT_ROW - 2)


COATS = {"grey": (128, 128, 132), "black": (34, 34, 40), "navy": (40, 52, 96), "brown": (104, 72, 48),
         "camel": (184, 150, 100), "green": (64, 96, 64), "burgundy": (112, 36, 52), "white": (216, 214, 206)}
HAT_COLOURS = {"trilby": (60, 56, 52), "flat cap": (90, 84, 72), "beret": (40, 40, 60), "headscarf": (170, 60, 70),
               "fur hat": (120, 96, 70)}
ITEM_COLOURS = {"newspaper": (226, 222, 206), "briefcase": (90, 60, 40), "shopping bag": (170, 150, 110),
                "flowers": (220, 90, 120), "umbrella": (30, 30, 40), "parcel": (170, 130, 80)}



def draw_person(canvas: pygame.Surface, person, x: int, y: int, carrying: str = "nothing", scale: int = 1) -> None:
    """A small figure, feet at (x, y): coat colour, hat, build, what he carries."""
    tall = {"tall": 4, "short": -3, "stout": 0, "thin": 2}.get(person.build, 0)
    wide = {"stout": 3, "thin": -1}.get(person.build, 0)
    h = (22 + tall) * scale
    w = (8 + wide) * scale
    coat = COATS.get(person.coat, (100, 100, 100))
    shade = tuple(int(c * 0.72) for c in coat)  # the side away from the light, the arms, the buttons
    legs = (30, 30, 34)
    pygame.draw.rect(canvas, legs, (x - w // 2 + 1, y - 6 * scale, 2 * scale, 6 * scale))  # legs
    pygame.draw.rect(canvas, legs, (x + w // 2 - 3 * scale, y - 6 * scale, 2 * scale, 6 * scale))
    pygame.draw.rect(canvas, (18, 18, 20), (x - w // 2, y - scale, 3 * scale, scale))  # shoes
    pygame.draw.rect(canvas, (18, 18, 20), (x + w // 2 - 3 * scale, y - scale, 3 * scale, scale))
    body = pygame.Rect(x - w // 2, y - h + 6 * scale, w, h - 6 * scale)
    pygame.draw.rect(canvas, coat, body)
    pygame.draw.rect(canvas, shade, (body.right - 2 * scale, body.y, 2 * scale, body.h))
    pygame.draw.rect(canvas, shade, (body.x, body.y + scale, scale, body.h * 3 // 5))  # the near arm
    for button in range(3):
        pygame.draw.rect(canvas, shade, (x, body.y + (3 + 3 * button) * scale, scale, scale))
    pygame.draw.rect(canvas, shade, (x - 2 * scale, body.y, 4 * scale, scale))  # the collar
    head = (x, y - h + 3 * scale)
    pygame.draw.circle(canvas, (220, 190, 160), head, 3 * scale)
    if scale > 1:  # eyes, when the figure is big enough to have them
        eye = scale // 2
        for dx in (-scale, scale):
            pygame.draw.rect(canvas, (60, 44, 40), (head[0] + dx - eye, head[1], eye, eye))
    hat = person.hat
    if hat in HAT_COLOURS:
        colour = HAT_COLOURS[hat]
        if hat == "trilby":
            pygame.draw.rect(canvas, colour, (head[0] - 5 * scale, head[1] - 2 * scale, 10 * scale, scale))
            pygame.draw.rect(canvas, colour, (head[0] - 3 * scale, head[1] - 5 * scale, 6 * scale, 3 * scale))
        elif hat == "fur hat":
            pygame.draw.rect(canvas, colour, (head[0] - 4 * scale, head[1] - 6 * scale, 8 * scale, 4 * scale))
        elif hat == "headscarf":
            pygame.draw.rect(canvas, colour, (head[0] - 4 * scale, head[1] - 4 * scale, 8 * scale, 5 * scale))
        else:
            pygame.draw.rect(canvas, colour, (head[0] - 4 * scale, head[1] - 4 * scale, 8 * scale, 2 * scale))
    if carrying in ITEM_COLOURS:
        colour = ITEM_COLOURS[carrying]
        hand = (x + w // 2, y - 12 * scale)
        if carrying == "umbrella":
            pygame.draw.line(canvas, colour, hand, (hand[0] + 1, hand[1] + 10 * scale), scale)
        else:
            size = {"newspaper": (3, 7), "briefcase": (6, 5), "shopping bag": (5, 6), "flowers": (3, 6),
                    "parcel": (6, 5)}[carrying]
            pygame.draw.rect(canvas, colour, (hand[0], hand[1], size[0] * scale, size[1] * scale))


class StakeoutView:
    def __init__(self, scene, assets):
        self.assets = assets
        self.backdrop = Composed()
        self.street = Composed()
        self.caption = Composed()
        self.clock = Composed()
        self.hints = Composed()
        self.log = Composed()
        self.suspects = Composed()
        self.rain = Rain(scene.seed, VIEW.size)
        self._rain_seconds: float | None = None

    @classmethod
    def made(cls, scene, assets, canvas: pygame.Surface):
        """The view made a piece at a time while the card is read (game/render/ahead.py): the rain's
        sheets (encoded for the canvas), then the view and the house across the street."""
        yield from sheets_made(scene.seed, VIEW.size, onto=canvas)
        view = cls(scene, assets)
        yield
        view.backdrop.get(None, view._compose_backdrop)
        yield
        return view

    def draw(self, canvas: pygame.Surface, scene, alpha: float) -> None:
        seconds, reduced_flashing = scene.ctx.clock.seconds, scene.ctx.settings.reduced_flashing
        model = scene.model
        canvas.blit(self.backdrop.get(None, self._compose_backdrop), (0, 0))
        language = scene.ctx.strings.language
        if scene.accusing:
            key = (tuple(scene.seen), scene.pick, tuple(model.accused), model.strikes, scene.message_time > 0,
                   scene.message, language)
            canvas.blit(self.suspects.get(key, lambda: self._compose_suspects(scene)), VIEW.topleft)
        else:
            self._draw_window(canvas, scene, seconds, reduced_flashing)
        clock_text, speed = model.clock_text(), scene.speed_text()
        row = None
        if scene.phase == "play":  # under a result card, the card's keys are the ones that count
            hints = scene.hints()  # composed apart: the clock changes every game minute, the keys seldom
            row = self.hints.get(signature(scene.ctx, hints), lambda: self._compose_hints(scene, hints))
        # hints that take more rows than the panel has (a longer language) make it taller, upwards
        clock = CLOCK
        grow = max(0, (row.get_height() if row else 0) - (self._content(CLOCK).h - CLOCK_LINE))
        if grow:
            clock = pygame.Rect(CLOCK.x, CLOCK.y - grow, CLOCK.w, CLOCK.h + grow)
            self.assets.ui().draw_panel(canvas, clock, style="cold", padding=4)
        content = self._content(clock)
        canvas.blit(self.clock.get((clock_text, speed), lambda: self._compose_clock(clock_text, speed)),
                    (content.x, content.y - 3))
        if row is not None:
            canvas.blit(row, (content.x + 2, content.bottom - row.get_height() + 1))
        chosen = scene.seen[scene.pick] if scene.accusing and scene.seen else None
        key = (tuple(scene.rows), tuple(scene.seen), chosen, model.assist, language)
        canvas.blit(self.log.get(key, lambda: self._compose_log(scene, chosen)), LOG.topleft)

    def _draw_window(self, canvas: pygame.Surface, scene, seconds: float, reduced_flashing: bool) -> None:
        """The street through the window: the house at this hour, the man at the door and who he is."""
        model = scene.model
        hour = model.clock / 60.0
        daylight = round(max(0.0, min(1.0, 1.0 - abs(hour - 13.0) / 7.0)) * LIGHT_STEPS) / LIGHT_STEPS
        door_event = scene.at_door
        lit = int(model.clock // 90) % 5 if daylight < 0.6 else None
        street = self.street.get((daylight, lit, door_event is None),
                                 lambda: _compose_street(daylight, lit, door_event is not None))
        canvas.blit(street, VIEW.topleft)
        _, accent = cold_text(self.assets)
        if door_event is not None:
            person = model.people_by_id[door_event.person_id]
            draw_person(canvas, person, DOOR.centerx, DOOR.bottom + 6, door_event.carrying, scale=2)
            if scene.flash > 0 and not reduced_flashing:
                pygame.draw.rect(canvas, accent, DOOR.inflate(10, 8), 1)
            caption = scene.caption(door_event)
            # two lines at most, the second's descenders clear of the window frame (4 px)
            font = self.assets.font()
            top = VIEW.bottom - 5 - font.height - font.line_height
            canvas.blit(self.caption.get(caption, lambda: self._compose_caption(caption)), (VIEW.x + 6, top))
        self._draw_rain(canvas, seconds, reduced_flashing)
        pygame.draw.rect(canvas, (20, 20, 26), VIEW, 4)  # the window frame

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
        return copied_through_cache(image)

    def _compose_caption(self, caption: str) -> pygame.Surface:
        """Who stands at the door, in two lines at most, on the pavement under him."""
        font = self.assets.font()
        lines = font.wrap(caption, VIEW.w - 12)[:2]
        image = pygame.Surface((VIEW.w - 12, len(lines) * font.line_height + 2), pygame.SRCALPHA)
        for i, line in enumerate(lines):
            font.draw(image, line, (0, i * font.line_height), TEXT, shadow=hud.SHADOW)
        return image

    def _compose_clock(self, clock_text: str, speed: str) -> pygame.Surface:
        """The time and the speed, on the clock panel's first line."""
        content = self._content(CLOCK)
        image = pygame.Surface((content.w, 20), pygame.SRCALPHA)
        text_colour, accent = cold_text(self.assets)
        font, title = self.assets.font(), self.assets.font("title")
        title.draw(image, clock_text, (2, 0), accent, shadow=hud.SHADOW)
        font.draw(image, speed, (56, 5), text_colour, shadow=hud.SHADOW)
        return image

    def _compose_hints(self, scene, hints) -> pygame.Surface:
        """What the keys do now, under the clock."""
        text_colour, _ = cold_text(self.assets)
        return hint_rows(self.assets, scene.ctx, hints, text_colour, self._content(CLOCK).w - 2)

    def _compose_log(self, scene, chosen: str | None) -> pygame.Surface:
        """The rows that fit, the latest at the bottom; while he names the courier, the chosen
        man's rows, all of them, in the order of the day."""
        image = pygame.Surface(LOG.size, pygame.SRCALPHA)
        content = self._content(LOG).move(-LOG.x, -LOG.y)
        text_colour, accent = cold_text(self.assets)
        font = self.assets.font()
        model = scene.model
        if chosen is None:
            rows = scene.rows
            title = scene.t("stakeout.log_title", count=len(rows))
        else:
            rows = scene.rows_of(chosen)
            title = scene.t("stakeout.log_of", label=scene.label(chosen), count=len(rows))
        font.draw(image, title, (content.x + 2, content.y), accent, shadow=hud.SHADOW)
        y = content.y + font.line_height + 2
        fit = (content.bottom - y) // font.line_height
        for row in rows[-fit:] if rows else []:
            event = row.event
            person = model.people_by_id[event.person_id]
            mark = (" +" if row.correct else " x") if model.assist else ""
            swatch = pygame.Rect(content.x + 2, y + 2, 5, 7)
            image.fill(COATS.get(person.coat, STONE), swatch)
            pygame.draw.rect(image, mix(text_colour, (0, 0, 0), 0.5), swatch.inflate(2, 2), 1)  # a black coat shows too
            direction = scene.t("stakeout.log_in" if event.direction == "in" else "stakeout.log_out")
            text = scene.t("stakeout.log_row" if chosen is None else "stakeout.log_own_row", time=_clock(event.time),
                           label=scene.label(event.person_id), direction=direction, item=scene.item(event.carrying),
                           mark=mark)
            font.draw(image, text, (content.x + 10, y), text_colour, shadow=hud.SHADOW)
            y += font.line_height
        return image

    def _compose_suspects(self, scene) -> pygame.Surface:
        """Over the window: who the courier is, one line for each man seen (his head and
        shoulders, his letter, his look, how often he is in the log), the chosen one framed."""
        ui = self.assets.ui()
        image = pygame.Surface(VIEW.size, pygame.SRCALPHA)
        rect = image.get_rect()
        content = ui.draw_panel(image, rect, style="cold", padding=4)
        font = self.assets.font()
        text_colour, accent = cold_text(self.assets)
        model = scene.model
        if scene.message_time > 0:
            font.draw(image, scene.message, (content.x + 2, content.y), WARN, shadow=hud.SHADOW)
        else:
            font.draw(image, scene.t("stakeout.who", strikes=model.strikes), (content.x + 2, content.y), accent,
                      shadow=hud.SHADOW)
        y = content.y + font.line_height + 3
        for index, pid in enumerate(scene.seen):
            row = pygame.Rect(content.x, y, content.w, SUSPECT_ROW)
            chosen = index == scene.pick
            colour = accent if chosen else (WARN if pid in model.accused else text_colour)
            image.blit(thumbnail(model.people_by_id[pid]), (row.x + 2, row.y + 1))
            count = scene.t("stakeout.logged", count=len(scene.rows_of(pid)))
            count_w = font.size(count)[0]
            room = row.right - 4 - count_w - 6 - (row.x + THUMB[0] + 6)
            suspect = scene.t("stakeout.suspect", label=scene.label(pid), description=scene.describe(pid))
            if font.size(suspect)[0] > room:  # too long: without the word "coat"
                suspect = scene.t("stakeout.suspect", label=scene.label(pid),
                                  description=scene.describe(pid, short=True))
            text_y = row.y + (SUSPECT_ROW - font.cap_height) // 2 - font.cap_top
            font.draw(image, suspect, (row.x + THUMB[0] + 6, text_y), colour, shadow=hud.SHADOW)
            font.draw(image, count, (row.right - 4, text_y), text_colour, shadow=hud.SHADOW, align="right")
            if chosen:
                pygame.draw.rect(image, accent, row, 1)
            y += SUSPECT_ROW
        return image

    def _draw_rain(self, canvas: pygame.Surface, seconds: float, reduced_flashing: bool) -> None:
        """The maps' rain, stepped by the game clock, inside the window only."""
        if self._rain_seconds is not None:
            self.rain.reduced_flashing = reduced_flashing
            self.rain.update(seconds - self._rain_seconds)
        self._rain_seconds = seconds
        self.rain.draw(canvas.subsurface(VIEW))


def thumbnail(person) -> pygame.Surface:
    """His head and shoulders, cut from his figure: small enough for one line of the list."""
    figure = pygame.Surface((24, 40), pygame.SRCALPHA)
    draw_person(figure, person, 12, 39, scale=1)
    top = figure.get_bounding_rect().top
    return figure.subsurface(pygame.Rect(12 - THUMB[0] // 2, top, THUMB[0], min(THUMB[1], 40 - top))).copy()


def _compose_street(daylight: float, lit: int | None, someone_at_door: bool) -> pygame.Surface:
    """The house opposite at this hour: sky and roofline, a stone facade in courses, windows with
    frames and sills, the door, the pavement and the lamp with its pool of light."""
    image = pygame.Surface(VIEW.size)
    origin = (-VIEW.x, -VIEW.y)  # drawn in canvas coordinates, moved onto the image
    sky = mix((18, 22, 36), (104, 112, 126), daylight)
    image.fill(sky)
    facade = FACADE.move(origin)
    _draw_roofline(image, facade, mix(sky, (10, 12, 18), 0.55))
    _draw_facade(image, facade)
    for row in range(3):
        for col in range(4):
            on = lit is not None and (row * 4 + col + lit) % 5 == 0
            _draw_window(image, pygame.Rect(facade.x + 18 + col * 52, facade.y + 12 + row * 32, 18, 22), on)
    _draw_door(image, DOOR.move(origin), someone_at_door)
    pavement = pygame.Rect(0, facade.bottom, VIEW.w, VIEW.h - facade.bottom)
    image.fill((50, 56, 66), pavement)
    image.fill((70, 76, 88), (0, pavement.y, VIEW.w, 2))  # the kerb of the house's step
    for x in range(-6, VIEW.w, 12):  # flagstones, seen at a slant
        pygame.draw.line(image, (60, 66, 78), (x, pavement.y + 4), (x + 6, pavement.bottom))
    for y in range(pavement.y + 9, pavement.bottom, 9):
        pygame.draw.line(image, (58, 64, 76), (0, y), (VIEW.w, y))
    _draw_lamp(image, LAMP_X - VIEW.x, facade.y, pavement.y, 1.0 - daylight)
    return image


def _draw_roofline(image: pygame.Surface, facade: pygame.Rect, colour) -> None:
    """The roof and two chimneys above the cornice, dark against the sky."""
    image.fill(colour, (facade.x - 4, facade.y - 8, facade.w + 8, 8))
    for x in (facade.x + 30, facade.right - 50):
        image.fill(colour, (x, facade.y - 16, 10, 8))
        image.fill(mix(colour, (0, 0, 0), 0.3), (x - 1, facade.y - 17, 12, 2))


def _draw_facade(image: pygame.Surface, facade: pygame.Rect) -> None:
    """Stone laid in courses, a cornice at the top, a darker plinth at the street."""
    image.fill(STONE, facade)
    joint = mix(STONE, STONE_DARK, 0.45)
    for course, y in enumerate(range(facade.y + 8, facade.bottom, 6)):
        pygame.draw.line(image, joint, (facade.x, y), (facade.right - 1, y))
        for x in range(facade.x + (course % 2) * 8, facade.right, 16):
            pygame.draw.line(image, joint, (x, y + 1), (x, min(y + 5, facade.bottom - 1)))
    image.fill(mix(STONE, (200, 204, 210), 0.25), (facade.x - 3, facade.y, facade.w + 6, 2))  # cornice, lit from above
    image.fill(STONE_DARK, (facade.x - 3, facade.y + 2, facade.w + 6, 3))
    image.fill(mix(STONE_DARK, (0, 0, 0), 0.35), (facade.x, facade.y + 5, facade.w, 1))  # its shadow
    image.fill(STONE_DARK, (facade.x, facade.bottom - 8, facade.w, 8))  # the plinth
    pygame.draw.rect(image, STONE_DARK, facade, 1)


def _draw_window(image: pygame.Surface, pane: pygame.Rect, lit: bool) -> None:
    """A tall window: lintel, frame, a cross of glazing bars, a sill; a lit one has a curtain's edge."""
    frame = mix(STONE_DARK, (0, 0, 0), 0.25)
    image.fill(STONE_DARK, (pane.x - 2, pane.y - 3, pane.w + 4, 2))  # lintel
    image.fill(WINDOW_LIT if lit else WINDOW_DARK, pane)
    if lit:
        image.fill(mix(WINDOW_LIT, (120, 60, 30), 0.45), (pane.x, pane.y, 4, pane.h))  # curtain
        image.fill(mix(WINDOW_LIT, (255, 240, 200), 0.4), (pane.x + 5, pane.y + 1, pane.w - 6, 2))
    else:
        image.fill(mix(WINDOW_DARK, (120, 130, 150), 0.18), (pane.x + 2, pane.y + 2, 3, 5))  # a glint of sky
    pygame.draw.rect(image, frame, pane.inflate(2, 2), 1)
    image.fill(frame, (pane.centerx, pane.y, 1, pane.h))
    image.fill(frame, (pane.x, pane.y + 8, pane.w, 1))
    image.fill(mix(STONE, (220, 222, 226), 0.3), (pane.x - 3, pane.bottom + 1, pane.w + 6, 2))  # sill
    image.fill(STONE_DARK, (pane.x - 2, pane.bottom + 3, pane.w + 4, 1))


def _draw_door(image: pygame.Surface, door: pygame.Rect, open_: bool) -> None:
    """A double door with panels under a fanlight, on a step; dark inside while someone stands in it."""
    wood = (70, 50, 40)
    image.fill(STONE_DARK, door.inflate(6, 0).move(0, -3).clip(door.inflate(6, 6)))
    image.fill((30, 26, 24) if open_ else wood, door)
    if not open_:
        panel = mix(wood, (0, 0, 0), 0.3)
        for x in (door.x + 3, door.centerx + 2):
            pygame.draw.rect(image, panel, (x, door.y + 10, door.w // 2 - 5, 11), 1)
            pygame.draw.rect(image, panel, (x, door.y + 24, door.w // 2 - 5, 12), 1)
        image.fill(panel, (door.centerx, door.y + 8, 1, door.h - 8))
        image.fill((200, 170, 90), (door.centerx + 3, door.y + 23, 1, 2))  # the handle
    image.fill(WINDOW_DARK, (door.x + 2, door.y + 1, door.w - 4, 5))  # fanlight
    image.fill(mix(STONE, (220, 222, 226), 0.2), (door.x - 4, door.bottom - 2, door.w + 8, 2))  # the step


def _draw_lamp(image: pygame.Surface, x: int, facade_y: int, ground_y: int, strength: float) -> None:
    """A street lamp: post, arm and lantern; at night a halo and a pool of light on the pavement."""
    post = (30, 30, 36)
    head_y = facade_y + 38
    if strength > 0:
        glow = pygame.Surface((70, 70), pygame.SRCALPHA)
        pygame.draw.circle(glow, (*SODIUM, int(60 * strength)), (35, 35), 34)
        pygame.draw.circle(glow, (*SODIUM, int(90 * strength)), (35, 35), 14)
        image.blit(glow, (x - 35, facade_y + 5))
        pool = pygame.Surface((90, 16), pygame.SRCALPHA)
        pygame.draw.ellipse(pool, (*SODIUM, int(40 * strength)), pool.get_rect())
        pygame.draw.ellipse(pool, (*SODIUM, int(45 * strength)), pool.get_rect().inflate(-40, -6))
        image.blit(pool, (x - 45, ground_y + 8))
    pygame.draw.line(image, post, (x, ground_y + 20), (x, head_y + 4), 2)
    image.fill(post, (x - 2, ground_y + 17, 6, 4))  # its foot
    image.fill(post, (x - 4, head_y - 3, 9, 3))  # the lantern's cap
    image.fill(SODIUM, (x - 3, head_y, 7, 4))
    image.fill(post, (x - 2, head_y + 4, 5, 1))


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
