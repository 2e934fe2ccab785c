"""Walking a map: the level's logic, its view, and what happens at doors and triggers."""

from __future__ import annotations

import gc

from game import paths
from game.content.maps import load_map
from game.core.context import CANVAS_SIZE, Context
from game.core.input import InputFrame
from game.core.scenes import Scene
from game.scenes.message import MessageScene
from game.world.components import Interactable, Speech, Sprite
from game.world.events import DoorEntered, Interacted, TriggerFired
from game.world.level import Level

FADE_SECONDS = 0.3
TITLE_SECONDS = 3.0


class ExploreScene(Scene):
    def __init__(self, ctx: Context, map_name: str, spawn: str = "default", chapter: str | None = None):
        super().__init__(ctx)
        self.chapter = chapter
        self.level: Level | None = None
        self.view = None
        self._pending_door: DoorEntered | None = None
        self._fade = 1.0  # 1 = black; fades in on arrival
        self._title_time = 0.0
        self._load(map_name, spawn)

    def enter(self) -> None:
        if self.chapter:
            self.ctx.announce(f"CHAPTER: {self.chapter}")

    # -- loading ---------------------------------------------------------
    def _load(self, map_name: str, spawn: str) -> None:
        # a door names a map beside the one it is in, so maps in any folder link up
        maps_dir = self.level.map.path.parent if self.level else paths.MAPS
        map_data = load_map(map_name, images=self.ctx.can_draw, maps_dir=maps_dir)
        self.level = Level(map_data, spawn)
        if self.ctx.can_draw:
            from game.render.map_view import MapView

            self.view = MapView(map_data, self.ctx.assets, CANVAS_SIZE, self.ctx.clock.milliseconds)
            self.view.follow(self.level, 0.0, jump=True)
        self._title_time = 0.0
        # the map's objects live as long as the map: keep the collector from re-scanning them
        gc.collect()
        gc.freeze()

    @property
    def map_name(self) -> str:
        return self.level.map.name

    @property
    def transitioning(self) -> bool:
        return self._pending_door is not None or self._fade > 0.0

    # -- the tick ----------------------------------------------------------
    def update(self, frame: InputFrame, dt: float) -> None:
        self._title_time += dt
        if self._pending_door is not None:
            self._fade = min(1.0, self._fade + dt / FADE_SECONDS)
            if self._fade >= 1.0:
                door, self._pending_door = self._pending_door, None
                self._load(door.target_map, door.target_spawn)
            return
        if self._fade > 0.0:
            self._fade = max(0.0, self._fade - dt / FADE_SECONDS)

        for event in self.level.update(frame, dt):
            if isinstance(event, DoorEntered):
                self._pending_door = event
            elif isinstance(event, (TriggerFired, Interacted)):
                self._say(event.entity)
        if self.view is not None:
            self.view.follow(self.level, dt)

    def _say(self, entity: int) -> None:
        world = self.level.world
        speech = world.find(entity, Speech)
        if speech is None:
            return
        sprite = world.find(entity, Sprite)  # a character's portrait shares its sprite's name
        self.ctx.scenes.push(MessageScene(self.ctx, speech.speaker, speech.text, sprite.sheet if sprite else None))

    # -- what he can use -------------------------------------------------
    def prompt(self) -> str | None:
        """The verb shown for what the player faces ('Look', 'Talk', …), or None."""
        if self.level.focus is None or self.transitioning:
            return None
        interactable = self.level.world.find(self.level.focus, Interactable)
        return interactable.prompt if interactable else None

    def draw(self, canvas, alpha: float) -> None:
        if self.view is None:
            return
        from game.render import hud

        offset = self.view.draw(canvas, self.level, alpha)
        verb = self.prompt()
        if verb and self.ctx.scenes.top is self:
            hud.draw_prompt(canvas, self.ctx.assets, self.level, offset, verb, self.ctx.input_device)
        title = self.level.map.properties.get("title")
        if title and self._title_time < TITLE_SECONDS:
            hud.draw_title_card(canvas, self.ctx.assets, title, self._title_time / TITLE_SECONDS)
        if self._fade > 0.0:
            hud.fade(canvas, self._fade)
