"""Every distinct 指标值 of the real seed (黔南州人社局 2023, tables T1–T20) parses right.

The table below lists each distinct value once, in the order of first appearance, with the full
JSON form the parser must give (budget year 2023). Two checks keep the table honest: every value
with an operator found in the seed text is in the table, and every value in the table is in the
seed text.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from ggtlint.values import normalize, parse_value

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_65b3e8a41352e276.txt"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "seed"

# (value as written, kind, op, number, unit, other keys of to_json())
SEED_VALUES: list[tuple[str, str, str | None, str | None, str | None, dict[str, Any]]] = [
    # T1 驻外劳务协作服务工作站办公经费
    ("≥200人", "count", "≥", "200", "人", {}),
    ("＝2次", "count", "=", "2", "次", {}),
    ("达到要求服务质量水平", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["达到要求服务质量水平"]}),
    ("2023年12月31日前", "deadline", "≤", None, None, {"deadline": "2023-12-31", "year_inferred": False}),
    ("＝300000元", "money", "=", "300000", "元", {"yuan": "300000"}),
    ("＝100%", "rate", "=", "100", "%", {"percent": "100"}),
    ("稳定就业", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["稳定就业"]}),
    # T2 2022年高校毕业生"三支一扶"计划补助资金 (附件2; full-width ≧)
    ("≧100%", "rate", "≥", "100", "%", {"percent": "100"}),
    ("≧95%", "rate", "≥", "95", "%", {"percent": "95"}),
    ("有效促进", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["有效促进"]}),
    ("≧80%", "rate", "≥", "80", "%", {"percent": "80"}),
    # T3 "三支一扶"招募考试经费 (costs in 万元)
    ("≥6000人", "count", "≥", "6000", "人", {}),
    ("≥300人", "count", "≥", "300", "人", {}),
    ("≥80%", "rate", "≥", "80", "%", {"percent": "80"}),
    ("＝8万元", "money", "=", "8", "万元", {"yuan": "80000"}),
    ("＝2万元", "money", "=", "2", "万元", {"yuan": "20000"}),
    ("基层就业增长", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["基层就业增长"]}),
    ("长期", "horizon", None, None, None, {}),
    ("≥90%", "rate", "≥", "90", "%", {"percent": "90"}),
    # T4 2023年就业补助资金
    ("≥150人", "count", "≥", "150", "人", {}),
    ("≥15000人", "count", "≥", "15000", "人", {}),
    ("＝15场", "count", "=", "15", "场", {}),
    ("≥95%", "rate", "≥", "95", "%", {"percent": "95"}),
    ("2023年12月31日", "deadline", None, None, None, {"deadline": "2023-12-31", "year_inferred": False}),
    ("＝1600000元", "money", "=", "1600000", "元", {"yuan": "1600000"}),
    ("＝0件", "count", "=", "0", "件", {}),
    ("1年", "duration", None, "1", "年", {"horizon_years": 1}),
    # T5 流动人员人事档案公共管理服务经费
    ("＝21294册", "count", "=", "21294", "册", {}),
    ("即时办理", "qualitative", None, None, None, {"quality": "immediate"}),
    ("＝100000元", "money", "=", "100000", "元", {"yuan": "100000"}),
    ("安全", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["安全"]}),
    ("效果显著", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["效果显著"]}),
    # T6 人才引进专项资金
    ("≥25家", "count", "≥", "25", "家", {}),
    ("≥25个", "count", "≥", "25", "个", {}),
    ("≥10个", "count", "≥", "10", "个", {}),
    ("准确提供", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["准确提供"]}),
    ("有效引进", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["有效引进"]}),
    ("12月底前", "deadline", "≤", None, None, {"deadline": "2023-12-31", "year_inferred": True}),
    ("＝150000元", "money", "=", "150000", "元", {"yuan": "150000"}),
    ("有所提高", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["有所提高"]}),
    # T7 人事考试专项经费
    ("＝30000人", "count", "=", "30000", "人", {}),
    ("＝3000人", "count", "=", "3000", "人", {}),
    ("＝538人", "count", "=", "538", "人", {}),
    ("＝357人", "count", "=", "357", "人", {}),
    ("＝1075人", "count", "=", "1075", "人", {}),
    ("＝700人", "count", "=", "700", "人", {}),
    ("严格按照要求", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["严格按照要求"]}),
    ("＝3200000元", "money", "=", "3200000", "元", {"yuan": "3200000"}),
    ("＝200000元", "money", "=", "200000", "元", {"yuan": "200000"}),
    ("有效提升", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["有效提升"]}),
    # T8 创业担保贷款贴息
    ("≥20%", "rate", "≥", "20", "%", {"percent": "20"}),
    ("≤1%", "rate", "≤", "1", "%", {"percent": "1"}),
    ("＝200万元", "money", "=", "200", "万元", {"yuan": "2000000"}),
    ("明显推动", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["明显推动"]}),
    ("明显提升", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["明显提升"]}),
    # T9 教育精准扶贫中职学生资助
    ("≥1130人", "count", "≥", "1130", "人", {}),
    ("＝100万元", "money", "=", "100", "万元", {"yuan": "1000000"}),
    # T10 就业补助资金 (unit standards, a policy reference, "左右")
    ("≥100人", "count", "≥", "100", "人", {}),
    ("≥1个", "count", "≥", "1", "个", {}),
    ("＝10场", "count", "=", "10", "场", {}),
    ("1200元左右", "money", "≈", "1200", "元", {"yuan": "1200", "approx": True}),
    ("按当地最低工资标准的60%给予补贴", "policy", None, None, None, {}),
    ("50元/人", "per_unit", None, "50", "元/人", {"yuan": "50", "per": "人"}),
    ("1000元/人", "per_unit", None, "1000", "元/人", {"yuan": "1000", "per": "人"}),
    ("5.5%左右", "rate", "≈", "5.5", "%", {"percent": "5.5", "approx": True}),
    ("保持稳定", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["保持稳定"]}),
    # T11 劳动保障监察、仲裁工作经费
    ("＝19套", "count", "=", "19", "套", {}),
    ("＝116600元", "money", "=", "116600", "元", {"yuan": "116600"}),
    # T12 金保工程网络安全整改建设项目
    ("＝2台", "count", "=", "2", "台", {}),
    ("＝1套", "count", "=", "1", "套", {}),
    ("7*24小时", "duration", None, None, "小时", {"window": "7*24"}),
    ("＝80000元", "money", "=", "80000", "元", {"yuan": "80000"}),
    ("＝70000元", "money", "=", "70000", "元", {"yuan": "70000"}),
    ("≥98%", "rate", "≥", "98", "%", {"percent": "98"}),
    # T13 事业单位人事综合管理系统等保测评及维护费
    ("≥4000家", "count", "≥", "4000", "家", {}),
    ("5*8小时", "duration", None, None, "小时", {"window": "5*8"}),
    ("＝184000元", "money", "=", "184000", "元", {"yuan": "184000"}),
    ("＝90000元", "money", "=", "90000", "元", {"yuan": "90000"}),
    ("＝120400元", "money", "=", "120400", "元", {"yuan": "120400"}),
    # T14 人社政务管理经费
    ("＝1次", "count", "=", "1", "次", {}),
    ("≥80件", "count", "≥", "80", "件", {}),
    ("≥5000份", "count", "≥", "5000", "份", {}),
    ("法院规定时间内", "qualitative", None, None, None, {"quality": "external"}),
    ("＝174900元", "money", "=", "174900", "元", {"yuan": "174900"}),
    # T15 人事人才服务经费
    ("＝30人", "count", "=", "30", "人", {}),
    ("＝40家", "count", "=", "40", "家", {}),
    ("≥50%", "rate", "≥", "50", "%", {"percent": "50"}),
    ("帮助有效", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["帮助有效"]}),
    # T16 社会保险业务经费及系统维护
    ("≥15万张", "count", "≥", "150000", "张", {}),
    ("＝10人", "count", "=", "10", "人", {}),
    ("＝1人", "count", "=", "1", "人", {}),
    ("＝19100元", "money", "=", "19100", "元", {"yuan": "19100"}),
    ("明显提高", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["明显提高"]}),
    # T17 稳就业工作经费 (a trailing space in the source)
    ("＝4次", "count", "=", "4", "次", {}),
    ("＝100次", "count", "=", "100", "次", {}),
    ("＝134100元", "money", "=", "134100", "元", {"yuan": "134100"}),
    ("成果显著 ", "qualitative", None, None, None, {"quality": "vague", "vague_terms": ["成果显著"]}),
    # T18 职称评审、劳动能力鉴定经费
    ("≥2000人", "count", "≥", "2000", "人", {}),
    ("≥1800件", "count", "≥", "1800", "件", {}),
    ("≥24场", "count", "≥", "24", "场", {}),
    ("＝1022480元", "money", "=", "1022480", "元", {"yuan": "1022480"}),
    # T19 中职 国家助学金 / T20 免学费
    ("≥4115人", "count", "≥", "4115", "人", {}),
    ("＝164.6万元", "money", "=", "164.6", "万元", {"yuan": "1646000"}),
    ("≥4065人", "count", "≥", "4065", "人", {}),
    ("＝162.6万元", "money", "=", "162.6", "万元", {"yuan": "1626000"}),
]

RAW_VALUES = [row[0] for row in SEED_VALUES]


def test_table_has_no_duplicates() -> None:
    assert len(RAW_VALUES) == len(set(RAW_VALUES)) == 105


@pytest.mark.parametrize(("raw", "kind", "op", "number", "unit", "extra"), SEED_VALUES, ids=RAW_VALUES)
def test_seed_value(raw: str, kind: str, op: str | None, number: str | None, unit: str | None, extra: dict[str, Any]) -> None:
    parsed = parse_value(raw, budget_year=2023)
    assert parsed.raw == raw
    assert parsed.problem is None
    assert parsed.to_json() == {"kind": kind, "op": op, "number": number, "unit": unit, **extra}


def test_required_examples_typed() -> None:
    """The examples named in the design brief, checked on the typed fields."""
    v = parse_value("＝164.6万元", budget_year=2023)
    assert (v.kind, v.op, v.yuan, v.number, v.unit) == ("money", "=", Decimal("1646000"), Decimal("164.6"), "万元")
    assert str(v.yuan) != "1.646E+6" and v.to_json()["yuan"] == "1646000"
    v = parse_value("≧95%", budget_year=2023)
    assert (v.kind, v.op, v.percent, v.text) == ("rate", "≥", Decimal(95), "≥95%")
    v = parse_value("2023年12月31日前", budget_year=2023)
    assert (v.kind, v.op, v.deadline, v.year_inferred) == ("deadline", "≤", dt.date(2023, 12, 31), False)
    v = parse_value("12月底前", budget_year=2023)
    assert (v.kind, v.deadline, v.year_inferred) == ("deadline", dt.date(2023, 12, 31), True)
    v = parse_value("1200元左右", budget_year=2023)
    assert (v.kind, v.op, v.number, v.yuan, v.approx) == ("money", "≈", Decimal(1200), Decimal(1200), True)
    v = parse_value("有效提升")
    assert (v.kind, v.quality, v.vague_terms) == ("qualitative", "vague", ("有效提升",))
    v = parse_value("5.5%左右")
    assert (v.kind, v.op, v.percent) == ("rate", "≈", Decimal("5.5"))
    v = parse_value("50元/人")
    assert (v.kind, v.yuan, v.per) == ("per_unit", Decimal(50), "人")
    assert parse_value("7*24小时").kind == "duration"
    assert parse_value("长期").kind == "horizon" and parse_value("长期").horizon_years is None
    v = parse_value("1年")
    assert (v.kind, v.horizon_years) == ("duration", 1)
    assert parse_value("按当地最低工资标准的60%给予补贴").kind == "policy"
    assert parse_value("≥15万张").number == Decimal(150000)
    assert parse_value("≥**").kind == "placeholder"


def test_values_as_extracted_from_the_pdf() -> None:
    """Line breaks from the PDF extraction do not change the reading."""
    v = parse_value("达到要求服务质量水\n\n平")
    assert v.text == "达到要求服务质量水平" and v.quality == "vague"
    assert parse_value("家庭经 济困难").text == "家庭经济困难"


def test_year_is_needed_for_month_only_deadlines() -> None:
    v = parse_value("12月底前")
    assert (v.kind, v.op, v.deadline, v.year_inferred) == ("deadline", "≤", None, False)
    assert parse_value("12月底前", budget_year=2024).deadline == dt.date(2024, 12, 31)


@pytest.mark.skipif(not SEED.is_file(), reason="shared seed not available")
def test_table_covers_the_seed() -> None:
    """Every value with an operator in the seed is in the table; every table value is in the seed."""
    seed = SEED.read_text(encoding="utf-8")
    with_operator = set(re.findall(r"[≥＝≧≤][^\s]+", seed))
    assert with_operator <= set(RAW_VALUES), sorted(with_operator - set(RAW_VALUES))
    flat = re.sub(r"\s", "", seed)
    for raw in RAW_VALUES:
        assert raw.strip() in flat, raw
    # the annual target of T18 also carries a deadline form
    assert "至2023年年底前" in flat
    assert parse_value("至2023年年底前", budget_year=2023).deadline == dt.date(2023, 12, 31)


@pytest.mark.skipif(not FIXTURES.is_dir(), reason="seed fixtures not available")
def test_seed_fixtures_use_only_known_values() -> None:
    """The transcribed seed tables (fixtures/seed) carry exactly the values of this table."""
    known = {normalize(raw) for raw in RAW_VALUES}
    seen: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "value" in node and "name" in node:
                seen.add(normalize(str(node["value"])))
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    files = sorted(FIXTURES.glob("*.yaml"))
    for path in files:
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            walk((doc or {}).get("indicators"))
    if not seen:
        pytest.skip("no fixture values found")
    assert seen <= known, sorted(seen - known)


@pytest.mark.parametrize("raw", RAW_VALUES)
def test_show_tells_every_seed_value_in_words(raw: str) -> None:
    """``ggtlint show`` in Chinese names each seed value's kind and reading without an English
    field or kind name (即时办理 once read "immediate"), and in English without ``key=value``."""
    from ggtlint.show import reading
    from ggtlint.values.parse import KIND_WORDS

    parsed = parse_value(raw, budget_year=2023).to_json()
    zh_kind, en_kind = KIND_WORDS[parsed["kind"]]
    zh, en = reading(parsed, "zh"), reading(parsed, "en")
    assert not re.search(r"[A-Za-z]", zh_kind + zh), (zh_kind, zh)
    assert not re.search(r"[a-z_]+=", en) and "_" not in en_kind, (en_kind, en)
    if parsed["kind"] in ("count", "rate", "money", "deadline", "per_unit") or "window" in parsed:
        # a figure is told with what was read: its date, or its number, operator and unit
        # (a service window's unit, 小时, is told in words in English)
        parts = ("deadline",) if parsed.get("deadline") else ("number", "op", "unit")
        for told, language in ((zh, "zh"), (en, "en")):
            for part in parts:
                if parsed.get(part) and not (part == "unit" and language == "en" and "window" in parsed):
                    assert parsed[part] in told, (raw, part, told)
