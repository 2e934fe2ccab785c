"""An unexpected exception during play: a short message, a crash report, the last save untouched."""

import pytest

from game import cli
from game.scenes.explore import ExploreScene

CRASH_AT_TICK = 40


@pytest.fixture
def saved(tmp_path, capsys):
    """A data folder holding a save, as the vineyard's start writes it."""
    assert cli.main(["--headless", "--scene", "vineyard", "--frames", "5", "--data-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    save = tmp_path / "save.json"
    assert save.is_file()
    return tmp_path, save.read_bytes()


@pytest.fixture
def broken_walking(monkeypatch):
    """The explore scene raises once the game has run CRASH_AT_TICK ticks (the same tick in a replay)."""
    update = ExploreScene.update

    def failing(self, frame, dt):
        if self.ctx.clock.ticks >= CRASH_AT_TICK:
            raise RuntimeError("injected failure for the crash test")
        update(self, frame, dt)

    monkeypatch.setattr(ExploreScene, "update", failing)


def test_a_crash_writes_a_report_says_so_and_leaves_the_save_alone(saved, broken_walking, capsys):
    folder, save_before = saved
    code = cli.main(["--headless", "--continue", "--frames", "300", "--data-dir", str(folder)])
    out, err = capsys.readouterr()
    assert code == 70
    assert "unexpected error (RuntimeError: injected failure for the crash test)" in err
    assert "Your last save was not touched." in err
    assert "Traceback" not in err  # the player gets a short message; the traceback is in the report
    reports = list((folder / "crashes").glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in err
    assert (folder / "save.json").read_bytes() == save_before  # byte for byte: nothing saved on the way out
    assert not list(folder.glob("save.json.bad-*"))
    report = reports[0].read_text(encoding="utf-8")
    for expected in ("Traceback (most recent call last)", "RuntimeError: injected failure for the crash test",
                     "game version: 0.1.0", "python: 3.", "pygame: pygame-ce", "seed: 1961", "chapter: vineyard",
                     f"game time: {CRASH_AT_TICK} ticks done", "platform: ", "=== replay",
                     "the run's intents: python main.py --headless --replay"):
        assert expected in report, expected


def test_the_installed_games_report_gives_its_own_command_to_replay(saved, broken_walking, capsys, monkeypatch):
    folder, _ = saved
    monkeypatch.setattr("sys.argv", ["/opt/game/weight-of-secrets", "--continue"])  # the wheel's or the build's
    assert cli.main(["--headless", "--continue", "--frames", "300", "--data-dir", str(folder)]) == 70
    report = next((folder / "crashes").glob("crash-*.txt"))
    assert f"the run's intents: weight-of-secrets --headless --replay {report.name} " in report.read_text("utf-8")


def test_the_crash_report_replays_the_run_up_to_the_crash(saved, broken_walking, capsys):
    folder, _ = saved
    assert cli.main(["--headless", "--continue", "--frames", "300", "--data-dir", str(folder)]) == 70
    capsys.readouterr()
    report = next((folder / "crashes").glob("crash-*.txt"))
    # the report starts from the save as it was (inside it), so the replay needs nothing else
    code = cli.main(["--replay", str(report)])
    out, err = capsys.readouterr()
    assert code == 70
    assert f"the crash happened again at tick {CRASH_AT_TICK + 1}, as recorded" in err
    assert "Traceback" in err  # replaying is for whoever fixes it: the whole traceback


def test_a_crash_while_recording_keeps_the_recording(saved, broken_walking, capsys, tmp_path):
    folder, _ = saved
    recording = tmp_path / "run.jsonl"
    assert cli.main(["--headless", "--continue", "--frames", "300", "--data-dir", str(folder),
                     "--record", str(recording)]) == 70
    capsys.readouterr()
    assert '"crash": "RuntimeError: injected failure for the crash test"' in recording.read_text().splitlines()[-1]
    assert cli.main(["--replay", str(recording)]) == 70
    assert "as recorded" in capsys.readouterr().err


def test_content_errors_keep_their_own_clean_message(saved, monkeypatch, capsys):
    from game.content.errors import ContentError

    folder, save_before = saved

    def broken(self, frame, dt):
        raise ContentError("maps/vineyard.tmx", "objects", "a broken map for the test")

    monkeypatch.setattr(ExploreScene, "update", broken)
    code = cli.main(["--headless", "--continue", "--frames", "30", "--data-dir", str(folder)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: maps/vineyard.tmx") and "a broken map for the test" in err
    assert not (folder / "crashes").exists()
    assert (folder / "save.json").read_bytes() == save_before


def test_a_monkey_crash_keeps_its_temporary_folder_with_the_report(broken_walking, capsys):
    import shutil
    from pathlib import Path

    code = cli.main(["--monkey", "2", "--scene", "vineyard"])
    err = capsys.readouterr().err
    assert code == 70
    line = next(line for line in err.splitlines() if line.startswith("A crash report was written to "))
    report = Path(line.split(" to ", 1)[1])
    try:
        assert report.is_file() and "=== replay" in report.read_text(encoding="utf-8")
    finally:
        shutil.rmtree(report.parent.parent, ignore_errors=True)
