"""The tail: follow the courier through the streets to his handler (maps/berlin_tail.tmx).

The map's `courier_route` polyline is his walk (its `sprite` is his sheet), `place` role=handler
is whom he meets, `cover` rectangles hide, `light` points light the street, the collision grid
is the walls.
Move with the direction intents; Interact hides in cover (until he moves).
"""

from __future__ import annotations

from game.core.input import InputFrame
from game.minigames.tail import Tail
from game.scenes.minigames.on_foot import OnFootScene, objects_of, place, place_point, spawn_point


class TailScene(OnFootScene):
    game_id = "tail"
    title = "The tail"
    map_name = "berlin_tail"

    def build_model(self) -> Tail:
        routes = objects_of(self.map, "courier_route")
        if not routes:
            from game.content.errors import ContentError

            raise ContentError(self.map.display_path(), None, "the tail needs a courier_route polyline")
        self.courier_sprite = routes[0].props.get("sprite") or "berlin_courier"  # his sheet, from the map
        handler = place(self.map, "handler")
        return Tail(routes[0].points, self.walls, self.cover, self.lights, seed=self.seed, assist=self.assist,
                    start=spawn_point(self.map), handler=place_point(handler) if handler else None)

    def intro_lines(self) -> list[str]:
        return ["Follow the courier to the man he meets. Don't lose him.",
                "His cone is what he sees; light, nearness and walking make it worse.",
                "A '?' means he is checking: get out of sight before the '!'.",
                "Interact hides you in a doorway or behind a kiosk."]

    def play(self, frame: InputFrame, dt: float) -> None:
        self.walk(frame, dt)
        if self.hide_pressed(frame):
            self.model.hide()
        self.model.update(dt, view_rect=self.view_rect)
        self.after_update(dt)

    def failure_lines(self) -> list[str]:
        reason = self.model.reason
        if reason == "made":
            return self.made_by_lines("the courier")
        if reason == "lost_him":
            return ["You lost him. His last known position is marked on the map;",
                    "stay within sight of him, further back when he slows or stops."]
        return ["You missed the meeting: you were not close enough to see",
                "whom he met. Keep within sight of him to the end."]

    def success_lines(self) -> list[str]:
        lines = ["You saw him meet his handler."]
        lines.append("He never suspected a thing." if self.clean else "He had his doubts, but you held on.")
        return lines

    def story_results(self, result: str) -> dict:
        return self.clean_bonus(result)
