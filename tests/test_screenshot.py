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
    result = run_main("--headless", "--scene", "vineyard", "--frames", "120", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert "CHAPTER: vineyard" in result.stdout
    image = pygame.image.load(str(shot))
    assert image.get_size() == (1440, 810)  # the default window: the canvas ×3
    small = pygame.transform.scale(image, (96, 54))
    colours = {small.get_at((x, y))[:3] for x in range(96) for y in range(54)}
    assert len(colours) > 200, "the picture is nearly flat: is the map drawn?"
    mean = pygame.transform.average_color(image)
    assert mean[0] > mean[2], "late afternoon light is warm: red should outweigh blue"


def test_an_unknown_scene_is_a_clear_error():
    result = run_main("--headless", "--scene", "atlantis", "--frames", "1")
    assert result.returncode == 2
    assert "maps/atlantis.tmx: map not found" in result.stderr


def test_the_content_check_passes_on_the_repository():
    result = run_main("--check")
    assert result.returncode == 0, result.stdout
    assert "content OK" in result.stdout
