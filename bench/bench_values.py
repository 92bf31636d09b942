"""Benchmark of the 指标值 parser: time to parse 100,000 values.

  (a) a realistic bulk-review mix: the seed's values plus generated variants, drawn with many
      repeats (a finance bureau's tables reuse "＝100%", "≥95%", "2023年12月31日前" endlessly);
  (b) 100,000 all-distinct generated values (every one a cache miss).

Run:  PYTHONPATH=src python3 bench/bench_values.py
Prints figures only; the goal is (a) < 1 s.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from test_values_seed import RAW_VALUES  # noqa: E402  (the seed's 105 distinct values)

from ggtlint.values import default_lexicon, load_lexicon, parse_value  # noqa: E402

N = 100_000

OPS = ["≥", "＝", "≧", "≤", "", "不低于"]
COUNT_UNITS = ["人", "次", "场", "件", "个", "家", "册", "套", "台", "份", "人次", "户"]
TEXTS = ["有效提升", "明显提升", "长期", "稳定就业", "效果显著", "即时办理", "优", "是", "按规定标准执行"]


def variant(rng: random.Random, i: int) -> str:
    """One generated value of a common form; ``i`` makes it distinct."""
    form = i % 10
    if form == 0:
        return f"{rng.choice(OPS)}{i}{rng.choice(COUNT_UNITS)}"
    if form == 1:
        return f"{rng.choice(OPS)}{i % 100}.{i // 100}%"
    if form == 2:
        return f"＝{i}元"
    if form == 3:
        return f"＝{i // 10}.{i % 10}万元"
    if form == 4:
        return f"{2000 + i % 50}年{i % 12 + 1}月{i % 28 + 1}日前" if i < 600 else f"≥{i}万张"
    if form == 5:
        return f"{i}元/人"
    if form == 6:
        return f"{i % 1000}-{i}人"
    if form == 7:
        return f"{i}元左右"
    if form == 8:
        return f"{rng.choice(TEXTS)}{i}"
    return f"{rng.choice(OPS)}{i}个工作日"


def fresh_cache() -> None:
    default_lexicon().memo.pop("parse_value", None)


def timed(values: list[str], year: int = 2023) -> float:
    fresh_cache()
    start = time.perf_counter()
    for value in values:
        parse_value(value, budget_year=year)
    return time.perf_counter() - start


def main() -> None:
    rng = random.Random(20230101)

    start = time.perf_counter()
    load_lexicon()
    lexicon_ms = (time.perf_counter() - start) * 1000

    # (a) seed values dominate, plus a few thousand variants; Zipf-like weights give many repeats
    pool = list(RAW_VALUES) + [variant(rng, i) for i in range(3000)]
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(pool))]
    mix = rng.choices(pool, weights=weights, k=N)
    distinct_mix = len(set(mix))

    # (b) every value distinct
    distinct = [variant(rng, i) for i in range(N)]
    assert len(set(distinct)) == N, len(set(distinct))

    time_a = min(timed(mix) for _ in range(3))
    time_b = min(timed(distinct) for _ in range(3))
    kinds: dict[str, int] = {}
    for value in distinct:
        kind = parse_value(value, budget_year=2023).kind
        kinds[kind] = kinds.get(kind, 0) + 1

    print(f"load built-in lexicon (first call):          {lexicon_ms:8.1f} ms")
    print(f"(a) realistic mix, {N:,} values ({distinct_mix:,} distinct): {time_a:8.3f} s  ({time_a / N * 1e6:.2f} µs/value)")
    print(f"(b) all distinct, {N:,} values:                {time_b:8.3f} s  ({time_b / N * 1e6:.2f} µs/value)")
    print("    kinds in (b): " + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
    print("goal: (a) < 1 s")


if __name__ == "__main__":
    main()
