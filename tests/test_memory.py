"""Berlin is a memory: the picture drains into it and warms back out of it, and he is young there.

- the memory transition (game/render/memory_transition.py) replaces the fade to black for the
  chapter changes into and out of `berlin` (`transition = "memory"` in chapters.toml);
- the map property `player_sprite` chooses the player's sheet; the Berlin maps use
  `stephane_1983`, and `--check` reports a sheet that does not exist with its file and place.
"""


import pygame
import pytest

import mapkit
from game.app import App, RunOptions
from game.content.chapters import load_chapters
from game.content.errors import ContentError
from game.content.lint import check_maps
from game.content.maps import load_map
from game.content.story import StoryAction
from game.core.input import InputFrame
from game.core.session import Session
from game.render import memory_transition
from game.scenes.explore import ExploreScene
from game.scenes.transition import FADE_SECONDS, MEMORY_SECONDS
from game.world.components import Sprite

TICKS_PER_SECOND = 60


@pytest.fixture
def app():
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    return app


def colour_stats(canvas: pygame.Surface) -> tuple[float, float, float]:
    """Averaged over a grid of pixels: (how far red and green part: colour beside any blue tint,
    warmth: red over blue, coolness: blue over red)."""
    width, height = canvas.get_size()
    samples = [canvas.get_at((x, y)) for x in range(2, width, 6) for y in range(2, height, 6)]
    spread = sum(abs(c.r - c.g) for c in samples) / len(samples)
    warmth = sum(max(0, c.r - c.b) for c in samples) / len(samples)
    coolness = sum(c.b - c.r for c in samples) / len(samples)
    return spread, warmth, coolness


def start(app, chapter: str) -> ExploreScene:
    app.ctx.nav.chapter(chapter)
    app.ctx.scenes.apply_pending()
    return app.ctx.scenes.top


def settle(app, scene, ticks: int) -> None:
    """Tick on; close whatever the story opens on top (the chapter's intro) so the map stays in view."""
    for _ in range(ticks):
        app.tick(InputFrame())
        while app.ctx.scenes.top is not scene:
            app.ctx.scenes.pop()
            app.ctx.scenes.apply_pending()


def story_starts(app, scene, chapter: str) -> None:
    """What Ink's `start_chapter` does once the dialogue box closes."""
    app.ctx.session.carry_out([StoryAction("start_chapter", (chapter,))])
    scene.resume()


# -- the chapters -------------------------------------------------------------------------

def test_berlin_is_the_one_chapter_played_as_a_memory():
    chapters = load_chapters()
    assert chapters["berlin"].transition == "memory"
    assert all(c.transition == "fade" for c in chapters.values() if c.id != "berlin")


