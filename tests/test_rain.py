"""Rain over the Berlin maps: deterministic, inside the canvas, and it draws something."""

import pygame

from game.render.rain import Rain

SIZE = (480, 270)


def run(rain: Rain, steps: int, dt: float = 1 / 60):
    for _ in range(steps):
        rain.update(dt)


def state(rain: Rain):
    return rain.drop_positions(), rain.splashes, rain.flash


def test_the_same_seed_rains_the_same_way():
    a, b = Rain(5, SIZE), Rain(5, SIZE)
    run(a, 300)
    run(b, 300)
    assert state(a) == state(b)
    c = Rain(6, SIZE)
    run(c, 300)
    assert state(c) != state(a)


def test_a_few_hundred_drops_falling_and_splashing_inside_the_canvas():
    rain = Rain(1, SIZE)
    assert 200 <= len(rain.drops) <= 600
    run(rain, 240)
    assert rain.splashes, "drops that land leave splashes"
    for x, y, *_ in rain.splashes:
        assert 0 <= x < SIZE[0] and 0 <= y <= SIZE[1] + 4
    before = rain.drop_positions()
    for x, y in before:
        assert 0 <= x < SIZE[0] and 0 <= y < SIZE[1]
    run(rain, 1)
    falls = [(y1 - y0) % SIZE[1] for (_, y0), (_, y1) in zip(before, rain.drop_positions())]
    assert all(3.5 < fall < 7 for fall in falls), "every drop falls 250-360 px a second"


def test_reduced_flashing_never_lights_the_sky():
    rain = Rain(2, SIZE, reduced_flashing=True)
    for _ in range(200 * 60 // 10):
        rain.update(0.1)
        assert rain.flash == 0.0


def test_it_draws_on_a_dummy_display(monkeypatch):
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    pygame.display.init()
    try:
        pygame.display.set_mode(SIZE)
        canvas = pygame.Surface(SIZE)
        canvas.fill((20, 24, 32))
        before = pygame.image.tobytes(canvas, "RGB")
        rain = Rain(3, SIZE)
        run(rain, 30)
        rain.draw(canvas)
        first = pygame.image.tobytes(canvas, "RGB")
        assert first != before
        canvas.fill((20, 24, 32))
        run(rain, 1)
        rain.draw(canvas)
        assert pygame.image.tobytes(canvas, "RGB") != first, "the rain moves from one frame to the next"
    finally:
        pygame.display.quit()
