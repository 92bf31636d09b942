"""Hostile or broken input never crashes the linter, runs code, or loses a result (issue 8).

Each case in CASES is one bad input, fed to ``ggtlint check`` next to a good table: it must
get a clear LOAD finding, the good table must still be checked, and the exit code must be
the usual one (1 when the bad file has an error, 0 for warnings only). The small inputs are
real files in fixtures/bad/; the large or dangerous ones (10,000- and 100,000-deep nesting,
a 50 MB file, random bytes, link loops, pipes) are generated here. ``bench/robustness_report.py``
runs the same CASES through the CLI to write docs/robustness.md.

Permissions: the tests run as root in CI, and root reads a ``chmod 000`` file anyway. The
real permission test is therefore skipped when ``os.geteuid() == 0``; a second test makes the
open call fail with PermissionError instead, which is what an unreadable file does to the loader.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from ci_helpers import SRC, run_check
from conftest import BAD_DIR, SEED_DIR, python_m_ggtlint

GOOD = SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml"
MIB = 1024 * 1024
MEMORY_BOUND_MIB = 500
POSIX = os.name == "posix"
IS_ROOT = POSIX and os.geteuid() == 0


# -- generated inputs ------------------------------------------------------------------------


def nested_flow(depth: int) -> str:
    """A table whose indicator list is ``depth`` nested flow sequences."""
    return ("project:\n  name: 嵌套测试\n  department: 某局\n  implementer: 某中心\n"
            "indicators:\n  产出指标:\n    数量指标: " + "[" * depth + "]" * depth + "\n")


def big_table(size: int) -> bytes:
    """A syntactically valid table of at least ``size`` bytes: one indicator row repeated."""
    head = "project:\n  name: 超大文件\n  department: 某局\n  implementer: 某中心\nindicators:\n  产出指标:\n    数量指标:\n"
    row = "      - name: 培训人数\n        value: ≥200人\n"
    count = (size - len(head.encode("utf-8"))) // len(row.encode("utf-8")) + 1
    return (head + row * count).encode("utf-8")


def many_rows(count: int) -> str:
    """A valid table with ``count`` distinct indicator rows (slow to load, for the time limit)."""
    rows = "".join(f"      - name: 培训人数{i}\n        value: ≥{i}人\n" for i in range(count))
    return ("project:\n  name: 时间上限测试\n  department: 某局\n  implementer: 某中心\n  year: 2023\n"
            "funds:\n  total: 100\ngoal: 培训 200 人\nindicators:\n  产出指标:\n    数量指标:\n" + rows)


def _base_table() -> dict[str, Any]:
    return {
        "version": 1, "source": "类型错误测试",
        "project": {"name": "就业见习补贴", "code": "P-1", "category": "特定目标", "year": 2023,
                    "department": "某县人力资源和社会保障局", "implementer": "某县就业服务中心",
                    "region": "某县", "title": "某县2023年项目支出绩效目标表", "framework": "legacy"},
        "funds": {"unit": "元", "total": 120000, "fiscal": 120000, "other": 0, "fiscal_sources": {"中央": 120000}},
        "goal": "组织见习 60 人。",
        "indicators": {"产出指标": {"数量指标": [
            {"name": "见习人数", "value": "≥60人", "unit": "人", "nature": "定量", "weight": 10, "note": "无"}]}},
    }


ROW = "/indicators/产出指标/数量指标/0"
# Every field of the format with a value of the wrong type; each becomes a LOAD005 at its pointer.
WRONG_TYPES: list[tuple[str, Any]] = [
    ("/version", [1]), ("/source", {"a": 1}), ("/project", [1, 2]),
    ("/project/name", {"a": 1}), ("/project/code", ["x"]), ("/project/category", ["x"]),
    ("/project/year", "二〇二三"), ("/project/department", {"a": 1}), ("/project/implementer", ["x"]),
    ("/project/region", {"a": 1}), ("/project/title", ["x"]), ("/project/framework", "fw2099"),
    ("/funds", "很多钱"), ("/funds/unit", "美元"), ("/funds/total", "三十万"), ("/funds/fiscal", [1]),
    ("/funds/other", {"a": 1}), ("/funds/fiscal_sources", [1, 2]), ("/funds/fiscal_sources/中央", "很多"),
    ("/goal", {"a": 1}), ("/indicators", [1]), ("/indicators/产出指标", [1]),
    ("/indicators/产出指标/数量指标", {"a": 1}), (ROW, "见习人数"), (f"{ROW}/name", {"a": 1}),
    (f"{ROW}/value", [1]), (f"{ROW}/unit", {"a": 1}), (f"{ROW}/nature", ["x"]), (f"{ROW}/weight", "很重"),
    (f"{ROW}/note", {"a": 1}),
]


def wrong_types_everywhere() -> str:
    """One document per field, identical to a valid table except for that field's type."""
    documents = []
    for pointer, wrong in WRONG_TYPES:
        table = _base_table()
        parts = pointer.strip("/").split("/")
        holder: Any = table
        for part in parts[:-1]:
            holder = holder[int(part)] if isinstance(holder, list) else holder[part]
        if isinstance(holder, list):
            holder[int(parts[-1])] = wrong
        else:
            holder[parts[-1]] = wrong
        documents.append(yaml.safe_dump(table, allow_unicode=True, sort_keys=False))
    return "---\n".join(documents)


