"""The import layers (README.md, "How it is built"): the model modules (game/world/, the minigames'
models) and the content loaders (game/content/) never reach game/render/ or game/scenes/; the model
modules import no pygame; none of them touches pygame's display (the window).

The imports are import-linter's to check (its contracts are in pyproject.toml); the display, which
`import pygame` alone does not show, is checked here over the modules' syntax trees.
"""

import ast
import contextlib
import io
from pathlib import Path

from importlinter.cli import lint_imports

from conftest import ROOT

LAYERED = ("game/world", "game/minigames", "game/content")  # keep in step with pyproject.toml's contracts


def test_the_import_contracts_are_kept():
    said = io.StringIO()
    with contextlib.redirect_stdout(said):
        code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    assert code == 0, said.getvalue()
    assert "0 broken" in said.getvalue()


def uses_of_the_display(source: str) -> list[int]:
    """The lines of `source` that reach pygame's display: `pygame.display` however pygame was imported,
    `import pygame.display`, `from pygame import display`, `from pygame.display import ...`."""
    tree = ast.parse(source)
    names = {"pygame"}  # the names pygame is known by here (import pygame as pg)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.asname for alias in node.names if alias.name == "pygame" and alias.asname}
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(alias.name.startswith("pygame.display") for alias in node.names):
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module and (
                node.module.startswith("pygame.display")
                or (node.module == "pygame" and any(alias.name == "display" for alias in node.names))):
            lines.append(node.lineno)
        elif (isinstance(node, ast.Attribute) and node.attr == "display" and isinstance(node.value, ast.Name)
              and node.value.id in names):
            lines.append(node.lineno)
    return sorted(lines)


def test_the_display_check_finds_each_way_of_reaching_the_display():
    assert uses_of_the_display("import pygame\npygame.display.get_surface()\n") == [2]
    assert uses_of_the_display("import pygame as pg\n\n\ndef f():\n    return pg.display.flip()\n") == [5]
    assert uses_of_the_display("from pygame import display\nimport pygame.display\n") == [1, 2]
    assert uses_of_the_display("from pygame.display import get_surface\n") == [1]
    assert uses_of_the_display("import pygame\npygame.image.load('x.png')\nscreen.display = 1\n") == []


def test_no_model_or_content_module_touches_pygames_display():
    found = []
    for folder in LAYERED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            found += [f"{Path(path).relative_to(ROOT)}:{line}"
                      for line in uses_of_the_display(path.read_text(encoding="utf-8"))]
    assert found == []
