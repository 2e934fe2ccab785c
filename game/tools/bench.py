"""`python -m game.tools.bench`: performance figures of the game, as one JSON object.

It plays the largest map headless in a 1920×1080 window with the camera moving
(a scripted player walks between far-apart places), and measures in the same
run a bare pyscroll render of the same map and view with the same present, so
`ratio` says what the game adds over the renderer alone. Those are the top-level keys.

`chapters` has the same figures for each chapter at its busiest: the autoplayer plays it
from its start, and frames are timed from the moment it gets busy (a dialogue box open over
the map, every Berlin guard walking in the rain, the whole night sky). `berlin` details the
flashback's three maps: the street, the tail and the dead drop. `autoplay_peak_rss_mb` is the
peak memory of a whole `--autoplay` run, title to credits.

`journey` plays the whole evening the same way in this process, title to ending, every frame
timed, and names the moments where work piles up: each chapter's start, each map loaded, each
Berlin game opened and begun, with the worst frame from half a second before to a second after.
`hitches` counts the frames over 8.3 ms (half a 60 Hz frame) across every timed frame of the
bench (not the bare renderer's); `hitches_cpu` counts those whose main thread itself spent that
long (on a shared machine a frame can be long only because another process had the core). A long
frame the player cannot see is not a hitch: one made while the screen showed a still picture (the
frame before it drew exactly what it draws) or a dark one (every pixel within 40 of black: the
fade's black, the warm night closing in); the game loads places behind such frames.
`unseen_long_frames` counts those (wall time), and each journey moment names its worst frame in
CPU time too (`worst_cpu_ms`) and its worst seen one (`worst_seen_cpu_ms`).
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
import zlib

import pygame
import pyscroll
import pytmx

from game.app import App, RunOptions
from game.berlin import registry
from game.cli import RUN_GAME
from game.content.map_files import map_names, map_path
from game.content.maps import load_map
from game.core.input import InputFrame, Intent
from game.core.session import Session
from game.players.autoplay import AutoPlayer
from game.players.scripted import level_walker, path_to
from game.world.components import Area, Door
from game.world.pathfind import cell_of, reachable_cells

WINDOW = (1920, 1080)
WARMUP_FRAMES = 60
MEASURED_FRAMES = 1200
HITCH_MS = 1000 / 60 / 2  # half a frame at 60 Hz: over it, a 120 Hz display misses a refresh
STARTUP_RUNS = 5


DARK = 41  # a pixel within 40 of black in every channel is dark


def dark(canvas) -> bool:
    """Whether every pixel of the picture is dark (the screen is black, or nearly)."""
    width, height = canvas.get_size()
    return pygame.mask.from_threshold(canvas, (0, 0, 0, 255), (DARK, DARK, DARK, 255)).count() == width * height


def looked_at(canvas) -> tuple[int, bool]:
    """What the bench notes of a frame's picture, after its clock stops: a checksum of its pixels (read
    where they lie: a copy, half a megabyte a frame, would fault in fresh pages between the timed
    frames) and whether it is dark. The bare renderer's frames are looked at too, so both runs leave
    the caches alike for the frame that follows."""
    return zlib.crc32(canvas.get_buffer()), dark(canvas)


class FrameLog:
    """Every frame the bench times, in wall time (what a player sees) and the main thread's CPU time
    (what the game itself spent), and whether the player could see it was late, for the hitch counts."""

    def __init__(self):
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.seen: list[bool] = []
        self._started = (0.0, 0.0)
        self._shown: tuple[int, bool] | None = None  # the picture on screen: its checksum, and whether dark

    def start(self) -> None:
        self._started = (time.perf_counter(), time.thread_time())

    def stop(self, canvas, keep: bool = True) -> float:
        """The frame's wall time (ms) (the picture it drew on `canvas` looked at after the clocks stop);
        kept for the counts when `keep`."""
        wall = (time.perf_counter() - self._started[0]) * 1000
        cpu = (time.thread_time() - self._started[1]) * 1000
        picture = looked_at(canvas)
        # late and seen: the screen showed something that moved or lit up while it was made
        seen = self._shown is not None and not self._shown[1] and self._shown[0] != picture[0]
        self._shown = picture
        if keep:
            self.wall.append(wall)
            self.cpu.append(cpu)
            self.seen.append(seen)
        return wall

    def forget_picture(self) -> None:
        """A new run: nothing is on screen yet."""
        self._shown = None

    def hitches(self) -> dict:
        return {"hitches": sum(ms > HITCH_MS and seen for ms, seen in zip(self.wall, self.seen)),
                "hitches_cpu": sum(ms > HITCH_MS and seen for ms, seen in zip(self.cpu, self.seen)),
                "unseen_long_frames": sum(ms > HITCH_MS and not seen for ms, seen in zip(self.wall, self.seen)),
                "timed_frames": len(self.wall)}


FRAMES = FrameLog()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def largest_map() -> str:
    sizes = {name: load_map(name).width * load_map(name).height for name in map_names()}
    return max(sorted(sizes), key=sizes.get)


def measure_startup(runs: int = STARTUP_RUNS) -> float:
    """Wall time (median) of a whole headless `python main.py` that starts, presents its first frame
    (the title screen) and exits; settings and saves go to a throwaway folder. As a player starts it:
    after one start that compiles the bytecode and fills the caches (an install does the first; the
    first start, the second), so a PYTHONDONTWRITEBYTECODE in the bench's own environment is dropped."""
    times = []
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs + 1):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", RUN_GAME, "--headless", "--frames", "1",
                            "--data-dir", folder], check=True, env=env, stdout=subprocess.DEVNULL)
            if run:
                times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class Tour:
    """Drives the player between seeded random far-apart cells, never through a door."""

    def __init__(self, scene, seed: int = 7):
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
        if ctx.scenes.top.kind == "message":  # read it, then carry on
            return InputFrame.of(pressed=[Intent.INTERACT]) if ctx.clock.ticks % 20 == 0 else InputFrame()
        level = self.scene.level
        if self.walker is None or self.walker.done or self.walker.stuck_ticks > 30:
            goal = self.rng.choice(self.cells)
            path = path_to(level, lambda cell: cell == goal)
            if path is None:
                return InputFrame()
            self.walker = level_walker(level, path)
        position = level.player_position
        return self.walker.frame((position.x, position.y))


