"""The night sky: a deterministic, real star field; twinkle, meteors, fireflies and the renderer."""

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

import math  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.world.sky import (  # noqa: E402
    CATALOGUE_BY_NAME,
    FIGURES,
    TRACEABLE,
    Fireflies,
    Sky,
    angular_distance,
    equatorial_to_galactic,
    galactic_to_equatorial,
)

SIZES = [(480, 200), (480, 236), (480, 180)]


def _cat(name):
    entry = CATALOGUE_BY_NAME[name]
    return entry.ra_hours, entry.dec_deg


@pytest.fixture(scope="module")
def sky():
    return Sky(1989, 480, 200)


def test_same_seed_same_sky_different_seed_same_constellations():
    a, b, c = Sky(7, 480, 200), Sky(7, 480, 200), Sky(8, 480, 200)
    assert a.stars == b.stars and a.milky_way == b.milky_way and a.dust == b.dust
    assert [a.brightness(i, 12.3) for i in range(len(a.stars))] == [b.brightness(i, 12.3) for i in range(len(b.stars))]
    named_a = [s for s in a.stars if s.name]
    named_c = [s for s in c.stars if s.name]
    assert named_a == named_c  # the real stars do not depend on the seed
    assert [s for s in a.stars if not s.name] != [s for s in c.stars if not s.name]
    assert a.constellation_lines() == c.constellation_lines()


@pytest.mark.parametrize("size", SIZES)
def test_a_few_hundred_stars_all_inside(size):
    sky = Sky(3, *size)
    assert 150 <= len(sky.stars) <= 1000
    for star in sky.stars:
        assert 0 <= star.x < size[0] and 0 <= star.y < size[1]
        assert isinstance(star.x, int) and isinstance(star.y, int)
    for x, y, _ in sky.dust:
        assert 0 <= x < size[0] and 0 <= y < size[1]
    # colours vary from blue-white to orange, mostly white-ish
    warm = sum(1 for s in sky.stars if s.colour[0] - s.colour[2] > 60)
    blue = sum(1 for s in sky.stars if s.colour[2] - s.colour[0] > 60)
    assert warm > 5 and blue > 5 and warm + blue < len(sky.stars) / 2
    assert len({round(s.magnitude) for s in sky.stars}) >= 5


@pytest.mark.parametrize("size", SIZES)
def test_every_traced_constellation_is_on_the_sky_at_its_catalogue_place(size):
    sky = Sky(11, *size)
    for fid in TRACEABLE:
        for a, b in FIGURES[fid].segments:
            for name in (a, b):
                star = sky.stars[sky.star_index[name]]
                assert (star.x, star.y) == sky.project(*_cat(name))
                assert star.figure == fid
    assert {name for *_, name in sky.constellation_lines()} == set(TRACEABLE)
    assert "ursa_minor" in {name for *_, name in sky.constellation_lines(include_all=True)}
    assert "Polaris" in sky.star_index


def test_project_is_a_pure_function_of_the_position(sky):
    again = Sky(999, 480, 200)
    for name in ("Vega", "Dubhe", "Deneb", "Schedar", "Polaris"):
        assert sky.project(*_cat(name)) == sky.project(*_cat(name)) == again.project(*_cat(name))
    x, y = sky.project_exact(*_cat("Vega"))
    ra, dec = sky.unproject(x, y)
    assert ra == pytest.approx(_cat("Vega")[0], abs=1e-6) and dec == pytest.approx(_cat("Vega")[1], abs=1e-6)


def test_the_pointers_point_at_polaris(sky):
    merak, dubhe, polaris = (sky.project_exact(*_cat(n)) for n in ("Merak", "Dubhe", "Polaris"))
    pointer = math.atan2(dubhe[1] - merak[1], dubhe[0] - merak[0])
    to_pole = math.atan2(polaris[1] - dubhe[1], polaris[0] - dubhe[0])
    assert abs(math.degrees((to_pole - pointer + math.pi) % (2 * math.pi) - math.pi)) < 5.0
    # "five times their distance": on the sky ~5.3, the projection keeps it roughly
    assert 4.3 < math.dist(dubhe, polaris) / math.dist(merak, dubhe) < 6.3


@pytest.mark.parametrize("fid", TRACEABLE)
def test_shapes_keep_their_proportions(sky, fid):
    names = sorted({n for pair in FIGURES[fid].segments for n in pair})
    scales = [math.dist(sky.project_exact(*_cat(a)), sky.project_exact(*_cat(b))) / angular_distance(_cat(a), _cat(b))
              for i, a in enumerate(names) for b in names[i + 1:]]
    assert max(scales) / min(scales) < 1.12  # distances within a figure keep their ratios


