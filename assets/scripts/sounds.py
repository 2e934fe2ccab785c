"""Every sound in the game, synthesised: `python assets/scripts/sounds.py` from the project folder.

`generate(root)` writes 16-bit mono WAV files at 22.05 kHz under
`root/assets/sounds/` and returns their paths. Nothing is recorded or
downloaded: each sound is built from noise, sines and plucked strings with
pure Python (`math`, `random`, `array`, `wave`). Each sound draws from its own
`random.Random` seeded by its name, so every run writes the same bytes.

Ambience loops are made circular: events (chirps, drops, drips, passing cars)
are placed modulo the loop length and every filter and reverb runs over the
loop as if it repeated, so the last sample leads into the first without a click.

The two motifs are composed: the notes are written below (`TITLE_*`,
`ENDING_*`), a waltz in A minor over the circle of fifths, and the same theme
in A major, resolved, for the ending.
"""

from __future__ import annotations

import math
import random
import sys
import wave
import zlib
from array import array
from pathlib import Path

RATE = 22050
TAU = 2.0 * math.pi
OUT_DIR = Path("assets") / "sounds"

# ambience loops (seamless) and their lengths in seconds
LOOPS = {"cicadas": 8.0, "crickets": 8.0, "rain_traffic": 8.0, "cellar": 8.0}
SURFACES = ("grass", "gravel", "stone", "cobbles_wet")
STEP_VARIANTS = 4

# ---------------------------------------------------------------- helpers


def secs(n: float) -> int:
    return int(round(n * RATE))


def zeros(n: int) -> list[float]:
    return [0.0] * n


def noise(rng: random.Random, n: int) -> list[float]:
    r = rng.random
    return [r() * 2.0 - 1.0 for _ in range(n)]


def biquad(x: list[float], b0: float, b1: float, b2: float, a1: float, a2: float) -> list[float]:
    y = [0.0] * len(x)
    x1 = x2 = y1 = y2 = 0.0
    for i, v in enumerate(x):
        o = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
        x2, x1, y2, y1 = x1, v, y1, o
        y[i] = o
    return y


def _rbj(f: float, q: float):
    w = TAU * min(f, RATE * 0.45) / RATE
    return math.cos(w), math.sin(w) / (2.0 * q)


def bandpass(x: list[float], f: float, q: float = 1.0) -> list[float]:
    """RBJ band-pass, 0 dB at the centre."""
    c, alpha = _rbj(f, q)
    a0 = 1.0 + alpha
    return biquad(x, alpha / a0, 0.0, -alpha / a0, -2.0 * c / a0, (1.0 - alpha) / a0)


def lowpass(x: list[float], f: float, q: float = 0.7071) -> list[float]:
    c, alpha = _rbj(f, q)
    a0 = 1.0 + alpha
    b = (1.0 - c) / 2.0 / a0
    return biquad(x, b, 2.0 * b, b, -2.0 * c / a0, (1.0 - alpha) / a0)


def highpass(x: list[float], f: float, q: float = 0.7071) -> list[float]:
    c, alpha = _rbj(f, q)
    a0 = 1.0 + alpha
    b = (1.0 + c) / 2.0 / a0
    return biquad(x, b, -2.0 * b, b, -2.0 * c / a0, (1.0 - alpha) / a0)


def onepole(x: list[float], f: float) -> list[float]:
    """A gentle one-pole low-pass."""
    a = math.exp(-TAU * f / RATE)
    b = 1.0 - a
    y = [0.0] * len(x)
    s = 0.0
    for i, v in enumerate(x):
        s = b * v + a * s
        y[i] = s
    return y


def circular(fn, x: list[float], warm: int = 4096) -> list[float]:
    """Run a filter over x as if x repeated forever: the result loops without a seam."""
    n = len(x)
    warm = min(warm, n)
    return fn(x[n - warm:] + x)[warm:]


def mix_into(out: list[float], sig: list[float], at: int, gain: float = 1.0, wrap: bool = False) -> None:
    """Add sig·gain into out from `at`; what runs past the end is cut, or with `wrap` goes on from the start."""
    n, m = len(out), len(sig)
    i = 0
    while i < m:  # a run of samples at a time (a slice each), as far as the end of out
        j = at + i
        if j >= n:
            if not wrap:
                break
            j %= n
        if j < 0:  # before out's start: Python counts from its end, one sample at a time
            out[j] += sig[i] * gain
            i += 1
            continue
        span = min(m - i, n - j)
        out[j:j + span] = [o + v * gain for o, v in zip(out[j:j + span], sig[i:i + span])]
        i += span


def add(*signals: list[float]) -> list[float]:
    return [sum(vals) for vals in zip(*signals)]


def scale(x: list[float], g: float) -> list[float]:
    return [v * g for v in x]


def peak(x: list[float]) -> float:
    return max(max(x), -min(x)) or 1.0  # the largest magnitude, found at C speed


def normalise(x: list[float], target: float) -> list[float]:
    return scale(x, target / peak(x))