def run_game_frames(map_name: str):
    app = App(RunOptions(headless=True, window_size=WINDOW), announce=lambda line: None)
    pg = app.pygame
    load_times = []
    for _ in range(5):
        scene = app.ctx.nav.make("explore", map_name)
        start = time.perf_counter()
        scene.enter()  # reads the map, builds the level and its view
        load_times.append((time.perf_counter() - start) * 1000)
    app.ctx.nav.walk(map_name)
    app.ctx.scenes.apply_pending()
    scene = app.ctx.scenes.top
    tour = Tour(scene)
    frame_ms, centres = [], []
    FRAMES.forget_picture()
    for index in range(WARMUP_FRAMES + MEASURED_FRAMES):
        frame = tour(app.ctx)  # the scripted player plans outside the timed frame, as a person would
        FRAMES.start()
        pg.event.pump()
        app.tick(frame)
        app.render(0.5)
        elapsed = FRAMES.stop(app.canvas, keep=index >= WARMUP_FRAMES)
        if index >= WARMUP_FRAMES:
            frame_ms.append(elapsed)
            centres.append(scene.view.camera.at(0.5))
    return app, scene, statistics.median(load_times), frame_ms, centres


def run_baseline(app, map_name: str, centres) -> list[float]:
    """The bare renderer: pyscroll drawing the same map at the same camera centres, same present."""
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
        looked_at(app.canvas)
        if index >= WARMUP_FRAMES:
            times.append(elapsed)
    return times


