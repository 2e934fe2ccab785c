"""Content checks over every map: what `--check` prints and the content tests assert.

Each problem is a ContentError (`file:place: message`). The maps are loaded with
`Problems(collect=True)`, so checking goes on after a problem and a map maker sees
every problem of every map at once; then what ties a map to the rest is checked:
doors to other maps' spawns, sprites, knots, Ink variables, speakers, and reaching
things on foot.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from game.berlin.registry import GAMES
from game.content import ink_compiler
from game.content.asset_check import check_assets
from game.content.catalogues import check_languages, story_sources_present
from game.content.chapters import MOODS_FILE, load_cast, load_chapters, load_moods
from game.content.errors import ContentError, Problems
from game.content.map_files import map_names, map_path, unread_map_file
from game.content.maps import MapData, load_map
from game.content.object_kinds import conditions
from game.content.script_lint import check_script
from game.content.story import STORY_JSON, Story
from game.content.strings import load_table
from game.core import paths
from game.core.paths import relative
from game.world.components import Body
from game.world.level import Level
from game.world.pathfind import cell_of, reachable_cells

# what a map maker may have saved a map as, in the maps folder: all but plain .tmx are told why they are not read
SAVED_MAP_ENDINGS = (".tmx", ".tmx.gz", ".tmj")
# kinds whose `sprite` names a sheet in assets/sprites/: a character, a guard, the courier
SPRITE_KINDS = ("npc", "patrol", "courier_route")


@dataclass(frozen=True)
class StoryNames:
    """The names a map may use from the story: knots, Ink variables, the cast's speakers.

    None for what could not be read: check_story (or the cast's own check) says why.
    """

    knots: frozenset | None
    variables: frozenset | None
    speakers: frozenset | None

    @classmethod
    def read(cls) -> StoryNames:
        knots = variables = speakers = None
        try:
            story = Story(STORY_JSON)
            knots, variables = story.knots, frozenset(story.variables)
        except ContentError:
            pass
        try:
            speakers = frozenset(load_cast())
        except ContentError:
            pass
        return cls(knots, variables, speakers)


def check_maps(maps_dir: Path = paths.MAPS, assets_dir: Path = paths.ASSETS,
               story: StoryNames | None = None) -> list[ContentError]:
    problems = Problems(collect=True)
    for path in sorted(maps_dir.glob("*")):
        if path.name.lower().endswith(SAVED_MAP_ENDINGS) and unread_map_file(path.name):
            problems.report(relative(path), None, unread_map_file(path.name))
    loaded: dict[str, MapData] = {}
    for name in map_names(maps_dir):
        try:
            loaded[name] = load_map(name, maps_dir=maps_dir, problems=problems)
        except ContentError as error:
            problems.add(error)
    story = story or StoryNames.read()
    for map_data in loaded.values():
        check_links(map_data, loaded, maps_dir, assets_dir, problems)
        check_story_names(map_data, story, problems)
        check_reach(map_data, problems)
    # a tileset's problem is found once per map that uses it: say it once
    return list({str(problem): problem for problem in problems.found}.values())


def check_links(map_data: MapData, loaded: dict[str, MapData], maps_dir: Path, assets_dir: Path,
                problems: Problems) -> None:
    """Doors lead to a spawn of a map that exists; sprites name sheets that exist; seats are spawns."""
    shown = relative(map_data.path)
    # the map property that makes him someone else (young, in Berlin)
    problem = _sheet_problem(assets_dir, map_data.player_sprite)
    if problem:
        problems.report(shown, "map", f"map property player_sprite: {problem}")
    for spec in map_data.objects:
        if spec.props.get("seat") and spec.props["seat"] not in map_data.spawns:
            spawns = ", ".join(sorted(map_data.spawns))
            problems.report(shown, spec.object_id, f"{spec.kind} '{spec.name}': seat '{spec.props['seat']}' is not "
                                                   f"a spawn of this map (spawns: {spawns})")
        if spec.kind == "door":
            target, spawn = spec.props["target_map"], spec.props["target_spawn"]
            if target not in loaded:
                try:  # a map that failed to load has its own error; a name with .tmx is told below
                    if not target.endswith(".tmx") and map_path(target, maps_dir).is_file():
                        continue
                except ContentError as error:  # a name that leads outside maps/
                    problems.report(shown, spec.object_id, f"door '{spec.name}': target_map: {error.message}")
                    continue
                problems.report(shown, spec.object_id, f"door '{spec.name}': target_map '{target}' "
                                                       f"{_no_such_map(target)} (maps: {', '.join(sorted(loaded))})")
            elif spawn not in loaded[target].spawns:
                problems.report(shown, spec.object_id,
                                f"door '{spec.name}': map '{target}' has no spawn '{spawn}' "
                                f"(spawns: {', '.join(sorted(loaded[target].spawns))})")
        elif spec.props.get("chore"):
            for error in _chore_words(shown, spec):
                problems.add(error)
        elif spec.kind in SPRITE_KINDS:
            problem = _sheet_problem(assets_dir, spec.props["sprite"])
            if problem:
                problems.report(shown, spec.object_id, f"{spec.kind} '{spec.name}': {problem}")


def _sheet_problem(assets_dir: Path, name: str) -> str | None:
    """What is wrong with a sprite sheet's name (a sheet in assets/sprites/, without .png), if anything."""
    sprites = assets_dir / "sprites"
    try:
        sheet = paths.inside(sprites, f"{name}.png", roots=(sprites,))
    except paths.OutsideContent as error:
        return f"sprite {error}"
    return None if sheet.is_file() else f"sprite '{name}' not found ({relative(sheet)})"


def _no_such_map(target: str) -> str:
    """Why a door's target_map names no map, in words."""
    if target.endswith(".tmx"):
        return "does not exist: name the map without .tmx"
    unread = unread_map_file(target)
    return f"{unread}" if unread else "does not exist"


def check_story_names(map_data: MapData, story: StoryNames, problems: Problems) -> None:
    """Knots, `if_var` variables (or knots) and speakers a map names are in the story and the cast."""
    shown = relative(map_data.path)
    for spec in map_data.objects:
        label = f"{spec.kind} '{spec.name}'" if spec.name else spec.kind
        knot = spec.props.get("knot")
        if knot and story.knots is not None and knot.split(".")[0] not in story.knots:
            problems.report(shown, spec.object_id, f"{label}: knot '{knot}' does not exist in the story")
        for name, _wanted in conditions(spec.props.get("if_var") or ""):
            if story.variables is not None and name not in story.variables and (
                    story.knots is None or name not in story.knots):
                problems.report(shown, spec.object_id, f"{label}: if_var names '{name}', which is neither a "
                                                       "variable nor a knot of the story (a VAR or a knot in "
                                                       "assets/story/*.ink)")
        speaker = spec.props.get("speaker")
        if speaker and story.speakers is not None and speaker.strip().lower() not in story.speakers:
            problems.report(shown, spec.object_id, f"{label}: speaker '{speaker}' is not in the cast "
                                                   f"(assets/story/cast.toml: {', '.join(sorted(story.speakers))})")


def _chore_words(shown: str, spec) -> list[ContentError]:
    """A chore's words are in the [chores] strings (English: other languages translate them in their
    catalogues, and check_languages says where one lacks them)."""
    key = f"chores.{spec.props['chore']}"
    if key in load_table():
        return []
    return [ContentError(shown, spec.object_id, f"{spec.kind} '{spec.name}': chore '{spec.props['chore']}' "
                                                f"has no words in [chores] of assets/strings/en.toml")]


# kinds a player must be able to get to: walk into, or stand beside and face
REACHED_KINDS = ("trigger", "door", "npc", "interactable")


def check_reach(map_data: MapData, problems: Problems) -> None:
    """Spawns stand on open ground; everything to walk into or use can be reached on foot from 'default'.

    A thing counts as reached when the player can stand on it or on a cell next to
    it (facing it), over the collision grid and the map's unconditional solids.
    Routes (polylines: patrols, the courier's walk) must stay on tiles that do not collide.
    """
    if "default" not in map_data.spawns:
        return  # reported by the loader
    shown = relative(map_data.path)
    level = Level(map_data)
    body = level.world.get(level.player, Body)
    for spawn in map_data.spawns.values():
        if spawn.props.get("pose") == "sit":  # a seat may be a chair: he must be able to get up from it
            if level.stand_up_spot(*spawn.feet, spawn.props["facing"]) is None:
                problems.report(shown, spawn.object_id, f"spawn '{spawn.name}' (pose sit): no open ground beside it "
                                                        f"to stand up on")
        elif level.blocked(body.rect_at(*spawn.feet), ignore=level.player):
            problems.report(shown, spawn.object_id, f"spawn '{spawn.name}' is inside a wall")
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
                problems.report(shown, spec.object_id, f"{spec.kind} '{spec.name}': cannot be reached on foot "
                                                       f"from spawn 'default'")
        wall = route_wall(map_data, spec.points)
        if wall is not None:
            problems.report(shown, spec.object_id,
                            f"{spec.kind} '{spec.name}': route crosses a wall at tile {wall[0]},{wall[1]}")


def route_wall(map_data: MapData, points) -> tuple[int, int] | None:
    """The first tile a polyline runs over that blocks walking, if any (off the map is the loader's to say)."""
    tw, th = map_data.tile_w, map_data.tile_h
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0)) // 2))  # every 2 pixels along the segment
        for step in range(steps + 1):
            x, y = x0 + (x1 - x0) * step / steps, y0 + (y1 - y0) * step / steps
            cx, cy = int(x // tw), int(y // th)
            if 0 <= cx < map_data.width and 0 <= cy < map_data.height and map_data.blocked[cy * map_data.width + cx]:
                return cx, cy
    return None


def check_ink_sources() -> list[ContentError]:
    """The Ink sources compile, and the committed story.json is what they make (when Node and inkjs are installed)."""
    return ink_compiler.check_compiled() if ink_compiler.compiler_available() else []


def check_story(maps_dir: Path = paths.MAPS, story_json: Path | None = None,
                story_dir: Path = paths.ASSETS / "story") -> list[ContentError]:
    """The story loads, the chapters' knots and maps exist (the knots maps name are checked with
    the maps), and the Berlin games fit it (check_games)."""
    problems: list[ContentError] = []
    try:
        story = Story(story_json or STORY_JSON)
    except ContentError as error:
        return [error]
    try:
        chapters = load_chapters()
    except ContentError as error:
        return [error]
    for chapter in chapters.values():
        if not story.has_knot(chapter.intro):
            problems.append(ContentError("assets/story/chapters.toml", f"chapter {chapter.id}",
                                         f"intro knot '{chapter.intro}' does not exist in the story"))
        if not (maps_dir / f"{chapter.map}.tmx").is_file():
            problems.append(ContentError("assets/story/chapters.toml", f"chapter {chapter.id}",
                                         f"map '{chapter.map}' does not exist"))
    return problems + check_games(story, story_dir)


START_MINIGAME = re.compile(r'start_minigame\(\s*"([^"]*)"\s*\)')


def check_games(story, story_dir: Path) -> list[ContentError]:
    """The story starts only the games the registry lists (game/berlin/registry.py), and declares
    every Ink variable a game's end sets."""
    problems = []
    for source in sorted(story_dir.rglob("*.ink")):
        for number, text in enumerate(source.read_text(encoding="utf-8-sig").splitlines(), start=1):
            for game_id in START_MINIGAME.findall(text.split("//")[0]):
                if game_id not in GAMES:
                    problems.append(ContentError(relative(source), f"line {number}",
                                                 f"start_minigame(\"{game_id}\"): there is no such game "
                                                 f"(games: {', '.join(GAMES)})"))
    for game in GAMES.values():
        for name in game.sets:
            if name not in story.variables:
                problems.append(ContentError(game.package.replace(".", "/") + "/__init__.py", f"game {game.id}",
                                             f"its end sets the Ink variable '{name}', which the story does not "
                                             f"declare (VAR {name} = ...)"))
    return problems


MOOD_TAG = re.compile(r"#\s*mood\s*:\s*([^#\s]+)", re.IGNORECASE)


def check_moods(story_dir: Path = paths.ASSETS / "story", moods_file: Path | None = None) -> list[ContentError]:
    """Every `# mood:` tag in the Ink sources is one moods.toml gives a face to."""
    try:
        moods = load_moods(moods_file or MOODS_FILE)
    except ContentError as error:
        return [error]
    problems = []
    for source in sorted(story_dir.rglob("*.ink")):
        for number, text in enumerate(source.read_text(encoding="utf-8-sig").splitlines(), start=1):
            for mood in MOOD_TAG.findall(text.split("//")[0]):
                if mood.lower() not in moods:
                    problems.append(ContentError(relative(source), f"line {number}",
                                                 f"mood '{mood}' has no portrait expression in "
                                                 f"{relative(moods_file or MOODS_FILE)} "
                                                 f"(moods: {', '.join(sorted(moods))})"))
    return problems


# every check `--check` runs in turn, each giving its list of problems (the Ink compile runs beside them);
# check_languages holds every language's catalogue to the sources (game/content/catalogues.py)
CHECKS = (check_maps, check_story, check_script, check_moods, check_assets, check_languages)


def run_check() -> int:
    """`python main.py --check`: print every problem, exit non-zero if there is any."""
    if not ink_compiler.compiler_available():
        # an installed game never has the compiler: its story.json is checked, not rebuilt from the Ink
        print("note: the Ink sources were not recompiled: that needs Node and the inkjs compiler in a checkout "
              "of the game's repository (npm ci)")
    if not story_sources_present():
        print("note: the Ink sources are missing, so the catalogues' story lines were not checked against them")
    with ThreadPoolExecutor(max_workers=1) as pool:
        compiling = pool.submit(check_ink_sources)  # Node compiles the Ink, a process of its own, meanwhile
        problems = [problem for check in CHECKS for problem in check()]
        problems = compiling.result() + problems
    for problem in problems:
        print(problem)
    count = len(map_names())
    if problems:
        print(f"{len(problems)} problem(s) in content ({count} maps checked)")
        return 1
    print(f"content OK ({count} maps checked)")
    return 0
