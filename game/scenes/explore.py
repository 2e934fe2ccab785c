"""Walking a map: the level's logic, its view, and what happens at doors, triggers and chapters.

Its parts have homes of their own: the fades, the memory effect and the title card
(transition.py), what a chapter's arrival does and what waits for him after it (arrival.py),
reading the map and reading it again (map_loading.py), its ambience and footsteps
(map_sounds.py). The story's scene-changing actions come here through the one table of Ink
actions (game/core/story_actions.py); every other scene is reached by name (`ctx.nav`).
"""

from __future__ import annotations

import dataclasses

from game.content.errors import ContentError
from game.core.context import Context
from game.core.input import MOVES, InputFrame, Intent
from game.core.memory import settle
from game.core.scenes import Scene
from game.core.story_actions import ACTIONS
from game.core.watch import FileWatch
from game.core.whereabouts import Destination
from game.render import hud, key_hints
from game.scenes.arrival import Arrival
from game.scenes.map_loading import build, read_again, read_map
from game.scenes.map_sounds import MapSounds
from game.scenes.transition import Transition, memory_between
from game.world.components import Dialogue, Named, Seat, Speech, Sprite
from game.world.events import DoorEntered, Interacted, TriggerFired
from game.world.level import Level

# after a box, a card or a menu closes, Interact uses nothing for this long: the press that closed
# it, or one more out of habit, must not open the same thing again
INTERACT_REST = 0.25


