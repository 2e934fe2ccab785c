"""The pixel fonts, text wrapping and the UI art (9-slice panels, key caps)."""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.render.text import NNBSP, BitmapFont, french_spacing  # noqa: E402
from game.render.ui_art import UiArt  # noqa: E402

FRENCH = ("éèêëàâäçîïôöùûüÿœæ"
          "ÉÈÊËÀÂÄÇÎÏÔÖÙÛÜŸŒÆ"
          "«»’‘“”–—…·°ßüöä")
ASCII = "".join(chr(c) for c in range(33, 127))

WORDS = ("le vieil homme regardait les vignes où la lumière dorée tombait sur les "
         "rangs de lavande; Sophie demanda : « Êtes-vous déjà allé à Berlin ? » "
         "il hésita, goûta le vin, répondit peut-être — Straße Grüße Mädchen "
         "anticonstitutionnellement œuvre cœur Noël naïf à côté élève ça "
         "surveillance courier dead-drop stakeout 1989 23:45 l'œuvre c'était").split()


@pytest.fixture(scope="module")
def font():
    return BitmapFont()


@pytest.fixture(scope="module")
def title():
    return BitmapFont.load("title")


@pytest.fixture(scope="module")
def art(font):
    return UiArt(font=font)


def test_metrics(font):
    assert font.cap_height == 7 and font.x_height == 5
    assert font.line_height >= 10
    # accented capitals rise above the cap height but stay in the cell
    assert font.height >= font.baseline + 2


@pytest.mark.parametrize("char", list(FRENCH + ASCII))
def test_every_required_character_has_a_glyph(font, char):
    assert font.has_glyph(char)
    rect, advance = font.glyph(char)
    assert rect.w > 0 and advance > rect.w - 1
    # the glyph has lit pixels in the atlas
    sub = font.atlas.subsurface(rect)
    assert pygame.mask.from_surface(sub).count() > 0


def test_accented_letters_differ_from_their_base(font):
    pairs = ["eé", "eè", "eê", "eë", "aà", "aâ", "cç", "iî", "iï", "oô", "uù", "uû", "yÿ",
             "EÉ", "EÈ", "EÊ", "AÀ", "AÂ", "CÇ", "IÎ", "OÔ", "UÙ", "UÛ"]
    for base, accented in pairs:
        a = pygame.mask.from_surface(font.render(base, (255, 255, 255)))
        b = pygame.mask.from_surface(font.render(accented, (255, 255, 255)))
        assert b.count() > a.count(), accented


def test_title_face_covers_the_chapter_titles(title):
    for text in ["Les Vignes", "The Visitor", "Dîner", "Sous les étoiles", "Berlin", "La Paix"]:
        for char in text.replace(" ", ""):
            assert title.has_glyph(char), char
    assert title.cap_height >= 11


def test_render_has_the_measured_size_and_ink(font):
    text = "Portez ce vieux whisky au juge blond qui fume"
    surface = font.render(text, (251, 246, 234))
    assert surface.get_size() == font.size(text)
    assert surface.get_width() > 100
    assert pygame.mask.from_surface(surface).count() > 100
    # multi-line text stacks by line_height
    w, h = font.size("a\nb\nc")
    assert h == 2 * font.line_height + font.height


def test_render_is_cached_and_colored(font):
    a = font.render("Berlin", (200, 90, 74))
    assert font.render("Berlin", (200, 90, 74)) is a
    colors = {a.get_at((x, y))[:3] for x in range(a.get_width()) for y in range(a.get_height())
              if a.get_at((x, y)).a == 255}
    assert colors == {(200, 90, 74)}


def test_the_cache_of_rendered_texts_stays_within_its_bytes():
    """Bounded by bytes, not by a count: an evening's lines come in every length, and a count of
    them grew by megabytes over half an hour of play (the soak)."""
    small = BitmapFont(cache_bytes=20_000)
    first = small.render("line 0", (255, 255, 255))
    for i in range(1, 200):
        small.render(f"line {i}, a little longer every time" + "." * i, (255, 255, 255))
        assert small.cache.bytes <= 20_000 or len(small.cache) == 1
    assert small.render("line 0", (255, 255, 255)) is not first  # the oldest went, and is made again
    recent = small.render("line 199, a little longer every time" + "." * 199, (255, 255, 255))
    assert small.render("line 199, a little longer every time" + "." * 199, (255, 255, 255)) is recent


