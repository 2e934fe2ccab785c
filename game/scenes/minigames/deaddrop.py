"""The dead drop: make the swap under the patrols' eyes, then get out
(maps/berlin_churchyard.tmx).

`patrol` polylines are the guards (their `sprite` is the guard's sheet), `place` role=drop is the
loose brick, role=exit the way out, `cover` hides, `light` lights; the player starts at the
`default` spawn. Interact hides in cover; held at the drop, it makes the swap.
"""

from __future__ import annotations

import math

from game.core.input import InputFrame, Intent
from game.minigames.deaddrop import DeadDrop, PatrolSpec
from game.minigames.vision import in_cover
from game.scenes.minigames.on_foot import OnFootScene, objects_of, place, place_point, spawn_point


class DeadDropScene(OnFootScene):
    game_id = "deaddrop"
    title = "The dead drop"
    map_name = "berlin_churchyard"

    def build_model(self) -> DeadDrop:
        from game.content.errors import ContentError

        shown = self.map.display_path()
        patrols = [PatrolSpec(route=list(spec.points), mode=spec.props["mode"], speed=spec.props["speed"],
                              fov=math.radians(spec.props["fov"]), range=float(spec.props["range"]),
                              pause=spec.props["pause"], name=spec.name or f"guard {n + 1}")
                   for n, spec in enumerate(objects_of(self.map, "patrol"))]
        # each guard's sheet (the patrol's `sprite`), in the guards' order, for the view
        self.guard_sprites = [spec.props.get("sprite") or "berlin_guard" for spec in objects_of(self.map, "patrol")]
        drop, way_out = place(self.map, "drop"), place(self.map, "exit")
        if drop is None or way_out is None:
            raise ContentError(shown, None, "the dead drop needs a place with role 'drop' and one with role 'exit'")
        if way_out.w and way_out.h:
            exit_zone = (way_out.x, way_out.y, way_out.w, way_out.h)
        else:
            exit_zone = (way_out.x - 16, way_out.y - 16, 32.0, 32.0)
        start = spawn_point(self.map)
        if start is None:
            raise ContentError(shown, None, "the dead drop needs a 'default' spawn")
        return DeadDrop(patrols, place_point(drop), exit_zone, start, self.walls, self.cover, self.lights,
                        seed=self.seed, assist=self.assist)

    def intro_lines(self) -> list[str]:
        return ["Swap the film at the loose brick, then get out the way you came.",
                "Patrols walk their rounds: their cones show what they see.",
                "Hold Interact at the drop to make the swap; being seen interrupts it.",
                "Interact in cover hides you. A '?' over a guard means he is checking."]

    def play(self, frame: InputFrame, dt: float) -> None:
        self.walk(frame, dt)
        model = self.model
        holding = Intent.INTERACT in frame.held
        if model.at_drop and not model.swapped:
            model.act(holding)
        elif self.hide_pressed(frame) and in_cover(model.player, model.cover):
            model.hide()
        model.update(dt, view_rect=self.view_rect)
        self.after_update(dt)

    def failure_lines(self) -> list[str]:
        who = ", ".join(self.seen_names()) or "a patrol"
        return self.made_by_lines(who)

    def seen_names(self) -> list[str]:
        return list(dict.fromkeys(self.model.seen_by or self.last_seen_by))

    def success_lines(self) -> list[str]:
        return ["The film is in the wall and the envelope in your coat.",
                "Nobody saw a thing." if self.clean else "Someone wondered; nobody knew."]

    def story_results(self, result: str) -> dict:
        return self.clean_bonus(result)
