"""check --fix / --diff / --unsafe-fixes: the exact corrections, made in the text as written.

On the seed tables (real approved tables, with their real typos, short category names and a
trailing space) and on small tables written in every YAML style the loader accepts; the data of
every fixed file is compared with the old data, field by field.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import SEED_DIR, python_m_ggtlint, run_ggtlint
from ggtlint.fixes import Fix, apply_fix, describe, fix_text
from ggtlint.load.decode import decode, encode

run = run_ggtlint


def _data(path: Path) -> list[object]:
    return list(yaml.load_all(path.read_text(encoding="utf-8"), Loader=yaml.CBaseLoader))


def _seed_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seed"
    shutil.copytree(SEED_DIR, folder)
    return folder


# what the seed's real slips become: (file, where in its data, before, after)
SAFE_SEED_FIXES = [
    ("t02-sanzhi-yifu-buzhu-2022.yaml", ("indicators", "产出指标"), "数量", "数量指标"),
    ("t02-sanzhi-yifu-buzhu-2022.yaml", ("indicators", "产出指标"), "质量", "质量指标"),
    ("t02-sanzhi-yifu-buzhu-2022.yaml", ("indicators", "产出指标"), "时效", "时效指标"),
    ("t02-sanzhi-yifu-buzhu-2022.yaml", ("indicators", "满意度指标"), "服务对像满意度", "服务对象满意度指标"),
]


def test_fix_corrects_the_seed_tables_and_changes_nothing_else(tmp_path: Path) -> None:
    folder = _seed_copy(tmp_path)
    before = {path.name: _data(path) for path in sorted(folder.glob("*.yaml"))}
    raw_before = {path.name: path.read_bytes() for path in sorted(folder.glob("*.yaml"))}
    done = run("check", folder, "--no-cache", "--fix", "--format", "json")
    assert "已自动修复 5 处（2 个文件）" in done.stderr, done.stderr
    # the unsafe guesses are counted, not made
    assert "另有 3 处需要核对的修改" in done.stderr
    changed = {name for name, data in raw_before.items() if (folder / name).read_bytes() != data}
    assert changed == {"t02-sanzhi-yifu-buzhu-2022.yaml", "t17-wen-jiuye.yaml"}
    for name, path_to, old, new in SAFE_SEED_FIXES:
        mapping = _data(folder / name)[0]
        for key in path_to:
            mapping = mapping[key]  # type: ignore[index]
        assert new in mapping and old not in mapping  # type: ignore[operator]
    # the data of t02 is the old data with the four category keys renamed, in the same order
    old_t02, new_t02 = before["t02-sanzhi-yifu-buzhu-2022.yaml"][0], _data(folder / "t02-sanzhi-yifu-buzhu-2022.yaml")[0]
    renamed = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "服务对像满意度": "服务对象满意度指标"}
    for level1, groups in old_t02["indicators"].items():  # type: ignore[index]
        assert list(new_t02["indicators"][level1]) == [renamed.get(k, k) for k in groups]  # type: ignore[index]
        for level2, rows in groups.items():
            assert new_t02["indicators"][level1][renamed.get(level2, level2)] == rows  # type: ignore[index]
    assert {k: v for k, v in new_t02.items() if k != "indicators"} == {  # type: ignore[union-attr]
        k: v for k, v in old_t02.items() if k != "indicators"}  # type: ignore[union-attr]
    # t17: the trailing space of "成果显著 " is gone, the comments above it kept
    t17 = (folder / "t17-wen-jiuye.yaml").read_text(encoding="utf-8")
    assert 'value: "成果显著"' in t17 and "# The trailing space is in the source" in t17
    # the check that follows is of the fixed files: nothing fixable is left to report
    findings = json.loads(done.stdout)["findings"]
    assert not [f for f in findings if f.get("fix", {}).get("safe")]
    assert len([f for f in findings if f.get("fix")]) == 3  # the unsafe ones, still offered
    # a second run has nothing to fix
    again = run("check", folder, "--no-cache", "--fix", "--format", "json")
    assert "已自动修复" not in again.stderr
    assert {path.name: path.read_bytes() for path in folder.glob("*.yaml")} == {
        name: (folder / name).read_bytes() for name in raw_before}


def test_unsafe_fixes_make_the_guesses_too(tmp_path: Path) -> None:
    folder = _seed_copy(tmp_path)
    done = run("check", folder, "--no-cache", "--fix", "--unsafe-fixes")
    assert "已自动修复 8 处（4 个文件）" in done.stderr, done.stderr
    t12 = _data(folder / "t12-jinbao-wangluo-anquan.yaml")[0]
    assert t12["project"]["name"] == "黔南州金保工程网络安全整改建设项目"  # type: ignore[index]
    names = [row["name"] for row in t12["indicators"]["产出指标"]["数量指标"]]  # type: ignore[index]
    assert "下一代防火墙" in names and "下一代防火" not in names


def test_diff_shows_the_changes_and_writes_nothing(tmp_path: Path) -> None:
    folder = _seed_copy(tmp_path)
    raw = {path.name: path.read_bytes() for path in folder.glob("*.yaml")}
    done = run("check", folder, "--no-cache", "--diff")
    assert done.returncode == 1
    assert {path.name: path.read_bytes() for path in folder.glob("*.yaml")} == raw
    assert "-    数量:\n+    数量指标:\n" in done.stdout
    assert '-        value: "成果显著 "\n+        value: "成果显著"\n' in done.stdout
    assert done.stdout.count("\n--- ") + done.stdout.startswith("--- ") == 2  # two files
    assert "本次未改动任何文件" in done.stderr
    run("check", folder, "--no-cache", "--fix")
    clean = run("check", folder, "--no-cache", "--diff")
    assert clean.returncode == 0 and clean.stdout == ""


@pytest.mark.parametrize("args, words", [
    (("--unsafe-fixes",), "--unsafe-fixes 须与 --fix 或 --diff 一起使用"),
    (("--diff", "--format", "json"), "--diff 只把修改以差异格式写到标准输出"),
])
def test_fix_options_misused_are_usage_errors(tmp_path: Path, args: tuple[str, ...], words: str) -> None:
    folder = _seed_copy(tmp_path)
    done = run("check", folder, "--no-cache", *args)
    assert done.returncode == 2 and words in done.stderr and "Traceback" not in done.stderr


def test_fix_refuses_standard_input_but_diff_reads_it() -> None:
    table = (SEED_DIR / "t02-sanzhi-yifu-buzhu-2022.yaml").read_bytes()
    refused = python_m_ggtlint("check", "-", "--fix", input=table, env=None)
    assert refused.returncode == 2 and "--fix 不能修改标准输入" in refused.stderr.decode("utf-8")
    shown = python_m_ggtlint("check", "-", "--diff", "--stdin-filename", "t02.yaml", input=table)
    assert shown.returncode == 1
    assert "+++ t02.yaml" in shown.stdout.decode("utf-8") and "+    数量指标:" in shown.stdout.decode("utf-8")


def test_reports_say_what_can_be_fixed() -> None:
    seed = SEED_DIR / "t02-sanzhi-yifu-buzhu-2022.yaml"
    rich = run("check", seed, "--no-cache")
    assert "可自动修复：“数量”→“数量指标”（ggtlint check --fix）" in rich.stdout
    assert "其中 4 个问题可用 ggtlint check --fix 自动修复。" in rich.stdout
    english = run("check", seed, "--no-cache", "--lang", "en")
    assert "autofix: '数量' -> '数量指标' (ggtlint check --fix)" in english.stdout
    findings = json.loads(run("check", seed, "--no-cache", "--format", "json").stdout)["findings"]
    fixes = [f["fix"] for f in findings if "fix" in f]
    assert {"pointer": "/indicators/产出指标/数量", "old": "数量", "new": "数量指标", "safe": True,
            "target": "key"} in fixes


def test_explain_says_what_fix_corrects() -> None:
    done = run("explain", "REL007")
    assert "自动修复" in done.stdout and "错别字（按词表改正）" in done.stdout and "--unsafe-fixes" in done.stdout
    assert "自动修复" not in run("explain", "VAL001").stdout


# -- the text surgery, style by style -------------------------------------------------------

TABLE = """\
# 注释保留
project: {{name: 就业服务, department: 某局}}
goal: {goal}
indicators:
  产出指标:
    数量:
      - name: {name}
        value: ≥200人   # 行尾注释
