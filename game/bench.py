"""`python -m game.bench`: performance figures of the game, as one JSON object.

It plays the largest map headless in a 1920×1080 window with the camera moving
(a scripted player walks between far-apart places), and measures in the same
run a bare pyscroll render of the same map and view with the same present, so
`ratio` says what the game adds over the renderer alone.
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time

from game import paths

WINDOW = (1920, 1080)
WARMUP_FRAMES = 60
MEASURED_FRAMES = 1200


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def largest_map() -> str:
    from game.content.maps import load_map, map_names

    sizes = {name: load_map(name).width * load_map(name).height for name in map_names()}
    return max(sorted(sizes), key=sizes.get)


def measure_startup(runs: int = 3) -> float:
    """Wall time of a whole headless `python main.py` that starts, presents its first frame
    (the title screen) and exits; settings and saves go to a throwaway folder."""
    times = []
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, str(paths.ROOT / "main.py"), "--headless", "--frames", "1",
                            "--data-dir", folder], check=True, env=env, stdout=subprocess.DEVNULL)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class Tour:
    """Drives the player between seeded random far-apart cells, never through a door."""

    def __init__(self, scene, seed: int = 7):
        from game.world.components import Area, Door
        from game.world.pathfind import cell_of, reachable_cells

        self.scene = scene
        self.rng = random.Random(seed)
        level = scene.level
        tw, th = level.map.tile_w, level.map.tile_h
        doors = set()
        for _, area, _ in level.world.query(Area, Door):
            for cx in range(int(area.x // tw) - 1, int((area.x + area.w) // tw) + 2):
                for cy in range(int(area.y // th) - 1, int((area.y + area.h) // th) + 2):
                    doors.add((cx, cy))
        self.avoid = frozenset(doors)
        position = level.player_position
        self.cells = sorted(reachable_cells(level, cell_of(level, position.x, position.y)) - self.avoid)
        self.walker = None

    def __call__(self, ctx):
        from game.core.input import InputFrame, Intent
        from game.scenes.message import MessageScene
        from game.scripted import PathWalker, path_to

        top = ctx.scenes.top
        if isinstance(top, MessageScene):  # read it, then carry on
            return InputFrame.of(pressed=[Intent.INTERACT]) if ctx.clock.ticks % 20 == 0 else InputFrame()
        level = self.scene.level
        if self.walker is None or self.walker.done or self.walker.stuck_ticks > 30:
            goal = self.rng.choice(self.cells)
            path = path_to(level, lambda cell: cell == goal)
            if path is None:
                return InputFrame()
            self.walker = PathWalker(level, path)
        return self.walker.frame()


def run_game_frames(map_name: str):
    from game.app import App, RunOptions
    from game.scenes.explore import ExploreScene

    app = App(RunOptions(headless=True, window_size=WINDOW), announce=lambda line: None)
    pg = app.pygame
    load_times = []
    for _ in range(5):
        scene = ExploreScene(app.ctx, map_name)
        start = time.perf_counter()
        scene.enter()  # reads the map, builds the level and its view
        load_times.append((time.perf_counter() - start) * 1000)
    scene = ExploreScene(app.ctx, map_name)
    app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()
    tour = Tour(scene)
    frame_ms, centres = [], []
    for index in range(WARMUP_FRAMES + MEASURED_FRAMES):
        frame = tour(app.ctx)  # the scripted player plans outside the timed frame, as a person would
        start = time.perf_counter()
        pg.event.pump()
        app.tick(frame)
        app.render(0.5)
        elapsed = (time.perf_counter() - start) * 1000
        if index >= WARMUP_FRAMES:
            frame_ms.append(elapsed)
            centres.append(scene.view.camera.at(0.5))
    return app, scene, statistics.median(load_times), frame_ms, centres


def run_baseline(app, map_name: str, centres) -> list[float]:
    """The bare renderer: pyscroll drawing the same map at the same camera centres, same present."""
    import pyscroll
    import pytmx

    from game.content.maps import map_path

    tmx = pytmx.load_pygame(str(map_path(map_name)))
    renderer = pyscroll.BufferedRenderer(pyscroll.TiledMapData(tmx), app.canvas.get_size(), clamp_camera=False)
    times = []
    for index in range(WARMUP_FRAMES + len(centres)):
        centre = centres[max(0, index - WARMUP_FRAMES)]
        start = time.perf_counter()
        app.pygame.event.pump()
        renderer.center(centre)
        renderer.draw(app.canvas, app.canvas.get_rect())
        app.present()
        elapsed = (time.perf_counter() - start) * 1000
        if index >= WARMUP_FRAMES:
            times.append(elapsed)
    return times


def main() -> int:
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    map_name = largest_map()
    startup = measure_startup()
    app, scene, load_ms, frames, centres = run_game_frames(map_name)
    baseline = run_baseline(app, map_name, centres)
    result = {
        "map": map_name,
        "window": f"{WINDOW[0]}x{WINDOW[1]}",
        "frames": len(frames),
        "frame_ms_median": round(statistics.median(frames), 3),
        "frame_ms_p99": round(percentile(frames, 0.99), 3),
        "frame_ms_max": round(max(frames), 3),
        "baseline_ms_median": round(statistics.median(baseline), 3),
        "ratio": round(statistics.median(frames) / statistics.median(baseline), 3),
        "map_load_ms": round(load_ms, 2),
        "startup_ms": round(startup, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
