"""The Berlin games in French: played and drawn as a player would see them, every word on the
screen comes from the French strings table (assets/strings/fr.toml, [minigames]), none from the
English one."""

import re

import pytest

from game.app import App, RunOptions
from game.berlin import cards
from game.berlin.registry import GAMES, careless_for, scene_for, winner_for
from game.content.strings import Strings, load_table
from game.core.session import Session
from game.render.text import BitmapFont, french_spacing
from game.scenes import new_context

FR = Strings("fr")
EN_TABLE, FR_TABLE = load_table("en"), load_table("fr")


# the keys the cards name, as a keyboard with the default bindings shows them
KEYS = {"interact": "E", "up": "↑", "down": "↓", "left": "←", "right": "→", "back": "Retour"}


def fr(key: str, /, **values) -> str:
    return FR(f"minigames.{key}", **values)


def english_only_pieces() -> set[str]:
    """What of the English [minigames] values would show an English word on screen: each value's
    text between its {placeholders}, where long enough to mean something and not also French."""
    pieces = set()
    for key, english in EN_TABLE.items():
        if not key.startswith("minigames.") or english == FR_TABLE[key]:
            continue
        for piece in re.split(r"\{\w+\}", english):
            piece = piece.strip(" ;:,.()")
            if len(piece) >= 4 and piece not in FR_TABLE[key]:
                pieces.add(piece)
    return pieces


class Screen:
    """What an App draws: every text its fonts render, and every card the games show."""

    def __init__(self, monkeypatch):
        self.texts: list[str] = []
        self.cards: list[dict] = []
        render, draw_card = BitmapFont.render, cards.draw_card

        def spy_render(font, text, color):
            self.texts.append(text)
            return render(font, text, color)

        def spy_card(canvas, assets, title, lines, footer="", choices=None, cursor=0, dim=False, note=None):
            self.cards.append({"title": title, "lines": list(lines), "footer": footer, "choices": list(choices or []),
                               "note": list(note or [])})
            return draw_card(canvas, assets, title, lines, footer=footer, choices=choices, cursor=cursor, dim=dim,
                             note=note)

        monkeypatch.setattr(BitmapFont, "render", spy_render)
        monkeypatch.setattr(cards, "draw_card", spy_card)

    def english(self) -> list[tuple[str, str]]:
        """(English piece, the text it showed in) for every English word drawn."""
        pieces = english_only_pieces()
        return sorted({(piece, text) for text in set(self.texts) for piece in pieces if piece in text})


def french_app(language: str = "fr") -> App:
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    app.ctx.settings.language = language  # as the settings menu does, then applies it
    app.ctx.apply_language()
    return app


def start(app, game_id):
    scene = scene_for(app.ctx, game_id)
    app.ctx.scenes.clear_to(scene)
    app.ctx.scenes.apply_pending()
    return scene


def play_until(app, scene, player, until, ticks=40000, render_every=37):
    for tick in range(ticks):
        if until():
            app.render(0.5)
            return
        app.tick(player(app.ctx))
        if tick % render_every == 0:
            app.render(0.5)
    raise AssertionError(f"{scene.game_id}: not there after {ticks} ticks (phase {scene.phase})")


INTRO_KEYS = {"stakeout": ["intro_door", "intro_clock", "intro_accuse"],
              "cipher": ["intro_groups", "intro_keys", "intro_text", "intro_decode"],
              "tail": ["intro_follow", "intro_cone", "intro_check", "intro_hide"],
              "deaddrop": ["intro_swap", "intro_patrols", "intro_hold", "intro_hide"]}


@pytest.mark.parametrize("game_id", list(GAMES))
def test_the_card_the_play_and_a_won_result_are_all_in_french(monkeypatch, game_id):
    screen = Screen(monkeypatch)
    app = french_app()
    scene = start(app, game_id)
    app.render(0.0)
    intro = screen.cards[-1]
    assert intro["title"] == fr(f"{game_id}.title")
    assert intro["lines"] == [fr("how_it_works")] + [fr(f"{game_id}.{key}", entries=12, **KEYS)
                                                      for key in INTRO_KEYS[game_id]]
    assert intro["footer"] == "Appuyez sur E pour commencer"
    if game_id == "stakeout":  # the chief's note gives the shape of the courier's habits before play
        assert intro["note"] == [fr("stakeout.note_from"), fr("stakeout.note")]
        assert "journal" in intro["note"][1] and "minute après l'heure" in intro["note"][1]
    play_until(app, scene, winner_for(scene), lambda: scene.phase == "result")
    result = screen.cards[-1]
    assert scene.outcome == "won"
    assert result["title"] == "Réussi" and result["choices"] == ["Continuer"]
    assert result["lines"] == scene.success_lines() and result["lines"]
    first = {"stakeout": "Le coursier\u202f: ", "cipher": "On lit\u202f:", "tail": fr("tail.won"),
             "deaddrop": fr("deaddrop.won_swap")}[game_id]
    assert result["lines"][0].startswith(first)
    assert screen.english() == []