def fade(x: list[float], fade_in: float = 0.002, fade_out: float = 0.01) -> list[float]:
    """Short raised-cosine fades so one-shots start and end at rest."""
    y = list(x)
    n = len(y)
    a, b = min(secs(fade_in), n // 2), min(secs(fade_out), n // 2)
    for i in range(a):
        y[i] *= 0.5 - 0.5 * math.cos(math.pi * i / a)
    for i in range(b):
        y[n - 1 - i] *= 0.5 - 0.5 * math.cos(math.pi * i / b)
    return y


def decay_env(n: int, tau: float, attack: float = 0.0005) -> list[float]:
    at = max(1, secs(attack))
    k = 1.0 / (tau * RATE)
    return [(i / at if i < at else 1.0) * math.exp(-k * max(0, i - at)) for i in range(n)]


def tone(freq: float, n: int, tau: float, phase: float = 0.0, glide: float = 0.0,
         attack: float = 0.0005) -> list[float]:
    """A decaying sine; glide moves the pitch by that ratio over the tone (bubbles, chirps)."""
    out = [0.0] * n
    ph = phase
    at = max(1, secs(attack))
    k = 1.0 / (tau * RATE)
    for i in range(n):
        f = freq * (1.0 + glide * i / n)
        ph += TAU * f / RATE
        out[i] = math.sin(ph) * (i / at if i < at else 1.0) * math.exp(-k * max(0, i - at))
    return out


def comb(x: list[float], delay: int, g: float, damp: float = 0.0) -> list[float]:
    """Feedback comb y[n] = x[n] + g·((1-damp)·y[n-D] + damp·y[n-D-1]), worked out a block of D at a time."""
    n = len(x)
    y = list(x[:delay])
    a, b = g * (1.0 - damp), g * damp
    start = delay
    while start < n:
        end = min(start + delay, n)
        prev0 = y[start - delay:end - delay]
        prev1 = ([0.0] + y[start - delay:end - delay - 1]) if start == delay else y[start - delay - 1:end - delay - 1]
        y += [v + a * p + b * q for v, p, q in zip(x[start:end], prev0, prev1)]
        start = end
    return y


def allpass(x: list[float], delay: int, g: float) -> list[float]:
    """Schroeder all-pass y[n] = -g·x[n] + x[n-D] + g·y[n-D], a block of D at a time."""
    n = len(x)
    y = [-g * v for v in x[:delay]]
    start = delay
    while start < n:
        end = min(start + delay, n)
        y += [-g * v + xd + g * yd for v, xd, yd in
              zip(x[start:end], x[start - delay:end - delay], y[start - delay:end - delay])]
        start = end
    return y


def reverb(x: list[float], size: float = 1.0, decay: float = 0.78, damp: float = 0.35, wet: float = 0.3) -> list[float]:
    """A small Schroeder reverb: four damped feedback combs in parallel, then two all-passes."""
    combs = [1116, 1188, 1277, 1356]
    acc = [0.0] * len(x)
    for d in combs:
        y = comb(x, max(1, int(d * size * RATE / 44100)), decay, damp)
        acc = [a + v for a, v in zip(acc, y)]
    acc = allpass(acc, max(1, int(556 * RATE / 44100)), 0.5)
    acc = allpass(acc, max(1, int(341 * RATE / 44100)), 0.5)
    w = wet / len(combs)
    return [v + w * r for v, r in zip(x, acc)]


def periodic_env(n: int, cycles: int, phase: float, shape) -> list[float]:
    """An envelope with a whole number of cycles over n samples (so it loops)."""
    step = cycles / n
    return [shape((i * step + phase) % 1.0) for i in range(n)]


# ---------------------------------------------------------------- ambience


def cicadas(rng: random.Random) -> list[float]:
    """Provence afternoon: a chorus of buzzing cicadas, each pulsing, in slow swells."""
    n = secs(LOOPS["cicadas"])
    out = zeros(n)
    # (carrier Hz, Q, syllables per loop, buzz pulses per loop, swell cycles per loop, level, duty)
    # two near singers pulse clearly; two further off buzz on and swell; all buzz at ~150-230 Hz
    singers = [
        (5300.0, 4.0, 52, 1424, 1, 1.0, 0.42),
        (6200.0, 5.0, 60, 1720, 2, 0.75, 0.38),
        (4700.0, 4.0, 4, 1216, 1, 0.45, 0.8),
        (7000.0, 6.0, 6, 1560, 3, 0.35, 0.75),
    ]
    for fc, q, syll, buzz, swells, level, duty in singers:
        carrier = circular(lambda s, fc=fc, q=q: bandpass(bandpass(s, fc, q), fc, q), noise(rng, n))
        sp, bp, wp = rng.random(), rng.random(), rng.random()

        def syllable(u, duty=duty):  # a rounded on/off pulse, on for `duty` of each cycle
            return math.sin(math.pi * u / duty) ** 0.8 if u < duty else 0.0

        def swell(u):
            return 0.1 + 0.9 * (0.5 - 0.5 * math.cos(TAU * u)) ** 1.5

        s_env = periodic_env(n, syll, sp, syllable)
        b_env = periodic_env(n, buzz, bp, lambda u: 0.3 + 0.7 * (0.5 + 0.5 * math.cos(TAU * u)) ** 3)
        w_env = periodic_env(n, swells, wp, swell)
        for i in range(n):
            out[i] += carrier[i] * s_env[i] * b_env[i] * w_env[i] * level
    # the far chorus: a steady high hiss that never quite stops
    bed = circular(lambda s: bandpass(highpass(s, 4000.0), 5800.0, 1.2), noise(rng, n))
    bed_env = periodic_env(n, 1, rng.random(), lambda u: 0.7 + 0.3 * math.sin(TAU * u))
    out = [v + 0.18 * b * e for v, b, e in zip(out, bed, bed_env)]
    return normalise(out, 0.5)


def cricket_chirp(freq: float, pulses: int, rng: random.Random) -> list[float]:
    pulse_len, gap = secs(0.016), secs(0.013)
    out = zeros((pulse_len + gap) * pulses)
    for p in range(pulses):
        f = freq * rng.uniform(0.995, 1.005)
        ph = rng.random() * TAU
        amp = 1.0 - 0.12 * p
        for i in range(pulse_len):
            ph += TAU * f * (1.0 + 0.02 * (0.5 - i / pulse_len)) / RATE
            env = math.sin(math.pi * i / pulse_len) ** 2
            out[p * (pulse_len + gap) + i] += math.sin(ph) * env * amp
    return out


def crickets(rng: random.Random) -> list[float]:
    """Night: several crickets chirping at their own rates and pitches, and a faint night air."""
    n = secs(LOOPS["crickets"])
    out = zeros(n)
    # (carrier Hz, pulses per chirp, chirps per loop, level, chance a chirp is skipped)
    for freq, pulses, chirps, level, skip in [(4400.0, 3, 13, 0.55, 0.0), (4750.0, 4, 9, 0.35, 0.1),
                                               (5050.0, 2, 19, 0.18, 0.25), (3950.0, 3, 6, 0.28, 0.0)]:
        offset = rng.random()
        for c in range(chirps):
            if rng.random() < skip:
                continue
            at = int(((c + offset) / chirps) * n + rng.uniform(-0.012, 0.012) * RATE) % n
            mix_into(out, cricket_chirp(freq, pulses, rng), at, level * rng.uniform(0.85, 1.0), wrap=True)
    # a little space around them
    out = circular(lambda s: reverb(s, size=1.3, decay=0.55, damp=0.6, wet=0.12), out, warm=n)
    air = circular(lambda s: lowpass(onepole(s, 900.0), 500.0), noise(rng, n))
    air_env = periodic_env(n, 2, rng.random(), lambda u: 0.6 + 0.4 * math.sin(TAU * u))
    out = [v + 0.06 * a * e for v, a, e in zip(out, air, air_env)]
    return normalise(out, 0.45)


def bubble(freq: float, n: int, tau: float, rise: float = 0.6) -> list[float]:
    """A drop landing in water: a damped sine whose pitch rises."""
    return tone(freq, n, tau, glide=rise)


def rain_traffic(rng: random.Random) -> list[float]:
    """Berlin: steady rain, heavier drops now and then, and distant traffic on wet roads."""
    n = secs(LOOPS["rain_traffic"])
    bed = circular(lambda s: lowpass(highpass(s, 500.0), 5500.0), noise(rng, n))
    swell = periodic_env(n, 2, rng.random(), lambda u: 0.85 + 0.15 * math.sin(TAU * u))
    out = [b * w * 0.22 for b, w in zip(bed, swell)]
    # the patter: many small drops on roofs and pavement
    for _ in range(int(70 * LOOPS["rain_traffic"])):
        f = rng.uniform(1800.0, 6000.0)
        grain = [v * e for v, e in zip(noise(rng, 90), decay_env(90, rng.uniform(0.0008, 0.002)))]
        grain = bandpass(grain, f, 2.0)
        mix_into(out, grain, rng.randrange(n), rng.uniform(0.05, 0.25), wrap=True)
    # heavier drops into puddles
    for _ in range(int(1.6 * LOOPS["rain_traffic"])):
        f = rng.uniform(900.0, 1600.0)
        m = secs(0.09)
        drop = add(bubble(f, m, rng.uniform(0.015, 0.03), rng.uniform(0.4, 0.9)),
                   scale(lowpass([v * e for v, e in zip(noise(rng, m), decay_env(m, 0.004))], 2500.0), 0.8))
        mix_into(out, drop, rng.randrange(n), rng.uniform(0.12, 0.3), wrap=True)
    # traffic: a low city rumble and cars hissing past on the wet road
    rumble = circular(lambda s: lowpass(lowpass(s, 160.0), 160.0), noise(rng, n), warm=8192)
    rumble = normalise(rumble, 1.0)
    rumble_env = periodic_env(n, 1, rng.random(), lambda u: 0.75 + 0.25 * math.sin(TAU * u))
    out = [v + 0.12 * r * e for v, r, e in zip(out, rumble, rumble_env)]
    hiss = normalise(circular(lambda s: bandpass(s, 900.0, 0.8), noise(rng, n)), 1.0)
    engine = normalise(circular(lambda s: lowpass(s, 110.0, 1.2), noise(rng, n), warm=8192), 1.0)
    for centre, width, level in [(0.2, 1.4, 0.22), (0.68, 2.0, 0.14)]:
        c = centre * n
        w = width * RATE
        for i in range(n):
            d = (i - c + n / 2) % n - n / 2  # distance round the loop
            e = math.exp(-(d / w) ** 2)
            if e > 1e-4:
                out[i] += level * e * (hiss[i] + 0.8 * engine[i])
    return normalise(out, 0.5)


def cellar(rng: random.Random) -> list[float]:
    """A very quiet room under the ground, and a drip now and then."""
    n = secs(LOOPS["cellar"])
    tone_ = circular(lambda s: lowpass(onepole(s, 600.0), 250.0), noise(rng, n), warm=8192)
    tone_ = normalise(tone_, 1.0)
    drips = zeros(n)
    for at, level in [(0.37, 1.0), (0.81, 0.45)]:
        m = secs(0.12)
        d = add(bubble(rng.uniform(1100.0, 1400.0), m, 0.03, 0.5),
                scale(lowpass([v * e for v, e in zip(noise(rng, m), decay_env(m, 0.002))], 3000.0), 0.4))
        mix_into(drips, d, int(at * n), level, wrap=True)
    drips = circular(lambda s: reverb(s, size=1.6, decay=0.82, damp=0.3, wet=0.9), drips, warm=n)
    drips = normalise(drips, 0.22)
    return [0.025 * t + d for t, d in zip(tone_, drips)]


# ---------------------------------------------------------------- footsteps


def grain(rng: random.Random, n: int, tau: float, f: float, q: float) -> list[float]:
    return bandpass([v * e for v, e in zip(noise(rng, n), decay_env(n, tau))], f, q)


def step_grass(rng: random.Random) -> list[float]:
    n = secs(rng.uniform(0.22, 0.28))
    out = zeros(n)
    # a soft thud, then blades brushing and bending
    thud = lowpass([v * e for v, e in zip(noise(rng, n), decay_env(n, 0.012, 0.004))], 220.0)
    mix_into(out, normalise(thud, 1.0), 0, 0.45)
    for _ in range(rng.randint(22, 30)):
        at = int(abs(rng.gauss(0.05, 0.04)) * RATE)
        g = grain(rng, secs(0.03), rng.uniform(0.004, 0.012), rng.uniform(1500.0, 4500.0), 1.2)
        mix_into(out, g, at, rng.uniform(0.1, 0.35))
    swish = [v * e for v, e in zip(noise(rng, n), decay_env(n, 0.05, 0.02))]
    mix_into(out, bandpass(swish, rng.uniform(2200.0, 3000.0), 0.7), 0, 0.25)
    return fade(normalise(lowpass(out, 6000.0), rng.uniform(0.45, 0.52)), 0.001, 0.04)


def step_gravel(rng: random.Random) -> list[float]:
    n = secs(rng.uniform(0.24, 0.3))
    out = zeros(n)
    thud = lowpass([v * e for v, e in zip(noise(rng, n), decay_env(n, 0.01, 0.002))], 300.0)
    mix_into(out, normalise(thud, 1.0), 0, 0.4)
    # heel then toe: two bursts of stones grinding against each other
    for start, count in [(0.0, rng.randint(30, 40)), (rng.uniform(0.06, 0.09), rng.randint(20, 28))]:
        for _ in range(count):
            at = int((start + abs(rng.gauss(0.0, 0.025))) * RATE)
            g = grain(rng, secs(0.012), rng.uniform(0.0008, 0.003), rng.uniform(1200.0, 7000.0), 3.0)
            mix_into(out, g, at, rng.uniform(0.2, 1.0))
    return fade(normalise(out, rng.uniform(0.55, 0.62)), 0.0005, 0.03)


def step_stone(rng: random.Random) -> list[float]:
    n = secs(rng.uniform(0.2, 0.24))
    out = zeros(n)
    # a leather heel on limestone: a sharp click, a body thump, then the toe and a little room
    click = grain(rng, secs(0.02), 0.0015, rng.uniform(2500.0, 3500.0), 1.0)
    mix_into(out, click, 0, 1.3)
    body = add(tone(rng.uniform(140.0, 180.0), n, 0.014), scale(tone(rng.uniform(380.0, 460.0), n, 0.008), 0.7))
    mix_into(out, body, 0, 0.3)
    toe_at = secs(rng.uniform(0.045, 0.065))
    mix_into(out, grain(rng, secs(0.02), 0.002, rng.uniform(1800.0, 2600.0), 1.0), toe_at, 0.35)
    mix_into(out, scale(tone(rng.uniform(150.0, 190.0), n - toe_at, 0.01), 0.15), toe_at)
    out = reverb(out, size=0.5, decay=0.5, damp=0.5, wet=0.25)
    return fade(normalise(out, rng.uniform(0.55, 0.62)), 0.0005, 0.03)


def step_cobbles_wet(rng: random.Random) -> list[float]:
    n = secs(rng.uniform(0.26, 0.32))
    out = zeros(n)
    click = grain(rng, secs(0.02), 0.0015, rng.uniform(2200.0, 3000.0), 1.0)
    mix_into(out, click, 0, 0.6)
    mix_into(out, tone(rng.uniform(120.0, 160.0), n, 0.015), 0, 0.4)
    # the splash: water squeezed from between the stones, and droplets
    m = secs(0.16)
    slosh = [v * e * (0.6 + 0.4 * math.sin(TAU * 37.0 * i / RATE + 1.0))
             for i, (v, e) in enumerate(zip(noise(rng, m), decay_env(m, 0.045, 0.012)))]
    mix_into(out, bandpass(slosh, rng.uniform(1400.0, 2000.0), 0.9), secs(0.008), 0.55)
    for _ in range(rng.randint(3, 5)):
        at = secs(rng.uniform(0.02, 0.14))
        mix_into(out, bubble(rng.uniform(1400.0, 2600.0), secs(0.05), 0.01, 0.6), at, rng.uniform(0.08, 0.2))
    return fade(normalise(out, rng.uniform(0.5, 0.58)), 0.0005, 0.03)


# ---------------------------------------------------------------- effects


def text_tick(rng: random.Random) -> list[float]:
    """A tiny soft tick: a damped 1.9 kHz blip with a touch of click, 18 ms."""
    n = secs(0.018)
    blip = tone(1900.0, n, 0.0025, attack=0.0004)
    click = lowpass([v * e for v, e in zip(noise(rng, n), decay_env(n, 0.0006))], 4000.0)
    return fade(normalise(add(blip, scale(click, 0.3)), 0.22), 0.0003, 0.004)


def wood_hit(rng: random.Random, n: int, modes, strength: float = 1.0) -> list[float]:
    """A knock on wood: a short noise impulse exciting a few damped resonances."""
    out = zeros(n)
    for f, tau, level in modes:
        f *= rng.uniform(0.98, 1.02)
        mix_into(out, tone(f, n, tau, phase=rng.random() * TAU), 0, level)
    mix_into(out, lowpass(grain(rng, secs(0.01), 0.0012, 1800.0, 0.8), 4000.0), 0, 0.8)
    return scale(out, strength)


DOOR_MODES = [(118.0, 0.04, 0.6), (205.0, 0.035, 0.7), (330.0, 0.03, 0.6), (520.0, 0.02, 0.6),
              (860.0, 0.012, 0.45), (1400.0, 0.006, 0.3)]


def knock(rng: random.Random) -> list[float]:
    """Three knocks on a wooden door: knuckles, a panel that booms a little, a hall behind."""
    n = secs(1.1)
    out = zeros(n)
    for at, strength in [(0.0, 1.0), (0.24, 0.92), (0.47, 1.05)]:
        hit = wood_hit(rng, secs(0.3), DOOR_MODES, strength * rng.uniform(0.95, 1.0))
        mix_into(out, hit, secs(at + rng.uniform(-0.008, 0.008)))
    out = reverb(out, size=0.8, decay=0.6, damp=0.5, wet=0.25)
    return fade(normalise(out, 0.8), 0.0005, 0.05)


def creak(rng: random.Random, n: int, f0: float, f1: float) -> list[float]:
    """A hinge: stick-slip clicks whose rate glides from f0 to f1, through the door's wooden body."""
    pulses = zeros(n)
    ph = 0.0
    for i in range(n):
        u = i / n
        f = f0 + (f1 - f0) * u + 15.0 * math.sin(TAU * 3.1 * u)
        ph += f * (1.0 + 0.05 * (rng.random() - 0.5)) / RATE
        if ph >= 1.0:
            ph -= 1.0
            pulses[i] = 1.0 if rng.random() > 0.08 else 0.3
    body = add(bandpass(pulses, 650.0, 6.0), scale(bandpass(pulses, 1150.0, 8.0), 0.7),
               scale(bandpass(pulses, 1900.0, 8.0), 0.4))
    env = [math.sin(math.pi * i / n) ** 0.7 for i in range(n)]
    return [v * e for v, e in zip(body, env)]


def door(rng: random.Random) -> list[float]:
    """A wooden door opening: the latch clacks, the hinge creaks, the door knocks the stop."""
    n = secs(1.5)
    out = zeros(n)
    latch = add(tone(2900.0, secs(0.08), 0.01), scale(tone(4300.0, secs(0.08), 0.006), 0.5),
                scale(grain(rng, secs(0.08), 0.002, 3000.0, 1.0), 0.8))
    mix_into(out, latch, 0, 0.7)
    mix_into(out, scale(latch, 0.6), secs(0.07))
    mix_into(out, wood_hit(rng, secs(0.25), DOOR_MODES, 0.45), secs(0.02))
    mix_into(out, normalise(creak(rng, secs(0.85), 55.0, 140.0), 1.0), secs(0.2), 0.5)
    # air moving as the door swings
    whoosh = lowpass(noise(rng, secs(0.8)), 500.0)
    whoosh = [v * math.sin(math.pi * i / len(whoosh)) for i, v in enumerate(whoosh)]
    mix_into(out, whoosh, secs(0.3), 0.6)
    mix_into(out, wood_hit(rng, secs(0.35), DOOR_MODES, 0.3), secs(1.1))
    out = reverb(out, size=0.9, decay=0.6, damp=0.5, wet=0.3)
    return fade(normalise(out, 0.75), 0.0005, 0.08)


def cork(rng: random.Random) -> list[float]:
    """A cork eased out: the cork squeaks in the neck, then gives with a soft hollow pop."""
    n = secs(0.7)
    out = zeros(n)
    squeak = creak(rng, secs(0.35), 180.0, 260.0)
    mix_into(out, highpass(squeak, 800.0), 0, 0.35)
    pop_at = secs(0.38)
    pop = add(tone(620.0, secs(0.2), 0.035, glide=-0.35, attack=0.001),
              scale(tone(1240.0, secs(0.2), 0.015, glide=-0.35, attack=0.001), 0.3),
              scale(grain(rng, secs(0.2), 0.004, 1500.0, 0.7), 0.7))
    mix_into(out, pop, pop_at, 1.0)
    hiss = [v * e for v, e in zip(noise(rng, secs(0.25)), decay_env(secs(0.25), 0.05, 0.004))]
    mix_into(out, highpass(hiss, 3000.0), pop_at, 0.12)
    out = reverb(out, size=0.7, decay=0.55, damp=0.5, wet=0.2)
    return fade(normalise(out, 0.7), 0.0005, 0.05)


def glass(rng: random.Random) -> list[float]:
    """Two wine glasses touching: a bright tick and two slightly different rings that beat."""
    n = secs(1.8)
    out = zeros(n)
    for fund, level in [(1180.0, 1.0), (1262.0, 0.8)]:
        for ratio, tau, amp in [(1.0, 0.6, 1.0), (2.32, 0.3, 0.45), (4.25, 0.12, 0.25), (6.63, 0.05, 0.12)]:
            mix_into(out, tone(fund * ratio, n, tau, phase=rng.random() * TAU, attack=0.0003), 0, level * amp)
    mix_into(out, grain(rng, secs(0.01), 0.0008, 6000.0, 1.0), 0, 1.2)
    out = reverb(out, size=1.0, decay=0.6, damp=0.4, wet=0.2)
    return fade(normalise(out, 0.6), 0.0003, 0.3)


def midi_hz(m: float) -> float:
    return 440.0 * 2.0 ** ((m - 69) / 12.0)


def soft_blip(notes, length: float, level: float) -> list[float]:
    """UI sounds: soft sine notes (with a faint octave) in A minor, like the motif."""
    out = zeros(secs(length))
    for at, m, tau in notes:
        f = midi_hz(m)
        s = add(tone(f, len(out) - secs(at), tau, attack=0.004),
                scale(tone(2 * f, len(out) - secs(at), tau / 2, attack=0.004), 0.25))
        mix_into(out, s, secs(at))
    return fade(normalise(out, level), 0.001, 0.02)


def ui_move(rng: random.Random) -> list[float]:
    return soft_blip([(0.0, 88, 0.025)], 0.09, 0.3)  # E6


def ui_select(rng: random.Random) -> list[float]:
    return soft_blip([(0.0, 81, 0.06), (0.07, 88, 0.12)], 0.35, 0.4)  # A5 then E6


def ui_back(rng: random.Random) -> list[float]:
    return soft_blip([(0.0, 84, 0.05), (0.07, 76, 0.1)], 0.3, 0.35)  # C6 then E5


# ---------------------------------------------------------------- music

# Notes as (bar, beat, length in beats, note) in 3/4, beats counted from 0; note names below.
NOTE = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9, "A#": 10, "B": 11}


