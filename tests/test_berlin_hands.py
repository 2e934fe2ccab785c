"""The Berlin games in a player's hands (issue 16): the stakeout as desk work, the cipher as a
puzzle, a fair tail and dead drop, hints that name the keys. Played through intents, headless,
and judged by the state and by what is drawn."""

import pygame
import pytest

from game.app import App, RunOptions
from game.berlin import cards
from game.berlin.registry import GAMES, scene_for, winner_for
from game.berlin.scene import CARD_REST
from game.berlin.stakeout import view as stakeout_view
from game.berlin.stakeout.model import DOOR_MINUTES_PER_SECOND, MIN_LOG_ENTRIES, clock_text
from game.berlin.tail.model import LOSE_AFTER
from game.core.context import TICK
from game.core.input import InputFrame, Intent
from game.core.session import Session
from game.render.text import BitmapFont
from game.render.ui_art import UiArt
from test_minigame_scenes import street_map

NOTHING = InputFrame()


def press(intent: Intent) -> InputFrame:
    return InputFrame.of(pressed=[intent])


def new_app(language: str = "en") -> App:
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    app.ctx.settings.language = language
    app.ctx.apply_language()
    return app


def start(app, game_id, **kw):
    scene = scene_for(app.ctx, game_id, **kw)
    app.ctx.scenes.clear_to(scene)
    app.ctx.scenes.apply_pending()
    return scene


def begin(app, scene):
    """The card read (it takes Interact once it has been up CARD_REST), then Interact."""
    run(app, NOTHING, CARD_REST)
    app.tick(press(Intent.INTERACT))
    assert scene.phase == "play"


def run(app, frame, seconds):
    for _ in range(round(seconds / TICK)):
        app.tick(frame)


def until(app, scene, player, done, seconds=600):
    for _ in range(round(seconds / TICK)):
        if done():
            return
        app.tick(player(app.ctx) if callable(player) else player)
    raise AssertionError(f"{scene.game_id}: not there after {seconds} s (phase {scene.phase})")


@pytest.fixture
def drawn(monkeypatch):
    """Every text the fonts render, every key cap and pad button drawn."""
    seen = {"texts": [], "keys": [], "pads": []}
    render, keycap, pad = BitmapFont.render, UiArt.keycap, UiArt.pad_button

    def spy_render(font, text, color):
        seen["texts"].append(text)
        return render(font, text, color)

    def spy_keycap(ui, label):
        seen["keys"].append(label)
        return keycap(ui, label)

    def spy_pad(ui, name):
        seen["pads"].append(name)
        return pad(ui, name)

    monkeypatch.setattr(BitmapFont, "render", spy_render)
    monkeypatch.setattr(UiArt, "keycap", spy_keycap)
    monkeypatch.setattr(UiArt, "pad_button", spy_pad)
    return seen


def region(canvas, rect) -> bytes:
    return pygame.image.tobytes(canvas.subsurface(rect), "RGB")


# -- the stakeout -----------------------------------------------------------------------------

def test_the_chiefs_note_gives_the_shape_of_the_rule_before_play(monkeypatch):
    notes = []
    draw_card = cards.draw_card
    monkeypatch.setattr(cards, "draw_card",
                        lambda *a, **kw: notes.append(kw.get("note")) or draw_card(*a, **kw))
    app = new_app()
    scene = start(app, "stakeout")
    app.render(0.0)
    heading, words = notes[-1]
    assert "embassy" in heading
    for hint in ("newspaper", "leaves without it", "twice", "minute past the hour"):
        assert hint in words
    assert scene.phase == "intro"  # before the first minute of the day


def test_time_slows_while_someone_is_at_the_door_and_the_player_can_stop_it():
    app = new_app()
    scene = start(app, "stakeout")
    begin(app, scene)
    app.tick(press(Intent.RIGHT))
    assert scene.speed == "fast"
    until(app, scene, NOTHING, lambda: scene.at_door is not None)
    man = scene.at_door
    before = scene.model.clock
    run(app, NOTHING, 1.0)  # fast-forward, and still a crawl while he stands there
    assert scene.model.clock - before == pytest.approx(DOOR_MINUTES_PER_SECOND, abs=0.05)
    app.tick(press(Intent.LEFT))
    stopped = scene.model.clock
    run(app, NOTHING, 10.0)  # the clock stopped: he stays at the door as long as the player likes
    assert scene.speed == "paused" and scene.model.clock == stopped and scene.at_door == man
    app.tick(press(Intent.INTERACT))
    assert [row.event for row in scene.rows] == [man]
    app.tick(press(Intent.LEFT))
    run(app, NOTHING, 1.0)
    assert scene.model.clock > stopped


