"""The night sky kept between runs (game/render/sky_cache.py): what is read back is the sky drawn afresh,
pixel for pixel; a sky kept by other code (another version key) or damaged is drawn again; a run for
tools reads the cache but writes nothing."""

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

import subprocess  # noqa: E402
import sys  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402

from conftest import ROOT  # noqa: E402
from game.render.sky import SkyView  # noqa: E402
from game.render.sky_cache import SkyCache  # noqa: E402
from game.world.sky import Sky  # noqa: E402

SEED, SIZE = 1962, (480, 236)


@pytest.fixture(scope="module", autouse=True)
def display():
    pygame.display.init()
    pygame.display.set_mode((480, 270))
    yield


def pixels(surface) -> bytes:
    return pygame.image.tobytes(surface, "RGB")


def drawn_count(monkeypatch) -> list:
    """Counts the skies drawn from their seed (not read back)."""
    drawn = []
    original = Sky._draw
    monkeypatch.setattr(Sky, "_draw", lambda sky, rng: (drawn.append(sky.seed), original(sky, rng)))
    return drawn


def same_sky(a: Sky, b: Sky) -> bool:
    return (a.stars == b.stars and a.milky_way == b.milky_way and a.dust == b.dust
            and a.twinkle_table() == b.twinkle_table() and a.star_index == b.star_index
            and a.catalogue_count == b.catalogue_count and a.shooting_stars(30.0) == b.shooting_stars(30.0))


def test_a_kept_sky_is_read_back_as_the_one_drawn_afresh(tmp_path, monkeypatch):
    fresh = Sky(SEED, *SIZE)
    fresh_static = pixels(SkyView(fresh, SIZE).static)
    SkyCache(tmp_path).view(SkyCache(tmp_path).sky(SEED, *SIZE), SIZE)  # the first run keeps it
    assert len(list(tmp_path.glob("sky-*"))) == 2  # the stars and band, and the painted layer
    drawn = drawn_count(monkeypatch)
    monkeypatch.setattr(SkyView, "_build_static", lambda view: pytest.fail("the kept layer was painted again"))
    kept = SkyCache(tmp_path).sky(SEED, *SIZE)
    view = SkyCache(tmp_path).view(kept, SIZE)
    assert drawn == []
    assert same_sky(kept, fresh)
    assert pixels(view.static) == fresh_static
    canvas_a, canvas_b = pygame.Surface((480, 270)), pygame.Surface((480, 270))
    monkeypatch.undo()
    view.draw(canvas_a, 12.5)  # and it twinkles as the fresh one does
    SkyView(fresh, SIZE).draw(canvas_b, 12.5)
    assert pixels(canvas_a) == pixels(canvas_b)


def test_a_sky_kept_under_another_version_key_is_drawn_again_and_replaced(tmp_path, monkeypatch):
    old = SkyCache(tmp_path, version="0ld0ld0ld0ld0ld0")
    old.view(old.sky(SEED, *SIZE), SIZE)
    stale = sorted(tmp_path.glob("sky-*"))
    assert len(stale) == 2
    drawn = drawn_count(monkeypatch)
    new = SkyCache(tmp_path, version="n3wn3wn3wn3wn3wn")
    sky = new.sky(SEED, *SIZE)
    new.view(sky, SIZE)
    assert drawn == [SEED]
    assert same_sky(sky, Sky(SEED, *SIZE))
    kept = sorted(path.name for path in tmp_path.glob("sky-*"))
    assert len(kept) == 2 and all("n3wn3wn3wn3wn3wn" in name for name in kept)  # the stale ones are gone


def test_a_damaged_kept_sky_is_drawn_again(tmp_path, monkeypatch):
    cache = SkyCache(tmp_path)
    cache.view(cache.sky(SEED, *SIZE), SIZE)
    for path in tmp_path.glob("sky-*"):
        path.write_bytes(path.read_bytes()[:100])  # cut short, as by a full disk
    drawn = drawn_count(monkeypatch)
    sky = SkyCache(tmp_path).sky(SEED, *SIZE)
    view = SkyCache(tmp_path).view(sky, SIZE)
    assert drawn == [SEED]
    assert pixels(view.static) == pixels(SkyView(Sky(SEED, *SIZE), SIZE).static)
    assert SkyCache(tmp_path).sky(SEED, *SIZE).stars == sky.stars  # and kept whole again


def test_a_read_only_cache_keeps_nothing_and_no_folder_draws_afresh(tmp_path):
    SkyCache(tmp_path / "cache", writable=False).sky(SEED, *SIZE)
    assert not (tmp_path / "cache").exists()
    assert same_sky(SkyCache(None).sky(SEED, *SIZE), Sky(SEED, *SIZE))


def test_the_game_keeps_the_title_sky_in_its_data_folder_and_shows_the_same_title_with_it(tmp_path):
    def title(shot):
        command = [sys.executable, str(ROOT / "main.py"), "--headless", "--frames", "90", "--data-dir",
                   str(tmp_path / "data"), "--screenshot", str(shot)]
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True, timeout=120)
        return pixels(pygame.image.load(str(shot)))

    first = title(tmp_path / "first.png")
    assert len(list((tmp_path / "data" / "cache").glob("sky-1962-480x236-*"))) == 2
    assert title(tmp_path / "second.png") == first


def test_a_frozen_build_without_source_keeps_its_sky_under_its_version(tmp_path, monkeypatch):
    """A packaged build has no .py beside its code: its version keys the sky, so a new release draws it
    afresh while each start of one release reads it back."""
    from game.render import sky_cache
    from game.world import sky as sky_module

    monkeypatch.setattr(sky_module, "__file__", str(tmp_path / "not-there" / "sky.py"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    keys = {}
    for release in ("1.0.0", "1.0.1"):
        monkeypatch.setattr(sky_cache, "game_version", lambda release=release: release)
        sky_cache.code_hash.cache_clear()
        keys[release] = sky_cache.code_hash()
    sky_cache.code_hash.cache_clear()
    monkeypatch.setattr(sky_cache, "game_version", lambda: "1.0.1")
    cache = SkyCache(tmp_path / "cache")
    drawn = drawn_count(monkeypatch)
    first = cache.sky(SEED, *SIZE)
    again = SkyCache(tmp_path / "cache").sky(SEED, *SIZE)
    sky_cache.code_hash.cache_clear()
    assert None not in keys.values() and keys["1.0.0"] != keys["1.0.1"]
    assert drawn == [SEED] and same_sky(first, again)
    monkeypatch.delattr(sys, "frozen")
    assert sky_cache.code_hash() is None  # no source and not a build: nothing is kept
    sky_cache.code_hash.cache_clear()


def test_the_sky_shown_again_is_not_painted_again_and_another_sky_is(monkeypatch):
    """The credits show the ending's sky again: its static layer is the one just painted (painting it
    again took a visible 35-60 ms frame), pixel for pixel; another sky is painted as ever."""
    painted = []
    original = SkyView._build_static
    monkeypatch.setattr(SkyView, "_build_static", lambda view: (painted.append(view.sky.seed), original(view))[1])
    cache = SkyCache(None)
    sky = Sky(SEED, *SIZE)
    first = cache.view(sky, SIZE)
    again = cache.view(sky, SIZE)
    assert painted == [SEED]
    assert pixels(again.static) == pixels(first.static) == pixels(SkyView(Sky(SEED, *SIZE), SIZE).static)
    cache.view(Sky(SEED + 1, *SIZE), SIZE)
    cache.view(sky, (SIZE[0], SIZE[1] - 20))
    assert painted == [SEED, SEED, SEED + 1, SEED]
