"""Walking a map: the level's logic, its view, and what happens at doors, triggers and chapters."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from game.core import paths
from game.content.errors import ContentError
from game.content.maps import load_map
from game.core.context import CANVAS_SIZE, Context
from game.core.input import MOVES, InputFrame, Intent
from game.core.memory import settle
from game.core.scenes import Scene
from game.core.watch import FileWatch
from game.scenes.dialogue import DialogueScene
from game.scenes.message import MessageScene
from game.world.components import Dialogue, Interactable, Named, Seat, Speech, Sprite, Walker
from game.world.events import DoorEntered, Interacted, TriggerFired
from game.world.level import Level

FADE_SECONDS = 0.3
MEMORY_SECONDS = 1.5  # each half of the memory transition, into a flashback chapter and out of it
STEP_EVERY = 14.0  # pixels walked between two footsteps
# what a map sounds like and walks like, unless its `ambience` / `footsteps` properties say otherwise
AMBIENCE_BY_LIGHT = {"afternoon": "cicadas", "dusk": "crickets", "night": "crickets", "interior": "cellar"}
FOOTSTEPS_BY_LIGHT = {"afternoon": "gravel", "dusk": "stone", "night": "gravel", "interior": "stone"}
TITLE_SECONDS = 3.0
# Ink variables that learn whether a game was won (the scenes set the richer results themselves)
MINIGAME_WON_VARIABLES = {"tail": "berlin_tail_won", "deaddrop": "berlin_drop_won"}
INTRO_DELAY = 1.2  # seconds after arriving before a chapter's first words
# after a box, a card or a menu closes, Interact uses nothing for this long: the press that closed
# it, or one more out of habit, must not open the same thing again
INTERACT_REST = 0.25


@dataclass(frozen=True)
class Destination:
    map: str
    spawn: str
    chapter: str | None = None  # set when the move starts a chapter
    via: str = ""  # what sent him, named in the notice if the way is broken: a door, the story
    through_door: bool = False  # he walked through a door to get there


class ExploreScene(Scene):
    def __init__(self, ctx: Context, map_name: str, spawn: str = "default", chapter: str | None = None,
                 restore=None):
        """`restore`, a SaveData, puts him back where a saved game left him."""
        super().__init__(ctx)
        self._restore = restore
        self.chapter: str | None = None
        self.level: Level | None = None
        self.view = None
        self._going_to: Destination | None = None
        self._fade = 1.0  # 1 = black; fades in on arrival
        self._memory: str | None = None  # "in"/"out": the memory transition plays instead of the fade
        self._arrived_at = 0.0
        self._light: str | None = None
        self._card = ""  # the title shown as he arrives: the chapter's, or the place's
        self._intro: str | None = None
        self._minigame: str | None = None  # the surveillance game under way, if any
        self._game_to_resume: str | None = None  # a saved game under way, begun again once he has arrived
        self._watch: FileWatch | None = None  # the files the map was read from, for reloading on save
        self._walked = 0.0  # how far he had walked at the last footstep
        self._arrival = Destination(map_name, spawn, chapter)
        self._since_resumed = INTERACT_REST  # seconds since a box, card or menu over the map closed
        # what was held as he went through a door: ignored until let go, so holding Up out of the
        # cellar does not walk him straight back in
        self._held_through_door: frozenset = frozenset()
        self._stick_through_door = False

    def enter(self) -> None:
        if self._restore is not None:
            self._memory = self._memory_between(None, self._restore.chapter)
            self._continue(self._restore)
        else:
            self._memory = self._memory_between(None, self._arrival.chapter)
            self._arrive(self._arrival)

    def _continue(self, save) -> None:
        """Back where the saved game left him: same chapter, map, place, and story."""
        chapter = self.ctx.session.chapters[save.chapter]
        self.chapter = chapter.id
        self._light = chapter.light
        self._load(self._read_map(save.map), "default")
        self.level.set_player_position(save.x, save.y, save.facing)
        if self.view is not None:
            self.view.follow(self.level, 0.0, jump=True)
        self._fade = 1.0
        self._card = self.ctx.strings(f"chapters.{chapter.id}")
        # what was under way when the game was saved: the chapter's first words, a conversation, a Berlin game
        self._intro = chapter.intro if save.intro_pending else save.dialogue or None
        self._game_to_resume = save.minigame or None

    def snapshot(self) -> dict:
        going_to = self._going_to
        return {"scene": "explore", "chapter": self.chapter, "light": self._light,
                "level": self.level.snapshot() if self.level is not None else None,
                "going_to": dataclasses.asdict(going_to) if going_to is not None else None,
                "fade": self._fade, "memory": self._memory, "arrived_at": self._arrived_at, "card": self._card,
                "intro": self._intro, "minigame": self._minigame, "game_to_resume": self._game_to_resume,
                "since_resumed": self._since_resumed, "walked": self._walked,
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
                from game.scenes.director import chapter_scene

                self.ctx.scenes.replace(chapter_scene(self.ctx, chapter.id))
                return
        try:
            map_data = self._read_map(destination.map)
        except ContentError as error:
            if self.level is None:  # nowhere to stay: the run cannot start
                raise
            self.ctx.tell(f"{destination.via or 'The way'} cannot be taken: {error}")
            self._fade, self._memory = 1.0, None  # back in, where he stood
            return
        if destination.spawn not in map_data.spawns:
            self.ctx.tell(f"{destination.via or 'The way'}: map '{destination.map}' has no spawn "
                          f"'{destination.spawn}', so he arrives at 'default'")
        if chapter:
            self.chapter = chapter.id
            self.ctx.session.chapter = chapter.id
            self._light = chapter.light
        self._load(map_data, destination.spawn)
        if destination.through_door:
            self.level.step_away_from_door()
            if self.view is not None:
                self.view.follow(self.level, 0.0, jump=True)
        self._fade = 1.0
        self._card = self.ctx.strings(f"chapters.{chapter.id}") if chapter else \
            self.level.map.properties.get("title", "")
        if chapter:
            self.ctx.announce(f"CHAPTER: {chapter.id}")
            self._intro = chapter.intro  # played once the place has faded in and been named
            from game.scenes.director import autosave

            autosave(self.ctx)  # the chapter's first words are still to come: Continue tells them

    def _read_map(self, map_name: str):
        # a door names a map beside the one it is in, so maps in any folder link up
        maps_dir = self.level.map.path.parent if self.level else paths.MAPS
        return load_map(map_name, images=self.ctx.can_draw, maps_dir=maps_dir)

    def _load(self, map_data, spawn: str) -> None:
        session = self.ctx.session
        # the level reads Ink through the session, so a new story (a language switch, F5) is the one it reads
        self.level, self.view = self._build(map_data, spawn, session.variable if session else None)
        self._watch = FileWatch(map_data.sources)
        self._arrived_at = self.ctx.clock.seconds
        properties = map_data.properties
        self.ctx.audio.ambience(properties.get("ambience") or AMBIENCE_BY_LIGHT.get(self.light))
        self._footsteps = properties.get("footsteps") or FOOTSTEPS_BY_LIGHT.get(self.light, "stone")
        self._walked = 0.0
        # the map's objects live as long as the map: keep the collector from re-scanning them
        settle(freeze=True)

    def _build(self, map_data, spawn: str = "default", story_get=None):
        """The level (logic) for a map and, when this run draws, its view following the player."""
        session = self.ctx.session
        if story_get is not None:
            level = Level(map_data, spawn, chapter=session.chapter, story_get=story_get, story_visits=session.visits)
        else:
            level = Level(map_data, spawn)
        return level, self._view_of(map_data, level)

    def _view_of(self, map_data, level):
        """The map's view following the player, when this run draws."""
        if not self.ctx.can_draw:
            return None
        from game.render.map_view import MapView

        light = self._light or map_data.properties.get("light", "afternoon")
        view = MapView(map_data, self.ctx.assets, CANVAS_SIZE, self.ctx.clock.milliseconds, light)
        view.follow(level, 0.0, jump=True)
        return view

    def reload(self) -> bool:
        """F5: read this map, its tilesets and the compiled story again from disk, keeping him where he stands.

        He goes back to the map's default spawn if where he stood is now a wall. If
        anything fails to load, the old content stays and the error becomes a notice
        on screen; False is returned.
        """
        from game.content.story import Story
        from game.world.components import Body

        old = self.level
        position, facing = old.player_position, old.player_facing
        session = self.ctx.session
        try:
            story = None
            if session is not None:
                story = Story(session.story.path)
                story.load(session.story.save())
            map_data = load_map(old.map.path, images=self.ctx.can_draw)
            level, view = self._build(map_data, story_get=session.variable if session is not None else None)
        except Exception as error:  # a ContentError, mostly: whatever it is, play on with the old content
            self.ctx.tell(f"Reload failed: {error}")
            return False
        body = level.world.get(level.player, Body)
        if not level.blocked(body.rect_at(position.x, position.y), ignore=level.player):
            level.set_player_position(position.x, position.y, facing)
        if story is not None:
            session.story = story
            level.refresh_conditions()  # built reading the old story: a VAR new in this one counts now
        self.level, self.view = level, view
        self._watch = FileWatch(map_data.sources)
        if view is not None:
            view.follow(level, 0.0, jump=True)
        self.ctx.tell(f"Reloaded {map_data.display_path()}")
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
        self._going_to = destination
        if frame is not None:
            self._held_through_door = frame.held & MOVES
            self._stick_through_door = frame.stick != (0.0, 0.0)
        self._memory = self._memory_between(self.chapter, destination.chapter)

    def _memory_between(self, leaving: str | None, entering: str | None) -> str | None:
        """How a move changes the picture: "in" entering a chapter that is a memory, "out" leaving one,
        None for the plain fade."""
        if not entering or self.ctx.session is None:
            return None
        chapters = self.ctx.session.chapters
        was = bool(leaving) and chapters[leaving].transition == "memory"
        now = chapters[entering].transition == "memory"
        return "in" if now and not was else "out" if was and not now else None

    @property
    def memory_transition(self) -> str | None:
        """The memory transition ("in" or "out") while it is what covers the picture, else None."""
        return self._memory if self.transitioning else None

    @property
    def map_name(self) -> str:
        return self.level.map.name

    @property
    def transitioning(self) -> bool:
        return self._going_to is not None or self._fade > 0.0

    def resume(self) -> None:
        """Back from a dialogue: carry out what the story asked for at its end."""
        self._since_resumed = 0.0
        if self.ctx.session is None:
            return
        self.level.refresh_conditions()  # the story may have changed who is here
        if self._minigame is not None:
            self.view = self._view_of(self.level.map, self.level)
            self._after_minigame()
            return
        knot = self.ctx.session.story.current_knot
        for action in self.ctx.session.take_deferred():
            via = f"The story's {action.name} in knot '{knot}'"
            if action.name == "start_chapter":
                chapter = self.ctx.session.chapters[str(action.args[0])]
                self.go_to(Destination(chapter.map, chapter.spawn, chapter.id, via))
            elif action.name == "go_to_map":
                self.go_to(Destination(str(action.args[0]), str(action.args[1]), via=via))
            elif action.name == "start_minigame":
                self._start_minigame(str(action.args[0]))
                return

    def _start_minigame(self, game: str) -> None:
        from game.scenes.minigames import minigame_scene

        self._minigame = game
        # the game covers the whole screen until it ends: the map's view (~2 MB of buffers) need
        # not wait under it beside the game's own; it is made again on the way back
        self.view = None
        self.ctx.scenes.push(minigame_scene(self.ctx, game))

    # -- what a save keeps of what is under way (game/scenes/director.py: save_data) ---------
    @property
    def going_to(self) -> Destination | None:
        """The map or chapter he is on his way to, while the picture fades."""
        return self._going_to

    @property
    def next_words(self) -> str | None:
        """The knot to be told once he has arrived (the chapter's first words), not begun yet."""
        return self._intro

    @property
    def game_under_way(self) -> str | None:
        """The Berlin game being played, or saved and about to begin again."""
        return self._minigame or self._game_to_resume

    def _after_minigame(self) -> None:
        """Back from a surveillance game: its result is in Ink; the story goes on from `<chapter>_after_<game>`."""
        game, self._minigame = self._minigame, None
        won_variable = MINIGAME_WON_VARIABLES.get(game)
        if won_variable:
            self.ctx.session.story.set(won_variable, self.ctx.session.minigames.get(game) == "won")
        self._play(f"{self.chapter}_after_{game}", f"after the game '{game}'")

    # -- the tick ----------------------------------------------------------
    @property
    def _since_arrival(self) -> float:
        """Game time since arriving (it runs on while a dialogue covers the scene)."""
        return self.ctx.clock.seconds - self._arrived_at

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
        frame = self._fresh(frame)
        self._since_resumed += dt
        fade_seconds = MEMORY_SECONDS if self._memory else FADE_SECONDS
        if self._going_to is not None:
            self._fade = min(1.0, self._fade + dt / fade_seconds)
            if self._fade >= 1.0:
                destination, self._going_to = self._going_to, None
                self._arrive(destination)
            return
        if self._fade > 0.0:
            self._fade = max(0.0, self._fade - dt / fade_seconds)
        # the first words wait for the title to fade: a box opening over it showed the title through it
        intro_delay = max(INTRO_DELAY, TITLE_SECONDS) if self._card else INTRO_DELAY
        if self._intro and self._fade == 0.0 and self._since_arrival >= intro_delay:
            knot, self._intro = self._intro, None
            self._play(knot, f"chapter '{self.chapter}' (its intro)")
            return
        if self._game_to_resume and self._fade == 0.0 and self._since_arrival >= intro_delay:
            game, self._game_to_resume = self._game_to_resume, None
            self._start_minigame(game)
            return

        if Intent.PAUSE in frame.pressed and not self.transitioning:
            from game.scenes.menu import pause_menu

            self.ctx.scenes.push(pause_menu(self.ctx))
            return
        for event in self.level.update(frame, dt):
            if isinstance(event, DoorEntered):
                self.ctx.audio.play("door")
                self.go_to(Destination(event.target_map, event.target_spawn, via=self._object_label(event.entity),
                                       through_door=True), frame)
            elif isinstance(event, (TriggerFired, Interacted)):
                self._say(event.entity)
        self._footstep()
        for sound in self.ctx.session.take_sounds() if self.ctx.session else ():
            self.ctx.audio.cue(sound)
        if self.view is not None:
            self.view.follow(self.level, dt)

    def _footstep(self) -> None:
        walked = self.level.world.get(self.level.player, Walker).distance
        if walked - self._walked >= STEP_EVERY:
            self._walked = walked
            self.ctx.audio.step(self._footsteps)

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
            speaker, portrait = member.name, portrait or member.portrait or None
        self.ctx.scenes.push(MessageScene(self.ctx, speaker, speech.text, portrait))

    def _play(self, knot: str, who: str) -> None:
        """Play a knot of the story; one that is not there (or no story at all) is a notice, and play goes on."""
        if self.ctx.session is None:
            self.ctx.tell(f"{who}: knot '{knot}' needs the story (start the game with a chapter)")
        elif not self.ctx.session.story.has_knot(knot):
            self.ctx.tell(f"{who}: knot '{knot}' does not exist in the story")
        else:
            self.ctx.scenes.push(DialogueScene(self.ctx, knot))

    def _object_label(self, entity: int) -> str:
        """The map object an entity came from, as --check names it: `maps/x.tmx:12: door 'gate'`."""
        shown = self.level.map.display_path()
        named = self.level.world.find(entity, Named)
        spec = next((spec for spec in self.level.map.objects if named and spec.object_id == named.object_id), None)
        if spec is None:
            return shown
        return f"{shown}:{spec.object_id}: {spec.kind} '{spec.name}'" if spec.name else f"{shown}:{spec.object_id}: {spec.kind}"

    # -- what he can use -------------------------------------------------
    def prompt(self) -> str | None:
        """The verb shown for what the player faces ('Look', 'Talk', …), or None."""
        if self.level.focus is None or self.transitioning:
            return None
        interactable = self.level.world.find(self.level.focus, Interactable)
        return interactable.prompt if interactable else None

    @property
    def covers_canvas(self) -> bool:
        return self.view is not None  # the map view paints every pixel, a small map's margins too

    def draw(self, canvas, alpha: float) -> None:
        if self.view is None:
            return
        from game.render import hud

        self.view.reduced_flashing = self.ctx.settings.reduced_flashing
        offset = self.view.draw(canvas, self.level, alpha)
        self.ctx.player_screen_y = round(self.level.player_position.y) + offset[1]
        hud.draw_glints(canvas, self.level, offset, self.ctx.clock.seconds, self.ctx.settings.reduced_flashing)
        verb = self.prompt()
        if verb and self.ctx.scenes.top is self:
            hud.draw_prompt(canvas, self.ctx.assets, self.level, offset, verb, self.ctx.prompt_device,
                            self.ctx.strings)
        if self._card and self._since_arrival < TITLE_SECONDS:
            hud.draw_title_card(canvas, self.ctx.assets, self._card, self._since_arrival / TITLE_SECONDS)
        if self._fade > 0.0 and self._memory:
            from game.render import memory_transition

            memory_transition.draw(canvas, self._fade, self._memory, self.ctx.clock.seconds,
                                   self.ctx.settings.reduced_flashing, arriving=self._going_to is None)
        elif self._fade > 0.0:
            hud.fade(canvas, self._fade)
