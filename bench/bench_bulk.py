"""Bulk-review benchmark: ggtlint over thousands of generated target tables.

It generates N realistic tables into a temporary folder (departments, categories, values and
defects drawn from the seed's vocabulary in ``fixtures/seed``; a fixed random seed, so every run
sees the same corpus) and prints, for that one corpus:

  * the bare PyYAML C-parser time (``yaml.load`` with CSafeLoader over every file),
  * ggtlint on one process (``--jobs 1 --no-cache``), on all cores (``--no-cache``), and one
    cached command run twice (cold: it fills the cache; then warm: nothing changed, so the
    stored output is written again) and once more after one file is edited (its result and the
    cross-table pass are made again, every other file's result is read), each in a subprocess
    writing GitHub annotations to /dev/null (a streaming reporter), with tables/s and peak
    memory (the child's own VmHWM, reported as it exits); plus a JSON run, a run writing both
    review reports (``--report`` .html and .xlsx) and, on small corpora, the rich layout for scale,
  * the ratios the performance issue sets targets for: one process / bare parse (≤ 2x),
    all cores vs one process, cold / warm for the same command (≥ 10x), peak memory at 10k /
    1k tables (≤ 1.5x),
  * the start-to-finish wall time of ``python -m ggtlint check one.yaml`` (< 300 ms) and the
    modules ``check`` imported that it should not need (``python -X importtime``).

Usage:  python bench/bench_bulk.py [--tables 10000] [--keep DIR]
Only figures are printed; nothing here asserts a timing. ``generate_corpus`` is also used by
the test suite to build small corpora.
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT / "fixtures" / "seed"
RANDOM_SEED = 20230601

# Invented but plausible 主管部门 of one prefecture: the seed has only the 人社局.
DEPARTMENTS = (
    "黔南布依族苗族自治州人力资源和社会保障局", "黔南布依族苗族自治州教育局", "黔南布依族苗族自治州卫生健康局",
    "黔南布依族苗族自治州农业农村局", "黔南布依族苗族自治州民政局", "黔南布依族苗族自治州住房和城乡建设局",
    "黔南布依族苗族自治州交通运输局", "黔南布依族苗族自治州文化广电旅游局", "黔南布依族苗族自治州生态环境局",
    "黔南布依族苗族自治州医疗保障局", "黔南布依族苗族自治州退役军人事务局", "黔南布依族苗族自治州市场监督管理局",
    "都匀市人力资源和社会保障局", "福泉市教育局", "荔波县农业农村局", "贵定县民政局",
)
SUBJECTS = ("就业", "培训", "档案", "考试", "资助", "信息化", "社保", "人才", "劳动监察", "公共服务")
VAGUE = ("有效提升", "明显提升", "效果显著", "稳步提高", "有所提高", "进一步改善")
COUNT_UNITS = ("人", "次", "场", "件", "个", "家", "册", "套", "台", "户", "人次")
GOAL_TAILS = (
    "确保项目资金按规定使用，提高资金使用效益。", "完成年度工作任务，服务对象满意度不低于90%。",
    "保障业务系统稳定运行，全年无重大安全事故。", "按时足额发放补贴，惠及群众。",
)


@lru_cache(maxsize=1)
def seed_vocabulary() -> dict[str, Any]:
    """Project names, categories, goals and (一级, 二级) → [(name, value)] pools from the seed."""
    tables = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(SEED_DIR.glob("*.yaml"))]
    pools: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for table in tables:
        for level1, groups in (table.get("indicators") or {}).items():
            for level2, rows in (groups or {}).items():
                for row in rows or []:
                    pools.setdefault((level1, level2), []).append((str(row["name"]), str(row["value"])))
    return {
        "tables": tables,
        "names": [t["project"]["name"] for t in tables],
        "categories": sorted({t["project"].get("category") for t in tables if t["project"].get("category")}),
        "goals": [t["goal"] for t in tables if t.get("goal")],
        "pools": pools,
    }


def _vary_value(rng: random.Random, value: str) -> str:
    """Scale the number in a value so that tables differ, keeping its form."""
    digits = "".join(ch if ch.isdigit() else " " for ch in value).split()
    if not digits or "%" in value or "年" in value or "月" in value or "*" in value:
        return value
    number = digits[0]
    scaled = max(1, int(int(number) * (1 if rng.random() < 0.25 else rng.randint(5, 30) / 10)))
    return value.replace(number, str(scaled), 1)


def _table(rng: random.Random, vocab: dict[str, Any], index: int, department: str) -> dict[str, Any]:
    base = copy.deepcopy(rng.choice(vocab["tables"]))
    year = rng.choice((2023, 2023, 2024))
    subject = rng.choice(SUBJECTS)
    project = base["project"]
    project["name"] = f"{year}年{subject}{rng.choice(vocab['names'])[-10:]}项目{index}"
    project["department"] = department
    project["implementer"] = department
    project["category"] = rng.choice(vocab["categories"])
    project["year"] = year
    project["title"] = f"黔南州{year}年项目支出绩效目标表"
    base["source"] = f"generated table {index} (bench_bulk)"
    pools = vocab["pools"]
    indicators = base.get("indicators") or {}
    for level1, groups in indicators.items():
        for level2, rows in (groups or {}).items():
            rows = [dict(row) for row in rows or []]
            for row in rows:
                row["value"] = _vary_value(rng, str(row["value"]))
            # Swap in a row from the seed's pool for the same category now and then.
            pool = pools.get((level1, level2))
            if pool and rng.random() < 0.4:
                name, value = rng.choice(pool)
                if all(row["name"] != name for row in rows):
                    rows.append({"name": name, "value": _vary_value(rng, value)})
            if level2.startswith("数量") and rng.random() < 0.5:
                rows.append({"name": f"{subject}服务{rng.choice(('人数', '场次', '户数'))}",
                             "value": f"≥{rng.randint(10, 5000)}{rng.choice(COUNT_UNITS)}"})
            groups[level2] = rows
    _inject_defects(rng, base, year)
    goal = base.get("goal") or ""
    base["goal"] = f"{goal.rstrip()}\n目标{index % 7 + 2}：{project['name']}{rng.choice(GOAL_TAILS)}\n"
    return base


def _inject_defects(rng: random.Random, table: dict[str, Any], year: int) -> None:
    """The seed's kinds of mistakes, at rates that give a bureau's typical mix."""
    indicators = table.get("indicators") or {}
    roll = rng.random()
    if roll < 0.08 and "满意度指标" in indicators:
        del indicators["满意度指标"]                      # no satisfaction indicator
    elif roll < 0.14:
        indicators.get("产出指标", {}).pop("成本指标", None)  # no cost indicator
    if rng.random() < 0.25:
        for groups in indicators.values():
            for rows in (groups or {}).values():
                if rows:
                    rows[0]["value"] = rng.choice(VAGUE)    # a vague target
                    break
            break
    if rng.random() < 0.1:
        for groups in indicators.values():
            for rows in (groups or {}).values():
                for row in rows or []:
                    if "年" in str(row["value"]) and "月" in str(row["value"]):
                        row["value"] = f"{year + 1}年12月31日前"  # deadline outside the budget year
    if rng.random() < 0.1:
        funds = table.get("funds") or {}
        if isinstance(funds.get("total"), (int, float)):
            funds["total"] = funds["total"] + rng.choice((1000, 5000, 20000))  # sum mismatch
    if rng.random() < 0.05:
        sat = indicators.get("满意度指标")
        if sat:
            for key in list(sat):
                sat["服务对像满意度指标"] = sat.pop(key)  # the seed's typo
                break


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Safe dumper (C when available) writing multi-line text as a ``|`` block, as people do."""


