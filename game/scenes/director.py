"""Which scene plays a chapter: walking its map, or sitting under the stars."""

from __future__ import annotations


def chapter_scene(ctx, chapter_id: str):
    chapter = ctx.session.chapters[chapter_id]
    if chapter.scene == "starlit":
        from game.scenes.starlit import StarlitScene

        return StarlitScene(ctx, chapter_id)
    from game.scenes.explore import ExploreScene

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
    """The scene that resumes the saved evening, or None (with a notice) when the save is unusable."""
    from game.content.errors import ContentError
    from game.core.saves import SaveError
    from game.core.session import Session
    from game.scenes.explore import ExploreScene

    try:
        save = ctx.saves.read()
        session = Session.new(ctx.settings.language)
        session.story.load(save.story)
    except (SaveError, ContentError) as error:
        ctx.notice = str(error)
        return None
    session.chapter, session.items = save.chapter, list(save.items)
    session.flags, session.minigames = set(save.flags), dict(save.minigames)
    ctx.session = session
    if session.chapters[save.chapter].scene != "explore":
        return chapter_scene(ctx, save.chapter)
    return ExploreScene(ctx, save.map, chapter=save.chapter, restore=save)


def apply_language(ctx) -> None:
    """Switch the menus and the story to the language in the settings, mid-evening if need be."""
    from game.content.strings import Strings

    language = ctx.settings.language
    if ctx.strings.language != language:
        ctx.strings = Strings(language)
    if ctx.session is not None:
        ctx.session.change_language(language)
