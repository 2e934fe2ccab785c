"""What the renderer draws: characters between tile layers, sorted by depth, the light."""

import pygame
import pytest

import mapkit
from game.app import App, RunOptions
from game.core.input import InputFrame
from game.scenes.explore import ExploreScene
from game.world.components import Position

FLOOR = (200, 180, 140)
WALL = (90, 70, 60)


@pytest.fixture
def app():
    return App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)


def show(app, path, place=None):
    scene = ExploreScene(app.ctx, path)
    app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()
    if place:
        place(scene.level)
    for _ in range(30):  # past the fade-in
        app.tick(InputFrame())
    app.render(0.0)
    return scene


def lit(canvas_colour, base):
    """Lighting multiplies the scene: compare hue, not exact values."""
    return all(abs(a - b) < 60 for a, b in zip(canvas_colour[:3], base))


def test_a_tile_layer_above_the_object_layer_covers_the_character(app, tmp_path):
    mapkit.write_tileset(tmp_path)
    rows = ["." * 12] * 8
    above = [" " * 12] * 3 + ["     #      "] + [" " * 12] * 4
    path = mapkit.write_map(tmp_path, "arch", rows, [{"kind": "spawn", "name": "default", "x": 5.5, "y": 4.5}],
                            above=above, map_props={"light": "none"})
    scene = show(app, path)
    position = scene.level.player_position
    ox, oy = scene.view.renderer.get_center_offset()
    # his head is in the cell of row 3, which the 'above' layer fills with a wall tile
    head = app.canvas.get_at((round(position.x) + ox, round(position.y) + oy - 20))
    assert head[:3] == WALL
    # his legs, in row 4, are drawn over the floor
    legs = app.canvas.get_at((round(position.x) + ox, round(position.y) + oy - 4))
    assert legs[:3] not in (FLOOR, WALL)


def test_a_character_lower_on_the_screen_is_drawn_in_front(app, tmp_path):
    mapkit.write_tileset(tmp_path)
    rows = ["." * 12] * 8
    path = mapkit.write_map(tmp_path, "yard", rows, [
        {"kind": "spawn", "name": "default", "x": 5.5, "y": 4.5},
        {"kind": "npc", "name": "odette", "x": 5.5, "y": 4.0, "props": {"sprite": "neighbour_odette", "text": "Oh!"}},
    ], map_props={"light": "none"})

    def stand_in_front(level):
        level.set_player_position(5.5 * 16, 4.5 * 16)

    scene = show(app, path, stand_in_front)
    ox, oy = scene.view.renderer.get_center_offset()
    sheet = app.ctx.assets.sheet("stephane").frames["down"][0]
    x, y = round(5.5 * 16) + ox - 8, round(4.5 * 16) + oy - 24
    # every opaque pixel of Stéphane's standing frame is on screen, not hidden by Odette behind him
    for fy in range(24):
        for fx in range(16):
            colour = sheet.get_at((fx, fy))
            if colour.a == 255:
                assert app.canvas.get_at((x + fx, y + fy))[:3] == colour[:3]


def test_the_vineyard_light_is_warm_and_the_cellar_is_dim(app):
    vineyard = show(app, "vineyard")
    warm = pygame.transform.average_color(app.canvas)
    app.ctx.scenes.clear_to(ExploreScene(app.ctx, "cellar"))
    app.ctx.scenes.apply_pending()
    for _ in range(30):
        app.tick(InputFrame())
    app.render(0.0)
    dim = pygame.transform.average_color(app.canvas)
    assert warm[0] > warm[2] + 30
    assert sum(dim[:3]) < sum(warm[:3])
    assert vineyard.map_name == "vineyard"


def test_a_light_object_warms_the_night_around_it(app, tmp_path):
    mapkit.write_tileset(tmp_path)
    rows = ["." * 30] * 17
    objects = [{"kind": "spawn", "name": "default", "x": 3.5, "y": 3.5},
               {"kind": "light", "name": "lantern", "x": 20, "y": 8, "props": {"radius": 40, "flicker": False}}]
    dark = mapkit.write_map(tmp_path, "dark", rows, objects[:1], map_props={"light": "night"})
    lit = mapkit.write_map(tmp_path, "lit", rows, objects, map_props={"light": "night"})
    show(app, dark)
    before = app.canvas.get_at((20 * 16, 8 * 16))
    app.ctx.scenes.clear_to(ExploreScene(app.ctx, lit))
    app.ctx.scenes.apply_pending()
    for _ in range(30):
        app.tick(InputFrame())
    app.render(0.0)
    after = app.canvas.get_at((20 * 16, 8 * 16))
    far = app.canvas.get_at((20 * 16 + 60, 8 * 16))
    assert after.r > before.r + 60 and after.g > before.g + 30  # warm, bright near the lantern
    assert abs(far.r - before.r) < 8  # and the night untouched beyond its radius


