"""Every write can fail politely: settings, saves and crash reports that cannot be written are told in one
line naming the folder (on stderr, and in the window), and the game goes on. It used to end with an
unhandled OSError, exit 70, when a setting was changed with a config folder that could not be written."""

import errno
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from game.core import files
from game.core.saves import SaveData, SaveStore
from game.core.session import Session
from game.core.settings import Settings, SettingsFile
from game.scenes import new_context


@pytest.fixture
def disk_full(monkeypatch):
    """Every file the game starts writing fails as on a full disk."""
    def mkstemp(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.tempfile, "mkstemp", mkstemp)


def test_settings_that_cannot_be_written_are_told_naming_the_folder(tmp_path, disk_full):
    message = SettingsFile(tmp_path / "settings.toml").save(Settings(music_volume=0.1))
    assert message.startswith(f"Settings could not be saved in {tmp_path}") and "No space left" in message
    assert "\n" not in message


def test_a_save_that_cannot_be_written_is_told_and_the_evening_goes_on(tmp_path, disk_full):
    told = []
    ctx = new_context(session=Session.new(), saves=SaveStore(tmp_path), announce=lambda line: None,
                      report=told.append)
    ctx.nav.chapter("vineyard")  # the chapter autosaves as it begins
    ctx.scenes.apply_pending()
    ctx.nav.autosave()
    assert told and all(line == f"The game could not be saved in {tmp_path} (No space left on device)."
                        for line in told)
    assert ctx.mail.notice == told[-1]


def test_a_crash_report_that_cannot_be_written_is_one_line_naming_the_folder(tmp_path, disk_full, monkeypatch,
                                                                              capsys):
    from game.cli import main
    from game.scenes.title import TitleScene

    def broken(self, frame, dt):
        raise RuntimeError("boom")

    monkeypatch.setattr(TitleScene, "update", broken)
    code = main(["--headless", "--data-dir", str(tmp_path), "--frames", "3"])
    err = capsys.readouterr().err
    assert code == 70  # the crash itself still ends the run, as a crash
    [line] = [line for line in err.splitlines() if "crash report" in line]
    assert line == f"error: the crash report could not be written in {tmp_path / 'crashes'} (No space left on device)"


def run_the_monkey(data_dir, *wrap) -> subprocess.CompletedProcess:
    """A monkey soaks the vineyard in `data_dir` for 10 s of game time: it changes settings (each change is
    written: some fifty times) and saves (the chapter's autosave and more); `wrap` runs it as another user or
    in another mount namespace."""
    command = [*wrap, sys.executable, str(ROOT / "main.py"), "--monkey", "10", "--scene", "vineyard",
               "--data-dir", str(data_dir)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)


def test_settings_toml_being_a_folder(tmp_path, capsys, undrawn):
    """The monkey's run through the command line's code, in this process (the two below need a process
    of their own: another user, another mount)."""
    from game.cli import main

    (tmp_path / "settings.toml").mkdir()
    code = main(["--monkey", "10", "--scene", "vineyard", "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert f"settings.toml in {tmp_path}" in err and "Traceback" not in err
    assert (tmp_path / "settings.toml").is_dir()


def usable(*command) -> bool:
    return shutil.which(command[0]) is not None and subprocess.run(
        [*command, "true"], capture_output=True).returncode == 0


AS_ANOTHER_USER = ("unshare", "--user", "--map-user=1000", "--map-group=1000")  # root's owner bits apply to it


@pytest.mark.skipif(os.geteuid() == 0 and not usable(*AS_ANOTHER_USER),
                    reason="root writes anywhere, and this system cannot run a process as another user")
def test_a_read_only_folder(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    SaveStore(folder).write(SaveData("vineyard", "vineyard", 552.0, 173.0, "down", Session.new().story.save()))
    folder.chmod(0o555)
    try:
        wrap = AS_ANOTHER_USER if os.geteuid() == 0 else ()
        result = run_the_monkey(folder, *wrap)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert f"note: Settings could not be saved in {folder} (Permission denied)." in notes
    assert f"note: The game could not be saved in {folder} (Permission denied)." in notes
    assert sorted(path.name for path in folder.iterdir()) == ["save.json"]


IN_A_MOUNT_OF_ITS_OWN = ("unshare", "--mount")


@pytest.mark.skipif(not usable(*IN_A_MOUNT_OF_ITS_OWN), reason="this system cannot mount a small disk for a test")
def test_a_full_disk(tmp_path):
    """The data folder is a 64 KB disk, filled up first: in a mount namespace of the run's own, so nothing
    is left mounted."""
    folder = tmp_path / "full"
    folder.mkdir()
    script = (f"mount -t tmpfs -o size=64k tmpfs {folder} && "
              f"(head -c 1000000 /dev/zero > {folder}/filler; true) && exec \"$@\"")
    command = [*IN_A_MOUNT_OF_ITS_OWN, "sh", "-c", script, "sh"]
    result = run_the_monkey(folder, *command)
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert f"note: Settings could not be saved in {folder} (No space left on device)." in notes
    assert f"note: The game could not be saved in {folder} (No space left on device)." in notes
