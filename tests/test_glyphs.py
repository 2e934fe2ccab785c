"""The fonts cover Europe's Latin alphabets, and `missing_glyphs` says what they lack."""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import sys  # noqa: E402
import unicodedata  # noqa: E402
from pathlib import Path  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.content.errors import ContentError  # noqa: E402
from game.content.glyphs import drawable, missing_glyphs  # noqa: E402
from game.render.text import BitmapFont  # noqa: E402

# A sentence or two of each language (pangrams where there is one), with the capitals
# that carry its marks. They are rendered in tests and by hand when the font changes.
SAMPLES = {
    "pl": "Zażółć gęślą jaźń. Łódź, Śląsk, Żółw i Ćma: źdźbło trawy w Gdańsku. ŻÓŁĆ GĘŚLĄ JAŹŃ.",
    "cs": "Příliš žluťoučký kůň úpěl ďábelské ódy. Řekl, že Černá hora je daleko. PŘÍLIŠ ŽLUŤOUČKÝ KŮŇ.",
    "sk": "Kŕdeľ šťastných ďatľov učí pri ústí Váhu mĺkveho koňa obhrýzať kôru a žrať čerstvé mäso. ĽUDOVÍT.",
    "hu": "Árvíztűrő tükörfúrógép. ÁRVÍZTŰRŐ TÜKÖRFÚRÓGÉP. Őszintén szólva, Ügyes Ödön.",
    "tr": "Iğdır. Pijamalı hasta yağız şoföre çabucak güvendi. İstanbul'da Ağustos; ŞOFÖR GÜVENDİ.",
    "lv": "Glāžšķūņa rūķīši dzērumā čiepj Baha koncertflīģeļu vākus. Ķēniņš, Ļoti, Ņemas, Ģimenē, Ŗ.",
    "lt": "Įlinkdama fechtuotojo špaga sublykčiojusi pragręžė apvalų arbūzą. Ąžuolas, Ėglė, Ūla, Ų.",
    "mt": "Ħaż-Żebbuġ, Ħal Għargħur, Ġgantija, iċ-Ċirkewwa u ż-Żurrieq.",
    "ro": "Muzicologă în bej vând whisky și tequila, preț fix. Ștefan, Țara Românească, Înger, Ă.",
    "hr": "Gojazni đačić s biciklom drži hmelj i finu vatu uz džep nošnje. Đakovo, Čakovec, Ćićarija.",
    "sl": "Šerif bo za vajo spet kuhal domače žgance.",
    "et": "Põdur Zagrebi tšellomängija-följetonist Ciqo külmetas kehvas garaažis. Õun, Šokk, Žürii.",
    "eo": "Eĥoŝanĝo ĉiuĵaŭde. Ĉu Ĝi? Ĥoro, Ĵaŭdo, Ŝi, Ŭ.",
    "de": "Falsches Üben von Xylophonmusik quält jeden größeren Zwerg. „Ärger“, sagte er, ‚Öl‘. STRAẞE.",
    "fr": "Dès Noël, où un zéphyr haï me vêt de glaçons würmiens, je dîne d’exquis rôtis de bœuf au kir "
          "à l’aÿ d’âge mûr & cætera. « Ça, c’est l’Été ! » À Œ Ÿ Æ",
    "es": "¿Dónde está el pingüino? ¡Señor Ñandú, el 1.º y la 2.ª!",
    "pt": "À noite, vovô Kowalsky vê o ímã cair no pé do pinguim queixoso e vovó põe açúcar no chá.",
    "is": "Kæmi ný öxi hér, ykist þjófum nú bæði víl og ádrepa. Þórður, Ðóri.",
    "da": "Høj bly gom vandt fræk sexquiz på wc. Åse, Øre, Æble.",
    "sv": "Flygande bäckasiner söka hwila på mjuka tuvor. Åsa, Ängel, Öga.",
    "ca": "Jove xef, porti whisky amb quinze glaçons d'hidrogen, coi! Col·lecció, il·lusió.",
    "cy": "Mae'r ŵyn yn y cae ŷd. Ŵy, Ŷ.",
}

LATIN_EXTENDED_A = [chr(c) for c in range(0x100, 0x180)]
LATIN_1_LETTERS = [chr(c) for c in range(0xA0, 0x100) if unicodedata.category(chr(c)).startswith("L")]
# What prose in a European language is set with, beyond ASCII.
PUNCTUATION = "«»‹›„“”‚‘’–—…·¿¡"


@pytest.fixture(scope="module", params=["text", "title"])
def face(request):
    return request.param


def bitmap(face: str) -> BitmapFont:
    return BitmapFont.load({"text": "pixel", "title": "title"}[face])


