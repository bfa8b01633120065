import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


GRPO, DAPO, DR = "seq-mean-token-mean", "token-mean", "seq-mean-token-sum-norm"


def _token_weight(lengths, which, mode, max_len=None):
    # Put loss 1 on the first token of response `which`, 0 elsewhere: the aggregate
    # is then exactly the weight that this token receives in the loss.
    batch = [[0.0] * n for n in lengths]
    batch[which][0] = 1.0
    return aggregate_loss(batch, mode, max_len)


def test_readme_example():
    """示例：一条 2 token、一条 6 token 的回答，三种聚合分别为 2.5、3.25、1.625"""
    batch = [[1.0, 1.0], [4.0] * 6]
    got = [aggregate_loss(batch, GRPO), aggregate_loss(batch, DAPO), aggregate_loss(batch, DR, 8)]
    expected = [2.5, 3.25, 1.625]
    assert all(_close(g, e) for g, e in zip(got, expected)), f"expected {expected}, got {got}"


def test_grpo_long_response_token_weighs_less():
    """GRPO：长度 100 的回答里一个 token 的权重只有长度 10 回答里的 1/10"""
    w_long = _token_weight([100, 10], 0, GRPO)
    w_short = _token_weight([100, 10], 1, GRPO)
    assert _close(w_long, 1 / 200), f"expected 1/200, got {w_long}"
    assert _close(w_short, 1 / 20), f"expected 1/20, got {w_short}"


def test_dapo_and_dr_grpo_equal_token_weight():
    """DAPO 与 Dr. GRPO：长短回答里的 token 权重相同（1/110 与 1/(2·128)）"""
    for which in (0, 1):
        w = _token_weight([100, 10], which, DAPO)
        assert _close(w, 1 / 110), f"DAPO: expected 1/110, got {w}"
        w = _token_weight([100, 10], which, DR, 128)
        assert _close(w, 1 / 256), f"Dr. GRPO: expected 1/256, got {w}"


def test_dapo_weight_depends_on_other_lengths():
    """DAPO 的分母随 batch 内其他回答的长度变化，Dr. GRPO 的常数分母不变"""
    w_dapo_a = _token_weight([10, 10], 0, DAPO)
    w_dapo_b = _token_weight([10, 90], 0, DAPO)
    assert _close(w_dapo_a, 1 / 20) and _close(w_dapo_b, 1 / 100), f"expected 1/20 and 1/100, got {w_dapo_a} and {w_dapo_b}"
    w_dr_a = _token_weight([10, 10], 0, DR, 100)
    w_dr_b = _token_weight([10, 90], 0, DR, 100)
    assert _close(w_dr_a, w_dr_b), f"expected equal Dr. GRPO weights, got {w_dr_a} and {w_dr_b}"


def test_equal_lengths_agree():
    """所有回答等长时 GRPO 与 DAPO 相同；max_len 取该长度时 Dr. GRPO 也相同"""
    batch = [[0.5, -1.0, 2.0], [3.0, 0.0, 1.0], [-2.0, 4.0, 0.25]]
    a, b, c = aggregate_loss(batch, GRPO), aggregate_loss(batch, DAPO), aggregate_loss(batch, DR, 3)
    assert _close(a, b) and _close(b, c), f"expected three equal values, got {a}, {b}, {c}"


def test_constant_loss_scale():
    """每个 token 损失都为 1 时：GRPO、DAPO 为 1，Dr. GRPO 为平均长度 / max_len"""
    batch = [[1.0] * 3, [1.0] * 5]
    assert _close(aggregate_loss(batch, GRPO), 1.0), f"expected 1.0, got {aggregate_loss(batch, GRPO)}"
    assert _close(aggregate_loss(batch, DAPO), 1.0), f"expected 1.0, got {aggregate_loss(batch, DAPO)}"
    got = aggregate_loss(batch, DR, 16)
    assert _close(got, 4 / 16), f"expected 0.25, got {got}"


def test_invalid_inputs():
    """未知 mode、空 batch、空回答、缺少 max_len 或回答超长时抛出 ValueError"""
    cases = [
        ([[1.0]], "sum", None),
        ([], DAPO, None),
        ([[1.0], []], GRPO, None),
        ([[1.0, 2.0]], DR, None),
        ([[1.0, 2.0, 3.0]], DR, 2),
    ]
    for batch, mode, max_len in cases:
        try:
            aggregate_loss(batch, mode, max_len)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {batch!r}, mode={mode!r}, max_len={max_len!r}")
