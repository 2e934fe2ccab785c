"""--monkey: a seeded random player goes through every chapter and nothing breaks."""

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from game import cli
from game.content.chapters import CHAPTER_IDS


@pytest.fixture
def user_folders(tmp_path, monkeypatch):
    """Where the player's own settings and saves would be: the monkey must never write there."""
    import platformdirs

    config, data = tmp_path / "user-config", tmp_path / "user-data"
    monkeypatch.setattr(platformdirs, "user_config_dir", lambda *args, **kwargs: str(config))
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *args, **kwargs: str(data))
    return config, data


def test_a_short_monkey_run_through_every_chapter_exits_0(capsys, user_folders):
    """Drawn: the monkey opens menus, games and conversations the player sees (the others here need not draw)."""
    code = cli.main(["--monkey", "2"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert [line for line in out.splitlines() if line.startswith("MONKEY: ") and "done" not in line] == \
        [f"MONKEY: {chapter}" for chapter in CHAPTER_IDS]
    assert "MONKEY: done, 720 ticks" in out
    assert out.count("STATE: ") == 1
    config, data = user_folders
    assert not config.exists() and not data.exists()


def test_the_monkey_soaks_one_chapter_and_goes_back_into_it(capsys, tmp_path, undrawn):
    """When the story carries him to another chapter, the monkey starts its chapter afresh."""
    argv = ["--monkey", "8", "--scene", "visitor", "--data-dir", str(tmp_path)]
    run = None

    def story_moves_on(tick):  # as if the evening had gone on to dinner
        if tick == 200:
            run.app.ctx.session.chapter = "dinner"

    run = cli.Run(cli.parse_args(argv), argv, None, on_tick=story_moves_on)
    code = run.play()
    out, err = capsys.readouterr()
    assert code == 0, err
    chapters = [line.split()[1] for line in out.splitlines() if line.startswith("CHAPTER: ")]
    assert chapters == ["visitor", "visitor"], chapters
    assert run.player.restarts == 1 and run.app.ctx.session.chapter == "visitor"
    assert (tmp_path / "settings.toml").is_file()  # --data-dir is used when given: it toured the settings


def test_the_monkey_is_the_same_for_the_same_seed(capsys, tmp_path, undrawn):
    states = []
    for seed in ("5", "5", "6"):
        assert cli.main(["--monkey", "3", "--scene", "dinner", "--seed", seed]) == 0
        out, _ = capsys.readouterr()
        states.append([line for line in out.splitlines() if line.startswith("STATE: ")][0])
    assert states[0] == states[1] != states[2]


def test_the_monkey_only_takes_chapters(capsys):
    assert cli.main(["--monkey", "3", "--scene", "cellar"]) == 2
    assert "must be one of" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["--monkey", "0"])
    with pytest.raises(SystemExit):
        cli.main(["--monkey", "3", "--autoplay"])


def test_the_soak_reports_memory_as_json(tmp_path):
    result = subprocess.run([sys.executable, "-m", "game.soak", "--minutes", "0.2", "--window", "0.05",
                             "--chapters", "garden", "--limit-mb", "1000"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    summary = json.loads(result.stdout)
    garden = summary["chapters"]["garden"]
    assert result.returncode == 0 and summary["ok"], result.stderr
    assert garden["exit"] == 0 and garden["ticks"] == 720
    assert garden["rss_first_mb"] > 10 and garden["rss_last_mb"] > 10 and "growth_mb" in garden


def test_a_key_another_action_uses_is_refused_with_a_message():
    """Controls: giving Up the key E (Interact's) is refused and says why; it must not crash."""
    from types import SimpleNamespace

    from game.app import App, RunOptions
    from game.core.input import InputFrame, Intent
    from game.scenes.menu import controls_menu

    app = App(RunOptions(headless=True))
    ctx, pg = app.ctx, app.pygame
    menu = controls_menu(ctx)
    ctx.scenes.push(menu)
    ctx.scenes.apply_pending()
    ctx.scenes.update(InputFrame.of(pressed=[Intent.INTERACT]), 1 / 60)  # Up: waiting for a key
    app.collector.handle(SimpleNamespace(type=pg.KEYDOWN, key=pg.K_e, mod=0, unicode="e"))
    assert app.collector.keys[Intent.UP][0] != pg.K_e
    assert "E" in menu.items[-1].text()
