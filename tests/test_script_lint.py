"""The script's lint in --check: dead and unset variables, knots nothing plays, empty choices, unknown speakers."""

from game.core import paths
from game.content.script_lint import check_script

FIXTURE = paths.ROOT / "tests" / "fixtures" / "bad_script"
SOURCE = "tests/fixtures/bad_script/story.ink"


def test_the_shipped_story_has_no_dead_variable_and_no_knot_left_behind():
    assert [str(problem) for problem in check_script()] == []


def test_a_bad_script_gets_each_problem_with_its_file_and_line():
    problems = {str(problem) for problem in check_script(FIXTURE)}
    assert problems == {
        f"{SOURCE}:4: variable 'counted' is set but never read",
        f"{SOURCE}:5: variable 'wished_for' is read but never set (it keeps its first value)",
        f"{SOURCE}:14: a choice with no words: the player would pick an empty line",
        f"{SOURCE}:15: speaker 'the_ghost' is not in the cast (assets/story/cast.toml: marcel, odette, sophie, stephane)",
        f"{SOURCE}:21: knot 'forgotten' is never diverted to, and no map, chapter or ending plays it",
    }


def test_the_script_lint_runs_in_the_content_check():
    from game.content.lint import CHECKS

    assert check_script in CHECKS


def test_every_variable_a_berlin_game_sets_is_declared_to_the_lint(tmp_path):
    """The games' results are what the lint counts as set by the game."""
    import ast

    from game.content.script_lint import SET_BY_THE_GAME

    returned = set()
    for source in (paths.ROOT / "game" / "scenes" / "minigames").glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in ("story_results", "clean_bonus"):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Dict):
                        returned |= {key.value for key in inner.keys if isinstance(key, ast.Constant)}
    assert returned and returned <= SET_BY_THE_GAME, returned - SET_BY_THE_GAME
