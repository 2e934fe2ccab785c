"""Drawing the tail: the streets on foot (game/berlin/on_foot/view.py), with the handler waiting at
the meeting point and, when the courier is out of sight, where he was last seen."""

from __future__ import annotations

import math

import pygame

from game.berlin.cards import ACCENT
from game.berlin.on_foot.view import NIGHT_FIGURES, OnFootView, draw_edge_arrow, draw_figure, screen_point
from game.render import hud


class TailView(OnFootView):
    more_sheets = frozenset({"berlin_handler"})

    def draw_places(self, canvas: pygame.Surface, scene, offset) -> None:
        model = scene.model
        if model.out_of_sight:
            _draw_last_seen(canvas, self.assets, model.last_known, model.last_heading, offset,
                            scene.t("tail.last_seen"))
        if model.handler:
            draw_figure(canvas, self.assets, "berlin_handler", model.handler, math.pi / 2, False, 0, offset,
                        tint=NIGHT_FIGURES)


def _draw_last_seen(canvas, assets, where, heading: float, offset, label: str) -> None:
    """Where the courier was last seen: a ring, an arrow the way his route goes on, the words
    "last seen"; an arrow at the screen's edge when that is off the screen."""
    x, y = screen_point(where, offset)
    if draw_edge_arrow(canvas, assets, (x, y), ACCENT, label):
        return
    pygame.draw.circle(canvas, (20, 20, 26), (x, y + 1), 6, 1)
    pygame.draw.circle(canvas, ACCENT, (x, y), 6, 1)
    ux, uy = math.cos(heading), math.sin(heading)
    start, end = (x + ux * 8, y + uy * 8), (x + ux * 20, y + uy * 20)
    pygame.draw.line(canvas, ACCENT, start, end, 2)
    head = [(end[0] + ux * 4, end[1] + uy * 4), (end[0] - uy * 4, end[1] + ux * 4), (end[0] + uy * 4, end[1] - ux * 4)]
    pygame.draw.polygon(canvas, ACCENT, head)
    font = assets.font()
    font.draw(canvas, label, (x, y - 8 - font.line_height), ACCENT, shadow=hud.SHADOW, align="center")
