import copy
import math


def outputs_match(got, expected):
    """Comparison rule from the task description (float tolerance, exact type otherwise)."""
    raise NotImplementedError


def run_tests(fn, tests):
    """[{'passed': bool, 'error': str | None}, ...], one per (args, expected)."""
    # First draft: no isolation, no exception capture, plain ==.
    return [{"passed": fn(*args) == expected, "error": None} for args, expected in tests]


def binary_reward(fn, tests):
    """1 if every test passes, else 0."""
    return int(all(r["passed"] for r in run_tests(fn, tests)))


def evaluate(samples, tests):
    """{'pass_flags': {...}, 'pass_at_1': {...}, 'mean_pass_at_1': float}."""
    raise NotImplementedError
