"""Write docs/robustness.md: every bad-input case run through the CLI, with what it showed.

Run:  PYTHONPATH=src python3 bench/robustness_report.py [--output docs/robustness.md]

The cases are the ones tests/test_robustness.py checks (its CASES list), so the document
shows exactly what the tests promise. Each case is a folder with the bad input and one good
table, checked by ``python -m ggtlint check FOLDER --select LOAD --format json`` in a child
process whose peak memory (ru_maxrss) and wall time are recorded. Two more scenarios run
the same way as their tests: a file deleted during the run, and Ctrl-C (sequential and
parallel). Figures depend on the machine; the exit codes and findings do not.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import yaml  # noqa: E402

import test_interrupt  # noqa: E402
import test_robustness as cases  # noqa: E402
from ci_helpers import run_check  # noqa: E402

HEADER = """# 健壮性：坏输入与安全限制 / Robustness: bad input and safety limits

> 本文件由 `bench/robustness_report.py` 生成，请勿手工编辑。重新生成：
> This file is generated; do not edit it by hand. Regenerate with:
>
>     PYTHONPATH=src python3 bench/robustness_report.py
>
> 生成环境 / generated on: {environment}

ggtlint 的承诺（issue 8）：任何坏的或恶意的输入都不会让检查崩溃、执行代码或丢失结果。
每个坏文件都得到一条明确的 LOAD 问题，同一次运行中的其他文件照常检查，退出码照常
（有错误为 1，只有警告为 0，用法/配置/规则包错误为 2，Ctrl-C 为 130）。

The promise (issue 8): no broken or hostile input crashes the run, runs code, or loses a
result. Each bad file gets one clear LOAD finding, the other files of the run are checked as
usual, and the exit codes stay the usual ones (1 errors, 0 warnings only, 2 usage/config/pack
error, 130 interrupted).

## 安全限制 / Limits

每个限制都针对单个文件；超出时该文件得到 LOAD008，运行不会失败。
Every limit is per file; going over one is a LOAD008 finding for that file, not a failed run.

| 限制 limit | 默认 default | 命令行 option | 配置 `limits:` key |
|---|---|---|---|
| 文件大小 file size | 10 MiB | `--max-file-size MIB` | `max_file_size` (MiB) |
| 嵌套层数 nesting depth | 64（最大 1000） | `--max-depth N` | `max_depth` |
| 别名引用 alias uses (`*name`) | 100 | `--max-aliases N` | `max_aliases` |
| 节点数 nodes per document | 200,000 | — | `max_nodes` |
| 每个文件的时间 time per file | 10 s（0 为不限） | `--timeout SECONDS` | `timeout` |

命令行选项优先于配置文件。嵌套层数最多 1000：libyaml 的组合器在 C 中递归，约 2 万到
5 万层时会使解释器崩溃，所以深度在构建任何树之前、在事件流上检查。

Options beat the config file. The depth limit cannot exceed 1000: libyaml's composer recurses
in C and crashes the interpreter somewhere between 20,000 and 50,000 levels, so depth (and
aliases and nodes) are counted on the event stream before any tree is built.

**时间上限是协作式的 / the time limit is cooperative.** Python 无法中断正在运行的 libyaml
（或一次 `re` 匹配），所以加载器和引擎在各阶段之间、表与表之间、规则与规则之间以及每
256 行/4096 个事件时查看时钟；超时后保留已得到的问题并加一条 LOAD008。单次 C 级解析由
文件大小和节点数上限约束（libyaml 约每秒 10 MB）。Python cannot interrupt libyaml (or a
single `re` match) once it runs, so the loader and the engine look at the clock between
stages, tables and rules, and every 256 rows or 4,096 parser events; past the limit the file
keeps the findings made so far and gets a LOAD008. A single C-level parse is bounded by the
size and node limits instead (libyaml parses about 10 MB a second).