class ExploreScene(Scene):
    kind = "explore"

    def __init__(self, ctx: Context, map_name, spawn: str = "default", chapter: str | None = None, restore=None):
        """`map_name`: a map's name (in maps/) or a Path; `restore`, a SaveData, puts him back where a
        saved game left him."""
        super().__init__(ctx)
        self._restore = restore
        self.chapter: str | None = None
        self.level: Level | None = None
        self.view = None
        self.transition = Transition()
        self.arrival = Arrival()
        self.sounds = MapSounds(ctx.audio)
        self._light: str | None = None
        self._minigame: str | None = None  # the surveillance game under way, if any
        self._watch: FileWatch | None = None  # the files the map was read from, for reloading on save
        self._first = Destination(map_name, spawn, chapter)
        self._since_resumed = INTERACT_REST  # seconds since a box, card or menu over the map closed
        # what was held as he went through a door: ignored until let go, so holding Up out of the
        # cellar does not walk him straight back in
        self._held_through_door: frozenset = frozenset()
        self._stick_through_door = False

    def enter(self) -> None:
        if self._restore is not None:
            self.transition.memory = self._memory_between(None, self._restore.chapter)
            self._continue(self._restore)
        else:
            self.transition.memory = self._memory_between(None, self._first.chapter)
            self._arrive(self._first)

    def _continue(self, save) -> None:
        """Back where the saved game left him: same chapter, map, place, and story."""
        chapter = self.ctx.session.chapters[save.chapter]
        self.chapter = chapter.id
        self._light = chapter.light
        self._load(read_map(self.ctx, save.map), "default")
        self.ctx.nav.read_ahead(chapter.id)
        self.level.set_player_position(save.x, save.y, save.facing)
        if self.view is not None:
            self.view.follow(self.level, 0.0, jump=True)
        self.transition.arrive(self.ctx.clock.seconds, self.ctx.strings(f"chapters.{chapter.id}"))
        self.arrival.taken_up(chapter, save)
        self._tell_session()

    def snapshot(self) -> dict:
        transition, going_to = self.transition, self.transition.going_to
        return {"scene": "explore", "chapter": self.chapter, "light": self._light,
                "level": self.level.snapshot() if self.level is not None else None,
                "going_to": dataclasses.asdict(going_to) if going_to is not None else None,
                "fade": transition.fade, "memory": transition.memory, "arrived_at": transition.arrived_at,
                "card": transition.card, "intro": self.arrival.next_words, "minigame": self._minigame,
                "game_to_resume": self.arrival.game_to_resume, "since_resumed": self._since_resumed,
                "walked": self.sounds.walked,
                "held_through_door": sorted(intent.value for intent in self._held_through_door),
                "stick_through_door": self._stick_through_door}

    # -- arriving somewhere -------------------------------------------------
    def _arrive(self, destination: Destination) -> None:
        """Arrive at a map (starting a chapter, if the move does). A map that cannot be loaded leaves
        him where he was, in the chapter he was in, with the error on screen; nothing is saved."""
        chapter = None
        if destination.chapter:
            chapter = self.ctx.session.chapters[destination.chapter]
            if chapter.scene != "explore":  # a chapter played elsewhere than on a map
                self.ctx.nav.chapter(chapter.id)
                return
        try:
            map_data = read_map(self.ctx, destination.map, beside=self.level.map if self.level else None)
        except ContentError as error:
            if self.level is None:  # nowhere to stay: the run cannot start
                raise
            self.ctx.tell(f"{destination.via or 'The way'} cannot be taken: {error}")
            self.transition.stay()  # back in, where he stood
            self._tell_session()
            return
        if destination.spawn not in map_data.spawns:
            self.ctx.tell(f"{destination.via or 'The way'}: map '{destination.map}' has no spawn "
                          f"'{destination.spawn}', so he arrives at 'default'")
        if chapter:
            self.chapter = chapter.id
            self.ctx.session.chapter = chapter.id
            self._light = chapter.light
        self._load(map_data, destination.spawn)
        if chapter:
            self.ctx.nav.read_ahead(chapter.id)
        if destination.through_door:
            self.level.step_away_from_door()
            if self.view is not None:
                self.view.follow(self.level, 0.0, jump=True)
        card = self.ctx.strings(f"chapters.{chapter.id}") if chapter else \
            self.ctx.strings.map_text(self.level.map.name, "", "title", self.level.map.properties.get("title", ""))
        self.transition.arrive(self.ctx.clock.seconds, card)
        self._tell_session()
        if chapter:
            self.arrival.chapter_began(self.ctx, chapter, self._tell_session)

    def _load(self, map_data, spawn: str) -> None:
        self.level, self.view = build(self.ctx, map_data, spawn, self._light)
        self._watch = FileWatch(map_data.sources)
        self.sounds.arrive(map_data.properties, self.light)
        # the map's objects live as long as the map: keep the collector from re-scanning them
        settle(freeze=True)
        self.ctx.mail.loaded = True

    def reload(self) -> bool:
        """F5: read this map, its tilesets and the compiled story again from disk, keeping him where he stands.

        He goes back to the map's default spawn if where he stood is now a wall. If
        anything fails to load, the old content stays and the error becomes a notice
        on screen; False is returned.
        """
        try:
            self.level, self.view = read_again(self.ctx, self.level, self._light)
        except Exception as error:  # a ContentError, mostly: whatever it is, play on with the old content
            self.ctx.tell(f"Reload failed: {error}")
            return False
        self._watch = FileWatch(self.level.map.sources)
        self._tell_session()
        self.ctx.tell(f"Reloaded {self.level.map.display_path()}")
        return True

    def saved_in_tiled(self) -> bool:
        """Whether the map's files (the map, its tilesets and their pictures, its templates) were saved
        since last asked, once per save: the app then reloads the map as F5 does."""
        return self._watch is not None and self._watch.saved()

    @property
    def light(self) -> str:
        """The chapter's light, else the map's own."""
        return self._light or self.level.map.properties.get("light", "afternoon")

    def go_to(self, destination: Destination, frame: InputFrame | None = None) -> None:
        """Fade out, then arrive at the destination (another map, or a new chapter). `frame`, the
        input that walked him through a door: what it holds is ignored there until let go."""
        self.transition.leave(destination, self._memory_between(self.chapter, destination.chapter))
        if frame is not None:
            self._held_through_door = frame.held & MOVES
            self._stick_through_door = frame.stick != (0.0, 0.0)
        self._tell_session()

    def _memory_between(self, leaving: str | None, entering: str | None) -> str | None:
        if self.ctx.session is None:
            return None
        return memory_between(self.ctx.session.chapters, leaving, entering)

    @property
    def memory_transition(self) -> str | None:
        """The memory transition ("in" or "out") while it is what covers the picture, else None."""
        return self.transition.memory_shown

    @property
    def map_name(self) -> str:
        return self.level.map.name

    @property
    def transitioning(self) -> bool:
        return self.transition.covering

    def _tell_session(self) -> None:
        """Keep the session's whereabouts (what a save takes up) as they are here now."""
        session = self.ctx.session
        if session is None or self.level is None:
            return
        where, position = session.whereabouts, self.level.player_position
        where.map, where.folder = self.level.map.name, self.level.map.path.parent
        where.x, where.y, where.facing = position.x, position.y, self.level.player_facing
        where.going_to = self.transition.going_to
        where.next_words = self.arrival.next_words
        where.minigame = self.game_under_way

    # -- the story's actions, and the Berlin games (game/core/story_actions.py) --------------
    def resume(self) -> None:
        """Back from a dialogue: carry out what the story asked for at its end."""
        self._since_resumed = 0.0
        if self.ctx.session is None:
            return
        self.level.refresh_conditions()  # the story may have changed who is here
        if self._minigame is not None:
            if self.view is not None:  # the story may have moved him while the game was played
                self.view.follow(self.level, 0.0, jump=True)
            self._after_minigame()
        else:
            knot = self.ctx.session.story.current_knot
            for action in self.ctx.session.take_deferred():
                ACTIONS[action.name].on_stage(self, *action.args, via=f"The story's {action.name} in knot '{knot}'")
                if self._minigame is not None:  # the game covers the map: the story goes on after it
                    break
        self._tell_session()

    def start_chapter(self, chapter_id: str, via: str) -> None:
        chapter = self.ctx.session.chapters[chapter_id]
        self.go_to(Destination(chapter.map, chapter.spawn, chapter.id, via))

    def go_to_map(self, map_name: str, spawn: str, via: str) -> None:
        self.go_to(Destination(map_name, spawn, via=via))

    def start_minigame(self, game_id: str) -> None:
        self._minigame = game_id
        # the map's view (~2 MB of buffers) waits under the game: made again on the way back, it took
        # 30 to 60 ms of the frame that shows the map again, a hitch the player saw
        self.ctx.nav.minigame(game_id)

    @property
    def game_under_way(self) -> str | None:
        """The Berlin game being played, or saved and about to begin again."""
        return self._minigame or self.arrival.game_to_resume

    def _after_minigame(self) -> None:
        """Back from a surveillance game: its result is in Ink; the story goes on from `<chapter>_after_<game>`."""
        game, self._minigame = self._minigame, None
        self._play(f"{self.chapter}_after_{game}", f"after the game '{game}'")

    # -- the tick ----------------------------------------------------------
    @property
    def accepts_interact(self) -> bool:
        """False for a moment after a box, card or menu over the map has closed (INTERACT_REST)."""
        return self._since_resumed >= INTERACT_REST - 1e-9

    def _fresh(self, frame: InputFrame) -> InputFrame:
        """The frame without what must not act now: the directions held through a door until they
        are let go, and Interact just after a box has closed."""
        self._held_through_door &= frame.held
        self._stick_through_door = self._stick_through_door and frame.stick != (0.0, 0.0)
        ignored = set(self._held_through_door)
        if not self.accepts_interact:
            ignored.add(Intent.INTERACT)
        if not ignored and not self._stick_through_door:
            return frame
        return InputFrame(frame.held - ignored, frame.pressed - ignored,
                          (0.0, 0.0) if self._stick_through_door else frame.stick)

    def update(self, frame: InputFrame, dt: float) -> None:
        self._update(self._fresh(frame), dt)
        self._tell_session()

    def _update(self, frame: InputFrame, dt: float) -> None:
        self._since_resumed += dt
        if self.transition.leaving:
            destination = self.transition.fade_out(dt)
            if destination is not None:
                self._arrive(destination)
            return
        self.transition.fade_in(dt)
        due = self.arrival.due(self.transition, self.ctx.clock.seconds)
        if due is not None:
            what, name = due
            if what == "words":
                self._play(name, f"chapter '{self.chapter}' (its intro)")
            else:
                self.start_minigame(name)
            return
        if Intent.PAUSE in frame.pressed and not self.transitioning:
            self.ctx.nav.pause()
            return
        for event in self.level.update(frame, dt):
            if isinstance(event, DoorEntered):
                self.ctx.audio.play("door")
                self.go_to(Destination(event.target_map, event.target_spawn, via=self._object_label(event.entity),
                                       through_door=True), frame)
            elif isinstance(event, (TriggerFired, Interacted)):
                self._say(event.entity)
        self.sounds.step(self.level)
        for sound in self.ctx.session.take_sounds() if self.ctx.session else ():
            self.ctx.audio.cue(sound)
        if self.view is not None:
            self.view.follow(self.level, dt)

    def _say(self, entity: int) -> None:
        world = self.level.world
        seat = world.find(entity, Seat)
        if seat is not None:  # he sits down beside her before they speak
            self.level.seat_player(seat.spawn, beside=entity)
        dialogue = world.find(entity, Dialogue)
        if dialogue is not None:
            self._play(dialogue.knot, self._object_label(entity))
            return
        speech = world.find(entity, Speech)
        if speech is None:
            return
        sprite = world.find(entity, Sprite)  # a character's portrait shares its sprite's name
        portrait = sprite.sheet if sprite else None
        speaker = speech.speaker
        member = self.ctx.session.cast.get(speaker.strip().lower()) if self.ctx.session and speaker else None
        if member is not None:  # a speaker from the cast is shown as the story shows them
            speaker, portrait = self.ctx.session.speaker_name(member.id), portrait or member.portrait or None
        named = world.find(entity, Named)
        map_name, object_id, english = self.level.map.name, named.object_id if named else "?", speech.text

        def tell() -> str:  # in the player's language, asked again after a language change
            return self.ctx.strings.map_text(map_name, object_id, "text", english)

        self.ctx.nav.message(speaker, english, portrait, tell=tell)

    def _play(self, knot: str, who: str) -> None:
        """Play a knot of the story; one that is not there (or no story at all) is a notice, and play goes on."""
        if self.ctx.session is None:
            self.ctx.tell(f"{who}: knot '{knot}' needs the story (start the game with a chapter)")
        elif not self.ctx.session.story.has_knot(knot):
            self.ctx.tell(f"{who}: knot '{knot}' does not exist in the story")
        else:
            self.ctx.nav.dialogue(knot)

    def _object_label(self, entity: int) -> str:
        """The map object an entity came from, as --check names it: `maps/x.tmx:12: door 'gate'`."""
        shown = self.level.map.display_path()
        named = self.level.world.find(entity, Named)
        spec = next((spec for spec in self.level.map.objects if named and spec.object_id == named.object_id), None)
        if spec is None:
            return shown
        place = f"{shown}:{spec.object_id}: {spec.kind}"
        return f"{place} '{spec.name}'" if spec.name else place

    # -- what he can use -------------------------------------------------
    def prompt(self) -> str | None:
        """The verb shown for what Interact would use now ('Look', 'Talk', …), or None."""
        if self.level.usable is None or self.transitioning:
            return None
        return self.level.verb(self.level.usable)

    @property
    def covers_canvas(self) -> bool:
        return self.view is not None  # the map view paints every pixel, a small map's margins too

    def draw(self, canvas, alpha: float) -> None:
        if self.view is None:
            return
        ctx = self.ctx
        self.view.reduced_flashing = ctx.settings.reduced_flashing
        offset = self.view.draw(canvas, self.level, alpha)
        ctx.mail.player_screen_y = round(self.level.player_position.y) + offset[1]
        hud.draw_glints(canvas, self.level, offset, ctx.clock.seconds, ctx.settings.reduced_flashing)
        verb = self.prompt()
        if verb and ctx.scenes.top is self:
            hud.draw_prompt(canvas, ctx.assets, self.level, offset, verb,
                            key_hints.glyph(ctx.assets, ctx, Intent.INTERACT), ctx.strings)
        self.transition.draw(canvas, ctx.assets, ctx.clock.seconds, ctx.settings.reduced_flashing)