def test_a_character_outside_the_font_is_reported(face):
    assert missing_glyphs("Berlin 中 1983", face) == {"中"}
    # a decomposed accent, a carriage return, a replacement box already in the text
    assert missing_glyphs("e\u0301\r\ufffd", face) == {"\u0301", "\r", "\ufffd"}
    assert missing_glyphs("", face) == set()


def test_every_letter_of_latin_1_and_latin_extended_a_is_drawn(face):
    assert missing_glyphs("".join(LATIN_EXTENDED_A + LATIN_1_LETTERS), face) == set()
    assert missing_glyphs(PUNCTUATION + "ȘșȚț", face) == set()
    assert missing_glyphs(" \u00a0\u202f\n", face) == set()


def test_missing_glyphs_agrees_with_what_the_renderer_draws(face):
    font = bitmap(face)
    for code in range(0x20, 0x2200):
        char = chr(code)
        assert (char in drawable(face)) == (font.has_glyph(char) and char != "\ufffd"), char


def test_a_face_that_does_not_exist_or_does_not_load_is_named(tmp_path):
    with pytest.raises(ValueError, match="unknown font face 'bold'"):
        missing_glyphs("a", face="bold")
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "pixel.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ContentError, match="pixel.json"):
        drawable("text", tmp_path)
    with pytest.raises(ContentError, match="title.json: font missing"):
        drawable("title", tmp_path)


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_every_sample_language_renders_without_a_missing_glyph(lang, capsys):
    text = SAMPLES[lang]
    assert missing_glyphs(text) == set()
    font = BitmapFont()
    surface = font.render(text, (255, 255, 255))
    assert "no glyph" not in capsys.readouterr().err
    assert surface.get_width() == font.size(text)[0] > 100
    # the title face too, for a chapter or ending title in that language
    assert missing_glyphs(text.upper().replace("&", ""), "title") == set()


def test_no_two_letters_look_the_same(face):
    """Each letter has its own picture: a mark that came out like another (a double acute
    drawn as the tilde, a breve as the caron) would make two letters one."""
    font = bitmap(face)
    letters = [c for c in map(chr, range(0x41, 0x2000)) if c.isalpha() and font.has_glyph(c)]
    seen: dict[bytes, str] = {}
    same_shape = {"Đ": "Ð"}  # Croatian D with stroke and Icelandic eth are one shape
    for letter in letters:
        image = font.render(letter, (255, 255, 255))
        key = bytes(str(image.get_size()), "ascii") + pygame.image.tobytes(image, "RGBA")
        other = seen.setdefault(key, letter)
        assert other == letter or same_shape.get(letter) == other or same_shape.get(other) == letter, \
            f"{letter!r} looks like {other!r}"


def test_a_missing_character_shows_the_replacement_box_and_is_said_once(capsys):
    font = BitmapFont()
    box = pygame.mask.from_surface(font.render("\ufffd", (255, 255, 255))).count()
    assert pygame.mask.from_surface(font.render("中", (255, 255, 255))).count() == box
    assert "font pixel: no glyph for '中' (U+4E2D)" in capsys.readouterr().err
    font.render("中中", (255, 255, 255))
    assert capsys.readouterr().err == ""
    # the currency sign is a glyph of its own, not the box
    assert font.has_glyph("¤")
    assert pygame.mask.from_surface(font.render("¤", (255, 255, 255))).count() != box


def test_in_a_message_box_no_line_touches_the_line_above():
    """Tails under the baseline (g, ą, ç, ş) over marks of capitals (Ř, Ů, Ő): a blank row between."""
    from game.render import hud
    from game.render.assets import Assets

    assets = Assets()
    upper, lower = "gjpqy ąęçşţ ļņģ, gjpqy; ąę", "ŘŮÉŽŐĚ ŘŮÉŽŐĚÅĹĤ ĞŞŻ ŘŮÉŽŐĚ"
    ink = (255, 0, 255)

    def inked(text: str) -> set[tuple[int, int]]:
        canvas = pygame.Surface((480, 80))
        hud.draw_message(canvas, assets, "", text, len(text), done=False, seconds=0.0, colour=ink,
                         rect=pygame.Rect(8, 8, 464, 58))
        return {(x, y) for x in range(480) for y in range(80) if canvas.get_at((x, y))[:3] == ink}

    above, below = inked(upper + "\n"), inked("\n" + lower)
    assert above and below
    touching = {(x + dx, y + dy) for x, y in above for dx in (-1, 0, 1) for dy in (-1, 0, 1)} & below
    assert not touching, sorted(touching)[:5]
