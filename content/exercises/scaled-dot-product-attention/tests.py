import math


def _t_close(a, b, tol=1e-9):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=tol)


def _t_close_vec(got, exp):
    return len(got) == len(exp) and all(_t_close(g, e) for g, e in zip(got, exp))


def test_task_example():
    """题面示例：单个 query、两个 key，缩放 1/sqrt(d) 后做 softmax"""
    out, w = scaled_dot_product_attention([[1.0, 0.0]], [[1.0, 0.0], [0.0, 1.0]], [[1.0, 2.0], [3.0, 4.0]])
    w0 = 1.0 / (1.0 + math.exp(-1.0 / math.sqrt(2.0)))
    exp_w = [w0, 1.0 - w0]
    exp_out = [w0 * 1.0 + (1 - w0) * 3.0, w0 * 2.0 + (1 - w0) * 4.0]
    assert _t_close_vec(w[0], exp_w), f"expected weights {exp_w}, got {w[0]}"
    assert _t_close_vec(out[0], exp_out), f"expected output {exp_out}, got {out[0]}"


def test_scale_uses_sqrt_d():
    """分数除以 sqrt(d)（d=4 时除以 2），而不是除以 d 或不缩放"""
    _, w = scaled_dot_product_attention([[1.0, 1.0, 1.0, 1.0]], [[1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 0.0, 0.0]], [[1.0], [0.0]])
    exp = 1.0 / (1.0 + math.exp(-2.0))
    assert _t_close(w[0][0], exp), f"expected weight {exp}, got {w[0][0]}"


def test_causal_mask_zero_weight():
    """causal=True 时未来位置的权重严格为 0.0，第一行输出就是 V[0]"""
    Q = [[0.5, -1.0], [1.0, 2.0], [-0.3, 0.7]]
    K = [[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]]
    V = [[1.0, 0.0], [0.0, 1.0], [5.0, 5.0]]
    out, w = scaled_dot_product_attention(Q, K, V, causal=True)
    for i in range(3):
        for j in range(i + 1, 3):
            assert w[i][j] == 0.0, f"expected w[{i}][{j}] == 0.0, got {w[i][j]}"
        assert _t_close(sum(w[i]), 1.0), f"expected row {i} to sum to 1, got {sum(w[i])}"
    assert _t_close_vec(out[0], V[0]), f"expected {V[0]}, got {out[0]}"


def test_large_scores_no_overflow():
    """分数上千时不能溢出：softmax 前先减去每行最大值"""
    out, w = scaled_dot_product_attention([[1000.0, 0.0]], [[1000.0, 0.0], [999.0, 0.0], [-1000.0, 0.0]], [[1.0], [2.0], [3.0]])
    assert all(not math.isnan(x) for x in w[0]), f"got NaN in weights {w[0]}"
    assert _t_close(out[0][0], 1.0), f"expected 1.0 (all weight on key 0), got {out[0][0]}"
    assert _t_close(sum(w[0]), 1.0), f"expected weights to sum to 1, got {sum(w[0])}"


def test_causal_bottom_right_alignment():
    """n_q < n_k 时 query 视为序列最后 n_q 个位置：第 i 行能看到 j <= i + (n_k - n_q)"""
    K = [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]
    V = [[1.0], [2.0], [4.0]]
    Q = [[0.2, 0.1], [0.3, -0.4]]
    out_c, w_c = scaled_dot_product_attention(Q, K, V, causal=True)
    assert w_c[0][2] == 0.0, f"expected row 0 to mask key 2, got {w_c[0][2]}"
    assert w_c[0][0] > 0 and w_c[0][1] > 0, f"expected row 0 to see keys 0 and 1, got {w_c[0]}"
    out_f, w_f = scaled_dot_product_attention(Q[1:], K, V, causal=True)
    out_n, w_n = scaled_dot_product_attention(Q[1:], K, V, causal=False)
    assert _t_close_vec(w_f[0], w_n[0]), f"a single last query sees every key: expected {w_n[0]}, got {w_f[0]}"


def test_fully_masked_row_is_zero():
    """某一行没有任何可见 key 时，权重全 0、输出为零向量（不能出现 NaN）"""
    out, w = scaled_dot_product_attention([[1.0], [2.0], [3.0]], [[1.0]], [[7.0, 8.0]], causal=True)
    assert w[0] == [0.0] and w[1] == [0.0], f"expected rows 0 and 1 fully masked, got {w[:2]}"
    assert out[0] == [0.0, 0.0] and out[1] == [0.0, 0.0], f"expected zero outputs, got {out[:2]}"
    assert _t_close_vec(out[2], [7.0, 8.0]), f"expected [7.0, 8.0], got {out[2]}"


def test_shape_mismatch_raises():
    """K 与 V 行数不一致时抛出 ValueError"""
    try:
        scaled_dot_product_attention([[1.0, 0.0]], [[1.0, 0.0], [0.0, 1.0]], [[1.0]])
    except ValueError:
        return
    assert False, "expected ValueError when len(K) != len(V)"
