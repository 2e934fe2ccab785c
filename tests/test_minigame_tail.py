"""The tail: scripted followers, fairness, losing him and finding him again (no pygame)."""

import math

import pytest

from game.berlin.tail.model import CONTACT_PX, GLANCE_TIME, LOSE_AFTER, REFIND_GRACE, TELL_TIME, WATCH_PX, Tail
from game.minigames.vision import Light, point_in_rect

DT = 1 / 60
# A straight street 80 px wide between two rows of houses, doorways (cover) on both sides,
# a street lamp every 160 px; the courier walks its middle to the handler at the far end.
WALLS = [(0, 0, 1600, 32), (0, 112, 1600, 32)]
COVER = [(x, 32, 16, 16) for x in range(40, 1560, 48)] + [(x, 96, 16, 16) for x in range(64, 1560, 48)]
LIGHTS = [Light(x, 72, 56) for x in range(80, 1600, 160)]
ROUTE = [(120, 72), (1400, 72)]
DANGER = ("tell", "glance", "double_back", "turn", "check")


def street(seed=1, **kw):
    return Tail(ROUTE, WALLS, COVER, LIGHTS, seed=seed, start=(40, 72), **kw)


def go_towards(t, goal):
    px, py = t.player
    d = math.hypot(goal[0] - px, goal[1] - py)
    if d > 0.5:
        f = min(1.0, d / (72 * DT))
        t.move((goal[0] - px) * f, (goal[1] - py) * f, DT)


def nearest_cover_behind(t):
    px, py = t.player
    cx = t.courier_pos[0]
    spots = [(r[0] + 8, r[1] + 8) for r in COVER if r[0] + 8 < cx - 40]
    return min(spots, key=lambda s: math.hypot(s[0] - px, s[1] - py))


def careful(t, seconds=120):
    """Keeps 100 px behind; at the first sign he may turn, ducks into the nearest doorway."""
    for _ in range(round(seconds / DT)):
        if t.outcome:
            break
        if t.courier_state in DANGER:
            if not t.hidden:
                spot = nearest_cover_behind(t)
                go_towards(t, spot)
                if math.hypot(spot[0] - t.player[0], spot[1] - t.player[1]) < 1.0:
                    assert t.hide()
        else:
            go_towards(t, (t.courier_pos[0] - 100, 72))
        t.update(DT)
    return t


def careless(t, seconds=120):
    """Walks right behind him, never hides."""
    for _ in range(round(seconds / DT)):
        if t.outcome:
            break
        cx, cy = t.courier_pos
        go_towards(t, (cx - 20, cy))
        t.update(DT)
    return t


@pytest.mark.parametrize("seed", range(12))
def test_careful_follower_wins(seed):
    t = careful(street(seed))
    assert (t.outcome, t.reason) == ("won", "met")


@pytest.mark.parametrize("seed", range(12))
def test_careless_follower_gets_made(seed):
    t = careless(street(seed))
    assert (t.outcome, t.reason) == ("lost", "made")
    assert t.suspicion.state == "!"


def test_retry_after_being_made_and_win():
    t = careless(street(3))
    assert t.outcome == "lost"
    t.reset()
    assert t.outcome is None and t.suspicion.level == 0 and t.player == (40, 72)
    assert careful(t).outcome == "won"


def test_assist_is_easier():
    t = careful(street(2, assist=True))
    assert t.outcome == "won"
    # the careless one lasts longer with assist
    normal = careless(street(2))
    assisted = careless(street(2, assist=True))
    assert assisted.outcome == "lost"
    assert assisted.time > normal.time


def test_every_turn_is_announced_by_a_tell():
    t = street(4)
    states = []
    for _ in range(round(60 / DT)):
        t.update(DT)  # the player stands still far behind: nobody sees him
        if not states or states[-1][0] != t.courier_state:
            states.append((t.courier_state, t.time))
    kinds = [s for s, _ in states]
    assert "glance" in kinds or "double_back" in kinds
    for i, (state, start) in enumerate(states):
        if state in ("glance", "double_back"):
            prev, prev_start = states[i - 1]
            assert prev == "tell"
            assert start - prev_start == pytest.approx(TELL_TIME, abs=2 * DT)
        if state == "glance":
            assert states[i + 1][1] - start == pytest.approx(GLANCE_TIME, abs=2 * DT)