"""


def _table(goal: str = "完成服务对像培训。", name: str = "培训人数") -> str:
    return TABLE.format(goal=goal, name=name)


@pytest.mark.parametrize("written, after", [
    ("完成服务对像培训。", "goal: 完成服务对象培训。\n"),
    ('"完成服务对像培训。"', 'goal: "完成服务对象培训。"\n'),
    ("'完成服务对像培训。'", "goal: '完成服务对象培训。'\n"),
    ('"完成服务\\u5bf9像培训。"', 'goal: "完成服务\\u5bf9象培训。"\n'),  # an escape left as written
    ('"完成服务对\\u50cf培训。"', 'goal: "完成服务对象培训。"\n'),  # the escaped character changed: written anew
    ("|\n  完成服务对像培训，\n  提高就业率。", "goal: |\n  完成服务对象培训，\n  提高就业率。\n"),
])
def test_a_value_is_fixed_in_its_own_style(written: str, after: str) -> None:
    text = _table(goal=written)
    old = yaml.load(text, Loader=yaml.CBaseLoader)["goal"]
    fixed = apply_fix(text, 0, Fix("/goal", old, old.replace("服务对像", "服务对象")))
    assert fixed is not None and after in fixed
    assert "# 注释保留" in fixed and "# 行尾注释" in fixed
    assert fixed.replace(after, "") == text.replace("goal: " + written + "\n", "")


def test_a_key_rename_keeps_the_order_and_refuses_to_merge() -> None:
    text = _table()
    fixed = apply_fix(text, 0, Fix("/indicators/产出指标/数量", "数量", "数量指标", key=True))
    assert fixed == text.replace("    数量:\n", "    数量指标:\n")
    both = text.replace("    数量:\n", "    数量指标:\n      - name: 档案数\n        value: ≥1份\n    数量:\n")
    assert apply_fix(both, 0, Fix("/indicators/产出指标/数量", "数量", "数量指标", key=True)) is None


def test_stray_spaces_leave_a_plain_value_when_quotes_are_not_needed() -> None:
    text = _table(name='"培训人数 "')
    fixed = apply_fix(text, 0, Fix("/indicators/产出指标/数量/0/name", "培训人数 ", "培训人数"))
    assert fixed is not None and '- name: "培训人数"\n' in fixed


def test_a_flow_mapping_and_json() -> None:
    text = _table()
    fixed = apply_fix(text, 0, Fix("/project/name", "就业服务", "就业服务中心"))
    assert fixed is not None and "project: {name: 就业服务中心, department: 某局}" in fixed
    as_json = json.dumps({"project": {"name": "就业服务"}, "goal": "服务对像培训", "indicators": {}},
                         ensure_ascii=False, indent=2)
    fixed = apply_fix(as_json, 0, Fix("/goal", "服务对像培训", "服务对象培训"))
    assert fixed is not None and json.loads(fixed)["goal"] == "服务对象培训"
    assert fixed.replace("服务对象", "服务对像") == as_json


def test_only_the_named_document_of_a_stream_changes() -> None:
    one = _table()
    text = one + "---\n" + one
    fixed = apply_fix(text, 1, Fix("/goal", "完成服务对像培训。", "完成服务对象培训。"))
    assert fixed is not None
    first, second = fixed.split("---\n")
    assert first == one and "完成服务对象培训。" in second


@pytest.mark.parametrize("text, fix", [
    # the text there has changed since the finding
    (_table(), Fix("/goal", "别的目标", "完成服务对象培训。")),
    # no such field
    (_table(), Fix("/indicators/产出指标/质量/0/name", "培训人数", "x")),
    # a value shared by an alias: changing it would change the other use too
    ("a: &same 服务对像\nb: *same\n", Fix("/a", "服务对像", "服务对象")),
    # a repeated key: which one the loader reads is for a person to settle
    ("goal: 服务对像\ngoal: 别的\n", Fix("/goal", "服务对像", "服务对象")),
    # a list index written in other digits than 0-9 (² crashed int(), ١ read as 1)
    ("k:\n- a\n", Fix("/k/²", "a", "b")),
    ("k:\n- a\n- b\n", Fix("/k/١", "b", "c")),
])
def test_a_fix_that_cannot_be_made_exactly_is_not_made(text: str, fix: Fix) -> None:
    assert apply_fix(text, 0, fix) is None


def test_a_new_value_that_would_read_as_something_else_is_quoted() -> None:
    text = "goal: 完成\nname: x\n"
    fixed = apply_fix(text, 0, Fix("/name", "x", "- a: b"))
    assert fixed == 'goal: 完成\nname: "- a: b"\n'


def test_line_endings_encodings_and_marks_are_kept(tmp_path: Path) -> None:
    text = _table().replace("\n", "\r\n")
    fixed = apply_fix(text, 0, Fix("/goal", "完成服务对像培训。", "完成服务对象培训。"))
    assert fixed == text.replace("服务对像", "服务对象")
    for encoding in ("utf-8-bom", "utf-16-le", "gb18030"):
        path = tmp_path / f"{encoding}.yaml"
        path.write_bytes(encode(_table(), encoding))
        assert decode(path.read_bytes()).encoding == encoding  # written as the loader reads it, mark and all
        run("check", path, "--no-cache", "--fix")
        assert path.read_bytes() == encode(_table().replace("服务对像", "服务对象").replace("数量:", "数量指标:"),
                                           encoding)


def test_fixes_go_round_after_round_until_nothing_is_left() -> None:
    calls: list[str] = []

    def check(text: str) -> list:  # type: ignore[type-arg]
        from ggtlint.findings import Finding, Severity

        calls.append(text)
        value = yaml.load(text, Loader=yaml.CBaseLoader)["name"]
        fixes = []
        if value != value.strip():
            fixes.append(Fix("/name", value, value.strip()))
        if "对像" in value:
            fixes.append(Fix("/name", value, value.replace("对像", "对象")))
        return [Finding("REL007", "text-hygiene", Severity.INFO, "", "", "t.yaml", extra={"fix": fix.to_data()})
                for fix in fixes]

    result = fix_text('name: "服务对像 "\n', check)
    # one change to a field a round: the spaces, then the typo, then a round that finds nothing
    assert result.text == 'name: "服务对象"\n' and len(result.made) == 2 and len(calls) == 3


def test_symbolic_links_are_fixed_through(tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_text(_table(), encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    run("check", link, "--no-cache", "--fix")
    assert link.is_symlink() and "服务对象" in real.read_text(encoding="utf-8")


def test_describe_shows_the_change_with_context() -> None:
    assert describe(Fix("/a", "服务对像", "服务对象")) == "“服务对像”→“服务对象”"
    long = "本项目" * 10 + "服务对像" + "培训" * 10
    shown = describe(Fix("/goal", long, long.replace("对像", "对象")), "en")
    assert shown.startswith("'…") and "服务对像培" in shown and "服务对象培" in shown and len(shown) < 40


# -- what must not be fixed, or not that way ----------------------------------------------

def test_a_rename_beside_a_merge_key_is_not_made() -> None:
    # <<: *other brings 数量指标 in; renaming 数量 onto it would hide the merged rows
    text = ("shared: &more\n  数量指标:\n    - name: 档案数\n      value: ≥1份\n"
            "indicators:\n  产出指标:\n    <<: *more\n    数量:\n      - name: 培训人数\n        value: ≥200人\n")
    assert apply_fix(text, 0, Fix("/indicators/产出指标/数量", "数量", "数量指标", key=True)) is None


def test_a_value_written_with_escapes_is_written_anew_with_escapes() -> None:
    as_json = json.dumps({"goal": "服务对像培训", "indicators": {}})  # ensure_ascii: \u escapes
    fixed = apply_fix(as_json, 0, Fix("/goal", "服务对像培训", "服务对象培训"))
    assert fixed is not None and fixed.isascii() and json.loads(fixed)["goal"] == "服务对象培训"


def test_a_key_in_other_words_is_renamed_and_a_spelling_guess_waits(tmp_path: Path) -> None:
    """LOAD006: 预算年度 is the key year for sure; departmnt is probably department (a guess:
    --unsafe-fixes); a key with a full-width space around it is the key without it."""
    path = tmp_path / "t.yaml"
    table = _table().replace("project: {name: 就业服务, department: 某局}",
                             "project:\n  \u3000name: 就业服务\n  departmnt: 某局\n  预算年度: 2025")
    path.write_text(table, encoding="utf-8")
    done = run("check", path, "--no-cache", "--fix")
    text = path.read_text(encoding="utf-8")
    assert "  year: 2025" in text and "预算年度" not in text and "\u3000" not in text and "departmnt" in text
    assert "另有 1 处需要核对的修改" in done.stderr
    run("check", path, "--no-cache", "--fix", "--unsafe-fixes")
    assert "  department:" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("unit", "written", "after"), [
    ("", "total: 120万元", "total: 1200000"),
    ("", 'total: "1,200,000元"', 'total: "1200000"'),  # the quotes kept: a quoted number is an amount too
    ("  unit: 万元\n", "total: 120万元", "total: 120"),
    ("  unit: 万元\n", "total: 1200000元", "total: 120"),
    ("  unit: 元\n", "total: 1.5万", "total: 15000"),
])
def test_an_amount_written_with_its_unit_becomes_the_number_in_the_tables_unit(tmp_path: Path, unit: str,
                                                                              written: str, after: str) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(f"project: {{name: 就业服务, department: 某局}}\nfunds:\n{unit}  {written}\ngoal: 完成培训。\n"
                    "indicators:\n  产出指标:\n    数量指标:\n      - {name: 培训人数, value: ≥200人}\n", encoding="utf-8")
    done = run("check", path, "--no-cache", "--fix", "--format", "json")
    assert f"  {after}\n" in path.read_text(encoding="utf-8")
    assert not [f for f in json.loads(done.stdout)["findings"] if f["rule_id"] == "LOAD005"]


def test_a_suppressed_finding_is_not_fixed(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(_table(goal="完成服务对像培训。  # ggtlint: disable=REL007"), encoding="utf-8")
    run("check", path, "--no-cache", "--fix")
    text = path.read_text(encoding="utf-8")
    assert "服务对像" in text and "数量指标:" in text  # the category, not suppressed, is fixed


def test_a_read_only_file_keeps_its_text(tmp_path: Path) -> None:
    # the write is a rename, which a read-only mark does not stop (nor does it stop root):
    # the mark is looked at on purpose
    path = tmp_path / "t.yaml"
    path.write_text(_table(), encoding="utf-8")
    path.chmod(0o444)
    done = run("check", path, "--no-cache", "--fix")
    assert path.read_text(encoding="utf-8") == _table()
    assert "文件是只读的" in done.stderr and "已自动修复" not in done.stderr


def test_a_hard_linked_file_keeps_its_text_and_its_links(tmp_path: Path) -> None:
    path, other = tmp_path / "t.yaml", tmp_path / "same-file.yaml"
    path.write_text(_table(), encoding="utf-8")
    os.link(path, other)
    done = run("check", path, "--no-cache", "--fix")
    assert path.read_text(encoding="utf-8") == _table() and os.path.samefile(path, other)
    assert "文件另有 1 个硬链接" in done.stderr and "已自动修复" not in done.stderr


def test_a_file_changed_during_the_check_keeps_the_new_text(tmp_path: Path,
                                                             engine) -> None:  # type: ignore[no-untyped-def]
    from ggtlint.fixes import fix_files
    from ggtlint.load import load_text

    path = tmp_path / "t.yaml"
    path.write_text(_table(), encoding="utf-8")
    meanwhile = _table(name="培训人次")

    def check_text(text: str, shown: str, encoding: str) -> list:  # type: ignore[type-arg]
        path.write_text(meanwhile, encoding="utf-8")  # an officer saves the file meanwhile
        return engine.check_source(load_text(text, shown)).findings

    done = fix_files([(str(path), "t.yaml")], check_text, unsafe=False, write=True, diff=None, max_bytes=1 << 20)
    assert path.read_text(encoding="utf-8") == meanwhile
    assert done.made == 0 and done.unwritable and "检查期间文件被修改过" in done.unwritable[0][1]


def test_imported_files_offer_no_fix_they_cannot_get(tmp_path: Path) -> None:
    from conftest import ROOT

    text_file = tmp_path / "t.txt"
    shutil.copy(ROOT / "tests" / "data" / "shared" / "seeds" / "000_65b3e8a41352e276.txt", text_file)
    before = text_file.read_bytes()
    shown = run("check", text_file, "--no-cache", "--text-input")
    assert "数量指标" in shown.stdout and "可自动修复" not in shown.stdout and "--fix" not in shown.stdout
    done = run("check", text_file, "--no-cache", "--text-input", "--fix")
    assert text_file.read_bytes() == before and "1 个 Excel 工作簿或 PDF 文本不能自动修复" in done.stderr


# -- syntax slips (LOAD003): a text edit on the slip's line ----------------------------------

T01 = (SEED_DIR / "t01-zhuwai-laowu-xiezuo.yaml").read_text(encoding="utf-8")


def _t01(line: int, written: str) -> str:
    lines = T01.splitlines()
    lines[line - 1] = written
    return "\n".join(lines) + "\n"


def _syntax_fix(text: str) -> Fix | None:
    from ggtlint.fixes import fix_of
    from ggtlint.load import load_text

    found = [f for f in load_text(text, "t.yaml").findings if f.rule_id == "LOAD003"]
    assert len(found) == 1
    return fix_of(found[0])


@pytest.mark.parametrize("line, written, meant, safe", [
    (28, "        value: >=200人", '        value: ">=200人"', True),  # read as written, in quotes
    (28, "        value: >=200人   # 核对", '        value: ">=200人"   # 核对', True),  # the comment stays out
    (28, "        value: >=200人  ", '        value: ">=200人"  ', True),  # so do the blanks after it
    (30, "        value: - ≥2次", '        value: "- ≥2次"', True),
    (30, "        value:＝2次", "        value: ＝2次", True),  # no space after the colon
    (30, "        value:\u3000＝2次", "        value: ＝2次", True),  # a full-width space after it
    (30, "        value：＝2次", "        value: ＝2次", True),  # a full-width colon
    (29, "      -name: 组织各县市驻外劳务协作站召开工作会议", "      - name: 组织各县市驻外劳务协作站召开工作会议", True),
    (29, "      — name: 组织各县市驻外劳务协作站召开工作会议", "      - name: 组织各县市驻外劳务协作站召开工作会议", True),
    # which column a Tab or a full-width space stood for is a guess: lined up under "name"
    (30, "\tvalue: ＝2次", "        value: ＝2次", False),
    (30, "      \t  value: ＝2次", "        value: ＝2次", False),
    (30, "\u3000\u3000\u3000\u3000value: ＝2次", "        value: ＝2次", False),
    # where an unclosed quote was meant to end is a guess too
    (29, '      - name: "组织各县市驻外劳务协作站召开工作会议', '      - name: "组织各县市驻外劳务协作站召开工作会议"', False),
])
def test_a_syntax_slip_offers_the_edit_that_mends_it(line: int, written: str, meant: str, safe: bool) -> None:
    text = _t01(line, written)
    fix = _syntax_fix(text)
    assert fix is not None and fix.text_edit and fix.line == line and fix.safe is safe
    fixed = apply_fix(text, 0, fix)
    assert fixed == _t01(line, meant)
    # the table read is the seed's, but for what the slip's own line says
    intended = _data_of(_t01(line, meant))
    assert _data_of(fixed) == intended


def _data_of(text: str) -> list[object]:
    return list(yaml.load_all(text, Loader=yaml.CBaseLoader))


def test_a_text_edit_is_made_only_where_it_still_applies() -> None:
    text = _t01(28, "        value: >=200人")
    fix = _syntax_fix(text)
    assert fix is not None
    assert apply_fix(_t01(28, "        value: >=300人"), 0, fix) is None  # the line reads otherwise now
    assert apply_fix(text.replace(">=200人", "'>=200人'"), 0, fix) is None  # mended already: it parses
    # one line down: the text there is not the slip's
    assert apply_fix(text, 0, fix._replace(line=29)) is None


def test_a_slip_the_loader_cannot_mend_offers_nothing() -> None:
    broken = (Path(__file__).parent.parent / "fixtures" / "bad" / "broken.yaml").read_text(encoding="utf-8")
    assert _syntax_fix(broken) is None


def test_fix_mends_the_slips_then_makes_the_other_fixes(tmp_path: Path) -> None:
    path = tmp_path / "t01.yaml"
    slips = T01.replace("        value: ≥200人", "        value: >=200人").replace("value: ＝2次", "value:＝2次")
    slips = slips.replace("    数量指标:", "    数量:")  # and a short category name, fixed once the file reads
    path.write_text(slips, encoding="utf-8")
    shown = json.loads(run("check", path, "--no-cache", "--format", "json").stdout)["findings"]
    assert [(f["rule_id"], f["fix"]["target"], f["fix"]["line"], f["fix"]["safe"]) for f in shown] == [
        ("LOAD003", "text", 28, True)]
    done = run("check", path, "--no-cache", "--fix")
    assert "已自动修复 3 处（1 个文件）" in done.stderr, done.stderr
    assert path.read_text(encoding="utf-8") == T01.replace("value: ≥200人", 'value: ">=200人"')
    assert "LOAD003" not in done.stdout


def test_a_guessed_mend_waits_for_unsafe_fixes(tmp_path: Path) -> None:
    path = tmp_path / "t01.yaml"
    path.write_text(_t01(30, "\tvalue: ＝2次"), encoding="utf-8")
    diff = run("check", path, "--no-cache", "--diff")
    assert diff.returncode == 0 and diff.stdout == "" and "另有 1 处需要核对的修改" in diff.stderr
    shown = run("check", path, "--no-cache", "--diff", "--unsafe-fixes")
    assert "-\tvalue: ＝2次\n+        value: ＝2次\n" in shown.stdout
    rich = run("check", path, "--no-cache")
    assert "可自动修复：“⇥value: ＝2次”→“        value: ＝2次”（ggtlint check --fix --unsafe-fixes，请先核对）" in rich.stdout
    run("check", path, "--no-cache", "--fix", "--unsafe-fixes")
    assert path.read_text(encoding="utf-8") == T01


def test_explain_says_which_slips_fix_mends() -> None:
    done = run("explain", "LOAD003")
    assert "自动修复" in done.stdout and "全角冒号" in done.stdout and "--unsafe-fixes" in done.stdout


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_a_fixed_file_stays_its_owners(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(_table(), encoding="utf-8")
    os.chown(path, 1234, 1234)  # an officer's file, fixed by root (a container's CI job)
    run("check", path, "--no-cache", "--fix")
    assert "服务对象" in path.read_text(encoding="utf-8")
    assert (path.stat().st_uid, path.stat().st_gid) == (1234, 1234)


def test_a_slip_on_every_row_is_mended_row_after_row(tmp_path: Path) -> None:
    # an officer who typed >= for every ≥: one slip a round, far more than a handful of rounds
    path = tmp_path / "t.yaml"
    rows = "".join(f"      - name: 培训人数{i}\n        value: >={i}人\n" for i in range(15))
    path.write_text(_table().replace("      - name: 培训人数\n        value: ≥200人   # 行尾注释\n", rows),
                    encoding="utf-8")
    done = run("check", path, "--no-cache", "--fix")
    assert "已自动修复 17 处" in done.stderr and "LOAD003" not in done.stdout
    assert path.read_text(encoding="utf-8").count('value: ">=') == 15


def test_fixes_that_undo_each_other_stop_and_are_told() -> None:
    from ggtlint.findings import Finding, Severity

    def check(text: str) -> list:  # type: ignore[type-arg]
        value = yaml.load(text, Loader=yaml.CBaseLoader)["name"]
        flipped = "对象" if value == "对像" else "对像"
        return [Finding("REL007", "text-hygiene", Severity.INFO, "", "", "t.yaml",
                        extra={"fix": Fix("/name", value, flipped).to_data()})]

    result = fix_text("name: 对像\n", check, rounds=4)
    assert len(result.made) == 4 and result.left == [Fix("/name", "对像", "对象")]


def test_a_slip_in_a_later_table_is_mended_before_the_fixes_of_the_first() -> None:
    # the first table reads and offers its fixes while the second does not parse: they wait for
    # the slip to be mended instead of being given up
    from ggtlint.engine import Engine
    from ggtlint.engine.config import Config
    from ggtlint.load import load_text

    engine = Engine.build(Config())
    text = _table() + "---\n" + _table().replace("value: ≥200人", "value: >=200人")
    result = fix_text(text, lambda t: engine.check_source(load_text(t, "t.yaml")).findings)
    assert not result.left and len(result.made) == 5
    assert result.text == (_table() + "---\n" + _table().replace("value: ≥200人", 'value: ">=200人"')).replace(
        "服务对像", "服务对象").replace("    数量:", "    数量指标:")


def test_a_folder_that_cannot_be_written_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 engine) -> None:  # type: ignore[no-untyped-def]
    # as root a folder's permissions stop nothing, so the refusal the system gives is made here
    import errno

    from ggtlint import atomic
    from ggtlint.fixes import fix_files
    from ggtlint.load import load_text

    path = tmp_path / "t.yaml"
    path.write_text(_table(), encoding="utf-8")

    def refused(target: str, data: bytes) -> None:
        raise atomic.OutputError(target, PermissionError(errno.EACCES, "Permission denied"))

    monkeypatch.setattr(atomic, "write_bytes_atomic", refused)
    done = fix_files([(str(path), "t.yaml")], lambda text, shown, encoding: engine.check_source(
        load_text(text, shown)).findings, unsafe=False, write=True, diff=None, max_bytes=1 << 20)
    assert done.made == 0 and done.files_changed == 0 and path.read_text(encoding="utf-8") == _table()
    assert done.unwritable and "没有在这里写文件的权限" in done.unwritable[0][1]


@pytest.mark.parametrize("text, pointer, old", [
    ("indicators:\n  产出/指标~x:\n    数量:\n      - name: a\n", "/indicators/产出~1指标~0x/数量", "数量"),
    ("indicators:\n  产出指标:\n    数/量~:\n      - name: a\n", "/indicators/产出指标/数~1量~0", "数/量~"),
])
def test_names_with_a_slash_or_a_tilde_are_found_by_their_escaped_pointer(text: str, pointer: str, old: str) -> None:
    fixed = apply_fix(text, 0, Fix(pointer, old, "数量指标", key=True))
    assert fixed == text.replace(f"    {old}:\n", "    数量指标:\n")


def test_fix_reads_again_only_the_files_with_something_to_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--fix takes the files to fix from a normal (cached) pass: a file with nothing to fix is
    checked once in the run, and not at all in a second run over the same files."""
    from bulk_helpers import check, make_corpus
    from ggtlint.engine import Engine

    folder = _seed_copy(tmp_path)
    make_corpus(folder / "generated", 30, seed=4)
    before = {str(path): path.read_bytes() for path in folder.rglob("*.yaml")}
    checked: list[str] = []
    original = Engine.check_source

    def counting(self: Engine, source, *args, **kwargs):  # type: ignore[no-untyped-def]
        checked.append(source.path)
        return original(self, source, *args, **kwargs)

    monkeypatch.setattr(Engine, "check_source", counting)
    cache = ["--cache-dir", str(tmp_path / "cache"), "--jobs", "1", "--format", "json"]
    check(str(folder), *cache, "--fix", "-o", str(tmp_path / "fixed.json"))
    fixed = {path for path, data in before.items() if Path(path).read_bytes() != data}
    assert {Path(path).name for path in fixed} >= {"t02-sanzhi-yifu-buzhu-2022.yaml", "t17-wen-jiuye.yaml"}
    read_again = {path for path in checked if checked.count(path) > 1}
    assert fixed <= read_again
    # besides the fixed files, only those offering a fix a person should look at are read again
    offered = json.loads((tmp_path / "fixed.json").read_text(encoding="utf-8"))["findings"]
    unsafe_only = {Path(f["file"]).name for f in offered if f.get("fix")}
    assert {Path(path).name for path in read_again - fixed} <= unsafe_only
    assert len(set(checked) - read_again) >= 30
    # the output is the plain check of the fixed files
    check(str(folder), "--no-cache", "--jobs", "1", "--format", "json", "-o", str(tmp_path / "plain.json"))
    assert (tmp_path / "fixed.json").read_bytes() == (tmp_path / "plain.json").read_bytes()
    checked.clear()
    check(str(folder), *cache, "--fix", "-o", str(tmp_path / "second.json"))
    assert {Path(path).name for path in checked} <= unsafe_only
    assert (tmp_path / "second.json").read_bytes() == (tmp_path / "plain.json").read_bytes()


