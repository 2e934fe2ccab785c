"""The game's sounds (made by assets/scripts/sounds.py) and the Audio service that plays them."""

import os

os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import math  # noqa: E402
import re  # noqa: E402
import wave  # noqa: E402
from array import array  # noqa: E402
from pathlib import Path  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402

from assets.scripts import sounds  # noqa: E402
from game.core.audio import (  # noqa: E402
    AMBIENCE_CHANNELS,
    AMBIENCES,
    MIXER_FORMAT,
    MUSIC,
    MUSIC_CHANNELS,
    SURFACES,
    Audio,
)

ROOT = Path(__file__).resolve().parent.parent
SOUNDS = ROOT / "assets" / "sounds"
STEPS = tuple(f"step_{s}_{k}" for s in SURFACES for k in range(1, 5))
EFFECTS = ("text_tick", "door", "knock", "cork", "glass", "ui_move", "ui_select", "ui_back")
EXPECTED = tuple(sorted(AMBIENCES)) + STEPS + EFFECTS + tuple(sorted(MUSIC))


def read(path: Path) -> tuple[wave._wave_params, list[float]]:
    with wave.open(str(path), "rb") as f:
        params = f.getparams()
        frames = f.readframes(params.nframes)
    data = array("h")
    data.frombytes(frames)
    if data.itemsize == 2 and array("h", [1]).tobytes() != b"\x01\x00":
        data.byteswap()
    return params, [v / 32768.0 for v in data]


def rms(x):
    return math.sqrt(sum(v * v for v in x) / len(x))


# ---------------------------------------------------------------- the generator


def test_every_sound_the_game_names_is_generated():
    assert set(EXPECTED) <= set(sounds.NAMES)
    assert set(sounds.LOOPS) == set(AMBIENCES)


# That the generator makes exactly the committed sounds, byte for byte (so it is deterministic too),
# is tests/test_assets.py's check of every generator: the sounds are generated once per run there.


def test_the_sounds_are_small():
    total = sum(p.stat().st_size for p in SOUNDS.glob("*.wav"))
    assert total < 4.5 * 1024 * 1024, f"{total / 1e6:.1f} MB of sound"


# ---------------------------------------------------------------- each file


def length_range(name: str) -> tuple[float, float]:
    if name in AMBIENCES:
        return 8.0, 12.0
    if name in MUSIC:
        return 10.5, 40.0
    if name.startswith("step_"):
        return 0.08, 0.5
    if name == "text_tick":
        return 0.005, 0.05
    if name.startswith("ui_"):
        return 0.03, 0.6
    return 0.2, 3.0


@pytest.mark.parametrize("name", EXPECTED)
def test_sound_file_is_sound(name):
    path = SOUNDS / f"{name}.wav"
    assert path.is_file(), f"{path} is missing"
    params, x = read(path)
    assert params.nchannels == 1 and params.sampwidth == 2, f"{name}: not 16-bit mono"
    assert params.framerate in (22050, 44100)
    seconds = params.nframes / params.framerate
    low, high = length_range(name)
    assert low <= seconds <= high, f"{name}: {seconds:.2f} s, expected {low}-{high}"
    floor = 0.004 if name == "cellar" else 0.02
    assert rms(x) > floor, f"{name}: RMS {rms(x):.4f} is too quiet"
    assert max(abs(v) for v in x) < 0.98, f"{name}: clipped"


@pytest.mark.parametrize("name", sorted(AMBIENCES))
def test_loops_join_without_a_click(name):
    _, x = read(SOUNDS / f"{name}.wav")
    jumps = sorted(abs(b - a) for a, b in zip(x, x[1:]))
    typical = jumps[int(len(jumps) * 0.99)]
    seam = abs(x[0] - x[-1])
    assert seam <= typical, f"{name}: the loop point jumps {seam:.4f}, typical jumps are up to {typical:.4f}"


def zero_crossings_per_second(path: Path) -> float:
    params, x = read(path)
    crossings = sum(1 for a, b in zip(x, x[1:]) if (a < 0) != (b < 0))
    return crossings / (params.nframes / params.framerate)


def test_cicadas_are_high_and_crickets_chirp():
    assert zero_crossings_per_second(SOUNDS / "cicadas.wav") > 8000  # mostly above 4 kHz
    _, x = read(SOUNDS / "crickets.wav")
    window = 441  # 20 ms at 22.05 kHz
    levels = [rms(x[i:i + window]) for i in range(0, len(x) - window, window)]
    loud = max(levels)
    quiet = sum(1 for v in levels if v < loud * 0.1)
    assert quiet > len(levels) * 0.3, "crickets should chirp with silence between"


# ---------------------------------------------------------------- the story's sounds


def test_every_sound_the_story_plays_exists():
    names = set()
    for ink in (ROOT / "assets" / "story").rglob("*.ink"):
        names |= set(re.findall(r'play_sound\(\s*"([^"]+)"\s*\)', ink.read_text(encoding="utf-8")))
    audio = Audio.silent("test")
    for name in sorted(names):
        audio.cue(name)
    assert not audio.missing, f"the story plays sounds that do not exist: {sorted(audio.missing)}"


# ---------------------------------------------------------------- the service


