"""From the title screen, intents alone carry Stéphane through the evening to each ending.

The scripted player (game/players/autoplay.py) plays exactly as a person would: it
picks New game, walks, faces things, presses Interact, picks choices, traces
the stars and leaves from the title after the credits; nothing is set behind
the game's back. Runs on logic only (no display), so it is quick.
"""

import json
import subprocess
import sys

import pytest

import evenings
from conftest import ROOT
from game import cli
from game.content.chapters import load_endings
from game.content.locale import PSEUDO
from game.players.autoplay import AutoPlayer, ChoicePolicy

BERLIN = ["MINIGAME: stakeout won", "MINIGAME: cipher won", "MINIGAME: tail won", "MINIGAME: deaddrop won"]
CHAPTERS = ["CHAPTER: vineyard", "CHAPTER: visitor", "CHAPTER: dinner", "CHAPTER: garden", "CHAPTER: berlin",
            *BERLIN, "CHAPTER: ending"]


CLI_ENDING = "dawn"  # the command line's autoplay below plays this one (it and 'guarded' part in the last chapter)
ENDINGS = sorted(load_endings().values(), key=lambda e: e.id)


@pytest.mark.parametrize("ending", [e for e in ENDINGS if e.id != CLI_ENDING], ids=lambda e: e.id)
def test_each_ending_is_reached_from_the_title_through_the_credits(ending, request):
    # the shared 'open' evening (conftest) played the ending whose policy never turns
    if (ending.policy, ending.open_from, ending.guarded_from) == ("open", "", ""):
        evening = request.getfixturevalue("open_evening")
        lines, story = [line for _, line in evening.lines], evening.story
        assert evening.title.kind == "title"  # after the credits
    else:
        lines = []
        ctx = evenings.from_the_title(announce=lines.append)
        assert evenings.play(ctx, AutoPlayer(policy=ChoicePolicy.for_ending(ending)))
        assert ctx.session.ended and ctx.mail.quit_requested  # back at the title, he chose Quit
        story = ctx.session.story
    assert lines == CHAPTERS + [f"ENDING: {ending.id}"]
    # Berlin's four wins are in the story the garden and the ending read
    assert [story.get(name) for name in ("courier_identified", "message_decoded", "berlin_tail_won",
                                         "berlin_drop_won")] == [True] * 4
    assert story.get("decoded_text") and story.get("berlin_clean") >= 1
    # the vineyard's chores, the knock at the door and the dinner on the way
    assert story.get("chores_done") >= 3 and story.get("heard_knock") is True and story.get("dinner_items") == 4
    assert len(story.save()) > 0


def test_the_command_line_autoplay_reaches_the_ending_asked_for_and_its_recording_replays_it(tmp_path, capsys,
                                                                                             undrawn):
    """The suite's one whole evening played by a real process (drawn at the canvas's own size, headless),
    recorded; the recording replayed in this process without drawing reaches the same STATE: the game's
    state never depends on what was drawn.

    It is played in the pseudo-locale, so it is also the text watch's whole evening (tests/test_localised_play.py
    plays the other endings from where they part): every text it shows must be localised, fit its box and have its
    glyphs, or a TEXT: line follows the STATE."""
    recording = tmp_path / "autoplay.jsonl"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--headless", "--autoplay", "--ending", CLI_ENDING,
                             "--lang", PSEUDO, "--window", "480x270", "--record", str(recording),
                             "--data-dir", str(tmp_path / "data")],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:-1] == CHAPTERS + [f"ENDING: {CLI_ENDING}"] and lines[-1].startswith("STATE: "), lines
    header = json.loads(recording.read_text(encoding="utf-8").splitlines()[0])
    assert header["format"] == "weight-of-secrets-replay" and header["version"] == 1
    assert header["start"] == {"scene": None, "continue": False}

    assert cli.main(["--replay", str(recording)]) == 0
    replayed = capsys.readouterr().out.splitlines()
    assert replayed == lines  # the same story through to the same ending, and the same state


def test_list_endings_prints_one_id_a_line():
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--list-endings"], capture_output=True,
                            text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0
    assert result.stdout.split() == list(load_endings())
