"""Pictures and sounds checked whole before they are used: a damaged file is named, never half-drawn.

`check_png` walks a PNG's chunks (each checksum), inflates its image data and checks it holds
every row the header promises; `check_wav` reads a WAV's header and every sample it announces.
Loading (fonts, UI art, sprites, tilesets, sounds) and `--check` both go through these, so the
game refuses exactly what the check reports. Each problem is a ContentError naming the file.
"""

from __future__ import annotations

import struct
import wave
import zlib
from pathlib import Path

from game.content.data_files import shown as _shown
from game.content.errors import ContentError
from game.core import paths

SIGNATURE = b"\x89PNG\r\n\x1a\n"
# colour type -> (samples per pixel, the bit depths it allows)
COLOUR_TYPES = {0: (1, (1, 2, 4, 8, 16)), 2: (3, (8, 16)), 3: (1, (1, 2, 4, 8)), 4: (2, (8, 16)), 6: (4, (8, 16))}
ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
LARGEST_SIDE = 16384  # pixels: SDL's limit for a texture, far beyond any picture of the game
DAMAGED = "the file is damaged or cut short"


def _read(path: Path, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise ContentError(_shown(path), None, f"{what} not found") from None
    except OSError as error:
        raise ContentError(_shown(path), None, f"{what} cannot be read ({error.strerror or error})") from None


def check_png(path: Path) -> None:
    """Raise a ContentError naming `path` unless it is a whole, undamaged PNG."""
    shown = _shown(path)
    data = _read(path, "picture")
    if not data.startswith(SIGNATURE):
        raise ContentError(shown, None, "not a PNG picture (it does not start with the PNG signature)")
    header = None
    image_data = []
    kinds = set()
    at = len(SIGNATURE)
    while True:
        if at + 8 > len(data):
            raise ContentError(shown, f"byte {at}", f"the picture ends before its IEND chunk: {DAMAGED}")
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        end = at + 8 + length + 4
        if end > len(data):
            raise ContentError(shown, f"byte {at}", f"the picture ends inside its {_name(kind)} chunk: {DAMAGED}")
        body = data[at + 8:end - 4]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[end - 4:end])[0]:
            raise ContentError(shown, f"byte {at}", f"the {_name(kind)} chunk's checksum is wrong: {DAMAGED}")
        kinds.add(kind)
        if header is None:
            if kind != b"IHDR" or length != 13:
                raise ContentError(shown, f"byte {at}", f"the first chunk is not the IHDR header: {DAMAGED}")
            header = struct.unpack(">IIBBBBB", body)
            _check_header(shown, header)
        elif kind == b"IDAT":
            image_data.append(body)
        elif kind == b"IEND":
            break
        at = end
    _check_image_data(shown, header, b"".join(image_data), b"PLTE" in kinds)


def _name(kind: bytes) -> str:
    return kind.decode("ascii", "replace")


def _check_header(shown: str, header) -> None:
    width, height, depth, colour, compression, filtering, interlace = header
    if not (0 < width <= LARGEST_SIDE and 0 < height <= LARGEST_SIDE):
        raise ContentError(shown, "IHDR", f"a picture of {width}×{height} pixels is not drawable "
                                          f"(each side 1 to {LARGEST_SIDE})")
    if colour not in COLOUR_TYPES or depth not in COLOUR_TYPES[colour][1]:
        raise ContentError(shown, "IHDR", f"colour type {colour} with {depth}-bit samples is not a valid PNG")
    if compression or filtering or interlace > 1:
        raise ContentError(shown, "IHDR", f"unknown compression, filter or interlace method: {DAMAGED}")


def _rows(header):
    """(row count, bytes per row without its filter byte) for each pass of the image data."""
    width, height, depth, colour, _, _, interlace = header
    bits = COLOUR_TYPES[colour][0] * depth
    passes = ADAM7 if interlace else ((0, 0, 1, 1),)
    for x0, y0, dx, dy in passes:
        columns, rows = -(-(width - x0) // dx), -(-(height - y0) // dy)
        if columns > 0 and rows > 0:
            yield rows, -(-(columns * bits) // 8)


def _check_image_data(shown: str, header, compressed: bytes, has_palette: bool) -> None:
    if header[3] == 3 and not has_palette:
        raise ContentError(shown, "PLTE", "a picture in palette colours without its palette (no PLTE chunk)")
    expected = sum(rows * (1 + stride) for rows, stride in _rows(header))
    inflater = zlib.decompressobj()
    try:
        pixels = inflater.decompress(compressed, expected + 1)
    except zlib.error as error:
        raise ContentError(shown, "IDAT", f"the image data does not inflate ({error}): {DAMAGED}") from None
    if len(pixels) != expected or not inflater.eof:
        raise ContentError(shown, "IDAT", f"the image data holds {len(pixels)} bytes where its {header[0]}×"
                                          f"{header[1]} pixels need {expected}: {DAMAGED}")
    at = 0
    for rows, stride in _rows(header):
        for row in range(rows):
            if pixels[at] > 4:
                raise ContentError(shown, "IDAT", f"row {row} has an unknown filter type {pixels[at]}: {DAMAGED}")
            at += 1 + stride


def beside(owner: Path, name: str) -> Path:
    """The picture a metrics file (a font's, the UI's) names: a file in the same folder, else a ContentError."""
    try:
        return paths.inside(owner.parent, name, roots=(owner.parent,))
    except paths.OutsideContent as error:
        raise ContentError(_shown(owner), "image", f"the picture {error}") from None


def load_png(path: Path):
    """The picture as a pygame Surface (not converted), after `check_png`; ContentError if it cannot be had."""
    # lazy: content/ checks pictures without pygame; only a picture the game draws needs it (~40 ms, 9 MB)
    import pygame

    check_png(path)
    try:
        return pygame.image.load(str(path))
    except (pygame.error, OSError) as error:
        raise ContentError(_shown(path), None, f"the picture could not be read: {error}") from None


def check_wav(path: Path) -> None:
    """Raise a ContentError naming `path` unless it is a whole PCM WAV: its header, then every sample."""
    shown = _shown(path)
    _read(path, "sound")  # not found / not readable, said as for a picture
    try:
        with wave.open(str(path), "rb") as sound:
            frames, width, channels = sound.getnframes(), sound.getsampwidth(), sound.getnchannels()
            held = len(sound.readframes(frames))
    except (wave.Error, EOFError, struct.error) as error:
        raise ContentError(shown, None, f"not a WAV sound the game can play ({str(error) or 'cut short'})") from None
    if held != frames * width * channels:
        raise ContentError(shown, None, f"the sound holds {held} bytes of samples where its header announces "
                                        f"{frames * width * channels}: {DAMAGED}")
