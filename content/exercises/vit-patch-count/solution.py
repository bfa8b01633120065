import math


def _round_half_up(x):
    # Python's round() sends .5 to the nearest even integer; we want .5 -> up
    return int(math.floor(x + 0.5))


def resize_to_grid(height, width, factor, min_pixels=None, max_pixels=None):
    """Return (h, w): multiples of `factor`, close to the input, inside the pixel bounds."""
    if height <= 0 or width <= 0 or factor <= 0:
        raise ValueError("height, width and factor must be positive")
    if min_pixels is not None and max_pixels is not None and min_pixels > max_pixels:
        raise ValueError("min_pixels must not exceed max_pixels")

    # 1) snap each side to the nearest multiple of factor (at least one factor)
    h = max(factor, _round_half_up(height / factor) * factor)
    w = max(factor, _round_half_up(width / factor) * factor)

    # 2) too many pixels: shrink both sides by the same ratio, rounding down
    if max_pixels is not None and h * w > max_pixels:
        beta = math.sqrt(height * width / max_pixels)
        h = max(factor, math.floor(height / beta / factor) * factor)
        w = max(factor, math.floor(width / beta / factor) * factor)
    # 3) too few pixels: enlarge both sides by the same ratio, rounding up
    elif min_pixels is not None and h * w < min_pixels:
        beta = math.sqrt(min_pixels / (height * width))
        h = math.ceil(height * beta / factor) * factor
        w = math.ceil(width * beta / factor) * factor
    # 4) a very elongated image (or bounds that leave no room) cannot satisfy max_pixels
    if max_pixels is not None and h * w > max_pixels:
        raise ValueError(f"cannot fit {height}x{width} into {max_pixels} pixels on a grid of {factor}")
    return h, w


def count_visual_tokens(height, width, patch_size=14, merge=True, min_pixels=None, max_pixels=None):
    """Visual tokens for one image: resize, cut into p x p patches, optionally merge 2x2."""
    m = 2 if merge else 1                    # side of the merge window
    factor = patch_size * m                  # the patch grid must be divisible by m
    h, w = resize_to_grid(height, width, factor, min_pixels, max_pixels)
    patches = (h // patch_size) * (w // patch_size)
    return patches // (m * m)
