"""Content checks over every map: what `--check` prints and the content tests assert.

Each problem is a ContentError (`file:place: message`); checking goes on after
a problem so a map maker sees every problem at once.
"""

from __future__ import annotations

from pathlib import Path

from game import paths
from game.content.errors import ContentError
from game.content.maps import MapData, load_map, map_names, relative


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
            elif spec.kind == "npc":
                sheet = assets_dir / "sprites" / f"{spec.props['sprite']}.png"
                if not sheet.is_file():
                    problems.append(ContentError(shown, spec.object_id,
                                                 f"npc '{spec.name}': sprite '{spec.props['sprite']}' not found "
                                                 f"({relative(sheet)})"))
    return problems


def run_check() -> int:
    """`python main.py --check`: print every problem, exit non-zero if there is any."""
    problems = check_maps()
    for problem in problems:
        print(problem)
    count = len(map_names())
    if problems:
        print(f"{len(problems)} problem(s) in content ({count} maps checked)")
        return 1
    print(f"content OK ({count} maps checked)")
    return 0
