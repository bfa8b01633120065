import math
import random


def _t_close_vec(got, exp, tol=1e-9):
    return len(got) == len(exp) and all(
        math.isclose(g, e, rel_tol=1e-6, abs_tol=tol) for g, e in zip(got, exp))


def _t_rand_mat(rng, r, c, s=1.0):
    return [[rng.uniform(-s, s) for _ in range(c)] for _ in range(r)]


def _t_setup(seed=0, n=6, d_model=4, d_head=3, s=1.0):
    rng = random.Random(seed)
    X = _t_rand_mat(rng, n, d_model, s)
    return X, _t_rand_mat(rng, d_model, d_head), _t_rand_mat(rng, d_model, d_head), _t_rand_mat(rng, d_model, d_head)


def test_task_example():
    """题面示例：1 维、W 全为 1，第二步输出为 e/(1+e)"""
    cache = SingleHeadKVCache([[1.0]], [[1.0]], [[1.0]])
    first = cache.step([0.0])
    second = cache.step([1.0])
    exp = math.e / (1.0 + math.e)
    assert _t_close_vec(first, [0.0]), f"expected [0.0], got {first}"
    assert _t_close_vec(second, [exp]), f"expected [{exp}], got {second}"


def test_first_step_returns_value():
    """第一步只有一个 key，权重为 1，输出就是 x0 的 value 投影"""
    X, Wq, Wk, Wv = _t_setup(1)
    cache = SingleHeadKVCache(Wq, Wk, Wv)
    got = cache.step(X[0])
    exp = [sum(X[0][i] * Wv[i][j] for i in range(4)) for j in range(3)]
    assert _t_close_vec(got, exp), f"expected {exp}, got {got}"


def test_incremental_equals_recompute():
    """逐步解码的每一步输出与“每步重算全部 K/V 的因果注意力”一致"""
    X, Wq, Wk, Wv = _t_setup(2, n=7)
    cache = SingleHeadKVCache(Wq, Wk, Wv)
    inc = [cache.step(x) for x in X]
    ref = decode_without_cache(X, Wq, Wk, Wv)
    assert len(ref) == len(X), f"expected {len(X)} outputs, got {len(ref)}"
    for t, (a, b) in enumerate(zip(inc, ref)):
        assert _t_close_vec(a, b), f"step {t}: cached {a} vs recomputed {b}"


def test_cache_grows_and_is_not_rewritten():
    """每步缓存长度加 1；早先写入的 key 等于 x0·Wk，之后不被改写"""
    X, Wq, Wk, Wv = _t_setup(3)
    cache = SingleHeadKVCache(Wq, Wk, Wv)
    cache.step(X[0])
    k0 = list(cache.keys[0])
    exp_k0 = [sum(X[0][i] * Wk[i][j] for i in range(4)) for j in range(3)]
    assert _t_close_vec(k0, exp_k0), f"expected cached key {exp_k0}, got {k0}"
    for t in range(1, len(X)):
        cache.step(X[t])
        assert len(cache.keys) == t + 1 and len(cache.values) == t + 1, \
            f"expected {t + 1} cached entries, got {len(cache.keys)} keys / {len(cache.values)} values"
    assert list(cache.keys[0]) == k0, f"key 0 changed from {k0} to {cache.keys[0]}"


def test_prefill_then_decode():
    """先 prefill 一段 prompt 再逐步解码，结果与整段重算一致"""
    X, Wq, Wk, Wv = _t_setup(4, n=8)
    cache = SingleHeadKVCache(Wq, Wk, Wv)
    outs = cache.prefill(X[:5])
    outs += [cache.step(x) for x in X[5:]]
    ref = decode_without_cache(X, Wq, Wk, Wv)
    assert len(outs) == 8, f"expected 8 outputs, got {len(outs)}"
    for t in range(8):
        assert _t_close_vec(outs[t], ref[t]), f"position {t}: expected {ref[t]}, got {outs[t]}"


def test_recompute_is_causal():
    """不带缓存的基线也必须是因果的：改动最后一个 token 不影响之前各步的输出"""
    X, Wq, Wk, Wv = _t_setup(5)
    before = decode_without_cache(X, Wq, Wk, Wv)
    X2 = [row[:] for row in X]
    X2[-1] = [9.0, -9.0, 9.0, -9.0]
    after = decode_without_cache(X2, Wq, Wk, Wv)
    for t in range(len(X) - 1):
        assert _t_close_vec(before[t], after[t]), f"step {t} changed when a future token changed: {before[t]} -> {after[t]}"


def test_large_activations_stable():
    """激活很大（分数上万）时 softmax 不溢出，缓存版与重算版仍一致"""
    X, Wq, Wk, Wv = _t_setup(6, s=300.0)
    cache = SingleHeadKVCache(Wq, Wk, Wv)
    inc = [cache.step(x) for x in X]
    ref = decode_without_cache(X, Wq, Wk, Wv)
    for t in range(len(X)):
        assert all(not math.isnan(v) for v in inc[t]), f"NaN at step {t}: {inc[t]}"
        assert _t_close_vec(inc[t], ref[t], tol=1e-6), f"step {t}: cached {inc[t]} vs recomputed {ref[t]}"
