"""Determinism: a run depends only on its seed and its intents, so a recording replays exactly.

`--record FILE` keeps the intents of each tick; `--replay FILE` plays them back headless;
both end with `STATE: <hash>`, the hash of the whole game state, which must be the same.
"""

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT
from game import cli
from game.core.input import InputFrame, Intent
from game.diagnostics.replay import REPLAY_MARKER, Recorder, ReplayError, ReplayPlayer, load


def state_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.startswith("STATE: ")]
    assert lines, f"no STATE line in:\n{text[-2000:]}"
    return lines[-1]


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# A whole evening, title to credits, recorded by --autoplay and replayed: tests/test_playthrough.py.


@pytest.fixture(scope="module")
def monkey_recording(tmp_path_factory):
    """Twenty seconds of the monkey in the vineyard, recorded (it walks, talks, tours the settings, pauses...)."""
    import contextlib
    import io

    from game.app import App

    folder = tmp_path_factory.mktemp("monkey")
    path = folder / "vineyard.jsonl"
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.MonkeyPatch.context() as patch:
        patch.setattr(App, "render", lambda self, alpha: None)  # undrawn: the replays below draw it
        code = cli.main(["--monkey", "10", "--scene", "vineyard", "--record", str(path)])
    assert code == 0, out.getvalue()
    return path, state_line(out.getvalue())


def test_a_recording_replays_to_the_same_state(monkey_recording, capsys):
    """Recorded without drawing, replayed drawn (as --replay is): the same state."""
    path, recorded = monkey_recording
    code, out, err = run(capsys, "--replay", str(path))
    assert code == 0, err
    assert state_line(out) == recorded
    assert json.loads(path.read_text().splitlines()[-1])["state"] == recorded.split()[1]


def test_the_state_does_not_depend_on_pythons_hash_seed(tmp_path):
    """Recorded in one process and replayed in another, with different string hashing (set orders)."""
    path = tmp_path / "dinner.jsonl"

    def main(*args, hash_seed):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                                timeout=300, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": hash_seed})
        assert result.returncode == 0, result.stderr
        return state_line(result.stdout)

    recorded = main("--monkey", "6", "--scene", "dinner", "--record", str(path), hash_seed="0")
    assert main("--replay", str(path), hash_seed="4242") == recorded


def test_another_seed_gives_another_state(tmp_path, capsys):
    states = []
    for seed in ("1961", "1962"):
        code, out, err = run(capsys, "--headless", "--scene", "vineyard", "--frames", "120", "--seed", seed,
                             "--record", str(tmp_path / f"{seed}.jsonl"), "--data-dir", str(tmp_path / seed))
        assert code == 0, err
        states.append(state_line(out))
    assert states[0] != states[1]
    # and the seed matters beyond being in the hash: Ink's random seed is part of the story's state,
    # drawn from the run's seed (bink would pick one at random)
    from game.core.session import Session

    def ink_seed(seed):
        return json.loads(Session.new("en", seed=seed).story.save())["storySeed"]

    assert ink_seed(1961) == ink_seed(1961) != ink_seed(1962)


def test_a_changed_replay_gives_another_state_and_says_so(monkey_recording, tmp_path, capsys, undrawn):
    path, recorded = monkey_recording
    lines = path.read_text(encoding="utf-8").splitlines()
    # walk the other way in the last long walk: the monkey may have begun a new evening before the
    # end, which leaves nothing earlier in the run to tell in the final state
    opposite = {"left": "right", "right": "left", "up": "down", "down": "up"}
    index = max(i for i in range(1, len(lines) - 1) if lines[i].startswith("[")
                and json.loads(lines[i])[1] in opposite and json.loads(lines[i])[0] >= 20)
    row = json.loads(lines[index])
    row[1] = opposite[row[1]]
    lines[index] = json.dumps(row)
    changed = tmp_path / "changed.jsonl"
    changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "--replay", str(changed))
    assert code == 1
    assert state_line(out) != recorded
    assert "went differently" in err