@pytest.mark.parametrize("game_id", list(GAMES))
def test_a_lost_game_explains_itself_in_french(monkeypatch, game_id):
    screen = Screen(monkeypatch)
    app = french_app()
    scene = start(app, game_id)
    play_until(app, scene, careless_for(scene), lambda: scene.phase == "result")
    result = screen.cards[-1]
    assert scene.outcome == "lost"
    assert result["title"] == "C'est raté"
    assert result["choices"] == ["Réessayer", "Abandonner"]
    assert result["lines"] == scene.failure_lines()
    first = result["lines"][0]
    if game_id == "stakeout":
        assert first.startswith("Trois erreurs\u202f: vous avez accusé ") and "manteau " in first
    elif game_id == "cipher":
        assert first == fr("cipher.lost_reads", key=scene.key_text)
        assert result["lines"][1].startswith("«\u202f") and result["lines"][1].endswith("\u202f»")
    elif game_id == "deaddrop" or scene.model.reason == "made":
        assert first.startswith("Repéré\u202f: ")
    else:
        assert first in (fr("tail.lost_him_1"), fr("tail.missed_1"))
    assert screen.english() == []


def test_the_stakeout_names_the_man_at_the_door_in_french(monkeypatch):
    screen = Screen(monkeypatch)
    app = french_app()
    scene = start(app, "stakeout")
    play_until(app, scene, winner_for(scene), lambda: scene.phase == "play" and scene.at_door is not None)
    event = scene.at_door
    person = scene.model.people_by_id[event.person_id]
    caption = scene.caption(event)
    build = fr(f"looks.build.{person.build}")
    coat = fr(f"looks.coat.{person.coat}")
    hat = fr(f"looks.hat.{person.hat.replace(' ', '_')}")
    doing = fr(f"looks.carrying.{event.carrying.replace(' ', '_')}")
    going = "entre" if event.direction == "in" else "sort"
    assert caption == f"{scene.label(person.id)}\u202f: {build}, manteau {coat}, {hat}, {going}, {doing}"
    assert doing.startswith("porte ") or doing == "les mains vides"
    drawn = " ".join(screen.texts)
    assert f"manteau {coat}" in drawn and going in drawn
    assert "noter" in screen.texts and "à la porte" in screen.texts
    # he is logged: the log's title and row are French
    app.tick(winner_for(scene)(app.ctx))
    play_until(app, scene, winner_for(scene), lambda: len(scene.rows) >= 1)
    row = scene.rows[0].event
    assert f"Carnet ({len(scene.rows)})" in screen.texts
    item = fr(f"looks.item.{row.carrying.replace(' ', '_')}")
    assert any(text.endswith(f"{'entre' if row.direction == 'in' else 'sort'} {item}") for text in screen.texts)
    assert screen.english() == []


def test_the_cipher_notebook_is_french(monkeypatch):
    screen = Screen(monkeypatch)
    app = french_app()
    scene = start(app, "cipher")
    play_until(app, scene, winner_for(scene), lambda: scene.phase == "play" and scene.cursor_at >= 2)
    drawn = set(screen.texts)
    assert {"Station de nombres, 23:40\u202f:", "Clé\u202f:", "On lit\u202f:", "Décoder", "chiffre"} <= drawn
    assert any(text.startswith("Tiré de mon carnet de planque, le coursier") for text in drawn)
    assert any(text.endswith("entre, journal") for text in drawn)
    assert any(text.startswith("Le mot du chef de poste") for text in drawn)
    assert screen.english() == []


def test_changing_the_language_mid_game_redraws_its_words(monkeypatch):
    screen = Screen(monkeypatch)
    app = french_app("en")
    scene = start(app, "stakeout")
    play_until(app, scene, winner_for(scene), lambda: len(scene.rows) >= 2)
    assert f"Log ({len(scene.rows)})" in screen.texts
    app.ctx.settings.language = "fr"
    app.ctx.apply_language()
    screen.texts.clear()
    app.render(0.5)
    assert f"Carnet ({len(scene.rows)})" in screen.texts
    assert screen.english() == []


def test_english_is_as_it_was_and_a_bare_context_speaks_english():
    """Logic-only runs (a bare Context, no App) get the default strings: English."""
    ctx = new_context(session=Session.new())
    stakeout = scene_for(ctx, "stakeout")
    assert stakeout.intro_lines()[0] == ("Watch the door opposite: E logs the man standing there "
                                         "(the time, in or out, what he carries).")
    assert stakeout.choice_label("retry") == "Try again"
    person = stakeout.model.people[0]
    assert stakeout.describe(person.id) == person.description  # the model's own words, in English
    cipher = scene_for(ctx, "cipher")
    assert cipher.log_heading().startswith("From my stakeout log, the courier (")
    assert cipher.display_title() == "The coded message"


def test_french_typography_in_the_games_strings():
    """Thin no-break spaces before : ; ! ? and inside « », as the rest of the French text."""
    for key, text in FR_TABLE.items():
        if key.startswith("minigames."):
            assert french_spacing(text) == text, key
            assert '"' not in text and "'?'" not in text, key


def test_the_english_check_would_see_english(monkeypatch):
    """The check above is not blind: in English, the same screens show the English words."""
    screen = Screen(monkeypatch)
    app = french_app("en")
    scene = start(app, "stakeout")
    app.render(0.0)
    play_until(app, scene, winner_for(scene), lambda: scene.phase == "play" and scene.at_door is not None)
    shown = {piece for piece, _ in screen.english()}
    assert {"How it works", "to begin", "log him", "at the door"} <= shown
    assert any(" coat" in text for text in screen.texts)
