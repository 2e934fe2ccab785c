"""One Berlin game as the rest of the game knows it: a `Minigame` record.

Each game is a package, game/berlin/<id>/, of the same few modules:

    __init__.py   GAME = Minigame(...): this record
    model.py      its rules, pure logic (no pygame, no game.render, no game.scenes)
    scene.py      plays the model with the player's intents (a game/berlin/scene.py MinigameScene)
    view.py       draws the scene (pygame)
    players.py    a scripted winner and a careless player

The record names the classes in those modules rather than importing them, so that knowing the
games costs nothing: a part is imported when it is first asked for (`load`), and the drawing
never is in a run that does not draw.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

MODULE_OF = {"model": "model", "scene": "scene", "view": "view", "winner": "players", "careless": "players"}


@dataclass(frozen=True)
class Minigame:
    id: str  # as the story starts it: start_minigame("tail"); also its strings' table (minigames.tail)
    package: str  # where its modules are: the package's __name__
    model: str  # model.py: its rules (the model class)
    scene: str  # scene.py: Scene(ctx, game, seed), or Scene(ctx, game, seed, map_name=...) for a game on a map
    view: str  # view.py: View(scene, assets), view.draw(canvas, scene, alpha)
    winner: str  # players.py: a scripted player who wins it: Player(scene), player(ctx) -> InputFrame
    careless: str  # players.py: a scripted player who loses it: Player(scene, retry)
    sets: tuple[str, ...] = ()  # the Ink variables its end sets (the story declares them)
    won_variable: str = ""  # one of `sets`: set to whether it was won
    seed_name: str = "berlin"  # its seed is ctx.seed_for(seed_name): games with one name play one day
    chapter: str = "berlin"  # the chapter whose story starts it: what it can read ahead is read as it begins
    bench: str = ""  # what python -m game.bench's moment of it (berlin_<id>) shows
    bench_at_a_persons_pace: bool = False  # the bench plays it a move a second, not as fast as the winner can

    def __post_init__(self) -> None:
        if self.won_variable and self.won_variable not in self.sets:
            raise ValueError(f"game '{self.id}': its won_variable '{self.won_variable}' is not among what it sets")

    def load(self, part: str):
        """The class the record names for `part` ("model", "scene", "view", "winner", "careless"), imported now."""
        module = importlib.import_module(f"{self.package}.{MODULE_OF[part]}")
        return getattr(module, getattr(self, part))
