"""Pictures and sounds are checked whole (game/content/media.py): every kind of good PNG passes,
and a damaged one is named with what is wrong, before pygame ever half-reads it."""

import struct
import wave
import zlib

import pygame
import pytest

from game.content.errors import ContentError
from game.content.media import ADAM7, check_png, check_wav, load_png


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width, height, colour, depth, interlace=0, palette=None, filter_type=0) -> bytes:
    """A PNG made byte by byte (pygame writes only one kind): every pass's rows, each with its filter byte."""
    samples = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    passes = ADAM7 if interlace else ((0, 0, 1, 1),)
    raw = b""
    for x0, y0, dx, dy in passes:
        columns, rows = -(-(width - x0) // dx), -(-(height - y0) // dy)
        if columns > 0 and rows > 0:
            stride = -(-(columns * samples * depth) // 8)
            raw += (bytes([filter_type]) + bytes(stride)) * rows
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, interlace)
    body = chunk(b"IHDR", header)
    if palette is not None:
        body += chunk(b"PLTE", palette)
    return b"\x89PNG\r\n\x1a\n" + body + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


GOOD = {
    "rgba": png(5, 3, 6, 8),
    "rgb 16-bit": png(4, 4, 2, 16),
    "grey 1-bit": png(9, 2, 0, 1),
    "grey+alpha": png(3, 7, 4, 8),
    "palette 4-bit": png(6, 5, 3, 4, palette=bytes(range(48))),
    "interlaced": png(11, 9, 6, 8, interlace=1),
    "interlaced, 1 pixel": png(1, 1, 2, 8, interlace=1),
}


@pytest.mark.parametrize("name", GOOD)
def test_every_kind_of_good_png_passes_and_loads(tmp_path, name):
    path = tmp_path / f"{name}.png"
    path.write_bytes(GOOD[name])
    check_png(path)
    width, height = struct.unpack(">II", GOOD[name][16:24])
    assert load_png(path).get_size() == (width, height)


def test_the_games_own_pictures_as_pygame_writes_them(tmp_path):
    surface = pygame.Surface((13, 7), pygame.SRCALPHA)
    surface.fill((200, 100, 50, 128))
    pygame.image.save(surface, str(tmp_path / "made.png"))
    check_png(tmp_path / "made.png")


def damaged(data: bytes) -> dict[str, bytes]:
    middle = bytearray(data)
    middle[len(data) // 2] ^= 0x40
    return {
        "cut in half": data[: len(data) // 2],
        "without IEND": data[:-12],
        "a byte changed": bytes(middle),
        "not a PNG": b"GIF89a" + data[6:],
        "empty": b"",
    }


@pytest.mark.parametrize("damage", ["cut in half", "without IEND", "a byte changed", "not a PNG", "empty"])
def test_a_damaged_png_is_named_with_what_is_wrong(tmp_path, damage):
    path = tmp_path / "sheet.png"
    path.write_bytes(damaged(GOOD["interlaced"])[damage])
    with pytest.raises(ContentError) as error:
        load_png(path)
    assert error.value.file == str(path)
    assert "damaged" in error.value.message or "not a PNG" in error.value.message


@pytest.mark.parametrize("problem, data", [
    ("need", png(5, 3, 6, 8)[:33] + chunk(b"IDAT", zlib.compress(b"\0" * 10)) + chunk(b"IEND", b"")),
    ("unknown filter type 9", png(5, 3, 6, 8, filter_type=9)),
    ("without its palette", png(6, 5, 3, 4)),
    ("colour type 2 with 4-bit", png(4, 4, 2, 4)),
])
def test_a_png_whose_checksums_agree_but_whose_pixels_do_not_is_refused(tmp_path, problem, data):
    path = tmp_path / "odd.png"
    path.write_bytes(data)
    with pytest.raises(ContentError) as error:
        check_png(path)
    assert problem in str(error.value)


def write_wav(path, frames: int = 100) -> bytes:
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(22050)
        sound.writeframes(b"\1\0" * frames)
    return path.read_bytes()


def test_a_whole_wav_passes_and_a_cut_or_foreign_one_is_named(tmp_path):
    data = write_wav(tmp_path / "good.wav")
    check_wav(tmp_path / "good.wav")
    for name, bad in {"cut": data[:-50], "header": data[:20], "text": b"hello"}.items():
        path = tmp_path / f"{name}.wav"
        path.write_bytes(bad)
        with pytest.raises(ContentError) as error:
            check_wav(path)
        assert error.value.file == str(path)


def test_a_cut_wav_is_silent_and_reported_once_in_play(tmp_path):
    from game.core.audio import Audio

    (tmp_path / "knock.wav").write_bytes(write_wav(tmp_path / "knock.wav")[:-50])
    messages = []
    audio = Audio.create(sounds_dir=tmp_path, report=messages.append)
    try:
        audio.play("knock")
        audio.play("knock")
        if audio.available:
            assert len(messages) == 1 and "knock.wav" in messages[0] and "announces" in messages[0]
    finally:
        audio.close()
