import math


class RunningStats:
    """Running mean / variance with Welford updates and a parallel merge.

    Keeps count, mean and m2 = sum of squared deviations from the current mean.
    Variance uses the population convention: m2 / count.
    """

    def __init__(self):
        self.count = 0
        self.mean = 0.0
        self.m2 = 0.0

    def update(self, x: float) -> None:
        # Welford: move the mean by delta / n, then add the product of the deviations
        # from the old and the new mean. Only differences of nearby numbers are formed,
        # so a large common offset (1e9) does not destroy the small spread.
        self.count += 1
        delta = x - self.mean
        self.mean += delta / self.count
        self.m2 += delta * (x - self.mean)

    def update_batch(self, xs: list[float]) -> None:
        for x in xs:
            self.update(x)

    def merge(self, other: "RunningStats") -> "RunningStats":
        """Return new stats equal to having seen both streams (inputs unchanged)."""
        out = RunningStats()
        n = self.count + other.count
        if n == 0:
            return out
        delta = other.mean - self.mean
        out.count = n
        # Weighted mean written as a correction of self.mean: stable for big offsets.
        out.mean = self.mean + delta * other.count / n
        # Chan et al.: the two m2 terms plus the spread between the two means.
        out.m2 = self.m2 + other.m2 + delta * delta * self.count * other.count / n
        return out

    def variance(self) -> float:
        return self.m2 / self.count if self.count > 0 else 0.0

    def std(self) -> float:
        return math.sqrt(self.variance())

    def normalize(self, x: float, eps: float = 1e-8) -> float:
        return (x - self.mean) / (self.std() + eps)
