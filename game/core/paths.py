"""Where the game's content lives, relative to the package (never the working directory).

In a checkout (`python main.py`, an editable install) assets/ and maps/ are the repository's,
beside game/, read in place (a map saved in Tiled is reloaded from there). An installed wheel and
the packaged build carry them inside the game package itself, as game/assets/ and game/maps/
(pyproject.toml's [tool.hatch...] and game/tools/package.py put them there).

Every name that content or a replay gives (a map, a tileset, a sprite, a font's picture,
a sound) becomes a file through `inside`, so none can reach a file outside the game's
folders. A `.tmx` path typed on the command line is the one file taken from elsewhere.
"""

from pathlib import Path


def _content_root() -> Path:
    """The folder holding assets/ and maps/: the game package when it carries them, else the checkout.

    The package is found from this file (as importlib.resources would: the game is always installed
    as files on disk, and reads its content by path), without importlib.resources' imports at start-up.
    """
    package = Path(__file__).resolve().parents[1]
    return package if (package / "maps").is_dir() else package.parent


ROOT = _content_root()
ASSETS = ROOT / "assets"
MAPS = ROOT / "maps"
SPRITES = ASSETS / "sprites"
CONTENT = (MAPS, ASSETS)


class OutsideContent(ValueError):
    """A name that leads outside the folders it may be looked up in. The message shows only the name."""


def inside(base: Path, name: str, roots=CONTENT) -> Path:
    """`base / name`, resolved, when it lies in one of `roots` (by default maps/ and assets/).

    `..`, an absolute name and a link all count where they lead. Anything else is refused
    with OutsideContent, whose message names nothing of the file system but the name itself.
    """
    try:
        path = (Path(base) / name).resolve()
        if any(path.is_relative_to(Path(root).resolve()) for root in roots):
            return path
    except (OSError, RuntimeError, ValueError):  # a NUL, a name too long, a loop of links
        raise OutsideContent(f"{str(name)!r} is not a usable file name") from None
    raise OutsideContent(f"{str(name)!r} leads outside the game's folders (names are looked up in maps/ "
                         "and assets/ only)")


def relative(path: Path) -> str:
    """A path as a person would type it from the project folder, when it is inside it."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)
