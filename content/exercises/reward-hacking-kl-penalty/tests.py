import math


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _all_close(got, expected):
    return len(got) == len(expected) and all(_close(g, e) for g, e in zip(got, expected))


def test_readme_example():
    """示例：逐 token KL 惩罚，序列奖励加在最后一个 token 上"""
    got = shaped_rewards([-1.0, -2.0, -0.5], [-1.5, -1.0, -0.5], seq_reward=2.0, beta=0.1)
    expected = [-0.05, 0.1, 2.0]
    assert _all_close(got, expected), f"expected {expected}, got {got}"


def test_mask_puts_reward_on_last_real_token():
    """有 padding 时序列奖励落在最后一个有效 token，padding 奖励为 0"""
    got = shaped_rewards([-1.0, -2.0, -0.3, -0.3], [-1.5, -1.0, -9.0, -9.0],
                         seq_reward=2.0, beta=0.1, mask=[1, 1, 0, 0])
    expected = [-0.05, 2.1, 0.0, 0.0]
    assert _all_close(got, expected), f"expected {expected}, got {got}"


def test_sum_identity():
    """有效 token 的奖励之和 = R - beta * sum(logp - logp_ref)"""
    lp = [-0.7, -2.3, -0.1, -1.9, -0.4]
    rp = [-0.9, -1.1, -0.3, -2.5, -0.4]
    R, beta = 1.7, 0.05
    got = sum(shaped_rewards(lp, rp, R, beta=beta))
    expected = R - beta * sum(a - b for a, b in zip(lp, rp))
    assert _close(got, expected), f"expected {expected}, got {got}"


def test_negative_kl_term_not_clipped():
    """单 token 的 logp < logp_ref 时得到正奖励，不截断"""
    got = shaped_rewards([-3.0, -1.0], [-1.0, -1.0], seq_reward=0.0, beta=0.5)
    expected = [1.0, 0.0]
    assert _all_close(got, expected), f"expected {expected}, got {got}"


def test_beta_zero_and_single_token():
    """beta=0 时只剩序列奖励；单 token 回答同时承担 KL 与序列奖励"""
    got = shaped_rewards([-1.0, -2.0, -3.0], [-5.0, -5.0, -5.0], seq_reward=-0.8, beta=0.0)
    expected = [0.0, 0.0, -0.8]
    assert _all_close(got, expected), f"expected {expected}, got {got}"
    got = shaped_rewards([-0.2], [-0.7], seq_reward=1.0, beta=0.2)
    expected = [1.0 - 0.2 * 0.5]
    assert _all_close(got, expected), f"expected {expected}, got {got}"


def test_invalid_input_raises():
    """空输入、长度不一致、mask 全 0 或 beta < 0 时抛出 ValueError"""
    calls = [
        (([], [], 1.0), {}),
        (([-1.0, -2.0], [-1.0], 1.0), {}),
        (([-1.0, -2.0], [-1.0, -2.0], 1.0), {"mask": [0, 0]}),
        (([-1.0, -2.0], [-1.0, -2.0], 1.0), {"mask": [1]}),
        (([-1.0], [-1.0], 1.0), {"beta": -0.1}),
    ]
    for args, kwargs in calls:
        try:
            shaped_rewards(*args, **kwargs)
        except ValueError:
            continue
        assert False, f"expected ValueError for args={args}, kwargs={kwargs}"
