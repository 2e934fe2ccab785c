"""The ending under the stars: her insight, the stars traced together, the last words, credits.

Phases, in order:
  talk   - the `ending` knot: back on the bench, Sophie's insight, her hand in his;
           Ink names the ending (`ending_id`).
  trace  - they talk into the night: the player moves a star-pointer across the sky and
           traces constellations with Sophie (each plays `stars_<id>`); Back goes on.
  last   - `ending_<id>`: the last lines and the epilogue.
  then the ending is announced (ENDING: <id>) and the credits roll over the same sky.
"""

from __future__ import annotations

from game.core.input import InputFrame, Intent
from game.core.scenes import Scene
from game.render import starlit_view
from game.render.sky_cache import skies_of

SKY_HEIGHT = 200  # the canvas above the garden's silhouette
POINTER_SPEED = 90.0  # pixels per second
TRACE_REACH = 14  # how near a constellation's lines the pointer must be to trace it
FADE_SECONDS = 1.5


class StarlitScene(Scene):
    kind = "starlit"

    def __init__(self, ctx, chapter_id: str = "ending", seed: int | None = None):
        super().__init__(ctx)
        self.chapter = ctx.session.chapters[chapter_id]
        seed = ctx.seed_for("ending_sky", 1989) if seed is None else seed
        self.sky = skies_of(ctx.assets).sky(seed, 480, SKY_HEIGHT, reduced_flashing=ctx.settings.reduced_flashing)
        self.phase = "arrive"
        self.time = 0.0
        self.pointer = [240.0, 90.0]
        self.traced: list[str] = []
        self.view = None
        self.before = None  # the evening as the chapter began: a save made under the stars goes back to it

    def snapshot(self) -> dict:
        """(Its sky is drawn from the run's seed, already in the state.)"""
        return {"scene": "starlit", "chapter": self.chapter.id, "phase": self.phase, "time": self.time,
                "pointer": list(self.pointer), "traced": list(self.traced),
                "before": self.before.snapshot() if self.before is not None else None}

    @property
    def constellations(self) -> dict[str, tuple[float, float]]:
        """Each constellation that can be traced, and the centre of its figure."""
        return {figure: self.sky.constellation_centre(figure) for figure in self.sky.constellation_ids}

    def near(self) -> str | None:
        """The constellation whose figure passes under the pointer, if any."""
        return self.sky.nearest_constellation(self.pointer[0], self.pointer[1], max_distance=TRACE_REACH)

    def enter(self) -> None:
        session = self.ctx.session
        session.chapter = self.chapter.id
        self.before = session.whereabouts.chapter_began = session.checkpoint()
        self.ctx.announce(f"CHAPTER: {self.chapter.id}")
        self.ctx.audio.ambience("crickets")
        self.ctx.nav.autosave()

    def resume(self) -> None:
        session = self.ctx.session
        session.take_deferred()  # nothing moves us from the bench now
        if self.phase == "talk" and session.story.get("ending_id"):
            self.phase = "trace"
        elif self.phase == "trace" and len(self.traced) == len(self.constellations):
            self._last_words()
        elif self.phase == "last":
            self._finish()

    def _last_words(self) -> None:
        self.phase = "last"
        self.ctx.audio.music("motif_ending")
        self.ctx.nav.dialogue(f"ending_{self.ctx.session.story.get('ending_id')}")

    def _finish(self) -> None:
        session = self.ctx.session
        ending_id = str(session.story.get("ending_id"))
        session.ended = True
        self.ctx.announce(f"ENDING: {ending_id}")
        self.ctx.nav.autosave()  # the evening is over: Continue must not tell its ending again
        self.phase = "credits"
        self.ctx.nav.credits(ending_id, self.sky)

    def update(self, frame: InputFrame, dt: float) -> None:
        self.time += dt
        if self.phase == "arrive":
            if self.time >= FADE_SECONDS:
                self.phase = "talk"
                self.ctx.nav.dialogue(self.chapter.intro)
            return
        if self.phase != "trace":
            return
        if Intent.PAUSE in frame.pressed:  # Esc pauses here as everywhere, though it is also Back ("go on")
            self.ctx.nav.pause()
            return
        dx, dy = frame.move_vector()
        self.pointer[0] = min(472.0, max(8.0, self.pointer[0] + dx * POINTER_SPEED * dt))
        self.pointer[1] = min(SKY_HEIGHT - 8.0, max(8.0, self.pointer[1] + dy * POINTER_SPEED * dt))
        if Intent.INTERACT in frame.pressed:
            name = self.near()
            if name and name not in self.traced:
                self.traced.append(name)
                self.ctx.nav.dialogue(f"stars_{name}")
        elif Intent.BACK in frame.pressed and self.traced:
            self._last_words()

    @property
    def covers_canvas(self) -> bool:
        return True  # the sky and the ground below it paint every pixel

    def draw(self, canvas, alpha: float) -> None:
        if not self.ctx.can_draw:
            return
        if self.view is None:
            self.view = starlit_view.StarlitView(self.ctx.assets, self.sky, canvas.get_size())
        self.view.draw(canvas, self, self.ctx.clock.seconds)
        # the words go at the bottom, over the hills and the bench: at the top they hid the very
        # stars being traced (Cygnus's head, the cursor); while they speak, nothing is traced
        self.ctx.mail.player_screen_y = None