def test_glance_looks_at_the_player():
    t = street(1)
    while t.courier_state != "glance":
        go_towards(t, (t.courier_pos[0] - 60, 50))
        t.update(DT)
    c = t.courier_pos
    assert t.facing == pytest.approx(math.atan2(t.player[1] - c[1], t.player[0] - c[0]), abs=0.05)
    assert len(t.cone()) == 25


def test_no_suspicion_from_an_observer_off_the_players_screen():
    # the careless follower, on a screen too narrow to show the courier 20 px ahead of him
    t = street(1)
    t.screen.view_w = 10
    for _ in range(round(60 / DT)):
        if t.outcome:
            break
        cx, cy = t.courier_pos
        go_towards(t, (cx - 20, cy))
        t.update(DT)
        assert t.suspicion.level == 0.0
        assert t.seen_by == [] and not t.watchers()[0].sees
    assert t.outcome in (None, "won")  # never lost to what he could not see


def test_long_sighted_courier_off_screen_cannot_see_the_player():
    # he sees 400 px, but at 300 px he is off the 480x270 screen centred on the player
    t = Tail([(400, 72), (402, 72)], seed=0, start=(100, 72), courier_range=400)
    t.moves = []
    t.update(DT)
    t.facing = math.pi
    t.courier_state = "glance"
    t.state_time = -100
    for _ in range(120):
        t.update(DT)
    assert t.suspicion.level == 0.0
    # the same look from on-screen (a wider screen) does count
    t.screen.view_w = 800
    for _ in range(120):
        t.update(DT)
    assert t.suspicion.level > 0.0 and t.watchers()[0].sees


def test_losing_him_is_recoverable_from_his_last_known_position():
    t = street(5)
    # stand still at the start until he is out of contact
    while not t.lost_him:
        t.update(DT)
    assert t.out_of_contact >= LOSE_AFTER
    last = t.last_known  # where he was last seen: the edge of the screen, and he went on east
    assert point_in_rect(last, t.screen_rect) or math.dist(last, t.player) <= CONTACT_PX
    assert t.last_heading == 0.0
    assert t.outcome is None
    # catch up (running) along the street: contact is found again
    while t.lost_him and t.outcome is None:
        t.move(1, 0, DT, run=True)
        t.update(DT)
    assert t.outcome is None and not t.lost_him


def test_losing_him_for_good_fails_after_the_grace():
    t = street(5)
    for _ in range(round((LOSE_AFTER + REFIND_GRACE + 30) / DT)):
        t.update(DT)
        if t.outcome:
            break
    assert (t.outcome, t.reason) == ("lost", "lost_him")


def test_watching_from_too_far_misses_the_meeting():
    t = street(1)
    for _ in range(round(200 / DT)):
        if t.outcome:
            break
        if t.courier_state in DANGER and t.hidden is False:
            spot = nearest_cover_behind(t)
            go_towards(t, spot)
            if math.hypot(spot[0] - t.player[0], spot[1] - t.player[1]) < 1.0:
                t.hide()
        elif t.courier_state not in DANGER:
            go_towards(t, (t.courier_pos[0] - (WATCH_PX + 40), 72))
        t.update(DT)
    assert (t.outcome, t.reason) == ("lost", "missed")


def test_walls_stop_the_player():
    t = street(1)
    for _ in range(120):
        t.move(0, -1, DT)
    assert t.player[1] >= 32 + 4 - 1e-9


def test_hiding_needs_cover_and_moving_ends_it():
    t = street(1)
    assert not t.hide()
    t.player = (48, 40)
    assert t.hide()
    t.move(1, 0, DT)
    assert not t.hidden


def test_same_seed_same_moves():
    assert street(7).moves == street(7).moves
    assert street(7).moves != street(8).moves