@pytest.mark.parametrize("damage, expected", [
    (lambda lines: lines[:1] + ["[12, \"up\", "] + lines[1:], ":2: not valid JSON"),
    (lambda lines: lines[:1] + ["[3, \"jump\", \"\"]"] + lines[1:], ":2: unknown intent 'jump'"),
    (lambda lines: lines[:-1], "cut short"),
    (lambda lines: [lines[0].replace('"version": 1', '"version": 99')] + lines[1:],
     ":1: the replay comes from a newer"),
    (lambda lines: ["{\"hello\": 1}"] + lines[1:], ":1: not a replay"),
    (lambda lines: lines[:1] + ["{\"teleport\": true}"] + lines[1:], ":2: an event needs one of"),
    (lambda lines: lines[:1] + ["[0, \"\", \"\"]"] + lines[1:], ":2: a run's tick count"),
    (lambda lines: lines + ["[1, \"\", \"\"]"], "nothing may follow the end line"),
    (lambda lines: [lines[0].replace('"language": "en"', '"language": "klingon"')] + lines[1:],
     ":1: the header's 'settings.language' is not valid: it must be one of en, fr"),
    (lambda lines: [lines[0].replace('"continue": false', '"continue": 1')] + lines[1:],
     ":1: the header's 'start.continue' is not valid: expected true or false, got a whole number"),
])
def test_a_damaged_replay_is_a_clear_error(monkey_recording, tmp_path, capsys, damage, expected):
    path, _ = monkey_recording
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(damage(path.read_text(encoding="utf-8").splitlines())) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "--replay", str(bad))
    assert code == 2
    assert err.startswith(f"error: {bad}") and expected in err, err
    assert "Traceback" not in err and "STATE" not in out


def test_a_missing_or_binary_replay_is_a_clear_error(tmp_path, capsys):
    code, _, err = run(capsys, "--replay", str(tmp_path / "nothing.jsonl"))
    assert code == 2 and "no such file" in err
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\xff\xfe\x00garbage")
    code, _, err = run(capsys, "--replay", str(junk))
    assert code == 2 and str(junk) in err and "Traceback" not in err


def test_replay_takes_its_start_and_seed_from_the_file(monkey_recording, capsys):
    path, _ = monkey_recording
    code, _, err = run(capsys, "--replay", str(path), "--seed", "3")
    assert code == 2 and "cannot be given" in err


def test_frames_sticks_and_events_survive_the_file(tmp_path):
    """The format keeps exactly what each tick held and pressed, the stick, and events between ticks."""
    recorder = Recorder({"seed": 5, "start": {"scene": "vineyard", "continue": False}, "settings": {}, "save": None})
    frames = [InputFrame(), InputFrame(), InputFrame.of([Intent.RIGHT, Intent.UP]),
              InputFrame.of(pressed=[Intent.INTERACT]), InputFrame(pressed=frozenset({Intent.BACK})),
              InputFrame(stick=(0.25, -0.7071067811865476)), InputFrame(stick=(0.25, -0.7071067811865476))]
    for index, frame in enumerate(frames):
        if index == 3:
            recorder.event(key=102, name="f")
            recorder.event(restart="garden")
        recorder.frame(frame)
    path = tmp_path / "r.jsonl"
    recorder.write(path, end={"state": "abc"})
    text = path.read_text(encoding="utf-8")
    assert '[2, "", ""]' in text and '[1, "up+right", ""]' in text and '{"key": 102, "name": "f"}' in text

    done = []

    class FakeApp:
        recorder = None

    recording = load(path)
    assert recording.ticks == len(frames) and recording.end["state"] == "abc"
    import game.diagnostics.replay as replay

    player = ReplayPlayer(recording, FakeApp())
    original, replay.perform = replay.perform, lambda app, event: done.append((len(played), event))
    try:
        played = []
        for _ in frames:
            played.append(player(None))
    finally:
        replay.perform = original
    assert played == frames
    assert done == [(3, {"key": 102, "name": "f"}), (3, {"restart": "garden"})]