def note(name: str) -> int:
    """'A4' -> 69, 'C#5' -> 73."""
    return NOTE[name[:-1]] + 12 * (int(name[-1]) + 1)


def phrase(bars: list[list[tuple[str, float]]], first_bar: int = 0):
    """Bars of (note, beats) melody -> [(start beat, beats, midi)]; 'R' rests."""
    out, beat = [], first_bar * 3.0
    for bar in bars:
        for name, beats in bar:
            if name != "R":
                out.append((beat, beats, note(name)))
            beat += beats
    return out


# The title: a slow waltz in A minor down the circle of fifths,
# Am | Dm | G | C | F | Bø | E7 | Am, the melody falling a step each two bars.
TITLE_MELODY = phrase([
    [("E5", 1.5), ("D5", 0.5), ("C5", 1)],     # Am
    [("F5", 2), ("A4", 1)],                    # Dm
    [("D5", 1.5), ("C5", 0.5), ("B4", 1)],     # G
    [("E5", 2), ("G4", 1)],                    # C
    [("C5", 1.5), ("B4", 0.5), ("A4", 1)],     # F
    [("D5", 2), ("B4", 1)],                    # Bø
    [("B4", 1.5), ("A4", 0.5), ("G#4", 1)],    # E7
    [("A4", 3)],                               # Am
    [("E4", 3)],                               # Am, left open on the fifth
])
# chords: root for the bass, then the notes strummed on beats two and three
TITLE_CHORDS = [("A2", ["C4", "E4", "A4"]), ("D3", ["D4", "F4", "A4"]), ("G2", ["B3", "D4", "F4"]),
                ("C3", ["C4", "E4", "G4"]), ("F2", ["C4", "F4", "A4"]), ("B2", ["D4", "F4", "A4"]),
                ("E2", ["D4", "G#4", "B4"]), ("A2", ["C4", "E4", "A4"]), ("A2", ["E3", "A3", "C4", "E4"])]

