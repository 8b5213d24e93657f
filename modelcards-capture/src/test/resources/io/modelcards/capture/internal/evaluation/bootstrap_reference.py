"""Independent reference for Bootstrap: the same SplitMix64 index stream and percentile rule, in Python.

Run: python3 bootstrap_reference.py > bootstrap-reference.tsv
Each row: seed, resamples, level, comma-separated values, low, high (repr of Python floats).
"""
import math

M = (1 << 64) - 1


def mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return z ^ (z >> 31)


def interval(values, resamples, level, seed):
    n = len(values)
    state = seed & M
    means = []
    for _ in range(resamples):
        total = 0.0
        for _ in range(n):
            state = (state + 0x9E3779B97F4A7C15) & M
            total += values[int(((mix(state) >> 11) * 2.0 ** -53) * n)]
        means.append(total / n)
    means.sort()

    def pct(q):
        rank = q * (len(means) - 1)
        lo = math.floor(rank)
        hi = min(lo + 1, len(means) - 1)
        return means[lo] + (rank - lo) * (means[hi] - means[lo])

    return pct((1 - level) / 2), pct((1 + level) / 2)


CASES = [
    (0, 1000, 0.95, [float(i) for i in range(1, 11)]),
    (42, 1000, 0.95, [1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0]),
    (-7, 200, 0.9, [0.25, 3.5, -1.0, 2.75, 0.0, 8.125]),
]
for seed, resamples, level, values in CASES:
    low, high = interval(values, resamples, level, seed)
    print(f"{seed}\t{resamples}\t{level}\t{','.join(repr(v) for v in values)}\t{low!r}\t{high!r}")
