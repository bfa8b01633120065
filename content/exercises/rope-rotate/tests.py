import math
import random


def _t_close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _t_close_vec(got, exp):
    return len(got) == len(exp) and all(_t_close(g, e) for g, e in zip(got, exp))


def _t_rand_vec(rng, d):
    return [rng.uniform(-1.0, 1.0) for _ in range(d)]


def test_position_zero_is_identity():
    """位置 m=0 时不旋转，输出等于输入"""
    x = [0.3, -1.2, 2.0, 0.5]
    got = rope_rotate(x, 0)
    assert _t_close_vec(got, x), f"expected {x}, got {got}"


def test_task_example_values():
    """题面示例：d=4、m=2，第 0 对转 2 弧度，第 1 对转 2·10000^(-1/2)=0.02 弧度"""
    got = rope_rotate([1.0, 0.0, 1.0, 0.0], 2)
    exp = [math.cos(2.0), math.sin(2.0), math.cos(0.02), math.sin(0.02)]
    assert _t_close_vec(got, exp), f"expected {exp}, got {got}"


def test_interleaved_pairs_and_sign():
    """配对方式是 (2i, 2i+1)，旋转方向为 (a,b) -> (a cos - b sin, a sin + b cos)"""
    got = rope_rotate([0.0, 1.0, 0.0, 0.0], 1)
    exp = [-math.sin(1.0), math.cos(1.0), 0.0, 0.0]
    assert _t_close_vec(got, exp), f"expected {exp}, got {got}"


def test_norm_preserved():
    """旋转不改变向量长度（包括很大的位置 m）"""
    rng = random.Random(0)
    x = _t_rand_vec(rng, 8)
    n0 = math.sqrt(sum(v * v for v in x))
    for m in (37, 10**6):
        y = rope_rotate(x, m)
        n1 = math.sqrt(sum(v * v for v in y))
        assert _t_close(n0, n1), f"m={m}: expected norm {n0}, got {n1}"


def test_score_depends_only_on_offset():
    """rope_score(q,k,m,n) 只依赖 n-m：整体平移位置不改变分数"""
    rng = random.Random(1)
    q, k = _t_rand_vec(rng, 8), _t_rand_vec(rng, 8)
    ref = rope_score(q, k, 3, 10)
    for shift in (1, 17, 500, 12345):
        got = rope_score(q, k, 3 + shift, 10 + shift)
        assert math.isclose(got, ref, rel_tol=1e-6, abs_tol=1e-7), f"shift={shift}: expected {ref}, got {got}"
    other = rope_score(q, k, 3, 11)
    assert not math.isclose(other, ref, abs_tol=1e-6), f"different offset should change the score, both {ref}"


def test_score_equals_q_dot_rotated_k():
    """<R_m q, R_n k> = q · (R_{n-m} k)，n-m 可以为负"""
    rng = random.Random(2)
    q, k = _t_rand_vec(rng, 6), _t_rand_vec(rng, 6)
    for m, n in ((5, 2), (2, 9), (40, 40)):
        got = rope_score(q, k, m, n)
        kr = rope_rotate(k, n - m)
        exp = sum(a * b for a, b in zip(q, kr))
        assert math.isclose(got, exp, rel_tol=1e-6, abs_tol=1e-9), f"m={m}, n={n}: expected {exp}, got {got}"


def test_base_and_edge_cases():
    """base 参数生效；空向量返回 []；奇数维度抛出 ValueError"""
    got = rope_rotate([1.0, 0.0, 1.0, 0.0], 100, base=100.0)
    exp = [math.cos(100.0), math.sin(100.0), math.cos(10.0), math.sin(10.0)]
    assert _t_close_vec(got, exp), f"expected {exp}, got {got}"
    assert rope_rotate([], 5) == [], "expected [] for an empty vector"
    try:
        rope_rotate([1.0, 2.0, 3.0], 1)
    except ValueError:
        return
    assert False, "expected ValueError for odd dimension"