def test_unknown_character_renders_the_replacement_box(font):
    unknown = "\u4e2d"  # not in the font
    assert not font.has_glyph(unknown)
    got = font.render(unknown, (255, 255, 255))
    box = font.render("\ufffd", (255, 255, 255))
    assert got.get_size() == box.get_size()
    assert pygame.mask.from_surface(got).count() == pygame.mask.from_surface(box).count() > 10
    # and inside text, nothing crashes
    assert font.size("a\u4e2db")[0] > font.size("ab")[0]


def _visible(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


def test_wrap_never_exceeds_the_width_and_loses_no_words(font):
    rng = random.Random(1234)
    for _ in range(300):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 40))]
        if rng.random() < 0.3:
            words.insert(rng.randint(0, len(words)), "\n")
        text = " ".join(words).replace(" \n ", "\n")
        width = rng.randint(20, 300)
        lines = font.wrap(text, width)
        for line in lines:
            assert font.size(line)[0] <= width, (line, width)
        assert _visible("".join(lines)) == _visible(text)


def test_wrap_breaks_long_words_and_keeps_newlines(font):
    lines = font.wrap("anticonstitutionnellement", 30)
    assert len(lines) > 1 and "".join(lines) == "anticonstitutionnellement"
    assert all(font.size(line)[0] <= 30 for line in lines)
    assert font.wrap("one\n\ntwo", 200) == ["one", "", "two"]


def test_wrap_keeps_guillemets_with_their_words(font):
    text = "Elle demanda « pourquoi ? » et il se tut"
    assert french_spacing("« Où ? »") == f"«{NNBSP}Où{NNBSP}?{NNBSP}»"
    glued = font.size(french_spacing("« pourquoi ? »"))[0]
    for width in range(glued, 200, 3):
        for line in font.wrap(text, width):
            stripped = line.strip()
            assert not stripped.startswith("»") and not stripped.startswith("?")
            assert not stripped.endswith("«")


def test_draw_with_shadow(font):
    canvas = pygame.Surface((100, 20), pygame.SRCALPHA)
    rect = font.draw(canvas, "Hé", (2, 2), (255, 255, 255), shadow=(10, 10, 10))
    assert rect.size == font.size("Hé")
    # H's left stem spans the cap rows; its shadow shows one row below the baseline
    assert canvas.get_at((rect.x, rect.y + font.cap_top)) == (255, 255, 255, 255)
    assert canvas.get_at((rect.x, rect.y + font.baseline)) == (10, 10, 10, 255)


def test_prepare_converts_after_a_display_exists():
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    fresh = BitmapFont()
    fresh.prepare()
    surface = fresh.render("ok", (255, 255, 255))
    assert surface.get_size() == fresh.size("ok")


# -- UI art ---------------------------------------------------------------------


def test_ui_sheet_names(art):
    for name in ["panel_warm", "panel_cold", "pointer_warm", "key", "pad_a", "pad_b", "pad_x",
                 "pad_y", "pad_dpad", "pad_start", "cursor", "more"]:
        assert name in art.rects
        assert pygame.mask.from_surface(art.image(name)).count() > 0