def exercise(audio: Audio) -> None:
    """Call every method the way the game does."""
    audio.play("door")
    audio.play("knock", volume=0.5)
    audio.play("no_such_sound")
    for surface in SURFACES:
        audio.step(surface)
    audio.step("lava")
    audio.ambience("cicadas")
    audio.ambience("crickets", fade_ms=0)
    audio.ambience("crickets")
    audio.ambience(None)
    audio.music("motif_title")
    audio.music("motif_ending", loops=-1, fade_ms=0)
    audio.music_playing()
    audio.music(None)
    audio.cue("cork")
    audio.cue("rain_traffic")
    audio.set_volumes(0.5, 0.25)
    audio.preload(["glass"])
    audio.stop_all()


@pytest.fixture
def audio():
    made = Audio.create(report=lambda message: None, seed=1)
    yield made
    made.close()


def test_create_under_the_dummy_driver_never_raises(audio):
    if not audio.available:
        assert audio.why_silent and "\n" not in audio.why_silent
    exercise(audio)
    assert audio.missing == {"no_such_sound", "step_lava"}


def test_a_silent_audio_accepts_everything():
    messages = []
    audio = Audio.create(enabled=False, report=messages.append)
    assert not audio.available
    assert audio.why_silent == "sound is turned off"
    exercise(audio)
    exercise(audio)
    assert audio.missing == {"no_such_sound", "step_lava"}
    assert len(messages) == 2, "each missing sound is reported once"
    assert "no_such_sound.wav" in messages[0]


def test_no_device_gives_a_silent_audio(monkeypatch):
    def refuse(*args, **kwargs):
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", refuse)
    audio = Audio.create(report=lambda message: None)
    assert not audio.available
    assert "No available audio device" in audio.why_silent and "\n" not in audio.why_silent
    exercise(audio)


def test_set_volumes_clamps(audio):
    audio.set_volumes(2.0, -1.0)
    assert (audio.music_volume, audio.effects_volume) == (1.0, 0.0)
    audio.set_volumes(0.3, 0.6)
    assert (audio.music_volume, audio.effects_volume) == (0.3, 0.6)
    audio.set_volumes(float("nan"), 1.5)
    assert (audio.music_volume, audio.effects_volume) == (0.0, 1.0)
    silent = Audio.silent("test")
    silent.set_volumes(-3, 7)
    assert (silent.music_volume, silent.effects_volume) == (0.0, 1.0)


def test_an_unreadable_file_is_named_and_skipped(tmp_path):
    (tmp_path / "broken.wav").write_bytes(b"RIFF not really a wave file")
    messages = []
    audio = Audio.create(sounds_dir=tmp_path, report=messages.append)
    try:
        audio.play("broken")
        audio.play("broken")
        audio.play("absent")
        if audio.available:
            assert "broken" in audio.missing
            assert any("broken.wav" in m for m in messages)
        assert "absent" in audio.missing and any("absent.wav" in m for m in messages)
        assert len(messages) == len(audio.missing), "each problem is reported once"
    finally:
        audio.close()


def sounding_volumes(channels) -> list[float]:
    """The volume of each sound playing on these mixer channels (what a listener hears them at)."""
    busy = (pygame.mixer.Channel(number) for number in channels)
    return [round(channel.get_sound().get_volume(), 2) for channel in busy if channel.get_busy()]


def test_playing_through_the_mixer(audio):
    if not audio.available:
        pytest.skip(f"no mixer: {audio.why_silent}")
    audio.set_volumes(0.5, 0.8)
    audio.ambience("cicadas", fade_ms=0)
    assert audio.current_ambience == "cicadas"
    assert sounding_volumes(AMBIENCE_CHANNELS) == [pytest.approx(0.7 * 0.8, abs=0.01)]
    audio.ambience("crickets", fade_ms=200)
    assert audio.current_ambience == "crickets"
    audio.music("motif_title", fade_ms=0)
    assert audio.music_playing()
    audio.set_volumes(0.25, 0.5)  # applied at once to the music and the ambience playing
    assert sounding_volumes(MUSIC_CHANNELS) == [pytest.approx(0.25, abs=0.01)]
    assert pytest.approx(0.35, abs=0.01) in sounding_volumes(AMBIENCE_CHANNELS)
    audio.play("door")
    played = []
    play = audio.play
    audio.play = lambda name, volume=1.0: (played.append(name), play(name, volume))
    for _ in range(12):
        audio.step("gravel")
    assert len(played) == 12 and all(name.startswith("step_gravel_") for name in played)
    assert all(a != b for a, b in zip(played, played[1:])), "the same footstep twice running"
    audio.stop_all()
    assert audio.current_ambience is None and audio.current_music is None
    assert not audio.missing


def test_every_sound_is_made_in_the_mixers_format_so_it_loads_as_a_copy(audio):
    """The mixer opens at the rate and channels the generator makes: SDL then converts nothing as a sound
    loads (at 44.1 kHz stereo the title's music took 85 ms to load, on the first frame). A sound made in
    another format would still play, but at its own cost, so the generator and the mixer must agree."""
    rate, _, channels, _ = MIXER_FORMAT
    for path in sorted(SOUNDS.glob("*.wav")):
        with wave.open(str(path), "rb") as sound:
            assert (sound.getframerate(), sound.getnchannels(), sound.getsampwidth()) == (rate, channels, 2), path.name
            seconds = sound.getnframes() / sound.getframerate()
        if audio.available:  # and the mixer the game opened plays it for as long as it lasts: nothing resampled away
            assert pygame.mixer.Sound(str(path)).get_length() == pytest.approx(seconds, abs=0.001)
