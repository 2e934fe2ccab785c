"""One evening's play: the story's state (in Ink), the chapter, and what he carries.

The Session is handed to scenes through the Context. Story variables stay in
Ink; the session keeps only what Ink does not (the chapter and map he is in, where
he stands, the items he was given, world flags, what is under way) and the story
actions waiting to be done.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from game.content.chapters import (
    NEUTRAL,
    CastMember,
    Chapter,
    Ending,
    load_cast,
    load_chapters,
    load_endings,
    load_moods,
)
from game.content.locale import Translations
from game.content.story import Story, StoryAction
from game.core.paths import relative
from game.core.seeds import DEFAULT_SEED, seed_story
from game.core.story_actions import ACTIONS
from game.core.whereabouts import Whereabouts


@dataclass(frozen=True)
class Checkpoint:
    """The evening as it stood at a moment a save can go back to (before a conversation or a
    chapter began): a save made while it is under way keeps this and tells it again from its start."""

    story: str  # Ink's whole state, as Ink writes it
    items: tuple[str, ...]
    flags: tuple[str, ...]
    minigames: tuple[tuple[str, str], ...]

    def snapshot(self) -> dict:
        # Ink's state JSON parsed, so the order of its keys (Ink's runtime's) does not matter
        return {"story": json.loads(self.story), "items": list(self.items), "flags": list(self.flags),
                "minigames": dict(self.minigames)}


@dataclass
class Session:
    story: Story
    chapters: dict[str, Chapter]
    cast: dict[str, CastMember]
    endings: dict[str, Ending] = field(default_factory=dict)
    moods: dict[str, str] = field(default_factory=dict)  # a line's mood -> the portrait's expression
    chapter: str = ""
    items: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    minigames: dict[str, str] = field(default_factory=dict)  # minigame id -> its result
    sounds: list[str] = field(default_factory=list)  # sounds asked for, for the audio system
    deferred: list[StoryAction] = field(default_factory=list)
    ended: bool = False  # the story has reached an ending
    translations: Translations = field(default_factory=Translations)  # the language it is told in
    # where he is and what is under way, as a save keeps it: the scenes keep it up to date
    whereabouts: Whereabouts = field(default_factory=Whereabouts)

    def __post_init__(self):
        self.story.translate = self.translations.story_line

    @classmethod
    def new(cls, language: str = "en", seed: int | None = None, replacing: Session | None = None) -> Session:
        """A fresh evening; Ink's random seed comes from the run's `seed` (the default seed if None).

        `replacing`: the evening this one ends, whose story (one for every language) is told again from
        its start rather than loaded anew: both would be in memory at once, each Ink runtime ~2 MB."""
        if replacing is not None:
            story = replacing.story
            story.reset()
        else:
            story = Story()
        seed_story(story, DEFAULT_SEED if seed is None else seed)
        return cls(story, load_chapters(), load_cast(), load_endings(), load_moods(),
                   translations=Translations(language))

    def snapshot(self) -> dict:
        """The evening's state: the chapter, Ink's whole state, what he carries, what is to be done, and
        the language it is told in (its translations are that language's catalogue, read again at will)."""
        story = self.story
        return {"chapter": self.chapter, "language": self.translations.language, "story_file": relative(story.path),
                "ink": json.loads(story.save()),
                "current_knot": story.current_knot, "items": list(self.items), "flags": sorted(self.flags),
                "minigames": dict(self.minigames), "sounds": list(self.sounds), "ended": self.ended,
                "deferred": [[action.name, *action.args] for action in self.deferred]}

    def change_language(self, language: str) -> None:
        """The same evening, told in another language: the same story, its lines shown by their ids."""
        if self.translations.language != language:
            self.translations = Translations(language)
            self.story.translate = self.translations.story_line

    def replace_story(self, story: Story) -> None:
        """The story read again from disk (F5), and the catalogue with it."""
        self.story = story
        self.translations = Translations(self.translations.language)
        story.translate = self.translations.story_line

    def checkpoint(self) -> Checkpoint:
        return Checkpoint(self.story.save(), tuple(self.items), tuple(sorted(self.flags)),
                          tuple(sorted(self.minigames.items())))

    def variable(self, name: str):
        """An Ink variable of the story told now (the map reads its conditions here: a Story's own
        `get` would go on reading a story a language switch has replaced, and keep it in memory).
        A knot's name reads as Ink reads it: how many times it has been played (a chore done)."""
        story = self.story
        if name not in story.variables and story.has_knot(name):
            return story.visits(name)
        return story.get(name)

    def visits(self, knot: str) -> int:
        """How many times an Ink knot of the story told now has been played (chores done read it)."""
        return self.story.visits(knot)

    def carry_out(self, actions: list[StoryAction]) -> None:
        """Do the story's immediate actions now; keep the scene-changing ones for later (game/core/story_actions.py)."""
        for action in actions:
            handler = ACTIONS[action.name]
            if handler.waits:
                self.deferred.append(action)
            else:
                handler.on_session(self, *action.args)

    def take_sounds(self) -> list[str]:
        sounds, self.sounds = self.sounds, []
        return sounds

    def take_deferred(self) -> list[StoryAction]:
        deferred, self.deferred = self.deferred, []
        return deferred

    def speaker_name(self, speaker: str) -> str:
        member = self.cast.get(speaker)
        return self.translations.text(f"cast.{speaker}", member.name) if member else speaker.title()

    def speaker_portrait(self, speaker: str) -> str | None:
        member = self.cast.get(speaker)
        return member.portrait if member and member.portrait else None

    def expression(self, mood: str) -> str:
        """The portrait's expression for a line's mood (neutral for none, or one not listed)."""
        return self.moods.get(mood.lower(), NEUTRAL) if mood else NEUTRAL
