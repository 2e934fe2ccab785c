"""The night sky over the mas: a deterministic model of stars, constellations and meteors.

Pure logic (no pygame): the renderer in ``game/render/sky.py`` paints what this describes.

The sky is the real one, as far as the pixels allow. A small typed-in catalogue of bright
stars (J2000 right ascension in hours, declination in degrees, visual magnitude, colour)
holds the four constellations the player traces with Sophie (Ursa Major's Big Dipper,
Cassiopeia, Cygnus, Lyra), Ursa Minor with Polaris, and a few bright neighbours (Arcturus,
Draco's head, Cepheus, Perseus, Andromeda...). The Milky Way band follows the real galactic
equator. Random background stars (seeded) fill the rest, denser near the band.

Projection (``project``), documented once:
  1. equatorial -> horizontal coordinates for an observer at ``latitude_deg`` (43.5 N, Provence)
     at local sidereal time ``LST_HOURS`` = 17.6 h, which is about 22:15 summer time (CEST)
     in early August at longitude 5.4 E: the Perseids are about;
  2. a stereographic (azimuthal, conformal) projection centred on the view direction
     azimuth ``VIEW_AZIMUTH`` = 25 deg (north-north-east), altitude ``VIEW_ALTITUDE`` = 50 deg,
     with the zenith straight up the screen; east is to the right of north, as when you
     face north and look up;
  3. a uniform scale and offset, chosen per sky size, that fits the figures of the four
     traced constellations (and Polaris) inside the region with margins (a wider margin at
     the bottom, where hills and trees stand).
So the Dipper hangs low in the north-west with its pointers aimed at Polaris, Cassiopeia's W
climbs in the north-east, Vega and Deneb are near the top, and the Milky Way rises from
Cassiopeia through Cygnus. Stereographic keeps the shapes (angles) right; distances within a
constellation keep their ratios to a few per cent.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

# --- where and when ---------------------------------------------------------------------
LST_HOURS = 17.6  # local sidereal time: ~22:15 CEST in early August, from Provence
VIEW_AZIMUTH = 25.0  # degrees east of north: the centre of the view
VIEW_ALTITUDE = 50.0  # degrees above the horizon
TWINKLE_HZ_MAX = 0.45  # the fastest twinkle component, cycles per second: gentle, never a strobe

# --- the catalogue ----------------------------------------------------------------------
# colour classes, blue to orange, for stars of spectral types B, A, F, G, K, M
COLOURS = {
    "B": (172, 196, 255),
    "A": (214, 226, 255),
    "F": (250, 248, 240),
    "G": (255, 236, 200),
    "K": (255, 204, 150),
    "M": (255, 176, 128),
}


@dataclass(frozen=True)
class CatalogueStar:
    name: str
    ra_hours: float
    dec_deg: float
    magnitude: float
    spectral: str  # colour class, a key of COLOURS


# name, RA (h, J2000), Dec (deg, J2000), visual magnitude, colour class
CATALOGUE: tuple[CatalogueStar, ...] = tuple(CatalogueStar(*row) for row in (
    # Ursa Major: the Big Dipper
    ("Dubhe", 11.062, 61.751, 1.79, "K"),
    ("Merak", 11.031, 56.383, 2.37, "A"),
    ("Phecda", 11.897, 53.695, 2.44, "A"),
    ("Megrez", 12.257, 57.033, 3.31, "A"),
    ("Alioth", 12.900, 55.960, 1.77, "A"),
    ("Mizar", 13.399, 54.925, 2.23, "A"),
    ("Alkaid", 13.792, 49.313, 1.86, "B"),
    # Cassiopeia
    ("Caph", 0.153, 59.150, 2.27, "F"),
    ("Schedar", 0.675, 56.537, 2.24, "K"),
    ("Navi", 0.945, 60.717, 2.47, "B"),
    ("Ruchbah", 1.430, 60.235, 2.68, "A"),
    ("Segin", 1.907, 63.670, 3.38, "B"),
    # Cygnus
    ("Deneb", 20.690, 45.280, 1.25, "A"),
    ("Sadr", 20.370, 40.257, 2.23, "F"),
    ("Albireo", 19.512, 27.960, 3.08, "K"),
    ("Fawaris", 19.749, 45.131, 2.87, "B"),
    ("Aljanah", 20.770, 33.970, 2.48, "K"),
    ("Eta Cygni", 19.938, 35.083, 3.89, "K"),
    ("Zeta Cygni", 21.216, 30.227, 3.21, "G"),
    ("Iota Cygni", 19.495, 51.730, 3.76, "A"),
    ("Kappa Cygni", 19.285, 53.368, 3.80, "K"),
    # Lyra
    ("Vega", 18.616, 38.784, 0.03, "A"),
    ("Epsilon Lyrae", 18.739, 39.670, 4.67, "A"),
    ("Zeta Lyrae", 18.746, 37.605, 4.34, "A"),
    ("Sheliak", 18.835, 33.363, 3.52, "B"),
    ("Sulafat", 18.982, 32.690, 3.25, "B"),
    ("Delta Lyrae", 18.908, 36.899, 4.30, "M"),
    # Ursa Minor
    ("Polaris", 2.530, 89.264, 1.98, "F"),
    ("Yildun", 17.537, 86.586, 4.36, "A"),
    ("Epsilon Ursae Minoris", 16.766, 82.037, 4.21, "G"),
    ("Zeta Ursae Minoris", 15.734, 77.794, 4.32, "A"),
    ("Kochab", 14.845, 74.156, 2.08, "K"),
    ("Pherkad", 15.346, 71.834, 3.05, "A"),
    ("Eta Ursae Minoris", 16.292, 75.755, 4.95, "F"),
    # bright neighbours, drawn without lines where they fall in the view
    ("Arcturus", 14.261, 19.182, -0.05, "K"),
    ("Izar", 14.750, 27.074, 2.37, "K"),
    ("Alphecca", 15.578, 26.715, 2.23, "A"),
    ("Eltanin", 17.943, 51.489, 2.23, "K"),
    ("Rastaban", 17.507, 52.301, 2.79, "G"),
    ("Thuban", 14.073, 64.376, 3.65, "A"),
    ("Alderamin", 21.310, 62.585, 2.45, "A"),
    ("Alfirk", 21.478, 70.561, 3.23, "B"),
    ("Errai", 23.656, 77.632, 3.21, "K"),
    ("Mirfak", 3.405, 49.861, 1.79, "F"),
    ("Algol", 3.136, 40.956, 2.12, "B"),
    ("Alpheratz", 0.140, 29.091, 2.06, "B"),
    ("Mirach", 1.162, 35.621, 2.05, "M"),
    ("Almach", 2.065, 42.330, 2.10, "K"),
    ("Capella", 5.278, 45.998, 0.08, "G"),
    ("Altair", 19.846, 8.868, 0.76, "A"),
    ("Rasalhague", 17.582, 12.560, 2.08, "A"),
    ("Kornephoros", 16.504, 21.490, 2.78, "G"),
    ("Enif", 21.736, 9.875, 2.39, "K"),
    ("Scheat", 23.063, 28.083, 2.42, "M"),
    ("Markab", 23.079, 15.205, 2.48, "B"),
))
CATALOGUE_BY_NAME = {star.name: star for star in CATALOGUE}


@dataclass(frozen=True)
class Figure:
    id: str
    names: dict  # language -> display name
    segments: tuple  # pairs of catalogue names


FIGURES: dict[str, Figure] = {figure.id: figure for figure in (
    Figure("ursa_major", {"en": "Ursa Major", "fr": "la Grande Ourse"}, (
        ("Dubhe", "Merak"), ("Merak", "Phecda"), ("Phecda", "Megrez"), ("Megrez", "Dubhe"),
        ("Megrez", "Alioth"), ("Alioth", "Mizar"), ("Mizar", "Alkaid"))),
    Figure("cassiopeia", {"en": "Cassiopeia", "fr": "Cassiopée"}, (
        ("Caph", "Schedar"), ("Schedar", "Navi"), ("Navi", "Ruchbah"), ("Ruchbah", "Segin"))),
    Figure("cygnus", {"en": "Cygnus", "fr": "le Cygne"}, (
        ("Deneb", "Sadr"), ("Sadr", "Eta Cygni"), ("Eta Cygni", "Albireo"),
        ("Sadr", "Aljanah"), ("Aljanah", "Zeta Cygni"),
        ("Sadr", "Fawaris"), ("Fawaris", "Iota Cygni"), ("Iota Cygni", "Kappa Cygni"))),
    Figure("lyra", {"en": "Lyra", "fr": "la Lyre"}, (
        ("Vega", "Epsilon Lyrae"), ("Vega", "Zeta Lyrae"), ("Epsilon Lyrae", "Zeta Lyrae"),
        ("Zeta Lyrae", "Sheliak"), ("Sheliak", "Sulafat"), ("Sulafat", "Delta Lyrae"),
        ("Delta Lyrae", "Zeta Lyrae"))),
    Figure("ursa_minor", {"en": "Ursa Minor", "fr": "la Petite Ourse"}, (
        ("Polaris", "Yildun"), ("Yildun", "Epsilon Ursae Minoris"),
        ("Epsilon Ursae Minoris", "Zeta Ursae Minoris"), ("Zeta Ursae Minoris", "Kochab"),
        ("Kochab", "Pherkad"), ("Pherkad", "Eta Ursae Minoris"), ("Eta Ursae Minoris", "Zeta Ursae Minoris"))),
)}
TRACEABLE = ("ursa_major", "cassiopeia", "cygnus", "lyra")  # each has a `stars_<id>` knot
FIT_STARS = tuple(sorted({name for fid in TRACEABLE for pair in FIGURES[fid].segments for name in pair}
                         | {"Polaris"}))

# the galactic frame (J2000): the north galactic pole and the galactic longitude of the celestial pole
_NGP_RA = math.radians(192.85948)
_NGP_DEC = math.radians(27.12825)
_L_NCP = math.radians(122.93192)
PERSEID_RADIANT = (3.2, 58.0)  # RA h, Dec deg


def galactic_to_equatorial(l_deg: float, b_deg: float) -> tuple[float, float]:
    """Galactic longitude/latitude (deg) -> (RA hours, Dec degrees)."""
    l, b = math.radians(l_deg), math.radians(b_deg)
    sin_dec = math.sin(_NGP_DEC) * math.sin(b) + math.cos(_NGP_DEC) * math.cos(b) * math.cos(_L_NCP - l)
    dec = math.asin(max(-1.0, min(1.0, sin_dec)))
    y = math.cos(b) * math.sin(_L_NCP - l)
    x = math.cos(_NGP_DEC) * math.sin(b) - math.sin(_NGP_DEC) * math.cos(b) * math.cos(_L_NCP - l)
    ra = (_NGP_RA + math.atan2(y, x)) % (2 * math.pi)
    return math.degrees(ra) / 15.0, math.degrees(dec)


def equatorial_to_galactic(ra_hours: float, dec_deg: float) -> tuple[float, float]:
    """(RA hours, Dec degrees) -> galactic longitude/latitude in degrees."""
    ra, dec = math.radians(ra_hours * 15.0), math.radians(dec_deg)
    sin_b = math.sin(dec) * math.sin(_NGP_DEC) + math.cos(dec) * math.cos(_NGP_DEC) * math.cos(ra - _NGP_RA)
    b = math.asin(max(-1.0, min(1.0, sin_b)))
    y = math.cos(dec) * math.sin(ra - _NGP_RA)
    x = math.sin(dec) * math.cos(_NGP_DEC) - math.cos(dec) * math.sin(_NGP_DEC) * math.cos(ra - _NGP_RA)
    l = (_L_NCP - math.atan2(y, x)) % (2 * math.pi)
    return math.degrees(l), math.degrees(b)


def angular_distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in degrees between two (RA hours, Dec degrees) positions."""
    ra1, d1, ra2, d2 = math.radians(a[0] * 15), math.radians(a[1]), math.radians(b[0] * 15), math.radians(b[1])
    c = math.sin(d1) * math.sin(d2) + math.cos(d1) * math.cos(d2) * math.cos(ra1 - ra2)
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


