"""What a map sounds like as he walks it: its ambience (cicadas, crickets, the cellar's hush) and his
footsteps (gravel, stone), from the map's `ambience` / `footsteps` properties or, unset, its light."""

from __future__ import annotations

from game.world.components import Walker

STEP_EVERY = 14.0  # pixels walked between two footsteps
AMBIENCE_BY_LIGHT = {"afternoon": "cicadas", "dusk": "crickets", "night": "crickets", "interior": "cellar"}
FOOTSTEPS_BY_LIGHT = {"afternoon": "gravel", "dusk": "stone", "night": "gravel", "interior": "stone"}


class MapSounds:
    def __init__(self, audio):
        self.audio = audio
        self.footsteps = "stone"
        self.walked = 0.0  # how far he had walked at the last footstep

    def arrive(self, properties: dict, light: str) -> None:
        """A map loaded: its ambience starts, and his steps take its ground."""
        self.audio.ambience(properties.get("ambience") or AMBIENCE_BY_LIGHT.get(light))
        self.footsteps = properties.get("footsteps") or FOOTSTEPS_BY_LIGHT.get(light, "stone")
        self.walked = 0.0

    def step(self, level) -> None:
        """A footstep each STEP_EVERY pixels he walks."""
        walked = level.world.get(level.player, Walker).distance
        if walked - self.walked >= STEP_EVERY:
            self.walked = walked
            self.audio.step(self.footsteps)