**用户规则包是不可信的数据 / user rule packs are untrusted data.** 包中的正则表达式在加载时
静态检查，可能灾难性回溯的写法（`(a+)+`、`(a|aa)*`、`(.*a){{20}}`、`\\d+\\d+x` 等）被拒绝，
匹配的输入截断为 2000 字；`lexicons:` 目录（含符号链接）必须在包所在目录内；包不能指定
输出路径；消息模板只替换 `{{name}}`，`{{name.__class__}}` 之类原样保留。A pack's regular
expressions are vetted when it loads, matching is capped at 2,000 characters, its lexicon
folder (symlinks included) must stay inside the pack's folder, it cannot name output paths,
and message templates fill `{{name}}` only (`{{name.__class__}}` stays as written).

**写文件都是原子的 / every write is atomic.** 输出、报告、基线和导入结果都先写临时文件再
改名；中断后要么是上一次的完整文件，要么没有文件，也不会留下临时文件。Outputs, reports,
baselines and imports are written to a temporary file and renamed: after an interruption there
is the previous complete file or none, and no temporary file is left.

**缓存与临时数据 / the cache and temporary data.** 结果缓存是一个 SQLite 数据库
（`.ggtlint_cache/v2/results.sqlite`，以事务写入）：数据库损坏、不是数据库、被其他运行长时间
锁定或所在目录只读时，本次运行照常完成，只是少用或不用缓存，坏的数据库会被重建。存下的整次
输出（`.ggtlint_cache/v2/outputs/`，改名写入，使用前整体校验）损坏时只是重新检查。跨表检查的
临时数据放在系统临时目录中，运行结束（包括 Ctrl-C）时删除；临时磁盘写满或出错时改为放在
内存中，结果不变。The result cache is one SQLite database written in transactions: a corrupt
or foreign file, a lock held by another run or a read-only folder never fails a run (a bad
database is rebuilt; otherwise the run just caches less or not at all). A stored output
(`.ggtlint_cache/v2/outputs/`, written by a rename and checked whole before use) that is
damaged only means the files are checked again. The cross-table pass
keeps its data in the system's temporary folder and deletes it at the end of the run, Ctrl-C
included; a full or failing temporary disk moves it into memory with the same results.

## 坏输入 / Bad inputs

每个情形：一个文件夹，内有坏输入和一张正常的表；运行
`python -m ggtlint check 文件夹 --select LOAD --format json --no-cache`。
“问题”列是坏文件的第一条问题（括号内为其余条数）。峰值内存为子进程的 ru_maxrss。
Each case: a folder holding the bad input and one good table, checked with
`--select LOAD --format json --no-cache`; "finding" is the bad file's first finding
(with the number of others). Peak memory is the child's ru_maxrss.

