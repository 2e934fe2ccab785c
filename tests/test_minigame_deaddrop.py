"""The dead drop: patrols, the swap, fairness, retry (no pygame)."""

import math

import pytest

from game.berlin.deaddrop.model import CHECK_TIME, SWAP_TIME, DeadDrop, PatrolSpec
from game.minigames.vision import Light

DT = 1 / 60
# A walled churchyard 400x320; a guard walks back and forth along y=100; the drop (a loose
# brick) is 60 px below his path under a lamp; the player comes in and leaves by the bottom gate.
WALLS = [(0, 0, 400, 16), (0, 304, 400, 16), (0, 0, 16, 320), (384, 0, 16, 320)]
GUARD = PatrolSpec(route=[(40, 100), (360, 100)], mode="pingpong", speed=36, name="verger")
DROP = (200, 160)
EXIT = (160, 264, 80, 40)
START = (200, 280)
LIGHTS = [Light(200, 160, 48)]


def yard(seed=0, **kw):
    return DeadDrop([GUARD], DROP, EXIT, START, WALLS, (), LIGHTS, seed=seed, **kw)


def go(d, target):
    px, py = d.player
    dist = math.hypot(target[0] - px, target[1] - py)
    if dist > 0.5:
        f = min(1.0, dist / (72 * DT))
        d.move((target[0] - px) * f, (target[1] - py) * f, DT)


def patient(d, limit=90):
    """Waits at the gate until the verger has passed the drop walking away, then goes."""
    phase = "wait"
    for _ in range(round(limit / DT)):
        if d.outcome:
            break
        g = d.guards[0]
        if phase == "wait" and g.state == "walk" and g.direction > 0 and 210 < g.pos[0] < 230:
            phase = "in"
        if phase == "in":
            go(d, DROP)
            if d.at_drop:
                phase = "swap"
        elif phase == "swap":
            d.act(True)
            if d.swapped:
                phase = "out"
        elif phase == "out":
            go(d, (200, 284))
        d.update(DT)
    return d


def careless(d, limit=60):
    """Walks straight to the drop, holds the button there whatever happens, walks out."""
    for _ in range(round(limit / DT)):
        if d.outcome:
            break
        if not d.swapped:
            go(d, DROP)
            if d.at_drop:
                d.act(True)
        else:
            go(d, (200, 284))
        d.update(DT)
    return d


@pytest.mark.parametrize("seed", range(5))
def test_patient_player_wins(seed):
    d = patient(yard(seed))
    assert (d.outcome, d.reason) == ("won", "escaped")
    assert d.swapped


@pytest.mark.parametrize("seed", range(5))
def test_careless_player_is_caught(seed):
    d = careless(yard(seed))
    assert (d.outcome, d.reason) == ("lost", "made")
    assert "verger" in d.seen_by or d.seen_amount > 0


def test_retry_after_being_caught():
    d = careless(yard(1))
    assert d.outcome == "lost"
    d.reset()
    assert d.outcome is None and d.player == START and not d.swapped and d.suspicion.level == 0
    assert d.guards[0].pos == (40, 100)
    assert patient(d).outcome == "won"


def test_seen_interrupts_the_swap():
    # the guard stands looking straight at the drop
    still = PatrolSpec(route=[(200, 100), (200, 101)], speed=0.0001, pause=1000, name="watcher")
    d = DeadDrop([still], DROP, EXIT, DROP, WALLS, (), LIGHTS)
    d.guards[0].facing = math.pi / 2
    d.guards[0].state = "pause"
    d.act(True)
    d.update(DT)
    assert d.interrupted and d.progress == 0.0 and d.seen_by == ["watcher"]


def test_releasing_resets_the_swap_unless_assist():
    for assist, kept in ((False, False), (True, True)):
        d = DeadDrop([], DROP, EXIT, DROP, WALLS, assist=assist)
        for _ in range(30):
            d.act(True)
            d.update(DT)
        assert d.progress == pytest.approx(0.5)
        d.update(DT)  # let go
        assert (d.progress > 0) == kept
    d = DeadDrop([], DROP, EXIT, DROP, WALLS)
    for _ in range(round(SWAP_TIME / DT)):
        d.act(True)
        d.update(DT)
    assert d.swapped and d.swap_fraction == 1.0


