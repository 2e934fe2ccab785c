"""The story's chapters (assets/story/chapters.toml), its cast (assets/story/cast.toml) and the
portrait expression each `# mood:` tag shows (assets/story/moods.toml).

Chapter ids are fixed and used everywhere: saves, --scene and autoplay output.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.content.data_files import field, read_toml, shown
from game.content.errors import ContentError
from game.content.map_files import map_path
from game.core import paths

CHAPTER_IDS = ("vineyard", "visitor", "dinner", "garden", "berlin", "ending")
CHAPTERS_FILE = paths.ASSETS / "story" / "chapters.toml"
CAST_FILE = paths.ASSETS / "story" / "cast.toml"
ENDINGS_FILE = paths.ASSETS / "story" / "endings.toml"
PORTRAITS = paths.ASSETS / "portraits"
POLICIES = ("open", "guarded", "first")  # how the scripted player chooses (game/players/autoplay.py)
MOODS_FILE = paths.ASSETS / "story" / "moods.toml"
NEUTRAL = "neutral"  # the face shown for no mood, or one moods.toml does not list
SCENES = ("explore", "starlit")  # how a chapter is played: walking a map, or under the sky
LIGHTS = ("afternoon", "dusk", "night", "interior", "berlin", "none")
# how the picture changes into and out of a chapter: a fade to black, or (a flashback) the
# memory transition (game/render/memory_transition.py), into it and back out of it
TRANSITIONS = ("fade", "memory")


@dataclass(frozen=True)
class Chapter:
    id: str
    title: str
    map: str
    spawn: str
    light: str
    intro: str
    scene: str = "explore"
    transition: str = "fade"


@dataclass(frozen=True)
class Ending:
    id: str
    title: str  # in English: other languages have it in their catalogue (endings.<id>)
    policy: str
    open_from: str = ""  # the chapter in which the scripted player speaks openly at last
    guarded_from: str = ""  # the chapter from which on the scripted player keeps his secrets


@dataclass(frozen=True)
class CastMember:
    id: str
    name: str
    portrait: str


def load_chapters(path: Path = CHAPTERS_FILE) -> dict[str, Chapter]:
    file = shown(path)
    chapters: dict[str, Chapter] = {}
    entries = read_toml(path).get("chapter", [])
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise ContentError(file, "chapter", "chapters must be [[chapter]] tables, one per chapter")
    for index, entry in enumerate(entries, start=1):
        place = f"chapter {entry.get('id') if isinstance(entry.get('id'), str) else index}"
        fields = {name: field(path, place, entry, name, str)
                  for name in ("id", "title", "map", "spawn", "light", "intro")}
        empty = [name for name, value in fields.items() if not value]
        if empty:
            raise ContentError(file, place, f"'{empty[0]}' must not be empty")
        if fields["id"] not in CHAPTER_IDS:
            raise ContentError(file, place, f"unknown chapter id; the ids are {', '.join(CHAPTER_IDS)}")
        if fields["id"] in chapters:
            raise ContentError(file, place, "this chapter is defined twice")
        if fields["light"] not in LIGHTS:
            raise ContentError(file, place, f"light must be one of {', '.join(LIGHTS)}")
        try:
            map_path(fields["map"])
        except ContentError as error:
            raise ContentError(file, place, error.message) from None
        scene = entry.get("scene", "explore")
        if scene not in SCENES:
            raise ContentError(file, place, f"scene must be one of {', '.join(SCENES)}")
        transition = entry.get("transition", "fade")
        if transition not in TRANSITIONS:
            raise ContentError(file, place, f"transition must be one of {', '.join(TRANSITIONS)}")
        chapters[fields["id"]] = Chapter(**fields, scene=scene, transition=transition)
    missing = [chapter_id for chapter_id in CHAPTER_IDS if chapter_id not in chapters]
    if missing:
        raise ContentError(file, None, f"chapters missing: {', '.join(missing)}")
    return chapters


def load_cast(path: Path = CAST_FILE) -> dict[str, CastMember]:
    cast = {}
    for member_id, entry in read_toml(path).items():
        name = field(path, member_id, entry, "name", str)
        portrait = field(path, member_id, entry, "portrait", str, "")
        if portrait:
            try:
                paths.inside(PORTRAITS, f"{portrait}.png")
            except paths.OutsideContent as error:
                raise ContentError(shown(path), member_id, f"portrait {error}") from None
        cast[member_id] = CastMember(member_id, name, portrait)
    return cast


def load_endings(path: Path = ENDINGS_FILE) -> dict[str, Ending]:
    endings = {}
    for ending_id, entry in read_toml(path).items():
        title = field(path, ending_id, entry, "title", str)
        ending = Ending(ending_id, title, field(path, ending_id, entry, "policy", str, "open"),
                        field(path, ending_id, entry, "open_from", str, ""),
                        field(path, ending_id, entry, "guarded_from", str, ""))
        if ending.policy not in POLICIES:
            raise ContentError(shown(path), ending_id, f"policy must be {', '.join(POLICIES)}")
        for name in ("open_from", "guarded_from"):
            if getattr(ending, name) and getattr(ending, name) not in CHAPTER_IDS:
                raise ContentError(shown(path), ending_id, f"{name} must be a chapter: {', '.join(CHAPTER_IDS)}")
        endings[ending_id] = ending
    if not endings:
        raise ContentError(shown(path), None, "no endings: the story needs at least one [ending] table")
    return endings


def load_moods(path: Path = MOODS_FILE) -> dict[str, str]:
    """Each mood the story may tag a line with, and the expression it shows."""
    moods: dict[str, str] = {}
    for expression, listed in read_toml(path).items():
        if not isinstance(listed, list) or not all(isinstance(mood, str) and mood for mood in listed):
            raise ContentError(shown(path), expression, "must be a list of moods (words)")
        for mood in listed:
            if mood.lower() in moods:
                raise ContentError(shown(path), expression, f"mood '{mood}' is listed twice "
                                                            f"(also under {moods[mood.lower()]})")
            moods[mood.lower()] = expression
    return moods