def test_the_layout_is_the_real_northern_sky(sky):
    x = {n: sky.project(*_cat(n)) for n in ("Dubhe", "Alkaid", "Schedar", "Vega", "Deneb", "Polaris")}
    assert x["Dubhe"][0] < x["Polaris"][0] < x["Schedar"][0]  # the Dipper west, Cassiopeia east of the pole
    assert x["Vega"][1] < x["Polaris"][1] and x["Deneb"][1] < x["Polaris"][1]  # Vega and Deneb high
    assert x["Vega"][0] < x["Deneb"][0]
    # the Milky Way runs through Cygnus and Cassiopeia
    assert abs(equatorial_to_galactic(*_cat("Sadr"))[1]) < 3 and abs(equatorial_to_galactic(*_cat("Navi"))[1]) < 3
    assert sky.band_weight(*sky.project(*_cat("Sadr"))) > 0.5 > sky.band_weight(*sky.project(*_cat("Dubhe")))
    longitude, latitude = equatorial_to_galactic(*galactic_to_equatorial(75.0, 10.0))
    assert longitude == pytest.approx(75.0, abs=1e-6) and latitude == pytest.approx(10.0, abs=1e-6)


def test_background_is_denser_along_the_milky_way():
    sky = Sky(5, 480, 200)
    background = [s for s in sky.stars if s.name is None]
    inside = sum(1 for s in background if sky.band_weight(s.x, s.y) > 0.4)
    area_inside = sum(1 for x in range(0, 480, 4) for y in range(0, 200, 4) if sky.band_weight(x, y) > 0.4) * 16
    density_in = inside / area_inside
    density_out = (len(background) - inside) / (480 * 200 - area_inside)
    assert density_in > 1.3 * density_out
    assert sky.milky_way and any(blob.intensity < 0 for blob in sky.milky_way)  # the rift


def test_twinkle_is_bounded_and_smooth(sky):
    for reduced in (False, True):
        sky.reduced_flashing = reduced
        worst = 0.0
        for index in range(0, len(sky.stars), 7):
            base = sky.stars[index].intensity
            previous = sky.brightness(index, 0.0)
            for frame in range(1, 60 * 20):
                value = sky.brightness(index, frame / 60.0)
                assert 0.0 <= value <= base <= 1.0
                assert value >= base * (0.65 if not reduced else 0.88)
                worst = max(worst, abs(value - previous))
                previous = value
        assert worst < (0.01 if not reduced else 0.004)
    sky.reduced_flashing = False
    values = [sky.brightness(sky.star_index["Vega"], t / 10) for t in range(600)]
    assert max(values) - min(values) > 0.02  # it does twinkle


def test_shooting_stars_come_now_and_then(sky):
    frames = [sky.shooting_stars(f / 60.0) for f in range(60 * 60)]
    visible = sum(1 for f in frames if f)
    assert 0 < visible < 0.25 * len(frames)
    events = sum(1 for a, b in zip(frames, frames[1:]) if b and not a)
    assert 3 <= events <= 8
    for frame in frames:
        for x0, y0, x1, y1, alpha in frame:
            assert 0.0 <= alpha <= 1.0
            assert 5.0 <= math.hypot(x1 - x0, y1 - y0) <= 40.0 or alpha < 0.5
    assert Sky(1989, 480, 200).shooting_stars(33.7) == sky.shooting_stars(33.7)
    # random access far into the evening is as deterministic as the start
    assert Sky(1989, 480, 200).shooting_stars(5000.0) == sky.shooting_stars(5000.0)


def test_constellations_by_position_and_by_name(sky):
    for fid in TRACEABLE:
        x, y = sky.star_position(next(iter(FIGURES[fid].segments))[0])
        assert sky.nearest_constellation(x, y) == fid
    assert sky.nearest_constellation(-500, -500, max_distance=20) is None
    assert sky.display_name("ursa_major") == "Ursa Major"
    assert sky.display_name("ursa_major", "fr") == "la Grande Ourse"
    assert sky.display_name("cassiopeia", "fr") == "Cassiopée"
    assert sky.display_name("cygnus", "fr") == "le Cygne"
    assert sky.display_name("lyra", "fr") == "la Lyre"
    assert sky.display_name("lyra", "xx") == "Lyra"


