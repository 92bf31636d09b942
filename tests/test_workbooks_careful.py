"""Careful tables as departments submit them: Excel workbooks in three real template layouts.

``tests/data/workbooks_careful/*.xlsx`` are written by ``make_workbooks.py`` beside them (the 2021
预算一体化 export with 指标方向 and 度量单位; a provincial 申报表 with 计量单位, 指标性质, 分值,
指标解释 and 评分标准; the older simple form with 金额单位：万元 over it), with number cells, rates
under ``0%``, date cells and merged 一级/二级 cells; w09–w14 add 运算符 and 备注 columns, other
number formats, goals with line breaks, a 填表说明 sheet and empty spare rows; w15 a 项目属性 (延续项目)
beside its 项目类别; w16–w21 layouts of their own: 指标值 merged over 符号 | 数值 | 单位 (成本指标 with
经济/社会/生态环境成本), three tables on one sheet under one 金额单位 line, a name and a 二级 typed over two lines of a cell,
amounts under ``#,##0.00`` (中央补助, 省级补助, 县级配套) and ``0.00"万元"`` with a ``yyyy-mm-dd`` date, a goal over several rows with
其中：中央, and a 填表须知 sheet first, a 填报示例, a 审核意见 column and two hidden sheets. Each workbook must be
read as written, and
every finding on it is named below with the reason it is fair.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("openpyxl")

from ggtlint.limits import DEFAULT_LIMITS  # noqa: E402
from ggtlint.run import load_source  # noqa: E402

from careful_workbooks import FOLDER, maker  # noqa: E402
from conftest import ROOT  # noqa: E402


EXPECTED: dict[str, dict[str, int]] = {
    "w01": {}, "w02": {}, "w06": {}, "w08": {},
    # a date cell cannot show 前: 2025/9/30 under 定性 (and 2025年10月31日 in w05) is read as the
    # deadline, and the notice says so; a department that types 2025年9月30日前 as text draws nothing
    "w03": {"TIME003": 1},
    # the cost lines are kinds of spending (检测试剂及耗材费, 现场调查工作经费), not one per count:
    # two counts and one line have no partner by name (REL002, notices, as on the YAML tables)
    "w04": {"REL002": 3},
    "w05": {"TIME003": 1},
    # the activities are paid out of the 免费开放 subsidies, which have their own counts (REL002)
    "w07": {"REL002": 1},
    "w09": {}, "w10": {}, "w11": {}, "w12": {}, "w13": {},
    # the cost lines name 陈列展览 and 社会教育活动; the 流动博物馆 visits to schools and communities,
    # a count of their own, are not named by any of them (REL002, a notice)
    "w14": {"REL002": 1},
    # 项目属性 延续项目 beside its own 项目类别: read as the attribute, the category from 项目类别
    "w15": {},
    # the 农田建设工程费 covers the channels and farm roads (its 备注 says so), but no cost line
    # names 灌溉渠道 or 机耕道: two counts without a partner by name (REL002, notices)
    "w16": {"REL002": 2},
    "w17": {}, "w18": {}, "w19": {}, "w20": {}, "w21": {},
}



def _spec() -> dict[str, dict]:
    return maker().TABLES


def _books() -> list[Path]:
    return sorted(FOLDER.glob("*.xlsx"))


def _key(path: Path | str) -> str:
    return Path(path).name.split("-")[0]


@pytest.fixture(scope="module")
def checked(engine):  # type: ignore[no-untyped-def]
    sources = {_key(path): load_source(path, path.name, DEFAULT_LIMITS)[0] for path in _books()}
    per_file = {key: engine.check_source(source) for key, source in sources.items()}
    cross = engine.check_corpus([d for result in per_file.values() for d in result.digests])
    findings = {key: Counter(f.rule_id for f in result.findings) for key, result in per_file.items()}
    for result in cross:
        findings[_key(result.path)].update(f.rule_id for f in result.findings)
    return sources, per_file, findings


def test_every_workbook_is_listed_and_generated() -> None:
    assert sorted(_key(path) for path in _books()) == sorted(EXPECTED)
    assert sorted(f"{name}.xlsx" for name in _spec()) == [path.name for path in _books()]


_NOT_LEVELS = frozenset({"年度资金总额", "财政拨款", "其中：财政拨款", "其他资金"})


def _written_tables(written: dict) -> list[dict]:
    """The tables a workbook was written with: one, or each of a sheet's several (``tables``)."""
    return written.get("tables") or [written]


def _reads(written: dict, heading: list[str]) -> dict[str, tuple[str, str | None]] | None:
    """name → (value, unit) as each indicator must be read: given by the maker (``read``), or the
    cells themselves where 指标值 and 计量单位 are text typed as shown."""
    if "read" in written:
        return written["read"]
    if heading[3:5] != ["指标值", "计量单位"] or not all(isinstance(row[3], str) for row in written["rows"]):
        return None
    return {row[2]: (row[3], row[4]) for row in written["rows"]}


def test_each_workbook_is_read_as_written(checked) -> None:  # type: ignore[no-untyped-def]
    sources = checked[0]
    generator = maker()
    for book, whole in generator.TABLES.items():
        tables = sources[_key(book)].tables
        assert len(tables) == len(_written_tables(whole)), book
        for index, (table, written) in enumerate(zip(tables, _written_tables(whole))):
            _assert_read_as_written(generator, table, written, f"{book}#{index}")


