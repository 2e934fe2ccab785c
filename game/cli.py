"""The command line: a contract other tools depend on. See README.md for every option."""

from __future__ import annotations

import argparse
import sys

from game.content.chapters import CHAPTER_IDS
from game.content.errors import ContentError


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python main.py", description="The Weight of Secrets")
    parser.add_argument("--headless", action="store_true", help="no window and no sound device")
    parser.add_argument("--scene", default="vineyard",
                        help=f"start at a chapter ({', '.join(CHAPTER_IDS)}) or a map name / .tmx path")
    parser.add_argument("--frames", type=int, help="stop after N frames")
    parser.add_argument("--screenshot", metavar="PATH", help="save the last frame as a PNG")
    parser.add_argument("--fullscreen", action="store_true", help="start in fullscreen (F11 toggles)")
    parser.add_argument("--window", metavar="WxH", help="window size in pixels, e.g. 1920x1080")
    parser.add_argument("--autoplay", action="store_true",
                        help="a scripted player plays through intents; prints CHAPTER:, MINIGAME: and ENDING: lines")
    parser.add_argument("--check", action="store_true",
                        help="validate all content, print each problem with its file and place")
    return parser.parse_args(argv)


def first_scene(ctx, target: str):
    """The scene a run starts with: a chapter by id, or any map by name or path."""
    from game.scenes.explore import ExploreScene

    if target in CHAPTER_IDS:
        return ExploreScene.for_chapter(ctx, target)
    return ExploreScene(ctx, target)


AUTOPLAY_FRAME_LIMIT = 60 * 60 * 30  # half an hour of game time


def autoplay(app, args) -> int:
    """Play from the first chapter (or --scene's chapter) to the end; exit 0 only on an ending."""
    from game.autoplay import AutoPlayer
    from game.scenes.explore import ExploreScene

    start = args.scene if args.scene in CHAPTER_IDS else "vineyard"
    if app.options.frames is None:
        app.options.frames = AUTOPLAY_FRAME_LIMIT
    app.run(ExploreScene.for_chapter(app.ctx, start), AutoPlayer())
    if app.ctx.session.ended:
        return 0
    print(f"autoplay stopped in chapter '{app.ctx.session.chapter}' without reaching an ending", file=sys.stderr)
    return 1


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.check:
        from game.content.lint import run_check

        return run_check()
    from game.app import App, RunOptions

    window = None
    if args.window:
        try:
            w, h = (int(part) for part in args.window.lower().split("x"))
            window = (w, h)
        except ValueError:
            print(f"error: --window expects WIDTHxHEIGHT, got {args.window!r}", file=sys.stderr)
            return 2
    options = RunOptions(headless=args.headless, frames=args.frames, screenshot=args.screenshot,
                         window_size=window, fullscreen=args.fullscreen)
    app = App(options, announce=lambda line: print(line, flush=True))
    try:
        from game.core.session import Session

        app.ctx.session = Session.new()
        if args.autoplay:
            return autoplay(app, args)
        scene = first_scene(app.ctx, args.scene)
        app.run(scene)
    except ContentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0
