import math


class RunningStats:
    """Running mean / variance of a stream of rewards (population variance).

    Attributes: count, mean. Methods: update(x), update_batch(xs), merge(other)
    (returns a NEW object, inputs unchanged), variance(), std(), normalize(x, eps).
    """

    # First attempt: keep running sums of x and x^2.
    def __init__(self):
        self.count = 0
        self.total = 0.0
        self.total_sq = 0.0

    @property
    def mean(self) -> float:
        return self.total / self.count if self.count else 0.0

    def update(self, x: float) -> None:
        self.count += 1
        self.total += x
        self.total_sq += x * x

    def update_batch(self, xs: list[float]) -> None:
        for x in xs:
            self.update(x)

    def merge(self, other: "RunningStats") -> "RunningStats":
        out = RunningStats()
        out.count = self.count + other.count
        out.total = self.total + other.total
        out.total_sq = self.total_sq + other.total_sq
        return out

    def variance(self) -> float:
        if self.count == 0:
            return 0.0
        return max(self.total_sq / self.count - self.mean ** 2, 0.0)

    def std(self) -> float:
        return math.sqrt(self.variance())

    def normalize(self, x: float, eps: float = 1e-8) -> float:
        return (x - self.mean) / (self.std() + eps)