def _str(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


_Dumper.add_representer(str, _str)


def generate_corpus(folder: Path, count: int, seed: int = RANDOM_SEED, broken: bool = True) -> list[Path]:
    """Write ``count`` tables under ``folder`` (one department per sub-folder); return the files.

    About 4% are copies of an earlier table of the same department with a new name, 3% reuse
    another table's goal, 3% are two-table files, and (with ``broken``) one in 500 files is
    not valid YAML, as happens in real submissions.
    """
    rng = random.Random(seed)
    vocab = seed_vocabulary()
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    made: list[dict[str, Any]] = []
    index = 0
    dump_options = {"Dumper": _Dumper, "allow_unicode": True, "sort_keys": False, "default_flow_style": False,
                    "width": 200}
    while index < count:
        department = DEPARTMENTS[rng.randrange(len(DEPARTMENTS))]
        roll = rng.random()
        if roll < 0.04 and made:
            table = copy.deepcopy(rng.choice(made[-200:]))
            table["project"]["name"] = f"{table['project']['name']}（续{index}）"
        else:
            table = _table(rng, vocab, index, department)
            if roll < 0.07 and made:
                table["goal"] = rng.choice(made[-200:]).get("goal")
        made.append(table)
        subdir = folder / f"d{DEPARTMENTS.index(table['project']['department']):02d}"
        subdir.mkdir(exist_ok=True)
        path = subdir / f"t{index:06d}.yaml"
        docs = [table]
        if rng.random() < 0.03 and index + 1 < count:
            index += 1
            extra = _table(rng, vocab, index, table["project"]["department"])
            made.append(extra)
            docs.append(extra)
        text = yaml.dump_all(docs, **dump_options)
        if broken and rng.random() < 0.002:
            text = text.replace("indicators:", "indicators: [", 1)  # a syntax error
        path.write_text(text, encoding="utf-8")
        files.append(path)
        index += 1
    return files


# -- measurements ------------------------------------------------------------------------------

def bare_parse(files: list[Path], clock: Callable[[], float] = time.perf_counter) -> float:
    """Best of three passes of ``yaml.load_all`` (C loader) over the corpus, in seconds (of ``clock``)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    times = []
    for _ in range(3):
        start = clock()
        for path in files:
            try:
                for _doc in yaml.load_all(path.read_bytes(), Loader=loader):
                    pass
            except yaml.YAMLError:
                pass
        times.append(clock() - start)
    return min(times)


_BYTECODE_DIR: list[Path] = []


def _env() -> dict[str, str]:
    """The children's environment: ggtlint from this checkout, with compiled bytecode.

    An installed ggtlint has its modules byte-compiled (pip does it on install); a checkout
    run under PYTHONDONTWRITEBYTECODE would compile every module from source on every start,
    so bytecode is allowed and kept in a folder of the benchmark's own.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("GGTLINT_DEBUG", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if _BYTECODE_DIR:
        env["PYTHONPYCACHEPREFIX"] = str(_BYTECODE_DIR[0])
        # the compiled-pattern store (ggtlint.regexcache) beside it: written by the first run, as after installing
        env["GGTLINT_REGEX_CACHE_DIR"] = str(_BYTECODE_DIR[0] / "regex")
    return env


# The child reports its own peak resident memory (VmHWM, which exec() resets) on its way out.
# Not ru_maxrss from wait4(): Linux carries the high-water mark across exec(), so a child
# started by this process would report this process's peak (the generated corpus) instead.
_PEAK_WRAPPER = """
import atexit, os, runpy, sys
def _peak():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    os.write(2, ("\\nGGTLINT-BENCH-PEAK-KIB " + line.split()[1] + "\\n").encode())
    except OSError:
        pass
atexit.register(_peak)
sys.argv[0] = "ggtlint"
runpy.run_module("ggtlint", run_name="__main__", alter_sys=True)
"""


def run_ggtlint(args: list[str], cwd: Path) -> tuple[float, int, int]:
    """Wall seconds, peak RSS (KiB) and exit code of one ``python -m ggtlint`` subprocess.

    The peak is the main process's own (a parallel run's workers are not added in); where
    /proc is missing it falls back to wait4()'s ru_maxrss.
    """
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _PEAK_WRAPPER, *args], cwd=cwd, env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err_bytes = proc.stderr.read() if proc.stderr else b""
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.stderr:
        proc.stderr.close()
    err = err_bytes.decode("utf-8", "replace")
    reported = [line.split()[1] for line in err.splitlines() if line.startswith("GGTLINT-BENCH-PEAK-KIB ")]
    if proc.returncode not in (0, 1):
        print(f"  ! ggtlint exited {proc.returncode}: {err.strip()[:500]}")
    if reported:
        peak = int(reported[-1])
    else:
        peak = usage.ru_maxrss
        if sys.platform == "darwin":  # bytes there, KiB on Linux
            peak //= 1024
    return elapsed, peak, proc.returncode


