"""Settings persist between runs; bad files fall back to defaults and are kept aside."""

from game.core.settings import Settings, load_settings, save_settings


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
    assert settings.music_volume == 1.0  # clamped into range
    assert settings.language == "en" and settings.assist is False
    assert settings.text_speed_name == "slow"
    assert "language" in message and "assist" in message
