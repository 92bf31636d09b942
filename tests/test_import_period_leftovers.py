"""Leftovers of the importers' reading of the project's period (实施期限, project.period).

* PDF text: a wrapped label whose characters the layout spaced out (实  施 / 期  限, the value beside either
  line) is the period's label, as the unspaced 实施 / 期限 is.
"""

from __future__ import annotations

import pytest

from ggtlint.importers.pdftext import read_text

_PDF_HEAD = """项目名称            剑河县第二中学教学楼新建工程
主管部门            剑河县教育和科技局
实施单位            剑河县第二中学
{period}
年度资金总额                                 800
财政拨款                                     800
其他资金                                       0
年度总体目标        {goal}
一级指标      二级指标      三级指标                指标值
产出指标      数量指标      新建教学楼              ＝1栋
"""


def _pdf(period: str, goal: str = "新建教学楼1栋。") -> object:
    """The one table of the PDF text with these period lines and this goal."""
    [item] = read_text(_PDF_HEAD.format(period=period, goal=goal), "period.txt").tables
    return item


# -- 1. the wrapped label spaced out: 实  施 / 期  限 ----------------------------------------------------------

@pytest.mark.parametrize(("lines", "period", "last_line"), [
    ("实  施\n期  限            2026年3月-2026年11月", "2026年3月-2026年11月", 5),  # the value beside 期限
    ("实  施            2026年3月-2026年11月\n期  限", "2026年3月-2026年11月", 5),  # beside 实施
    ("实  施            2026年3月至\n期  限            2026年11月", "2026年3月至2026年11月", 5),  # wrapped too
    ("项  目\n周  期            2026.03-2027.06", "2026.03-2027.06", 5),
    ("实  施\n期  限\n                  2026年3月-2026年11月", "2026年3月-2026年11月", 6),  # the value below
])
def test_a_spaced_out_wrapped_period_label_is_read(lines: str, period: str, last_line: int) -> None:
    item = _pdf(lines)
    assert item.table.project.period == period
    span = item.table.span("/project/period")
    assert span is not None and (span.line, span.end_line) == (4, last_line)
    assert (item.table.project.implementer, item.table.funds.total) == ("剑河县第二中学", 800)
    assert [(i.name, i.value) for i in item.table.indicators] == [("新建教学楼", "＝1栋")]
    assert not [pointer for pointer in item.notes if pointer.startswith("/project")]


@pytest.mark.parametrize("lines", [
    "实  施\n单  位            剑河县第二中学",  # 实施单位 spaced and wrapped: no period
    "项  目\n名  称            另一个名称",  # another label
    "实  施            2026年3月-2026年11月\n                  期  限",  # 期 not under 实: no one cell's label
])
def test_spaced_out_look_alikes_are_no_period_label(lines: str) -> None:
    item = _pdf(lines)
    assert item.table.project.period is None
    assert item.table.project.name == "剑河县第二中学教学楼新建工程"
