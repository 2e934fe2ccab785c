"""The script's lint in --check: dead and unset variables, knots nothing plays, empty choices, unknown speakers."""

from game.content.script_lint import check_script
from game.core import paths

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
        f"{SOURCE}:15: speaker 'the_ghost' is not in the cast "
        "(assets/story/cast.toml: marcel, odette, sophie, stephane)",
        f"{SOURCE}:21: knot 'forgotten' is never diverted to, and no map, chapter or ending plays it",
    }


def test_the_script_lint_runs_in_the_content_check():
    from game.content.lint import CHECKS

    assert check_script in CHECKS
