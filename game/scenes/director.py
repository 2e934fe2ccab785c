"""Which scene plays a chapter: walking its map, or sitting under the stars."""

from __future__ import annotations


def chapter_scene(ctx, chapter_id: str):
    chapter = ctx.session.chapters[chapter_id]
    if chapter.scene == "starlit":
        from game.scenes.starlit import StarlitScene

        return StarlitScene(ctx, chapter_id)
    from game.scenes.explore import ExploreScene

    if chapter_id == "berlin":  # the chapter whose story starts the games
        from game.scenes.minigames import import_games

        import_games(ctx)
    return ExploreScene(ctx, chapter.map, chapter.spawn, chapter=chapter_id)


def save_data(ctx):
    """The evening as Continue should take it up: a SaveData.

    What is under way is kept so that Continue goes on with it: a conversation is told again
    from its start (the evening saved as it was before it), a Berlin game is begun again (the
    games played before it kept), a chapter's first words not yet told are still to come, a
    move to another map or chapter is saved as arrived, and a chapter played under the stars
    goes back to its start.
    """
    from game.scenes.dialogue import DialogueScene
    from game.scenes.explore import ExploreScene

    session, scenes = ctx.session, ctx.scenes.scenes
    if session.ended:
        return _saved(session.checkpoint(), session.chapter, session.chapters[session.chapter].map,
                      ending=str(session.story.get("ending_id")))
    explore = next((s for s in reversed(scenes) if isinstance(s, ExploreScene) and s.level is not None), None)
    if explore is None:  # a chapter played elsewhere than on a map: from its start
        start = next((s.before for s in scenes if not isinstance(s, DialogueScene)
                      and getattr(s, "before", None) is not None), session.checkpoint())
        chapter = session.chapters[session.chapter]
        return _saved(start, chapter.id, chapter.map, intro_pending=True)
    arrived = _arrived(session, explore, explore.going_to) if explore.going_to is not None else None
    if arrived is not None:
        return arrived
    talk = next((s for s in scenes if isinstance(s, DialogueScene) and s.before is not None), None)
    moment, knot = (talk.before, talk.knot) if talk is not None else (session.checkpoint(), explore.next_words)
    intro = knot is not None and knot == session.chapters[session.chapter].intro
    position = explore.level.player_position
    return _saved(moment, session.chapter, explore.map_name, position.x, position.y, explore.level.player_facing,
                  intro_pending=intro, dialogue="" if intro else knot or "", minigame=explore.game_under_way or "")


def _arrived(session, explore, destination):
    """A save for a move under way (a door, the story's go_to_map, a new chapter): as if he had arrived.
    None when the way is broken (its map cannot be read): he will stay where he is, as saved."""
    from game.content.errors import ContentError
    from game.content.maps import load_map

    chapter = session.chapters[destination.chapter or session.chapter]
    if destination.chapter and chapter.scene != "explore":
        return _saved(session.checkpoint(), chapter.id, chapter.map, intro_pending=True)
    try:
        spawns = load_map(destination.map, maps_dir=explore.level.map.path.parent).spawns
    except ContentError:
        return None
    spawn = spawns.get(destination.spawn) or spawns["default"]
    x, y = spawn.feet
    return _saved(session.checkpoint(), chapter.id, destination.map, x, y, spawn.props.get("facing", "down"),
                  intro_pending=bool(destination.chapter))


def _saved(moment, chapter: str, map_name: str, x: float = 0.0, y: float = 0.0, facing: str = "down", **under_way):
    from game.core.saves import SaveData

    return SaveData(chapter, map_name, x, y, facing, moment.story, items=list(moment.items),
                    flags=list(moment.flags), minigames=dict(moment.minigames), **under_way)


def autosave(ctx) -> None:
    """Save now, if this run keeps saves; a failure to write is told, never fatal."""
    if ctx.saves is None or ctx.session is None or not ctx.session.chapter:
        return
    try:
        ctx.saves.write(save_data(ctx))
    except OSError as error:  # a read-only folder, a full disk: the evening goes on, and the player is told
        ctx.tell(f"The game could not be saved in {ctx.saves.folder} ({error.strerror or error}).")


def continue_game(ctx):
    """The scene that resumes the saved evening, or None (with a notice) when there is none to resume.

    The newest save the game can use is continued (game/core/saves.py: SaveStore.load): a damaged
    one (cut short, hand-edited, a story state Ink refuses, a map that does not exist or a place
    outside it) is kept aside whole and an older generation is tried, and the notice says so; a
    failure of the game's own content is told too, but leaves the saves where they are. A finished
    evening's save has nothing to continue.
    """
    from game.content.errors import ContentError
    from game.core.saves import SaveError
    from game.core.session import Session
    from game.scenes.explore import ExploreScene

    def check(save):
        if save.ending:
            return None
        session = Session.new(ctx.settings.language)
        return session, _check_save(session, save)

    try:
        save, checked, note = ctx.saves.load(check)
    except SaveError as error:
        ctx.tell(str(error))
        return None
    except ContentError as error:  # the game's own files are broken: not the save's fault
        ctx.tell(str(error))
        return None
    if checked is None:  # told at the title, which offers no Continue for it
        ctx.tell(ctx.strings("saves.evening_over"))
        return None
    if note:
        ctx.tell(note)
    session, chapter = checked
    session.chapter, session.items = save.chapter, list(save.items)
    session.flags, session.minigames = set(save.flags), dict(save.minigames)
    ctx.session = session
    if chapter.scene != "explore":
        return chapter_scene(ctx, save.chapter)
    return ExploreScene(ctx, save.map, chapter=save.chapter, restore=save)


def _check_save(session, save):
    """What a save needs beyond its own fields: a story state Ink takes, a map, a place on it.

    Returns the save's chapter; SaveError for what is wrong in the save, ContentError for the game's files.
    """
    from game.content.errors import ContentError
    from game.content.maps import load_map, map_path
    from game.core.saves import SaveError

    from game.berlin import registry

    chapter = session.chapters.get(save.chapter)
    if chapter is None:
        raise SaveError(f"the save's chapter '{save.chapter}' is not in this game")
    if save.ending and save.ending not in session.endings:
        raise SaveError(f"the save's ending '{save.ending}' is not in this game")
    if save.dialogue and not session.story.has_knot(save.dialogue):
        raise SaveError(f"the save's conversation '{save.dialogue}' is not in the story")
    if save.minigame and save.minigame not in registry.GAMES:
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
    return chapter


def apply_language(ctx) -> None:
    """Switch the menus and the story to the language in the settings, mid-evening if need be."""
    from game.content.strings import Strings

    language = ctx.settings.language
    if ctx.strings.language != language:
        ctx.strings = Strings(language)
    if ctx.session is not None:
        ctx.session.change_language(language)
