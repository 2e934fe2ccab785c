"""The dead drop: make the swap under the patrols' eyes, then get out
(maps/berlin_churchyard.tmx).

`patrol` polylines are the guards (their `sprite` is the guard's sheet), `place` role=drop is the
loose stone in the wall, role=exit the way out, `cover` hides, `light` lights; the player starts at the
`default` spawn. Interact hides in cover; held at the drop, it makes the swap.
"""

from __future__ import annotations

import math

from game.berlin.deaddrop.model import DeadDrop, PatrolSpec
from game.berlin.on_foot.scene import OnFootScene, objects_of, place, place_point, spawn_point
from game.content.errors import ContentError
from game.core.input import InputFrame, Intent


class DeadDropScene(OnFootScene):
    map_name = "berlin_churchyard"

    def build_model(self) -> DeadDrop:
        shown = self.map.display_path()
        patrols = [PatrolSpec(route=list(spec.points), mode=spec.props["mode"], speed=spec.props["speed"],
                              fov=math.radians(spec.props["fov"]), range=float(spec.props["range"]),
                              pause=spec.props["pause"], name=spec.name or f"guard {n + 1}")
                   for n, spec in enumerate(objects_of(self.map, "patrol"))]
        # each guard's sheet (the patrol's `sprite`), by his name, for the view
        self.guard_sheets = {patrol.name: spec.props.get("sprite") or "berlin_guard"
                             for patrol, spec in zip(patrols, objects_of(self.map, "patrol"))}
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
                        seed=self.seed, assist=self.assist, map_size=self.map.pixel_size)

    @property
    def watcher_sheets(self) -> dict[str, str]:
        return self.guard_sheets

    def intro_lines(self) -> list[str]:
        keys = self.keys()
        return [self.t("deaddrop.intro_swap"), self.t("deaddrop.intro_patrols"),
                self.t("deaddrop.intro_hold", **keys), self.t("deaddrop.intro_hide", **keys)]

    def play(self, frame: InputFrame, dt: float) -> None:
        self.walk(frame, dt)
        model = self.model
        holding = Intent.INTERACT in frame.held
        if model.at_drop and not model.swapped:
            model.act(holding)
        elif self.hide_pressed(frame) and model.in_cover:
            model.hide()
        model.update(dt)
        self.after_update(dt)

    def status(self) -> str:
        model = self.model
        if model.interrupted:
            return self.t("deaddrop.status_seen")
        if model.swapped:
            return self.t("deaddrop.status_swapped")
        return self.t("deaddrop.status_at_drop" if model.at_drop else "deaddrop.status_reach")

    def action_hint(self):
        if self.model.at_drop and not self.model.swapped:
            return (Intent.INTERACT, self.t("deaddrop.hint_swap"))
        return None

    def failure_lines(self) -> list[str]:
        who = [self.watcher_name(name) for name in self.seen_names()] or [self.t("deaddrop.a_patrol")]
        return self.made_by_lines(who)

    def seen_names(self) -> list[str]:
        return list(dict.fromkeys(self.model.seen_by or self.last_seen_by))

    def watcher_name(self, name: str) -> str:
        """A patrol's name in the map ("warden") as the player reads it ("the warden", "le gardien")."""
        number = name.removeprefix("guard ")
        if number != name and number.isdigit():  # a patrol the map left unnamed
            return self.t("deaddrop.guard", number=number)
        return self.word("deaddrop.watchers", name)

    def success_lines(self) -> list[str]:
        return [self.t("deaddrop.won_swap"), self.t("deaddrop.won_clean" if self.clean else "deaddrop.won_doubts")]

    def story_results(self, result: str) -> dict:
        return self.clean_bonus(result)
