"""The context handed to every scene: the services a scene may use, and nothing global.

Two kinds of thing hang on it, kept apart: services (`ctx.assets`, `ctx.audio`, `ctx.settings`,
`ctx.saves`, `ctx.strings`, the evening being played `ctx.session`, navigation `ctx.nav`, …), and
`ctx.mail`, what scenes and the App leave each other from frame to frame (a notice for the
player, a quit asked for, the device used last, where the player was drawn). Scenes write mail
through `ctx.tell(...)` and `ctx.quit()`; none of it is the game's state (the STATE hash skips it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.content.strings import Strings
from game.core.audio import Audio
from game.core.scenes import SceneStack
from game.core.seeds import DEFAULT_SEED, seed_for
from game.core.settings import Settings

if TYPE_CHECKING:
    from game.core.nav import Navigator
    from game.core.saves import SaveStore
    from game.core.session import Session
    from game.render.assets import Assets

TICK_RATE = 60
TICK = 1.0 / TICK_RATE
CANVAS_SIZE = (480, 270)


@dataclass
class GameClock:
    """Game time: advances only with fixed update ticks, so it pauses and replays exactly."""

    ticks: int = 0

    @property
    def seconds(self) -> float:
        return self.ticks * TICK

    def milliseconds(self) -> float:
        return self.ticks * TICK * 1000.0


@dataclass
class Mail:
    """What scenes and the App leave each other between frames: read, written over, never saved."""

    # a message for the player (a corrupt save, a failed write, a map reloaded): see Context.tell
    notice: str | None = None
    notice_at: int = 0  # the tick it was told
    quit_requested: bool = False  # the window closed, or Quit chosen: the loop ends after this frame
    # "keyboard" or "gamepad": the device used last, so prompts show its buttons (the App writes it)
    input_device: str = "keyboard"
    # where on the canvas the player's feet were last drawn, so boxes can avoid covering him
    player_screen_y: int | None = None
    # a map was loaded this frame (behind a still picture): the App does not make the game catch up the
    # time it took, so what comes next (a fade in) starts from its first frame
    loaded: bool = False


@dataclass
class Context:
    scenes: SceneStack = field(default_factory=SceneStack)
    # going somewhere by name: the pause menu, a chapter, the title (game/core/nav.py); a context
    # made by game.scenes.new_context (or the App) has it
    nav: Navigator | None = None
    # None when running logic only, with no display at all: scenes then draw nothing
    assets: Assets | None = None
    clock: GameClock = field(default_factory=GameClock)
    settings: Settings = field(default_factory=Settings)
    # sound: silent unless the App starts the mixer (logic-only runs make no noise)
    audio: Audio = field(default_factory=lambda: Audio.silent("logic only", report=lambda message: None))
    # the game's own words in the player's language (the story's are in Ink)
    strings: Strings = field(default_factory=Strings)
    # the evening being played: story state, chapter, where he is (None at the title, and in bare map tests)
    session: Session | None = None
    # the save slot (None when this run keeps no saves, as in most tests)
    saves: SaveStore | None = None
    # the keyboard and gamepad reader, for rebinding keys (None in logic-only runs)
    input: object = None
    # the run's seed (--seed): every random thing in the simulation draws from it (game/core/seeds.py)
    seed: int = DEFAULT_SEED
    # where milestone lines (CHAPTER: …) go; the command line prints them
    announce: Callable[[str], None] = print
    # where a notice goes besides the window (the command line prints it on stderr)
    report: Callable[[str], None] = lambda message: None
    # called when a setting changes, to apply it at once and keep it (the App sets this)
    on_settings_changed: Callable[[], None] = lambda: None
    mail: Mail = field(default_factory=Mail)
    # what was made ahead of need, by key, each taken once by what needs it: a Berlin game's map, read as
    # its chapter's place loaded (behind a still picture) rather than on the frame the game starts
    ahead: dict = field(default_factory=dict)

    @property
    def can_draw(self) -> bool:
        return self.assets is not None

    @property
    def prompt_device(self) -> str:
        """Whose buttons prompts show: the device used last, unless the settings fix one."""
        return self.mail.input_device if self.settings.pad_prompts == "auto" else self.settings.pad_prompts

    def seed_for(self, name: str, default: int) -> int:
        """The seed for one system (`name`): its hand-picked `default` under the default run seed."""
        return seed_for(self.seed, name, default)

    def tell(self, message: str) -> None:
        """A message for the player: shown in the window for a few seconds (the title keeps it), and reported."""
        self.mail.notice, self.mail.notice_at = message, self.clock.ticks
        self.report(message)

    def quit(self) -> None:
        self.mail.quit_requested = True

    def settings_changed(self) -> None:
        self.on_settings_changed()

    def apply_language(self) -> None:
        """The menus and the story in the language of the settings, mid-evening if need be."""
        language = self.settings.language
        if self.strings.language != language:
            self.strings = Strings(language)
        if self.session is not None:
            self.session.change_language(language)
