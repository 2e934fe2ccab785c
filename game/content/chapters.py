"""The story's chapters (assets/story/chapters.toml), its cast (assets/story/cast.toml) and the
portrait expression each `# mood:` tag shows (assets/story/moods.toml).

Chapter ids are fixed and used everywhere: saves, --scene and autoplay output.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from game import paths
from game.content.errors import ContentError

CHAPTER_IDS = ("vineyard", "visitor", "dinner", "garden", "berlin", "ending")
CHAPTERS_FILE = paths.ASSETS / "story" / "chapters.toml"
CAST_FILE = paths.ASSETS / "story" / "cast.toml"
ENDINGS_FILE = paths.ASSETS / "story" / "endings.toml"
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
    title: str
    title_fr: str
    policy: str
    open_from: str = ""


@dataclass(frozen=True)
class CastMember:
    id: str
    name: str
    portrait: str


def _read_toml(path: Path) -> dict:
    from game.content.maps import relative

    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ContentError(relative(path), None, "file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError(relative(path), None, f"not valid TOML: {error}") from error


def load_chapters(path: Path = CHAPTERS_FILE) -> dict[str, Chapter]:
    from game.content.maps import relative

    shown = relative(path)
    chapters: dict[str, Chapter] = {}
    for index, entry in enumerate(_read_toml(path).get("chapter", []), start=1):
        place = f"chapter {entry.get('id', index)}"
        fields = {}
        for name in ("id", "title", "map", "spawn", "light", "intro"):
            value = entry.get(name)
            if not isinstance(value, str) or not value:
                raise ContentError(shown, place, f"'{name}' must be a non-empty string")
            fields[name] = value
        if fields["id"] not in CHAPTER_IDS:
            raise ContentError(shown, place, f"unknown chapter id; the ids are {', '.join(CHAPTER_IDS)}")
        if fields["light"] not in LIGHTS:
            raise ContentError(shown, place, f"light must be one of {', '.join(LIGHTS)}")
        scene = entry.get("scene", "explore")
        if scene not in SCENES:
            raise ContentError(shown, place, f"scene must be one of {', '.join(SCENES)}")
        transition = entry.get("transition", "fade")
        if transition not in TRANSITIONS:
            raise ContentError(shown, place, f"transition must be one of {', '.join(TRANSITIONS)}")
        chapters[fields["id"]] = Chapter(**fields, scene=scene, transition=transition)
    missing = [chapter_id for chapter_id in CHAPTER_IDS if chapter_id not in chapters]
    if missing:
        raise ContentError(shown, None, f"chapters missing: {', '.join(missing)}")
    return chapters


def load_cast(path: Path = CAST_FILE) -> dict[str, CastMember]:
    from game.content.maps import relative

    cast = {}
    for member_id, entry in _read_toml(path).items():
        name, portrait = entry.get("name"), entry.get("portrait", "")
        if not isinstance(name, str) or not isinstance(portrait, str):
            raise ContentError(relative(path), member_id, "'name' and 'portrait' must be strings")
        cast[member_id] = CastMember(member_id, name, portrait)
    return cast


def load_endings(path: Path = ENDINGS_FILE) -> dict[str, Ending]:
    from game.content.maps import relative

    endings = {}
    for ending_id, entry in _read_toml(path).items():
        try:
            endings[ending_id] = Ending(ending_id, str(entry["title"]), str(entry.get("title_fr", entry["title"])),
                                        str(entry.get("policy", "open")), str(entry.get("open_from", "")))
        except KeyError as missing:
            raise ContentError(relative(path), ending_id, f"missing {missing}") from None
        if endings[ending_id].policy not in ("open", "guarded", "first"):
            raise ContentError(relative(path), ending_id, "policy must be open, guarded or first")
    return endings


def load_moods(path: Path = MOODS_FILE) -> dict[str, str]:
    """Each mood the story may tag a line with, and the expression it shows."""
    from game.content.maps import relative

    moods: dict[str, str] = {}
    for expression, listed in _read_toml(path).items():
        if not isinstance(listed, list) or not all(isinstance(mood, str) and mood for mood in listed):
            raise ContentError(relative(path), expression, "must be a list of moods (words)")
        for mood in listed:
            if mood.lower() in moods:
                raise ContentError(relative(path), expression, f"mood '{mood}' is listed twice "
                                                               f"(also under {moods[mood.lower()]})")
            moods[mood.lower()] = expression
    return moods