| 情形 case | 输入 what was fed | 退出码 exit | 问题（第一行）finding, first line | 峰值内存 peak | 用时 time |
|---|---|---|---|---|---|
"""


def _cell(text: str) -> str:
    from ggtlint.reporters import terminal_safe

    # a message may quote a value holding ESC (the escape-sequences case): keep it visible
    return terminal_safe(text, keep="").replace("|", "\\|")


def _first_line(findings: list[dict[str, Any]]) -> str:
    if not findings:
        return "无（表正常读取）/ none: the table loads"
    first = findings[0]
    more = f"（另 {len(findings) - 1} 条 / +{len(findings) - 1}）" if len(findings) > 1 else ""
    return f"`{first['rule_id']}` {first['message'].splitlines()[0]}{more}"


def bad_input_rows(work: Path) -> list[str]:
    rows = []
    shared = work / "shared"
    shared.mkdir()
    for case in cases.CASES:
        if case.posix_only and os.name != "posix":
            rows.append(f"| {case.name} | {_cell(case.fed)} | — | 跳过：需要 POSIX / skipped: needs POSIX | — | — |")
            continue
        if case.skip_as_root and cases.IS_ROOT:
            rows.append(f"| {case.name} | {_cell(case.fed)} | — | 以 root 运行时 chmod 000 不起作用，未测；"
                        "见 test_unreadable_file_as_root（打开失败 → `LOAD001` 没有读取该文件的权限）/ "
                        "root reads chmod 000 files: not run here | — | — |")
            continue
        folder = work / case.name
        args = cases.prepare(case, folder / "in", shared)
        measured = cases.run_measured(args, folder)
        try:
            findings = cases.bad_findings(json.loads(measured.out))
            shown = _first_line(findings)
        except ValueError:
            shown = "输出不是 JSON / output is not JSON: " + measured.err.strip().splitlines()[-1]
        status = "" if measured.code == case.code else f" ⚠ expected {case.code}"
        rows.append(f"| {case.name} | {_cell(case.fed)} | {measured.code}{status} | {_cell(shown)} | "
                    f"{measured.peak_mib:.0f} MiB | {measured.seconds:.2f} s |")
        shutil.rmtree(folder)
        print(f"  {case.name}: exit {measured.code}, {measured.peak_mib:.0f} MiB, {measured.seconds:.2f} s", flush=True)
    return rows


def deleted_row(work: Path) -> str:
    """A file found, then deleted before it is read (as test_a_file_deleted_during_the_run)."""
    import time

    import ggtlint.discover
    import ggtlint.run

    folder = work / "deleted" / "in"
    folder.mkdir(parents=True)
    for name in ("a-gone.yaml", "b-good.yaml"):
        shutil.copy(cases.GOOD, folder / name)
    discover = ggtlint.discover.iter_target_files

    def vanishing(paths: list[Path], *args: Any, **kwargs: Any) -> Any:
        for found in discover(paths, *args, **kwargs):
            yield found
            path, _folder, name = found
            if name == "a-gone.yaml":
                os.unlink(path)

    saved = ggtlint.run.iter_target_files
    ggtlint.run.iter_target_files = vanishing  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        run = run_check("in", "--select", "LOAD", "--format", "json", "--no-cache", cwd=folder.parent)
        seconds = time.perf_counter() - started
    finally:
        ggtlint.run.iter_target_files = saved  # type: ignore[assignment]
    findings = [f for f in json.loads(run.out)["findings"] if f["file"].endswith("a-gone.yaml")]
    return (f"| deleted-during-run | 找到后、读取前被删除的文件 / a file deleted after discovery, before reading | "
            f"{run.code} | {_cell(_first_line(findings))} | —（进程内 in-process） | {seconds:.2f} s |")


def interrupt_rows(work: Path) -> list[str]:
    """Ctrl-C to the whole process group, as test_interrupt.py does."""
    if os.name != "posix":
        return []
    corpus = work / "interrupt-corpus"
    corpus.mkdir()
    seeds = sorted(cases.SEED_DIR.glob("*.yaml"))
    for copy in range(test_interrupt.COPIES):
        for seed in seeds:
            shutil.copy(seed, corpus / f"{copy:03d}-{seed.name}")
    rows = []
    for jobs in ("1", "4"):
        out = work / f"interrupt-{jobs}"
        out.mkdir()
        code, err = test_interrupt.interrupt(["check", str(corpus), "--format", "json", "-o", "out.json", "--no-cache",
                                              "--jobs", jobs], out, 0.2, "out.json")
        left = sorted(os.listdir(out))
        message = err.strip().splitlines()[-1] if err.strip() else ""
        traceback = "有 traceback ⚠" if "Traceback" in err else "无 traceback / no traceback"
        rows.append(f"| ctrl-c-jobs-{jobs} | {len(seeds) * test_interrupt.COPIES} 个文件检查中按 Ctrl-C（--jobs {jobs}）"
                    f" / SIGINT to the process group mid-run | {code} | {_cell(message)}；{traceback}；"
                    f"留下的文件 files left: {left or '无 none'} | — | — |")
    return rows


def environment() -> str:
    libyaml = "with libyaml" if getattr(yaml, "__with_libyaml__", False) else "pure Python"
    user = "root" if cases.IS_ROOT else "non-root user"
    return f"Python {platform.python_version()}, PyYAML {yaml.__version__} ({libyaml}), {platform.system()}, {user}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "robustness.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print("bad inputs:", flush=True)
        rows = bad_input_rows(work)
        rows.append(deleted_row(work))
        print("interrupts:", flush=True)
        rows += interrupt_rows(work)
    text = HEADER.format(environment=environment()) + "\n".join(rows) + "\n"
    from ggtlint.atomic import write_text_atomic

    write_text_atomic(args.output, text)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