def name_wrong_men(app, scene, count):
    """Open the naming and name `count` men who are not the courier, by intents."""
    if not scene.accusing:
        app.tick(press(Intent.DOWN))
    assert scene.accusing
    for _ in range(count):
        wrong = next(n for n, pid in enumerate(scene.seen)
                     if pid != scene.model.solution() and pid not in scene.model.accused)
        while scene.pick != wrong:
            app.tick(press(Intent.DOWN))
            app.tick(NOTHING)
        app.tick(press(Intent.INTERACT))
        app.tick(NOTHING)


def logged_a_morning(app):
    """The stakeout, begun, with the scripted watcher's log of its first dozen men at the door."""
    scene = start(app, "stakeout")
    player = winner_for(scene)
    until(app, scene, player, lambda: len(scene.rows) >= MIN_LOG_ENTRIES and scene.at_door is None)
    return scene


def test_the_log_stays_on_screen_while_naming_the_courier(drawn):
    app = new_app()
    scene = logged_a_morning(app)
    app.tick(press(Intent.DOWN))
    assert scene.accusing
    drawn["texts"].clear()
    app.render(0.0)
    first = scene.seen[0]
    log_before = region(app.canvas, stakeout_view.LOG)
    assert f"Log: A ({len(scene.rows_of(first))})" in drawn["texts"]
    for row in scene.rows_of(first):  # his lines of the log, beside the list of men
        assert any(text.startswith(clock_text(row.event.time)) for text in drawn["texts"])
    app.tick(press(Intent.DOWN))  # the next man: the log shows his lines
    app.tick(NOTHING)
    drawn["texts"].clear()
    app.render(0.0)
    assert f"Log: B ({len(scene.rows_of(scene.seen[1]))})" in drawn["texts"]
    assert region(app.canvas, stakeout_view.LOG) != log_before


def test_not_him_shows_in_the_list_and_leaves_the_hints_alone(drawn):
    app = new_app()
    scene = logged_a_morning(app)
    app.tick(press(Intent.DOWN))
    app.render(0.0)
    hints_before = region(app.canvas, stakeout_view.CLOCK)
    name_wrong_men(app, scene, 1)
    assert scene.model.strikes == 1
    drawn["texts"].clear()
    app.render(0.0)
    assert "Not him. (1 of 3 wrong)" in drawn["texts"]
    assert region(app.canvas, stakeout_view.CLOCK) == hints_before  # the keys still read as they did


def test_reading_on_over_a_man_ruled_out_costs_nothing(drawn):
    """After "Not him" the cursor stays on him; pressing Interact again (reading on, as after any
    line) names him again: it says "Not him" again and takes no second strike."""
    app = new_app()
    scene = logged_a_morning(app)
    name_wrong_men(app, scene, 1)
    for _ in range(3):
        app.tick(press(Intent.INTERACT))
        app.tick(NOTHING)
    assert scene.model.strikes == 1 and scene.phase == "play" and scene.accusing
    drawn["texts"].clear()
    app.render(0.0)
    assert "Not him. (1 of 3 wrong)" in drawn["texts"]


def test_a_retry_keeps_what_was_logged():
    app = new_app()
    scene = logged_a_morning(app)
    rows, seen = list(scene.rows), list(scene.seen)
    name_wrong_men(app, scene, 3)
    assert scene.phase == "result" and scene.choices == ["retry", "give_up"]
    app.tick(press(Intent.INTERACT))  # Try again
    assert scene.phase == "play" and scene.attempts == 2
    assert scene.model.clock_text() == "06:00" and scene.model.strikes == 0
    assert scene.rows == rows and scene.seen == seen  # the log and its letters, as they were
    assert [r.event.person_id for r in scene.rows] == [e.person_id for e in scene.model.entries]
    app.tick(press(Intent.DOWN))  # enough in the log already: he may name the courier at once
    assert scene.accusing


