"""Drawing the scenes under the night sky: the title, the ending on the bench, the credits."""

from __future__ import annotations

import pygame

from game.render import hud, silhouettes
from game.render.sky import SkyView
from game.render.surfaces import sparse

TEXT = (251, 246, 234)
SOFT = (196, 186, 214)
ACCENT = (240, 194, 122)


class StarlitView:
    """The sky above, the bench and the two of them below."""

    def __init__(self, assets, sky, size):
        self.assets = assets
        self.sky_view = SkyView(sky, (size[0], sky.height))
        self.ground = sparse(silhouettes.bench(size))

    def draw(self, canvas: pygame.Surface, scene, seconds: float) -> None:
        highlight = scene.near() if scene.phase == "trace" else None
        self.sky_view.draw(canvas, seconds, highlight=highlight, traced=scene.traced)
        canvas.blit(self.ground, (0, 0))
        if scene.phase == "trace":
            self._pointer(canvas, scene.pointer, seconds)
            font = self.assets.font()
            t = scene.ctx.strings
            keys = {"interact": "A" if scene.ctx.input_device == "gamepad" else "E",
                    "back": "B" if scene.ctx.input_device == "gamepad" else "Esc"}
            hint = t("ui.trace_hint_more", **keys) if scene.traced else t("ui.trace_hint_first", **keys)
            width, _ = font.size(hint)
            font.draw(canvas, hint, ((canvas.get_width() - width) // 2, canvas.get_height() - 14), SOFT,
                      shadow=hud.SHADOW)
            if highlight:
                name = self.sky_view.sky.display_name(highlight, scene.ctx.strings.language)
                width, _ = font.size(name)
                x = min(max(4, round(scene.pointer[0]) - width // 2), canvas.get_width() - width - 4)
                font.draw(canvas, name, (x, round(scene.pointer[1]) + 10), ACCENT, shadow=hud.SHADOW)
        if scene.phase == "arrive":
            hud.fade(canvas, max(0.0, 1.0 - scene.time / 1.5))

    @staticmethod
    def _pointer(canvas, pointer, seconds):
        x, y = round(pointer[0]), round(pointer[1])
        glow = 200 + int(55 * abs(((seconds * 1.5) % 2) - 1))
        colour = (glow, glow, 255)
        for dx, dy in ((-4, 0), (4, 0), (0, -4), (0, 4)):
            pygame.draw.line(canvas, colour, (x + dx // 2, y + dy // 2), (x + dx, y + dy))
        canvas.set_at((x, y), (255, 255, 255))

    def draw_credits(self, canvas: pygame.Surface, scene, seconds: float) -> None:
        self.sky_view.draw(canvas, seconds)
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
                face.draw(canvas, text, ((canvas.get_width() - width) // 2, y), colour, shadow=hud.SHADOW)
            y += face.line_height + 3


class TitleView:
    """The sky over the vineyard's silhouette, the name of the game, the menu."""

    def __init__(self, assets, sky, size):
        self.assets = assets
        self.sky_view = SkyView(sky, (size[0], sky.height))
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
        notice = scene.ctx.notice
        if notice:  # under the menu, its last line at the bottom: a long one (a save kept aside) grows upward
            lines = font.wrap(notice, canvas.get_width() - 40)[:4]
            top = canvas.get_height() - 4 - len(lines) * font.line_height
            for index, line in enumerate(lines):
                width, _ = font.size(line)
                font.draw(canvas, line, ((canvas.get_width() - width) // 2, top + index * font.line_height),
                          (255, 190, 170), shadow=hud.SHADOW)
        if scene.time < 1.0:
            hud.fade(canvas, 1.0 - scene.time)
