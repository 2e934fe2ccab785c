"""Drawing the dead drop: the churchyard on foot (game/berlin/on_foot/view.py), with the drop and,
once the swap is made, the way out."""

from __future__ import annotations

import math

import pygame

from game.berlin.cards import GOOD, SODIUM
from game.berlin.on_foot.view import OnFootView, draw_edge_arrow, screen_point


class DeadDropView(OnFootView):
    def draw_places(self, canvas: pygame.Surface, scene, offset) -> None:
        """The drop (a ring, and the swap's progress round it) until the swap; then the way out.
        Whichever is off the screen has an arrow at the edge pointing to it."""
        assets, model = self.assets, scene.model
        dx, dy = screen_point(model.drop, offset)
        colour = GOOD if model.swapped else SODIUM
        pygame.draw.circle(canvas, colour, (dx, dy), 5, 1)
        if not model.swapped:
            if model.progress > 0:
                pygame.draw.arc(canvas, GOOD, (dx - 9, dy - 9, 18, 18), 0, 2 * math.pi * model.swap_fraction, 2)
            draw_edge_arrow(canvas, assets, (dx, dy), SODIUM, scene.t("deaddrop.marker_drop"))
            return
        ex, ey, ew, eh = model.exit_zone
        way_out = pygame.Rect(round(ex + offset[0]), round(ey + offset[1]), round(ew), round(eh))
        pygame.draw.rect(canvas, GOOD, way_out, 1)
        draw_edge_arrow(canvas, assets, way_out.center, GOOD, scene.t("deaddrop.marker_exit"))
