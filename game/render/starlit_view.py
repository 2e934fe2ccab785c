"""Drawing the scenes under the night sky: the title, the ending on the bench, the credits."""

from __future__ import annotations

import pygame

from game.core.input import Intent
from game.core.key_labels import key_label
from game.core.version import game_version
from game.render import hud, silhouettes
from game.render.sky_cache import skies_of
from game.render.surfaces import sparse

TEXT = (251, 246, 234)
SOFT = (196, 186, 214)
ACCENT = (240, 194, 122)
VERSION = (132, 122, 160)  # the title's version: quiet on the dark ground, legible
DAWN_FLAG = "dawn"  # the story's set_flag("dawn"): the sky over the bench begins to lighten
DAWN_SECONDS = 10.0  # from the first grey to the full dawn
LABEL_GAP = 3  # px between a constellation's figure and its name


def dawn_of(session) -> bool:
    """Whether the story has brought the dawn (the `dawn` ending)."""
    return session is not None and DAWN_FLAG in session.flags


class StarlitView:
    """The sky above, the bench and the two of them below, standing on the sky's bottom edge: a
    message box at the bottom of the screen covers only the ground in front of them."""

    def __init__(self, assets, sky, size):
        self.assets = assets
        self.sky_view = skies_of(assets).view(sky, (size[0], sky.height))
        self.ground = sparse(silhouettes.bench(size, ground_y=sky.height))
        self._dawn_from: float | None = None  # when the sky began to lighten (game seconds)

    def dawn(self, session, seconds: float) -> float:
        """How far the dawn has come, 0..1: it begins when the story says so, and rises gently."""
        if not dawn_of(session):
            return 0.0
        if self._dawn_from is None:
            self._dawn_from = seconds
        k = min(1.0, max(0.0, (seconds - self._dawn_from) / DAWN_SECONDS))
        return k * k * (3 - 2 * k)

    def draw(self, canvas: pygame.Surface, scene, seconds: float) -> None:
        # while they speak (a dialogue over the sky) nothing is traced: no pointer, hint or name
        tracing = scene.phase == "trace" and scene.ctx.scenes.top is scene
        highlight = scene.near() if tracing else None
        self.sky_view.draw(canvas, seconds, highlight=highlight, traced=scene.traced,
                           dawn=self.dawn(scene.ctx.session, seconds))
        canvas.blit(self.ground, (0, 0))
        if tracing:
            self._pointer(canvas, scene.pointer, seconds)
            font = self.assets.font()
            t = scene.ctx.strings
            keys = {"interact": key_label(scene.ctx, Intent.INTERACT), "back": key_label(scene.ctx, Intent.BACK)}
            hint = t("ui.trace_hint_more", **keys) if scene.traced else t("ui.trace_hint_first", **keys)
            width, _ = font.size(hint)
            font.draw(canvas, hint, ((canvas.get_width() - width) // 2, canvas.get_height() - 14), SOFT,
                      shadow=hud.SHADOW)
            if highlight:
                name = self.sky_view.sky.display_name(highlight, scene.ctx.strings)
                font.draw(canvas, name, self._label_at(font, name, highlight, canvas.get_width()), ACCENT,
                          shadow=hud.SHADOW)
        if scene.phase == "arrive":
            hud.fade(canvas, max(0.0, 1.0 - scene.time / 1.5))

    def _label_at(self, font, name: str, figure: str, canvas_width: int) -> tuple[int, int]:
        """Where a constellation's name goes: centred under its figure, clear of its lines (above
        it when there is no room below, before the hills)."""
        width, _ = font.size(name)
        rect = self.sky_view.figure_rect(figure)
        x = min(max(4, rect.centerx - width // 2), canvas_width - width - 4)
        y = rect.bottom + LABEL_GAP
        if y + font.line_height > self.sky_view.sky.height - 4:
            y = rect.top - LABEL_GAP - font.line_height
        return x, y

    @staticmethod
    def _pointer(canvas, pointer, seconds):
        x, y = round(pointer[0]), round(pointer[1])
        glow = 200 + int(55 * abs(((seconds * 1.5) % 2) - 1))
        colour = (glow, glow, 255)
        for dx, dy in ((-4, 0), (4, 0), (0, -4), (0, 4)):
            pygame.draw.line(canvas, colour, (x + dx // 2, y + dy // 2), (x + dx, y + dy))
        canvas.set_at((x, y), (255, 255, 255))

    def draw_credits(self, canvas: pygame.Surface, scene, seconds: float) -> None:
        dawn = dawn_of(scene.ctx.session)
        self.sky_view.draw(canvas, seconds, dawn=1.0 if dawn else 0.0)
        canvas.blit(self.ground, (0, 0))
        title_font, font = self.assets.font("title"), self.assets.font()
        y = canvas.get_height() + 20 - round(scene.offset)
        ending = scene.ending_title
        t = scene.ctx.strings
        for kind, key in (("head", None), ("line", "")) + scene.lines:
            text = ending if key is None else t(key) if key else ""
            face = title_font if kind == "title" else font
            colour = TEXT if kind == "title" else ACCENT if kind == "head" else SOFT
            if text and -20 < y < canvas.get_height():
                width, _ = face.size(text)
                at = ((canvas.get_width() - width) // 2, y)
                if dawn:  # over the pale sky, each letter ringed in the dark, to read against the light
                    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1), (1, 1)):
                        face.draw(canvas, text, (at[0] + dx, at[1] + dy), hud.SHADOW)
                    face.draw(canvas, text, at, colour)
                else:
                    face.draw(canvas, text, at, colour, shadow=hud.SHADOW)
            y += face.line_height + 3


class TitleView:
    """The sky over the vineyard's silhouette, the name of the game, the menu."""

    def __init__(self, assets, sky, size):
        self.assets = assets
        self.sky_view = skies_of(assets).view(sky, (size[0], sky.height))
        self.ground = sparse(silhouettes.vineyard(size))

    def draw(self, canvas: pygame.Surface, scene, seconds: float) -> None:
        self.sky_view.draw(canvas, seconds)
        canvas.blit(self.ground, (0, 0))
        if scene.ctx.scenes.top is not scene:
            return  # a menu (Settings) is open over the title: its words would show through the panel
        title_font, font = self.assets.font("title"), self.assets.font()
        title = scene.ctx.strings("ui.game_title")
        width, _ = title_font.size(title)
        strength = min(1.0, scene.time / 2.0)
        card = pygame.Surface((width + 2, title_font.line_height + 2), pygame.SRCALPHA)
        title_font.draw(card, title, (0, 0), TEXT, shadow=hud.SHADOW)
        card.set_alpha(int(255 * strength))
        canvas.blit(card, ((canvas.get_width() - width) // 2, 54))
        y = 150
        for index, item in enumerate(scene.items):
            label = scene.ctx.strings(f"ui.{'new_game' if item == 'new' else item}")
            chosen = index == scene.cursor
            width, _ = font.size(label)
            x = (canvas.get_width() - width) // 2
            font.draw(canvas, label, (x, y), ACCENT if chosen else SOFT, shadow=hud.SHADOW)
            if chosen:
                marker = self.assets.ui().cursor()
                canvas.blit(marker, (x - marker.get_width() - 5, y + 1))
            y += font.line_height + 5
        notice = scene.ctx.mail.notice
        if not notice:  # a notice's last line may reach the corner: it is what the player must read
            self._version(canvas, font)
        if notice:  # under the menu, its last line at the bottom: a long one (a save kept aside) grows upward
            lines = font.wrap(notice, canvas.get_width() - 40)[:4]
            top = canvas.get_height() - 4 - len(lines) * font.line_height
            for index, line in enumerate(lines):
                width, _ = font.size(line)
                font.draw(canvas, line, ((canvas.get_width() - width) // 2, top + index * font.line_height),
                          (255, 190, 170), shadow=hud.SHADOW)
        if scene.time < 1.0:
            hud.fade(canvas, 1.0 - scene.time)

    @staticmethod
    def _version(canvas: pygame.Surface, font) -> None:
        """The game's version, small in the bottom-right corner on the dark ground (for a bug report)."""
        label = f"v{game_version()}"
        width, _ = font.size(label)
        font.draw(canvas, label, (canvas.get_width() - width - 5, canvas.get_height() - font.line_height - 3),
                  VERSION, verbatim=True)  # a number, the same in every language: the text watch leaves it