def test_a_crash_report_is_a_replay_file(tmp_path):
    recorder = Recorder({"seed": 1, "start": {"scene": None, "continue": False}, "settings": {}, "save": None})
    recorder.frame(InputFrame())
    report = tmp_path / "crash.txt"
    report.write_text("a crash report\nTraceback ...\n\n" + REPLAY_MARKER + " ===\n" + recorder.text({"crash": "x"}))
    recording = load(report)
    assert recording.ticks == 1 and recording.end["crash"] == "x"
    with pytest.raises(ReplayError, match="crash.txt:1: not a replay"):
        report.write_text("just words\n")
        load(report)


def type_keys_while_drawing(monkeypatch, script: dict):
    """Post {frame: (event type, key)} to pygame's queue as frames are drawn, the way a person's
    keys arrive; returns App.render as it was, to put back."""
    import pygame

    from game.app import App

    render = App.render

    def render_and_type(self, alpha):
        render(self, alpha)
        if self.frames in script:
            kind, key = script[self.frames]
            pygame.event.post(pygame.event.Event(kind, key=key, mod=0, unicode="", scancode=0))

    monkeypatch.setattr(App, "render", render_and_type)
    return render


def test_a_person_at_the_keyboard_is_recorded_and_replayed(tmp_path, capsys, monkeypatch):
    """Key events through pygame's queue (the way a person's keys arrive) become the recording's intents."""
    import pygame

    from game.app import App

    script = {5: (pygame.KEYDOWN, pygame.K_d), 70: (pygame.KEYUP, pygame.K_d), 80: (pygame.KEYDOWN, pygame.K_s),
              81: (pygame.KEYUP, pygame.K_s), 90: (pygame.KEYDOWN, pygame.K_ESCAPE),
              91: (pygame.KEYUP, pygame.K_ESCAPE), 120: (pygame.KEYDOWN, pygame.K_DOWN),
              121: (pygame.KEYUP, pygame.K_DOWN)}
    render = type_keys_while_drawing(monkeypatch, script)
    path = tmp_path / "person.jsonl"
    code, out, err = run(capsys, "--headless", "--scene", "vineyard", "--frames", "200", "--record", str(path),
                         "--data-dir", str(tmp_path / "data"))
    assert code == 0, err
    text = path.read_text(encoding="utf-8")
    assert '"right", ""]' in text and '[1, "back+pause", "back+pause"]' in text, text
    monkeypatch.setattr(App, "render", render)  # the replay gets its intents from the file alone
    code, replayed, err = run(capsys, "--replay", str(path))
    assert code == 0, err
    assert state_line(replayed) == state_line(out)


def test_a_key_given_to_controls_is_recorded_and_replayed(tmp_path, capsys, monkeypatch):
    """Rebinding takes a raw key, not an intent: the recording keeps it as an event between ticks."""
    import pygame

    from game.app import App

    keys = [pygame.K_ESCAPE, pygame.K_DOWN, pygame.K_RETURN] + [pygame.K_DOWN] * 8 + \
        [pygame.K_RETURN, pygame.K_RETURN, pygame.K_f]  # pause, Settings, Controls, Up: press a key, F
    script = {}
    for index, key in enumerate(keys):
        script[30 + 4 * index] = (pygame.KEYDOWN, key)
        script[31 + 4 * index] = (pygame.KEYUP, key)
    render = type_keys_while_drawing(monkeypatch, script)
    path = tmp_path / "rebind.jsonl"
    code, out, err = run(capsys, "--headless", "--scene", "vineyard", "--frames", "120", "--record", str(path),
                         "--data-dir", str(tmp_path / "data"))
    assert code == 0, err
    assert '{"key": 102, "name": "f"}' in path.read_text(encoding="utf-8")
    import tomllib

    settings = tomllib.loads((tmp_path / "data" / "settings.toml").read_text(encoding="utf-8"))
    assert settings["keys"]["up"] == ["f", "w"]
    monkeypatch.setattr(App, "render", render)
    code, replayed, err = run(capsys, "--replay", str(path))
    assert code == 0, err
    assert state_line(replayed) == state_line(out)