def magnitude_intensity(magnitude: float) -> float:
    """How bright a star of this magnitude is drawn, 0..1: Vega 1, the Dipper ~0.85, the naked-eye limit ~0.16."""
    return 0.14 + 0.86 * max(0.0, min(1.0, (6.8 - magnitude) / 5.0)) ** 1.2


@dataclass(frozen=True)
class Star:
    x: int
    y: int
    magnitude: float
    colour: tuple[int, int, int]
    name: str | None = None  # catalogue stars only
    figure: str | None = None  # the constellation figure it belongs to, if any

    @property
    def intensity(self) -> float:
        return magnitude_intensity(self.magnitude)


@dataclass(frozen=True)
class Blob:
    """A soft patch of the Milky Way: a Gaussian of sigma `radius` pixels; negative = dust lane."""
    x: float
    y: float
    radius: float
    intensity: float


@dataclass(frozen=True)
class Meteor:
    start: float  # seconds
    life: float
    x: float
    y: float
    dx: float  # unit direction
    dy: float
    speed: float  # px/s
    length: float  # px


class Sky:
    """A deterministic starry sky over a `width`×`height` pixel region, from `random.Random(seed)`."""

    METEOR_SLOT = 14.0  # one meteor per slot, at 0..6 s into it: 8 to 20 s apart

    def __init__(self, seed: int, width: int, height: int, latitude_deg: float = 43.5, *,
                 reduced_flashing: bool = False, made: dict | None = None):
        """`made`: what `made()` gave for the same seed, size and latitude (a cache's copy): the stars,
        band and twinkles are then taken from it instead of drawn again (~40 ms)."""
        self.seed = seed
        self.width, self.height = int(width), int(height)
        self.latitude_deg = latitude_deg
        self.reduced_flashing = reduced_flashing
        lat = math.radians(latitude_deg)
        self._sin_lat, self._cos_lat = math.sin(lat), math.cos(lat)
        az0, alt0 = math.radians(VIEW_AZIMUTH), math.radians(VIEW_ALTITUDE)
        # view frame in local (east, north, up) coordinates
        self._c = (math.cos(alt0) * math.sin(az0), math.cos(alt0) * math.cos(az0), math.sin(alt0))
        self._r = (math.cos(az0), -math.sin(az0), 0.0)
        self._u = (-math.sin(alt0) * math.sin(az0), -math.sin(alt0) * math.cos(az0), math.cos(alt0))
        self._fit()
        self.stars: list[Star] = []
        self.star_index: dict[str, int] = {}
        self.milky_way: list[Blob] = []
        self.dust: list[tuple[int, int, float]] = []  # faint unresolved stars in the band: (x, y, 0..1)
        self._twinkle: list[tuple[float, float, float, float, float]] = []
        if made is not None:
            self._take(made)
        else:
            self._draw(random.Random(seed))
        self._meteors: dict[int, Meteor | None] = {}
        self.radiant = self.project_exact(*PERSEID_RADIANT)

    def _draw(self, rng: random.Random) -> None:
        self._place_catalogue()
        self.milky_way = self._milky_way(rng)
        self._background(rng)
        # twinkle: two slow sines per star; low stars (thicker air) twinkle more
        for star in self.stars:
            depth = star.y / max(1, self.height)
            amplitude = (0.07 + 0.13 * depth) * (0.7 + 0.6 * rng.random())
            self._twinkle.append((amplitude,
                                  2 * math.pi * rng.uniform(0.12, TWINKLE_HZ_MAX), rng.uniform(0, 2 * math.pi),
                                  2 * math.pi * rng.uniform(0.05, 0.22), rng.uniform(0, 2 * math.pi)))

    def made(self) -> dict:
        """What drawing this sky made, as plain lists (JSON keeps every float exactly): `made=` takes it back."""
        return {"stars": [[s.x, s.y, s.magnitude, list(s.colour), s.name, s.figure] for s in self.stars],
                "catalogue_count": self.catalogue_count, "star_index": dict(self.star_index),
                "milky_way": [[b.x, b.y, b.radius, b.intensity] for b in self.milky_way],
                "dust": [list(d) for d in self.dust], "twinkle": [list(t) for t in self._twinkle]}

    def _take(self, made: dict) -> None:
        self.stars = [Star(x, y, magnitude, tuple(colour), name, figure)
                      for x, y, magnitude, colour, name, figure in made["stars"]]
        self.catalogue_count = made["catalogue_count"]
        self.star_index = dict(made["star_index"])
        self.milky_way = [Blob(*blob) for blob in made["milky_way"]]
        self.dust = [tuple(d) for d in made["dust"]]
        self._twinkle = [tuple(t) for t in made["twinkle"]]

    # --- projection -----------------------------------------------------------------------
    def _plane(self, ra_hours: float, dec_deg: float) -> tuple[float, float, float]:
        """Stereographic plane coordinates (x right, y up) and the altitude's sine."""
        h = math.radians((LST_HOURS - ra_hours) * 15.0)
        dec = math.radians(dec_deg)
        sd, cd = math.sin(dec), math.cos(dec)
        up = sd * self._sin_lat + cd * self._cos_lat * math.cos(h)
        north = sd * self._cos_lat - cd * self._sin_lat * math.cos(h)
        east = -cd * math.sin(h)
        v = (east, north, up)
        z = sum(a * b for a, b in zip(v, self._c))
        k = 2.0 / max(1e-9, 1.0 + z)
        return k * sum(a * b for a, b in zip(v, self._r)), k * sum(a * b for a, b in zip(v, self._u)), up

    def _fit(self) -> None:
        points = [self._plane(CATALOGUE_BY_NAME[n].ra_hours, CATALOGUE_BY_NAME[n].dec_deg) for n in FIT_STARS]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        margin_x, top = 16, 12
        bottom = 12 + round(0.15 * self.height)
        span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
        self.scale = min((self.width - 2 * margin_x) / span_x, (self.height - top - bottom) / span_y)
        self._ox = (self.width - self.scale * (max(xs) + min(xs))) / 2
        # vertically: centred in the band between the top margin and the bottom margin
        self._oy = top + ((self.height - top - bottom) - self.scale * span_y) / 2 + self.scale * max(ys)
        self.pixels_per_degree = self.scale * math.pi / 180.0  # near the centre, a plane unit is a radian

    def project_exact(self, ra_hours: float, dec_deg: float) -> tuple[float, float]:
        """Sub-pixel position of a sky position on the region (may fall outside it)."""
        x, y, _ = self._plane(ra_hours, dec_deg)
        return self._ox + self.scale * x, self._oy - self.scale * y

    def project(self, ra_hours: float, dec_deg: float) -> tuple[int, int]:
        """The pixel of a sky position (RA hours, Dec degrees): always the same for the same sky."""
        x, y = self.project_exact(ra_hours, dec_deg)
        return math.floor(x + 0.5), math.floor(y + 0.5)

    def altitude(self, ra_hours: float, dec_deg: float) -> float:
        """Altitude above the horizon in degrees, for the sky's time and place."""
        return math.degrees(math.asin(max(-1.0, min(1.0, self._plane(ra_hours, dec_deg)[2]))))

    def unproject(self, x: float, y: float) -> tuple[float, float]:
        """The sky position (RA hours, Dec degrees) seen at a pixel: the inverse of `project_exact`."""
        px, py = (x - self._ox) / self.scale, (self._oy - y) / self.scale
        rho2 = px * px + py * py
        z = (4 - rho2) / (4 + rho2)
        k = (1 + z) / 2
        v = [k * px * r + k * py * u + z * c for r, u, c in zip(self._r, self._u, self._c)]
        east, north, up = v
        dec = math.asin(max(-1.0, min(1.0, up * self._sin_lat + north * self._cos_lat)))
        cos_h_cd = up * self._cos_lat - north * self._sin_lat
        h = math.atan2(-east, cos_h_cd)
        ra = (LST_HOURS - math.degrees(h) / 15.0) % 24.0
        return ra, math.degrees(dec)

    def inside(self, x: float, y: float) -> bool:
        return 0 <= x < self.width and 0 <= y < self.height

    # --- building -------------------------------------------------------------------------
    def _place_catalogue(self) -> None:
        figure_of = {}
        for fid, figure in FIGURES.items():
            for pair in figure.segments:
                for name in pair:
                    figure_of.setdefault(name, fid)
        for entry in CATALOGUE:
            x, y = self.project(entry.ra_hours, entry.dec_deg)
            edge = 0 if entry.name in FIT_STARS else 2  # no half-cut neighbours at the borders
            if not (edge <= x < self.width - edge and edge <= y < self.height - edge) \
                    or self.altitude(entry.ra_hours, entry.dec_deg) < 2:
                continue
            self.star_index[entry.name] = len(self.stars)
            self.stars.append(Star(x, y, entry.magnitude, COLOURS[entry.spectral], entry.name,
                                   figure_of.get(entry.name)))
        self.catalogue_count = len(self.stars)

    def band_weight(self, x: float, y: float) -> float:
        """How deep in the Milky Way a pixel is, 0..1, from its galactic latitude."""
        l, b = equatorial_to_galactic(*self.unproject(x, y))
        return math.exp(-(b / 11.0) ** 2) * _band_brightness(l)

    def _milky_way(self, rng: random.Random) -> list[Blob]:
        blobs: list[Blob] = []
        ppd = self.pixels_per_degree
        pad = 40

        def add(l, b, radius_deg, intensity):
            ra, dec = galactic_to_equatorial(l, b)
            altitude = self.altitude(ra, dec)
            if altitude < -8:
                return
            x, y = self.project_exact(ra, dec)
            if -pad <= x < self.width + pad and -pad <= y < self.height + pad:
                # thicker air near the horizon swallows the band's faint light
                extinction = max(0.0, min(1.0, (altitude + 4.0) / 26.0)) ** 1.3
                blobs.append(Blob(x, y, radius_deg * ppd, intensity * extinction))

        # slow waves along the band, so its width and brightness breathe rather than run even
        waves = [(rng.uniform(0.02, 0.08), rng.uniform(0, 2 * math.pi)) for _ in range(3)]
        l = 0.0
        while l < 360.0:
            swell = 1.0 + 0.3 * sum(math.sin(k * l + p) for k, p in waves) / len(waves)
            brightness = _band_brightness(l) * swell
            # the broad glow, wandering a little about the plane
            add(l, rng.gauss(0, 1.0), rng.uniform(3.0, 4.6) * swell, 0.15 * brightness * rng.uniform(0.7, 1.1))
            # star clouds: many small knots, so the band is mottled like the real one
            for _ in range(5):
                add(l + rng.uniform(-1.5, 1.5), rng.gauss(0, 3.2), rng.uniform(0.5, 1.8),
                    0.36 * brightness * rng.uniform(0.2, 1.0))
            # the Great Rift: dust lanes splitting the band from Cygnus down towards Aquila
            if 16 <= l <= 84:
                add(l + rng.uniform(-1, 1), 1.6 + rng.gauss(0, 0.4), rng.uniform(0.8, 1.4),
                    -0.30 * brightness * rng.uniform(0.6, 1.0))
            elif rng.random() < 0.35:  # smaller dark clouds elsewhere
                add(l + rng.uniform(-1, 1), rng.gauss(0, 2.5), rng.uniform(0.6, 1.3),
                    -0.22 * brightness * rng.uniform(0.5, 1.0))
            l += 2.0
        return blobs

    def _background(self, rng: random.Random) -> None:
        taken = {(s.x, s.y) for s in self.stars}
        near = set()
        for s in self.stars:  # keep a little dark around the catalogue stars, so figures read
            for dx in range(-2, 3):
                for dy in range(-2, 3):
                    near.add((s.x + dx, s.y + dy))
        count = max(40, (self.width * self.height) // 300)
        placed = tries = 0
        classes = "BAAAFFFFFFGGGGKKM"  # mostly white, a few blue, a few orange
        while placed < count and tries < count * 30:
            tries += 1
            x, y = rng.randrange(self.width), rng.randrange(self.height)
            weight = self.band_weight(x, y)
            if rng.random() > 0.42 + 0.58 * weight or (x, y) in near:
                continue
            # many faint stars, few bright ones (as the sky has)
            magnitude = 6.6 - 3.0 * rng.random() ** 2.6
            spectral = rng.choice(classes)
            colour = _jitter(COLOURS[spectral], rng)
            self.stars.append(Star(x, y, round(magnitude, 2), colour))
            taken.add((x, y))
            near.add((x, y))
            placed += 1
        # the unresolved haze of the band: very faint points, only in the Milky Way
        dust_count = (self.width * self.height) // 90
        for _ in range(dust_count * 3):
            x, y = rng.randrange(self.width), rng.randrange(self.height)
            weight = self.band_weight(x, y)
            if rng.random() < weight ** 1.5 and (x, y) not in taken:
                self.dust.append((x, y, round(0.25 + 0.75 * rng.random() * weight, 3)))
                taken.add((x, y))
            if len(self.dust) >= dust_count:
                break

    # --- twinkle --------------------------------------------------------------------------
    def twinkle_factor(self, index: int, t: float) -> float:
        """The twinkle multiplier of one star at `t` seconds, in [1 - amplitude, 1]."""
        amplitude, w1, p1, w2, p2 = self._twinkle[index]
        if self.reduced_flashing:
            amplitude *= 0.35
        wave = 0.62 * math.sin(w1 * t + p1) + 0.38 * math.sin(w2 * t + p2)  # -1..1
        return 1.0 - amplitude * 0.5 * (1.0 + wave)

    def brightness(self, star_index: int, t_seconds: float) -> float:
        """How bright star `star_index` shines at `t_seconds`, 0..1 (its magnitude, twinkling)."""
        return self.stars[star_index].intensity * self.twinkle_factor(star_index, t_seconds)

    def twinkle_table(self) -> list[tuple[float, float, float, float, float]]:
        """Per star (amplitude, rate1, phase1, rate2, phase2), for renderers that batch the maths."""
        return list(self._twinkle)

    # --- shooting stars -------------------------------------------------------------------
    def _meteor(self, slot: int) -> Meteor | None:
        if slot in self._meteors:
            return self._meteors[slot]
        if slot < 0:
            return None
        rng = random.Random(self.seed * 1_000_003 + slot * 7919 + 17)
        start = slot * self.METEOR_SLOT + rng.uniform(0.0, 6.0)
        x = rng.uniform(0.1, 0.9) * self.width
        y = rng.uniform(0.05, 0.6) * self.height
        rx, ry = self.radiant
        if rng.random() < 0.65 and math.hypot(x - rx, y - ry) > 20:  # a Perseid: away from the radiant
            dx, dy = x - rx, y - ry
        else:  # a sporadic one, falling more or less downwards
            angle = rng.uniform(0.25, math.pi - 0.25)
            dx, dy = math.cos(angle), math.sin(angle)
        norm = math.hypot(dx, dy)
        meteor = Meteor(start, rng.uniform(0.45, 1.05), x, y, dx / norm, dy / norm,
                        rng.uniform(140.0, 260.0), rng.uniform(14.0, 34.0))
        if len(self._meteors) > 64:
            self._meteors.clear()
        self._meteors[slot] = meteor
        return meteor

    def shooting_stars(self, t: float) -> list[tuple[float, float, float, float, float]]:
        """The shooting stars visible at `t` seconds: (tail x, tail y, head x, head y, alpha 0..1)."""
        out = []
        slot = int(t // self.METEOR_SLOT)
        for s in (slot - 1, slot):
            meteor = self._meteor(s)
            if meteor is None:
                continue
            age = t - meteor.start
            if not 0.0 <= age < meteor.life:
                continue
            p = age / meteor.life
            alpha = min(1.0, p / 0.12) * (1.0 - p) ** 0.8
            if self.reduced_flashing:
                alpha *= 0.6
            travelled = meteor.speed * age
            hx, hy = meteor.x + meteor.dx * travelled, meteor.y + meteor.dy * travelled
            tail = min(meteor.length, travelled + 2.0)
            out.append((hx - meteor.dx * tail, hy - meteor.dy * tail, hx, hy, alpha))
        return out

    # --- constellations -------------------------------------------------------------------
    @property
    def constellation_ids(self) -> tuple[str, ...]:
        return TRACEABLE

    def star_position(self, name: str) -> tuple[int, int]:
        star = self.stars[self.star_index[name]]
        return star.x, star.y

    def constellation_lines(self, include_all: bool = False) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
        """The figures' segments as ((x0, y0), (x1, y1), figure id): the four traced ones, or all."""
        ids = tuple(FIGURES) if include_all else TRACEABLE
        lines = []
        for fid in ids:
            for a, b in FIGURES[fid].segments:
                if a in self.star_index and b in self.star_index:
                    lines.append((self.star_position(a), self.star_position(b), fid))
        return lines

    def constellation_centre(self, figure_id: str) -> tuple[float, float]:
        points = {self.star_position(n) for pair in FIGURES[figure_id].segments for n in pair
                  if n in self.star_index}
        return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)

    def nearest_constellation(self, x: float, y: float, max_distance: float | None = None) -> str | None:
        """The traced constellation whose figure passes nearest (x, y), or None beyond `max_distance`."""
        best, best_distance = None, math.inf
        for (x0, y0), (x1, y1), fid in self.constellation_lines():
            distance = _segment_distance(x, y, x0, y0, x1, y1)
            if distance < best_distance:
                best, best_distance = fid, distance
        if max_distance is not None and best_distance > max_distance:
            return None
        return best

    @staticmethod
    def display_name(figure_id: str, language: str = "en") -> str:
        """'Ursa Major' / 'la Grande Ourse' ...; English when the language is unknown."""
        names = FIGURES[figure_id].names
        return names.get((language or "en")[:2].lower(), names["en"])


class Fireflies:
    """A few dozen fireflies drifting over the garden in `region` (x, y, w, h), pulsing slowly.

    A pure function of the seed and the game time; drawn only (the map view seeds it from the
    map), so it never feeds back into the game's state.
    """

    def __init__(self, seed: int, region: tuple[float, float, float, float], count: int = 36):
        self.region = tuple(region)
        rx, ry, rw, rh = self.region
        rng = random.Random(seed ^ 0x5F1E)
        self._flies = []
        for _ in range(count):
            ax, ay = rng.uniform(4, 14), rng.uniform(2, 7)
            home_x = rng.uniform(rx + ax + 2, rx + rw - ax - 2) if rw > 2 * ax + 4 else rx + rw / 2
            home_y = rng.uniform(ry + ay + 1, ry + rh - ay - 1) if rh > 2 * ay + 2 else ry + rh / 2
            self._flies.append((home_x, home_y, ax, ay,
                                rng.uniform(0.12, 0.35), rng.uniform(0, 6.3),  # x drift rate, phase
                                rng.uniform(0.15, 0.45), rng.uniform(0, 6.3),  # y drift
                                rng.uniform(2.6, 6.0), rng.uniform(0, 6.0),  # pulse period, offset
                                rng.uniform(0.7, 1.5)))  # pulse length
        self.count = count

    def at(self, t: float) -> list[tuple[float, float, float]]:
        """Each firefly at `t` seconds: (x, y, glow 0..1); the glow swells and fades, never blinks hard."""
        out = []
        for hx, hy, ax, ay, wx, px, wy, py, period, offset, length in self._flies:
            x = hx + ax * (0.7 * math.sin(wx * t + px) + 0.3 * math.sin(2.3 * wx * t + py))
            y = hy + ay * (0.7 * math.sin(wy * t + py) + 0.3 * math.sin(1.7 * wy * t + px))
            phase = (t + offset) % period
            glow = math.sin(math.pi * phase / length) ** 2 if phase < length else 0.0
            out.append((x, y, 0.12 + 0.88 * glow))
        return out


def _band_brightness(l_deg: float) -> float:
    """The Milky Way's surface brightness by galactic longitude: bright towards Cygnus and the centre."""
    l = math.radians(l_deg % 360.0)
    base = 0.32 + 0.68 * (0.5 + 0.5 * math.cos(l)) ** 0.8
    cygnus = 0.35 * math.exp(-((l_deg % 360.0 - 76.0) / 14.0) ** 2)  # the Cygnus star cloud
    return min(1.0, base + cygnus)


def _jitter(colour: tuple[int, int, int], rng: random.Random) -> tuple[int, int, int]:
    return tuple(max(0, min(255, c + rng.randint(-8, 8))) for c in colour)


def _segment_distance(px, py, x0, y0, x1, y1) -> float:
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - x0) * dx + (py - y0) * dy) / length2))
    return math.hypot(px - (x0 + t * dx), py - (y0 + t * dy))
