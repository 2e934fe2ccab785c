"""The evening as a save keeps it, and a saved evening taken up again.

`save_data(session)` reads only the session: the chapter, Ink's state, and where he is and what is
under way (`session.whereabouts`, kept up to date by the scenes). `take_up(...)` reads the newest
save the game can use and makes the evening it holds (game/core/nav.py starts its scene).
"""

from __future__ import annotations

from game.content.errors import ContentError
from game.content.map_files import map_path
from game.content.maps import load_map
from game.core import paths
from game.core.saves import SaveData, SaveError
from game.core.session import Checkpoint, Session
from game.core.whereabouts import Destination


def save_data(session: Session) -> SaveData:
    """The evening as Continue should take it up.

    What is under way is kept so that Continue goes on with it: a conversation is told again
    from its start (the evening saved as it was before it), a Berlin game is begun again (the
    games played before it kept), a chapter's first words not yet told are still to come, a
    move to another map or chapter is saved as arrived, and a chapter played under the stars
    goes back to its start.
    """
    if session.ended:
        return _saved(session.checkpoint(), session.chapter, session.chapters[session.chapter].map,
                      ending=str(session.story.get("ending_id")))
    chapter = session.chapters[session.chapter]
    where = session.whereabouts
    if chapter.scene != "explore" or not where.map:  # a chapter played elsewhere than on a map: from its start
        return _saved(where.chapter_began or session.checkpoint(), chapter.id, chapter.map, intro_pending=True)
    arrived = _arrived(session, where.going_to) if where.going_to is not None else None
    if arrived is not None:
        return arrived
    if where.conversation is not None:
        moment, knot = where.before_conversation, where.conversation
    else:
        moment, knot = session.checkpoint(), where.next_words
    intro = knot is not None and knot == chapter.intro
    return _saved(moment, chapter.id, where.map, where.x, where.y, where.facing,
                  intro_pending=intro, dialogue="" if intro else knot or "", minigame=where.minigame or "")


def _arrived(session: Session, destination: Destination) -> SaveData | None:
    """A save for a move under way (a door, the story's go_to_map, a new chapter): as if he had arrived.
    None when the way is broken (its map cannot be read): he will stay where he is, as saved."""
    chapter = session.chapters[destination.chapter or session.chapter]
    if destination.chapter and chapter.scene != "explore":
        return _saved(session.checkpoint(), chapter.id, chapter.map, intro_pending=True)
    try:
        spawns = load_map(destination.map, maps_dir=session.whereabouts.folder or paths.MAPS).spawns
    except ContentError:
        return None
    spawn = spawns.get(destination.spawn) or spawns["default"]
    x, y = spawn.feet
    return _saved(session.checkpoint(), chapter.id, destination.map, x, y, spawn.props.get("facing", "down"),
                  intro_pending=bool(destination.chapter))


def _saved(moment: Checkpoint, chapter: str, map_name: str, x: float = 0.0, y: float = 0.0, facing: str = "down",
           **under_way) -> SaveData:
    return SaveData(chapter, map_name, x, y, facing, moment.story, items=list(moment.items),
                    flags=list(moment.flags), minigames=dict(moment.minigames), **under_way)


def take_up(saves, language: str, minigame_ids) -> tuple[Session, SaveData, str] | None:
    """The newest saved evening the game can use: its session (chapter, items, flags and results as saved),
    the save, and a note for the player (which older save was continued, and why), or None when the
    evening saved is over (its ending told: nothing to continue).

    A damaged save (cut short, hand-edited, a story state Ink refuses, a map that does not exist or a
    place outside it) is kept aside whole and an older generation is tried (game/core/saves.py:
    SaveStore.load). Raises SaveError when no save can be used, ContentError when the game's own
    files are broken (not the save's fault: the saves are left where they are).
    """
    def check(save):
        if save.ending:
            return None
        session = Session.new(language)
        _check_save(session, save, minigame_ids)
        return session

    save, session, note = saves.load(check)
    if session is None:
        return None
    session.chapter, session.items = save.chapter, list(save.items)
    session.flags, session.minigames = set(save.flags), dict(save.minigames)
    return session, save, note


def _check_save(session: Session, save: SaveData, minigame_ids) -> None:
    """What a save needs beyond its own fields: a story state Ink takes, a map, a place on it.

    SaveError for what is wrong in the save, ContentError for the game's files.
    """
    chapter = session.chapters.get(save.chapter)
    if chapter is None:
        raise SaveError(f"the save's chapter '{save.chapter}' is not in this game")
    if save.ending and save.ending not in session.endings:
        raise SaveError(f"the save's ending '{save.ending}' is not in this game")
    if save.dialogue and not session.story.has_knot(save.dialogue):
        raise SaveError(f"the save's conversation '{save.dialogue}' is not in the story")
    if save.minigame and save.minigame not in minigame_ids:
        raise SaveError(f"the save's game '{save.minigame}' is not in this game")
    try:
        session.story.load(save.story)
    except ContentError as error:
        raise SaveError(error.message) from None
    if chapter.scene == "explore":
        if not map_path(save.map).is_file():
            raise SaveError(f"the save's map '{save.map}' does not exist")
        width, height = load_map(save.map).pixel_size
        if not (0 <= save.x <= width and 0 <= save.y <= height):
            raise SaveError(f"the save's place ({save.x:g}, {save.y:g}) is outside the map '{save.map}'")