# -- each chapter at its busiest ----------------------------------------------------------------

def _top_is_dialogue(ctx) -> bool:
    return ctx.scenes.top.kind == "dialogue"


def _minigame_playing(ctx) -> bool:
    return getattr(ctx.scenes.top, "phase", None) == "play"


def _always(ctx) -> bool:
    return True


def moments() -> dict:
    """name: (how it starts: a chapter id or "minigame:<id>", when it is busy, what it shows); frames
    are timed from when it gets busy for as long as the same scene is the one drawn (a minigame: while
    it is played), so a moment never runs on into the next stage. Each Berlin game in the registry is
    one, berlin_<id>, as its record describes it."""
    games = {f"berlin_{game.id}": (f"minigame:{game.id}", _minigame_playing, game.bench)
             for game in registry.GAMES.values()}
    return {
        "visitor": ("visitor", _top_is_dialogue, "dialogue box over the kitchen at dusk"),
        "dinner": ("dinner", _top_is_dialogue, "the dinner conversation, choices and portraits"),
        "garden": ("garden", _top_is_dialogue, "dialogue in the night garden, fireflies, lanterns"),
        "berlin_street": ("berlin", _top_is_dialogue, "the Berlin street in the rain, dialogue open"),
        **games,
        "ending": ("ending", _always, "the whole night sky, tracing the stars"),
    }


def _at_a_persons_pace(name: str) -> bool:
    """A game the bench plays a move a second, as a person thinks (not at the solver's speed)."""
    game = registry.GAMES.get(name.removeprefix("berlin_"))
    return game is not None and game.bench_at_a_persons_pace


READING_TICKS = 60
BUSY_WITHIN_TICKS = 60 * 120  # a moment that isn't busy after two minutes of play is a bug


def _stage(ctx):
    """The scene drawn at the bottom of the picture (the topmost opaque one)."""
    return next((scene for scene in reversed(ctx.scenes.scenes) if scene.opaque), None)


def _map_and_centre(ctx):
    """The map being drawn and the camera centre, from the scene that draws it."""
    for scene in reversed(ctx.scenes.scenes):
        view = getattr(scene, "view", None)
        if getattr(scene, "map_name", None) and view is not None and hasattr(view, "camera"):
            return scene.map_name, view.camera.at(0.5)
        camera = getattr(scene, "camera", None)
        if getattr(scene, "map_name", None) and camera is not None:
            return scene.map_name, (camera.x, camera.y)
    return None, None


def run_moment(name: str, start: str, busy):
    """Play from `start` with the autoplayer until `busy`, then time frames while it stays on."""
    app = App(RunOptions(headless=True, window_size=WINDOW), announce=lambda line: None)
    ctx = app.ctx
    ctx.session = Session.new()
    a_game = start.startswith("minigame:")  # timed until the game ends; a chapter, for the whole count
    if a_game:
        ctx.session.chapter = "berlin"
        ctx.nav.minigame(start.split(":", 1)[1])
    else:
        ctx.session.chapter = start
        ctx.nav.chapter(start)
    ctx.scenes.apply_pending()
    player = registry.winner_for(ctx.scenes.top) if a_game else AutoPlayer()
    for _ in range(BUSY_WITHIN_TICKS):
        if busy(ctx):
            break
        app.tick(player(ctx))
        app.render(0.5)
    else:
        raise RuntimeError(f"bench: '{name}' never got busy")
    frame_ms, centres, map_name = [], [], None
    reading = 0
    stage = _stage(ctx)
    FRAMES.forget_picture()
    for index in range(WARMUP_FRAMES + MEASURED_FRAMES):
        if not len(ctx.scenes) or _stage(ctx) is not stage or (a_game and not busy(ctx)):
            break
        reading = reading + 1 if _top_is_dialogue(ctx) or _at_a_persons_pace(name) else 0
        # a dialogue is read at a person's pace (a key press a second), so the box stays open
        frame = player(ctx) if reading % READING_TICKS == 0 else InputFrame()
        FRAMES.start()
        app.pygame.event.pump()
        app.tick(frame)
        app.render(0.5)
        elapsed = FRAMES.stop(app.canvas, keep=index >= WARMUP_FRAMES)
        if index >= WARMUP_FRAMES:
            frame_ms.append(elapsed)
            shown, centre = _map_and_centre(ctx)
            map_name = map_name or shown
            centres.append(centre)
    return app, map_name, frame_ms, centres