def _assert_read_as_written(generator: Any, table: Any, written: dict, name: str) -> None:
    fields = dict(written["project"])
    assert (table.project.title, table.project.year) == (written["title"], 2025), name
    assert ((table.project.name, table.project.code, table.project.department, table.project.implementer)
            == (fields["项目名称"], fields.get("项目编码"), fields["主管部门"], fields["实施单位"])), name
    amounts = dict(written["funds"])
    assert table.funds.total == Decimal(str(amounts["年度资金总额"])), name
    fiscal = amounts.get("财政拨款", amounts.get("其中：财政拨款"))
    assert (table.funds.fiscal, table.funds.other) == (Decimal(str(fiscal)), Decimal(str(amounts["其他资金"]))), name
    sources = written.get("sources") or {label.removeprefix("其中："): amount for label, amount in written["funds"]
                                         if label not in _NOT_LEVELS}
    assert table.funds.fiscal_sources == {level: Decimal(str(amount)) for level, amount in sources.items()}, name
    assert table.funds.unit == ("元" if "（元）" in written["funds_label"] else "万元"), name
    assert table.goal.strip() == written["goal"], name  # line breaks in the cell kept
    assert (table.project.category, table.project.attribute) == (fields.get("项目类别"), fields.get("项目属性")), name
    # a spare template row is no indicator; a name typed over two lines of its cell (w18) is one word
    rows = [row[:2] + (row[2].replace("\n", ""),) + row[3:] for row in written["rows"] if row[2] is not None]
    got = [(i.level1, i.level2, i.name) for i in table.indicators]
    assert sorted(got) == sorted(row[:3] for row in rows), name
    heading = generator.heading_of(written)
    by_name = {i.name: i for i in table.indicators}
    for column, field in (("指标性质", "nature"), ("备注", "note")):
        if column in heading:
            at = heading.index(column)
            assert {row[2]: getattr(by_name[row[2]], field) for row in rows} == {row[2]: row[at] for row in rows}, name
    if "分值" in heading:  # 分值 typed as 10, shown as 10.00 or as 10%: the same weight
        assert sum(i.weight for i in table.indicators) == 100, name
    reads = _reads(written, heading)
    if reads is not None:
        assert {i.name: (i.value, i.unit) for i in table.indicators} == reads, name


def test_cells_are_read_as_they_show(checked) -> None:  # type: ignore[no-untyped-def]
    """A direction joined to its number, rates under 0%, date cells, a unit column kept apart."""
    sources = checked[0]
    values = {(k, i.name): (i.value, i.unit) for k, s in sources.items() for i in s.tables[0].indicators}
    assert values["w01", "教学仪器设备验收合格率"] == ("≥98%", None)
    assert values["w01", "校舍改造工程完工时间"] == ("≤2025年11月30日", None)
    assert values["w01", "校舍改造工程费（4800平方米×1000元/平方米）"] == ("≤480", "万元")
    assert values["w03", "设备安装投入使用时间"] == ("2025年9月30日", None)
    assert values["w04", "监测任务完成率"] == ("100", "%")
    assert values["w06", "补贴资金发放准确率"] == ("100%", None)
    assert values["w08", "购置执法装备"] == ("≥25台（套）", None)
    # a 运算符 column joined to the number, 0.00 and a date cell under it; 指标性质 and 备注 kept apart
    assert values["w09", "产业基地建设补助（2000亩×3500元/亩）"] == ("≤700.00", "万元")
    assert values["w09", "工程完工时间"] == ("≤2025年11月30日", None)
    assert values["w09", "工程验收合格率"] == ("＝100%", None)
    assert values["w09", "联农带农利益联结机制"] == ("建立并有效运行", None)
    assert values["w10", "困难残疾人生活补贴标准"] == ("＝90", "元/人·月")
    assert values["w10", "补贴对象满意度"] == ("≥95%", None)
    assert values["w11", "随车器材购置费（3套×9.5万元/套）"] == ("≤28.50", "万元")
    assert values["w11", "政府采购及列装完成时间"] == ("≤2025年10月31日", None)
    assert values["w12", "行政村健身设施覆盖率较上年提高"] == ("≥10个百分点", None)
    # 正向/反向 in 指标方向 left out, the 运算符 column joined; #,##0, 0.0 and 0.0% shown as typed
    assert values["w13", "输配水管网更换费（32公里×30000元/公里）"] == ("≤960,000", "元")
    assert values["w13", "保障饮水安全农村人口"] == ("≥3.6", "万人")
    assert values["w13", "农村集中供水工程正常运行率"] == ("≥95.0%", None)
    assert values["w13", "维修养护完成时间"] == ("2025年11月30日前", None)
    assert values["w14", "观众满意度"] == ("≥90%", None)


@pytest.mark.parametrize("book", sorted(EXPECTED))
def test_rules_fired_per_workbook(checked, book: str) -> None:  # type: ignore[no-untyped-def]
    assert dict(checked[2][book]) == EXPECTED[book]


def test_no_careful_workbook_draws_an_error(checked) -> None:  # type: ignore[no-untyped-def]
    for key, result in checked[1].items():
        assert not [f for f in result.findings if f.severity.value == "error"], key
