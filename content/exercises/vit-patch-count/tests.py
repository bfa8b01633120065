import math


def test_task_examples():
    """题面示例：224×224、p=14、2×2 合并为 64；336×336 不合并为 576"""
    got = count_visual_tokens(224, 224, patch_size=14, merge=True)
    assert got == 64, f"expected 64, got {got}"
    got = count_visual_tokens(336, 336, patch_size=14, merge=False)
    assert got == 576, f"expected 576, got {got}"


def test_non_multiple_sides_are_rounded():
    """边长不是 28 的倍数时四舍五入到最近的倍数：500×300 -> 504×308，198 个 token"""
    got = resize_to_grid(500, 300, 28)
    assert got == (504, 308), f"expected (504, 308), got {got}"
    n = count_visual_tokens(500, 300)
    assert n == 198, f"expected 198, got {n}"


def test_round_half_up():
    """恰好落在 .5 时向上取整（Python 的 round 会取偶数，这里不能直接用）"""
    got = resize_to_grid(70, 70, 28)
    assert got == (84, 84), f"expected (84, 84), got {got}"
    n = count_visual_tokens(70, 70)
    assert n == 9, f"expected 9, got {n}"


def test_max_pixels_shrinks():
    """超过 max_pixels 时两边按同一比例缩小并向下取整到倍数"""
    got = resize_to_grid(2000, 1000, 28, max_pixels=1003520)
    assert got == (1400, 700), f"expected (1400, 700), got {got}"
    assert got[0] * got[1] <= 1003520, f"expected at most 1003520 pixels, got {got[0] * got[1]}"
    n = count_visual_tokens(2000, 1000, max_pixels=1003520)
    assert n == 1250, f"expected 1250, got {n}"


def test_min_pixels_enlarges():
    """不足 min_pixels 时两边按同一比例放大并向上取整到倍数"""
    got = resize_to_grid(20, 40, 28, min_pixels=3136)
    assert got == (56, 84), f"expected (56, 84), got {got}"
    n = count_visual_tokens(20, 40, min_pixels=3136)
    assert n == 6, f"expected 6, got {n}"


def test_tiny_image_gets_one_token():
    """极小的图每边至少一个 factor：合并与不合并时都是 1 个 token"""
    a = count_visual_tokens(10, 10, merge=True)
    b = count_visual_tokens(10, 10, merge=False)
    assert a == 1 and b == 1, f"expected 1 and 1, got {a} and {b}"


def test_invalid_inputs_raise():
    """非正的边长、min_pixels > max_pixels、长宽比极端到放不进 max_pixels 时抛出 ValueError"""
    cases = [
        dict(height=0, width=100),
        dict(height=100, width=100, min_pixels=5000, max_pixels=4000),
        dict(height=6000, width=20, max_pixels=100000),
    ]
    for kw in cases:
        try:
            count_visual_tokens(**kw)
        except ValueError:
            continue
        assert False, f"expected ValueError for {kw}"
