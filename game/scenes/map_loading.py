"""Reading a map for walking: its level (logic), its view (drawing, when the run draws), and reading
them again from disk (F5, or a save in Tiled) without losing where he stands or the story told."""

from __future__ import annotations

from game.content.maps import MapData, load_map
from game.content.story import Story
from game.core import paths
from game.core.context import CANVAS_SIZE
from game.render.map_view import MapView
from game.world.components import Body
from game.world.level import Level


def read_map(ctx, map_name, beside: MapData | None = None) -> MapData:
    """A map by name (looked up beside the map he is on: a door names a map in its own folder, so maps
    in any folder link up) or by Path. ContentError when it cannot be read."""
    maps_dir = beside.path.parent if beside is not None else paths.MAPS
    return load_map(map_name, images=ctx.can_draw, maps_dir=maps_dir)


def build(ctx, map_data: MapData, spawn: str, light: str | None):
    """The level for a map and, when this run draws, its view following the player. The level reads
    Ink through the session, so a new story (a language switch, F5) is the one it reads."""
    session = ctx.session
    if session is not None:
        level = Level(map_data, spawn, chapter=session.chapter, story_get=session.variable,
                      story_visits=session.visits)
    else:
        level = Level(map_data, spawn)
    return level, view_of(ctx, map_data, level, light)


def view_of(ctx, map_data: MapData, level: Level, light: str | None) -> MapView | None:
    """The map's view following the player, when this run draws."""
    if not ctx.can_draw:
        return None
    view = MapView(map_data, ctx.assets, CANVAS_SIZE, ctx.clock.milliseconds,
                   light or map_data.properties.get("light", "afternoon"))
    view.follow(level, 0.0, jump=True)
    return view


def read_again(ctx, old: Level, light: str | None):
    """The map he is on, its tilesets and the compiled story, read again from disk: (level, view). He
    stays where he stood, unless that is now a wall (then he is at the map's default spawn). Raises
    whatever reading raised (a ContentError, mostly), with nothing changed."""
    position, facing = old.player_position, old.player_facing
    session = ctx.session
    story = None
    if session is not None:
        story = Story(session.story.path)
        story.load(session.story.save())
    map_data = load_map(old.map.path, images=ctx.can_draw)
    level, view = build(ctx, map_data, "default", light)
    body = level.world.get(level.player, Body)
    if not level.blocked(body.rect_at(position.x, position.y), ignore=level.player):
        level.set_player_position(position.x, position.y, facing)
    if story is not None:
        session.story = story
        level.refresh_conditions()  # built reading the old story: a VAR new in this one counts now
    if view is not None:
        view.follow(level, 0.0, jump=True)
    return level, view
