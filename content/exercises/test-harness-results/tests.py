import math


def _t_add(a, b):
    return a + b


def _t_wrong_add(a, b):
    return a - b


def _t_div(a, b):
    return a / b


T_ADD_TESTS = [((1, 2), 3), ((0, 0), 0), ((-4, 10), 6)]


def test_task_example():
    """题面示例：正确的加法全过、奖励为 1；错误实现奖励为 0"""
    res = run_tests(_t_add, T_ADD_TESTS)
    assert [r["passed"] for r in res] == [True, True, True], f"expected all True, got {res}"
    assert all(r["error"] is None for r in res), f"expected no errors, got {res}"
    assert binary_reward(_t_add, T_ADD_TESTS) == 1, "expected reward 1"
    r = binary_reward(_t_wrong_add, T_ADD_TESTS)
    assert r == 0 and isinstance(r, int), f"expected int 0, got {r!r}"


def test_exception_is_captured():
    """候选函数抛异常时记为失败并记录异常类型，后面的用例照常运行"""
    res = run_tests(_t_div, [((1, 0), 0.0), ((6, 3), 2.0)])
    assert res[0]["passed"] is False, f"expected failure, got {res[0]}"
    assert str(res[0]["error"]).startswith("ZeroDivisionError"), f"expected 'ZeroDivisionError...', got {res[0]['error']!r}"
    assert res[1]["passed"] is True, f"expected the second case to run and pass, got {res[1]}"


def test_float_tolerance_and_strict_types():
    """期望为浮点数时容许误差；否则类型必须一致（3.0 不等于期望的 int 3，True 不等于 1）"""
    assert run_tests(_t_add, [((0.1, 0.2), 0.3)])[0]["passed"], "0.1 + 0.2 should match 0.3 within tolerance"
    assert not run_tests(lambda: 3.0, [((), 3)])[0]["passed"], "float 3.0 must not match int 3"
    assert not run_tests(lambda: True, [((), 1)])[0]["passed"], "bool True must not match int 1"
    assert run_tests(lambda: 2, [((), 2.0)])[0]["passed"], "int 2 should match float 2.0"


def test_always_equal_hack_and_sys_exit():
    """__eq__ 恒为 True 的对象不能骗过判分；调用 sys.exit 也只算失败，不能让评测进程退出"""
    class AlwaysEqual:
        def __eq__(self, other):
            return True

    def hack(a, b):
        return AlwaysEqual()

    def quit_early(a, b):
        raise SystemExit(0)

    assert binary_reward(hack, T_ADD_TESTS) == 0, "an AlwaysEqual object must not earn the reward"
    try:
        res = run_tests(quit_early, T_ADD_TESTS)
    except SystemExit:
        raise AssertionError("SystemExit escaped run_tests: catch it as a failed test")
    assert [r["passed"] for r in res] == [False] * 3, f"expected all failures, got {res}"
    assert str(res[0]["error"]).startswith("SystemExit"), f"expected 'SystemExit...', got {res[0]['error']!r}"


def test_inputs_are_isolated():
    """每个用例拿到参数的独立副本：候选函数原地修改输入，不影响其他用例和原始测试数据"""
    shared = [3, 1, 2]
    tests = [((shared,), 3), ((shared,), 3)]

    def pop_len(xs):
        n = len(xs)
        xs.pop()
        return n

    res = run_tests(pop_len, tests)
    assert [r["passed"] for r in res] == [True, True], f"expected both to pass, got {res}"
    assert shared == [3, 1, 2], f"test data was mutated to {shared}"


def test_evaluate_pass_at_1():
    """每题的通过标记、pass@1 = c/n，以及各题 pass@1 的平均"""
    samples = {"add": [_t_add, _t_wrong_add, _t_add, _t_add], "div": [_t_wrong_add, _t_wrong_add]}
    tests = {"add": T_ADD_TESTS, "div": [((6, 3), 2.0)]}
    out = evaluate(samples, tests)
    assert out["pass_flags"] == {"add": [True, False, True, True], "div": [False, False]}, f"got {out['pass_flags']}"
    assert math.isclose(out["pass_at_1"]["add"], 0.75), f"expected 0.75, got {out['pass_at_1']['add']}"
    assert math.isclose(out["pass_at_1"]["div"], 0.0, abs_tol=1e-12), f"expected 0.0, got {out['pass_at_1']['div']}"
    assert math.isclose(out["mean_pass_at_1"], 0.375), f"expected 0.375, got {out['mean_pass_at_1']}"


def test_refuses_empty_tests_or_samples():
    """没有测试用例时拒绝给奖励（抛 ValueError）；某题没有样本时也抛 ValueError"""
    for call in (lambda: binary_reward(_t_add, []),
                 lambda: evaluate({"p": [_t_add]}, {"p": []}),
                 lambda: evaluate({"p": []}, {"p": T_ADD_TESTS})):
        try:
            call()
        except ValueError:
            continue
        assert False, "expected ValueError"
