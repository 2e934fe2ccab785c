"""Berlin's cast: the people watched and watching in the on-foot games are Berlin characters.

- `berlin_guard`, `berlin_courier` and `berlin_handler` are made by the character generator like
  everyone else (assets/scripts/characters_data.py, a test elsewhere checks the committed PNGs
  are what it makes): 16x24 frames, 4 directions x a 4-frame walk, and a portrait;
- the tail draws its courier and his handler with them, the dead drop its guards;
- a map maker gives a patrol or a courier route another sheet with its `sprite` property, and
  `--check` reports a sheet that does not exist with its file and object id.
"""

from pathlib import Path

import pygame
import pytest

import mapkit
from assets.scripts.palette import rgb
from game.app import App, RunOptions
from game.berlin.registry import scene_for
from game.content.lint import check_maps
from game.content.maps import load_map
from game.core import paths
from game.core.session import Session

CAST = ("berlin_guard", "berlin_courier", "berlin_handler")


@pytest.fixture
def app():
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    return app


def frame(name: str, row: int = 0, column: int = 0) -> pygame.Surface:
    sheet = pygame.image.load(str(paths.ASSETS / "sprites" / f"{name}.png"))
    return sheet.subsurface((column * 16, row * 24, 16, 24))


def opaque(surface: pygame.Surface, y: int) -> list[tuple[int, int, int]]:
    return [tuple(surface.get_at((x, y)))[:3] for x in range(surface.get_width()) if surface.get_at((x, y)).a]


def luminance(colour) -> float:
    r, g, b = colour
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


# -- the sheets ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", CAST)
def test_each_is_a_whole_walking_sheet_with_a_portrait(name):
    sheet = pygame.image.load(str(paths.ASSETS / "sprites" / f"{name}.png"))
    assert sheet.get_size() == (64, 96)
    for row in range(4):
        for column in range(4):
            f = frame(name, row, column)
            assert opaque(f, 23), f"{name} row {row} column {column}: the feet are not on the bottom row"
    assert pygame.image.load(str(paths.ASSETS / "portraits" / f"{name}.png")).get_size() == (40, 40)


@pytest.mark.parametrize("name", CAST)
def test_the_rain_on_their_shoulders_reads_against_wet_cobbles(name):
    """Facing down or up, the shoulders' rows hold light pixels (not skin): lighter than the lightest cobble."""
    skin = {rgb(f"skin_{n}") for n in (1, 2, 3)}
    cobble = luminance(rgb("b_cob_1"))
    for row in (0, 3):  # down, up
        f = frame(name, row)
        light = [c for y in (9, 10, 11) for c in opaque(f, y) if c not in skin and luminance(c) > cobble]
        assert len(light) >= 4, f"{name} row {row}: only {len(light)} light pixels on the shoulders"


def test_the_guard_is_heavier_than_young_stephane_and_dressed_otherwise():
    guard, stephane = frame("berlin_guard"), frame("stephane_1983")
    assert len(opaque(guard, 12)) > len(opaque(stephane, 12))  # broader across the chest

    def coat(f):  # the commonest colour over the torso
        colours = [c for y in range(11, 16) for c in opaque(f, y)]
        return max(set(colours), key=colours.count)

    assert coat(guard) != coat(stephane)
    assert coat(frame("berlin_courier")) != coat(stephane)
    # a cap, a hat, a fur hat: none of them has his dark brown hair on top
    hair = rgb("hair_brown_2")
    for name in CAST:
        top = next(opaque(frame(name), y) for y in range(24) if opaque(frame(name), y))
        assert hair not in top, name


def test_the_courier_carries_his_paper_in_the_side_and_front_views():
    paper = rgb("b_paper_3")
    for row in (0, 1, 2):  # down, left, right
        for column in range(4):
            f = frame("berlin_courier", row, column)
            assert any(paper in opaque(f, y) for y in range(24)), f"row {row} column {column}"


# -- drawn in the games ----------------------------------------------------------------------

def sheets_drawn(app, monkeypatch, scene) -> list[str]:
    """The sheet names asked for while drawing one frame of an on-foot game (its view made first: making
    it asks for the sheets too)."""
    asked: list[str] = []
    assets = app.ctx.assets
    real = assets.sheet

    def recording(name, tint=None):
        asked.append(name)
        return real(name, tint)

    monkeypatch.setattr(assets, "sheet", recording)
    app.ctx.scenes.clear_to(scene)
    app.ctx.scenes.apply_pending()
    scene.begin()
    scene.draw(app.canvas, 0.0)
    asked.clear()
    scene.draw(app.canvas, 0.0)
    return asked


