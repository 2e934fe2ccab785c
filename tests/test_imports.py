"""The import rules of game/ (README.md, "How it is built"), in one place:
- the layers: the model modules (game/world/, game/minigames/, each Berlin game's model.py) and the content loaders
  (game/content/) never reach game/render/ or game/scenes/, even through another module, and the model
  modules import no pygame themselves: import-linter's contracts in pyproject.toml; none of them touches
  pygame's display (the window), which `import pygame` alone does not show: an ast check here;
- no import cycle among game's modules (imports inside functions count: they are the usual way a cycle
  hides);
- imports at the top: an import inside a function says why it waits (`# lazy:`, what it saves, measured).
An import under `if TYPE_CHECKING:` is for annotations only and counts for none of these (pyproject.toml
tells import-linter the same: exclude_type_checking_imports).
"""

import ast
import contextlib
import io
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "game"
# the model and content modules, as globs: keep in step with pyproject.toml's contracts
LAYERED = ("game/world/**/*.py", "game/minigames/**/*.py", "game/content/**/*.py", "game/berlin/*/model.py")


def modules() -> dict[str, Path]:
    found = {}
    for path in (ROOT / PACKAGE).rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def imports_of(name: str, path: Path, known: dict[str, Path]):
    """Each game module that `name` imports; those under `if TYPE_CHECKING:` are for annotations only
    and do not count."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(inner) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and "TYPE_CHECKING" in ast.unparse(node.test) for branch in node.body for inner in ast.walk(branch)}
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(tree):
        if id(node) in typing_only or not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                yield target


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_finder_sees_a_cycle_made_by_an_import_inside_a_function():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_in_game():
    known = modules()
    graph = {name: set(imports_of(name, path, known)) for name, path in known.items()}
    assert cycles(graph) == []


def test_an_import_inside_a_function_says_why_it_waits():
    unexplained = []
    for path in modules().values():
        lines = path.read_text(encoding="utf-8").splitlines()
        tree = ast.parse("\n".join(lines))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                said = " ".join(lines[max(0, getattr(node, "lineno", 1) - 3):getattr(node, "end_lineno", 0)])
                if isinstance(node, (ast.Import, ast.ImportFrom)) and "lazy:" not in said:
                    unexplained.append(f"{path.relative_to(ROOT)}:{node.lineno}: {lines[node.lineno - 1].strip()}")
    assert sorted(set(unexplained)) == []


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
    for pattern in LAYERED:
        for path in sorted(ROOT.glob(pattern)):
            found += [f"{Path(path).relative_to(ROOT)}:{line}"
                      for line in uses_of_the_display(path.read_text(encoding="utf-8"))]
    assert found == []