def test_the_men_in_the_list_fit_their_rows():
    from game.berlin.stakeout.model import BUILDS, COATS, HATS, Person

    for build in BUILDS:
        for hat in HATS:
            for coat in COATS[:2]:
                thumb = stakeout_view.thumbnail(Person("p", coat, hat, build))
                assert thumb.get_height() <= stakeout_view.SUSPECT_ROW - 1
    line = BitmapFont().line_height  # the heading's line, then a row for each of eight men
    list_bottom = stakeout_view.VIEW.y + 7 + 4 + line + 3 + 8 * stakeout_view.SUSPECT_ROW
    assert list_bottom <= stakeout_view.VIEW.bottom - 7 - 4  # inside the panel's frame and padding


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("device", ["keyboard", "gamepad"])
def test_the_key_hints_fit_one_row_in_every_state(language, device):
    from game.render.key_hints import hint_rows

    app = new_app(language)
    app.ctx.mail.input_device = device
    scene = logged_a_morning(app)
    width = app.ctx.assets.ui().content_rect(stakeout_view.CLOCK, "cold", 4).w - 2
    states = []
    for speed in ("normal", "fast", "paused"):
        scene.speed = speed
        states.append(scene.hints())
    scene.accusing = True
    states.append(scene.hints())
    for hints in states:
        row = hint_rows(app.ctx.assets, app.ctx, hints, (255, 255, 255), width)
        assert row.get_height() <= 16, hints


def test_every_hint_names_the_key_bound_on_the_device_used_last(drawn):
    app = new_app()
    assert app.ctx.input.rebind(Intent.INTERACT, pygame.K_f) is None
    scene = start(app, "stakeout")
    app.render(0.0)
    assert scene.intro_lines()[0].startswith("Watch the door opposite: F logs")
    begin(app, scene)
    until(app, scene, NOTHING, lambda: scene.at_door is not None)
    drawn["keys"].clear()
    app.render(0.0)
    assert {"F", "←", "→"} <= set(drawn["keys"])  # log him, the clock's two keys
    assert "E" not in drawn["keys"]
    app.ctx.mail.input_device = "gamepad"
    drawn["keys"].clear()
    drawn["pads"].clear()
    app.render(0.0)
    assert {"A", "dpad"} <= set(drawn["pads"]) and drawn["keys"] == []
    assert "d-pad ←" in scene.intro_lines()[1]


# -- the cipher ---------------------------------------------------------------------------------

def set_key(app, scene, key):
    """Dial `key` in by intents, as a player does: up or down on each digit, right to the next."""
    while scene.cursor_at > 0:
        app.tick(press(Intent.LEFT))
        app.tick(NOTHING)
    for digit in key:
        while scene.digits[scene.cursor_at] != int(digit):
            app.tick(press(Intent.UP))
            app.tick(NOTHING)
        app.tick(press(Intent.RIGHT))
        app.tick(NOTHING)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_notebook_shows_his_times_never_the_key_and_reads_only_on_decode(drawn, language):
    app = new_app(language)
    scene = start(app, "cipher")
    begin(app, scene)
    key = scene.clue.key
    drawn["texts"].clear()
    app.render(0.0)
    texts = " ".join(drawn["texts"])
    for minute in scene.clue.times:  # what he needs: the courier's times from the stakeout...
        assert clock_text(minute) in texts
    assert key not in texts.replace(" ", "")  # ...but not the key they make
    set_key(app, scene, key)  # the right key, set but not yet used: nothing is read yet
    drawn["texts"].clear()
    app.render(0.0)
    texts = " ".join(drawn["texts"])
    assert not any(word in texts for word in scene.model.message.split() if len(word) > 4)
    reading_area = pygame.Rect(16, 150, 448, 80)
    before = region(app.canvas, reading_area)
    while scene.cursor_at < scene.decode_slot:
        app.tick(press(Intent.RIGHT))
    app.tick(press(Intent.INTERACT))  # Decode
    assert scene.outcome == "won" and scene.reading == scene.model.message
    drawn["texts"].clear()
    app.render(0.0)
    assert any(scene.model.message.split()[0] in text for text in drawn["texts"])
    assert region(app.canvas, reading_area) != before


