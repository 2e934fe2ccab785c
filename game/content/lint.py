"""Content checks over every map: what `--check` prints and the content tests assert.

Each problem is a ContentError (`file:place: message`); checking goes on after
a problem so a map maker sees every problem at once.
"""

from __future__ import annotations

from pathlib import Path

from game import paths
from game.content.errors import ContentError
from game.content.maps import MapData, load_map, map_names, relative


# kinds whose `sprite` names a sheet in assets/sprites/: a character, a guard, the courier
SPRITE_KINDS = ("npc", "patrol", "courier_route")


def check_maps(maps_dir: Path = paths.MAPS, assets_dir: Path = paths.ASSETS) -> list[ContentError]:
    problems: list[ContentError] = []
    loaded: dict[str, MapData] = {}
    for name in map_names(maps_dir):
        try:
            loaded[name] = load_map(name, maps_dir=maps_dir)
        except ContentError as error:
            problems.append(error)
    for map_data in loaded.values():
        shown = relative(map_data.path)
        player_sheet = assets_dir / "sprites" / f"{map_data.player_sprite}.png"
        if not player_sheet.is_file():  # the map property that makes him someone else (young, in Berlin)
            problems.append(ContentError(shown, "map", f"map property player_sprite: sprite "
                                                       f"'{map_data.player_sprite}' not found "
                                                       f"({relative(player_sheet)})"))
        for spec in map_data.objects:
            if spec.kind == "door":
                target, spawn = spec.props["target_map"], spec.props["target_spawn"]
                if target not in loaded:
                    if (maps_dir / f"{target}.tmx").is_file():
                        continue  # that map failed to load; its own error says why
                    problems.append(ContentError(shown, spec.object_id,
                                                 f"door '{spec.name}': target_map '{target}' does not exist "
                                                 f"(maps: {', '.join(sorted(loaded))})"))
                elif spawn not in loaded[target].spawns:
                    problems.append(ContentError(shown, spec.object_id,
                                                 f"door '{spec.name}': map '{target}' has no spawn '{spawn}' "
                                                 f"(spawns: {', '.join(sorted(loaded[target].spawns))})"))
            elif spec.kind in SPRITE_KINDS:
                sheet = assets_dir / "sprites" / f"{spec.props['sprite']}.png"
                if not sheet.is_file():
                    problems.append(ContentError(shown, spec.object_id,
                                                 f"{spec.kind} '{spec.name}': sprite '{spec.props['sprite']}' "
                                                 f"not found ({relative(sheet)})"))
        problems += check_reach(map_data)
    return problems


# kinds a player must be able to get to: walk into, or stand beside and face
REACHED_KINDS = ("trigger", "door", "npc", "interactable")


def check_reach(map_data: MapData) -> list[ContentError]:
    """Spawns stand on open ground; everything to walk into or use can be reached on foot from 'default'.

    A thing counts as reached when the player can stand on it or on a cell next to
    it (facing it), over the collision grid and the map's unconditional solids.
    Routes (polylines: patrols, the courier's walk) must stay on tiles that do not collide.
    """
    from game.world.components import Body
    from game.world.level import Level
    from game.world.pathfind import cell_of, reachable_cells

    shown = relative(map_data.path)
    problems: list[ContentError] = []
    level = Level(map_data)
    body = level.world.get(level.player, Body)
    for spawn in map_data.spawns.values():
        if level.blocked(body.rect_at(*spawn.feet), ignore=level.player):
            problems.append(ContentError(shown, spawn.object_id, f"spawn '{spawn.name}' is inside a wall"))
    start = map_data.spawns["default"]
    reachable = reachable_cells(level, cell_of(level, *start.feet))
    tw, th = map_data.tile_w, map_data.tile_h
    for spec in map_data.objects:
        if spec.kind in REACHED_KINDS:
            left, top = int(spec.x // tw) - 1, int(spec.y // th) - 1
            right = int((spec.x + max(spec.w, 1) - 1) // tw) + 1
            bottom = int((spec.y + max(spec.h, 1) - 1) // th) + 1
            around = {(cx, cy) for cx in range(left, right + 1) for cy in range(top, bottom + 1)}
            if not around & reachable:
                problems.append(ContentError(shown, spec.object_id,
                                             f"{spec.kind} '{spec.name}': cannot be reached on foot "
                                             f"from spawn 'default'"))
        wall = route_wall(map_data, spec.points)
        if wall is not None:
            problems.append(ContentError(shown, spec.object_id,
                                         f"{spec.kind} '{spec.name}': route crosses a wall at tile {wall[0]},{wall[1]}"))
    return problems


def route_wall(map_data: MapData, points) -> tuple[int, int] | None:
    """The first tile a polyline runs over that blocks walking (or lies off the map), if any."""
    tw, th = map_data.tile_w, map_data.tile_h
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0)) // 2))  # every 2 pixels along the segment
        for step in range(steps + 1):
            x, y = x0 + (x1 - x0) * step / steps, y0 + (y1 - y0) * step / steps
            cx, cy = int(x // tw), int(y // th)
            if not (0 <= cx < map_data.width and 0 <= cy < map_data.height) or \
                    map_data.blocked[cy * map_data.width + cx]:
                return cx, cy
    return None



def check_story(maps_dir: Path = paths.MAPS, story_json: Path | None = None,
                compile_sources: bool = True) -> list[ContentError]:
    """The story loads, every knot a map names exists, and the committed JSON is what the sources make."""
    from game.content import ink_compiler
    from game.content.chapters import load_chapters
    from game.content.story import STORY_JSON, Story

    problems: list[ContentError] = []
    if compile_sources and ink_compiler.compiler_available():
        problems += ink_compiler.check_compiled()
    try:
        story = Story(story_json or STORY_JSON)
    except ContentError as error:
        return problems + [error]
    for name in map_names(maps_dir):
        try:
            map_data = load_map(name, maps_dir=maps_dir)
        except ContentError:
            continue  # reported by check_maps
        for spec in map_data.objects:
            knot = spec.props.get("knot")
            if knot and not story.has_knot(knot):
                problems.append(ContentError(relative(map_data.path), spec.object_id,
                                             f"{spec.kind} '{spec.name}': knot '{knot}' does not exist in the story"))
    try:
        chapters = load_chapters()
    except ContentError as error:
        return problems + [error]
    for chapter in chapters.values():
        if not story.has_knot(chapter.intro):
            problems.append(ContentError("assets/story/chapters.toml", f"chapter {chapter.id}",
                                         f"intro knot '{chapter.intro}' does not exist in the story"))
        if not (maps_dir / f"{chapter.map}.tmx").is_file():
            problems.append(ContentError("assets/story/chapters.toml", f"chapter {chapter.id}",
                                         f"map '{chapter.map}' does not exist"))
    return problems


def run_check() -> int:
    """`python main.py --check`: print every problem, exit non-zero if there is any."""
    from game.content import ink_compiler
    from game.content.asset_check import check_assets

    if not ink_compiler.compiler_available():
        print("note: Node or the inkjs compiler is missing (npm ci), so the Ink sources were not recompiled")
    problems = check_maps() + check_story() + check_assets()
    for problem in problems:
        print(problem)
    count = len(map_names())
    if problems:
        print(f"{len(problems)} problem(s) in content ({count} maps checked)")
        return 1
    print(f"content OK ({count} maps checked)")
    return 0
