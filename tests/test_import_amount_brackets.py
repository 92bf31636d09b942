"""An amount with its unit in brackets after the figure (年度资金总额 | 25.00（万元）, or 800.00（万元） on a PDF line):
it was no amount (the total dropped, with the note 不是金额); it is read as 25.00 in 万元, as 25万元 is. Text that
is no bare amount with its unit stays unread, as before.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest

from ggtlint.importers import read_amount
from ggtlint.importers.pdftext import read_text

from conftest import one_workbook_table  # noqa: E402

_PDF = """项目名称            剑河县第二中学教学楼新建工程
主管部门            剑河县教育和科技局
实施单位            剑河县第二中学
年度资金总额                          {total}
财政拨款                              {total}
年度总体目标        新建教学楼1栋。
一级指标      二级指标      三级指标                指标值
产出指标      数量指标      新建教学楼              ＝1栋
"""


def _workbook(total: Any, unit_line: str | None = None) -> Any:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    rows = [("项目名称", "2026年狂犬病防控"), ("主管部门", "锦屏县农业农村局"), ("实施单位", "锦屏县动物疫病预防控制中心"),
            *([(unit_line,)] if unit_line else []), ("年度资金总额", total), ("年度总体目标", "免疫2万只。"),
            ("一级指标", "二级指标", "三级指标", "指标值"), ("产出指标", "数量指标", "犬只免疫数量", "≥2万只")]
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return one_workbook_table(buffer.getvalue())


@pytest.mark.parametrize(("text", "read"), [
    ("25.00（万元）", (Decimal("25.00"), "万元")),
    ("25.00(万元)", (Decimal("25.00"), "万元")),
    ("300,000.00（元）", (Decimal("300000.00"), "元")),
    ("２５ （万元）", (Decimal("25"), "万元")),
    # look-alikes, as before
    ("25万元", (Decimal("25"), "万元")),
    ("25.00", (Decimal("25.00"), None)),
    ("25（元/人）", (None, None)),
    ("约25（万元）", (None, None)),
    ("（万元）", (None, None)),
])
def test_read_amount(text: str, read: tuple[Decimal | None, str | None]) -> None:
    assert read_amount(text) == read


def test_a_workbook_total_with_its_unit_in_brackets_is_read() -> None:
    item = _workbook("25.00（万元）")
    assert (item.table.funds.total, item.table.funds.unit) == (Decimal("25.00"), "万元")
    assert "/funds/total" not in item.notes


def test_a_pdf_total_with_its_unit_in_brackets_is_read() -> None:
    [item] = read_text(_PDF.format(total="800.00（万元）"), "t.txt").tables
    assert (item.table.funds.total, item.table.funds.fiscal, item.table.funds.unit) == \
        (Decimal("800.00"), Decimal("800.00"), "万元")


def test_look_alike_a_total_that_is_no_amount_stays_unread() -> None:
    item = _workbook("25（元/人）", "金额单位：万元")
    assert item.table.funds.total is None and "不是金额" in item.notes["/funds/total"].message_zh
