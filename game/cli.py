"""The command line: a contract other tools depend on. See README.md for every option."""

from __future__ import annotations

import argparse
import sys

from game.content.chapters import CHAPTER_IDS
from game.content.errors import ContentError


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python main.py", description="The Weight of Secrets")
    parser.add_argument("--headless", action="store_true", help="no window and no sound device")
    parser.add_argument("--scene", help=f"start at a chapter ({', '.join(CHAPTER_IDS)}) or a map name / .tmx "
                                        "path, instead of the title screen")
    parser.add_argument("--frames", type=int, help="stop after N frames")
    parser.add_argument("--screenshot", metavar="PATH", help="save the last frame as a PNG")
    parser.add_argument("--fullscreen", action="store_true", help="start in fullscreen (F11 toggles)")
    parser.add_argument("--window", metavar="WxH", help="window size in pixels, e.g. 1920x1080")
    parser.add_argument("--autoplay", action="store_true",
                        help="a scripted player plays through intents; prints CHAPTER:, MINIGAME: and ENDING: lines")
    parser.add_argument("--data-dir", metavar="DIR", help="keep settings and saves in DIR instead of the user's folders")
    parser.add_argument("--continue", dest="continue_game", action="store_true", help="start from the saved game")
    parser.add_argument("--ending", metavar="ID", help="with --autoplay: play the choices that lead to this ending")
    parser.add_argument("--list-endings", action="store_true", help="print the ending ids, one a line")
    parser.add_argument("--check", action="store_true",
                        help="validate all content, print each problem with its file and place")
    return parser.parse_args(argv)


def first_scene(ctx, target: str | None):
    """The scene a run starts with: the title, a chapter by id, or any map by name or path."""
    from game.scenes.director import chapter_scene
    from game.scenes.explore import ExploreScene
    from game.scenes.title import TitleScene

    if target is None:
        return TitleScene(ctx)
    if target in CHAPTER_IDS:
        return chapter_scene(ctx, target)
    return ExploreScene(ctx, target)


AUTOPLAY_FRAME_LIMIT = 60 * 60 * 30  # half an hour of game time


def autoplay(app, args) -> int:
    """Play from the title (or --scene's chapter) to an ending, through intents only.

    Exits 0 only when the story reached an ending (the one asked for with --ending).
    """
    from game.autoplay import AutoPlayer, ChoicePolicy

    session = app.ctx.session
    policy = ChoicePolicy()
    if args.ending:
        if args.ending not in session.endings:
            print(f"error: unknown ending '{args.ending}' (endings: {', '.join(session.endings)})", file=sys.stderr)
            return 2
        policy = ChoicePolicy.for_ending(session.endings[args.ending])
    if app.options.frames is None:
        app.options.frames = AUTOPLAY_FRAME_LIMIT
    app.run(first_scene(app.ctx, args.scene), AutoPlayer(policy=policy))
    session = app.ctx.session
    reached = str(session.story.get("ending_id")) if session.ended else ""
    if reached and (not args.ending or reached == args.ending):
        return 0
    where = f"chapter '{session.chapter}'" if session.chapter else "the title"
    wanted = f" '{args.ending}'" if args.ending else ""
    print(f"autoplay stopped in {where} without reaching the ending{wanted}"
          + (f" (reached '{reached}')" if reached else ""), file=sys.stderr)
    return 1


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.list_endings:
        from game.content.chapters import load_endings

        for ending_id in load_endings():
            print(ending_id)
        return 0
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
    from game.core.files import data_dirs
    from game.core.saves import SaveStore
    from game.core.settings import load_settings, save_settings

    config_dir, data_dir = data_dirs(args.data_dir)
    settings_path = config_dir / "settings.toml"
    settings, notice = load_settings(settings_path)
    app = App(options, announce=lambda line: print(line, flush=True), settings=settings)
    ctx = app.ctx
    ctx.saves, ctx.notice = SaveStore(data_dir), notice

    def settings_changed():
        from game.scenes.director import apply_language

        app.apply_settings()
        apply_language(ctx)
        save_settings(settings, settings_path)

    ctx.on_settings_changed = settings_changed
    try:
        from game.core.session import Session
        from game.scenes.director import autosave, continue_game

        from game.content.strings import Strings

        ctx.strings = Strings(settings.language)
        ctx.session = Session.new(settings.language)
        if args.autoplay:
            return autoplay(app, args)
        scene = first_scene(ctx, args.scene)
        if args.continue_game:
            scene = continue_game(ctx) or scene
            if ctx.notice:
                print(f"note: {ctx.notice}", file=sys.stderr)
        app.run(scene)
        if ctx.quit_requested:
            autosave(ctx)  # closing the window keeps the evening
    except ContentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0