# -- the cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One bad input. ``make(folder, shared)`` writes it into ``folder`` and returns extra CLI options."""

    name: str
    fed: str                                   # what was fed, for docs/robustness.md
    make: Callable[[Path, Path], list[str]]
    rules: tuple[str, ...]                     # the LOAD finding(s) expected on it; () for none
    code: int                                  # exit code of `check --select LOAD` on it and a good table
    isolated: bool = False                     # run in a child process (a failed guard could crash it)
    posix_only: bool = False
    skip_as_root: bool = False


def _fixture(name: str) -> Callable[[Path, Path], list[str]]:
    def make(folder: Path, shared: Path) -> list[str]:
        shutil.copy(BAD_DIR / name, folder / name)
        return []
    return make


def _text(name: str, producer: Callable[[], str | bytes], *options: str) -> Callable[[Path, Path], list[str]]:
    def make(folder: Path, shared: Path) -> list[str]:
        data = producer()
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return list(options)
    return make


def shared_big_file(shared: Path) -> Path:
    """The 50 MB table, written once per session into ``shared``."""
    path = shared / "big-50mb.yaml"
    if not path.exists():
        path.write_bytes(big_table(50 * MIB))
    return path


def _big(*options: str) -> Callable[[Path, Path], list[str]]:
    def make(folder: Path, shared: Path) -> list[str]:
        source = shared_big_file(shared)
        try:
            os.link(source, folder / "big-50mb.yaml")  # no second 50 MB copy
        except OSError:
            shutil.copy(source, folder / "big-50mb.yaml")
        return list(options)
    return make


def _symlink_loop(folder: Path, shared: Path) -> list[str]:
    os.symlink("loop-b.yaml", folder / "loop-a.yaml")
    os.symlink("loop-a.yaml", folder / "loop-b.yaml")
    return []


def _dangling(folder: Path, shared: Path) -> list[str]:
    os.symlink("does-not-exist.yaml", folder / "dangling.yaml")
    return []


def _fifo(folder: Path, shared: Path) -> list[str]:
    os.mkfifo(folder / "pipe.yaml")  # opening it for reading would wait for a writer forever
    return []


def _unreadable(folder: Path, shared: Path) -> list[str]:
    path = folder / "secret.yaml"
    shutil.copy(GOOD, path)
    path.chmod(0)
    return []


def _random_bytes(with_nul: bool) -> Callable[[], bytes]:
    def produce() -> bytes:
        rng = random.Random(8)
        data = bytearray(rng.randbytes(64 * 1024))
        if not with_nul:
            data = bytearray(b if b else 0x80 for b in data)
        return bytes(data)
    return produce


CASES: list[Case] = [
    Case("utf16-bom", "UTF-16 LE 带 BOM 的有效表 / valid table, UTF-16 with BOM", _fixture("utf16-bom.yaml"), (), 0),
    Case("gb18030", "GB18030 编码、含 GBK 以外的字 / GB18030 with characters outside GBK", _fixture("gb18030.yaml"), (), 0),
    Case("utf8-bom", "UTF-8 带 BOM / UTF-8 with BOM", _fixture("utf8-bom.yaml"), (), 0),
    Case("gbk", "GBK 编码 / GBK", _fixture("gbk-encoded.yaml"), (), 0),
    Case("mixed-newlines", "CRLF、LF、CR 混用，第 12 行有未知字段 / mixed CRLF, LF, CR line ends",
         _fixture("mixed-newlines.yaml"), ("LOAD006",), 0),
    Case("control-chars", "值里有 BEL、ESC 控制字符 / raw BEL and ESC in a value", _fixture("control-chars.yaml"),
         ("LOAD003",), 1),
    Case("escape-sequences", "双引号转义出的 ESC/BEL/CSI / ESC, BEL, CSI via YAML escapes",
         _fixture("escape-sequences.yaml"), ("LOAD006",), 0),
    Case("python-tag", "!!python/object/apply:os.system [\"touch pwned\"]", _fixture("python-tag.yaml"), ("LOAD010",), 1),
    Case("alias-bomb", "别名炸弹（10¹¹ 个字符串）/ billion laughs (10^11 strings)", _fixture("alias-bomb.yaml"),
         ("LOAD008",), 1),
    Case("list-document", "文档是列表 / a document that is a list", _fixture("list-document.yaml"), ("LOAD004",), 1),
    Case("deep-nesting", "200 层嵌套的流式列表 / flow lists nested 200 deep", _fixture("deep-nesting.yaml"), ("LOAD008",), 1),
    Case("nesting-10k", "10,000 层嵌套 / nested 10,000 deep", _text("deep-10k.yaml", lambda: nested_flow(10_000)),
         ("LOAD008",), 1),
    Case("nesting-100k", "100,000 层嵌套（libyaml 组合器会崩溃）/ nested 100,000 deep (crashes libyaml's composer)",
         _text("deep-100k.yaml", lambda: nested_flow(100_000)), ("LOAD008",), 1, isolated=True),
    Case("size-50mb", "50 MB 的表（默认上限 10 MiB）/ a 50 MB table (default limit 10 MiB)", _big(), ("LOAD008",), 1,
         isolated=True),
    Case("nodes-50mb", "同一文件，--max-file-size 64：节点数上限 / the same with --max-file-size 64: node limit",
         _big("--max-file-size", "64"), ("LOAD008",), 1, isolated=True),
    Case("random-binary", "64 KiB 随机字节（含 NUL）/ 64 KiB of random bytes with NULs",
         _text("random.yaml", _random_bytes(True)), ("LOAD009",), 1),
    Case("random-no-nul", "64 KiB 随机字节（无 NUL）/ 64 KiB of random bytes, no NUL",
         _text("random-text.yaml", _random_bytes(False)), ("LOAD002", "LOAD003"), 1),
    Case("symlink-loop", "互相指向的符号链接 / two symlinks pointing at each other", _symlink_loop, ("LOAD001",), 1,
         posix_only=True),
    Case("dangling-symlink", "指向不存在文件的符号链接 / a dangling symlink", _dangling, ("LOAD001",), 1, posix_only=True),
    Case("fifo", "名为 .yaml 的命名管道 / a named pipe called .yaml", _fifo, ("LOAD001",), 1, posix_only=True),
    Case("unreadable", "chmod 000 的文件 / a chmod 000 file", _unreadable, ("LOAD001",), 1, posix_only=True,
         skip_as_root=True),
    Case("wrong-types", "30 个字段各填错类型 / every field of the format with a wrong type",
         _text("wrong-types-everywhere.yaml", wrong_types_everywhere), ("LOAD005",), 1),
    Case("timeout", "2 万行的表，--timeout 0.05 / 20,000 rows with --timeout 0.05",
         _text("slow.yaml", lambda: many_rows(20_000), "--timeout", "0.05"), ("LOAD008",), 1),
    Case("empty", "空文件 / an empty file", _fixture("empty.yaml"), ("LOAD007",), 1),
    Case("broken", "缩进错误 / bad indentation", _fixture("broken.yaml"), ("LOAD003",), 1),
    Case("not-a-table", "合法 YAML 但不是表 / valid YAML, not a table", _fixture("not-a-table.yaml"), ("LOAD004",), 1),
    Case("scalar", "文档是字符串 / a document that is a string", _fixture("scalar.yaml"), ("LOAD004",), 1),
]


