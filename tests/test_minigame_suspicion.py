"""The suspicion meter: rise, grace, decay, states, fairness (no pygame)."""

import pytest

from game.minigames.suspicion import GRACE_SECONDS, MIN_SECONDS_TO_MADE, MOVING_FACTOR, RUNNING_FACTOR, Suspicion

DT = 1 / 60


def run(meter, seconds, seen, moving=False, running=False, dt=DT):
    for _ in range(round(seconds / dt)):
        meter.update(dt, seen, moving, running)
    return meter


def test_rises_with_seen_amount_and_motion():
    m = run(Suspicion(rise_per_second=0.2), 1.0, 0.5)
    assert m.level == pytest.approx(0.1)
    m = run(Suspicion(rise_per_second=0.2), 1.0, 0.5, moving=True)
    assert m.level == pytest.approx(0.1 * MOVING_FACTOR)
    m = run(Suspicion(rise_per_second=0.2), 1.0, 0.5, running=True)
    assert m.level == pytest.approx(0.1 * RUNNING_FACTOR)


def test_holds_for_the_grace_then_decays():
    m = run(Suspicion(rise_per_second=0.3, decay_per_second=0.1), 1.0, 1.0)
    assert m.level == pytest.approx(0.3)
    run(m, GRACE_SECONDS, 0.0)
    assert m.level == pytest.approx(0.3)
    run(m, 1.0, 0.0)
    assert m.level == pytest.approx(0.2)
    run(m, 5.0, 0.0)
    assert m.level == 0.0


def test_grace_is_exact_even_with_a_big_step():
    m = run(Suspicion(rise_per_second=0.3, decay_per_second=0.1), 1.0, 1.0)
    m.update(GRACE_SECONDS + 1.0, 0.0)
    assert m.level == pytest.approx(0.2)


def test_states_calm_question_made():
    m = Suspicion(rise_per_second=0.5)
    questions = 0
    states = []
    for _ in range(round(3 / DT)):
        m.update(DT, 1.0)
        questions += m.question
        if not states or states[-1] != m.state:
            states.append(m.state)
    assert states == ["calm", "?", "!"]
    assert questions == 1
    assert m.made and m.outcome == "lost"
    # once made, it stays made
    run(m, 10, 0.0)
    assert m.state == "!"


def test_question_mark_does_not_flicker_at_the_threshold():
    m = Suspicion(rise_per_second=0.5, decay_per_second=0.5, grace=0.0)
    while m.state != "?":
        m.update(DT, 1.0)
    m.update(0.05, 0.0)  # a little below the mark
    assert m.state == "?"
    run(m, 2.0, 0.0)
    assert m.state == "calm"


@pytest.mark.parametrize("dt", [1 / 240, 1 / 60, 1 / 30, 0.1, 0.25])
def test_never_made_faster_than_the_minimum_even_point_blank(dt):
    m = Suspicion(rise_per_second=50.0)  # absurdly fast watcher
    t = 0.0
    while not m.made:
        m.update(dt, 1.0, True, True)
        t += dt
    assert t >= MIN_SECONDS_TO_MADE - 1e-9
    assert t <= MIN_SECONDS_TO_MADE + dt + 1e-9


def test_question_mark_shows_before_made():
    m = Suspicion(rise_per_second=50.0)
    t, question_at = 0.0, None
    while not m.made:
        m.update(DT, 1.0)
        t += DT
        if m.question:
            question_at = t
    assert question_at is not None
    assert t - question_at >= 0.75


def test_one_huge_step_from_calm_needs_the_full_minimum():
    m = Suspicion(rise_per_second=50.0)
    m.update(1.0, 1.0)
    assert not m.made
    m2 = Suspicion(rise_per_second=50.0)
    m2.update(MIN_SECONDS_TO_MADE, 1.0)
    assert m2.made


def test_assist_halves_the_rise():
    normal = run(Suspicion(rise_per_second=0.4), 1.0, 1.0)
    assisted = run(Suspicion(rise_per_second=0.4, assist=True), 1.0, 1.0)
    assert assisted.level == pytest.approx(normal.level / 2)
    fast = Suspicion(rise_per_second=50.0, assist=True)
    t = 0.0
    while not fast.made:
        fast.update(DT, 1.0)
        t += DT
    assert t >= 2 * MIN_SECONDS_TO_MADE - 1e-9


def test_reset_clears_everything():
    m = run(Suspicion(rise_per_second=5.0), 3.0, 1.0)
    assert m.made
    m.reset()
    assert m.level == 0 and m.state == "calm" and m.outcome is None


def test_bad_thresholds_are_refused():
    with pytest.raises(ValueError):
        Suspicion(question_at=1.0, made_at=1.0)
