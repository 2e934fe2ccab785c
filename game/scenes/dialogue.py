"""The dialogue box: an Ink knot played line by line, with choices.

Text types out (Interact shows the rest at once, then goes on); choices are
picked with up/down and Interact, by keyboard or gamepad alike.
"""

from __future__ import annotations

from game.content.story import Choice, Line
from game.core.input import InputFrame, Intent
from game.core.scenes import Scene
from game.render import dialogue_box

TICK_EVERY = 3  # characters typed between two soft ticks
# choices take no input for this long after they appear: a player reading on with Interact must
# not pick the first one with the press after the one that finished the line
CHOICE_DELAY = 0.3


class DialogueScene(Scene):
    kind = "dialogue"
    opaque = False

    def __init__(self, ctx, knot: str):
        super().__init__(ctx)
        self.knot = knot
        self.session = ctx.session
        self.line: Line | None = None
        self.choices: list[Choice] = []
        self.cursor = 0
        self.shown = 0.0
        self.finished = False
        self._choices_shown = 0.0  # seconds the choices on offer have been shown
        self.language = self.session.translations.language  # what the line and choices are told in
        # the evening before this conversation: quitting during it saves this, and Continue tells it again
        self.before = None

    def enter(self) -> None:
        self.before = self.session.checkpoint()
        where = self.session.whereabouts
        if where.conversation is None:  # what a save keeps while it is told
            where.conversation, where.before_conversation = self.knot, self.before
        self.session.story.start(self.knot)
        self._advance()

    def exit(self) -> None:
        where = self.session.whereabouts
        if where.before_conversation is self.before:
            where.conversation, where.before_conversation = None, None

    def snapshot(self) -> dict:
        line = self.line
        return {"scene": "dialogue", "knot": self.knot,
                "line": [line.speaker, line.mood, line.text] if line is not None else None,
                "choices": [[choice.index, choice.text] for choice in self.choices], "cursor": self.cursor,
                "shown": self.shown, "finished": self.finished, "choices_shown": self._choices_shown,
                "before": self.before.snapshot() if self.before is not None else None}

    # -- the story ----------------------------------------------------------
    def _advance(self) -> None:
        story = self.session.story
        item = story.next()
        self.session.carry_out(story.take_actions())
        for sound in self.session.take_sounds():  # the story's play_sound, at the line it belongs to
            self.ctx.audio.cue(sound)
        if isinstance(item, Line):
            self.line, self.choices, self.shown = item, [], 0.0
        elif item:
            self.choices, self.cursor = item, 0
            self._choices_shown = 0.0
            self.shown = float(len(self.line.text)) if self.line else 0.0
        else:
            self.finished = True
            self.ctx.scenes.pop()

    def _tell_again(self) -> None:
        """The language changed (the pause menu): the same line and choices, in the new one."""
        story = self.session.story
        self.language = self.session.translations.language
        if self.line is not None:
            typed_all = self.shown >= len(self.line.text)
            self.line = story.retell(self.line)
            self.shown = float(len(self.line.text)) if typed_all else min(self.shown, len(self.line.text))
        self.choices = [story.retell(choice) for choice in self.choices]

    @property
    def typing(self) -> bool:
        return self.line is not None and self.shown < len(self.line.text) and not self.choices

    @property
    def accepts_choice(self) -> bool:
        """Choices are on offer and have been long enough (CHOICE_DELAY) to be read."""
        return bool(self.choices) and self._choices_shown >= CHOICE_DELAY - 1e-9

    def update(self, frame: InputFrame, dt: float) -> None:
        if self.finished:
            return
        if self.language != self.session.translations.language:
            self._tell_again()
        pressed = frame.pressed
        if Intent.PAUSE in pressed:  # Esc or Start pauses mid-conversation too
            self.ctx.nav.pause()
            return
        if self.typing:
            if Intent.INTERACT in pressed or Intent.BACK in pressed:
                self.shown = float(len(self.line.text))
            else:
                before = int(self.shown)
                self.shown += self.ctx.settings.text_speed * dt
                if int(self.shown) // TICK_EVERY != before // TICK_EVERY:
                    self.ctx.audio.play("text_tick", 0.35)
            return
        if self.choices:
            if not self.accepts_choice:
                self._choices_shown += dt
                return
            if Intent.UP in pressed:
                self.cursor = (self.cursor - 1) % len(self.choices)
            elif Intent.DOWN in pressed:
                self.cursor = (self.cursor + 1) % len(self.choices)
            elif Intent.INTERACT in pressed:
                self.session.story.choose(self.choices[self.cursor].index)
                self.line = None
                self._advance()
            return
        if Intent.INTERACT in pressed:
            self._advance()

    def draw(self, canvas, alpha: float) -> None:
        if not self.ctx.can_draw or self.line is None and not self.choices:
            return
        dialogue_box.draw(canvas, self.ctx.assets, self.session, self.line, int(self.shown), self.choices,
                          self.cursor, typing=self.typing, seconds=self.ctx.clock.seconds,
                          player_y=self.ctx.mail.player_screen_y,
                          choices_shown=self.ctx.scenes.top is self)  # a menu over it: they wait unseen
