"""The game's sound service: one `Audio`, made at start-up and handed to scenes in the context.

    audio = Audio.create(enabled=True)          # never raises; silent when there is no device
    audio.ambience("cicadas")                   # loops, crossfading from whatever was looping
    audio.music("motif_title")                  # once (loops=-1: forever), crossfading
    audio.step("gravel")                        # a random footstep variant, never the same twice running
    audio.play("door")                          # a one-shot effect
    audio.cue(name)                             # the story's play_sound(name): picks one of the above
    audio.set_volumes(music=0.7, effects=0.8)   # 0..1, at once, also to what is playing

Sounds are the WAV files in assets/sounds/ (made by assets/scripts/sounds.py), loaded the
first time they are asked for and kept. A missing or unreadable file is reported once, by
file name, and that sound stays silent; the game carries on. `missing` lists the names that
could not be played, so a content test can check every name the game uses.

With sound turned off, or when the mixer cannot start (no audio device), `create` gives a
silent Audio: every call is accepted and does nothing, `available` is False and `why_silent`
says why in one line. SDL's dummy audio driver counts as a device (one that plays to
nowhere): the mixer runs, so headless runs and tests go through the real code.

Channels: 0 and 1 carry ambience, 2 and 3 music (two each, so one can fade out while the
other fades in); effects use the rest. Ambience counts as an effect for the volume settings.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import pygame

from game.content.errors import ContentError
from game.content.media import check_wav
from game.core import paths

SOUNDS_DIR = paths.ASSETS / "sounds"
SURFACES = ("grass", "gravel", "stone", "cobbles_wet")
STEP_VARIANTS = 4
AMBIENCES = frozenset({"cicadas", "crickets", "rain_traffic", "cellar"})
MUSIC = frozenset({"motif_title", "motif_ending"})

# rate, 16-bit signed, mono, a short buffer (12 ms) for the text tick: the format every sound is made in
# (assets/scripts/sounds.py), so a sound loads as a copy. Opened at 44.1 kHz stereo, SDL resampled each
# one as it loaded: 85 ms for the title's music, on the first frame, where it now takes 1 ms. (Nothing
# pans: should something, open in stereo and the loops then cost ~15 ms to load.)
MIXER_FORMAT = (22050, -16, 1, 256)
CHANNELS = 16
AMBIENCE_CHANNELS = (0, 1)
MUSIC_CHANNELS = (2, 3)
AMBIENCE_LEVEL = 0.7  # loops sit under dialogue and footsteps
STEP_LEVEL = 0.55


def _stderr(message: str) -> None:
    print(f"audio: {message}", file=sys.stderr)


def clamp01(value: float) -> float:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return 0.0
    if value != value:  # NaN
        return 0.0
    return min(1.0, max(0.0, value))


class Audio:
    """Plays the game's sounds, or, when silent, quietly accepts every call."""

    def __init__(self, mixer=None, sounds_dir: Path = SOUNDS_DIR, why_silent: str = "",
                 report: Callable[[str], None] = _stderr, seed: int | None = None, owns_mixer: bool = False):
        self._mixer = mixer  # the pygame.mixer module, or None when silent
        self.sounds_dir = Path(sounds_dir)
        self.why_silent = why_silent if mixer is None else ""
        self._report = report
        self._rng = random.Random(seed)
        self._owns_mixer = owns_mixer
        self._cache: dict[str, object | None] = {}  # name -> pygame Sound, or None when it failed
        self.missing: set[str] = set()  # names asked for that could not be played
        self.problems: list[str] = []  # one line per missing or unreadable file, in order
        self.music_volume = 1.0
        self.effects_volume = 1.0
        self.current_ambience: str | None = None
        self.current_music: str | None = None
        self._ambience_slot = 0  # which of the two ambience channels holds current_ambience
        self._music_slot = 0
        self._last_step: dict[str, int] = {}
        self._effects: dict[int, tuple[object, float]] = {}  # channel number -> (channel, asked volume)

    # ---------------------------------------------------------------- making one

    @classmethod
    def create(cls, enabled: bool = True, sounds_dir: Path | None = None,
               report: Callable[[str], None] = _stderr, seed: int | None = None) -> Audio:
        """Start the mixer if sound is wanted and a device answers; otherwise a silent Audio."""
        sounds_dir = Path(sounds_dir) if sounds_dir is not None else SOUNDS_DIR
        if not enabled:
            return cls.silent("sound is turned off", sounds_dir, report)
        try:
            mixer = pygame.mixer
            owns = False
            if not mixer.get_init():
                mixer.init(*MIXER_FORMAT)
                owns = True
            mixer.set_num_channels(max(CHANNELS, mixer.get_num_channels()))
            mixer.set_reserved(len(AMBIENCE_CHANNELS) + len(MUSIC_CHANNELS))
        except (ImportError, NotImplementedError, AttributeError, OSError) as error:
            return cls.silent(f"no sound: pygame's mixer is not available ({error})", sounds_dir, report)
        except Exception as error:  # pygame.error: no audio device, or one that refused
            return cls.silent(f"no sound device: {error}".strip(), sounds_dir, report)
        return cls(mixer, sounds_dir, report=report, seed=seed, owns_mixer=owns)

    @classmethod
    def silent(cls, why: str, sounds_dir: Path | None = None, report: Callable[[str], None] = _stderr) -> Audio:
        return cls(None, sounds_dir if sounds_dir is not None else SOUNDS_DIR, why_silent=why or "silent",
                   report=report)

    @property
    def available(self) -> bool:
        return self._mixer is not None

    # ---------------------------------------------------------------- files

    def path(self, name: str) -> Path | None:
        """The sound's file, NAME.wav in the sounds folder; None for a name that would lead outside it."""
        try:
            return paths.inside(self.sounds_dir, f"{name}.wav", roots=(self.sounds_dir,))
        except paths.OutsideContent:
            return None

    def exists(self, name: str) -> bool:
        path = self.path(name)
        return path is not None and path.is_file()

    def _not_found(self, name: str) -> None:
        path = self.path(name)
        self._fail(name, f"sound '{name}' not found: {path if path is not None else 'not in the sounds folder'}")

    def _fail(self, name: str, message: str) -> None:
        if name not in self.missing:
            self.missing.add(name)
            self.problems.append(message)
            self._report(message)

    def _sound(self, name: str):
        """The loaded Sound for a name (cached), or None, reported once, when it cannot be had."""
        if name in self._cache:
            return self._cache[name]
        sound = None
        if not self.exists(name):
            self._not_found(name)
        elif self._mixer is not None:
            path = self.path(name)
            try:
                check_wav(path)  # as --check does: SDL plays a cut-short file to where it breaks off
                sound = self._mixer.Sound(str(path))
            except ContentError as error:
                self._fail(name, f"cannot play sound '{name}': {error}")
            except Exception as error:  # pygame.error: a file SDL cannot read
                self._fail(name, f"cannot read sound '{name}' from {path}: {error}")
        self._cache[name] = sound
        return sound

    def _check(self, name: str) -> bool:
        """Silent mode still notices names with no file, so content tests can list them."""
        if name not in self._cache:
            if not self.exists(name):
                self._not_found(name)
            self._cache[name] = None
        return name not in self.missing

    def preload(self, names) -> None:
        """Load these now (e.g. the footsteps of a map) rather than on first use."""
        for name in names:
            if self._mixer is None:
                self._check(name)
            else:
                self._sound(name)

    # ---------------------------------------------------------------- effects

    def play(self, name: str, volume: float = 1.0) -> None:
        """A one-shot effect at volume (0..1) × the effects volume."""
        if self._mixer is None:
            self._check(name)
            return
        sound = self._sound(name)
        if sound is None:
            return
        sound.set_volume(1.0)
        channel = sound.play()
        if channel is None:  # every effect channel busy: drop it
            return
        volume = clamp01(volume)
        channel.set_volume(volume * self.effects_volume)
        self._effects[getattr(channel, "id", id(channel))] = (channel, volume)

    def step(self, surface: str, volume: float = STEP_LEVEL) -> None:
        """A footstep on grass, gravel, stone or cobbles_wet: a random variant, not the last one again."""
        if surface not in SURFACES:
            self._fail(f"step_{surface}", f"no footsteps for surface '{surface}' (surfaces: {', '.join(SURFACES)})")
            return
        last = self._last_step.get(surface)
        choices = [k for k in range(1, STEP_VARIANTS + 1) if k != last]
        k = self._rng.choice(choices)
        self._last_step[surface] = k
        self.play(f"step_{surface}_{k}", volume)

    # ---------------------------------------------------------------- loops and music

    def ambience(self, name: str | None, fade_ms: int = 800) -> None:
        """Crossfade to a looping ambience (None: fade out). Asking for the one playing changes nothing."""
        if name == self.current_ambience:
            return
        if self._mixer is None:
            if name is not None:
                self._check(name)
            self.current_ambience = name
            return
        fade_ms = max(0, int(fade_ms))
        old = self._mixer.Channel(AMBIENCE_CHANNELS[self._ambience_slot])
        sound = self._sound(name) if name is not None else None
        if self.current_ambience is not None:
            self._fade_out(old, fade_ms)
        self.current_ambience = None
        if sound is None:
            return
        self._ambience_slot = 1 - self._ambience_slot
        sound.set_volume(AMBIENCE_LEVEL * self.effects_volume)
        self._start(self._mixer.Channel(AMBIENCE_CHANNELS[self._ambience_slot]), sound, -1, fade_ms)
        self.current_ambience = name

    def music(self, name: str | None, loops: int = 0, fade_ms: int = 1000) -> None:
        """Crossfade to a piece (loops=0: once, -1: forever; None: fade out)."""
        if self._mixer is None:
            if name is not None:
                self._check(name)
            self.current_music = name
            return
        fade_ms = max(0, int(fade_ms))
        old = self._mixer.Channel(MUSIC_CHANNELS[self._music_slot])
        sound = self._sound(name) if name is not None else None
        if self.current_music is not None:
            self._fade_out(old, fade_ms)
        self.current_music = None
        if sound is None:
            return
        self._music_slot = 1 - self._music_slot
        sound.set_volume(self.music_volume)
        self._start(self._mixer.Channel(MUSIC_CHANNELS[self._music_slot]), sound, int(loops), fade_ms)
        self.current_music = name

    def music_playing(self) -> bool:
        """Whether the piece last asked for is still sounding (False when silent)."""
        if self._mixer is None or self.current_music is None:
            return False
        return bool(self._mixer.Channel(MUSIC_CHANNELS[self._music_slot]).get_busy())

    @staticmethod
    def _start(channel, sound, loops: int, fade_ms: int) -> None:
        channel.stop()
        channel.set_volume(1.0)  # fades ramp the channel; levels live on the Sound
        channel.play(sound, loops=loops, fade_ms=fade_ms)

    @staticmethod
    def _fade_out(channel, fade_ms: int) -> None:
        if fade_ms > 0:
            channel.fadeout(fade_ms)
        else:
            channel.stop()

    def cue(self, name: str) -> None:
        """What the story's play_sound(name) means: a loop becomes the ambience, a motif the music, else an effect."""
        if name in AMBIENCES:
            self.ambience(name)
        elif name in MUSIC:
            self.music(name)
        else:
            self.play(name)

    # ---------------------------------------------------------------- volumes and stopping

    def set_volumes(self, music: float, effects: float) -> None:
        """Music and effects volumes, each clamped to 0..1, applied at once to what is playing."""
        self.music_volume = clamp01(music)
        self.effects_volume = clamp01(effects)
        if self._mixer is None:
            return
        if self.current_music is not None and self._cache.get(self.current_music) is not None:
            self._cache[self.current_music].set_volume(self.music_volume)
        if self.current_ambience is not None and self._cache.get(self.current_ambience) is not None:
            self._cache[self.current_ambience].set_volume(AMBIENCE_LEVEL * self.effects_volume)
        for key, (channel, volume) in list(self._effects.items()):
            if channel.get_busy():
                channel.set_volume(volume * self.effects_volume)
            else:
                del self._effects[key]

    def stop_all(self) -> None:
        """Silence everything at once: loops, music and effects."""
        self.current_ambience = None
        self.current_music = None
        self._effects.clear()
        if self._mixer is not None:
            self._mixer.stop()

    def close(self) -> None:
        """Stop, and shut the mixer if this Audio started it. The Audio is silent afterwards."""
        self.stop_all()
        if self._mixer is not None and self._owns_mixer:
            self._mixer.quit()
        self._mixer = None
        self._cache.clear()
        self.why_silent = self.why_silent or "closed"
