import math


def resize_to_grid(height, width, factor, min_pixels=None, max_pixels=None):
    """Return (h, w), both multiples of factor, following the rules in the task description."""
    raise NotImplementedError


def count_visual_tokens(height, width, patch_size=14, merge=True, min_pixels=None, max_pixels=None):
    """Number of visual tokens for one image (special tokens not counted)."""
    # First draft: ignores resizing and bounds, divides with floor.
    tokens = (height // patch_size) * (width // patch_size)
    return tokens // 4 if merge else tokens
