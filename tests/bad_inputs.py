"""Every bad input of issue 15's defects 5 to 8, each run through the real command line on a copy of the game.

    python tests/bad_inputs.py          # the table: case, exit code, what stderr said first

A case damages a fresh copy (tests/gamecopy.py), never the real content, then runs
`main.py` with its arguments. `{copy}` in an argument is the copy's folder and
`{outside}` a folder beside it, outside the game's folders. tests/test_bad_inputs.py
asserts each case's exit code and message; none may exit 70 (a crash).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import gamecopy

CRASH = 70
RUN = ("--headless", "--frames", "5")


def damages(*files: str):
    """Marks a damage function with the files of the copy it changes (outside/ is shared, and never counts):
    damages to other files can be made to one copy together."""
    def mark(damage):
        damage.files = frozenset(files)
        return damage
    return mark


@damages()
def no_damage(copy: Path) -> None:
    pass


@dataclass(frozen=True)
class Case:
    id: str
    defect: int
    args: tuple[str, ...]
    damage: Callable[[Path], None] = no_damage
    code: int = 2  # the exit code it must give
    says: tuple[str, ...] = ()  # what stderr (or stdout, for --check) must say
    never_says: tuple[str, ...] = ()  # what it must not say (a file system listing, a traceback)
    reads: tuple[str, ...] = ()  # files checked first, whose own problem would hide this one (`together`)
    slow: bool = field(default=False, compare=False)


def outside(copy: Path) -> Path:
    folder = copy.parent / "outside"
    folder.mkdir(exist_ok=True)
    return folder


def cut(name: str, keep: float | int = 0.5):
    """Cut a file short: keep a fraction of it, or (a negative int) drop that many bytes from its end."""
    @damages(name)
    def damage(copy: Path):
        path = copy / name
        data = path.read_bytes()
        size = len(data) + keep if isinstance(keep, int) else int(len(data) * keep)
        path.write_bytes(data[:size])
    return damage


def write(name: str, text: str):
    @damages(name)
    def damage(copy: Path):
        (copy / name).write_text(text, encoding="utf-8")
    return damage


def remove(name: str):
    @damages(name)
    def damage(copy: Path):
        (copy / name).unlink()
    return damage


def edit(name: str, old: str, new: str):
    @damages(name)
    def damage(copy: Path):
        path = copy / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in {name}"
        path.write_text(text.replace(old, new.replace("{outside}", str(outside(copy))), 1), encoding="utf-8")
    return damage


def flip_middle(name: str):
    @damages(name)
    def damage(copy: Path):
        path = copy / name
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    return damage


def both(*parts):
    @damages(*(name for part in parts for name in part.files))
    def damage(copy: Path):
        for one in parts:
            one(copy)
    return damage


@damages()
def map_outside(copy: Path) -> None:
    """A good map outside the game's folders (outside/away.tmx), using the copy's tileset by absolute path."""
    text = (copy / "maps" / "cellar.tmx").read_text(encoding="utf-8")
    text = text.replace('source="../assets/', f'source="{copy}/assets/')
    text = text.replace('template="templates/', f'template="{copy}/maps/templates/')
    (outside(copy) / "away.tmx").write_text(text, encoding="utf-8")
    (outside(copy) / "secret.png").write_bytes((copy / "assets" / "sprites" / "sophie.png").read_bytes())


@damages()
def tileset_outside(copy: Path) -> None:
    for name in ("provence.tsx", "provence.png"):
        (outside(copy) / name).write_bytes((copy / "assets" / "tilesets" / name).read_bytes())


HEADER = {"format": "weight-of-secrets-replay", "version": 1, "seed": 1961,
          "start": {"scene": "vineyard", "continue": False}, "settings": {}, "save": None}


def replay(scene: str = "vineyard", runs=((60, "", ""),), end: int | None = None):
    """outside/run.replay: a recording starting at `scene`, with these runs and end line."""
    @damages("../outside/run.replay")
    def damage(copy: Path):
        map_outside(copy)
        header = {**HEADER, "start": {"scene": scene.replace("{outside}", str(outside(copy))), "continue": False}}
        ticks = sum(run[0] for run in runs) if end is None else end
        lines = [header, *map(list, runs), {"end": ticks}]
        (outside(copy) / "run.replay").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    return damage


REPLAY = ("--replay", "{outside}/run.replay")
OUTSIDE = "leads outside the game's folders"
CHECK = ("--check",)
ENDING = ("--headless", "--scene", "ending", "--frames", "5")

CASES = [
    # 5. broken content is named: file, place, message; exit 2 (a run) or 1 (--check lists problems)
    Case("story.json is []", 5, ("--scene", "vineyard", *RUN), write("assets/story/story.json", "[]"),
         says=("error: assets/story/story.json: not a compiled Ink story",)),
    Case("story.json is [] (--check)", 5, CHECK, write("assets/story/story.json", "[]"), 1,
         says=("assets/story/story.json: not a compiled Ink story: the file holds a JSON list",)),
    Case("story.json root is a number", 5, ("--scene", "vineyard", *RUN),
         write("assets/story/story.json", '{"inkVersion": 21, "root": 5}'), says=("error: assets/story/story.json:",)),
    Case("French story.json is {} (--check)", 5, CHECK, write("assets/story/fr/story.json", "{}"), 1,
         says=("assets/story/fr/story.json: not a compiled Ink story",)),
    Case("cast.toml entry not a table", 5, ("--scene", "vineyard", *RUN),
         write("assets/story/cast.toml", 'stephane = "Stéphane"\n'),
         says=("error: assets/story/cast.toml:stephane: must be a table",)),
    Case("cast.toml entry not a table (--check)", 5, CHECK,
         write("assets/story/cast.toml", 'stephane = "Stéphane"\n'),
         1, says=("assets/story/cast.toml:stephane: must be a table",)),
    Case("endings.toml entry not a table", 5, ("--list-endings",),
         write("assets/story/endings.toml", "peace = 3\n"),
         says=("error: assets/story/endings.toml:peace: must be a table",)),
    Case("endings.toml title a list (--check)", 5, CHECK,
         edit("assets/story/endings.toml", 'title = "Peace"', "title = [1]"), 1,
         says=("assets/story/endings.toml:peace: 'title' must be a text",)),
    Case("chapters.toml chapter = 5", 5, ("--scene", "vineyard", *RUN),
         write("assets/story/chapters.toml", "chapter = 5\n"),
         says=("error: assets/story/chapters.toml:chapter: chapters must be [[chapter]] tables",)),
    Case("chapters.toml chapter = [1] (--check)", 5, CHECK,
         write("assets/story/chapters.toml", "chapter = [1]\n"),
         1, says=("assets/story/chapters.toml:chapter: chapters must be [[chapter]] tables",),
         reads=("assets/story/story.json",)),
    Case("walkthrough.toml vineyard = 5", 5, ("--autoplay", "--headless", "--frames", "5"),
         edit("assets/story/walkthrough.toml", "vineyard = [", "vineyard = 5\nold = ["),
         says=("error: assets/story/walkthrough.toml:vineyard: must be a list",)),
    Case("walkthrough.toml vineyard = 5 (--check)", 5, CHECK,
         edit("assets/story/walkthrough.toml", "vineyard = [", "vineyard = 5\nold = ["), 1,
         says=("assets/story/walkthrough.toml:vineyard: must be a list",)),
    Case("walkthrough.toml missing", 5, ("--autoplay", "--headless", "--frames", "5"),
         remove("assets/story/walkthrough.toml"), says=("error: assets/story/walkthrough.toml: file not found",)),
    Case("fonts/pixel.png missing", 5, RUN, remove("assets/fonts/pixel.png"),
         says=("error: assets/fonts/pixel.png: picture not found",)),
    Case("fonts/pixel.png cut short", 5, RUN, cut("assets/fonts/pixel.png"),
         says=("error: assets/fonts/pixel.png:byte ", "cut short")),
    Case("fonts/pixel.png cut short (--check)", 5, CHECK, cut("assets/fonts/pixel.png"), 1,
         says=("assets/fonts/pixel.png:byte ", "cut short")),
    Case("fonts/pixel.json missing", 5, RUN, remove("assets/fonts/pixel.json"),
         says=("error: assets/fonts/pixel.json: font missing",)),
    Case("fonts/pixel.json not JSON", 5, RUN, write("assets/fonts/pixel.json", "{"),
         says=("error: assets/fonts/pixel.json:line 1: not valid JSON",)),
    Case("fonts/pixel.json glyphs a list (--check)", 5, CHECK,
         edit("assets/fonts/pixel.json", '"glyphs": {', '"glyphs": [], "old": {'),
         1, says=("assets/fonts/pixel.json: 'glyphs' must be a table, not a list",)),
    Case("fonts/title.json not JSON", 5, RUN, write("assets/fonts/title.json", "nonsense"),
         says=("error: assets/fonts/title.json:line 1: not valid JSON",)),
    Case("fonts/title.json missing (--check)", 5, CHECK, remove("assets/fonts/title.json"), 1,
         says=("assets/fonts/title.json: font missing",)),
    Case("fonts/title.png cut short", 5, RUN, cut("assets/fonts/title.png"),
         says=("error: assets/fonts/title.png:byte ", "cut short")),
    Case("ui/ui.png cut short", 5, RUN, cut("assets/ui/ui.png"), says=("error: assets/ui/ui.png:byte ", "cut short")),
    Case("ui/ui.png cut short (--check)", 5, CHECK, cut("assets/ui/ui.png"),
         1, says=("assets/ui/ui.png:byte ", "cut short")),
    Case("ui/ui.json rects a list", 5, RUN, edit("assets/ui/ui.json", '"rects": {', '"rects": [], "old": {'),
         says=("error: assets/ui/ui.json: 'rects' must be a table, not a list",)),
    Case("ui/ui.json missing (--check)", 5, CHECK, remove("assets/ui/ui.json"),
         1, says=("assets/ui/ui.json: file not found",)),
    Case("sprite PNG without its end chunk (--check)", 5, CHECK, cut("assets/sprites/sophie.png", -12), 1,
         says=("assets/sprites/sophie.png:byte ", "ends before its IEND chunk")),
    Case("portrait PNG damaged inside (--check)", 5, CHECK, flip_middle("assets/portraits/sophie.png"), 1,
         says=("assets/portraits/sophie.png:byte ", "checksum is wrong")),
    Case("player's sprite PNG cut short", 5, ("--scene", "vineyard", *RUN), cut("assets/sprites/stephane.png"),
         says=("error: assets/sprites/stephane.png:byte ", "cut short")),
    Case("tileset PNG cut short", 5, ("--scene", "vineyard", *RUN), cut("assets/tilesets/provence.png"),
         says=("error: assets/tilesets/provence.png:byte ", "cut short (used by maps/vineyard.tmx)"),
         never_says=("error: maps/",)),
    Case("tileset PNG cut short (--check)", 5, CHECK, cut("assets/tilesets/provence.png"), 1,
         says=("assets/tilesets/provence.png:byte ", "cut short")),
    Case("WAV cut short (--check)", 5, CHECK, cut("assets/sounds/door.wav"),
         1, says=("assets/sounds/door.wav: the sound holds",)),
    Case("WAV not a WAV (--check)", 5, CHECK, write("assets/sounds/knock.wav", "RIFF"), 1,
         says=("assets/sounds/knock.wav: not a WAV sound",)),

    # 6. one rule for paths: names resolve inside maps/ and assets/ only, and no error lists a folder
    Case("replay start scene ../../outside/away", 6, REPLAY, replay("../../outside/away"),
         says=("run.replay:1: the header's start scene '../../outside/away' is refused", OUTSIDE),
         never_says=("STATE",)),
    Case("replay start scene an absolute .tmx", 6, REPLAY, replay("{outside}/away.tmx"),
         says=("run.replay:1: the header's start scene", OUTSIDE), never_says=("STATE",)),
    Case("replay start scene a missing .tmx lists nothing", 6, REPLAY, replay("{outside}/gone.tmx"),
         says=("run.replay:1:", OUTSIDE), never_says=("away",)),
    Case("--scene a missing .tmx lists nothing of its folder", 6, ("--scene", "{outside}/gone.tmx", *RUN), map_outside,
         says=("gone.tmx: map not found",), never_says=("away",)),
    Case("--scene ../outside/away (a name, not a path)", 6, ("--scene", "../../outside/away", *RUN), map_outside,
         says=("error: maps: map '../../outside/away.tmx' " + OUTSIDE,)),
    Case("map property player_sprite=../../x", 6, ("--scene", "vineyard", *RUN),
         both(map_outside, edit("maps/vineyard.tmx", "<properties>",
                                '<properties>\n  <property name="player_sprite" value="../../../outside/secret"/>')),
         says=("error: maps/vineyard.tmx:map: map property 'player_sprite': '../../../outside/secret.png' "
               + OUTSIDE,)),
    Case("map property player_sprite=../../x (--check)", 6, CHECK,
         both(map_outside, edit("maps/vineyard.tmx", "<properties>",
                                '<properties>\n  <property name="player_sprite" value="../../../outside/secret"/>')),
         1, says=("maps/vineyard.tmx:map: map property 'player_sprite'", OUTSIDE)),
    Case("tileset by absolute path outside", 6, ("--scene", "vineyard", *RUN),
         both(map_outside, tileset_outside, edit("maps/vineyard.tmx", 'source="../assets/tilesets/provence.tsx"',
                                                 'source="{outside}/provence.tsx"')),
         says=("error: maps/vineyard.tmx:tileset ", OUTSIDE)),
    Case("font image ../../x", 6, RUN,
         both(map_outside, edit("assets/fonts/pixel.json", '"image": "pixel.png"',
                                '"image": "../../../outside/secret.png"')),
         says=("error: assets/fonts/pixel.json:image: the picture '../../../outside/secret.png' " + OUTSIDE,)),
    Case("UI image ../../x", 6, RUN,
         both(map_outside, edit("assets/ui/ui.json", '"image": "ui.png"', '"image": "../../../outside/secret.png"')),
         says=("error: assets/ui/ui.json:image: the picture", OUTSIDE)),
    Case("cast portrait ../../x (--check)", 6, CHECK,
         both(map_outside, edit("assets/story/cast.toml", 'portrait = "sophie"',
                                'portrait = "../../../outside/secret"')),
         1, says=("assets/story/cast.toml:sophie: portrait '../../../outside/secret.png' " + OUTSIDE,)),

    # 7. replays
    Case("replay start scene unknown", 7, REPLAY, replay("atlantis"),
         says=("run.replay:1: the header's start scene 'atlantis' is not a chapter or a map of the game",)),
    Case("replay run of 10^12 ticks", 7, REPLAY, replay(runs=((1000000000000, "", ""),)),
         says=("run.replay:2: this run reaches tick 1000000000000: longer than any recording",)),
    Case("replay run past the end line", 7, REPLAY, replay(runs=((30, "", ""), (1000, "", "")), end=60),
         says=("run.replay:3: this run goes past the recording's end: it reaches tick 1030, "
               "the end line (line 4) says 60 ticks",)),

    # 8. the command line: a bad argument is one line and exit 2; every other option tried the same way
    Case("--window=-5x10", 8, ("--window=-5x10", *RUN), says=("error: argument --window: each side must be 1 to",)),
    Case("--window=0x0", 8, ("--window=0x0", *RUN), says=("error: argument --window: each side must be 1 to",)),
    Case("--window=100000x100000", 8, ("--window=100000x100000", *RUN),
         says=("error: argument --window: each side must be 1 to",)),
    Case("--window=axb", 8, ("--window=axb", *RUN), says=("--window", "'axb'")),
    Case("--screenshot /proc/nope/x.png", 8, ("--scene", "vineyard", "--screenshot", "/proc/nope/x.png",
                                              "--data-dir", "{outside}", *RUN),
         code=1, says=("error: the screenshot could not be written to /proc/nope/x.png", "CHAPTER: vineyard")),
    Case("--screenshot into a folder", 8, ("--screenshot", "{outside}", "--data-dir", "{outside}", *RUN),
         code=1, says=("error: the screenshot could not be written to",)),
    Case("--frames 0", 8, ("--headless", "--frames", "0"),
         says=("error: argument --frames: expected 1 frame or more",)),
    Case("--frames -5", 8, ("--headless", "--frames", "-5"),
         says=("error: argument --frames: expected 1 frame or more",)),
    Case("--seed abc", 8, ("--seed", "abc", *RUN), says=("error: argument --seed",)),
    Case("--seed -1", 8, ("--seed", "-1", "--data-dir", "{outside}", *RUN), code=0),
    Case("--seed 10^30", 8, ("--seed", "1" + "0" * 30, "--data-dir", "{outside}", *RUN), code=0),
    Case("--monkey nan", 8, ("--monkey", "nan"), says=("error: argument --monkey",)),
    Case("--monkey -1", 8, ("--monkey", "-1"), says=("error: argument --monkey",)),
    Case("--monkey 10^8", 8, ("--monkey", "1e8"), says=("error: argument --monkey",)),
    Case("--monkey 0.000001", 8, ("--monkey", "0.000001"), code=0),
    Case("--ending unknown", 8, ("--autoplay", "--ending", "nope", *RUN), says=("error: unknown ending 'nope'",)),
    Case("--ending without --autoplay", 8, ("--ending", "peace", *RUN),
         says=("error: argument --ending: only with --autoplay",)),
    Case("--replay a folder", 8, ("--replay", "{outside}"), says=("outside: not a file",)),
    Case("--replay /dev/zero", 8, ("--replay", "/dev/zero"), says=("error: /dev/zero: not a file",)),
    Case("--data-dir a file", 8, ("--data-dir", "{copy}/main.py", *RUN), says=("error: argument --data-dir",)),
    Case("--scene empty", 8, ("--scene", "", *RUN), says=("error: argument --scene",)),
]


def run_case(case: Case, folder: Path):
    """Make a copy in `folder`, damage it, run the case's command line; the CompletedProcess."""
    return run_together([case], folder)


