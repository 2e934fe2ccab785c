"""What the Berlin surveillance games share: the "How it works" card shown first, the result
card (Continue after a win; Retry / Give up after a loss), assist from the settings, drawing
through the game's view, and finishing (the result into the session and Ink, the MINIGAME line,
the pop).

A game's scene subclasses MinigameScene, is made with its record (`game`, game/berlin/record.py)
and its seed, makes its pure-logic `self.model` (it has `assist`, `reset()` and `outcome`: None,
"won" or "lost") and fills in: `intro_lines()`, `reset_view()` (what the scene shows of an
attempt, back to its start), `play(frame, dt)`, `failure_lines()` (what went wrong) and
`story_results(result)` (the Ink variables to set: among the record's `sets`). Its record's view
draws the game under the cards.
"""

from __future__ import annotations

from game.berlin import cards
from game.core.input import InputFrame, Intent
from game.core.key_labels import key_label
from game.core.scenes import Scene
from game.render.ahead import Ahead

# how long the "How it works" card is up before Interact begins the game: a press meant for the words
# before it (tapping through a conversation) does not skip it unread; meanwhile the game's view is
# made, a piece a frame (game/render/ahead.py), so the first frame of play does not stall
CARD_REST = 0.5


class MinigameScene(Scene):
    kind = "minigame"

    def __init__(self, ctx, game, seed: int):
        super().__init__(ctx)
        self.game = game  # its record: what the rest of the game knows of it
        self.seed = seed
        self.phase = "intro"  # "intro", "play", "result"
        self.view = None  # what drawing keeps between frames, made while the card is up (not state)
        self._view_ahead: Ahead | None = None
        self._card_drawn = False
        self.card_seconds = 0.0  # how long the "How it works" card has been up
        self.choices: list[str] = []
        self.cursor = 0
        self.attempts = 0
        self.finished = False
        self.result: str | None = None  # the result recorded when finishing

    @property
    def game_id(self) -> str:
        return self.game.id

    def snapshot(self) -> dict:
        """The card or the game under way, and the model's state; a game adds what its scene keeps."""
        return {"scene": "minigame", "game": self.game_id, "seed": self.seed, "phase": self.phase,
                "choices": list(self.choices), "cursor": self.cursor, "attempts": self.attempts,
                "finished": self.finished, "result": self.result, "card_seconds": self.card_seconds,
                "model": self.model.snapshot()}

    # -- what a game fills in ----------------------------------------------------
    @property
    def assist(self) -> bool:
        return bool(getattr(self.ctx.settings, "assist", False))

    def intro_lines(self) -> list[str]:
        return []

    def intro_note(self) -> list[str]:
        """A note from the handler, in character, shown on the card above how the game works:
        its heading, then its words (none by default)."""
        return []

    @classmethod
    def read_ahead(cls, ctx) -> None:
        """Read into ctx.ahead what the game would read as it starts and takes long (nothing by default)."""

    def new_attempt(self) -> None:
        """Start (or restart) the attempt: the model reset with the same seed, then the view."""
        self.model.assist = self.assist
        self.model.reset()
        self.reset_view()

    def reset_view(self) -> None:
        """What the scene itself shows of an attempt, back to its start."""

    @property
    def outcome(self) -> str | None:
        return self.model.outcome

    def play(self, frame: InputFrame, dt: float) -> None:
        pass

    def failure_lines(self) -> list[str]:
        return []

    def success_lines(self) -> list[str]:
        return []

    def story_results(self, result: str) -> dict:
        return {}

    @property
    def covers_canvas(self) -> bool:
        return True  # the intro's backdrop and each game's own picture paint the whole canvas

    # -- the flow ----------------------------------------------------------------
    def begin(self) -> None:
        self.attempts += 1
        self.phase = "play"
        self.new_attempt()

    def update(self, frame: InputFrame, dt: float) -> None:
        if self.finished:
            return
        pressed = frame.pressed
        if Intent.PAUSE in pressed:
            self.ctx.nav.pause()
            return
        if self.phase == "intro":
            self.card_seconds += dt
            if Intent.INTERACT in pressed and self.card_seconds >= CARD_REST - 1e-9:
                self.ctx.audio.play("ui_select")
                self.begin()
            return
        if self.phase == "play":
            self.play(frame, dt)
            if self.outcome is not None:
                self.phase = "result"
                self.cursor = 0
                self.choices = ["continue"] if self.outcome == "won" else ["retry", "give_up"]
                self.ctx.audio.play("ui_select" if self.outcome == "won" else "ui_back")
            return
        # the result card
        if Intent.UP in pressed:
            self.cursor = (self.cursor - 1) % len(self.choices)
            self.ctx.audio.play("ui_move")
        elif Intent.DOWN in pressed:
            self.cursor = (self.cursor + 1) % len(self.choices)
            self.ctx.audio.play("ui_move")
        elif Intent.INTERACT in pressed:
            choice = self.choices[self.cursor]
            self.ctx.audio.play("ui_select")
            if choice == "retry":
                self.begin()
            else:
                self.finish("won" if choice == "continue" else "lost")

    def finish(self, result: str) -> None:
        """Record the result, tell Ink, announce it and leave."""
        self.finished = True
        self.result = result
        session = self.ctx.session
        if session is not None:
            session.minigames[self.game_id] = result
            for name, value in self.ink_results(result).items():
                session.story.set(name, value)
        self.ctx.announce(f"MINIGAME: {self.game_id} {result}")
        self.ctx.scenes.pop()

    def ink_results(self, result: str) -> dict:
        """The Ink variables the end sets: the game's own, and its record's won_variable."""
        values = dict(self.story_results(result))
        if self.game.won_variable:
            values[self.game.won_variable] = result == "won"
        undeclared = sorted(set(values) - set(self.game.sets))
        if undeclared:
            raise ValueError(f"game '{self.game_id}' sets {', '.join(undeclared)}, not among its record's sets")
        return values

    # -- text for the cards --------------------------------------------------------
    def t(self, key: str, /, **values) -> str:
        """The player's words for `key` in the [minigames] strings (assets/strings/en.toml, translated),
        looked up each time, so a language changed in the pause menu shows at once."""
        return self.ctx.strings(f"minigames.{key}", **values)

    def word(self, table: str, name: str) -> str:
        """A word from the game's data ("flat cap", a guard's name) in the player's language, from
        the strings `table` ("looks.hat"); as written in the data if the table lacks it."""
        return self.ctx.strings.get(f"minigames.{table}.{name.replace(' ', '_')}", name)

    def keys(self) -> dict[str, str]:
        """The keys a card's text names ({interact}, {up}, ... {back}), as bound on the device used last."""
        return {intent.value: key_label(self.ctx, intent) for intent in
                (Intent.INTERACT, Intent.UP, Intent.DOWN, Intent.LEFT, Intent.RIGHT, Intent.BACK)}

    def look(self, person, short: bool = False) -> str:
        """A man's look in the player's language: "thin, grey coat, trilby" ("mince, manteau gris,
        feutre"); `short` leaves out the word coat ("thin, grey, trilby"), where the whole does not fit."""
        return self.t("looks.short" if short else "looks.description", build=self.word("looks.build", person.build),
                      coat=self.word("looks.coat", person.coat), hat=self.word("looks.hat", person.hat))

    def display_title(self) -> str:
        return self.t(f"{self.game_id}.title")

    def choice_label(self, choice: str) -> str:
        return self.t(choice)  # "continue", "retry" or "give_up"

    def result_title(self) -> str:
        return self.t("won" if self.outcome == "won" else "lost")

    def quoted(self, text: str) -> str:
        return self.t("quote", text=text)

    def joined(self, items: list[str]) -> str:
        """"a, b and c" in the player's language."""
        if len(items) < 2:
            return "".join(items)
        return ", ".join(items[:-1]) + f" {self.t('and')} " + items[-1]

    def result_lines(self) -> list[str]:
        return self.success_lines() if self.outcome == "won" else self.failure_lines()

    # -- drawing -------------------------------------------------------------------
    def _ahead(self, canvas) -> Ahead:
        """The game's view for `canvas` being made: in pieces if its view says how (a `made`
        generator), else at once."""
        if self._view_ahead is None:
            view = self.game.load("view")
            made = getattr(view, "made", None)
            self._view_ahead = Ahead(made(self, self.ctx.assets, canvas) if made else _at_once(view, self))
        return self._view_ahead

    def draw(self, canvas, alpha: float) -> None:
        if not self.ctx.can_draw:
            return
        if self.phase == "intro":
            if self.view is None and self._card_drawn:  # (the card's first frame composes the card)
                ahead = self._ahead(canvas)
                ahead.step()  # before the card: a piece may lay a pixel on the canvas
                if ahead.done:
                    self.view = ahead.result()
            self._card_drawn = True
            cards.draw_backdrop(canvas, self.ctx.clock.seconds)
            cards.draw_card(canvas, self.ctx.assets, self.display_title(),
                            [self.t("how_it_works")] + self.intro_lines(),
                            footer=self.t("begin", key=key_label(self.ctx, Intent.INTERACT)), note=self.intro_note())
            return
        if self.view is None:
            self.view = self._ahead(canvas).result()
        self.view.draw(canvas, self, alpha)
        if self.phase == "result":
            cards.draw_card(canvas, self.ctx.assets, self.result_title(), self.result_lines(),
                            choices=[self.choice_label(c) for c in self.choices], cursor=self.cursor,
                            dim=True)


def _at_once(view, scene):
    """A view made in one piece (a game whose view is quick to make)."""
    return view(scene, scene.ctx.assets)
    yield  # a generator, as Ahead takes
