"""Settings persist between runs; bad files fall back to defaults and are kept aside."""

import json

import pytest
import tomli_w

from game.core.settings import Settings, load_settings, save_settings
from game.diagnostics.replay import ReplayError
from game.diagnostics.replay import load as load_replay


def test_settings_round_trip(tmp_path):
    path = tmp_path / "settings.toml"
    settings = Settings(music_volume=0.3, text_speed_name="fast", language="fr", assist=True, window_scale=2,
                        keys={"interact": ["f", "space"]})
    save_settings(settings, path)
    loaded, message = load_settings(path)
    assert loaded == settings and message is None
    assert loaded.text_speed == 90.0


def test_a_missing_file_gives_the_defaults(tmp_path):
    assert load_settings(tmp_path / "none.toml") == (Settings(), None)


def test_a_broken_file_is_kept_aside_and_the_defaults_used(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("music_volume = [unclosed", encoding="utf-8")
    settings, message = load_settings(path)
    assert settings == Settings()
    assert "could not be read" in message
    assert not path.exists() and len(list(tmp_path.glob("settings.toml.bad-*"))) == 1


def test_invalid_values_are_reset_one_by_one(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('music_volume = 7.0\nlanguage = "klingon"\nassist = "yes"\ntext_speed_name = "slow"\n',
                    encoding="utf-8")
    settings, message = load_settings(path)
    assert settings.music_volume == Settings().music_volume  # out of its range: reset, and told
    assert settings.language == "en" and settings.assist is False
    assert settings.text_speed_name == "slow"
    assert message == ("Some settings were not valid and were reset: music_volume (it must be a number from 0 to 1), "
                       "language (it must be one of en, fr), assist (expected true or false, got text).")


@pytest.mark.parametrize("name, value", [
    ("music_volume", 7.0), ("effects_volume", -0.5), ("window_scale", 9), ("window_scale", 2.0),
    ("language", "klingon"), ("pad_prompts", "joystick"), ("text_speed_name", "warp"), ("assist", "yes"),
    ("fullscreen", 1), ("keys", {"interact": ["f", 3]}), ("keys", ["f"]),
])
def test_settings_toml_and_a_replays_header_are_held_to_one_rule(tmp_path, name, value):
    """What settings.toml resets, a replay's header refuses, naming the same setting."""
    path = tmp_path / "settings.toml"
    path.write_text(tomli_w.dumps({name: value}), encoding="utf-8")
    settings, message = load_settings(path)
    assert getattr(settings, name) == getattr(Settings(), name)
    assert f"were reset: {name} (" in message
    replay = tmp_path / "run.jsonl"
    header = {"format": "weight-of-secrets-replay", "version": 1, "seed": 1, "settings": {name: value}}
    replay.write_text(json.dumps(header) + "\n" + json.dumps({"end": 0}) + "\n", encoding="utf-8")
    with pytest.raises(ReplayError, match=f":1: the header's 'settings.{name}.*' is not valid"):
        load_replay(replay)
    header["settings"] = {name: getattr(Settings(), name)}  # and what one takes, the other takes
    replay.write_text(json.dumps(header) + "\n" + json.dumps({"end": 0}) + "\n", encoding="utf-8")
    assert load_replay(replay).settings == Settings()
