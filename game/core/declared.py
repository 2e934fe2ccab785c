"""Structures read from files (a save, the settings, a replay's header), checked against their declarations.

A structure is a dataclass or a msgspec Struct whose annotations say what each field may hold:
`Literal[...]` for a choice, `Annotated[..., Meta(...)]` for a range, a length or a pattern (its
`description` says it in words), and `__post_init__` for the rare rule no type can say (it raises
`refuse(field, why)`). msgspec checks a value against all of it at once, and `conform` turns its
verdict into the field and the reason in words, for messages that name both.
"""

from __future__ import annotations

import re
import typing

import msgspec

# msgspec's messages: "Expected `float`, got `bool` - at `$.x`", "Object missing required field `x` - at `$.start`"
_AT = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_MISSING = re.compile(r"^Object missing required field `(?P<name>[^`]+)`$")
_REFUSED = re.compile(r"^`(?P<name>[^`]+)` (?P<why>.*)$", re.S)
_TYPE = re.compile(r"`([\w |]+)`")
WORDS = {"str": "text", "int": "a whole number", "float": "a number", "bool": "true or false", "null": "nothing",
         "array": "a list", "object": "a table"}


class Invalid(ValueError):
    """A value that does not fit its declaration: `field` names it ("x", "start.continue", "items[1]";
    "" for the whole structure); `reason` says what is wrong ("missing", or what it must be)."""

    def __init__(self, field: str, reason: str):
        super().__init__(f"{field or 'it'}: {reason}")
        self.field = field
        self.reason = reason


def conform(data, kind):
    """`data` (JSON's or TOML's values) as a `kind`, checked against its declaration; or Invalid.

    Text anywhere in it must be writable back as UTF-8 (see `unwritable`) whatever its declaration."""
    where = unwritable(data)
    if where is not None:
        raise Invalid(where, "holds text that cannot be written back (a lone surrogate)")
    try:
        return msgspec.convert(data, kind)
    except msgspec.ValidationError as error:
        raise _invalid(str(error), kind) from None


def refuse(field: str, why: str) -> ValueError:
    """For `__post_init__`: the error that says a field breaks a rule the types cannot say."""
    return ValueError(f"`{field}` {why}")


def writable(text: str) -> bool:
    """Whether text can be written back as UTF-8: JSON's \\ud800 escapes give lone surrogates it cannot hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def unwritable(data, path: str = "") -> str | None:
    """Where in `data` (nested lists and tables) text that is not `writable` lies ("items[1]"), or None."""
    if isinstance(data, str):
        return None if writable(data) else path
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str) and not writable(key):
                return path or "a field's name"  # a name in the table
            found = unwritable(value, _join(path, str(key)))
            if found is not None:
                return found
    if isinstance(data, list):
        for index, value in enumerate(data):
            found = unwritable(value, f"{path}[{index}]")
            if found is not None:
                return found
    return None


def _invalid(message: str, kind) -> Invalid:
    at = _AT.search(message)
    path = at.group("path").removeprefix(".") if at else ""
    message = message[:at.start()] if at else message
    missing, refused = _MISSING.match(message), _REFUSED.match(message)
    if missing:
        return Invalid(_join(path, missing.group("name")), "missing")
    if refused:
        return Invalid(_join(path, refused.group("name")), refused.group("why"))
    declared = _declared(kind, path)
    if declared is not None:
        return Invalid(path, declared)
    return Invalid(path, _TYPE.sub(_in_words, message[:1].lower() + message[1:]))


def _in_words(match) -> str:
    """A type as msgspec names it (`str | null`), in words (text or nothing)."""
    return " or ".join(WORDS.get(name, name) for name in match.group(1).split(" | "))


def _declared(kind, path: str) -> str | None:
    """What a field must be, in the words of its declaration (its choices, its Meta's description), when
    the field is one of `kind`'s own or of a structure within it; None if they say nothing."""
    hint = kind
    for name in path.split(".") if path else ():
        try:
            hint = typing.get_type_hints(hint, include_extras=True)[name]
        except (KeyError, TypeError, NameError):
            return None
    if typing.get_origin(hint) is typing.Literal:
        return "it must be one of " + ", ".join(str(choice) for choice in typing.get_args(hint))
    if typing.get_origin(hint) is typing.Annotated:
        descriptions = [meta.description for meta in typing.get_args(hint)[1:]
                        if isinstance(meta, msgspec.Meta) and meta.description]
        if descriptions:
            return f"it must be {descriptions[0]}"
    return None


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
