"""python -m game.tools.pacing measures a window presented each way (here under SDL's dummy driver,
whose renderer is SDL's software one): the frames' gaps and the CPU a present takes."""

from game.core.window import RendererWindow
from game.tools import pacing


def test_each_way_of_presenting_is_measured_on_the_scene_asked_for(monkeypatch):
    windows = []
    open_window = pacing.app_module.open_window
    monkeypatch.setattr(pacing.app_module, "open_window",
                        lambda size, renderer: windows.append(open_window(size, renderer)) or windows[-1])
    try:
        figures = {way: pacing.measure(way, "cellar", pacing.SETTLING_FRAMES + 20, "480x270") for way in pacing.WAYS}
    finally:  # the next test's window as it expects it
        for window in windows:
            if isinstance(window, RendererWindow):
                window.window.destroy()
    assert [isinstance(window, RendererWindow) for window in windows] == [True, False]
    for way, measured in figures.items():
        assert measured["frames"] == 19, way
        assert 0 < measured["gap_ms_median"] <= measured["gap_ms_p95"] <= measured["gap_ms_max"], way
        assert measured["present_cpu_ms_median"] >= 0, way
