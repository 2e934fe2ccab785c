from game.core.input import InputFrame
from game.core.scenes import Scene, SceneStack


class Recorder(Scene):
    def __init__(self, name, log, opaque=True):
        super().__init__(ctx=None)
        self.name, self.log, self.opaque = name, log, opaque

    def enter(self):
        self.log.append(f"{self.name}.enter")

    def exit(self):
        self.log.append(f"{self.name}.exit")

    def pause(self):
        self.log.append(f"{self.name}.pause")

    def resume(self):
        self.log.append(f"{self.name}.resume")

    def update(self, frame, dt):
        self.log.append(f"{self.name}.update")

    def draw(self, canvas, alpha):
        self.log.append(f"{self.name}.draw")


def test_push_pop_replace_call_the_hooks_in_order():
    log = []
    stack = SceneStack()
    world, box, other = Recorder("world", log), Recorder("box", log, opaque=False), Recorder("other", log)
    stack.push(world)
    stack.apply_pending()
    stack.push(box)
    stack.apply_pending()
    stack.pop()
    stack.apply_pending()
    stack.replace(other)
    stack.apply_pending()
    assert log == ["world.enter", "world.pause", "box.enter", "box.exit", "world.resume", "world.exit",
                   "other.enter"]
    assert stack.top is other and len(stack) == 1


def test_only_the_top_scene_updates_and_overlays_draw_over_the_scene_below():
    log = []
    stack = SceneStack()
    stack.push(Recorder("title", log))
    stack.push(Recorder("world", log))
    stack.push(Recorder("box", log, opaque=False))
    stack.apply_pending()
    log.clear()
    stack.update(InputFrame(), 1 / 60)
    stack.draw(canvas=None, alpha=0.0)
    # the title is hidden by the opaque world; the box overlays the world
    assert log == ["box.update", "world.draw", "box.draw"]


def test_changes_asked_for_during_an_update_wait_until_the_update_ends():
    log = []
    stack = SceneStack()

    class Closer(Recorder):
        def update(self, frame, dt):
            stack.pop()
            log.append(f"{self.name}.still-running")

    stack.push(Recorder("world", log))
    stack.push(Closer("box", log))
    stack.apply_pending()
    log.clear()
    stack.update(InputFrame(), 1 / 60)
    assert log == ["box.still-running", "box.exit", "world.resume"]
