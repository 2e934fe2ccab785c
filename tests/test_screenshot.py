"""The game runs headless from the command line and its picture is a real picture."""

import subprocess
import sys

import pygame

from conftest import ROOT


def run_main(*args, timeout=60):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


def test_the_vineyard_renders_a_full_warm_picture(tmp_path):
    shot = tmp_path / "shot.png"
    result = run_main("--headless", "--scene", "vineyard", "--frames", "60", "--screenshot", str(shot),
                      "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "CHAPTER: vineyard" in result.stdout
    image = pygame.image.load(str(shot))
    assert image.get_size() == (1440, 810)  # the default window: the canvas ×3
    small = pygame.transform.scale(image, (96, 54))
    colours = {small.get_at((x, y))[:3] for x in range(96) for y in range(54)}
    assert len(colours) > 200, "the picture is nearly flat: is the map drawn?"
    mean = pygame.transform.average_color(image)
    assert mean[0] > mean[2], "late afternoon light is warm: red should outweigh blue"


def test_an_unknown_scene_is_a_clear_error(tmp_path):
    result = run_main("--headless", "--scene", "atlantis", "--frames", "1", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "maps/atlantis.tmx: map not found" in result.stderr


def test_the_title_screen_is_the_starry_sky(tmp_path):
    shot = tmp_path / "title.png"
    result = run_main("--headless", "--frames", "150", "--screenshot", str(shot), "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    image = pygame.image.load(str(shot))
    top = pygame.transform.average_color(image, (0, 0, image.get_width(), image.get_height() // 3))
    assert top[2] > top[0] and top[2] > top[1], "the sky is a deep blue-violet"
    small = pygame.transform.scale(image, (160, 90))
    bright = sum(1 for x in range(160) for y in range(40) if sum(small.get_at((x, y))[:3]) > 330)
    assert bright > 3, "stars shine in the sky"


def test_data_dir_keeps_the_save_and_continue_starts_from_it(tmp_path):
    result = run_main("--headless", "--scene", "garden", "--frames", "30", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "save.json").is_file()
    shot = tmp_path / "continued.png"
    result = run_main("--headless", "--continue", "--frames", "60", "--screenshot", str(shot),
                      "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr
    night = pygame.transform.average_color(pygame.image.load(str(shot)))
    assert night[2] >= night[0], "continued in the night garden, not the afternoon vineyard"


def test_a_corrupt_save_does_not_stop_the_game(tmp_path):
    (tmp_path / "save.json").write_text("{ broken", encoding="utf-8")
    result = run_main("--headless", "--continue", "--frames", "10", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "damaged or cut short" in result.stderr
    assert list(tmp_path.glob("save.json.bad-*"))