def prepare(case: Case, folder: Path, shared: Path) -> list[str]:
    """The case's folder (bad input plus a good table) and the ``check`` arguments for it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(GOOD, folder / "good.yaml")
    options = case.make(folder, shared)
    return [str(folder), "--select", "LOAD", "--format", "json", "--no-color", "--no-cache", *options]


def bad_findings(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in document["findings"] if not f["file"].endswith("good.yaml")]


@dataclass
class Measured:
    code: int
    out: str
    err: str
    peak_mib: float
    seconds: float


# Runs its arguments as a child and writes that child's peak RSS to argv[1]. The detour keeps
# the measurement honest: a child forked straight from a big pytest process starts its
# ru_maxrss at the parent's size, one forked from this small process does not.
_PEAK_WRAPPER = (
    "import os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(child.pid, 0)\n"
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def run_measured(args: list[str], cwd: Path, timeout: float = 120) -> Measured:
    """``python -m ggtlint check ARGS`` in a child process, with its peak memory (POSIX) and time."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH", "")])),
               PYTHONIOENCODING="utf-8")
    command = [sys.executable, "-m", "ggtlint", "check", *args]
    peak_file = cwd / ".peak-rss"
    if hasattr(os, "wait4"):
        command = [sys.executable, "-c", _PEAK_WRAPPER, str(peak_file), *command]
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=cwd, env=env, capture_output=True, timeout=timeout)
    seconds = time.perf_counter() - started
    peak = float("nan")
    if peak_file.exists():
        # ru_maxrss is KiB on Linux, bytes on macOS
        peak = int(peak_file.read_text()) / (MIB if sys.platform == "darwin" else 1024)
        peak_file.unlink()
    return Measured(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"), peak, seconds)


# -- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A session folder for the big generated inputs (the 50 MB file is written once)."""
    return tmp_path_factory.mktemp("robustness-shared")


def _applicable(case: Case) -> bool:
    return not (case.posix_only and not POSIX) and not (case.skip_as_root and IS_ROOT)


def _case_params() -> list[Any]:
    params = []
    for case in CASES:
        marks = []
        if case.posix_only and not POSIX:
            marks.append(pytest.mark.skip(reason="needs POSIX symlinks, pipes and permissions"))
        if case.skip_as_root and IS_ROOT:
            marks.append(pytest.mark.skip(reason="root reads chmod 000 files; see test_unreadable_file_as_root"))
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


# -- every case: a clear finding, the good table still checked, the right exit code ----------


@pytest.mark.parametrize("case", _case_params())
def test_bad_input_is_a_finding_and_the_run_goes_on(case: Case, tmp_path: Path, shared: Path) -> None:
    args = prepare(case, tmp_path / "in", shared)
    if case.isolated:
        measured = run_measured(args, tmp_path)
        code, out, err = measured.code, measured.out, measured.err
    else:
        run = run_check(*args, cwd=tmp_path)
        code, out, err = run.code, run.out, run.err
    assert "Traceback" not in err and "内部错误" not in err, err
    document = json.loads(out)
    found = bad_findings(document)
    if case.rules:
        assert found, f"{case.name}: no finding"
        assert {f["rule_id"] for f in found} <= set(case.rules) | {"LOAD006"}, found
        assert {f["rule_id"] for f in found} & set(case.rules)
        for finding in found:
            assert finding["message"] and finding["line"] >= 1 and finding["column"] >= 1
        if case.rules == ("LOAD008",):  # over a limit: one finding, the file is not looked at further
            assert [f["rule_id"] for f in found] == ["LOAD008"], found
    else:
        assert found == [], found
    # the good table next to it was checked all the same
    assert document["summary"]["files"] == len(list((tmp_path / "in").iterdir()))
    assert document["summary"]["tables"] >= 1
    assert code == case.code, (code, found)


# -- specific promises -----------------------------------------------------------------------


def test_nothing_in_a_tagged_file_runs(tmp_path: Path) -> None:
    shutil.copy(BAD_DIR / "python-tag.yaml", tmp_path / "python-tag.yaml")
    run = run_check("python-tag.yaml", "--no-cache", cwd=tmp_path)
    measured = run_measured(["python-tag.yaml", "--no-cache", "--format", "sarif"], tmp_path)
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()
    assert run.code == measured.code == 1
    assert run.out.count("LOAD010") == 4  # three tagged values and one tagged document
    assert "python/object/apply:os.system" in run.out


def test_limits_keep_memory_bounded(tmp_path: Path, shared: Path) -> None:
    if not hasattr(os, "wait4"):
        pytest.skip("peak memory of a child process needs os.wait4")
    cases = {case.name: case for case in CASES}
    for name in ("size-50mb", "nodes-50mb", "alias-bomb", "nesting-100k"):
        measured = run_measured(prepare(cases[name], tmp_path / name, shared), tmp_path)
        assert measured.code == 1, (name, measured.err)
        assert measured.peak_mib < MEMORY_BOUND_MIB, (name, measured.peak_mib)
    # the alias bomb with a generous alias limit: aliases stay shared nodes, nothing expands
    measured = run_measured(prepare(cases["alias-bomb"], tmp_path / "bomb-allowed", shared) + ["--max-aliases", "1000"],
                            tmp_path)
    assert measured.peak_mib < MEMORY_BOUND_MIB and measured.seconds < 30
    assert {f["rule_id"] for f in bad_findings(json.loads(measured.out))} <= {"LOAD005", "LOAD006"}


def test_mixed_line_endings_keep_line_numbers(tmp_path: Path) -> None:
    from ggtlint.load import load_file

    source = load_file(BAD_DIR / "mixed-newlines.yaml")
    [finding] = source.findings
    assert (finding.rule_id, finding.line, finding.column, finding.path) == ("LOAD006", 12, 3, "/funds/fund_note")
    assert source.tables[0].span("/indicators/满意度指标/服务对象满意度指标/0/value").line == 40


def test_control_characters_are_located_exactly() -> None:
    from ggtlint.load import load_file

    [finding] = load_file(BAD_DIR / "control-chars.yaml").findings
    assert (finding.rule_id, finding.line, finding.column) == ("LOAD003", 21, 19)
    assert "U+0007" in finding.message_zh


@pytest.mark.parametrize("fmt", ["rich", "github", "json", "sarif", "junit", "codequality"])
def test_no_output_replays_control_characters(fmt: str, tmp_path: Path) -> None:
    """ESC/BEL/CSI from a YAML escape never reach a terminal or a CI log raw."""
    run = run_check(BAD_DIR / "escape-sequences.yaml", BAD_DIR / "control-chars.yaml", "--format", fmt,
                    "--no-color", "--no-cache", cwd=tmp_path)
    assert run.code == 1 and "Traceback" not in run.err
    # data formats keep the text (JSON escapes C0 controls as \\u001b, XML cannot hold them);
    # what is read on a terminal or a CI log (rich, github) shows no control character at all
    controls = ("\x1b", "\x07") if fmt in ("json", "sarif", "junit", "codequality") else ("\x1b", "\x07", "\x9b")
    for char in controls:
        assert char not in run.out, (fmt, repr(char))
    if fmt in ("json", "sarif"):
        assert any("\x1b[2J" in text for text in _strings(json.loads(run.out)))  # the value itself is intact


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def test_encodings_decode_to_the_same_table() -> None:
    from ggtlint.load import load_file

    tables = {name: load_file(BAD_DIR / name) for name in ("utf16-bom.yaml", "utf8-bom.yaml", "gb18030.yaml")}
    assert {name: source.encoding for name, source in tables.items()} == {
        "utf16-bom.yaml": "utf-16-le", "utf8-bom.yaml": "utf-8-bom", "gb18030.yaml": "gb18030"}
    assert "䶮" in tables["gb18030.yaml"].tables[0].source and "㐀" in tables["gb18030.yaml"].tables[0].source
    names = {tuple(i.name for i in source.tables[0].indicators) for source in tables.values()}
    assert len(names) == 1


def test_every_field_with_a_wrong_type_is_reported_at_its_pointer() -> None:
    from ggtlint.load import load_text

    source = load_text(wrong_types_everywhere(), "w.yaml")
    type_errors = {(f.document, f.path) for f in source.findings if f.rule_id == "LOAD005"}
    for document, (pointer, _) in enumerate(WRONG_TYPES):
        assert (document, pointer) in type_errors, pointer
    assert {f.rule_id for f in source.findings} == {"LOAD005"}
    assert len(source.tables) == len(WRONG_TYPES)  # each document's other fields are still read


def test_a_file_deleted_during_the_run_is_a_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ggtlint.discover
    import ggtlint.run

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a-gone.yaml", "b-good.yaml"):
        shutil.copy(GOOD, folder / name)
    discover = ggtlint.discover.iter_target_files

    def vanishing(paths: list[Path], *args: Any, **kwargs: Any) -> Any:
        for found in discover(paths, *args, **kwargs):
            yield found
            path, _folder, name = found
            if name == "a-gone.yaml":
                os.unlink(path)  # found, then deleted before it is read

    monkeypatch.setattr(ggtlint.run, "iter_target_files", vanishing)
    run = run_check("in", "--select", "LOAD", "--format", "json", "--no-cache", cwd=tmp_path)
    document = json.loads(run.out)
    [finding] = document["findings"]
    assert finding["rule_id"] == "LOAD001" and finding["file"] == "in/a-gone.yaml"
    assert "删除" in finding["message"]
    assert document["summary"]["files"] == 2 and document["summary"]["tables"] == 1
    assert run.code == 1


def test_unreadable_file_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What chmod 000 does for an ordinary user, done by failing the open (works as root too)."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(GOOD, folder / "secret.yaml")
    shutil.copy(GOOD, folder / "open.yaml")
    real_open = os.open

    def refusing(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path).endswith("secret.yaml"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    run = run_check("in", "--select", "LOAD", "--format", "json", cwd=tmp_path)
    document = json.loads(run.out)
    assert [(f["rule_id"], f["file"]) for f in document["findings"]] == [("LOAD001", "in/secret.yaml")]
    assert "权限" in document["findings"][0]["message"]
    assert document["summary"]["tables"] == 1 and run.code == 1


# -- limits: options, config, exit codes -----------------------------------------------------


def test_limit_options_and_config_section(tmp_path: Path) -> None:
    (tmp_path / "deep.yaml").write_text(nested_flow(12), encoding="utf-8")
    (tmp_path / "aliases.yaml").write_text(
        "project: &p\n  name: 别名\n  department: 某局\n  implementer: 某中心\nindicators:\n  产出指标:\n"
        "    数量指标:\n      - name: 人数\n        value: ≥1人\nx-a: *p\nx-b: *p\nx-c: *p\n", encoding="utf-8")
    args = ["deep.yaml", "aliases.yaml", "--select", "LOAD", "--format", "json", "--no-cache"]

    def limited(*extra: str) -> set[str]:
        run = run_check(*args, *extra, cwd=tmp_path)
        assert "Traceback" not in run.err, run.err
        return {f["file"] for f in json.loads(run.out)["findings"] if f["rule_id"] == "LOAD008"}

    assert limited() == set()
    assert limited("--max-depth", "10") == {"deep.yaml"}
    assert limited("--max-aliases", "2") == {"aliases.yaml"}
    (tmp_path / ".ggtlint.yaml").write_text("limits: {max_depth: 10, max_aliases: 2, timeout: 30}\n", encoding="utf-8")
    assert limited() == {"deep.yaml", "aliases.yaml"}
    assert limited("--max-depth", "20", "--max-aliases", "5") == set()  # options beat the config file
    (tmp_path / ".ggtlint.yaml").write_text("limits: {max_file_size: 0.0001}\n", encoding="utf-8")
    assert limited() == {"deep.yaml", "aliases.yaml"}  # 105 bytes is the limit here


@pytest.mark.parametrize("args,message", [
    (["--max-depth", "0"], "--max-depth"), (["--max-depth", "5000"], "--max-depth"),
    (["--timeout", "-1"], "--timeout"), (["--max-aliases", "many"], "--max-aliases"),
])
def test_bad_limit_options_are_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    run = run_check(GOOD, *args, cwd=tmp_path)
    assert run.code == 2 and message in run.err


def test_bad_limits_in_config_are_config_errors(tmp_path: Path) -> None:
    (tmp_path / ".ggtlint.yaml").write_text("limits:\n  max_depth: deep\n", encoding="utf-8")
    shutil.copy(GOOD, tmp_path / "t.yaml")
    run = run_check("t.yaml", cwd=tmp_path)
    assert run.code == 2 and "/limits/max_depth" in run.err


def test_exit_codes_with_bad_inputs(tmp_path: Path) -> None:
    for name in ("escape-sequences.yaml", "mixed-newlines.yaml", "python-tag.yaml"):
        shutil.copy(BAD_DIR / name, tmp_path / name)
    warnings_only = ["escape-sequences.yaml", "mixed-newlines.yaml", "--select", "LOAD", "--no-cache"]
    assert run_check(*warnings_only, cwd=tmp_path).code == 0
    assert run_check(*warnings_only, "--fail-on", "warning", cwd=tmp_path).code == 1
    assert run_check("python-tag.yaml", "--no-cache", cwd=tmp_path).code == 1
    assert run_check("python-tag.yaml", "--no-cache", "--exit-zero", cwd=tmp_path).code == 0


# -- the per-file time limit also bounds rule execution --------------------------------------


def test_time_limit_stops_slow_rules_and_keeps_what_was_found(monkeypatch: pytest.MonkeyPatch) -> None:
    import ggtlint.primitives.required_categories as slow_primitive
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config
    from ggtlint.load import load_text

    original = slow_primitive.check_table

    def slow(ctx: Any, params: Any) -> Any:
        time.sleep(0.2)  # a rule that takes far too long on every table
        return original(ctx, params)

    monkeypatch.setattr(slow_primitive, "check_table", slow)
    engine = Engine.build(Config())
    table = GOOD.read_text(encoding="utf-8")
    text = "---\n".join(table.replace("驻外劳务协作服务工作站办公经费", f"项目{i}") for i in range(20))
    source = load_text(text, "many.yaml")
    assert len(source.tables) == 20 and source.deadline is None
    started = time.monotonic()
    result = engine.check_source(source, deadline=started + 0.5)
    elapsed = time.monotonic() - started
    assert elapsed < 3  # not 20 × 0.2 s: the budget ends it after two or three tables (room for a loaded machine)
    timeouts = [f for f in result.findings if f.rule_id == "LOAD008"]
    assert len(timeouts) == 1 and "时间上限" in timeouts[0].message_zh
    assert any(f.rule_id != "LOAD008" for f in result.findings)  # the findings made so far are kept


def test_loader_sets_the_deadline_from_the_limits(tmp_path: Path) -> None:
    from ggtlint.limits import Limits
    from ggtlint.load import load_file

    path = tmp_path / "t.yaml"
    shutil.copy(GOOD, path)
    assert load_file(path, limits=Limits(max_seconds=0)).deadline is None
    source = load_file(path, limits=Limits(max_seconds=30))
    assert source.deadline is not None and source.deadline > time.monotonic() + 20


# -- user rule packs are untrusted data ------------------------------------------------------

USER_PACK = """pack:
  name: my-pack
  version: "1"
{meta}{extra}rules:
  - id: MY001
    name: my-rule
    severity: warning
    selector: {{scope: indicator}}
    check: name-pattern
    params: {{require: "绝不会出现的词"}}
    message: {{zh: '{message}', en: '{message}'}}
    summary: {{zh: 测试, en: test}}
    rationale: {{zh: 测试, en: test}}
    fix: {{zh: '{message}', en: '{message}'}}
"""


def write_pack(folder: Path, extra: str = "", message: str = "“{name}”缺少关键词", lexicons: str | None = None) -> Path:
    """A one-rule pack; ``extra`` is added at the top level, ``lexicons`` under ``pack:``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "pack.yaml"
    meta = f"  lexicons: '{lexicons}'\n" if lexicons is not None else ""
    path.write_text(USER_PACK.format(meta=meta, extra=extra, message=message), encoding="utf-8")
    return path


def test_message_templates_are_not_format_strings(tmp_path: Path) -> None:
    from ggtlint.engine import Engine, render
    from ggtlint.engine.config import Config
    from ggtlint.engine.pack import PackError, load_pack
    from ggtlint.load import load_text

    hostile = "{name}|{name.__class__}|{name.__class__.__mro__}|{0}|{name!r}|{name:>30}|{__import__}|{{name}}"
    assert render(hostile, {"name": "人数"}) == \
        "人数|{name.__class__}|{name.__class__.__mro__}|{0}|{name!r}|{name:>30}|{__import__}|{人数}"
    # {__import__} reads as a placeholder, one the check does not give: the pack is refused at load
    with pytest.raises(PackError, match=r"\{__import__\}"):
        load_pack(write_pack(tmp_path, message=hostile.replace("'", "''")))
    hostile = hostile.replace("|{__import__}", "")
    pack = write_pack(tmp_path, message=hostile.replace("'", "''"))
    engine = Engine.build(Config(packs=[pack], select=["MY001"]))
    findings = engine.check_source(load_text(GOOD.read_text(encoding="utf-8"), "t01.yaml")).findings
    assert findings and all(f.rule_id == "MY001" for f in findings)
    for finding in findings:
        for text in (finding.message_zh, finding.message_en, finding.suggestion_zh):
            assert "{name.__class__}" in text and "<class" not in text and "{0}" in text and "mro" in text


def test_pack_lexicon_folder_must_stay_inside_the_pack(tmp_path: Path) -> None:
    from ggtlint.engine.pack import PackError, load_pack

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "vague-terms.yaml").write_text("terms: [外部词]\n", encoding="utf-8")
    home = tmp_path / "pack"
    home.mkdir()
    refused = ["../outside", str(outside)]
    if POSIX:
        os.symlink(outside, home / "linked")  # a folder inside that leads outside
        (home / "lex").mkdir()
        os.symlink(outside / "vague-terms.yaml", home / "lex" / "vague-terms.yaml")  # a file that leads outside
        refused += ["linked", "lex"]
    for folder in refused:
        with pytest.raises(PackError) as caught:
            load_pack(write_pack(home, lexicons=folder))
        assert caught.value.field == "/pack/lexicons", folder
        assert "规则包所在目录" in caught.value.message or "规则包目录" in caught.value.message
    # a real folder inside the pack's folder is fine, and its words are used
    (home / "own").mkdir()
    (home / "own" / "vague-terms.yaml").write_text("terms: [自有词]\n", encoding="utf-8")
    pack = load_pack(write_pack(home, lexicons="own"))
    assert pack.lexicon_dir == (home / "own").resolve()


@pytest.mark.parametrize("extra", ["output: /tmp/ggtlint-pack-output.json\n", "report: report.html\n",
                                   "baseline: b.json\n"])
def test_a_pack_cannot_name_output_paths(tmp_path: Path, extra: str) -> None:
    pack = write_pack(tmp_path / "pack", extra=extra)
    (tmp_path / ".ggtlint.yaml").write_text("packs: [pack/pack.yaml]\n", encoding="utf-8")
    shutil.copy(GOOD, tmp_path / "t.yaml")
    before = set(tmp_path.rglob("*"))
    run = run_check("t.yaml", "--no-cache", cwd=tmp_path)
    assert run.code == 2 and "规则包错误" in run.err and str(pack.name) in run.err
    assert set(tmp_path.rglob("*")) == before and not Path("/tmp/ggtlint-pack-output.json").exists()


def _alias_bomb_yaml(levels: int = 8, width: int = 9) -> str:
    """Fewer alias uses than --max-aliases, yet 9⁸ strings if anything expanded them."""
    lines = ['l0: &l0 ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]']
    for level in range(1, levels + 1):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_hostile_pack_files_are_refused_quickly(tmp_path: Path) -> None:
    from ggtlint.engine.pack import PackError, load_pack

    for name, text in (("bomb.yaml", _alias_bomb_yaml() + "pack: {name: x, version: '1'}\nrules: *l8\n"),
                       ("deep.yaml", "pack: " + "[" * 10_000 + "]" * 10_000 + "\n"),
                       ("tagged.yaml", "pack: !!python/object/apply:os.system ['touch pwned']\nrules: []\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        started = time.process_time()  # CPU time: a loaded machine must not fail it
        with pytest.raises(PackError):
            load_pack(tmp_path / name)
        assert time.process_time() - started < 5, name
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


def test_hostile_lexicon_files_are_refused(tmp_path: Path) -> None:
    from ggtlint.values import LexiconError, load_lexicon

    folder = tmp_path / "lexicons"
    folder.mkdir()
    for text in ("terms: " + "[" * 10_000 + "]" * 10_000 + "\n", _alias_bomb_yaml() + "terms: *l8\n",
                 "terms: !!python/object/apply:os.system ['touch pwned']\n"):
        (folder / "vague-terms.yaml").write_text(text, encoding="utf-8")
        with pytest.raises(LexiconError):
            load_lexicon((folder,))
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names there must be valid Unicode")
def test_a_file_name_that_is_not_utf8_is_shown_escaped_in_every_output(tmp_path: Path) -> None:
    """A GBK-named file on a UTF-8 system: JSON, SARIF and the HTML report used to fail on it."""
    from bulk_helpers import check

    folder = tmp_path / "in"
    folder.mkdir()
    name = "就业补助".encode("gbk") + b".yaml"  # not valid UTF-8
    with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
        handle.write((SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_bytes())
    shown = "in/" + name.decode("utf-8", "backslashreplace")
    outputs = {"json": tmp_path / "r.json", "sarif": tmp_path / "r.sarif", "junit": tmp_path / "r.xml",
               "github": tmp_path / "r.txt"}
    args = [arg for fmt, out in outputs.items() for arg in ("--format", f"{fmt}:{out}")]
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        code = check("in", "--no-cache", *args, "--report", str(tmp_path / "r.html"), "--report", str(tmp_path / "r.xlsx"))
    finally:
        os.chdir(cwd)
    assert code == 0  # t04 has warnings and infos only
    document = json.loads(outputs["json"].read_text(encoding="utf-8"))
    assert {finding["file"] for finding in document["findings"]} == {shown}
    assert len(document["findings"]) == 4  # t04: 3, and STR006 on its goal without a figure
    for out in (outputs["junit"], outputs["github"], tmp_path / "r.html"):
        assert "\\xbe\\xcd" in out.read_text(encoding="utf-8"), out.name  # 就 in GBK is BE CD
    assert "%BE%CD" in outputs["sarif"].read_text(encoding="utf-8")  # a URI there: the name's own bytes, percent-encoded
    from openpyxl import load_workbook

    rows = list(load_workbook(tmp_path / "r.xlsx")["问题清单 Findings"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in rows] == [shown] * 4


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_file_the_system_cannot_read_is_explained_in_plain_words(tmp_path: Path) -> None:
    """The system's own reason ("Too many levels of symbolic links") is English and technical;
    the finding says what happened in words a budget officer knows, in both languages."""
    from ggtlint.load import load_file

    (tmp_path / "a.yaml").symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    [finding] = load_file(tmp_path / "a.yaml").findings
    assert finding.rule_id == "LOAD001"
    assert finding.message_zh == "文件无法读取：符号链接（快捷方式）互相指向，找不到真正的文件。"
    assert finding.message_en == "The file cannot be read: its shortcuts (symbolic links) point at each other."
    # named on the command line: the configuration search met the loop first ("internal error")
    checked = python_m_ggtlint("check", "a.yaml", "--no-cache", cwd=tmp_path,
                               text=True, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert checked.returncode == 1 and "LOAD001" in checked.stdout and "内部错误" not in checked.stderr, checked.stderr
    shown = python_m_ggtlint("show", "a.yaml", cwd=tmp_path,
                             text=True, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert shown.returncode == 2 and "a.yaml 是符号链接（快捷方式），但它指向的文件不存在" in shown.stderr


def test_a_read_error_ggtlint_has_no_words_for_still_starts_in_chinese() -> None:
    """An error outside the known list keeps the system's own reason, inside a Chinese sentence."""
    import errno

    from ggtlint.load import read_error

    assert read_error(OSError(errno.EMFILE, "Too many open files")) == (
        "同时打开的文件太多（可减少 --jobs 后重试）", "too many files are open at once (retry with fewer --jobs)")
    assert read_error(OSError(errno.EPROTO, "Protocol error")) == (
        f"系统提示“错误号 {errno.EPROTO}：Protocol error”，请确认该文件能正常打开后重试", "Protocol error")
    # what the importers meet too (load_file has branches of its own for these two)
    assert read_error(PermissionError(errno.EACCES, "Permission denied"))[0] == "没有读取该文件的权限"
    assert read_error(FileNotFoundError(errno.ENOENT, "No such file"))[0] == "文件不存在（可能在检查过程中被删除）"


def test_an_amount_of_thousands_of_digits_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    """total: 5,000 digits ended the whole run ("internal error": Python will not make such a
    number an int to print it), losing every other table's findings."""
    from ggtlint.importers import read_amount

    table = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")
    assert "  total: 300000.00\n" in table and "value: ＝300000元" in table
    (tmp_path / "a-huge-total.yaml").write_text(table.replace("  total: 300000.00", "  total: 1" + "0" * 5000),
                                                encoding="utf-8")
    (tmp_path / "b-huge-cost.yaml").write_text(table.replace("value: ＝300000元", "value: ＝1" + "0" * 5000 + "元"),
                                               encoding="utf-8")
    shutil.copy(SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml", tmp_path / "c-good.yaml")
    proc = python_m_ggtlint("check", ".", "--no-cache", "-f", "json", cwd=tmp_path,
                            text=True, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert proc.returncode == 1 and "内部错误" not in proc.stderr, proc.stderr
    found = json.loads(proc.stdout)["findings"]
    [total] = [f for f in found if f["file"] == "a-huge-total.yaml" and f["rule_id"] == "LOAD005"]
    assert "实际是 5001 位的数字 10000000000000000000…" in total["message"]
    assert {f["file"] for f in found} == {"a-huge-total.yaml", "b-huge-cost.yaml", "c-good.yaml"}
    assert read_amount("1" * 5000) == (None, None) and read_amount("1,600,000.00") == (Decimal("1600000.00"), None)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("args", [["check", "t19.yaml", "--no-cache", "--config", "pipe.yaml"],
                                  ["check", "t19.yaml", "--no-cache", "--baseline", "pipe.yaml"],
                                  ["test-pack", "pipe.yaml"], ["rules", "--config", "pipe.yaml"],
                                  ["export", "pipe.yaml", "-o", "x.xlsx"]])
def test_a_named_pipe_given_as_a_setting_is_refused_not_waited_on(tmp_path: Path, args: list[str]) -> None:
    """--config, --baseline, a pack or an export source that is a named pipe hung the run for
    ever (tables named so were already refused with LOAD001)."""
    os.mkfifo(tmp_path / "pipe.yaml")
    shutil.copy(SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml", tmp_path / "t19.yaml")
    proc = python_m_ggtlint(*args, cwd=tmp_path, text=True,
                            timeout=60, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert proc.returncode in (1, 2) and "不是普通文件" in proc.stderr + proc.stdout, proc.stderr
    assert "内部错误" not in proc.stderr


def test_a_baseline_nested_past_any_use_is_said_so(tmp_path: Path) -> None:
    """'[' 100,000 deep as --baseline was an internal error (RecursionError)."""
    (tmp_path / "deep.json").write_text("[" * 100_000, encoding="utf-8")
    shutil.copy(SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml", tmp_path / "t19.yaml")
    proc = python_m_ggtlint("check", "t19.yaml", "--no-cache", "--baseline", "deep.json",
                            cwd=tmp_path, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(SRC)})
    assert proc.returncode == 2 and "基线文件 deep.json 嵌套过深" in proc.stderr, proc.stderr


def test_a_configuration_in_gbk_is_said_in_plain_words(tmp_path: Path) -> None:
    """A config saved as GBK was "'utf-8' codec can't decode byte 0xb2 …"."""
    (tmp_path / ".ggtlint.yaml").write_bytes("# 本局配置\nselect: [VAL]\n".encode("gbk"))
    shutil.copy(SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml", tmp_path / "t19.yaml")
    proc = python_m_ggtlint("check", "t19.yaml", "--no-cache", cwd=tmp_path,
                            text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert proc.returncode == 2 and "不是 UTF-8 编码的文字" in proc.stderr and "codec" not in proc.stderr, proc.stderr


@pytest.mark.skipif(os.name != "posix", reason="a shell's >&-")
def test_a_run_with_its_output_closed_is_no_internal_error(tmp_path: Path) -> None:
    """ggtlint check t.yaml >&- was "internal error: 'NoneType' object has no attribute 'write'"."""
    shutil.copy(SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml", tmp_path / "t.yaml")  # an error: exit 1
    command = f"{sys.executable} -m ggtlint check t.yaml --no-cache -f json >&-"
    proc = subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(SRC)})
    assert proc.returncode == 1 and "内部错误" not in proc.stderr, proc.stderr


def test_max_depth_holds_for_block_nesting_too(tmp_path: Path) -> None:
    """--max-depth was applied to [ ] and { } nesting only: 101 levels of indentation passed
    --max-depth 5, and --max-depth 1 let an ordinary table through."""
    (tmp_path / "deep.yaml").write_text("".join(" " * level + f"k{level}:\n" for level in range(100)) + " " * 100 + "x\n",
                                        encoding="utf-8")
    (tmp_path / "dashes.yaml").write_text("- " * 80 + "x\n", encoding="utf-8")
    shutil.copy(SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml", tmp_path / "t19.yaml")
    for name, depth in (("deep.yaml", "5"), ("dashes.yaml", "5"), ("t19.yaml", "3")):
        proc = python_m_ggtlint("check", name, "--no-cache", "--max-depth", depth,
                                "-f", "json", cwd=tmp_path, text=True,
                                env={**os.environ, "PYTHONPATH": str(SRC)})
        assert [f["rule_id"] for f in json.loads(proc.stdout)["findings"]] == ["LOAD008"], (name, proc.stdout)
    ordinary = python_m_ggtlint("check", "t19.yaml", "--no-cache", "-f", "json",
                                cwd=tmp_path, text=True, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert "LOAD008" not in ordinary.stdout
