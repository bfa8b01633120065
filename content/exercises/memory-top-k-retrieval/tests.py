import math


def _t_mems():
    return [
        {"id": "coffee", "embedding": [1.0, 0.0], "timestamp": 0, "importance": 1.0},
        {"id": "tea", "embedding": [0.8, 0.6], "timestamp": 90, "importance": 1.0},
        {"id": "birthday", "embedding": [0.6, 0.8], "timestamp": 50, "importance": 3.0},
        {"id": "weather", "embedding": [0.0, 1.0], "timestamp": 99, "importance": 1.0},
    ]


def test_task_example():
    """题面示例：decay=0.99 时顺序为 birthday、tea、coffee"""
    got = top_k_memories([1.0, 0.0], _t_mems(), now=100, k=3, decay=0.99)
    assert got == ["birthday", "tea", "coffee"], f"expected ['birthday', 'tea', 'coffee'], got {got}"


def test_score_formula():
    """score = cos × decay^age × importance：birthday 为 0.6 × 0.99^50 × 3"""
    got = memory_score([1.0, 0.0], _t_mems()[2], now=100, decay=0.99)
    exp = 0.6 * 0.99 ** 50 * 3.0
    assert math.isclose(got, exp, rel_tol=1e-6), f"expected {exp}, got {got}"


def test_no_decay_changes_order():
    """decay=1 时不再惩罚旧记忆：coffee（余弦 1.0）排到 tea（0.8）前面"""
    got = top_k_memories([1.0, 0.0], _t_mems(), now=100, k=3, decay=1.0)
    assert got == ["birthday", "coffee", "tea"], f"expected ['birthday', 'coffee', 'tea'], got {got}"


def test_ties_newer_first_then_input_order():
    """分数相同时新的在前；时间也相同则按输入顺序"""
    mems = [
        {"id": "old", "embedding": [1.0, 1.0], "timestamp": 10, "importance": 2.0},
        {"id": "new", "embedding": [1.0, 1.0], "timestamp": 20, "importance": 2.0},
        {"id": "new2", "embedding": [1.0, 1.0], "timestamp": 20, "importance": 2.0},
    ]
    got = top_k_memories([1.0, 1.0], mems, now=30, k=3, decay=1.0)
    assert got == ["new", "new2", "old"], f"expected ['new', 'new2', 'old'], got {got}"


def test_importance_weight():
    """importance 是乘性权重：相关性略低但重要性高的记忆可以排到前面"""
    mems = [
        {"id": "trivial", "embedding": [1.0, 0.0], "timestamp": 5, "importance": 1.0},
        {"id": "allergy", "embedding": [0.9, 0.1], "timestamp": 5, "importance": 8.0},
    ]
    got = top_k_memories([1.0, 0.0], mems, now=5, k=1)
    assert got == ["allergy"], f"expected ['allergy'], got {got}"


def test_cosine_properties():
    """余弦与向量长度无关；零向量的相似度为 0.0 而不是除零报错"""
    got = cosine([3.0, 4.0], [6.0, 8.0])
    assert math.isclose(got, 1.0, rel_tol=1e-9), f"expected 1.0, got {got}"
    got = cosine([1.0, 0.0], [-2.0, 0.0])
    assert math.isclose(got, -1.0, rel_tol=1e-9), f"expected -1.0, got {got}"
    assert cosine([0.0, 0.0], [1.0, 2.0]) == 0.0, "expected 0.0 for a zero vector"


def test_k_edge_cases():
    """k 大于记忆条数时全部返回；k=0 返回 []；时间戳晚于 now 时抛出 ValueError"""
    got = top_k_memories([1.0, 0.0], _t_mems(), now=100, k=10)
    assert len(got) == 4 and set(got) == {"coffee", "tea", "birthday", "weather"}, f"expected all 4 ids, got {got}"
    assert top_k_memories([1.0, 0.0], _t_mems(), now=100, k=0) == [], "expected [] for k=0"
    future = [{"id": "x", "embedding": [1.0], "timestamp": 200, "importance": 1.0}]
    try:
        top_k_memories([1.0], future, now=100, k=1)
    except ValueError:
        return
    assert False, "expected ValueError for a timestamp after now"
