"""Long fuzzing run, outside CI: the properties of tests/test_fuzz.py for minutes, not seconds.

Run:  PYTHONPATH=src python3 bench/fuzz_long.py [--minutes 10] [--atheris]

Without ``--atheris`` it runs the hypothesis properties (random bytes, YAML-ish text, edited
seed tables, schema-valid tables) in rounds of fresh random examples until the time is up,
and prints every failure with the input that caused it (hypothesis shrinks it first).
With ``--atheris`` and the atheris package installed, it runs coverage-guided fuzzing of
load + check on raw bytes instead (``pip install atheris``; it is not a dependency).

Exit status: 0 when nothing failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import test_fuzz  # noqa: E402  (the strategies and properties the CI tests use)


def _properties(scratch: Path) -> dict[str, tuple[Any, Callable[..., None]]]:
    return {
        "random bytes": (st.binary(max_size=8192), lambda data: test_fuzz.check_bytes(data, scratch)),
        "yaml-ish text": (test_fuzz.YAMLISH, test_fuzz.check_text),
        "edited seed tables": (test_fuzz.mutated_seed(), test_fuzz.check_text),
        "schema-valid tables": (st.tuples(test_fuzz.TABLES, st.booleans()),
                                lambda pair: test_fuzz.check_schema_valid_table(*pair)),
    }


def _returning_none(prop: Callable[..., Any]) -> Callable[..., None]:
    def run(value: Any) -> None:  # hypothesis wants a test to return None
        prop(value)
    return run


def run_hypothesis(minutes: float, examples_per_round: int) -> int:
    """Rounds of every property with a new seed each, until ``minutes`` have passed."""
    deadline = time.monotonic() + minutes * 60
    failures = 0
    rounds = 0
    with tempfile.TemporaryDirectory() as folder:
        properties = _properties(Path(folder))
        while time.monotonic() < deadline:
            rounds += 1
            for name, (strategy, prop) in properties.items():
                if time.monotonic() >= deadline:
                    break
                test = seed(random.getrandbits(64))(settings(
                    max_examples=examples_per_round, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))(given(strategy)(_returning_none(prop))))
                try:
                    test()
                except Exception:  # noqa: BLE001 - report every failing property and go on
                    failures += 1
                    print(f"✗ {name} (round {rounds}):", file=sys.stderr)
                    traceback.print_exc()
            print(f"round {rounds} done; {failures} failure(s) so far", flush=True)
    print(f"{rounds} rounds × {len(properties)} properties × {examples_per_round} examples; {failures} failure(s)")
    return 1 if failures else 0


def run_atheris(minutes: float) -> int:  # pragma: no cover - needs the optional atheris package
    import atheris

    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)

        def one_input(data: bytes) -> None:
            test_fuzz.check_bytes(data, scratch)

        atheris.Setup([sys.argv[0], f"-max_total_time={int(minutes * 60)}"], one_input)
        atheris.Fuzz()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz (default 10)")
    parser.add_argument("--examples", type=int, default=500, help="examples per property per round")
    parser.add_argument("--atheris", action="store_true", help="use atheris (coverage-guided) on raw bytes")
    args = parser.parse_args()
    if args.atheris:
        try:
            import atheris  # noqa: F401
        except ImportError:
            print("atheris is not installed (pip install atheris); running hypothesis instead", file=sys.stderr)
        else:
            return run_atheris(args.minutes)
    return run_hypothesis(args.minutes, args.examples)


if __name__ == "__main__":
    sys.exit(main())