# The ending: the same theme in A major, A | D | G#ø | C#m | F#m | Bm | E7 | A,
# then it climbs instead of falling, and comes home: D | E7 | A.
ENDING_MELODY = phrase([
    [("E5", 1.5), ("D5", 0.5), ("C#5", 1)],    # A
    [("F#5", 2), ("A4", 1)],                   # D
    [("D5", 1.5), ("C#5", 0.5), ("B4", 1)],    # G#ø
    [("E5", 2), ("G#4", 1)],                   # C#m
    [("C#5", 1.5), ("B4", 0.5), ("A4", 1)],    # F#m
    [("D5", 2), ("B4", 1)],                    # Bm
    [("B4", 1.5), ("C#5", 0.5), ("D5", 1)],    # E7: this time it rises
    [("E5", 2), ("A4", 1)],                    # A
    [("F#5", 1.5), ("E5", 0.5), ("D5", 1)],    # D
    [("C#5", 1.5), ("B4", 0.5), ("D5", 1)],    # E7
    [("C#5", 3)],                              # A: home, on the major third
    [("R", 3)],
])
# a second voice a third or sixth below in the closing bars, for warmth
ENDING_HARMONY = phrase([
    [("C#5", 1.5), ("B4", 0.5), ("A4", 1)],    # D
    [("A4", 1.5), ("G#4", 0.5), ("B4", 1)],    # E7
    [("A4", 3)],                               # A
], first_bar=8)
ENDING_CHORDS = [("A2", ["C#4", "E4", "A4"]), ("D3", ["D4", "F#4", "A4"]), ("G#2", ["B3", "D4", "F#4"]),
                 ("C#3", ["C#4", "E4", "G#4"]), ("F#2", ["C#4", "F#4", "A4"]), ("B2", ["D4", "F#4", "B4"]),
                 ("E2", ["D4", "G#4", "B4"]), ("A2", ["C#4", "E4", "A4"]), ("D3", ["D4", "F#4", "A4"]),
                 ("E2", ["D4", "G#4", "B4"]), ("A2", ["E3", "A3", "C#4", "E4", "F#4"]), ("A2", [])]


