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


def save_data(ctx, intro_pending: bool = False):
    """The evening as it stands, from the scene he is in: a SaveData."""
    from game.core.saves import SaveData
    from game.scenes.explore import ExploreScene

    session = ctx.session
    for scene in reversed(ctx.scenes.scenes):
        if isinstance(scene, ExploreScene) and scene.level is not None:
            position = scene.level.player_position
            return SaveData(session.chapter, scene.map_name, position.x, position.y, scene.level.player_facing,
                            session.story.save(), intro_pending, list(session.items), sorted(session.flags),
                            dict(session.minigames))
    chapter = session.chapters[session.chapter]
    return SaveData(chapter.id, chapter.map, 0.0, 0.0, "down", session.story.save(), True, list(session.items),
                    sorted(session.flags), dict(session.minigames))


def autosave(ctx, intro_pending: bool = False) -> None:
    """Save now, if this run keeps saves; a failure to write is told, never fatal."""
    if ctx.saves is None or ctx.session is None or not ctx.session.chapter or ctx.session.ended:
        return
    try:
        ctx.saves.write(save_data(ctx, intro_pending))
    except OSError as error:
        ctx.notice = f"The game could not be saved: {error}"


def continue_game(ctx):
    """The scene that resumes the saved evening, or None (with a notice) when the save is unusable.

    A save the game cannot use (damaged, hand-edited, a story state Ink refuses, a map that
    does not exist or a place outside it) is kept aside whole and the title stays; a failure
    of the game's own content is told too, but leaves the save where it is.
    """
    from game.content.errors import ContentError
    from game.core.saves import SaveError
    from game.core.session import Session
    from game.scenes.explore import ExploreScene

    try:
        save = ctx.saves.read()
    except SaveError as error:
        ctx.notice = str(error)
        return None
    try:
        session = Session.new(ctx.settings.language)
        chapter = _check_save(session, save)
    except SaveError as error:
        ctx.notice = str(ctx.saves.set_aside(error))
        return None
    except ContentError as error:  # the game's own files are broken: not the save's fault
        ctx.notice = str(error)
        return None
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

    chapter = session.chapters.get(save.chapter)
    if chapter is None:
        raise SaveError(f"the save's chapter '{save.chapter}' is not in this game")
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