def test_a_wrong_key_reads_as_wrong_words_and_a_retry_keeps_the_key(drawn):
    app = new_app()
    scene = start(app, "cipher")
    begin(app, scene)
    wrong = scene.clue.key[4:] + scene.clue.key[:4]  # his two times, the wrong way round
    set_key(app, scene, wrong)
    while scene.cursor_at < scene.decode_slot:
        app.tick(press(Intent.RIGHT))
    app.tick(press(Intent.INTERACT))
    assert scene.outcome == "lost"
    reading = scene.model.reading
    assert reading and reading != scene.model.message and set(reading) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ. ")
    drawn["texts"].clear()
    app.render(0.0)
    card = cards.card_layout(app.ctx.assets, scene.result_lines(), scene.choices, [])
    assert card[2] <= 262  # the card, the wrong reading in it, fits the screen
    assert any(max(reading.split(), key=len)[:6] in text for text in drawn["texts"]), reading
    app.tick(press(Intent.INTERACT))  # Try again
    assert scene.phase == "play" and scene.key_text == wrong and scene.reading is None
    drawn["texts"].clear()
    app.render(0.0)
    assert "(not decoded yet)" in drawn["texts"]


# -- the tail ----------------------------------------------------------------------------------

def test_the_grace_lets_the_player_catch_up_after_losing_sight_of_him(drawn, tmp_path):
    app = new_app()
    scene = start(app, "tail", map_name=street_map(tmp_path))
    begin(app, scene)
    model = scene.model
    until(app, scene, NOTHING, lambda: model.out_of_sight)  # he walks off the screen
    drawn["texts"].clear()
    app.render(0.0)
    assert "last seen" in drawn["texts"]
    assert any(text.startswith("Out of sight") for text in drawn["texts"])
    assert abs(model.last_heading) < 0.01  # the way he went: on along the street, east
    run(app, NOTHING, 3.5)  # a hesitation longer than the three seconds it once took to lose him
    assert model.out_of_sight and not model.lost_him and model.outcome is None
    walk = InputFrame.of(held=[Intent.RIGHT])
    for _ in range(round(LOSE_AFTER / TICK)):
        app.tick(walk)
        if model.in_contact:
            break
    assert model.in_contact and not model.lost_him and model.outcome is None
    drawn["texts"].clear()
    app.render(0.0)
    assert "last seen" not in drawn["texts"]


# -- the dead drop --------------------------------------------------------------------------------

def test_the_drop_is_pointed_out_from_the_first_frame_and_then_the_way_out(drawn):
    app = new_app()
    scene = start(app, "deaddrop")
    begin(app, scene)
    drawn["texts"].clear()
    app.render(0.0)
    vx, vy, vw, vh = scene.model.screen_rect
    dx, dy = scene.model.drop
    assert not (vx <= dx < vx + vw and vy <= dy < vy + vh)  # the drop starts off the screen...
    assert "the loose stone" in drawn["texts"]  # ...and an arrow at the edge says where it is
    edge = app.canvas.subsurface(pygame.Rect(480 - 24, 0, 24, 270))
    colours = {edge.get_at((x, y))[:3] for x in range(24) for y in range(270)}
    assert cards.SODIUM in colours
    model = scene.model
    model.swapped = True  # the swap made: now the way out is pointed to
    drawn["texts"].clear()
    app.render(0.0)
    assert "the south gate" in drawn["texts"] and "the loose stone" not in drawn["texts"]


# -- the cards -------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("game_id", list(GAMES))
def test_every_card_fits_the_screen(language, game_id):
    app = new_app(language)
    scene = start(app, game_id)
    assets = app.ctx.assets
    intro = cards.card_layout(assets, [scene.t("how_it_works")] + scene.intro_lines(), [],
                                       scene.intro_note())
    assert intro[2] <= 262
    until(app, scene, winner_for(scene), lambda: scene.phase == "result")
    won = cards.card_layout(assets, scene.success_lines(), scene.choices, [])
    assert won[2] <= 262
