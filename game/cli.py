"""The command line: a contract other tools depend on. See README.md for every option."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path

from game.content.chapters import CHAPTER_IDS, load_endings
from game.content.errors import ContentError
from game.content.strings import Strings
from game.core.files import cache_dir, data_dirs, remove_leftovers
from game.core.saves import SaveStore
from game.core.seeds import DEFAULT_SEED
from game.core.session import Session
from game.core.settings import SettingsFile, save_settings
from game.core.version import game_version
from game.diagnostics.crash import EXIT_CODE, show_on_screen, write_report
from game.diagnostics.replay import LONGEST_SECONDS, Recorder, ReplayError, ReplayPlayer, load
from game.diagnostics.state import state_hash

# `python -c RUN_GAME ARGS` runs the game wherever it is installed (main.py is only in a checkout)
RUN_GAME = "import sys; from game.cli import main; sys.exit(main())"


def _program() -> str:
    """How the player started the game: the installed command (or packaged build) or main.py in a checkout."""
    name = Path(sys.argv[0]).name
    return "weight-of-secrets" if name.startswith("weight-of-secrets") else "python main.py"


# The game itself (the App and every scene, the players) is imported only where a run plays, and the
# content checks only for --check: --help, --list-endings and a mistyped option then take half the
# time (0.13 s of CPU against 0.27 s, and 34 MB against 38 MB, measured on the whole process).


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        """A bad argument is one line (argparse prints the whole usage first), and exit 2."""
        self.exit(2, f"error: {message} ({self.prog} --help lists the options)\n")


class _Version(argparse.Action):
    """--version: the version is looked up only when asked for (an installed game reads its metadata)."""

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"The Weight of Secrets {game_version()}")
        parser.exit()


def parse_args(argv=None) -> argparse.Namespace:
    parser = _Parser(
        prog=_program(), description="The Weight of Secrets",
        epilog="A run with --scene, --frames, --screenshot, --autoplay or --headless and no --data-dir is a run "
               "for tools: it reads the player's settings and save (keys, volumes and language apply) but will "
               "never write the player's save or settings. Give --data-dir to keep a run's saves.")
    parser.add_argument("--headless", action="store_true", help="no window and no sound device")
    parser.add_argument("--scene", type=_scene, help=f"start at a chapter ({', '.join(CHAPTER_IDS)}) or a map name / "
                                                     ".tmx path, instead of the title screen")
    parser.add_argument("--frames", type=_frame_count, metavar="N", help="stop after N frames (1 or more)")
    parser.add_argument("--screenshot", metavar="PATH",
                        help="save the last frame as a PNG (if it cannot be written: one error line, exit code 1)")
    parser.add_argument("--fullscreen", action="store_true", help="start in fullscreen (F11 toggles)")
    parser.add_argument("--window", metavar="WxH", type=_window_size,
                        help=f"window size in pixels, e.g. 1920x1080 (each side 1 to {LARGEST_WINDOW})")
    drivers = parser.add_mutually_exclusive_group()
    drivers.add_argument("--autoplay", action="store_true",
                         help="a scripted player plays through intents; prints CHAPTER:, MINIGAME: and ENDING: lines")
    drivers.add_argument("--replay", metavar="FILE",
                         help="play back a recording (from --record, or a crash report) headless, in a temporary "
                              "data folder made from it; prints STATE: <hash>; exits 1 if the run went differently")
    drivers.add_argument("--monkey", metavar="SECONDS", type=_positive_seconds,
                         help="a seeded random player soaks each chapter (or --scene's) for SECONDS of game time, "
                              "headless, in a temporary data folder unless --data-dir; exits 0 if nothing broke")
    parser.add_argument("--seed", type=int, metavar="N",
                        help=f"the run's seed: every random thing in the game comes from it (default {DEFAULT_SEED}, "
                             "the same every run)")
    parser.add_argument("--record", metavar="FILE",
                        help="write this run's intents, tick by tick, to FILE (JSON lines) for --replay; "
                             "prints STATE: <hash> at the end")
    parser.add_argument("--data-dir", metavar="DIR", type=_folder,
                        help="keep settings and saves in DIR instead of the user's folders")
    parser.add_argument("--continue", dest="continue_game", action="store_true", help="start from the saved game")
    parser.add_argument("--ending", metavar="ID", help="with --autoplay: play the choices that lead to this ending")
    parser.add_argument("--list-endings", action="store_true", help="print the ending ids, one a line")
    parser.add_argument("--check", action="store_true",
                        help="validate all content, print each problem with its file and place")
    parser.add_argument("--version", action=_Version, nargs=0, help="print the game's version and exit")
    args = parser.parse_args(argv)
    if args.ending is not None and not args.autoplay:
        parser.error("argument --ending: only with --autoplay (the scripted player makes the choices)")
    return args


LARGEST_WINDOW = 16384  # pixels a side: SDL's largest window


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0 or value > LONGEST_SECONDS:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0 and up to {LONGEST_SECONDS}, "
                                         f"got {text!r}")
    return value


def _frame_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of frames, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 frame or more, got {text!r}")
    return value


def _window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, e.g. 1920x1080, got {text!r}") from None
    if not (1 <= width <= LARGEST_WINDOW and 1 <= height <= LARGEST_WINDOW):
        raise argparse.ArgumentTypeError(f"each side must be 1 to {LARGEST_WINDOW} pixels, got {text!r}")
    return width, height


def _scene(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError(f"expected a chapter ({', '.join(CHAPTER_IDS)}) or a map name or "
                                         "a .tmx file, got nothing")
    return text


def _folder(text: str) -> str:
    if Path(text).exists() and not Path(text).is_dir():
        raise argparse.ArgumentTypeError(f"{text!r} is not a folder")
    return text


def open_first_scene(ctx, target: str | None, typed: bool = False) -> None:
    """Open the scene a run starts with: the title, a chapter by id, or a map by name (in maps/).

    `typed`: the person typed `target` on the command line, so a .tmx path is theirs to open,
    wherever it is; a name from anywhere else (a replay) is only ever looked up in maps/.
    """
    if target is None:
        ctx.nav.title()
    elif target in CHAPTER_IDS:
        ctx.nav.chapter(target)
    elif typed and target.endswith(".tmx"):
        ctx.nav.walk(Path(target).absolute())
    else:
        ctx.nav.walk(target)


AUTOPLAY_FRAME_LIMIT = 60 * 60 * 30  # half an hour of game time


def autoplay_result(app, args) -> int:
    """Exits 0 only when the story reached an ending (the one asked for with --ending)."""
    session = app.ctx.session
    reached = str(session.story.get("ending_id")) if session.ended else ""
    if reached and (not args.ending or reached == args.ending):
        return 0
    where = f"chapter '{session.chapter}'" if session.chapter else "the title"
    wanted = f" '{args.ending}'" if args.ending else ""
    print(f"autoplay stopped in {where} without reaching the ending{wanted}"
          + (f" (reached '{reached}')" if reached else ""), file=sys.stderr)
    return 1


def error(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.list_endings:
        try:
            endings = load_endings()
        except ContentError as problem:
            return error(str(problem))
        for ending_id in endings:
            print(ending_id)
        return 0
    if args.check:
        from game.content.lint import run_check  # lazy: see the note at the top

        return run_check()
    recording = None
    if args.replay:
        if args.scene or args.continue_game or args.seed is not None:
            return error("--replay starts where the recording started, with its seed: "
                         "--scene, --continue and --seed cannot be given with it")
        try:
            recording = load(args.replay)
        except ReplayError as problem:
            return error(str(problem))
    if args.monkey:
        if args.continue_game:
            return error("--monkey starts each chapter afresh: --continue cannot be given with it")
        if args.scene is not None and args.scene not in CHAPTER_IDS:
            return error(f"--monkey soaks a chapter: --scene must be one of {', '.join(CHAPTER_IDS)}")
    run = Run(args, argv, args.window, recording)
    try:
        return run.play()
    finally:
        run.clean_up()


@dataclass
class Run:
    """One run of the game from the command line: its data folder, app, inputs, recording and ending."""

    args: argparse.Namespace
    argv: list
    window: tuple[int, int] | None
    recording: object = None  # game.diagnostics.replay.Recording for --replay
    app: object = None
    recorder: object = None
    player: object = None  # the inputs hook
    data_dir: Path | None = None
    cache_dir: Path | None = None  # skies kept between runs (game/render/sky_cache.py)
    temporary: Path | None = None  # a data folder made for this run, removed after it
    keep_temporary: bool = False
    crashed: BaseException | None = field(default=None, repr=False)
    on_tick: object = None  # for the monkey: called with the tick number before each tick (game.tools.soak)

    @property
    def seed(self) -> int:
        if self.recording is not None:
            return self.recording.seed
        return DEFAULT_SEED if self.args.seed is None else self.args.seed

    @property
    def for_tools(self) -> bool:
        """A run for tools in the player's own folders: it reads their settings and save (so keys, volumes and
        language apply) but writes neither. (--monkey and --replay play in a folder of their own.)"""
        args = self.args
        return args.data_dir is None and self.recording is None and not args.monkey and bool(
            args.scene or args.frames is not None or args.screenshot or args.autoplay or args.headless)

    @property
    def headless(self) -> bool:
        return bool(self.args.headless or self.args.replay or self.args.monkey)

    def clean_up(self) -> None:
        if self.temporary is not None and not self.keep_temporary:
            shutil.rmtree(self.temporary, ignore_errors=True)

    # -- the run ---------------------------------------------------------------------------------
    def play(self) -> int:
        args = self.args
        folder = args.data_dir
        if self.recording is not None or (args.monkey and folder is None):
            # a replay starts from the recording's settings and save; the monkey never touches the player's
            self.temporary = Path(tempfile.mkdtemp(prefix="weight-of-secrets-"))
            folder = self.temporary
        config_dir, self.data_dir = data_dirs(folder)
        self.cache_dir = cache_dir(folder)
        if self.recording is not None:
            prepare_replay_folder(self.recording, Path(folder))
        try:
            return self._play(config_dir)
        except ContentError as problem:
            self._write_record(problem)
            if args.replay:
                return self._replay_crashed(problem)
            return error(str(problem))
        except Exception as problem:  # anything else is a crash: report it, save nothing
            return self._crash(problem)

    def _play(self, config_dir: Path) -> int:
        from game.app import App, RunOptions  # lazy: see the note at the top
        args = self.args
        if not self.for_tools:
            for folder in (config_dir, self.data_dir, self.data_dir / "crashes"):
                remove_leftovers(folder)  # what a write cut short by a kill left behind
        settings_file = SettingsFile(config_dir / "settings.toml", writable=not self.for_tools)
        settings, notice = settings_file.load()
        max_ticks = self.recording.ticks if self.recording is not None else None
        options = RunOptions(headless=self.headless, frames=args.frames, screenshot=args.screenshot,
                             window_size=self.window, fullscreen=args.fullscreen, seed=self.seed,
                             max_ticks=max_ticks, cache_dir=self.cache_dir, cache_writable=not self.for_tools)
        start = dict(self.recording.start) if self.recording is not None else \
            {"scene": args.scene, "continue": bool(args.continue_game)}
        if args.monkey:
            start = {"scene": self._monkey_chapters()[0], "continue": False}
        saves = SaveStore(self.data_dir, writable=not self.for_tools)
        header = {"seed": self.seed, "game": game_version(), "start": start, "settings": asdict(settings),
                  "save": _read_save(saves.path)}
        self.app = app = App(options, announce=lambda line: print(line, flush=True), settings=settings)
        ctx = app.ctx
        ctx.saves = saves
        ctx.report = lambda message: print(f"note: {message}", file=sys.stderr, flush=True)
        for message in (notice, app.bindings_notice):
            if message:
                ctx.tell(message)
        self.recorder = app.recorder = Recorder(header)

        def settings_changed():
            app.apply_settings()
            ctx.apply_language()
            problem = settings_file.save(settings)  # a folder that cannot be written: told, and play goes on
            if problem:
                ctx.tell(problem)

        ctx.on_settings_changed = settings_changed
        ctx.strings = Strings(settings.language)
        ctx.session = Session.new(settings.language, seed=self.seed)
        if args.autoplay:
            code = self._autoplay()
            if code is not None:
                return code
        elif self.recording is not None:
            self.player = ReplayPlayer(self.recording, app)
        elif args.monkey:
            from game.players.monkey import Monkey  # lazy: see the note at the top

            chapters = self._monkey_chapters()
            self.player = Monkey(app, chapters, args.monkey, self.seed,
                                 announce=lambda line: print(line, flush=True), on_tick=self.on_tick)
            options.max_ticks = self.player.total_ticks
            print(f"MONKEY: {chapters[0]}", flush=True)
        else:
            self.player = lambda ctx: app.collector.frame()
        self._open(start)
        app.run(self.recorder.wrap(self.player))
        if self.recording is not None:
            self.player.finish()
        if ctx.mail.quit_requested:
            ctx.nav.autosave()  # closing the window (or SIGTERM, which SDL makes the same quit) keeps the evening
        return self._finish()

    def _open(self, start: dict) -> None:
        """The scene the run begins with; with `continue`, the saved evening's (told why not, if it cannot be)."""
        ctx = self.app.ctx
        if not (start.get("continue") and ctx.nav.continue_game()):
            open_first_scene(ctx, start.get("scene"), typed=self.recording is None)

    def _autoplay(self) -> int | None:
        from game.players.autoplay import AutoPlayer, ChoicePolicy  # lazy: see the note at the top

        session = self.app.ctx.session
        policy = ChoicePolicy()
        if self.args.ending:
            if self.args.ending not in session.endings:
                return error(f"unknown ending '{self.args.ending}' (endings: {', '.join(session.endings)})")
            policy = ChoicePolicy.for_ending(session.endings[self.args.ending])
        if self.app.options.frames is None:
            self.app.options.frames = AUTOPLAY_FRAME_LIMIT
        self.player = AutoPlayer(policy=policy)
        return None

    def _monkey_chapters(self) -> list[str]:
        return [self.args.scene] if self.args.scene else list(CHAPTER_IDS)

    # -- the end ---------------------------------------------------------------------------------
    def _finish(self) -> int:
        """The run's exit code; a screenshot that could not be written makes it 1 (the run itself went on)."""
        code = self._result()
        if self.app.screenshot_problem:
            print(f"error: {self.app.screenshot_problem}", file=sys.stderr)
            return code or 1
        return code

    def _result(self) -> int:
        args, ctx = self.args, self.app.ctx
        state = state_hash(ctx)
        if args.record:
            try:
                self.recorder.write(args.record, end={"state": state})
            except OSError as problem:
                return error(f"the recording could not be written to {args.record}: {problem}", 1)
        if args.record or args.replay or args.monkey:
            print(f"STATE: {state}", flush=True)
        if args.autoplay:
            return autoplay_result(self.app, args)
        if self.recording is not None:
            return self._replay_result(state)
        if args.monkey:
            monkey = self.player
            if self.app.ticks < monkey.total_ticks:
                return error(f"monkey: the game ended after {self.app.ticks} of {monkey.total_ticks} ticks", 1)
            print(f"MONKEY: done, {monkey.tick} ticks, {monkey.restarts} chapter restarts, "
                  f"{monkey.strategies} games played by their scripted winner", flush=True)
        return 0

    def _replay_result(self, state: str) -> int:
        recording, end = self.recording, self.recording.end
        if self.app.ticks < recording.ticks and self.args.frames is None:
            return error(f"replay: the game ended after {self.app.ticks} of the recording's {recording.ticks} "
                         f"ticks: the run went differently", 1)
        if end.get("crash"):
            return error(f"replay: the recording ended in a crash ({end['crash']}) but the replay did not", 1)
        if end.get("state") and end["state"] != state and self.args.frames is None:
            return error(f"replay: the final state differs from the recording's (STATE: {end['state']}): "
                         "the run went differently", 1)
        return 0

    def _write_record(self, problem: BaseException) -> None:
        """--record keeps the run even when it broke, ending with what went wrong."""
        if self.args.record and self.recorder is not None:
            try:
                self.recorder.write(self.args.record, end={"crash": f"{type(problem).__name__}: {problem}"})
            except OSError as write_error:
                print(f"error: the recording could not be written: {write_error}", file=sys.stderr)

    def _replay_crashed(self, problem: BaseException) -> int:
        traceback.print_exception(type(problem), problem, problem.__traceback__, file=sys.stderr)
        said = f"{type(problem).__name__}: {problem}"
        ticks = self.app.ticks if self.app is not None else 0
        if self.recording.end.get("crash") == said and ticks == self.recording.ticks:
            print(f"replay: the crash happened again at tick {ticks}, as recorded: {said}", file=sys.stderr)
        else:
            print(f"replay: crashed at tick {ticks}: {said}", file=sys.stderr)
        return EXIT_CODE

    def _crash(self, problem: Exception) -> int:
        self.crashed = problem
        self._write_record(problem)
        if self.args.replay:
            return self._replay_crashed(problem)
        ctx = self.app.ctx if self.app is not None else None
        folder = self.data_dir if self.data_dir is not None else Path.cwd()
        try:
            report = write_report(folder, problem, ctx, self.recorder, self.argv, self.seed, _program())
        except Exception as write_error:  # noqa: BLE001 - the disk may be the problem: tell it all on stderr
            traceback.print_exception(type(problem), problem, problem.__traceback__, file=sys.stderr)
            report = None
            reason = getattr(write_error, "strerror", None) or write_error
            unwritten = f"the crash report could not be written in {Path(folder) / 'crashes'} ({reason})"
            print(f"error: {unwritten}", file=sys.stderr)
        if report is not None and self.temporary is not None:
            self.keep_temporary = True  # the monkey's folder is temporary: keep it, the report is in it
        lines = [f"The game stopped because of an unexpected error ({type(problem).__name__}: {problem})."]
        if report is not None:
            lines.append(f"A crash report was written to {report}")
        lines.append("Your last save was not touched.")
        for line in lines:
            print(line, file=sys.stderr)
        if self.app is not None and not self.headless:
            where = ["A crash report was written to:", str(report)] if report is not None else \
                [unwritten[:1].upper() + unwritten[1:] + "."]
            show_on_screen(self.app, ["The game stopped because of an unexpected error.", *where,
                                      "Your last save was not touched.", "", "Press any key to close."])
        return EXIT_CODE


def _read_save(path: Path) -> str | None:
    """The save file's text as it is at the start (a replay starts from it), or None."""
    try:
        return path.read_bytes().decode("utf-8", "surrogateescape")
    except OSError:
        return None


def prepare_replay_folder(recording, folder: Path) -> None:
    """Put the recording's settings and save in the (temporary) data folder (both checked as it was read)."""
    save_settings(recording.settings, folder / "settings.toml")
    if recording.save is not None:
        path = folder / "save.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(recording.save.encode("utf-8", "surrogateescape"))