def _count_tables(files: list[Path]) -> int:
    return sum(path.read_text(encoding="utf-8").count("\nproject:") + path.read_text(encoding="utf-8").startswith("project:")
               for path in files)


def _edit_one(files: list[Path]) -> None:
    """Change one file (a comment at its end): its bytes differ, so its result and the
    cross-table pass must be made again."""
    path = files[len(files) // 2]
    path.write_text(path.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")


def measure_corpus(count: int, workdir: Path) -> dict[str, float]:
    folder = workdir / f"corpus-{count}"
    t0 = time.perf_counter()
    files = generate_corpus(folder, count)
    tables = _count_tables(files)
    print(f"\n== {count} tables in {len(files)} files (generated in {time.perf_counter() - t0:.1f} s) ==")
    figures: dict[str, float] = {"tables": tables}
    parse = bare_parse(files)
    figures["parse"] = parse
    print(f"  bare parse (yaml.load_all, CSafeLoader)   {parse:7.2f} s   {tables / parse:8.0f} tables/s")
    cache_dir = workdir / f"cache-{count}"
    # The timed runs write GitHub annotations to /dev/null: a streaming reporter, so the figures
    # are ggtlint's own cost and its peak memory is not the JSON reporter's (which must collect).
    out = ["--format", "github", "-o", os.devnull]
    runs = [
        ("one", "ggtlint --jobs 1 --no-cache", ["check", str(folder), *out, "--jobs", "1", "--no-cache"]),
        ("all", f"ggtlint all cores ({os.cpu_count()}) --no-cache", ["check", str(folder), *out, "--no-cache"]),
        # the same command twice, as a user re-runs it: the first fills the cache
        ("cold", "ggtlint, cache cold (fills it)", ["check", str(folder), *out, "--cache-dir", str(cache_dir)]),
        ("warm", "ggtlint, cache warm (same command)", ["check", str(folder), *out, "--cache-dir", str(cache_dir)]),
        # then one file edited: its result and the cross-table pass are made again, the rest is read
        ("edited", "ggtlint, cache warm, one file edited", ["check", str(folder), *out, "--cache-dir", str(cache_dir)]),
        ("json", "ggtlint --jobs 1 --no-cache, JSON output", ["check", str(folder), "--format", "json", "-o",
                                                             os.devnull, "--jobs", "1", "--no-cache"]),
        ("report", "ggtlint --no-cache, HTML + xlsx reports", ["check", str(folder), *out, "--no-cache",
                                                               "--report", str(workdir / f"review-{count}.html"),
                                                               "--report", str(workdir / f"review-{count}.xlsx")]),
    ]
    if count <= 2000:  # the rich terminal layout is slow per finding; shown for scale on small corpora
        runs.append(("rich", "ggtlint --jobs 1 --no-cache, rich to a pipe",
                     ["check", str(folder), "--jobs", "1", "--no-cache", "--no-color"]))
    for key, label, args in runs:
        if key == "edited":
            _edit_one(files)
        elapsed, peak, _code = run_ggtlint(args, workdir)
        figures[key] = elapsed
        figures[key + "_rss"] = peak
        print(f"  {label:<42} {elapsed:7.2f} s   {tables / elapsed:8.0f} tables/s   peak {peak / 1024:6.1f} MiB")
    print(f"  ratio one process / bare parse            {figures['one'] / parse:7.2f}x   (target ≤ 2x)")
    print(f"  ratio one process / all cores             {figures['one'] / figures['all']:7.2f}x")
    print(f"  ratio cold / warm cache, same command     {figures['cold'] / figures['warm']:7.2f}x   (target ≥ 10x)")
    print(f"  ratio cold / warm, one file edited        {figures['cold'] / figures['edited']:7.2f}x")
    print(f"  ratio one process, no cache / warm cache  {figures['one'] / figures['warm']:7.2f}x")
    measure_html_opening(workdir / f"review-{count}.html")
    return figures


def measure_html_opening(page: Path) -> None:
    """Seconds headless Chromium takes to open the review report and draw its first screen (best of two);
    skipped when Chromium is not installed. A bureau opens this page on an ordinary office PC."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None or not page.exists():
        print("  HTML report opened in Chromium             (skipped: chromium is not on PATH)")
        return
    times = []
    with tempfile.TemporaryDirectory() as profile:
        for _ in range(2):
            start = time.perf_counter()
            subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                            f"--screenshot={Path(profile) / 'shot.png'}", "--window-size=1280,2000",
                            page.resolve().as_uri()], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=900, check=False)
            times.append(time.perf_counter() - start)
    size = page.stat().st_size / 2**20
    print(f"  HTML report ({size:.0f} MiB) opened in Chromium    {min(times):7.2f} s   (headless, first screen drawn)")


def measure_one_file(workdir: Path) -> None:
    one = workdir / "one.yaml"
    shutil.copy(SEED_DIR / "t04-jiuye-buzhu-2023.yaml", one)
    args = ["check", str(one), "--no-color", "--no-cache"]
    # writes the bytecode, as installing does, and the compiled patterns, as the first run does
    first_ever = run_ggtlint(args, workdir)[0]
    times = [run_ggtlint(args, workdir)[0] for _ in range(7)]
    bare = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=_env(), check=False)
        bare.append(time.perf_counter() - start)
    print(f"\n== one small file, start to finish ==\n  python -m ggtlint check one.yaml --no-cache   "
          f"median {statistics.median(times) * 1000:5.0f} ms, best {min(times) * 1000:5.0f} ms   (target < 300 ms)")
    print(f"  (the very first run, which also writes the bytecode an install would and compiles and stores the "
          f"patterns: {first_ever * 1000:5.0f} ms)")
    print(f"  (of which the bare interpreter, python -c pass:  median {statistics.median(bare) * 1000:5.0f} ms)")
    cached = ["check", str(one), "--no-color", "--cache-dir", str(workdir / "one-cache")]
    first = run_ggtlint(cached, workdir)[0]
    again = [run_ggtlint(cached, workdir)[0] for _ in range(5)]
    print(f"  with the result cache (the default): first run {first * 1000:5.0f} ms, "
          f"then median {statistics.median(again) * 1000:5.0f} ms")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "ggtlint", *args],
                          cwd=workdir, env=_env(), capture_output=True, text=True)
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    unwanted = sorted(m for m in imported if m.split(".")[0] in ("openpyxl", "jsonschema", "concurrent")
                      or m in ("rich.table", "rich.progress", "rich.console", "multiprocessing", "sqlite3"))
    total_us = sum(int(line.split("|")[1]) for line in proc.stderr.splitlines()
                   if line.startswith("import time:") and line.split("|")[1].strip().isdigit()
                   and not line.split("|")[2].startswith("  "))
    print(f"  import time (top-level modules, -X importtime)   {total_us / 1000:5.0f} ms")
    print(f"  heavy modules imported that check does not need: {', '.join(unwanted) or 'none'}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", type=int, default=10000, help="size of the large corpus (default 10000)")
    parser.add_argument("--small", type=int, default=1000, help="size of the small corpus for the memory ratio")
    parser.add_argument("--one-file-only", action="store_true", help="measure only the one small file")
    parser.add_argument("--keep", type=Path, default=None, help="generate into this folder and keep it")
    args = parser.parse_args(argv)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="ggtlint-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    _BYTECODE_DIR.append(workdir / "bytecode")
    try:
        print(f"ggtlint bulk benchmark — Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
              f"libyaml {'yes' if hasattr(yaml, 'CSafeLoader') else 'no'}")
        measure_one_file(workdir)
        if args.one_file_only:
            return
        small = measure_corpus(args.small, workdir) if args.small and args.small < args.tables else None
        large = measure_corpus(args.tables, workdir)
        if small:
            print(f"\n  peak memory {args.tables} / {args.small} tables (one process)   "
                  f"{large['one_rss'] / small['one_rss']:5.2f}x   (target ≤ 1.5x)")
            print(f"  peak memory {args.tables} / {args.small} tables (all cores)     "
                  f"{large['all_rss'] / small['all_rss']:5.2f}x")
            print(f"  peak memory {args.tables} / {args.small} tables (with reports)  "
                  f"{large['report_rss'] / small['report_rss']:5.2f}x")
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
