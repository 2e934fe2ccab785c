"""Reading the content's data files (TOML, JSON) with errors that name the file and the place.

A loader reads its file with `read_toml` / `read_json`, then takes each value with `field`,
which checks its type, so a file of the wrong shape is a ContentError (`file:place: message`),
never a crash deep in the game. `--check` calls the same loaders.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from game.content.errors import ContentError
from game.core.paths import relative as shown  # how messages name a data file

MISSING = object()
NAMES = {str: "text", bool: "true or false", int: "whole number", float: "number", list: "list",
         dict: "table"}


def read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ContentError(shown(path), None, "file not found") from None
    except OSError as error:
        raise ContentError(shown(path), None, f"cannot be read ({error.strerror or error})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(shown(path), None, f"not valid TOML: {error}") from error


def read_json(path: Path):
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(shown(path), None, "file not found") from None
    except OSError as error:
        raise ContentError(shown(path), None, f"cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError as error:
        raise ContentError(shown(path), None, f"not text (UTF-8): {error}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ContentError(shown(path), f"line {error.lineno}", f"not valid JSON: {error.msg}") from None
    except RecursionError:
        raise ContentError(shown(path), None, "not valid JSON: nested too deeply") from None


def type_name(value) -> str:
    return NAMES.get(type(value), type(value).__name__)


def field(path: Path, place, entry, name: str, kind: type, default=MISSING):
    """`entry[name]`, which must be of `kind` (an int is never a bool); ContentError otherwise.

    Without a default the field is required. `entry` itself must be a table (dict).
    """
    if not isinstance(entry, dict):
        raise ContentError(shown(path), place, f"must be a table, not a {type_name(entry)}")
    value = entry.get(name, default)
    if value is MISSING:
        raise ContentError(shown(path), place, f"'{name}' is missing (a {NAMES[kind]})")
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ContentError(shown(path), place, f"'{name}' must be a {NAMES[kind]}, not a {type_name(value)}")
    return value