def test_the_tail_draws_the_courier_and_his_handler(app, monkeypatch):
    asked = sheets_drawn(app, monkeypatch, scene_for(app.ctx, "tail"))
    assert "berlin_courier" in asked and "berlin_handler" in asked
    assert not any(name.startswith("neighbour_") for name in asked), asked


def test_the_dead_drop_draws_its_guards(app, monkeypatch):
    scene = scene_for(app.ctx, "deaddrop")
    asked = sheets_drawn(app, monkeypatch, scene)
    assert asked.count("berlin_guard") == len(scene.model.guards) > 0
    assert not any(name.startswith("neighbour_") for name in asked), asked


YARD = ["#" * 26] + ["#" + "." * 24 + "#"] * 18 + ["#" * 26]
STREET = ["#" * 64] * 2 + ["." * 64] * 5 + ["#" * 64] * 2


def yard(folder: Path, sprite: str | None = None) -> Path:
    """A walled yard with a verger on his round, the drop and the gate."""
    mapkit.write_tileset(folder)
    patrol = {"kind": "patrol", "name": "verger", "x": 3, "y": 6, "points": [(0, 0), (19, 0)]}
    if sprite is not None:
        patrol["props"] = {"sprite": sprite}
    objects = [{"kind": "spawn", "name": "default", "x": 13, "y": 17.5}, patrol,
               {"kind": "place", "name": "brick", "x": 13, "y": 10, "props": {"role": "drop"}},
               {"kind": "place", "name": "gate", "x": 11, "y": 17, "w": 4, "h": 2, "props": {"role": "exit"}}]
    return mapkit.write_map(folder, "yard", YARD, objects, map_props={"light": "night"})


def street(folder: Path, sprite: str | None = None) -> Path:
    """A straight street: the courier's walk to his handler."""
    mapkit.write_tileset(folder)
    route = {"kind": "courier_route", "name": "courier", "x": 8, "y": 4.5, "points": [(0, 0), (42, 0)]}
    if sprite is not None:
        route["props"] = {"sprite": sprite}
    objects = [{"kind": "spawn", "name": "default", "x": 3, "y": 4.5}, route,
               {"kind": "place", "name": "handler", "x": 51, "y": 4.5, "props": {"role": "handler"}}]
    return mapkit.write_map(folder, "street", STREET, objects, map_props={"light": "night"})


def test_the_defaults_are_the_berlin_sheets(tmp_path):
    patrol = next(s for s in load_map(yard(tmp_path)).objects if s.kind == "patrol")
    route = next(s for s in load_map(street(tmp_path)).objects if s.kind == "courier_route")
    assert patrol.props["sprite"] == "berlin_guard" and route.props["sprite"] == "berlin_courier"


def test_a_map_maker_chooses_the_guards_and_the_couriers_sheets(app, monkeypatch, tmp_path):
    scene = scene_for(app.ctx, "deaddrop", map_name=yard(tmp_path, "sophie"))
    asked = sheets_drawn(app, monkeypatch, scene)
    assert "sophie" in asked and "berlin_guard" not in asked

    scene = scene_for(app.ctx, "tail", map_name=street(tmp_path, "neighbour_marcel"))
    asked = sheets_drawn(app, monkeypatch, scene)
    assert "neighbour_marcel" in asked and "berlin_courier" not in asked and "berlin_handler" in asked


def test_a_sheet_that_does_not_exist_is_reported_with_the_file_and_object(tmp_path):
    yard_path = yard(tmp_path / "a", "berlin_gaurd")
    street_path = street(tmp_path / "b", "berlin_curier")
    problems = [str(p) for p in check_maps(tmp_path / "a")] + [str(p) for p in check_maps(tmp_path / "b")]
    assert problems == [
        f"{yard_path}:2: patrol 'verger': sprite 'berlin_gaurd' not found (assets/sprites/berlin_gaurd.png)",
        f"{street_path}:2: courier_route 'courier': sprite 'berlin_curier' not found "
        f"(assets/sprites/berlin_curier.png)",
    ]


def test_a_sprite_that_is_not_a_string_stops_loading(tmp_path):
    from game.content.errors import ContentError

    with pytest.raises(ContentError) as error:
        load_map(yard(tmp_path, 3))  # type: ignore[arg-type]
    assert "property 'sprite' must be string" in str(error.value)