def run_together(cases: list[Case], folder: Path):
    """Make one copy in `folder` with every case's damage (the cases change different files: see
    `together`), run their command line (the same for all) once; the CompletedProcess."""
    copy = gamecopy.make(folder / "game")
    outside(copy)
    for case in cases:
        case.damage(copy)
    args = [arg.replace("{copy}", str(copy)).replace("{outside}", str(outside(copy))) for arg in cases[0].args]
    return gamecopy.run(copy, *args, timeout=60)


def together(cases: list[Case]) -> list[list[Case]]:
    """`--check` cases in groups whose damages change different files: `--check` lists every problem, so
    one run of a group must name each case's problem (and a damage that hid another's would fail)."""
    def clash(one: Case, other: Case) -> bool:
        return bool(one.damage.files & (other.damage.files | set(other.reads))
                    or other.damage.files & set(one.reads))

    groups: list[list[Case]] = []
    for case in cases:
        group = next((group for group in groups if not any(clash(case, other) for other in group)), None)
        if group is None:
            groups.append(group := [])
        group.append(case)
    return groups


def first_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith(("libpng", "note:"))]
    return lines[0] if lines else ""


def main() -> int:
    import tempfile

    crashes = 0
    print(f"{'defect':<7}{'exit':<6}case / first line of stderr")
    for case in CASES:
        with tempfile.TemporaryDirectory() as folder:
            try:
                result = run_case(case, Path(folder))
                code, said = result.returncode, first_line(result.stderr) or first_line(result.stdout)
            except Exception as error:  # a hang: the subprocess timed out
                code, said = "-", f"{type(error).__name__}: {error}"
        crashes += code == CRASH
        print(f"{case.defect:<7}{code!s:<6}{case.id}\n{'':13}{said[:150]}")
    print(f"{len(CASES)} bad inputs, {crashes} exit(s) with code {CRASH}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