def figures(frames: list[float], baseline: list[float]) -> dict:
    return {
        "frames": len(frames),
        "frame_ms_median": round(statistics.median(frames), 3),
        "frame_ms_p99": round(percentile(frames, 0.99), 3),
        "frame_ms_max": round(max(frames), 3),
        "baseline_ms_median": round(statistics.median(baseline), 3),
        "ratio": round(statistics.median(frames) / statistics.median(baseline), 3),
    }


def measure_moment(name: str) -> dict:
    start, busy, what = moments()[name]
    app, map_name, frames, centres = run_moment(name, start, busy)
    map_name = map_name or "garden"  # under the sky: the garden is the map behind it
    if not all(centres):
        width, height = load_map(map_name, images=False).pixel_size
        centres = [centre or (width / 2, height / 2) for centre in centres]
    baseline = run_baseline(app, map_name, centres)
    return {"shows": what, "map": map_name, **figures(frames, baseline)}


# -- the whole evening, and the moments where work piles up ---------------------------------------

BEFORE_FRAMES, AFTER_FRAMES = 30, 60  # a moment: from half a second before its event to a second after
JOURNEY_FRAME_LIMIT = 60 * 60 * 30  # half an hour of game time (as --autoplay)


def whereabouts(ctx) -> dict:
    """What a moment is made of: the chapter, the maps loaded (each level or game map by identity) and
    the Berlin games open, with their phase."""
    maps, games = {}, {}
    for scene in ctx.scenes.scenes:
        level = getattr(scene, "level", None)
        if level is not None:
            maps[id(level)] = level.map.name
        if scene.kind == "minigame":
            games[scene.game_id] = scene.phase
            if getattr(scene, "map", None) is not None:
                maps[id(scene.map)] = scene.map.name
    chapter = ctx.session.chapter if ctx.session is not None else None
    return {"chapter": chapter, "maps": maps, "games": games}


def events_between(before: dict, after: dict) -> list[str]:
    """The moments that begin between two frames' whereabouts."""
    events = []
    if after["chapter"] and after["chapter"] != before["chapter"]:
        events.append(f"chapter {after['chapter']}")
    events += [f"map {name}" for key, name in after["maps"].items() if key not in before["maps"]]
    for game, phase in after["games"].items():
        if game not in before["games"]:
            events.append(f"game {game} opens")
        elif phase == "play" and before["games"][game] != "play":
            events.append(f"game {game} begins")
    return events


def run_journey() -> tuple[list[float], list[tuple[int, str]]]:
    """The autoplayer's evening from the title to its ending, every frame timed; and each event with the
    index of the frame it happened in."""
    app = App(RunOptions(headless=True, window_size=WINDOW), announce=lambda line: None)
    ctx = app.ctx
    ctx.session = Session.new()
    ctx.nav.title()
    ctx.scenes.apply_pending()
    player = AutoPlayer()
    frames, events = [], []
    seen = whereabouts(ctx)
    ended_at = None
    first = len(FRAMES.wall)
    FRAMES.forget_picture()
    while len(ctx.scenes) and not ctx.mail.quit_requested and len(frames) < JOURNEY_FRAME_LIMIT:
        frame = player(ctx)
        FRAMES.start()
        app.pygame.event.pump()
        app.tick(frame)
        app.render(0.5)
        frames.append(FRAMES.stop(app.canvas))
        now = whereabouts(ctx)
        events += [(len(frames) - 1, name) for name in events_between(seen, now)]
        seen = now
        if ctx.session.ended and ended_at is None:
            ended_at = len(frames)
        if ended_at is not None and len(frames) - ended_at > AFTER_FRAMES:
            break
    if ended_at is None:
        raise RuntimeError("bench: the autoplayer's evening never reached an ending")
    return slice(first, len(FRAMES.wall)), events


