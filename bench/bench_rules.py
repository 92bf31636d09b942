"""Where one process spends its time: loading, each rule, and the engine around them.

The bulk benchmark (``bench_bulk.py``) times whole runs; this one opens up a single process
on the same generated corpus so that a change aimed at speed can be aimed well. It prints:

  * the bare PyYAML C-parser time for the corpus (the bulk target's yardstick),
  * ggtlint's own loading (decode, libyaml compose with positions, the table model), and
    checking (``Engine.check_source``), each timed without any instrumentation,
  * then, in a second pass with every rule's check wrapped in a timer, the time of each rule,
    of building each table's context (parsed values, categories), and what is left of the
    check (findings made and rendered, the cross-table digests, suppressions, the file's result),
  * the budget the ≤ 2x target leaves: twice the bare parse, less loading, against the rest.

The wrapped pass is slower than the plain one (two clock reads and a list per call); its
figures are shares, the plain pass's are the times. Output, the cache and the cross-table
rules themselves (XT, run after every file) are not in either: the bulk benchmark has them.

With ``--cpu`` every clock is the process's CPU time (``time.process_time``), not wall time:
on a shared machine other processes' work then does not enter the figures (the bare parse too).

Usage:  python bench/bench_rules.py [--tables 2000] [--top 30] [--cpu]
Only figures are printed; nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bench_bulk import bare_parse, generate_corpus  # noqa: E402

from ggtlint.engine import Engine  # noqa: E402
from ggtlint.engine.config import Config  # noqa: E402
from ggtlint.load import load_text  # noqa: E402

# the clock every figure is read from: wall time, or CPU time with --cpu (set in main)
_CLOCK: list[Callable[[], float]] = [time.perf_counter]


def _run(engine: Engine, files: list[Path]) -> tuple[float, float, int, int]:
    """Load and check each file in turn, as a run streams them (holding every loaded file at once
    would time the garbage collector walking them, not ggtlint): (load s, check s, tables, findings)."""
    load_seconds = check_seconds = 0.0
    tables = findings = 0
    clock = _CLOCK[0]
    for path in files:
        start = clock()
        source = load_text(path.read_bytes().decode("utf-8"), str(path))
        loaded = clock()
        findings += len(engine.check_source(source).findings)
        load_seconds += loaded - start
        check_seconds += clock() - loaded
        tables += len(source.tables)
    return load_seconds, check_seconds, tables, findings


def _instrument(engine: Engine, spent: Counter[str]) -> None:
    """Wrap each rule's check (table and row plans) and the context builder in timers adding to
    ``spent``: the engine's plans are resolved once at build, so the wrappers go there."""

    clock = _CLOCK[0]

    def timed_table(rule_id: str, check: Callable[..., Iterable[Any]]) -> Callable[..., list[Any]]:
        def run(ctx: Any, compiled: Any) -> list[Any]:
            start = clock()
            hits = list(check(ctx, compiled))
            spent[rule_id] += clock() - start
            return hits
        return run

    def timed_row(rule_id: str, check: Callable[..., Iterable[Any]]) -> Callable[..., list[Any]]:
        def run(ctx: Any, row: Any, compiled: Any) -> list[Any]:
            start = clock()
            hits = list(check(ctx, row, compiled))
            spent[rule_id] += clock() - start
            return hits
        return run

    engine._table_plan = [(rule, timed_table(rule.info.id, check), project)
                          for rule, check, project in engine._table_plan]
    engine._row_plan = [(rule, timed_row(rule.info.id, check), wanted, pure, project)
                        for rule, check, wanted, pure, project in engine._row_plan]
    build = engine.context

    def context(table: Any) -> Any:
        start = clock()
        ctx = build(table)
        spent["(context)"] += clock() - start
        return ctx

    engine.context = context  # type: ignore[method-assign]


def measure(files: list[Path]) -> dict[str, Any]:
    """The plain and the wrapped pass over ``files``; returns every figure printed."""
    bare = bare_parse(files, _CLOCK[0])
    engine = Engine.build(Config())
    _run(engine, files[:50])  # imports and lazy patterns settle before timing
    engine = Engine.build(Config())  # (with fresh memos)
    load_seconds, check_seconds, tables, findings = _run(engine, files)

    engine = Engine.build(Config())  # fresh memos: the wrapped pass meets the rows as the plain one did
    spent: Counter[str] = Counter()
    _instrument(engine, spent)
    _, wrapped_seconds, _, wrapped_findings = _run(engine, files)
    return dict(files=len(files), tables=tables, findings=findings, wrapped_findings=wrapped_findings,
                bare=bare, load=load_seconds, check=check_seconds, wrapped=wrapped_seconds, spent=spent,
                rules=len(engine.rules), rule_ids=[rule.info.id for rule in engine.rules])


def report(figures: dict[str, Any], top: int) -> None:
    bare, load, check, wrapped = figures["bare"], figures["load"], figures["check"], figures["wrapped"]
    spent: Counter[str] = figures["spent"]
    context = spent.pop("(context)", 0.0)
    in_rules = sum(spent.values())
    print(f"== {figures['tables']} tables in {figures['files']} files, {figures['rules']} rules enabled, "
          f"{figures['findings']} findings ==")
    if figures.get("clock") == "cpu":
        print("  (every figure is this process's CPU time, --cpu, not wall time)")
    print(f"  bare parse (yaml.load_all, CSafeLoader)   {bare:7.2f} s")
    print(f"  ggtlint loading (decode, compose, model)  {load:7.2f} s   {load / bare:5.2f}x the bare parse")
    print(f"  ggtlint checking (Engine.check_source)    {check:7.2f} s   {check / bare:5.2f}x the bare parse")
    print(f"  load + check                              {load + check:7.2f} s   {(load + check) / bare:5.2f}x"
          "   (no output, cache or cross-table pass)")
    budget = 2 * bare - load
    print(f"  the ≤ 2x target leaves for checking       {budget:7.2f} s   ({budget / check:.0%} of today's)")
    print()
    print(f"  wrapped pass (every rule timed)           {wrapped:7.2f} s   shares of it:")
    rest = wrapped - in_rules - context
    for label, seconds in (("rules", in_rules), ("table contexts (values parsed, categories)", context),
                           ("the engine around them (findings, digests, suppressions)", rest)):
        print(f"    {label:<58s}{seconds:6.2f} s  {seconds / wrapped:5.1%}")
    print()
    print(f"  the {min(top, len(spent))} costliest rules (of {len(spent)} that ran):")
    for rule_id, seconds in spent.most_common(top):
        print(f"    {rule_id:<10s} {seconds * 1000:8.1f} ms  {seconds / in_rules:5.1%} of the rules")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", type=int, default=2000, help="size of the generated corpus (default 2000)")
    parser.add_argument("--top", type=int, default=30, help="how many rules to list (default 30)")
    parser.add_argument("--cpu", action="store_true", help="CPU time of this process, not wall time")
    args = parser.parse_args(argv)
    # set on every call, not only with --cpu: a call without it after one with it times wall clock again
    _CLOCK[0] = time.process_time if args.cpu else time.perf_counter
    with tempfile.TemporaryDirectory(prefix="ggtlint-bench-rules-") as tmp:
        files = generate_corpus(Path(tmp) / "corpus", args.tables, broken=False)
        figures = measure(files)
    figures["clock"] = "cpu" if args.cpu else "wall"
    report(figures, args.top)
    return figures


if __name__ == "__main__":
    main()
