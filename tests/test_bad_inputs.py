"""Broken content, paths that lead out of the game's folders, damaged replays and bad arguments
(issue 15, defects 5 to 8): each is named in one line with its file and place, and none crashes.

Every case (tests/bad_inputs.py) damages a copy of the game and runs its real command line, except:
- the `--check` cases, whose damages are made to one copy together where they change different files
  (`--check` lists every problem, so one run must name each of them);
- the bad arguments and options that damage nothing, run in this process through `cli.main`: the same
  code, without a Python start each; `--window=axb` stays a real process, for the one-line error of argparse.
"""

import contextlib
import io
import subprocess

import pytest

from bad_inputs import CASES, CHECK, CRASH, Case, no_damage, outside, run_case, run_together, together
from conftest import ROOT
from game import cli

CHECK_GROUPS = {case.id: group for group in together([case for case in CASES if case.args == CHECK])
                for case in group}
REAL_PROCESS = {"--window=axb"}


def in_process(case: Case, folder) -> subprocess.CompletedProcess:
    """The case's command line given to `cli.main` here (its `{copy}` is the repository)."""
    args = [arg.replace("{copy}", str(ROOT)).replace("{outside}", str(outside(folder / "game"))) for arg in case.args]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(args)
        except SystemExit as exit:  # argparse's refusal
            code = exit.code
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def check_runs(tmp_path_factory):
    """Each group of `--check` cases run once, as they are first asked for: {first case's id: result}."""
    runs = {}

    def result(case: Case):
        group = CHECK_GROUPS[case.id]
        if group[0].id not in runs:
            runs[group[0].id] = run_together(group, tmp_path_factory.mktemp("check"))
        return runs[group[0].id]
    return result


@pytest.mark.parametrize("case", CASES, ids=[f"{case.defect}: {case.id}" for case in CASES])
def test_a_bad_input_is_named_and_nothing_crashes(case, tmp_path, check_runs):
    if case.args == CHECK:
        result = check_runs(case)
    elif case.damage is no_damage and case.id not in REAL_PROCESS:
        result = in_process(case, tmp_path)
    else:
        result = run_case(case, tmp_path)
    said = result.stdout + result.stderr
    assert result.returncode != CRASH, said
    assert result.returncode == case.code, said
    assert "Traceback" not in said
    for words in case.says:
        assert words in said, said
    for words in case.never_says:
        assert words not in said, said
    if case.code == 2:  # an error is one line: the file (or argument), the place, what is wrong
        errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
        assert len(errors) == 1, result.stderr


def test_a_screenshot_that_cannot_be_written_is_one_line_and_the_run_ends_as_usual(tmp_path):
    """Exit 1: nothing was wrong with the run or the arguments, but what was asked for is missing."""
    import gamecopy

    copy = gamecopy.make(tmp_path / "game")
    data, record = tmp_path / "data", tmp_path / "run.replay"
    result = gamecopy.run(copy, "--headless", "--scene", "vineyard", "--frames", "30", "--data-dir", str(data),
                          "--record", str(record), "--screenshot", "/proc/nope/shot.png")
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["error: the screenshot could not be written to /proc/nope/shot.png: "
                                          "No such file or directory"]
    assert "CHAPTER: vineyard" in result.stdout and "STATE: " in result.stdout
    assert record.is_file() and (data / "save.json").is_file(), "the recording and the autosave were written"
    assert not (data / "crashes").exists()


def test_a_name_resolves_only_inside_the_folders_it_may_use(tmp_path):
    from game.core import paths

    assert paths.inside(paths.MAPS, "cellar.tmx") == paths.MAPS / "cellar.tmx"
    assert paths.inside(paths.MAPS, "../assets/tilesets/interior.tsx") == paths.ASSETS / "tilesets" / "interior.tsx"
    root = tmp_path / "root"
    root.mkdir()
    (root / "link").symlink_to(tmp_path)  # a link counts where it leads
    for name in ("../../secret", "/etc/passwd", str(tmp_path / "x.png"), "link/x.png", "bad\0name"):
        with pytest.raises(paths.OutsideContent) as error:
            paths.inside(root, name, roots=(root,))
        assert str(tmp_path) not in str(error.value).replace(name, ""), "the message shows the name only"


def test_a_sound_named_outside_the_sounds_folder_is_never_opened(tmp_path):
    from game.core.audio import Audio

    sounds = tmp_path / "sounds"
    sounds.mkdir()
    (tmp_path / "secret.wav").write_bytes(b"RIFF")
    messages = []
    audio = Audio.create(sounds_dir=sounds, report=messages.append)
    try:
        audio.cue("../secret")  # what the story's play_sound("../secret") asks
        assert not audio.exists("../secret") and "../secret" in audio.missing
        assert messages == ["sound '../secret' not found: not in the sounds folder"]
    finally:
        audio.close()