def test_the_first_frame_after_a_long_jump_to_the_maps_corner_is_the_map(app):
    scene = show(app, "vineyard")
    width, height = scene.view.map.pixel_size
    scene.view.camera.jump_to(width, height)  # as on arriving through a door far away
    canvas = pygame.Surface(app.canvas.get_size())
    scene.view.draw(canvas, scene.level, 1.0)
    black = pygame.mask.from_threshold(canvas, (0, 0, 0), (1, 1, 1, 255)).count()
    assert black < canvas.get_width() * canvas.get_height() // 100


def cells_above_the_characters(map_data) -> list[tuple[int, int]]:
    """The cells where a visible tile layer above the characters' (a canopy, a roof) has a tile."""
    tmx = map_data.tmx
    return sorted({(x, y) for index in tmx.visible_tile_layers if index > map_data.sprite_layer
                   for x, y, gid in tmx.layers[index].iter_data() if gid})


@pytest.mark.parametrize("map_name", ["vineyard", "garden", "cellar", "berlin_street", "berlin_tail", "mas"])
def test_characters_are_layered_as_pyscroll_layers_sprites(app, map_name):
    """The map view draws characters itself and lays again only the tiles above them; the picture
    must be the one pyscroll's own sprite pass makes, wherever he stands under a canopy or roof."""
    from game.render.map_view import MapView  # noqa: F401  (the view under test comes from the scene)
    from game.render.sprites import shadow_surface
    from game.world.components import Facing, Picture, Seated, Sprite, Walker

    scene = show(app, map_name)
    view, level = scene.view, scene.level
    view.lighting.overlay, view.glows.strength, view.rain, view.fireflies = None, 0.0, None, None
    covered = cells_above_the_characters(scene.level.map)
    assert covered, f"{map_name} has tiles above the characters"
    shadow = shadow_surface()
    for cx, cy in covered[:: max(1, len(covered) // 12)]:
        # his head in the covered cell, his feet one cell below
        level.set_player_position(cx * 16 + 8, cy * 16 + 26)
        view.camera.jump_to(cx * 16 + 8, cy * 16)
        ours = pygame.Surface(app.canvas.get_size())
        view.draw(ours, level, 1.0)
        reference = pygame.Surface(app.canvas.get_size())
        renderer = view.renderer
        renderer.center(view.camera.at(1.0))
        ox, oy = renderer.get_center_offset()
        base, scale = view.map.sprite_layer, 1.0 / (view.map.pixel_size[1] + 64)
        surfaces = []
        for entity, position, sprite in level.world.query(Position, Sprite):
            facing, walker = level.world.find(entity, Facing), level.world.find(entity, Walker)
            seated = level.world.has(entity, Seated)
            frame = app.ctx.assets.sheet(sprite.sheet).frame(facing.direction if facing else "down",
                                                              walker.moving if walker else False,
                                                              walker.distance if walker else 0.0, seated=seated)
            sx, sy = round(position.x) + ox, round(position.y) + oy
            if not seated:
                surfaces.append((shadow, pygame.Rect(sx - 6, sy - 3, 12, 5), base))
            surfaces.append((frame, pygame.Rect(sx - 8, sy - 24, 16, 24), base + position.y * scale))
        over = []  # the map's dressing: among the characters by depth, or over every layer
        for _, position, picture in level.world.query(Position, Picture):
            image = view.map.tmx.get_tile_image_by_gid(picture.gid)
            width, height = image.get_size()  # its bottom centre at the object's point
            rect = pygame.Rect(round(position.x - width / 2) + ox, round(position.y) - height + oy, width, height)
            if picture.over:
                over.append((position.y, rect.topleft, image))
            else:
                surfaces.append((image, rect, base + position.y * scale))
        renderer.draw(reference, reference.get_rect(), surfaces)
        for _, at, image in sorted(over, key=lambda item: item[0]):
            reference.blit(image, at)
        assert pygame.image.tobytes(ours, "RGB") == pygame.image.tobytes(reference, "RGB"), (map_name, cx, cy)


def test_the_choices_panel_leaves_room_after_its_longest_choice(app):
    """The longest choice ended a pixel from the panel's frame; it now has a margin on the right
    too (the left has the marker's column)."""
    from game.render.dialogue_box import draw_choices

    ui = app.ctx.assets.ui()
    texts = ["I went where no one had sent me.", "Only my land.", "A glass."]
    canvas = pygame.Surface((480, 270), pygame.SRCALPHA)
    canvas.fill((0, 0, 0, 0))
    draw_choices(canvas, app.ctx.assets, texts, 1, bottom=200)
    panel = canvas.get_bounding_rect()
    frame_right = panel.right - ui.panel_border()[2]
    ink = [x for x in range(panel.x, panel.right) for y in range(panel.y, panel.bottom)
           if canvas.get_at((x, y))[:3] == ui.text_color()]
    assert ink and frame_right - (max(ink) + 1) >= 4  # px of the panel's fill before its frame


def test_a_chapters_first_words_wait_for_its_title_to_fade(app):
    """Berlin's narration opened at the top of the screen while "Berlin, 1983" was still showing
    there, and the title read through the box; the box now opens once the title has gone."""
    from game.core.session import Session
    from game.scenes.transition import TITLE_SECONDS

    app.ctx.session = Session.new()
    app.ctx.nav.chapter("berlin")
    app.ctx.scenes.apply_pending()
    street = app.ctx.scenes.top
    arrived = app.ctx.clock.seconds
    while app.ctx.scenes.top is street:
        app.tick(InputFrame())
    assert app.ctx.clock.seconds - arrived >= TITLE_SECONDS
    assert type(app.ctx.scenes.top).__name__ == "DialogueScene"


def test_a_map_view_keeps_one_screen_sized_buffer(app):
    """pyscroll also made a screen-sized zoom buffer, read only when zoomed (the game never zooms):
    half a megabyte more for every map shown and every Berlin game played."""
    scene = ExploreScene(app.ctx, "berlin_churchyard")
    app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()
    app.render(0.5)
    renderer = scene.view.renderer
    big = [value for value in vars(renderer).values()
           if isinstance(value, pygame.Surface) and value.get_width() >= 480 and value.get_height() >= 270]
    assert len(big) == 1


def test_pictures_laid_whole_over_the_frame_are_copied_through_the_cache(app):
    """SDL copies an opaque picture whose rows all start on 16-byte boundaries with streaming stores,
    which bypass the cache: the frame a map, a sky or a backdrop covered had then left the cache just
    before the characters, the light and the present went over it again (the light's pass over the
    dead drop took 0.08 ms a frame instead of 0.03). Such pictures keep rows a pixel longer than they
    are wide, so their rows never all start on such a boundary; what they show is unchanged."""
    from game.render.sky import SkyView
    from game.render.surfaces import copied_through_cache, ready
    from game.world.sky import Sky

    picture = ready(pygame.Surface((480, 270)))
    for y in range(0, 270, 9):
        picture.fill((y % 256, 255 - y % 256, (7 * y) % 256), (0, y, 480, 9))
    copied = copied_through_cache(picture)
    assert copied.get_size() == picture.get_size() and copied.get_pitch() % 16
    assert pygame.image.tobytes(copied, "RGB") == pygame.image.tobytes(picture, "RGB")
    translucent = pygame.Surface((8, 8), pygame.SRCALPHA)
    assert copied_through_cache(translucent) is translucent  # blended, not copied: SDL never streams it

    scene = ExploreScene(app.ctx, "berlin_churchyard")
    app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()
    app.render(0.5)
    buffer, = [value for value in vars(scene.view.renderer).values()
               if isinstance(value, pygame.Surface) and value.get_width() >= 480 and value.get_height() >= 270]
    assert buffer.get_pitch() % 16
    assert SkyView(Sky(1989, 480, 200), (480, 200)).static.get_pitch() % 16