def moments_of(log: FrameLog, frames: slice, events: list[tuple[int, str]]) -> list[dict]:
    """Each event's moment: its worst frame (wall, CPU, and the worst CPU of those seen) and how many
    of its frames were hitches (seen, over 8.3 ms: wall and CPU)."""
    moments = []
    for index, name in events:
        around = slice(frames.start + max(0, index - BEFORE_FRAMES), frames.start + index + AFTER_FRAMES + 1)
        wall, cpu, seen = log.wall[around], log.cpu[around], log.seen[around]
        moments.append({"moment": name, "worst_ms": round(max(wall), 3), "worst_cpu_ms": round(max(cpu), 3),
                        "worst_seen_cpu_ms": round(max((ms for ms, s in zip(cpu, seen) if s), default=0.0), 3),
                        "hitches": sum(ms > HITCH_MS and s for ms, s in zip(wall, seen)),
                        "hitches_cpu": sum(ms > HITCH_MS and s for ms, s in zip(cpu, seen))})
    return moments


def measure_journey() -> dict:
    frames, events = run_journey()
    wall, cpu, seen = FRAMES.wall[frames], FRAMES.cpu[frames], FRAMES.seen[frames]
    return {"frames": len(wall), "frame_ms_median": round(statistics.median(wall), 3),
            "frame_ms_max": round(max(wall), 3), "frame_cpu_ms_max": round(max(cpu), 3),
            "hitches": sum(ms > HITCH_MS and s for ms, s in zip(wall, seen)),
            "hitches_cpu": sum(ms > HITCH_MS and s for ms, s in zip(cpu, seen)),
            "moments": moments_of(FRAMES, frames, events)}


def measure_autoplay_rss() -> float:
    """Peak memory (MB) of a whole headless `--autoplay` run, title to credits."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    with tempfile.TemporaryDirectory() as folder:
        code = (f"import resource, subprocess, sys; subprocess.run([sys.executable, '-c', {RUN_GAME!r}, "
                f"'--headless', '--autoplay', '--data-dir', {folder!r}], check=True, stdout=subprocess.DEVNULL); "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        out = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True)
    return round(int(out.stdout.split()[-1]) / 1024, 1)


def main() -> int:
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    map_name = largest_map()
    startup = measure_startup()
    app, scene, load_ms, frames, centres = run_game_frames(map_name)
    baseline = run_baseline(app, map_name, centres)
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the chapters add theirs
    walking = figures(frames, baseline)
    result = {
        "map": map_name,
        "window": f"{WINDOW[0]}x{WINDOW[1]}",
        **walking,
        "map_load_ms": round(load_ms, 2),
        "startup_ms": round(startup, 1),
        "peak_rss_mb": round(peak_rss, 1),
    }
    measured = {name: measure_moment(name) for name in moments()}
    berlin = {name.removeprefix("berlin_"): measured.pop(name) for name in list(measured) if name.startswith("berlin_")}
    busiest = max(berlin, key=lambda name: berlin[name]["frame_ms_p99"])
    result["chapters"] = {"vineyard": {"shows": "walking the vineyard, the camera moving", "map": map_name, **walking},
                          **{name: measured[name] for name in ("visitor", "dinner", "garden")},
                          "berlin": {**berlin[busiest], "moment": busiest},
                          "ending": measured["ending"]}
    result["berlin"] = berlin
    result["journey"] = measure_journey()
    result.update(FRAMES.hitches())
    result["autoplay_peak_rss_mb"] = measure_autoplay_rss()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
