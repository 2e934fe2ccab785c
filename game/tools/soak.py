"""A long soak: the monkey player (`--monkey`) in each chapter, watching memory.

    python -m game.tools.soak                      30 minutes of game time in every chapter
    python -m game.tools.soak --minutes 6 --chapters garden,berlin --seed 7

Each chapter runs in a fresh process (so one chapter's memory does not blur the
next's), headless, in a temporary data folder. Its resident memory (RSS) is sampled
every second of game time; the soak compares the peak in the first `--window`
minutes with the peak in the last ones: a chapter passes when nothing raised and the
growth is under `--limit-mb` (10 MB). One JSON summary goes to stdout; the exit code
is 0 when every chapter passed. A crash leaves its report where the summary says.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time

from game import cli
from game.content.chapters import CHAPTER_IDS
from game.core.seeds import DEFAULT_SEED

try:
    import resource  # the peak's figures (not on Windows)
except ImportError:
    resource = None

MINUTES = 30.0
WINDOW_MINUTES = 5.0
LIMIT_MB = 10.0
MB = 1024 * 1024


def rss_bytes() -> int:
    """Resident memory now (Linux: /proc), else the peak so far (getrusage)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return peak_rss_bytes()


def peak_rss_bytes() -> int:
    if resource is None:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m game.tools.soak", description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=MINUTES, help=f"game time per chapter (default {MINUTES:g})")
    parser.add_argument("--window", type=float, default=WINDOW_MINUTES,
                        help="minutes at the start and at the end whose peak RSS is compared "
                             f"(default {WINDOW_MINUTES:g})")
    parser.add_argument("--limit-mb", type=float, default=LIMIT_MB,
                        help=f"the most the peak may grow, in MB (default {LIMIT_MB:g})")
    parser.add_argument("--chapters", default=",".join(CHAPTER_IDS), help="comma-separated chapter ids (default all)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"the monkey's seed (default {DEFAULT_SEED})")
    parser.add_argument("--child", metavar="CHAPTER", help=argparse.SUPPRESS)  # one chapter, in this process
    return parser.parse_args(argv)


def soak_chapter(chapter: str, minutes: float, window: float, seed: int) -> dict:
    """Run the monkey in `chapter` here, sampling RSS every tick; the figures."""
    ticks_window = round(window * 60 * 60)
    total = round(minutes * 60 * 60)
    first: list[int] = [0]
    last: list[int] = [0]
    peaks: dict[str, int] = {}

    def sample(tick: int) -> None:  # every tick, so short peaks (a bigger window for a moment) count
        rss = rss_bytes()
        if tick < ticks_window:
            first[0] = max(first[0], rss)
        elif tick == ticks_window:
            peaks["first"] = peak_rss_bytes()
        if tick >= total - ticks_window:
            last[0] = max(last[0], rss)

    argv = ["--monkey", repr(minutes * 60), "--scene", chapter, "--seed", str(seed)]
    run = cli.Run(cli.parse_args(argv), argv, None, on_tick=sample)
    started = time.perf_counter()
    try:
        with contextlib.redirect_stdout(sys.stderr):  # the game's lines; stdout is for the figures
            code = run.play()
    finally:
        run.clean_up()
    figures = {
        "chapter": chapter,
        "exit": code,
        "ticks": run.app.ticks if run.app is not None else 0,
        "wall_seconds": round(time.perf_counter() - started, 1),
        # the peak of the resident memory in the first and in the last window: the soak's figures
        "rss_first_mb": round(first[0] / MB, 2) if first[0] else None,
        "rss_last_mb": round(last[0] / MB, 2) if last[0] else None,
        # the process's all-time peak (getrusage) at the end of the first window and at the end
        "max_rss_after_first_mb": round(peaks["first"] / MB, 2) if "first" in peaks else None,
        "max_rss_end_mb": round(peak_rss_bytes() / MB, 2),
    }
    if first[0] and last[0] and code == 0:
        figures["growth_mb"] = round((last[0] - first[0]) / MB, 2)
    return figures


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.child:
        print(json.dumps(soak_chapter(args.child, args.minutes, args.window, args.seed)), flush=True)
        return 0
    chapters = [chapter.strip() for chapter in args.chapters.split(",") if chapter.strip()]
    unknown = [chapter for chapter in chapters if chapter not in CHAPTER_IDS]
    if unknown:
        print(f"error: unknown chapter '{unknown[0]}' (chapters: {', '.join(CHAPTER_IDS)})", file=sys.stderr)
        return 2
    summary = {"minutes": args.minutes, "window_minutes": args.window, "limit_mb": args.limit_mb, "seed": args.seed,
               "chapters": {}}
    for chapter in chapters:
        print(f"soak: {chapter} ({args.minutes:g} minutes of game time)…", file=sys.stderr, flush=True)
        child = subprocess.run([sys.executable, "-m", "game.soak", "--child", chapter, "--minutes", str(args.minutes),
                                "--window", str(args.window), "--seed", str(args.seed)],
                               capture_output=True, text=True, env={**os.environ, "SDL_VIDEODRIVER": "dummy",
                                                                     "SDL_AUDIODRIVER": "dummy"})
        try:
            figures = json.loads(child.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            figures = {"chapter": chapter, "exit": child.returncode}
        growth = figures.get("growth_mb")
        figures["ok"] = child.returncode == 0 and figures.get("exit") == 0 and growth is not None \
            and growth < args.limit_mb
        if not figures["ok"]:
            figures["stderr"] = child.stderr.strip().splitlines()[-8:]
        summary["chapters"][chapter] = figures
        print(f"soak: {chapter}: {json.dumps(figures)}", file=sys.stderr, flush=True)
    summary["ok"] = all(figures["ok"] for figures in summary["chapters"].values())
    print(json.dumps(summary, indent=1))
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
