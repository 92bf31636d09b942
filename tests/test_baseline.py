"""Baselines (--write-baseline / --baseline) and the CI exit-code gates.

The round trip works with whatever rules exist: expectations are computed from the
findings of plain runs (a multiset of file + fingerprint), so the tests hold both while
only the loader reports findings and once the rule pack fires on the seed tables.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from ci_helpers import BAD, LOADER_ONLY, SEED, json_findings, run_check, run_subprocess, with_wrong_type

from ggtlint.baseline import BASELINE_VERSION, Baseline, BaselineError

DEFECT_TABLE = "t06-rencai-yinjin.yaml"    # gets one new defect
MOVED_TABLE = "t10-jiuye-buzhu.yaml"       # only moved around: comments on top, keys reordered


def findings_of(work: Path, tmp_path: Path, *args: object) -> tuple[int, list[dict]]:
    out = tmp_path / "findings.json"
    run = run_check("targets", *args, "-f", f"json:{out}", cwd=work)
    assert run.code in (0, 1), run.err
    return run.code, json_findings(out)


def keys(findings: list[dict]) -> Counter[tuple[str, str]]:
    return Counter((f["file"], f["fingerprint"]) for f in findings)


def move_things_around(text: str) -> str:
    """Same table, different lines: comments on top, `goal` before `funds`, project keys swapped."""
    lines = text.splitlines(keepends=True)
    start = {key: next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
             for key in ("project", "funds", "goal", "indicators")}
    funds = lines[start["funds"]:start["goal"]]
    goal = lines[start["goal"]:start["indicators"]]
    project = lines[start["project"]:start["funds"]]
    name = next(i for i, line in enumerate(project) if line.startswith("  name:"))
    year = next(i for i, line in enumerate(project) if line.startswith("  year:"))
    project[name], project[year] = project[year], project[name]
    head = lines[:start["project"]]
    rest = lines[start["indicators"]:]
    comments = ["# 2024-05 复核：格式调整，内容不变。\n", "# reviewed; layout only\n", "\n"]
    return "".join(comments + head + project + goal + funds + rest)


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(SEED, root / "targets")
    shutil.copy(BAD / "wrong-types.yaml", root / "targets" / "wrong-types.yaml")
    return root


def test_round_trip_only_new_findings_fail(work: Path, tmp_path: Path) -> None:
    _, before = findings_of(work, tmp_path)
    written = run_check("targets", "--write-baseline", ".ggtlint-baseline.json", cwd=work)
    assert written.code == 0, written.err
    data = json.loads((work / ".ggtlint-baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == BASELINE_VERSION
    assert sum(e["count"] for entries in data["files"].values() for e in entries) == len(before)

    # unchanged files: everything is in the baseline
    clean = run_check("targets", "--baseline", ".ggtlint-baseline.json", cwd=work)
    assert clean.code == 0, clean.out + clean.err

    moved = work / "targets" / MOVED_TABLE
    moved.write_text(move_things_around(moved.read_text(encoding="utf-8")), encoding="utf-8")
    defect = work / "targets" / DEFECT_TABLE
    defect.write_text(with_wrong_type(defect.read_text(encoding="utf-8")), encoding="utf-8")
    _, after = findings_of(work, tmp_path)
    new = keys(after) - keys(before)
    assert ("targets/" + DEFECT_TABLE) in {file for file, _ in new}
    # moving lines around changed no fingerprint of the moved table
    assert keys(f for f in after if f["file"].endswith(MOVED_TABLE)) == \
           keys(f for f in before if f["file"].endswith(MOVED_TABLE))

    out = tmp_path / "gated.json"
    gated = run_check("targets", "--baseline", ".ggtlint-baseline.json", "-f", f"json:{out}", cwd=work)
    assert gated.code == 1
    reported = json_findings(out)
    assert keys(reported) == new
    assert any(f["rule_id"] == "LOAD005" and f["path"] == "/funds/total" for f in reported)
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    assert summary["baselined"] == len(after) - len(reported)

    # the terminal report names only the new defect's file
    text = run_check("targets", "--baseline", ".ggtlint-baseline.json", "--no-color", cwd=work)
    assert "targets/" + DEFECT_TABLE in text.out
    assert MOVED_TABLE not in text.out and "wrong-types.yaml" not in text.out


def test_loader_only_round_trip_is_exactly_the_new_defect(work: Path, tmp_path: Path) -> None:
    assert run_check("targets", *LOADER_ONLY, "--write-baseline", "b.json", cwd=work).code == 0
    defect = work / "targets" / DEFECT_TABLE
    defect.write_text(with_wrong_type(defect.read_text(encoding="utf-8")), encoding="utf-8")
    moved = work / "targets" / "wrong-types.yaml"
    moved.write_text("# 新增注释\n# another comment\n" + moved.read_text(encoding="utf-8"), encoding="utf-8")
    code, reported = findings_of(work, tmp_path, *LOADER_ONLY, "--baseline", "b.json")
    assert code == 1
    assert [(f["file"], f["rule_id"], f["path"]) for f in reported] == \
           [("targets/" + DEFECT_TABLE, "LOAD005", "/funds/total")]


def test_counts_hide_only_as_many_as_recorded(tmp_path: Path) -> None:
    from ggtlint.findings import Finding, Severity
    from ggtlint.results import FileResult

    def finding() -> Finding:
        return Finding(rule_id="GGT001", rule_name="x", severity=Severity.ERROR, message_zh="m", message_en="m",
                       file="t.yaml", path="/indicators/a", value="同一个值")

    fingerprint = finding().fingerprint
    path = tmp_path / "b.json"
    path.write_text(json.dumps({"version": 1, "files": {"t.yaml": [
        {"rule": "GGT001", "path": "/indicators/a", "fingerprint": fingerprint, "count": 2}]}}), encoding="utf-8")
    baseline = Baseline.load(path, str(tmp_path))
    kept, hidden = baseline.apply(FileResult("t.yaml", [finding(), finding(), finding()]))
    assert hidden == 2 and len(kept.findings) == 1
    assert baseline.stale_entries() == []


def test_writer_counts_identical_findings(tmp_path: Path) -> None:
    from ggtlint.baseline import BaselineWriter
    from ggtlint.findings import Finding, Severity
    from ggtlint.results import FileResult

    same = [Finding(rule_id="GGT001", rule_name="x", severity=Severity.ERROR, message_zh="m", message_en="m",
                    file="sub/t.yaml", line=line, path="/goal", value="同一个值") for line in (3, 9, 30)]
    writer = BaselineWriter(tmp_path / "b.json", str(tmp_path))
    emptied, recorded = writer.add(FileResult("sub/t.yaml", same))
    assert recorded == 3 and emptied.findings == []
    assert writer.write() == 3
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert data["files"] == {"sub/t.yaml": [
        {"rule": "GGT001", "path": "/goal", "fingerprint": same[0].fingerprint, "count": 3}]}
    # paths are relative to the baseline file's folder, wherever ggtlint ran from
    nested = BaselineWriter(tmp_path / "ci" / "b.json", str(tmp_path))
    nested.add(FileResult("sub/t.yaml", same[:1]))
    assert [e.file for e in nested.entries()] == ["../sub/t.yaml"]


def test_stale_entries_are_reported(work: Path, tmp_path: Path) -> None:
    shutil.copy(BAD / "wrong-types.yaml", work / "targets" / "gone.yaml")
    assert run_check("targets", *LOADER_ONLY, "--write-baseline", "b.json", cwd=work).code == 0
    # fix one defect, delete a file that had findings
    broken = work / "targets" / "wrong-types.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("year: 二〇二三", "year: 2023"), encoding="utf-8")
    (work / "targets" / "gone.yaml").unlink()
    sarif = tmp_path / "out.sarif"
    run = run_check("targets", *LOADER_ONLY, "--baseline", "b.json", "-f", "rich", "-f", f"sarif:{sarif}", cwd=work)
    assert run.code == 0, run.out + run.err
    assert "/project/year" in run.err and "targets/gone.yaml" in run.err
    assert "--write-baseline" in run.err
    notes = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any(" 6 " in n["message"]["text"] for n in notes)  # the fixed year + gone.yaml's five

    # checking a single file says nothing about the entries of other files that still
    # exist; entries of deleted files are stale whatever was checked
    one = run_check("targets/t06-rencai-yinjin.yaml", *LOADER_ONLY, "--baseline", "b.json", cwd=work)
    assert "wrong-types.yaml" not in one.err and "targets/gone.yaml" in one.err

    # writing again prunes
    assert run_check("targets", *LOADER_ONLY, "--write-baseline", "b.json", cwd=work).code == 0
    again = run_check("targets", *LOADER_ONLY, "--baseline", "b.json", cwd=work)
    assert again.code == 0 and "--write-baseline" not in again.err


def test_entries_a_run_cannot_judge_are_not_called_stale(work: Path) -> None:
    """Entries of rules switched off in this run, and cross-table entries of a run over part of
    the tables (pre-commit checks the changed files only), still hold: rewriting the baseline
    on their word would drop them."""
    assert run_check("targets", "--write-baseline", "b.json", cwd=work).code == 0
    data = json.loads((work / "b.json").read_text(encoding="utf-8"))["files"]
    assert any(e["rule"].startswith("XT") for entries in data.values() for e in entries)
    for args in (("targets", "--select", "VAL001"), ("targets", "--ignore", "VAL"),
                 ("targets/t10-jiuye-buzhu.yaml",), ("targets/t04-jiuye-buzhu-2023.yaml", "--select", "XT")):
        run = run_check(*args, "--baseline", "b.json", cwd=work)
        assert run.code == 0 and "--write-baseline" not in run.err, (args, run.err)
    # a fixed defect is stale all the same, in a run that ran its rule
    table = work / "targets" / "wrong-types.yaml"
    table.write_text(table.read_text(encoding="utf-8").replace("year: 二〇二三", "year: 2023"), encoding="utf-8")
    run = run_check("targets", "--select", "LOAD", "--baseline", "b.json", cwd=work)
    assert "/project/year" in run.err and "--write-baseline" in run.err


def test_baseline_file_is_stable_and_sorted(work: Path) -> None:
    assert run_check("targets", "--write-baseline", "one.json", cwd=work).code == 0
    assert run_check("targets", "--write-baseline", "two.json", cwd=work).code == 0
    one = (work / "one.json").read_text(encoding="utf-8")
    assert one == (work / "two.json").read_text(encoding="utf-8")
    data = json.loads(one)
    assert list(data["files"]) == sorted(data["files"])
    for entries in data["files"].values():
        assert entries == sorted(entries, key=lambda e: (e["rule"], e["path"], e["fingerprint"]))
    assert "三十万" not in one, "values are hashed into the fingerprint, not stored"
    assert not list(work.glob(".*.tmp")), "atomic write left a temporary file"


def test_baseline_inside_checked_folder_is_not_a_target(work: Path) -> None:
    assert run_check("targets", *LOADER_ONLY, "--write-baseline", "targets/baseline.json", cwd=work).code == 0
    run = run_check("targets", *LOADER_ONLY, "--baseline", "targets/baseline.json", cwd=work)
    assert run.code == 0 and "baseline.json" not in run.out


def test_a_baseline_never_overwrites_a_table_and_is_never_overwritten(work: Path) -> None:
    table = work / "targets" / DEFECT_TABLE
    before = table.read_bytes()
    run = run_check("targets", *LOADER_ONLY, "--write-baseline", table, cwd=work)
    assert run.code == 2 and "拒绝覆盖" in run.err and table.read_bytes() == before
    (work / "notes.json").write_text('{"mine": 1}', encoding="utf-8")
    run = run_check("targets", *LOADER_ONLY, "--write-baseline", "notes.json", cwd=work)
    assert run.code == 2 and "不是 ggtlint 基线" in run.err
    assert (work / "notes.json").read_text(encoding="utf-8") == '{"mine": 1}'
    assert run_check("targets", *LOADER_ONLY, "--write-baseline", "b.json", cwd=work).code == 0
    assert run_check("targets", *LOADER_ONLY, "--write-baseline", "b.json", cwd=work).code == 0  # replaces itself
    saved = (work / "b.json").read_bytes()
    for args in (("-f", "sarif", "-o", "b.json"), ("-f", "json:b.json"), ("--report", "b.json.html")):
        run = run_check("targets", "--baseline", "b.json", *args, cwd=work)
        assert run.code in (0, 1, 2) and (work / "b.json").read_bytes() == saved, args
    run = run_check("targets", "--baseline", "b.json", "-f", "sarif", "-o", "b.json", cwd=work)
    assert run.code == 2 and "拒绝覆盖" in run.err


def test_a_baseline_saved_with_a_bom_is_read(work: Path) -> None:
    assert run_check("targets", *LOADER_ONLY, "--write-baseline", "b.json", cwd=work).code == 0
    (work / "b.json").write_bytes(b"\xef\xbb\xbf" + (work / "b.json").read_bytes())  # as Notepad saves it
    assert run_check("targets", *LOADER_ONLY, "--baseline", "b.json", cwd=work).code == 0


def test_a_moved_baseline_is_not_answered_from_the_output_cache(work: Path) -> None:
    """Its entries name files from its own folder: a copy elsewhere covers other files."""
    assert run_check("targets", "--write-baseline", "b.json", cwd=work).code == 0
    assert run_check("targets", "--baseline", "b.json", cwd=work).code == 0  # fills the output cache
    (work / "sub").mkdir()
    shutil.copy(work / "b.json", work / "sub" / "b.json")
    moved = run_check("targets", "--baseline", "sub/b.json", cwd=work)
    assert moved.code == 1 and moved.out == run_check("targets", "--baseline", "sub/b.json", "--no-cache", cwd=work).out


def test_an_output_written_into_a_checked_folder_is_not_checked_next_time(work: Path) -> None:
    first = run_check(".", "-f", "json", "-o", "out.json", "--no-cache", cwd=work / "targets")
    second = run_check(".", "-f", "json", "-o", "out.json", "--no-cache", cwd=work / "targets")
    assert first.code == second.code == 1, second.err
    assert "out.json" not in (work / "targets" / "out.json").read_text(encoding="utf-8")
    named = run_check("out.json", "-f", "json", "-o", "out.json", cwd=work / "targets")  # named: an input
    assert named.code == 2 and "拒绝覆盖" in named.err


@pytest.mark.parametrize("content, needle", [
    (None, "不存在"),
    ("{not json", "JSON"),
    ('{"files": {}}', "version"),
    ('{"version": 99, "files": {}}', "99"),
    ('{"version": true, "files": {}}', "True"),
    ('{"version": 1, "files": {"a.yaml": [{"rule": "X"}]}}', "fingerprint"),
    ('{"version": 1, "files": {"a.yaml": [{"rule": "X", "fingerprint": "f", "count": 0}]}}', "count"),
])
def test_bad_baseline_exits_2(work: Path, content: str | None, needle: str) -> None:
    if content is not None:
        (work / "b.json").write_text(content, encoding="utf-8")
    run = run_check("targets", "--baseline", "b.json", cwd=work)
    assert run.code == 2
    assert needle in run.err and "Traceback" not in run.err + run.out
    with pytest.raises(BaselineError):
        Baseline.load(work / "b.json")


def test_end_to_end_through_the_console_entry_point(work: Path) -> None:
    wrote = run_subprocess("check", "targets", *LOADER_ONLY, "--write-baseline", "b.json", cwd=work)
    assert wrote.code == 0, wrote.err
    gated = run_subprocess("check", "targets", *LOADER_ONLY, "--baseline", "b.json", "-f", "github", cwd=work)
    assert gated.code == 0, gated.out + gated.err
    assert "::error" not in gated.out


# -- gates: --fail-on, --max-warnings, --exit-zero, --statistics -------------------------

@pytest.fixture()
def gate_dir(tmp_path: Path) -> Path:
    """One table with a warning only (an unknown key), one with an error (a wrong type)."""
    root = tmp_path / "gates"
    root.mkdir()
    table = (SEED / DEFECT_TABLE).read_text(encoding="utf-8")
    (root / "warn.yaml").write_text(table.replace("goal: |", "extra_note: 备注\ngoal: |", 1), encoding="utf-8")
    (root / "error.yaml").write_text(with_wrong_type(table), encoding="utf-8")
    return root


def test_gates(gate_dir: Path) -> None:
    def code(*args: object) -> int:
        run = run_check(*args, *LOADER_ONLY, cwd=gate_dir)
        assert "Traceback" not in run.err
        return run.code

    assert code("warn.yaml") == 0                       # default: fail on errors only
    assert code("warn.yaml", "--fail-on", "warning") == 1
    assert code("warn.yaml", "--fail-on", "info") == 1
    assert code("warn.yaml", "--max-warnings", "0") == 1
    assert code("warn.yaml", "--max-warnings", "1") == 0
    assert code("error.yaml") == 1
    assert code("error.yaml", "--exit-zero") == 0
    assert code(".", "--exit-zero", "--fail-on", "info", "--max-warnings", "0") == 0
    assert code("missing.yaml") == 2
    assert code("warn.yaml", "--format", "nonsense") == 2
    assert code("warn.yaml", "--max-warnings", "-1") == 2
    assert code("warn.yaml", "--timeout", "nan") == 2  # click's range check lets NaN through
    named = run_check("warn.yaml", "--baseline", "warn.yaml", cwd=gate_dir)
    assert named.code == 2 and "warn.yaml 是这次运行的基线文件，不作为绩效目标表检查" in named.err, named.err
    assert "没有找到要检查的文件" not in named.err
    over = run_check("warn.yaml", *LOADER_ONLY, "--max-warnings", "0", cwd=gate_dir)
    assert "警告 1 个，超过 --max-warnings 允许的 0 个，本次检查不算通过（退出码 1）" in over.err, over.err
    assert "max-warnings" not in run_check("warn.yaml", *LOADER_ONLY, "--max-warnings", "1", cwd=gate_dir).err


def test_statistics_counts_per_rule(gate_dir: Path) -> None:
    run = run_check(".", *LOADER_ONLY, "--statistics", "--no-color", cwd=gate_dir)
    lines = [line.split() for line in run.out.splitlines()]
    counts = {parts[1]: int(parts[0]) for parts in lines if len(parts) >= 2 and parts[0].isdigit()
              and parts[1].startswith("LOAD")}
    assert counts == {"LOAD005": 1, "LOAD006": 1}


def test_a_finding_on_a_name_stays_baselined_when_only_the_value_changes(work: Path) -> None:
    """The fingerprint of a finding on an indicator's name leaves its value out; an entry
    written the earlier way (name and value) still matches."""
    table = work / "targets" / "t19-zhongzhi-zhuxuejin.yaml"
    assert run_check("targets/t19-zhongzhi-zhuxuejin.yaml", "--write-baseline", "b.json", cwd=work).code == 0
    entries = json.loads((work / "b.json").read_text(encoding="utf-8"))["files"]["targets/t19-zhongzhi-zhuxuejin.yaml"]
    assert any(e["path"].endswith("/name") for e in entries)
    text = table.read_text(encoding="utf-8")
    assert "value: 长期\n" in text
    table.write_text(text.replace("value: 长期\n", "value: 长期有效\n"), encoding="utf-8")
    run = run_check("targets/t19-zhongzhi-zhuxuejin.yaml", "--baseline", "b.json", "-f", "json", cwd=work)
    new = [f for f in json.loads(run.out)["findings"] if f["path"].endswith("/name")]
    assert new == [], new

    # a baseline written before: the name's entry keyed with its value too
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config
    from ggtlint.load import load_file

    table.write_text(text, encoding="utf-8")
    result = Engine.build(Config()).check_source(load_file(table, "targets/t19-zhongzhi-zhuxuejin.yaml"))
    named = [f for f in result.findings if f.earlier_fingerprint is not None]
    assert named
    old = {"version": 1, "tool": "ggtlint", "files": {"targets/t19-zhongzhi-zhuxuejin.yaml": [
        {"rule": f.rule_id, "path": f.path, "fingerprint": f.earlier_fingerprint or f.fingerprint, "count": 1}
        for f in result.findings]}}
    (work / "old.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    run = run_check("targets/t19-zhongzhi-zhuxuejin.yaml", "--baseline", "old.json", "-f", "json", cwd=work)
    assert json.loads(run.out)["findings"] == [] and "--write-baseline" not in run.err


def test_a_baseline_named_as_a_path_is_not_a_table_and_can_be_written_again(work: Path) -> None:
    """pre-commit passes every staged JSON file, the baseline included; --baseline X
    --write-baseline X regenerates it."""
    assert run_check("targets", *LOADER_ONLY, "--write-baseline", "b.json", cwd=work).code == 0
    run = run_check("targets/t04-jiuye-buzhu-2023.yaml", "b.json", *LOADER_ONLY, "--baseline", "b.json", cwd=work)
    assert run.code == 0 and "b.json" not in run.out, run.out
    again = run_check("targets", *LOADER_ONLY, "--baseline", "b.json", "--write-baseline", "b.json", cwd=work)
    assert again.code == 0, again.err


def _baseline_counts(path: Path) -> Counter[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Counter({file: sum(e["count"] for e in entries) for file, entries in data["files"].items()})


def test_writing_the_baseline_from_part_of_the_tables_keeps_the_rest(work: Path, tmp_path: Path) -> None:
    """--write-baseline from one file, or with --select, replaces only what that run checked: the
    other files' entries, other rules' entries and the cross-table entries a partial run cannot
    see stay, so the whole set of tables is still clean against the baseline afterwards."""
    baseline = work / ".ggtlint-baseline.json"
    assert run_check("targets", "--write-baseline", baseline.name, "--no-cache", cwd=work).code == 0
    whole = _baseline_counts(baseline)
    one = "targets/t10-jiuye-buzhu.yaml"
    partial = run_check(one, "--write-baseline", baseline.name, "--no-cache", cwd=work)
    assert partial.code == 0 and "保留不变" in partial.err
    assert _baseline_counts(baseline) == whole  # nothing lost, nothing counted twice
    family = run_check("targets", "--select", "VAL", "--write-baseline", baseline.name, "--no-cache", cwd=work)
    assert family.code == 0 and _baseline_counts(baseline) == whole
    clean = run_check("targets", "--baseline", baseline.name, "--no-cache", cwd=work)
    assert clean.code == 0 and "不再出现" not in clean.err, clean.err

    # an entry of a rule no pack in use has (renamed, its pack dropped) is not kept, checked or not
    data = json.loads(baseline.read_text(encoding="utf-8"))
    data["files"]["targets/t10-jiuye-buzhu.yaml"].append({"rule": "ZZZ999", "path": "/goal", "fingerprint": "f",
                                                          "count": 1})
    baseline.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run_check("targets", "--write-baseline", baseline.name, "--no-cache", cwd=work).code == 0
    assert "ZZZ999" not in baseline.read_text(encoding="utf-8") and _baseline_counts(baseline) == whole

    # a fixed finding in the file that was checked goes; a file that is gone takes its entries along
    (work / "targets" / "t11-laodong-jiancha-zhongcai.yaml").unlink()
    text = (work / one).read_text(encoding="utf-8")
    assert "value: 保持稳定" in text  # VAL002: vague
    (work / one).write_text(text.replace("value: 保持稳定", "value: ≥95%"), encoding="utf-8")
    assert run_check(one, "--write-baseline", baseline.name, "--no-cache", cwd=work).code == 0
    after = _baseline_counts(baseline)
    assert "targets/t11-laodong-jiancha-zhongcai.yaml" not in after
    assert after[one] < whole[one]
    assert all(after[file] == count for file, count in whole.items()
               if file not in (one, "targets/t11-laodong-jiancha-zhongcai.yaml", "targets/t04-jiuye-buzhu-2023.yaml"))


def test_a_file_that_cannot_be_checked_is_never_baselined(tmp_path: Path) -> None:
    """A broken YAML file's LOAD003 was written into the baseline and then hidden: exit 0 for a
    folder with a file nobody could check (a suppression comment cannot switch it off either)."""
    shutil.copy(SEED / DEFECT_TABLE, tmp_path / "t.yaml")
    (tmp_path / "broken.yaml").write_text("project: [\n", encoding="utf-8")
    written = run_check(".", "--no-cache", "--write-baseline", "baseline.json", cwd=tmp_path)
    assert written.code == 0
    assert "broken.yaml" not in json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["files"]
    used = run_check(".", "--no-cache", "--baseline", "baseline.json", "-f", "json", cwd=tmp_path)
    assert used.code == 1 and [f["rule_id"] for f in json.loads(used.out)["findings"]] == ["LOAD003"]


def test_a_file_that_did_not_load_this_time_keeps_its_baseline_entries(tmp_path: Path) -> None:
    """A table broken by an edit made all its baseline entries "stale" (the advice to write the
    baseline again would have dropped them, and its findings come back as new once mended)."""
    table = (SEED / DEFECT_TABLE).read_text(encoding="utf-8")
    (tmp_path / "t.yaml").write_text(table, encoding="utf-8")
    assert run_check("t.yaml", "--no-cache", "--write-baseline", "baseline.json", cwd=tmp_path).code == 0
    (tmp_path / "t.yaml").write_text(table.replace("project:", "project: [", 1), encoding="utf-8")
    broken = run_check("t.yaml", "--no-cache", "--baseline", "baseline.json", cwd=tmp_path)
    assert broken.code == 1 and "LOAD003" in broken.out
    assert "不再出现" not in broken.err, broken.err


def test_a_baseline_and_the_preview_rules(tmp_path: Path) -> None:
    """Entries of a preview rule (VAL020, CAT011 on b100) are not stale in a run without preview,
    and rewriting the baseline without preview keeps them; a run with preview hides them."""
    from conftest import ROOT

    (tmp_path / "targets").mkdir()
    shutil.copy(next((ROOT / "fixtures" / "sectors").glob("b100-*.yaml")), tmp_path / "targets" / "b100.yaml")
    assert run_check("targets", "--preview", "--write-baseline", "b.json", cwd=tmp_path).code == 0

    def recorded() -> set[str]:
        data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["files"]
        return {entry["rule"] for entries in data.values() for entry in entries}

    assert {"VAL020", "CAT011", "TIME005"} <= recorded()
    run = run_check("targets", "--baseline", "b.json", cwd=tmp_path)
    assert run.code == 0 and "--write-baseline" not in run.err, run.err
    out = tmp_path / "f.json"
    assert run_check("targets", "--preview", "--baseline", "b.json", "-f", f"json:{out}", cwd=tmp_path).code == 0
    assert json_findings(out) == []
    assert run_check("targets", "--write-baseline", "b.json", cwd=tmp_path).code == 0
    assert {"VAL020", "CAT011", "TIME005"} <= recorded()