def pluck(rng: random.Random, freq: float, seconds: float, t60: float, soft: float = 0.5) -> list[float]:
    """Karplus-Strong nylon string: a soft noise burst circulating in a damped, tuned delay line."""
    n = secs(seconds)
    d = RATE / freq - 0.5  # the loop filter below delays by half a sample more than its taps
    big = int(d)
    w = d - big
    big = max(2, big)
    burst = noise(rng, big)
    for _ in range(1 + int(soft * 3)):  # a soft thumb: take the edge off the burst
        burst = onepole(burst, min(5000.0, freq * (2.0 + 8.0 * (1.0 - soft))))
        mean = sum(burst) / len(burst)
        burst = [v - mean for v in burst]
    g = 10.0 ** (-3.0 * big / (RATE * t60))
    a, b, c = g * 0.5 * (1.0 - w), g * 0.5, g * 0.5 * w
    y = list(burst)
    start = big
    while start < n:
        end = min(start + big, n)
        p0 = y[start - big:end - big]
        p1 = y[start - big - 1:end - big - 1] if start > big else [0.0] + y[:end - big - 1]
        p2 = (y[start - big - 2:end - big - 2] if start - big >= 2 else
              ([0.0, 0.0] + y[:max(0, end - big - 2)])[:end - start])
        y += [a * q0 + b * q1 + c * q2 for q0, q1, q2 in zip(p0, p1, p2)]
        start = end
    y = normalise(y[:n], 1.0)  # a short high string holds less energy: even them out
    rel = min(secs(0.12), n // 2)
    for i in range(rel):
        y[n - 1 - i] *= i / rel
    return y


def reed_table(size: int = 2048) -> list[float]:
    """One cycle of a soft reed: a few harmonics, falling away."""
    harmonics = [(1, 1.0), (2, 0.32), (3, 0.22), (4, 0.09), (5, 0.06), (6, 0.03)]
    return [sum(a * math.sin(TAU * h * i / size) for h, a in harmonics) for i in range(size)]


def reed(table: list[float], freq: float, seconds: float, vib_phase: float, release: float = 0.09) -> list[float]:
    """A soft accordion-like voice: two reeds a few cents apart, gentle swell, late vibrato."""
    n = secs(seconds + release * 5.0)
    size = len(table)
    attack = secs(0.09)
    hold = secs(seconds)
    out = [0.0] * n
    pa, pb = 0.0, 0.37
    ia, ib = freq * size / RATE * 1.0007, freq * size / RATE * 0.9993
    vib = TAU * 5.2 / RATE
    for i in range(n):
        t = i / RATE
        v = 1.0 + 0.004 * min(1.0, max(0.0, t - 0.25) / 0.4) * math.sin(vib * i + vib_phase)
        pa = (pa + ia * v) % size
        pb = (pb + ib * v) % size
        if i < attack:
            env = (i / attack) ** 1.5
        elif i < hold:
            env = 1.0 - 0.18 * (i - attack) / max(1, hold - attack)
        else:
            env = 0.82 * math.exp(-(i - hold) / (release * RATE))
        out[i] = (table[int(pa)] + 0.5 * table[int(pb)]) * env
    return out


def render_music(rng: random.Random, melody, chords, beat_s: float, slow_from: float, end_bar: int,
                 harmony=(), guitar_melody_bars: int = 0) -> list[float]:
    """Lay a waltz out in time: bass on one, chord on two and three, the melody on top."""
    def at(beat: float) -> float:
        # a steady pulse, then a ritardando over the last bars
        if beat <= slow_from:
            return beat * beat_s
        extra = beat - slow_from
        return slow_from * beat_s + extra * beat_s * (1.0 + 0.06 * extra)

    total = at(end_bar * 3.0) + 4.0
    out = zeros(secs(total))
    table = reed_table()
    for bar, (bass, upper) in enumerate(chords):
        b0 = bar * 3.0
        mix_into(out, pluck(rng, midi_hz(note(bass)), at(b0 + 3) - at(b0) + 0.4, 3.0, 0.7), secs(at(b0)),
                 0.22 if bar < guitar_melody_bars else 0.35)
        last = bar == len(chords) - 1 or not chords[bar + 1][1]
        for beat in ((1, 2) if not last else (1,)):
            strum = 0.0
            length = (at(b0 + beat + 1) - at(b0 + beat) + 0.15) if not last else 3.0
            for name in upper:
                s = pluck(rng, midi_hz(note(name)), length, 1.6 if not last else 2.5, 0.75)
                level = (0.13 if bar < guitar_melody_bars else 0.2) * (0.85 if beat == 2 else 1.0)
                mix_into(out, s, secs(at(b0 + beat) + strum), level)
                strum += rng.uniform(0.012, 0.02)
    for k, (start, beats, m) in enumerate(melody):
        length = at(start + beats) - at(start)
        final = k == len(melody) - 1
        if start < guitar_melody_bars * 3:
            s = pluck(rng, midi_hz(m), length + 0.5, 2.4, 0.5)
            mix_into(out, s, secs(at(start)), 0.85)
        else:
            s = reed(table, midi_hz(m), length, rng.random() * TAU, 0.35 if final else 0.09)
            mix_into(out, s, secs(at(start)), 0.22)
    for k, (start, beats, m) in enumerate(harmony):
        length = at(start + beats) - at(start)
        s = reed(table, midi_hz(m), length, rng.random() * TAU, 0.35 if k == len(harmony) - 1 else 0.09)
        mix_into(out, s, secs(at(start)), 0.12)
    out = lowpass(out, 5000.0)
    out = reverb(out, size=1.8, decay=0.8, damp=0.5, wet=0.13)
    out = normalise(out, 0.8)
    end = len(out)
    while end > 0 and abs(out[end - 1]) < 0.004:  # no silence after the last sound dies away
        end -= 1
    return fade(out[:end + secs(0.05)], 0.001, 0.8)


def motif_title(rng: random.Random) -> list[float]:
    return render_music(rng, TITLE_MELODY, TITLE_CHORDS, beat_s=0.7, slow_from=21.0, end_bar=9)


def motif_ending(rng: random.Random) -> list[float]:
    return render_music(rng, ENDING_MELODY, ENDING_CHORDS, beat_s=0.68, slow_from=27.0, end_bar=11,
                        harmony=ENDING_HARMONY, guitar_melody_bars=4)


# ---------------------------------------------------------------- the catalogue


def catalogue() -> dict:
    sounds = {"cicadas": cicadas, "crickets": crickets, "rain_traffic": rain_traffic, "cellar": cellar}
    makers = {"grass": step_grass, "gravel": step_gravel, "stone": step_stone, "cobbles_wet": step_cobbles_wet}
    for surface in SURFACES:
        for k in range(1, STEP_VARIANTS + 1):
            sounds[f"step_{surface}_{k}"] = makers[surface]
    sounds.update({"text_tick": text_tick, "door": door, "knock": knock, "cork": cork, "glass": glass,
                   "ui_move": ui_move, "ui_select": ui_select, "ui_back": ui_back,
                   "motif_title": motif_title, "motif_ending": motif_ending})
    return sounds


NAMES = tuple(catalogue())


def to_bytes(samples: list[float]) -> bytes:
    full = [round(v * 32767.0) for v in samples]
    data = array("h", [32767 if q > 32767 else -32767 if q < -32767 else q for q in full])
    if sys.byteorder == "big":
        data.byteswap()
    return data.tobytes()


def write_wav(path: Path, samples: list[float]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(to_bytes(samples))


def render(name: str) -> list[float]:
    """One sound's samples (-1..1), from its own generator seeded by its name."""
    return catalogue()[name](random.Random(zlib.crc32(name.encode("utf-8"))))


def generate(root: Path) -> list[Path]:
    written = []
    for name in NAMES:
        path = Path(root) / OUT_DIR / f"{name}.wav"
        write_wav(path, render(name))
        written.append(path)
    return written


if __name__ == "__main__":
    ROOT = Path(__file__).resolve().parents[2]
    for p in generate(ROOT):
        print(p.relative_to(ROOT))