@pytest.mark.parametrize("size", [(15, 15), (40, 20), (120, 48), (464, 78), (33, 100)])
@pytest.mark.parametrize("style", ["warm", "cold"])
def test_panel_nine_slice_borders(art, size, style):
    w, h = size
    canvas = pygame.Surface((w + 10, h + 10), pygame.SRCALPHA)
    canvas.fill((0, 0, 0, 0))
    inner = art.draw_panel(canvas, pygame.Rect(5, 5, w, h), style)
    src = art.image(f"panel_{style}")
    sw, sh = src.get_size()
    left, top, right, bottom = art.panel_border(style)
    # the four corners are copied pixel for pixel
    for sx, sy, dx, dy in [(0, 0, 5, 5), (sw - right, 0, 5 + w - right, 5), (0, sh - bottom, 5, 5 + h - bottom),
                           (sw - right, sh - bottom, 5 + w - right, 5 + h - bottom)]:
        for y in range(top):
            for x in range(left):
                assert canvas.get_at((dx + x, dy + y)) == src.get_at((sx + x, sy + y))
    # edges repeat the source's middle column / row all along
    mid_x, mid_y = left, top
    for x in range(5 + left, 5 + w - right):
        for y in range(top):
            assert canvas.get_at((x, 5 + y)) == src.get_at((mid_x, y))
            assert canvas.get_at((x, 5 + h - bottom + y)) == src.get_at((mid_x, sh - bottom + y))
    for y in range(5 + top, 5 + h - bottom):
        for x in range(left):
            assert canvas.get_at((5 + x, y)) == src.get_at((x, mid_y))
            assert canvas.get_at((5 + w - right + x, y)) == src.get_at((sw - right + x, mid_y))
    # the fill is opaque (nothing behind a box reads through it) and dark; nothing is drawn outside the rect
    if w > left + right and h > top + bottom:
        fill = canvas.get_at((5 + w // 2, 5 + h // 2))
        assert fill.a == 255 and sum(fill[:3]) < 300
    assert canvas.get_at((2, 2)).a == 0 and canvas.get_at((w + 7, h + 7)).a == 0
    assert inner.w <= w and inner.h <= h and canvas.get_rect().contains(inner)


def test_panels_of_every_size_stay_within_the_cache_budget():
    """A menu's panel takes the width of what it holds, so over an evening it is drawn at many sizes;
    the cache keeps the recent ones, within its bytes, and a panel made again looks the same."""
    art = UiArt(cache_bytes=200_000)
    first = art.panel((300, 150))
    kept = pygame.image.tobytes(first, "RGBA")
    for width in range(100, 400, 7):
        art.panel((width, 120), "cold")
        assert art.cache.bytes <= 200_000
    again = art.panel((300, 150))
    assert again is not first and pygame.image.tobytes(again, "RGBA") == kept
    assert art.panel((300, 150)) is again


def test_keycaps_and_pad_buttons(art, font):
    small = art.keycap("E")
    wide = art.keycap("Enter")
    assert small.get_height() == wide.get_height()
    assert wide.get_width() >= font.size("Enter")[0] + 4 > small.get_width()
    assert art.keycap("E") is small
    for name in ["A", "B", "X", "Y", "dpad", "start"]:
        assert art.pad_button(name).get_width() > 5
    with pytest.raises(KeyError):
        art.pad_button("Z")


def test_generators_are_deterministic(tmp_path):
    from assets.scripts import font as font_script
    from assets.scripts import ui as ui_script

    first = font_script.generate(tmp_path / "one") + ui_script.generate(tmp_path / "one")
    second = font_script.generate(tmp_path / "two") + ui_script.generate(tmp_path / "two")
    for a, b in zip(first, second):
        assert a.relative_to(tmp_path / "one") == b.relative_to(tmp_path / "two")
        if a.suffix == ".json":
            assert a.read_bytes() == b.read_bytes()
            json.loads(a.read_text(encoding="utf-8"))
        else:
            ia, ib = pygame.image.load(str(a)), pygame.image.load(str(b))
            assert pygame.image.tobytes(ia, "RGBA") == pygame.image.tobytes(ib, "RGBA")
    # and the repo's committed assets are what the scripts make
    for path in first:
        repo_file = ROOT / path.relative_to(tmp_path / "one")
        if path.suffix == ".json":
            assert repo_file.read_bytes() == path.read_bytes(), repo_file


def test_a_typing_message_shows_exactly_the_typed_characters():
    """The message box lays its text out once and reveals it as it types: after n characters
    the box must look as if only those n had been written."""
    from game.render import hud
    from game.render.assets import Assets

    assets = Assets()
    text = "Il y a des vignes plus vieilles que moi,\net des secrets aussi."
    lines = text.split("\n")  # short enough that each is one line of the box

    def box(shown_text: str, shown: int) -> bytes:
        canvas = pygame.Surface((480, 270))
        canvas.fill((10, 10, 10))
        hud.draw_message(canvas, assets, "Stéphane", shown_text, shown, done=False, seconds=0.0,
                         rect=pygame.Rect(8, 190, 464, 72))
        return pygame.image.tobytes(canvas, "RGB")

    for shown in (1, 7, len(lines[0]) - 1, len(lines[0]) + 1 + 4):
        typed = box(text, shown)
        # the same characters written out whole, kept on the same lines as in the full text
        prefix = lines[0][:shown] if shown <= len(lines[0]) else lines[0] + "\n" + lines[1][:shown - len(lines[0]) - 1]
        assert typed == box(prefix, len(prefix)), f"after {shown} characters"
    assert box(text, 5) != box(text, 6)
