"""The cipher and the notebook (no pygame)."""

import random
import string

from game.berlin.cipher.model import (
    Notebook,
    broadcast,
    decode,
    encode,
    from_digits,
    keystream,
    normalize,
    pick_message,
    to_digits,
)
from game.content.strings import Strings

PRINTABLE = set(string.ascii_uppercase + ". ")
# the game's messages are data: the strings files, in each language
MESSAGES = [text for language in ("en", "fr")
            for text in Strings(language).section("minigames.cipher.messages").values()]


def random_message(rng):
    words = ["".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(1, 9)))
             for _ in range(rng.randint(1, 8))]
    text = " ".join(words)
    if rng.random() < 0.3:
        text += "."
    return text


def random_key(rng):
    return "".join(rng.choice(string.digits) for _ in range(rng.randint(1, 10)))


def test_groups_are_five_digits():
    groups = encode("DROP TUESDAY CHURCHYARD EAST WALL", "09171417")
    assert groups and all(len(g) == 5 and g.isdigit() for g in groups)


def test_known_checkerboard_values():
    assert to_digits("ET") == "01"
    assert to_digits("B") == "20"
    assert to_digits("Z") == "67"
    assert to_digits(". ") == "68"  # the trailing space is normalised away
    assert from_digits("0120") == "ETB"


def test_round_trip_for_the_game_messages():
    for message in MESSAGES:
        for key in ("09171417", "1", "55555", "0"):
            assert decode(encode(message, key), key) == normalize(message)


def test_round_trip_property_many_random_messages_and_keys():
    rng = random.Random(1961)
    for _ in range(2000):
        message, key = random_message(rng), random_key(rng)
        assert decode(encode(message, key), key) == normalize(message)


def test_wrong_key_reads_as_different_printable_text():
    rng = random.Random(4)
    for _ in range(1000):
        message = normalize(rng.choice(MESSAGES))
        key = "".join(rng.choice(string.digits) for _ in range(8))
        wrong = list(key)
        i = rng.randrange(8)
        wrong[i] = str((int(wrong[i]) + rng.randint(1, 9)) % 10)
        wrong = "".join(wrong)
        text = decode(encode(message, key), wrong)
        assert text != message
        assert set(text) <= PRINTABLE


def test_any_digits_decode_without_crashing():
    rng = random.Random(5)
    for _ in range(500):
        groups = ["".join(rng.choice(string.digits) for _ in range(5)) for _ in range(rng.randint(0, 12))]
        text = decode(groups, random_key(rng))
        assert set(text) <= PRINTABLE
    assert decode([], "123") == ""
    assert decode(["12 34", "x9"], "") == decode(["1234", "9"], "")  # stray characters ignored


def test_keystream_is_chain_addition():
    assert keystream("12345", 10) == [1, 2, 3, 4, 5, 3, 5, 7, 9, 8]
    assert keystream("", 3) == [0, 0, 0]
    assert keystream("7", 3) == [7, 7, 7]


def test_pick_message_is_seeded():
    assert pick_message(3, MESSAGES) == pick_message(3, MESSAGES)
    assert pick_message(3, MESSAGES) in MESSAGES
    message, groups = broadcast(3, "09171417", MESSAGES)
    assert decode(groups, "09171417") == message == normalize(pick_message(3, MESSAGES))
    named = {"a": "ONE", "b": "TWO"}
    assert pick_message(3, named) in named.values()


def test_accents_and_apostrophes_are_sent_as_the_checkerboard_can():
    assert normalize("Dépôt à l'est de la chapelle.") == "DEPOT A L EST DE LA CHAPELLE."
    assert normalize("Œuvre, Straße") == "OEUVRE STRASSE"
    assert all(set(normalize(m)) <= PRINTABLE for m in MESSAGES)


def test_the_messages_name_the_place_of_the_drop_in_each_language():
    """The dead drop is the loose stone in the churchyard's wall east of the chapel: every
    message says so, in English and in French, and none sends him to a brick or a gate."""
    for language, words in (("en", ("CHURCHYARD", "LOOSE STONE", "CHAPEL")),
                            ("fr", ("CIMETIERE", "PIERRE DESCELLEE", "CHAPELLE"))):
        messages = Strings(language).section("minigames.cipher.messages")
        assert len(messages) >= 3
        for text in map(normalize, messages.values()):
            assert all(word in text for word in words), text
            assert "BRICK" not in text and "BRIQUE" not in text and "EAST GATE" not in text, text


def _notebook(message="DROP TUESDAY CHURCHYARD EAST WALL", key="09171417", **kw):
    return Notebook(encode(message, key), key, **kw)


def test_notebook_setting_the_key_solves_it():
    book = _notebook()
    assert not book.solved and book.outcome is None
    for digit in "0917141":
        book.type_digit(digit)
        assert not book.solved
    book.type_digit("7")
    assert book.solved
    assert book.decoded == "DROP TUESDAY CHURCHYARD EAST WALL"
    book.type_digit("3")  # the key is full: ignored
    assert book.entered == "09171417"
    assert book.submit() == "won"


def test_notebook_wrong_reading_is_kept_and_retry_works():
    book = _notebook()
    book.set_key("09171418")
    assert not book.solved and book.reading is None  # nothing is read before Decode
    assert book.submit() == "lost"
    assert book.reading and book.reading != book.message
    book.reset()
    assert book.outcome is None and book.entered == ""
    book.set_key("09171417")
    assert book.submit() == "won"


def test_notebook_backspace_and_clue_object():
    class Clue:
        key = "0917-1417"
    book = Notebook(encode("MEET AT NINE", "09171417"), Clue())
    assert book.key_length == 8
    book.set_key("09171419")
    book.backspace()
    book.type_digit("7")
    assert book.solved


def test_notebook_assist_hints_and_marks():
    book = _notebook(assist=True)
    book.set_key("19")
    assert book.digit_marks() == [False, True]
    assert book.hint() == "0"  # fixes the first wrong digit
    while not book.solved:
        assert book.hint() is not None
    assert book.entered == "09171417"
    plain = _notebook()
    assert plain.hint() is None and plain.digit_marks() is None