def test_the_run_s_own_findings_are_the_first_round_so_a_fixed_file_is_checked_once_less(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # --fix used to check every file with a fix again before making it; the run's findings of
    # the file serve now: a fixed file is checked by the fixing once (to see that nothing is
    # left), with or without the cache
    from click.testing import CliRunner

    from ggtlint import cli
    from ggtlint.engine import Engine

    calls: list[str] = []
    real = Engine.check_source

    def counted(self, source):  # type: ignore[no-untyped-def]
        calls.append(source.path)
        return real(self, source)

    monkeypatch.setattr(Engine, "check_source", counted)
    monkeypatch.chdir(tmp_path)
    Path("t.yaml").write_text(_table(), encoding="utf-8")
    assert CliRunner().invoke(cli.cli, ["check", "t.yaml", "--no-cache", "--fix", "--exit-zero"]).exit_code == 0
    fixed = Path("t.yaml").read_text(encoding="utf-8")  # 服务对象, 数量指标 (two fixes)
    assert fixed != _table() and "服务对象" in fixed
    for cache in ("--no-cache", "--cache-dir=c"):
        Path("t.yaml").write_text(_table(), encoding="utf-8")
        Path("ok.yaml").write_text(fixed, encoding="utf-8")
        calls.clear()
        done = CliRunner().invoke(cli.cli, ["check", "t.yaml", "ok.yaml", cache, "--fix", "--jobs", "1"])
        assert "（1 个文件）" in done.output and Path("t.yaml").read_text(encoding="utf-8") == fixed, done.output
        # the run (t, ok), the fixing's second round (t), the check of the rewritten file (t); a
        # first round of its own would make t four
        assert calls.count("t.yaml") == 3, calls