def test_fireflies_drift_gently_inside_their_region():
    flies = Fireflies(4, (0, 200, 480, 60))
    assert 20 <= len(flies.at(0.0)) <= 60
    assert flies.at(3.0) == Fireflies(4, (0, 200, 480, 60)).at(3.0)
    previous = flies.at(0.0)
    for frame in range(1, 60 * 10):
        now = flies.at(frame / 60.0)
        for (x0, y0, g0), (x1, y1, g1) in zip(previous, now):
            assert -1 <= x1 <= 481 and 199 <= y1 <= 261
            assert math.hypot(x1 - x0, y1 - y0) < 1.0 and abs(g1 - g0) < 0.1
            assert 0.0 <= g1 <= 1.0
        previous = now


@pytest.fixture(scope="module")
def display():
    pygame.init()
    pygame.display.set_mode((480, 270))
    yield
    pygame.display.quit()


def test_renderer_draws_the_sky_with_vega_shining(display):
    from game.render.sky import FirefliesView, SkyView

    sky = Sky(1989, 480, 200)
    view = SkyView(sky, (480, 200))
    canvas = pygame.Surface((480, 270))
    canvas.fill((255, 0, 0))
    view.draw(canvas, 1.0)
    top, bottom = canvas.get_at((240, 2)), canvas.get_at((240, 199))
    assert sum(top[:3]) < sum(bottom[:3]) < 300  # dark indigo above, a warmer glow at the horizon
    assert top[2] > top[0]
    assert canvas.get_at((240, 260))[:3] != (255, 0, 0)  # nothing stale below the sky
    vx, vy = sky.star_position("Vega")
    assert min(canvas.get_at((vx, vy))[:3]) > 180  # Vega: a bright blue-white point
    assert sum(canvas.get_at((vx + 1, vy))[:3]) > sum(canvas.get_at((vx + 4, vy))[:3])
    assert len({tuple(canvas.get_at((x, y))) for x in range(0, 480, 3) for y in range(0, 200, 3)}) > 50
    # lines appear only when asked for
    x0, y0 = sky.star_position("Dubhe")
    x1, y1 = sky.star_position("Merak")
    mid = ((x0 + x1) // 2, (y0 + y1) // 2)
    def reddest():
        return max(canvas.get_at((mid[0] + dx, mid[1] + dy))[0] for dx in (-1, 0, 1) for dy in (-1, 0, 1))

    plain = reddest()
    view.draw(canvas, 1.0, highlight="ursa_major")
    assert reddest() > plain + 20  # a warm line
    view.draw(canvas, 1.0, show_lines=True)
    view.draw(canvas, 1.0, traced=["lyra"], highlight_alpha=0.5, highlight="cygnus")
    # a shooting star leaves pixels brighter than the sky behind it
    t = next(f / 60 for f in range(60 * 40) if sky.shooting_stars(f / 60) and sky.shooting_stars(f / 60)[0][4] > 0.6)
    view.draw(canvas, t)
    _, _, hx, hy, _ = sky.shooting_stars(t)[0]
    if 0 <= hx < 480 and 0 <= hy < 200:
        assert max(canvas.get_at((int(hx + 0.5), int(hy + 0.5)))[:3]) > 120
    # fireflies glow
    garden = pygame.Surface((100, 40))
    garden.fill((0, 0, 0))
    FirefliesView(Fireflies(1, (0, 0, 100, 40), count=20)).draw(garden, 2.0)
    assert any(garden.get_at((x, y))[1] > 20 for x in range(100) for y in range(40))


def test_renderer_works_without_a_display():
    from game.render.sky import SkyView

    pygame.display.quit()
    pygame.init()
    sky = Sky(2, 200, 100)
    canvas = pygame.Surface((200, 100))
    SkyView(sky, (200, 100)).draw(canvas, 0.5, show_lines=True)
    assert canvas.get_at((100, 10))[:3] != (0, 0, 0)


def test_the_sky_twinkles_frame_by_frame_and_shows_any_moment_exactly():
    """Frame to frame, a third of the stars are worked out each frame; after a jump in time, all
    of them, so a moment looks the same however it was reached."""
    import pygame

    from game.render.sky import SkyView
    from game.world.sky import Sky

    def picture(view, seconds):
        canvas = pygame.Surface((480, 200))
        view.draw(canvas, seconds)
        return pygame.image.tobytes(canvas, "RGB")

    played, fresh = SkyView(Sky(3, 480, 200), (480, 200)), SkyView(Sky(3, 480, 200), (480, 200))
    frames = [picture(played, n / 60) for n in range(240)]
    assert len(set(frames)) > 100, "the stars twinkle from frame to frame"
    assert picture(played, 9.0) == picture(fresh, 9.0)  # a jump: exact
