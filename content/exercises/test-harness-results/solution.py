import copy
import math


def outputs_match(got, expected):
    """Float expected: any int/float (not bool) within tolerance. Otherwise: same type and ==."""
    if isinstance(expected, float):
        if isinstance(got, bool) or not isinstance(got, (int, float)):
            return False
        return math.isclose(got, expected, rel_tol=1e-6, abs_tol=1e-9)
    # the exact type check stops objects whose __eq__ always returns True
    if type(got) is not type(expected):
        return False
    return bool(expected == got)


def run_tests(fn, tests):
    """Run fn(*args) for every (args, expected); never let the candidate crash the harness."""
    results = []
    for args, expected in tests:
        try:
            got = fn(*copy.deepcopy(args))  # fresh copy: a mutating candidate cannot spoil later cases
            ok = outputs_match(got, expected)
            error = None if ok else f"expected {expected!r}, got {got!r}"
        except (Exception, SystemExit) as e:  # SystemExit is not an Exception subclass
            ok, error = False, f"{type(e).__name__}: {e}"
        results.append({"passed": ok, "error": error})
    return results


def binary_reward(fn, tests):
    """1 only if every test passes; refuses to reward when there is nothing to check."""
    if not tests:
        raise ValueError("no tests: refusing to give a reward")
    return int(all(r["passed"] for r in run_tests(fn, tests)))


def evaluate(samples, tests):
    """samples: {problem: [fn, ...]}, tests: {problem: [(args, expected), ...]}."""
    pass_flags, pass_at_1 = {}, {}
    for pid, fns in samples.items():
        if not fns:
            raise ValueError(f"problem {pid!r} has no samples")
        if pid not in tests:
            raise ValueError(f"problem {pid!r} has no tests")
        flags = [binary_reward(fn, tests[pid]) == 1 for fn in fns]
        pass_flags[pid] = flags
        pass_at_1[pid] = sum(flags) / len(flags)   # c / n, the unbiased pass@1 for this problem
    mean = sum(pass_at_1.values()) / len(pass_at_1) if pass_at_1 else 0.0
    return {"pass_flags": pass_flags, "pass_at_1": pass_at_1, "mean_pass_at_1": mean}
