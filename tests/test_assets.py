"""The committed art is exactly what the project's scripts make, pixel for pixel."""

from pathlib import Path

import pygame
import pytest

from assets.scripts.build_all import GENERATORS, OUTPUTS, ROOT, generator_modules


def pixels(path: Path) -> tuple[tuple[int, int], bytes]:
    image = pygame.image.load(str(path))
    return image.get_size(), pygame.image.tobytes(image, "RGBA")


@pytest.mark.parametrize("module", generator_modules(), ids=GENERATORS)
def test_generated_files_match_the_committed_ones(module, tmp_path):
    written = module.generate(tmp_path)
    assert written, f"{module.__name__} wrote nothing"
    for path in written:
        relative = path.relative_to(tmp_path)
        committed = ROOT / relative
        assert committed.is_file(), f"{relative} is generated but not committed"
        if path.suffix == ".png":
            assert pixels(path) == pixels(committed), f"{relative} differs from what {module.__name__} makes"
        else:
            assert path.read_bytes() == committed.read_bytes(), f"{relative} differs from what {module.__name__} makes"
    # what maps/README.md says the script makes (build_all.OUTPUTS) is exactly what it makes
    name = module.__name__.rsplit(".", 1)[-1]
    assert name in OUTPUTS, f"{name} has no entry in OUTPUTS (assets/scripts/build_all.py): say what it writes"
    listed = {path.relative_to(ROOT) for pattern in OUTPUTS[name] for path in ROOT.glob(pattern)}
    assert {path.relative_to(tmp_path) for path in written} == listed, \
        f"{name} writes other files than OUTPUTS lists for it (assets/scripts/build_all.py)"
