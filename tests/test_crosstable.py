"""Cross-table rules (XT): the seed's double counting and shared goals, a copied table, parallel runs.

The XT rules' own good/bad examples (``corpus:`` lists of tables) run in test_rule_examples.py;
here they meet the real seed tables and the command line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bulk_helpers import check_json
from conftest import SEED_DIR


def _seed_run(engine, names: list[str] | None = None):  # type: ignore[no-untyped-def]
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.run import check_one

    digests = []
    for path in sorted(SEED_DIR.glob("t*.yaml")):
        if names and not any(path.name.startswith(n) for n in names):
            continue
        digests.extend(check_one(engine, path, path.name, DEFAULT_LIMITS).digests)
    findings = [f for r in engine.check_corpus(digests) for f in r.findings]
    return findings


def _pairs(findings, rule: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(f.file[:3], f.message_zh.split("（")[1].split("）")[0][:3]) for f in findings if f.rule_id == rule}


def test_seed_double_counting_pairs(engine) -> None:  # type: ignore[no-untyped-def]
    findings = _seed_run(engine)
    xt001 = [f for f in findings if f.rule_id == "XT001"]
    # T4 "校园招聘补贴 ≥15000人" vs T10 "校园招聘补贴人数 ≥15000人"; T12 "下一代防火" vs T13 "下一代防火墙 ＝2台"
    assert {("t10", "t04"), ("t13", "t12")} <= _pairs(findings, "XT001")
    t10 = next(f for f in xt001 if f.file.startswith("t10"))
    assert "校园招聘补贴人数" in t10.message_zh and "2023年就业补助资金" in t10.message_zh
    assert t10.line == 42 and t10.path.endswith("/name") and t10.severity.value == "info"
    t13 = next(f for f in xt001 if f.file.startswith("t13"))
    assert "下一代防火墙 ＝2台" in t13.message_zh and "下一代防火 ＝2台" in t13.message_zh
    assert "t12-jinbao-wangluo-anquan.yaml" in t13.message_zh and "t12" in t13.message_en


def test_seed_shared_goal(engine) -> None:  # type: ignore[no-untyped-def]
    findings = _seed_run(engine)
    xt002 = sorted((f.file, f.line) for f in findings if f.rule_id == "XT002")
    # T19 and T20 repeat T9's goal: all three are told (which one copied cannot be known), each
    # naming the first other table
    assert [file[:3] for file, _ in xt002] == ["t09", "t19", "t20"]
    named = {f.file[:3]: f.message_zh for f in findings if f.rule_id == "XT002"}
    assert "t19-zhongzhi-zhuxuejin.yaml" in named["t09"] and "2 张表" in named["t09"]
    assert all("t09-" in named[t] and "教育精准扶贫中职学生资助" in named[t] for t in ("t19", "t20"))
    assert dict(xt002)["t19-zhongzhi-zhuxuejin.yaml"] == 22  # the goal: key


def test_quantity_needs_the_same_department(engine) -> None:  # type: ignore[no-untyped-def]
    from ggtlint.load import load_text

    t04 = yaml.safe_load((SEED_DIR / "t04-jiuye-buzhu-2023.yaml").read_text(encoding="utf-8"))
    t10 = yaml.safe_load((SEED_DIR / "t10-jiuye-buzhu.yaml").read_text(encoding="utf-8"))
    t10["project"]["department"] = "某市教育局"
    digests = []
    for name, table in (("a.yaml", t04), ("b.yaml", t10)):
        text = yaml.safe_dump(table, allow_unicode=True, sort_keys=False)
        digests.extend(engine.check_source(load_text(text, name)).digests)
    assert not [f for r in engine.check_corpus(digests) for f in r.findings if f.rule_id == "XT001"]


def test_copied_table(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = yaml.safe_load((SEED_DIR / "t07-renshi-kaoshi.yaml").read_text(encoding="utf-8"))
    copy = yaml.safe_load((SEED_DIR / "t07-renshi-kaoshi.yaml").read_text(encoding="utf-8"))
    copy["project"]["name"] = "2023年职称考试专项经费"
    copy["goal"] = "组织2023年职称考试，确保考试安全平稳，考生满意度达到95%以上，按时公布考试成绩。"
    rows = copy["indicators"]["产出指标"]["数量指标"]
    rows[0] = {"name": "职称考试报名人数", "value": "≥5000人"}  # one of the 14 indicators changed
    for name, table in (("a-original.yaml", original), ("b-copy.yaml", copy)):
        (tmp_path / name).write_text(yaml.safe_dump(table, allow_unicode=True, sort_keys=False), encoding="utf-8")
    data = check_json(tmp_path, str(tmp_path / "a-original.yaml"), str(tmp_path / "b-copy.yaml"), "--no-cache",
                      "--select", "XT003")
    # 13 of 14 each way: both tables are told, each naming the other
    original_finding, copy_finding = data["findings"]
    assert copy_finding["rule_id"] == "XT003" and copy_finding["file"].endswith("b-copy.yaml")
    assert "人事考试专项经费" in copy_finding["message"] and "a-original.yaml" in copy_finding["message"]
    assert "本表 14 个指标中有 13 个（93%）" in copy_finding["message"]
    assert copy_finding["path"] == "/indicators"
    assert original_finding["file"].endswith("a-original.yaml") and "b-copy.yaml" in original_finding["message"]


def test_a_copy_below_the_threshold_is_not_reported(engine) -> None:  # type: ignore[no-untyped-def]
    findings = _seed_run(engine)
    assert not [f for f in findings if f.rule_id == "XT003"]  # the seed's tables are not copies of each other


def test_crosstable_in_a_parallel_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ggtlint.parallel

    monkeypatch.setattr(ggtlint.parallel, "PARALLEL_MIN_FILES", 2)
    targets = tmp_path / "seed"
    shutil.copytree(SEED_DIR, targets)
    one = check_json(tmp_path, str(targets), "--jobs", "1", "--no-cache", name="one.json")
    two = check_json(tmp_path, str(targets), "--jobs", "2", "--no-cache", name="two.json")
    xt = [(f["rule_id"], Path(f["file"]).name[:3]) for f in two["findings"] if f["rule_id"].startswith("XT")]
    assert ("XT001", "t10") in xt and ("XT001", "t13") in xt and ("XT002", "t20") in xt
    assert one == two
    # counted in the summary, but not as extra files
    assert two["summary"]["files"] == 20
    assert two["summary"]["findings"] == len(two["findings"])


def test_per_file_ignores_and_suppressions_apply(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    targets = tmp_path / "seed"
    targets.mkdir()
    for name in ("t04-jiuye-buzhu-2023.yaml", "t10-jiuye-buzhu.yaml", "t12-jinbao-wangluo-anquan.yaml",
                 "t13-shiye-danwei-dengbao.yaml"):
        shutil.copy(SEED_DIR / name, targets / name)
    t10 = targets / "t10-jiuye-buzhu.yaml"
    t10.write_text(t10.read_text(encoding="utf-8").replace(
        "      - name: 校园招聘补贴人数\n", "      - name: 校园招聘补贴人数  # ggtlint: disable=XT001\n"), encoding="utf-8")
    data = check_json(tmp_path, str(targets), "--no-cache", "--select", "XT,META")
    files = [Path(f["file"]).name[:3] for f in data["findings"]]
    # T10's is suppressed, and the directive is not reported as unused; T4 (T10's partner) and T12/T13
    # are told as ever
    assert files == ["t04", "t12", "t13"]
    assert data["summary"]["suppressed"] == 1


def test_rich_output_has_a_crosstable_heading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bulk_helpers import check

    check(str(SEED_DIR), "--no-cache", "--no-color", "--select", "XT")
    out = capsys.readouterr().out
    assert " 跨表检查 " in out and "跨表检查 /" not in out  # one language at a time
    assert out.index("跨表检查") < out.index("t10-jiuye-buzhu.yaml")
    assert "共检查 20 个文件、20 张表" in out


def test_crosstable_findings_in_workbooks_name_the_cell(tmp_path: Path) -> None:
    """Two workbooks holding the same table: the XT findings name sheet and cell, as the file's own
    findings do (they printed bare line numbers of the imported table, which is nowhere on disk)."""
    from conftest import run_ggtlint

    for name in ("a.xlsx", "b.xlsx"):
        proc = run_ggtlint("export", SEED_DIR / "t07-renshi-kaoshi.yaml", "-o", tmp_path / name)
        assert proc.returncode == 0, proc.stderr
    data = check_json(tmp_path, str(tmp_path), "--no-cache", "--select", "XT")
    # the same table twice: the same goal and indicators (XT002, XT003), not every shared quantity again (XT001)
    assert {f["rule_id"] for f in data["findings"]} == {"XT002", "XT003"}
    for finding in data["findings"]:
        assert finding["sheet"] and finding["cell"], finding
    goal = next(f for f in data["findings"] if f["rule_id"] == "XT002")
    assert goal["cell"][0].isalpha() and goal["cell"][1:].isdigit()


def test_department_aliases_join_one_departments_tables(tmp_path: Path) -> None:
    """One 主管部门 written two ways (黔南州人社局 / the full name) is two departments to
    XT001 until the configuration's ``departments`` names them as one; results and reports then
    carry the name the configuration gives."""
    from ggtlint.engine import Engine
    from ggtlint.engine.config import load_config
    from ggtlint.limits import DEFAULT_LIMITS
    from ggtlint.run import check_one

    full = "黔南布依族苗族自治州人力资源和社会保障局"
    shutil.copy(SEED_DIR / "t04-jiuye-buzhu-2023.yaml", tmp_path / "t04.yaml")
    t10 = (SEED_DIR / "t10-jiuye-buzhu.yaml").read_text(encoding="utf-8")
    assert f"department: {full}" in t10
    (tmp_path / "t10.yaml").write_text(t10.replace(f"department: {full}", "department: 黔南州 人社局"), encoding="utf-8")

    def run() -> tuple[set[str], list[str | None]]:
        config = load_config(tmp_path / ".ggtlint.yaml") if (tmp_path / ".ggtlint.yaml").exists() else None
        engine = Engine.build(config) if config is not None else Engine.build(load_config(None))
        results = [check_one(engine, tmp_path / name, name, DEFAULT_LIMITS) for name in ("t04.yaml", "t10.yaml")]
        flagged = {f.file for r in engine.check_corpus([d for r in results for d in r.digests])
                   for f in r.findings if f.rule_id == "XT001" and "校园招聘补贴" in f.message_zh}
        return flagged, [department for r in results for department in r.departments]

    flagged, departments = run()
    assert flagged == set() and departments == [full, "黔南州 人社局"]
    (tmp_path / ".ggtlint.yaml").write_text(f"departments:\n  {full}: [黔南州人社局, 州人社局]\n", encoding="utf-8")
    flagged, departments = run()
    assert flagged == {"t04.yaml", "t10.yaml"} and departments == [full, full]


def test_tables_found_copied_are_not_told_each_shared_quantity_again(tmp_path: Path) -> None:
    """A department's table copied under another project name got XT003, XT002 and an XT001 for
    every quantity the two share: eleven findings for one copy. Tables that only share a target
    (T4 and T10: 校园招聘补贴 ≥15000人) still get XT001."""
    for name in ("t04-jiuye-buzhu-2023.yaml", "t10-jiuye-buzhu.yaml", "t13-shiye-danwei-dengbao.yaml"):
        shutil.copy(SEED_DIR / name, tmp_path / name)
    t13 = (SEED_DIR / "t13-shiye-danwei-dengbao.yaml").read_text(encoding="utf-8")
    (tmp_path / "t13-copy.yaml").write_text(t13.replace("name: ", "name: 另一", 1), encoding="utf-8")
    found = check_json(tmp_path, str(tmp_path), "--no-cache", "--select", "XT")["findings"]
    copies = {"t13-shiye-danwei-dengbao.yaml", "t13-copy.yaml"}
    assert {f["rule_id"] for f in found if Path(f["file"]).name in copies} == {"XT002", "XT003"}
    shared = [f for f in found if f["rule_id"] == "XT001" and Path(f["file"]).name not in copies]
    assert {Path(f["file"]).name for f in shared} == {"t04-jiuye-buzhu-2023.yaml", "t10-jiuye-buzhu.yaml"}


def test_a_copy_whose_xt003_is_ignored_for_its_file_keeps_its_xt001(tmp_path: Path) -> None:
    """Folding XT001 into XT003 must not hide both: per_file_ignores of XT003 for the copy's file
    leaves its shared quantities to XT001."""
    t13 = (SEED_DIR / "t13-shiye-danwei-dengbao.yaml").read_text(encoding="utf-8")
    (tmp_path / "t13.yaml").write_text(t13, encoding="utf-8")
    (tmp_path / "copy.yaml").write_text(t13.replace("name: ", "name: 另一", 1), encoding="utf-8")
    (tmp_path / ".ggtlint.yaml").write_text("per_file_ignores:\n  '*.yaml': [XT003]\n", encoding="utf-8")
    found = check_json(tmp_path, str(tmp_path), "--no-cache", "--select", "XT")["findings"]
    assert "XT003" not in {f["rule_id"] for f in found} and "XT001" in {f["rule_id"] for f in found}


def test_a_copy_whose_xt003_is_switched_off_by_a_comment_keeps_its_xt001(tmp_path: Path) -> None:
    """The same with a suppression comment in the copy: its XT003 is not shown, so its shared
    quantities are told by XT001; the first table, whose XT003 is shown, is not told them again."""
    t13 = (SEED_DIR / "t13-shiye-danwei-dengbao.yaml").read_text(encoding="utf-8")
    (tmp_path / "t13.yaml").write_text(t13, encoding="utf-8")
    (tmp_path / "copy.yaml").write_text("# ggtlint: disable-file=XT003 -- 两个项目共用同一组指标，已报财政审核\n"
                                        + t13.replace("name: ", "name: 另一", 1), encoding="utf-8")
    found = check_json(tmp_path, str(tmp_path), "--no-cache", "--select", "XT")["findings"]
    by_file = {name: {f["rule_id"] for f in found if Path(f["file"]).name == name} for name in ("t13.yaml", "copy.yaml")}
    assert by_file == {"t13.yaml": {"XT002", "XT003"}, "copy.yaml": {"XT001", "XT002"}}
    told = [f for f in found if f["rule_id"] == "XT001"]
    assert len(told) == 6 and all("t13.yaml）的" in f["message_zh"] for f in told)


def test_next_years_table_of_the_same_project_is_no_copy(tmp_path: Path) -> None:
    """A continuing project's table for 2024 keeps 2023's goal and indicators: that is no copy, no
    double counting (each year counts its own people). Tables are compared within a budget year;
    the same table filed twice for 2023 still is."""
    t13 = (SEED_DIR / "t13-shiye-danwei-dengbao.yaml").read_text(encoding="utf-8")
    assert "  year: 2023\n" in t13 and t13.count("2023") >= 2
    (tmp_path / "2023.yaml").write_text(t13, encoding="utf-8")
    (tmp_path / "2024.yaml").write_text(t13.replace("2023", "2024"), encoding="utf-8")
    assert check_json(tmp_path, str(tmp_path), "--no-cache", "--select", "XT")["findings"] == []
    (tmp_path / "again.yaml").write_text(t13.replace("name: ", "name: 另一", 1), encoding="utf-8")
    found = check_json(tmp_path, str(tmp_path), "--no-cache", "--select", "XT")["findings"]
    assert {Path(f["file"]).name for f in found} == {"2023.yaml", "again.yaml"}
    assert {f["rule_id"] for f in found} == {"XT002", "XT003"}


def test_a_copy_whose_year_cannot_be_told_is_compared_with_every_year(tmp_path: Path) -> None:
    """Tables are compared within a budget year, but a copy with its 预算年度 and the title's year
    taken out belongs to no year: it is compared with every year's tables, and told once."""
    t13 = (SEED_DIR / "t13-shiye-danwei-dengbao.yaml").read_text(encoding="utf-8")
    title = next(line for line in t13.splitlines() if line.startswith("  title: "))
    assert "  year: 2023\n" in t13 and "2023" in title
    (tmp_path / "2023.yaml").write_text(t13, encoding="utf-8")
    (tmp_path / "2024.yaml").write_text(t13.replace("2023", "2024").replace("name: ", "name: 新", 1), encoding="utf-8")
    yearless = t13.replace("  year: 2023\n", "").replace(title + "\n", "").replace("name: ", "name: 另一", 1)
    (tmp_path / "copy.yaml").write_text(yearless, encoding="utf-8")
    found = check_json(tmp_path, str(tmp_path), "--no-cache", "--select", "XT")["findings"]
    mine = [f["rule_id"] for f in found if Path(f["file"]).name == "copy.yaml"]
    assert sorted(mine) == ["XT002", "XT003"]  # once each, though it goes with 2023 and 2024
    assert {Path(f["file"]).name for f in found} == {"2023.yaml", "2024.yaml", "copy.yaml"}
