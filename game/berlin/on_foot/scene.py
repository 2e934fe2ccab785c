"""What the tail and the dead drop share: a Berlin map read for the model (walls from the
collision grid, cover, lights, routes, places), walking and hiding by intents, and the words of
the line under the meter. The model keeps the player's screen and says who watches him; the
view (game/berlin/on_foot/view.py) draws them.
"""

from __future__ import annotations

import math

from game.berlin.scene import MinigameScene
from game.content.maps import MapData, load_map
from game.core.input import InputFrame, Intent
from game.core.watch import FileWatch
from game.minigames.vision import Light, rects_from_grid


def map_walls(data: MapData) -> list:
    """Walls as rectangles fitting the art: whole blocked cells merged, and the collision shapes of
    the cells blocked only in part (a lamp post's stem, a gravestone)."""
    whole = bytearray(data.blocked)
    for index in data.blocked_parts:
        whole[index] = 0
    parts = [rect for rects in data.blocked_parts.values() for rect in rects]
    return rects_from_grid(whole, data.width, data.height, data.tile_w) + parts


def objects_of(data: MapData, kind: str) -> list:
    return [spec for spec in data.objects if spec.kind == kind]


def map_cover(data: MapData) -> list:
    return [(spec.x, spec.y, spec.w, spec.h) for spec in objects_of(data, "cover")]


def map_lights(data: MapData) -> list:
    return [Light(spec.x, spec.y, float(spec.props.get("radius", 48))) for spec in objects_of(data, "light")]


def place_point(spec) -> tuple[float, float]:
    """A place's spot: a point object's position, or a rectangle's centre."""
    return (spec.x + spec.w / 2, spec.y + spec.h / 2)


def place(data: MapData, role: str):
    for spec in objects_of(data, "place"):
        if spec.props.get("role") == role:
            return spec
    return None


def spawn_point(data: MapData):
    spec = data.spawns.get("default")
    return spec.feet if spec is not None else None


def _map_read_ahead(ctx, map_name):
    """The map read ahead (OnFootScene.read_ahead), taken; None if it was not, or a file of it has
    changed since (a map maker saved it in Tiled)."""
    read = ctx.ahead.pop(("map", map_name, ctx.can_draw), None)
    if read is None or read[1].changed():
        return None
    return read[0]


class OnFootScene(MinigameScene):
    """`map_name`: the game's map (a map name in maps/, or a Path); its own by default."""

    map_name = ""

    def __init__(self, ctx, game, seed: int, map_name=None):
        super().__init__(ctx, game, seed)
        self.map_name = map_name or self.map_name
        self.map = _map_read_ahead(ctx, self.map_name) or load_map(self.map_name, images=ctx.can_draw)
        self.walls = map_walls(self.map)
        self.cover = map_cover(self.map)
        self.lights = map_lights(self.map)
        self.model = self.build_model()
        self.clean = True
        self.last_seen_by: list[str] = []
        self.moving = False
        self.walked = 0.0
        self.heading = math.pi / 2  # where he last walked (for his sprite)

    @classmethod
    def read_ahead(cls, ctx) -> None:
        """Its map (~10 ms to read, with its tiles' pictures when the run draws)."""
        map_data = load_map(cls.map_name, images=ctx.can_draw)
        ctx.ahead[("map", cls.map_name, ctx.can_draw)] = (map_data, FileWatch(map_data.sources))

    def snapshot(self) -> dict:
        """(Walls, cover and lights come from the map; the player's screen is the model's.)"""
        return {**super().snapshot(), "map": self.map.display_path(), "clean": self.clean,
                "last_seen_by": list(self.last_seen_by), "moving": self.moving, "walked": self.walked,
                "heading": self.heading}

    def build_model(self):
        raise NotImplementedError

    @property
    def watcher_sheets(self) -> dict[str, str]:
        """Each watcher's sprite sheet, by his name, as the map gives it."""
        return {}

    @property
    def camera(self):
        """What the player's screen shows: the model's (the game's rules play by it)."""
        return self.model.screen

    def reset_view(self) -> None:
        self.clean = True
        self.last_seen_by = []

    def walk(self, frame: InputFrame, dt: float) -> None:
        """Move by the move vector (a stick's tilt walks slower)."""
        mx, my = frame.move_vector()
        amount = min(1.0, math.hypot(mx, my))
        before = self.model.player
        if amount > 0:
            self.model.move(mx, my, dt * amount)
        self.moving = self.model.player != before
        if self.moving:
            self.heading = math.atan2(self.model.player[1] - before[1], self.model.player[0] - before[0])
            self.walked += math.hypot(self.model.player[0] - before[0], self.model.player[1] - before[1])

    def after_update(self, dt: float) -> None:
        if self.model.seen_by:
            self.last_seen_by = list(self.model.seen_by)
        if self.model.suspicion.state != "calm":
            self.clean = False

    def clean_bonus(self, result: str) -> dict:
        """berlin_clean goes up by one for a clean win (never a '?')."""
        if result != "won" or not self.clean or self.ctx.session is None:
            return {}
        try:
            before = int(self.ctx.session.story.get("berlin_clean") or 0)
        except Exception:
            before = 0
        return {"berlin_clean": before + 1}

    def made_by_lines(self, who: list[str]) -> list[str]:
        """Who saw him (names as shown), and how not to be seen."""
        made = self.t("on_foot.made_one" if len(who) == 1 else "on_foot.made_many", who=self.joined(who))
        return [made, self.t("on_foot.made_hint_1"), self.t("on_foot.made_hint_2")]

    @staticmethod
    def hide_pressed(frame: InputFrame) -> bool:
        return Intent.INTERACT in frame.pressed

    # -- the line under the meter ------------------------------------------------------
    def status(self) -> str:
        """What to do now."""
        return ""

    def action_hint(self):
        """The game's own key hint here, (intent, words), over hiding's; None."""
        return None

    def hud_words(self) -> tuple[str, list]:
        """What to do now (the status line) and what the keys do here (the hints)."""
        status, action = self.status(), self.action_hint()
        if action is not None:
            return status, [action]
        if self.model.hidden:
            return status + "  " + self.t("on_foot.hidden"), []
        if self.model.in_cover:
            return status, [(Intent.INTERACT, self.t("on_foot.hint_hide"))]
        return status, []