def test_an_unknown_transition_is_reported_with_the_chapter(tmp_path):
    text = (load_chapters.__globals__["CHAPTERS_FILE"]).read_text(encoding="utf-8")
    broken = tmp_path / "chapters.toml"
    broken.write_text(text.replace('transition = "memory"', 'transition = "dissolve"'), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_chapters(broken)
    assert str(error.value) == f"{broken}:chapter berlin: transition must be one of fade, memory"


# -- into the memory and out of it ------------------------------------------------------------

def test_from_the_garden_into_berlin_the_picture_drains_cold_under_the_rain(app):
    scene = start(app, "garden")
    settle(app, scene, 30)
    assert scene.memory_transition is None  # the garden itself fades in from black
    app.render(0.0)
    before = colour_stats(app.canvas)

    story_starts(app, scene, "berlin")
    assert scene.memory_transition == "in"
    # slower than the plain fade: after a fade's worth of time he is still in the garden
    settle(app, scene, round(FADE_SECONDS * TICKS_PER_SECOND) + 2)
    assert scene.chapter == "garden" and scene.memory_transition == "in"
    settle(app, scene, round(MEMORY_SECONDS * TICKS_PER_SECOND * 0.5) - 20)
    assert scene.chapter == "garden" and 0.4 < scene.transition.fade < 0.7  # halfway
    app.render(0.0)
    middle = colour_stats(app.canvas)
    assert middle[0] < before[0] * 0.6, (before, middle)  # drained of colour:
    assert middle[1] < before[1] * 0.2, (before, middle)  # the lamps' warmth gone,
    assert middle[2] > before[2] + 8, (before, middle)  # cooler: more blue than red

    # covered, then Berlin appears through the same haze; he is thirty-five there
    settle(app, scene, round(MEMORY_SECONDS * TICKS_PER_SECOND * 0.5) + 4)
    assert scene.chapter == "berlin" and scene.map_name == "berlin_street"
    assert scene.memory_transition == "in"
    settle(app, scene, round(MEMORY_SECONDS * TICKS_PER_SECOND) + 2)
    assert scene.memory_transition is None
    assert scene.level.world.get(scene.level.player, Sprite).sheet == "stephane_1983"


def test_out_of_berlin_the_picture_warms_and_the_ending_is_under_the_stars(app):
    from game.scenes.starlit import StarlitScene

    scene = start(app, "berlin")
    assert scene.memory_transition == "in"  # arriving straight into the memory (--scene berlin)
    settle(app, scene, round(MEMORY_SECONDS * TICKS_PER_SECOND) + 2)
    assert scene.memory_transition is None
    app.render(0.0)
    before = colour_stats(app.canvas)

    story_starts(app, scene, "ending")
    assert scene.memory_transition == "out"
    settle(app, scene, round(MEMORY_SECONDS * TICKS_PER_SECOND * 0.45))
    app.render(0.0)
    middle = colour_stats(app.canvas)
    assert middle[1] > before[1] + 6, (before, middle)  # warmer: more red than blue
    assert middle[2] < before[2] - 6, (before, middle)  # and Berlin's blue gone

    for _ in range(round(MEMORY_SECONDS * TICKS_PER_SECOND * 0.6)):
        app.tick(InputFrame())
    app.ctx.scenes.apply_pending()
    assert any(isinstance(s, StarlitScene) for s in app.ctx.scenes.scenes)


def test_doors_inside_a_chapter_keep_the_plain_fade(app, two_rooms):
    scene = ExploreScene(app.ctx, two_rooms / "hall.tmx")
    app.ctx.scenes.clear_to(scene)
    app.ctx.scenes.apply_pending()
    assert scene.memory_transition is None
    from game.core.whereabouts import Destination

    scene.go_to(Destination("cellar", "default"))
    app.tick(InputFrame())
    assert scene.transitioning and scene.memory_transition is None


# -- the effect itself ------------------------------------------------------------------------

def grey_canvas() -> pygame.Surface:
    canvas = pygame.Surface((480, 270))
    canvas.fill((120, 110, 100))
    return canvas


def test_reduced_flashing_is_an_even_still_cross_fade():
    still = []
    for seconds in (1.0, 1.37):
        canvas = grey_canvas()
        memory_transition.draw(canvas, 0.6, "in", seconds, reduced_flashing=True)
        still.append(pygame.image.tobytes(canvas, "RGB"))
    assert still[0] == still[1]  # nothing moves, nothing flickers
    assert len({still[0][i:i + 3] for i in range(0, len(still[0]), 3)}) == 1  # one even veil

    moving = []
    for seconds in (1.0, 1.37):
        canvas = grey_canvas()
        memory_transition.draw(canvas, 0.6, "in", seconds)
        moving.append(pygame.image.tobytes(canvas, "RGB"))
    assert moving[0] != moving[1]  # without it: the rain falls and the haze sweeps


def test_the_effect_is_deterministic_and_leaves_the_picture_at_zero():
    a, b, untouched = grey_canvas(), grey_canvas(), grey_canvas()
    memory_transition.draw(a, 0.5, "out", 2.5)
    memory_transition.draw(b, 0.5, "out", 2.5)
    assert pygame.image.tobytes(a, "RGB") == pygame.image.tobytes(b, "RGB")
    memory_transition.draw(untouched, 0.0, "in", 2.5)
    assert pygame.image.tobytes(untouched, "RGB") == pygame.image.tobytes(grey_canvas(), "RGB")
    full = grey_canvas()
    memory_transition.draw(full, 1.0, "in", 2.5, reduced_flashing=True)
    assert full.get_at((240, 135))[:3] == memory_transition.COLD


# -- the player's sprite, by map ---------------------------------------------------------------

SPAWN = {"kind": "spawn", "name": "default", "x": 2.5, "y": 3}


def test_the_berlin_maps_make_him_young():
    for name in ("berlin_street", "berlin_tail", "berlin_churchyard"):
        assert load_map(name).player_sprite == "stephane_1983"
    assert load_map("garden").player_sprite == "stephane"


def test_a_map_with_player_sprite_draws_that_sheet(app, tmp_path):
    mapkit.write_tileset(tmp_path)
    rows = ["." * 12] * 8
    path = mapkit.write_map(tmp_path, "yard", rows, [{"kind": "spawn", "name": "default", "x": 5.5, "y": 4.5}],
                            map_props={"light": "none", "player_sprite": "sophie"})
    scene = ExploreScene(app.ctx, path)
    app.ctx.scenes.clear_to(scene)
    app.ctx.scenes.apply_pending()
    for _ in range(30):
        app.tick(InputFrame())
    app.render(0.0)
    assert scene.level.world.get(scene.level.player, Sprite).sheet == "sophie"
    ox, oy = scene.view.renderer.get_center_offset()
    frame = app.ctx.assets.sheet("sophie").frames["down"][0]
    x, y = round(5.5 * 16) + ox - 8, round(4.5 * 16) + oy - 24
    opaque = [(fx, fy) for fy in range(24) for fx in range(16) if frame.get_at((fx, fy)).a == 255]
    assert opaque and all(app.canvas.get_at((x + fx, y + fy))[:3] == frame.get_at((fx, fy))[:3]
                          for fx, fy in opaque)


def test_the_on_foot_games_draw_the_maps_player_sprite(app, monkeypatch):
    from game.berlin.registry import scene_for

    scene = scene_for(app.ctx, "tail")
    app.ctx.scenes.clear_to(scene)
    app.ctx.scenes.apply_pending()
    scene.begin()
    asked, sheet = [], app.ctx.assets.sheet
    monkeypatch.setattr(app.ctx.assets, "sheet", lambda name, tint=None: asked.append(name) or sheet(name, tint))
    scene.draw(app.canvas, 0.0)
    assert "stephane_1983" in asked and "stephane" not in asked


def test_a_misspelt_player_sprite_is_reported_with_the_file_and_place(tmp_path):
    mapkit.write_tileset(tmp_path)
    path = mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [SPAWN], map_props={"player_sprite": "stephane_1938"})
    problems = [str(problem) for problem in check_maps(tmp_path)]
    assert problems == [f"{path}:map: map property player_sprite: sprite 'stephane_1938' not found "
                        f"(assets/sprites/stephane_1938.png)"]


def test_a_player_sprite_that_is_not_a_string_stops_loading(tmp_path):
    mapkit.write_tileset(tmp_path)
    path = mapkit.write_map(tmp_path, "broken", mapkit.ROOM, [SPAWN], map_props={"player_sprite": 3})
    with pytest.raises(ContentError) as error:
        load_map(path)
    assert str(error.value) == f"{path}:map: map property 'player_sprite' must be string, got int 3"
