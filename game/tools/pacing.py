"""Frame pacing in a real window: how evenly frames reach the screen through SDL's renderer (vsync)
and through pygame's display surface, on the same scene. Needs a display (Xvfb will do).

    python -m game.tools.pacing                       # the vineyard, 400 frames in a 1440x810 window
    python -m game.tools.pacing --scene berlin --frames 600 --window 1920x1080

Prints one JSON object: for each way of presenting, the gaps between frames after the first 100
(median, p95, worst, standard deviation, in ms) and the CPU time one present takes. Each way is
measured in a process of its own (a window's way is chosen once per process).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time

from game import app as app_module
from game import cli

WAYS = {"renderer": True, "display surface": False}
SETTLING_FRAMES = 100  # the first frames (the window opening, the scene loading) are not counted


def measure(way: str, scene: str, frames: int, window: str) -> dict:
    """Play `scene` for `frames` frames in a window presented `way`; its pacing figures."""
    shown, cpu = [], []
    present, open_window = app_module.App.present, app_module.open_window

    def timed_present(app):
        start = time.process_time()
        present(app)
        cpu.append((time.process_time() - start) * 1000)
        shown.append(time.perf_counter())

    app_module.App.present = timed_present
    app_module.open_window = lambda size, renderer: open_window(size, WAYS[way])
    try:
        with tempfile.TemporaryDirectory() as data:
            code = cli.main(["--scene", scene, "--frames", str(frames), "--window", window, "--data-dir", data])
    finally:
        app_module.App.present, app_module.open_window = present, open_window
    if code != 0 or len(shown) <= SETTLING_FRAMES + 1:
        raise RuntimeError(f"pacing: the {way} run ended with {code} after {len(shown)} frames")
    gaps = [(later - earlier) * 1000 for earlier, later in zip(shown[SETTLING_FRAMES:], shown[SETTLING_FRAMES + 1:])]
    return {"frames": len(gaps), "gap_ms_median": round(statistics.median(gaps), 2),
            "gap_ms_p95": round(sorted(gaps)[int(len(gaps) * 0.95)], 2), "gap_ms_max": round(max(gaps), 2),
            "gap_ms_stdev": round(statistics.pstdev(gaps), 2),
            "present_cpu_ms_median": round(statistics.median(cpu[SETTLING_FRAMES:]), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.pacing", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scene", default="vineyard", help="a chapter id or a map (default: vineyard)")
    parser.add_argument("--frames", type=int, default=400, help="frames to play in each way (default: 400)")
    parser.add_argument("--window", default="1440x810", help="the window's size (default: 1440x810)")
    parser.add_argument("--way", choices=list(WAYS), help=argparse.SUPPRESS)  # one way, in this process
    args = parser.parse_args(argv)
    if args.way:
        print(json.dumps(measure(args.way, args.scene, args.frames, args.window)), flush=True)
        return 0
    result = {"scene": args.scene, "window": args.window}
    for way in WAYS:
        run = subprocess.run([sys.executable, "-m", "game.tools.pacing", "--way", way, "--scene", args.scene,
                              "--frames", str(args.frames), "--window", args.window],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(f"error: the {way} run failed: {run.stderr.strip()[-500:]}", file=sys.stderr)
            return 1
        result[way] = json.loads(run.stdout.strip().splitlines()[-1])
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
