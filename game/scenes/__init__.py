"""The game's scenes, by name: the navigation service (`ctx.nav`, game/core/nav.py) makes every scene
from this table, so no scene imports another; a scene's `kind` is the name it is made by.

`new_context(...)` is a Context whose navigation knows these scenes: the App's, and a logic-only
run's (tests, tools).
"""

from __future__ import annotations

from game.berlin import registry
from game.core.context import Context
from game.core.nav import Navigator
from game.scenes.credits import CreditsScene
from game.scenes.dialogue import DialogueScene
from game.scenes.explore import ExploreScene
from game.scenes.menu import ConfirmScene, controls_menu, pause_menu, settings_menu
from game.scenes.message import MessageScene
from game.scenes.starlit import StarlitScene
from game.scenes.title import TitleScene

SCENES = {
    "title": TitleScene,
    "explore": ExploreScene,  # walking a map (chapters.toml: scene = "explore")
    "starlit": StarlitScene,  # the ending under the stars (chapters.toml: scene = "starlit")
    "credits": CreditsScene,
    "dialogue": DialogueScene,
    "message": MessageScene,
    "pause": pause_menu,
    "settings": settings_menu,
    "controls": controls_menu,
    "confirm": ConfirmScene,
    "minigame": registry.scene_for,  # a Berlin game by its id (game/berlin/registry.py)
}


def new_context(**services) -> Context:
    """A Context (given `services`, as Context takes them) whose `nav` makes the scenes above."""
    ctx = Context(**services)
    ctx.nav = Navigator(ctx, SCENES, registry.ids(), registry.read_ahead)
    # the games' scenes (and drawing, if this run draws) load with the other scenes, so the first
    # game the story starts does not stall (~30 ms): the registry names them rather than importing them
    registry.import_games(ctx.can_draw)
    return ctx
