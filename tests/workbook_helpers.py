"""Workbooks the importer tests write with openpyxl: one road-upkeep table (header, goal at B6, a one-row grid) with
the cells a test puts over it, read back through the workbook importer."""

from __future__ import annotations

import io

import pytest

from ggtlint.importers import ImportedTable, import_bytes


def road_upkeep_book(cells: list[tuple[str, object]]) -> ImportedTable:
    """A real openpyxl workbook: the road-upkeep header and goal (B6), ``cells`` written over it, a one-row grid at
    row 9; the imported table."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "2024年项目支出绩效目标表"
    fields = [("项目名称", "2024年农村公路养护工程"), ("主管部门", "某县交通运输局"), ("实施单位", "某县公路管理段"),
              ("年度资金总额（万元）", 160), ("年度总体目标", "目标1：完成养护。")]
    for r, (label, value) in enumerate(fields, 2):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    for k, heading in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], 1):
        ws.cell(9, k, heading)
    ws.append(["产出指标", "数量指标", "养护农村公路里程", "≥320公里"])
    for at, value in cells:
        ws[at] = value
    out = io.BytesIO()
    wb.save(out)
    return import_bytes(out.getvalue(), "probe.xlsx").tables[0]
