from game.core.window import letterbox
from game.world.camera import Camera


def test_the_camera_never_shows_past_the_map_edge():
    camera = Camera(480, 270, 1280, 720)
    camera.jump_to(0, 0)
    assert camera.at(0) == (240, 135)
    camera.jump_to(5000, 5000)
    assert camera.at(0) == (1280 - 240, 720 - 135)


def test_a_map_smaller_than_the_view_is_centred():
    camera = Camera(480, 270, 320, 200)
    camera.jump_to(10, 10)
    assert camera.at(0) == (160, 100)


def test_the_camera_follows_smoothly_and_settles_on_its_target():
    camera = Camera(480, 270, 2000, 2000)
    camera.jump_to(500, 500)
    camera.follow(600, 500, 1 / 60)
    first_step = camera.x - 500
    assert 0 < first_step < 50  # eases toward the target, no jump
    for _ in range(240):
        camera.follow(600, 500, 1 / 60)
    assert (camera.x, camera.y) == (600, 500)
    # drawing between two ticks interpolates
    camera.jump_to(500, 500)
    camera.follow(600, 500, 1 / 60)
    assert camera.at(0.0)[0] == 500 and camera.at(1.0)[0] == round(camera.x)


def test_the_canvas_scales_by_whole_numbers_with_letterboxing():
    assert letterbox((1920, 1080)) == (0, 0, 1920, 1080)
    assert letterbox((1440, 810)) == (0, 0, 1440, 810)
    assert letterbox((1600, 1000)) == (80, 95, 1440, 810)  # ×3, bars around
    assert letterbox((2560, 1080)) == (320, 0, 1920, 1080)  # ultrawide: bars at the sides
    x, y, w, h = letterbox((300, 200))  # smaller than the canvas: shrinks, keeps its shape
    assert (w, h) == (300, 168) and (x, y) == (0, 16)
