"""Runs for tools (--scene, --frames, --screenshot, --autoplay, --headless) with no --data-dir read the
player's settings and save but never write them: the README's own screenshot command used to replace the
player's evening. Each run is a real process whose user folders (platformdirs) are a fake home."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT
from game import cli
from game.core.saves import SaveData, SaveStore
from game.core.session import Session
from game.core.settings import Settings, save_settings


@pytest.fixture
def player_home(tmp_path):
    """A player's home with settings (French, a rebound key) and an evening saved in the garden."""
    home = tmp_path / "home"
    config, data = home / ".config" / "weight-of-secrets", home / ".local" / "share" / "weight-of-secrets"
    save_settings(Settings(language="fr", music_volume=0.3, keys={"interact": ["f"]}), config / "settings.toml")
    SaveStore(data).write(SaveData("garden", "garden", 280.0, 140.0, "down", Session.new().story.save()))
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share")}
    return home, env


def snapshot(home) -> dict:
    return {str(path.relative_to(home)): path.read_bytes() for path in sorted(home.rglob("*")) if path.is_file()}


RUNS = [
    ["--headless", "--frames", "5"],
    ["--headless", "--scene", "vineyard", "--frames", "60"],
    ["--headless", "--scene", "berlin", "--frames", "400"],  # past the chapter's start, where it autosaves
    ["--headless", "--continue", "--frames", "30"],
    ["--headless", "--autoplay", "--frames", "400"],  # New game from the title (it answers the question Yes)
    ["--scene", "vineyard", "--frames", "30", "--screenshot", "{tmp}/shot.png"],
]


@pytest.mark.parametrize("arguments", RUNS, ids=lambda a: " ".join(a))
def test_a_run_for_tools_reads_the_players_files_and_writes_none(player_home, tmp_path, arguments, monkeypatch,
                                                                 capsys):
    """Through the command line's code in this process, the player's folders found as platformdirs finds them
    (the process of its own is the SIGTERM test's below)."""
    home, env = player_home
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, env[name])
    before = snapshot(home)
    record = tmp_path / "run.jsonl"
    code = cli.main([*(a.format(tmp=tmp_path) for a in arguments), "--record", str(record)])
    assert code in (0, 1), capsys.readouterr().err  # --autoplay cut short by --frames ends without an ending
    assert snapshot(home) == before  # not a byte written, renamed or added in the player's folders
    header = json.loads(record.read_text(encoding="utf-8").splitlines()[0])
    # the player's settings were read (so their keys, volumes and language applied), and the save too
    assert header["settings"]["language"] == "fr" and header["settings"]["keys"] == {"interact": ["f"]}
    assert json.loads(header["save"])["chapter"] == "garden"


def test_closing_a_tool_run_does_not_save_over_the_players_evening(player_home):
    home, env = player_home
    before = snapshot(home)
    env = {**env, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYTHONUNBUFFERED": "1"}
    game = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--headless", "--scene", "dinner"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        assert game.stdout.readline().startswith("CHAPTER: dinner")
        time.sleep(1.0)
        game.send_signal(signal.SIGTERM)  # SDL turns it into the quit a closed window sends
        game.communicate(timeout=60)
    finally:
        game.kill()
    assert game.returncode == 0
    assert snapshot(home) == before


def test_help_says_tool_runs_leave_the_players_files_alone(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "never write the player's save or settings" in text and "--data-dir" in text
