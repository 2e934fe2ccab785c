"""Collisions fit the art: what blocks him is what is drawn, and a few pixels of a corner never stop
him dead. Driven with intents on the shipped maps, as a player walks them."""

import xml.etree.ElementTree as ET

import pygame
import pytest

from game.berlin.on_foot.scene import map_walls
from game.content.maps import load_map
from game.core import paths
from game.core.input import InputFrame, Intent
from game.minigames.vision import BODY_HALF, move_with_walls
from game.world.collision import rects_overlap
from game.world.components import Area, Body, Named, Position
from game.world.events import Interacted
from game.world.level import Level

TICK = 1 / 60


def named(level, name):
    return next(entity for entity, item in level.world.query(Named) if item.name == name)


def hold(level, intents, ticks):
    for _ in range(ticks):
        level.update(InputFrame.of(intents), TICK)


def body_of(level):
    position = level.player_position
    return level.world.get(level.player, Body).rect_at(position.x, position.y)


def picture_box(image: pygame.Surface) -> tuple[int, int, int, int] | None:
    rects = pygame.mask.from_surface(image, 1).get_bounding_rects()
    return tuple(rects[0].unionall(rects)) if rects else None


@pytest.mark.parametrize("tileset", sorted(path.stem for path in (paths.ASSETS / "tilesets").glob("*.tsx")))
def test_no_tile_blocks_beyond_its_picture(tileset):
    root = ET.parse(paths.ASSETS / "tilesets" / f"{tileset}.tsx").getroot()
    sheet = pygame.image.load(str(paths.ASSETS / "tilesets" / root.find("image").get("source")))
    columns, size = int(root.get("columns")), int(root.get("tilewidth"))
    checked = 0
    for tile in root.iter("tile"):
        collides = tile.find("properties/property[@name='collides']")
        if collides is None or collides.get("value") != "true":
            continue
        tid = int(tile.get("id"))
        image = sheet.subsurface(((tid % columns) * size, (tid // columns) * size, size, size))
        drawn = picture_box(image)
        shape = tile.find("objectgroup/object")
        blocks = (0, 0, size, size) if shape is None else tuple(
            float(shape.get(key, 0)) for key in ("x", "y", "width", "height"))
        x, y, w, h = blocks
        assert drawn is not None
        dx, dy, dw, dh = drawn
        assert dx <= x and dy <= y and x + w <= dx + dw and y + h <= dy + dh, \
            f"{tileset} tile {tid} blocks {blocks}, beyond its picture {drawn}: an invisible wall"
        checked += 1
    assert checked > 10


def test_he_slides_round_a_lamp_post():
    level = Level(load_map("garden"))
    post = next(rect for rect in level.collision.cell_rects(16, 11))  # the lamp post by the lavender
    px, py, pw, ph = post
    assert pw <= 8, "a lamp post blocks its thin stem, not its whole tile"
    # walking east past it, his body catching the foot of the post by 4 pixels
    feet = py + ph + 6 - 4
    level.set_player_position(px - 30, feet, "right")
    hold(level, [Intent.RIGHT], 60)
    assert level.player_position.x > px + pw + 10, "the lamp post stopped him dead"
    assert abs(level.player_position.y - feet) <= 6
    # walking down onto it just off its centre, he slides round it too
    level.set_player_position(px + pw / 2 + 7, py - 20, "down")
    hold(level, [Intent.DOWN], 60)
    assert level.player_position.y > py + ph + 10


def test_he_slides_past_the_end_of_a_parked_car_in_berlin():
    data = load_map("berlin_tail")
    walls = map_walls(data)
    car = next(rect for rect in data.blocked_parts[9 * data.width + 5])  # the car parked at (5, 9)
    cx, cy, cw, ch = car
    # walking down the street past the car's west end, his body clipping it by 3 pixels
    start = (cx - BODY_HALF + 3, cy - 30)
    position = start
    for _ in range(90):
        position = move_with_walls(position, 0, 72 * TICK, walls)
    assert position[1] > cy + ch + 10, "the end of a parked car stopped him dead"
    # straight into its side, he stops against it
    position = (cx + cw / 2, cy - 30)
    for _ in range(90):
        position = move_with_walls(position, 0, 72 * TICK, walls)
    assert cy - BODY_HALF - 1 <= position[1] <= cy - BODY_HALF


@pytest.mark.parametrize("start, intent", [((-30, 8), Intent.RIGHT), ((16, -40), Intent.DOWN),
                                           ((16, 60), Intent.UP), ((62, 10), Intent.LEFT)])
def test_he_never_stands_in_the_well(start, intent):
    level = Level(load_map("vineyard"))
    well = level.world.get(named(level, "well"), Area)
    frame = (well.x + 2, well.y, well.w - 4, well.h - 2)  # its posts, its bucket, its ring
    level.set_player_position(well.x + start[0], well.y + start[1], intent.value)
    for _ in range(90):
        level.update(InputFrame.of([intent]), TICK)
        assert not rects_overlap(body_of(level), frame), "he walked into the well"
    # and, standing against it, he can draw water whatever side he came from
    assert level.update(InputFrame.of(pressed=[Intent.INTERACT]), TICK) == [Interacted(named(level, "well"))]


@pytest.mark.parametrize("start, intent", [((-40, 0), Intent.RIGHT), ((40, 0), Intent.LEFT),
                                           ((0, -40), Intent.DOWN), ((0, 40), Intent.UP)])
def test_he_does_not_walk_into_people(start, intent):
    level = Level(load_map("vineyard"))
    marcel = level.world.get(named(level, "Marcel"), Position)
    level.set_player_position(marcel.x + start[0], marcel.y + start[1], intent.value)
    hold(level, [intent], 90)
    me = level.player_position
    if intent in (Intent.LEFT, Intent.RIGHT):  # side by side: their figures (13 px wide) do not overlap
        assert abs(me.x - marcel.x) >= 12
        assert me.y == marcel.y + start[1]
    elif intent is Intent.DOWN:  # behind him: his feet well above Marcel's, not inside his figure
        assert marcel.y - me.y >= 10
    else:  # in front of him: Marcel's head still shows above his
        assert me.y - marcel.y >= 12


def test_the_sink_and_the_table_keep_him_out_and_the_table_does_not_keep_him_from_the_bread():
    level = Level(load_map("mas"), chapter="visitor")  # the afternoon, when the bread is there to take
    sink = (176, 48, 32, 16)  # its cabinet, against the kitchen wall
    level.set_player_position(200, 90, "up")
    hold(level, [Intent.UP], 60)
    assert not rects_overlap(body_of(level), sink) and body_of(level)[1] >= sink[1] + sink[3] - 0.5
    # below the kitchen table, beside the stool under the bread, facing the table: he takes the bread
    bread = named(level, "bread")
    level.set_player_position(104, 150, "up")
    hold(level, [Intent.UP], 60)
    table = level.world.get(named(level, "bread"), Area)
    assert level.player_position.y - 6 >= table.y + table.h - 0.5  # stopped by the table's edge
    assert level.update(InputFrame.of(pressed=[Intent.INTERACT]), TICK) == [Interacted(bread)]
