"""The tail: follow the courier through the streets to his handler (maps/berlin_tail.tmx).

The map's `courier_route` polyline is his walk (its `sprite` is his sheet), `place` role=handler
is whom he meets, `cover` rectangles hide, `light` points light the street, the collision grid
is the walls.
Move with the direction intents; Interact hides in cover (until he moves).
"""

from __future__ import annotations

from game.berlin.on_foot.scene import OnFootScene, objects_of, place, place_point, spawn_point
from game.berlin.tail.model import Tail
from game.content.errors import ContentError
from game.core.input import InputFrame


class TailScene(OnFootScene):
    map_name = "berlin_tail"

    def build_model(self) -> Tail:
        routes = objects_of(self.map, "courier_route")
        if not routes:
            raise ContentError(self.map.display_path(), None, "the tail needs a courier_route polyline")
        self.courier_sprite = routes[0].props.get("sprite") or "berlin_courier"  # his sheet, from the map
        handler = place(self.map, "handler")
        return Tail(routes[0].points, self.walls, self.cover, self.lights, seed=self.seed, assist=self.assist,
                    start=spawn_point(self.map), handler=place_point(handler) if handler else None,
                    map_size=self.map.pixel_size)

    @property
    def watcher_sheets(self) -> dict[str, str]:
        return {"courier": self.courier_sprite}

    def intro_lines(self) -> list[str]:
        return [self.t("tail.intro_follow"), self.t("tail.intro_cone"), self.t("tail.intro_check"),
                self.t("tail.intro_hide", **self.keys())]

    def play(self, frame: InputFrame, dt: float) -> None:
        self.walk(frame, dt)
        if self.hide_pressed(frame):
            self.model.hide()
        self.model.update(dt)
        self.after_update(dt)

    def status(self) -> str:
        model = self.model
        if model.lost_him:
            return self.t("tail.status_lost")
        if model.out_of_sight:
            return self.t("tail.status_out_of_sight")
        return self.t("tail.status_meeting" if model.courier_state == "meeting" else "tail.status_follow")

    def failure_lines(self) -> list[str]:
        reason = self.model.reason
        if reason == "made":
            return self.made_by_lines([self.t("tail.the_courier")])
        if reason == "lost_him":
            return [self.t("tail.lost_him_1"), self.t("tail.lost_him_2")]
        return [self.t("tail.missed_1"), self.t("tail.missed_2")]

    def success_lines(self) -> list[str]:
        return [self.t("tail.won"), self.t("tail.won_clean" if self.clean else "tail.won_doubts")]

    def story_results(self, result: str) -> dict:
        return self.clean_bonus(result)
