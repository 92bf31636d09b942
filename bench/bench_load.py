"""Benchmark: loading cost versus the bare PyYAML C parser (issue 2).

Generates N tables (default 2,000) from the seed fixtures with varied names and values,
then prints, on the same files: PyYAML's C parser alone (yaml.load with CSafeLoader), and
ggtlint's load + schema validation (read, decode, compose with positions, build the model).
Goal: loading costs no more than 1.5x the bare parse. Prints figures; asserts nothing.

    python bench/bench_load.py [--tables 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import yaml  # noqa: E402

from ggtlint.load import load_file  # noqa: E402


def generate(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    templates = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "seed").glob("t*.yaml"))]
    paths = []
    for index in range(count):
        text = rng.choice(templates)
        text = text.replace("黔南州", rng.choice(["黔南州", "黔东南州", "遵义市", "六盘水市", "安顺市"]))
        text = text.replace("≥90%", f"≥{rng.randint(80, 99)}%").replace("＝2次", f"＝{rng.randint(1, 30)}次")
        path = folder / f"table-{index:05d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def bare_parse(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        with open(path, "rb") as handle:
            yaml.load(handle.read(), Loader=yaml.CSafeLoader)
    return time.perf_counter() - start


def ggtlint_load(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        source = load_file(path)
        assert source.tables, source.findings
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = generate(Path(tmp), args.tables)
        bare = min(bare_parse(paths) for _ in range(args.repeat))
        ours = min(ggtlint_load(paths) for _ in range(args.repeat))
    print(f"tables: {args.tables} (best of {args.repeat})")
    print(f"PyYAML C parser alone (yaml.load, CSafeLoader): {bare:.3f} s  ({bare / args.tables * 1e3:.3f} ms/table)")
    print(f"ggtlint load + schema validation:                {ours:.3f} s  ({ours / args.tables * 1e3:.3f} ms/table)")
    print(f"ratio ggtlint / bare parse: {ours / bare:.2f}x  (goal ≤ 1.50x)")


if __name__ == "__main__":
    main()