def test_swap_only_at_the_drop_and_win_only_after_it():
    d = DeadDrop([], DROP, EXIT, START, WALLS)
    for _ in range(200):
        d.act(True)
        d.update(DT)
    assert not d.swapped and d.outcome is None  # at the exit, but nothing swapped


def test_guard_off_screen_raises_no_suspicion():
    # a long-sighted guard 400 px away stares at the player: off the 480x270 screen
    far = PatrolSpec(route=[(600, 160), (601, 160)], speed=0.0001, pause=1000, range=600, name="far")
    d = DeadDrop([far], (0, 0), (0, 0, 1, 1), (200, 160), [])
    d.guards[0].facing = math.pi
    d.guards[0].state = "pause"
    for _ in range(240):
        d.update(DT)
    assert d.suspicion.level == 0 and d.seen_by == []
    d.screen.view_w = 1000  # a screen wide enough to show him
    for _ in range(30):
        d.update(DT)
    assert d.suspicion.level > 0 and d.seen_by == ["far"]


def test_hiding_in_cover_beats_a_stare():
    still = PatrolSpec(route=[(200, 100), (200, 101)], speed=0.0001, pause=1000)
    d = DeadDrop([still], DROP, EXIT, (200, 150), WALLS, cover=[(190, 140, 20, 20)])
    d.guards[0].facing = math.pi / 2
    d.guards[0].state = "pause"
    assert d.hide()
    for _ in range(300):
        d.update(DT)
    assert d.suspicion.level == 0 and d.outcome is None


def test_question_makes_the_guard_stop_and_check():
    d = yard()
    g = d.guards[0]
    d.player = (150, 110)  # just ahead of him, in his way
    for _ in range(600):
        d.update(DT)
        if d.suspicion.question:
            break
    assert g.state == "check"
    assert g.facing == pytest.approx(math.atan2(110 - g.pos[1], 150 - g.pos[0]))
    # he keeps looking as long as he sees him: standing there in the dark, he is made
    for _ in range(round(4 * CHECK_TIME / DT)):
        d.update(DT)
        if d.outcome:
            break
        assert g.state == "check"
    assert d.outcome == "lost"


def test_guard_walks_on_after_checking_if_the_player_slipped_away():
    d = yard()
    g = d.guards[0]
    d.player = (150, 110)
    while not d.suspicion.question:
        d.update(DT)
    d.player = (200, 280)  # gone (out of his sight)
    for _ in range(round(CHECK_TIME / DT) + 2):
        d.update(DT)
    assert g.state == "walk" and d.outcome is None


def test_pingpong_and_loop_patrols():
    pp = PatrolSpec(route=[(0, 0), (100, 0)], mode="pingpong", speed=50, pause=0.5)
    d = DeadDrop([pp], (500, 500), (0, 0, 1, 1), (500, 400), [], seed=3)
    g = d.guards[0]
    xs = []
    for _ in range(round(12 / DT)):
        d.update(DT)
        xs.append(g.pos[0])
    assert max(xs) == pytest.approx(100) and min(xs[120:]) == pytest.approx(0)
    loop = PatrolSpec(route=[(0, 0), (100, 0), (100, 100)], mode="loop", speed=100, pause=0.1)
    d = DeadDrop([loop], (500, 500), (0, 0, 1, 1), (500, 400), [], seed=3)
    g = d.guards[0]
    visited = set()
    for _ in range(round(8 / DT)):
        d.update(DT)
        visited.add(g.pos)
    for corner in ((0, 0), (100, 0), (100, 100), (50, 50)):  # (50, 50): on the way back
        assert min(math.hypot(x - corner[0], y - corner[1]) for x, y in visited) < 1.5
    # heading follows the way he walks
    assert len(d.cones()) == 1 and len(d.cones()[0]) == 25
