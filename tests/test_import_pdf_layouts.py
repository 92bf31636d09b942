"""PDF text of departments' template layouts, read back as the workbook says.

The texts in ``tests/data/pdftext/layout-*-layout.txt`` are pdftotext -layout output (poppler) of PDFs
LibreOffice Calc saved from the workbooks ``tests/data/pdftext/layouts_make.py`` makes:

* ``name-merged-two-values``: a 三级指标 name merged over two rows, each with its own value, the name
  printed on the line between them;
* ``label-merged-down``: 实施期限 and 年度资金总额 merged down over two rows, the value beside the second;
* ``long-names``: names wrapping over two lines inside their cell;
* ``period-wrapped``: 实施期限 beside the project name, wrapped as 2024年1月至 / 今年底;
* ``unit-in-header``: 万元 in the 项目资金（万元） label only, the amounts in a row under their headings;
* ``goal-many-lines``: a numbered goal over four lines, its label printed between them;
* ``uneven-columns``: narrow label columns, 年度资金总额（万元） wrapped around its amount;
* ``template-combined``: a 批复表 with 单位：万元, a wrapped period, amounts under headings, a merged name;
* ``name-wrapped-two-values``: a long 三级指标 name merged over two rows with values of their own, wrapped over two
  lines in its narrow cell (a line for each value, as pdftotext pairs them).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ggtlint.importers import ImportedTable, import_path

from conftest import ROOT

DATA = ROOT / "tests" / "data" / "pdftext"

ROWS = [
    ("产出指标", "数量指标", "养护农村公路里程", "≥320公里"),
    ("产出指标", "质量指标", "路面技术状况优良率", "≥80%"),
    ("产出指标", "时效指标", "养护任务完成时间", "2024年12月31日前"),
    ("产出指标", "成本指标", "每公里养护成本", "≤0.5万元"),
    ("效益指标", "社会效益指标", "群众出行条件改善", "明显改善"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
]
TWO_VALUES = [
    ("产出指标", "数量指标", "养护农村公路里程", "县道≥120公里"),
    ("产出指标", "数量指标", "养护农村公路里程", "乡村道≥200公里"),
    *ROWS[1:],
]
GOAL = "完成全县320公里农村公路日常养护，路面技术状况优良率达到80%以上。\n"


def _text(name: str) -> ImportedTable:
    result = import_path(DATA / f"layout-{name}-layout.txt", as_text=True)
    assert not result.problems and len(result.tables) == 1
    return result.tables[0]


def _rows(item: ImportedTable) -> list[tuple]:
    return [(i.level1, i.level2, i.name, i.value) for i in item.table.indicators]


def _funds(item: ImportedTable) -> tuple:
    funds = item.table.funds
    return funds.unit, funds.total, funds.fiscal, funds.other


@pytest.mark.parametrize("name", ["goal-many-lines", "label-merged-down", "unit-in-header", "uneven-columns",
                                  "period-wrapped"])
def test_indicators_as_the_workbook_has_them(name: str) -> None:
    item = _text(name)
    assert _rows(item) == ROWS
    assert item.table.project.name == "2024年农村公路养护工程"


def test_long_names_wrapped_in_their_cell_are_whole() -> None:
    assert [r[2] for r in _rows(_text("long-names"))] == [
        "完成日常养护的县道、乡道和村道（含通自然村道路）总里程", "路面技术状况指数（PQI）达到优良等级的路段占比",
        "养护任务完成时间", "农村公路安全隐患路段整治后交通事故起数较上年下降", "沿线群众满意度"]


def test_goal_over_many_lines_is_whole() -> None:
    goal = _text("goal-many-lines").table.goal
    assert goal.startswith("目标1：完成全县320公里") and goal.count("目标") == 4 and "不挪作他用。" in goal


def test_label_merged_down_takes_the_value_beside_its_second_row() -> None:
    item = _text("label-merged-down")
    assert item.table.project.period == "2024年1月至2024年12月"
    assert _funds(item)[:2] == ("万元", Decimal("160"))


# -- a name merged over two value rows -------------------------------------------------------------

@pytest.mark.parametrize("name", ["name-merged-two-values", "template-combined"])
def test_name_merged_over_two_values_names_both_rows(name: str) -> None:
    item = _text(name)
    assert _rows(item) == TWO_VALUES
    # the first row took the name printed below it: a note says so
    assert any("养护农村公路里程" in note.message("zh") for pointer, note in item.notes.items()
               if pointer.startswith("/indicators/产出指标/数量指标/0"))


# -- a period wrapped beside its label -----------------------------------------------------------

def test_period_wrapped_around_its_label_is_whole() -> None:
    assert _text("period-wrapped").table.project.period == "2024年1月至今年底"


def test_period_wrapped_in_a_bureau_template_is_whole() -> None:
    assert _text("template-combined").table.project.period == "2024年1月至2024年底"


# -- amounts under their headings, the unit in a label ----------------------------------------------

def test_amounts_under_headings_with_the_unit_in_the_label() -> None:
    assert _funds(_text("unit-in-header")) == ("万元", Decimal("160"), Decimal("150"), Decimal("10"))


def test_amounts_under_headings_with_a_unit_line() -> None:
    assert _funds(_text("template-combined")) == ("万元", Decimal("160"), Decimal("160"), Decimal("0"))


def test_amount_label_wrapped_around_its_amount() -> None:
    assert _funds(_text("uneven-columns"))[:2] == ("万元", Decimal("160"))


# -- look-alikes of a period wrapped around its label: the line above is no part of it ------------------

_PERIOD_HEAD = (
    "                    2024年项目支出绩效目标表\n"
    "{above}\n"
    "  项目名称    2024年农村公路养护工程              实施期限\n"
    "                                                {below}\n"
    "  主管部门    某县交通运输局\n"
    "  实施单位    某县公路管理段\n"
    "年度资金总额（万元） 160\n"
    " 年度总体目标   完成全县320公里农村公路日常养护，路面技术状况优良率达到80%以上。\n"
    "  一级指标               二级指标            三级指标           指标值\n"
    "                     数量指标       养护农村公路里程          ≥320公里\n"
    "  产出指标           时效指标       养护任务完成时间          2024年12月31日前\n"
    "  满意度指标          服务对象满意度指标      沿线群众满意度            ≥90%\n"
)


def _period(above: str, below: str) -> str | None:
    from ggtlint.importers.pdftext import read_text
    result = read_text(_PERIOD_HEAD.format(above=above, below=below), "probe.txt")
    assert len(result.tables) == 1
    return result.tables[0].table.project.period


@pytest.mark.parametrize("above, below", [
    (" " * 48 + "2024年1月", "今年底"),                       # no joiner: a date of its own
    ("  2024年1月至", "今年底"),                               # far left of the value
    (" " * 48 + "2024年1月至      附件2", "今年底"),           # more than one fragment
    (" " * 48 + "附件2", "今年底"),
    (" " * 48 + "（2024年度）", "今年底"),
    (" " * 48 + "单位：万元", "今年底"),
    (" " * 48 + "2024年1月至", "按计划实施"),                  # below is no period's end
    (" " * 48 + "第1页", "2024年12月"),
    (" " * 60 + "2024年1月至", "今年底"),                      # right of the value
    (" " * 48 + "2024年", "12月"),
])
def test_line_above_a_period_that_does_not_go_on_is_not_joined(above: str, below: str) -> None:
    period = _period(above, below)
    assert period == below or period is None


# held out: written after the change, not used while making it
@pytest.mark.parametrize("above, below, whole", [
    (" " * 48 + "2023年9月至", "2024年8月", "2023年9月至2024年8月"),
    (" " * 48 + "2024年3月-", "2024年11月", "2024年3月-2024年11月"),
    (" " * 47 + "2024年1月到", "今年12月", "2024年1月到今年12月"),
    (" " * 48 + "2024年1月至", "2025年底", "2024年1月至2025年底"),
    (" " * 48 + "2024年1月1日至", "2024年12月31日", "2024年1月1日至2024年12月31日"),
])
def test_held_out_periods_wrapped_around_their_label(above: str, below: str, whole: str) -> None:
    assert _period(above, below) == whole


# -- look-alikes of a 资金 heading between the labels and their amounts ------------------------------

_FUNDS_HEAD = (
    "                            2024年项目支出绩效目标表\n"
    " 项目名称      2024年农村公路养护工程\n"
    " 主管部门      某县交通运输局\n"
    " 实施单位      某县公路管理段\n"
    "{labels}\n"
    "{between}\n"
    "{amounts}\n"
    " 年度总体目标    完成全县320公里农村公路日常养护，路面技术状况优良率达到80%以上。\n"
    " 一级指标                二级指标                  三级指标         指标值\n"
    "                     数量指标     养护农村公路里程                ≥320公里\n"
    " 产出指标            时效指标     养护任务完成时间              2024年12月31日前\n"
    " 满意度指标         服务对象满意度指标      沿线群众满意度                  ≥90%\n"
)
_LABELS = "                 年度资金总额                   其中：财政拨款       其他资金"
_AMOUNTS = "                 160.00                   150.00       10.00"


def _funds_of(labels: str, between: str, amounts: str) -> tuple:
    from ggtlint.importers.pdftext import read_text
    result = read_text(_FUNDS_HEAD.format(labels=labels, between=between, amounts=amounts), "probe.txt")
    assert len(result.tables) == 1
    funds = result.tables[0].table.funds
    return funds.total, funds.fiscal, funds.other


READ = (Decimal("160"), Decimal("150"), Decimal("10"))


@pytest.mark.parametrize("labels, between, amounts", [
    (_LABELS, "                 项目资金（万元）", _AMOUNTS),           # the heading right of the labels' start
    (_LABELS, "项目资金（万元）  说明", _AMOUNTS),                     # more than the heading
    (_LABELS, "备注", _AMOUNTS),                                        # no 资金 heading
    (_LABELS, "项目负责人：张三", _AMOUNTS),
    (_LABELS, "项目资金（万元）", "                 160.00                   150.00"),   # an amount short
    (_LABELS, "项目资金（万元）", "                 见附件"),
    (_LABELS, "项目资金（万元）", "                 160.00      150.00      10.00      5.00"),
    ("                 年度资金总额                   项目负责人       其他资金", "项目资金（万元）", _AMOUNTS),
    ("                 一级指标                   二级指标       三级指标", "项目资金（万元）", _AMOUNTS),
    (_LABELS, "资金情况：160", _AMOUNTS),                               # a heading with a value of its own
])
def test_lines_between_labels_and_amounts_that_are_no_heading(labels: str, between: str, amounts: str) -> None:
    assert _funds_of(labels, between, amounts) != READ


# held out: written after the change, not used while making it
@pytest.mark.parametrize("labels, between, amounts, read", [
    (_LABELS, "项目资金（万元）", _AMOUNTS, READ),
    (_LABELS, "   资金情况", _AMOUNTS, READ),
    ("                 年度资金总额         财政拨款       其他资金", "资金规模（万元）",
     "                 1,600.00           1,500.00       100.00", (Decimal("1600"), Decimal("1500"), Decimal("100"))),
    (_LABELS, "项目资金", "                 160                   160       0", (Decimal("160"), Decimal("160"), Decimal("0"))),
    ("                资金总额            财政拨款          其他资金", "资金来源（万元）", _AMOUNTS, READ),
])
def test_held_out_fund_headings_between(labels: str, between: str, amounts: str, read: tuple) -> None:
    assert _funds_of(labels, between, amounts) == read


# -- look-alikes of a name merged over two values: a row with no name keeps none ----------------------

_GRID = (
    "                             2024年项目支出绩效目标表\n"
    "  项目名称    2024年农村公路养护工程\n"
    "  主管部门    某县交通运输局\n"
    "年度资金总额（万元） 160\n"
    " 年度总体目标   完成全县320公里农村公路日常养护，路面技术状况优良率达到80%以上。\n"
    "  一级指标              二级指标                 三级指标       指标值\n"
    "{block}\n"
    "                    时效指标     养护任务完成时间           2024年12月31日前\n"
    "  效益指标            社会效益指标     群众出行条件改善               明显改善\n"
    "  满意度指标          服务对象满意度指标   沿线群众满意度               ≥90%\n"
)
_V = " " * 49  # the value column
_N = "                                 "  # the name column (after the 二级 label's)


def _grid_rows(block: str) -> list[tuple[str, str]]:
    from ggtlint.importers.pdftext import read_text
    result = read_text(_GRID.format(block=block), "probe.txt")
    assert len(result.tables) == 1
    return [(i.name, i.value) for i in result.tables[0].table.indicators][:-3]


@pytest.mark.parametrize("block", [
    # a row with no name, the named row's name on its own value's line
    f"{_V}县道≥120公里\n  产出指标          数量指标     养护农村公路里程            ≥320公里",
    f"  产出指标          数量指标     养护农村公路里程            ≥320公里\n{_V}县道≥120公里",
    # the name between, but far from the nameless value
    f"{_V}县道≥120公里\n\n\n\n\n  产出指标          数量指标     养护农村公路里程\n{_V}乡村道≥200公里",
    # two named rows around a nameless one, each name on its value's line
    f"  产出指标          数量指标     养护农村公路里程            ≥320公里\n{_V}县道≥120公里\n"
    f"{_N}路面技术状况优良率              ≥80%",
    # a nameless row under a named row whose name is printed above its value
    f"  产出指标          数量指标     养护农村公路里程\n{_V}≥320公里\n{_V}县道≥120公里",
    # nameless rows only
    f"  产出指标          数量指标\n{_V}≥320公里\n{_V}≥80%",
    f"{_V}≥320公里\n  产出指标          数量指标\n{_V}≥80%",
    # the named row's value beside its name, a nameless value two lines down
    f"  产出指标          数量指标     养护农村公路里程            ≥320公里\n\n{_V}≥80%",
    f"{_V}≥80%\n\n  产出指标          数量指标     养护农村公路里程            ≥320公里",
    f"{_V}≥80%\n  产出指标          数量指标     养护农村公路里程    ≥320公里\n{_V}≥5%",
])
def test_rows_with_no_name_of_their_own_keep_none(block: str) -> None:
    rows = _grid_rows(block)
    named = [value for name, value in rows if name == "养护农村公路里程"]
    assert len(named) <= 1, rows


# held out: written after the change, not used while making it (3 of 5 right as written; the 2 missed are pinned
# as they read in test_held_out_names_merged_over_values_missed below)
@pytest.mark.parametrize("block, want", [
    (f"  产出指标          数量指标     新建公路里程            ≥12公里\n{_V}县道≥120公里\n"
     f"{_N}养护农村公路里程\n{_V}乡村道≥200公里",
     [("新建公路里程", "≥12公里"), ("养护农村公路里程", "县道≥120公里"), ("养护农村公路里程", "乡村道≥200公里")]),
    (f"{_V}县道≥120公里\n\n  产出指标          数量指标     养护农村公路里程\n\n{_V}乡村道≥200公里",
     [("养护农村公路里程", "县道≥120公里"), ("养护农村公路里程", "乡村道≥200公里")]),
    (f"{_V}≥320公里\n  产出指标          数量指标     养护农村公路里程\n{_V}较上年增长5%",
     [("养护农村公路里程", "≥320公里"), ("养护农村公路里程", "较上年增长5%")]),
])
def test_held_out_names_merged_over_values(block: str, want: list[tuple[str, str]]) -> None:
    assert _grid_rows(block) == want


# The held-out case still missed, pinned as it reads (a plain pin, not an xfail: any change to it shows). Right
# would be the merged name on all three rows; docs/format.md says a name over three values is not told apart: the
# lines print exactly as a named row between two rows whose name cells are empty (the look-alike
# f"{_V}≥80%\n  产出指标 … 养护农村公路里程    ≥320公里\n{_V}≥5%" above, which must keep one name), so no rule on
# the layout tells them apart (LibreOffice prints the two byte for byte the same: layout-name-merged-three-values and
# layout-name-between-two-nameless). The two unnamed rows now carry a note naming the name that may be theirs
# (tests/test_import_leftovers_s25b.py). (name-over-two-lines, the other case once pinned here, is now read right.)
@pytest.mark.parametrize("block, read", [
    # the middle value's row printed on the name's line: the two others as rows with no name
    (f"{_V}一期≥100公里\n  产出指标          数量指标     养护农村公路里程            二期≥100公里\n{_V}三期≥120公里",
     [("", "一期≥100公里"), ("养护农村公路里程", "二期≥100公里"), ("", "三期≥120公里")]),
], ids=["name-over-three-values"])
def test_held_out_names_merged_over_values_missed(block: str, read: list[tuple[str, str]]) -> None:
    assert _grid_rows(block) == read


# -- a name merged over two values and wrapped over two lines, one paired with each value --------------------

_WRAPPED = [("养护农村公路里程（县道、乡村道合计）", "县道≥120公里"), ("养护农村公路里程（县道、乡村道合计）", "乡村道≥200公里")]


def test_name_wrapped_between_two_values_is_whole_on_both_rows() -> None:
    # was read as ("养护农村公路里程（县道、乡", 县道…) and ("村道合计）", 乡村道…)
    block = f"{_V}县道≥120公里\n{_N}养护农村公路里程（县道、乡\n  产出指标          数量指标     村道合计）\n{_V}乡村道≥200公里"
    assert _grid_rows(block) == [("养护农村公路里程（县道、乡村道合计）", "县道≥120公里"),
                                 ("养护农村公路里程（县道、乡村道合计）", "乡村道≥200公里")]


def test_name_wrapped_between_two_values_in_a_libreoffice_layout() -> None:
    # layout-name-wrapped-two-values: the name's cell wraps as 养护农村公路里程（县道、乡村道合 / 计）, 数量指标 between
    item = _text("name-wrapped-two-values")
    assert _rows(item)[:2] == [("产出指标", "数量指标", *_WRAPPED[0]), ("产出指标", "数量指标", *_WRAPPED[1])]
    assert _rows(item)[2:] == ROWS[1:]
    assert any("养护农村公路里程（县道、乡村道合计）" in note.message("zh") for pointer, note in item.notes.items()
               if pointer.startswith("/indicators/产出指标/数量指标/1"))


# look-alikes: two rows whose names lie between their values but are two names, or not wrapped between them
@pytest.mark.parametrize("block", [
    # whole names, nothing left open
    f"{_V}县道≥120公里\n{_N}养护农村公路里程\n  产出指标          数量指标     路面技术状况优良率\n{_V}≥80%",
    f"{_V}≥120公里\n{_N}养护里程（县道）\n  产出指标          数量指标     优良率（PQI）\n{_V}≥80%",
    f"{_V}≥120公里\n{_N}新建公路里程\n  产出指标          数量指标     养护公路里程\n{_V}≥200公里",
    # left open, but the name lines too far apart
    f"{_V}≥120公里\n{_N}养护农村公路里程（县道、乡\n\n\n  产出指标          数量指标     村道合计）\n{_V}≥200公里",
    # left open, the upper name beside its own value
    f"  产出指标          数量指标     养护农村公路里程（县道、乡            ≥120公里\n"
    f"{_N}村道合计）\n{_V}≥200公里",
    # left open, the lower name beside its own value
    f"{_V}≥120公里\n{_N}养护农村公路里程（县道、乡\n  产出指标          数量指标     村道合计）            ≥200公里",
    # the names on their values' lines
    f"  产出指标          数量指标     养护农村公路里程（县道、            ≥120公里\n"
    f"{_N}乡村道）                  ≥200公里",
    # left open, the upper name above its own value
    f"{_N}养护农村公路里程（县道、\n{_V}≥120公里\n  产出指标          数量指标     村道合计）\n{_V}≥200公里",
    # one name each side of a value, closed
    f"{_N}养护农村公路里程\n{_V}≥120公里\n  产出指标          数量指标     路面优良率\n{_V}≥80%",
    f"{_V}≥120公里\n{_N}桥梁养护座数\n  产出指标          数量指标     隧道养护（座）\n{_V}≥3座",
])
def test_two_names_between_values_stay_two(block: str) -> None:
    names = [name for name, _value in _grid_rows(block) if name]
    assert len(names) == len(set(names)), names


# -- look-alikes of a label wrapped around its value: three lines that are no such label -----------------

_WRAP_HEAD = (
    "                          2024年项目支出绩效目标表\n"
    "  项目名称   2024年农村公路养护工程\n"
    "  主管部门   某县交通运输局\n"
    "{three}\n"
    " 年度总体目标 完成全县320公里农村公路日常养护，路面技术状况优良率达到80%以上。\n"
    "  一级指标      二级指标                    三级指标        指标值\n"
    "            数量指标    养护农村公路里程                  ≥320公里\n"
    "  产出指标     时效指标    养护任务完成时间                2024年12月31日前\n"
    " 满意度指标   服务对象满意度指标 沿线群众满意度                     ≥90%\n"
)


def _wrapped(three: str) -> object:
    from ggtlint.importers.pdftext import read_text
    result = read_text(_WRAP_HEAD.format(three=three), "probe.txt")
    assert len(result.tables) == 1
    return result.tables[0].table


@pytest.mark.parametrize("three", [
    "年度资金总额（万\n          160\n             元）",          # the rest far right of the label's start
    "年度资金总额（万\n 160\n   元）",                            # the value not right of the label
    "年度资金总额（万\n          160  150\n   元）",             # two fragments between
    "年度资金总额（万\n\n\n\n\n          160\n   元）",              # too far apart
    "年度资金总额（万\n          160\n   元）  其中：财政拨款",     # more after the second half
    "说明：本项目\n          160\n   为续建",                     # halves joined are no label
    "年度资金总额\n          160\n   合计",
    "年度资金总额（万\n          主管部门\n   元）",            # a label between
    "项目负责\n          张三\n   人",                        # no field of the format
    "年度资金\n          160\n   总额（万元）  备注",         # more after the second half
])
def test_three_lines_that_are_no_label_wrapped_around_its_value(three: str) -> None:
    table = _wrapped(three)
    assert not (table.funds.total == Decimal("160") and table.funds.unit == "万元")


# held out: written after the change, not used while making it
@pytest.mark.parametrize("three, want", [
    ("年度资金总额（万\n           160\n    元）", (Decimal("160"), "万元")),
    ("  年度资金总\n              86.5\n 额（万元）", (Decimal("86.5"), "万元")),
    ("资金总额（万\n          1,200.00\n   元）", (Decimal("1200"), "万元")),
    # failed as first written (总额 is a label of its own); the same field's half is now taken
    ("  年度资金\n          160\n   总额", (Decimal("160"), "元")),  # no unit: 元, with its note
    ("年度资金总额\n          300,000.00\n  （元）", (Decimal("300000"), "元")),
])
def test_held_out_labels_wrapped_around_their_value(three: str, want: tuple) -> None:
    table = _wrapped(three)
    assert (table.funds.total, table.funds.unit) == want


# held out: written after the change, not used while making it
_L = "  产出指标          数量指标     "  # the 一级 and 二级 labels, the name after them


@pytest.mark.parametrize("block, name", [
    (f"{_V}县道≥120公里\n{_N}养护农村公路里程（县道、\n{_L}乡道）\n{_V}乡道≥200公里", "养护农村公路里程（县道、乡道）"),
    (f"{_V}≥2座\n{_N}危桥改造座数（含拆除重\n{_L}建）\n{_V}≥1座", "危桥改造座数（含拆除重建）"),
    (f"{_V}≥85%\n{_N}优良路段占比——\n{_L}县道、乡道\n{_V}≥80%", "优良路段占比——县道、乡道"),
    (f"{_V}≥120公里\n{_N}日常养护里程（县道、乡道、\n\n{_L}村道）\n{_V}≥200公里", "日常养护里程（县道、乡道、村道）"),
])
def test_held_out_names_wrapped_between_values(block: str, name: str) -> None:
    assert [row_name for row_name, _value in _grid_rows(block)] == [name, name]


def test_held_out_name_wrapped_between_values_missed() -> None:
    """The fifth held-out case, missed and pinned as it reads: the cell wraps inside a word (村 / 道总里程) with
    nothing left open, just as two whole names would print (the look-alikes above), so it stays two names."""
    block = f"{_V}≥120公里\n{_N}完成日常养护的县道、乡道和村\n{_L}道总里程（含通自然村道路）\n{_V}≥200公里"
    assert [name for name, _value in _grid_rows(block)] == ["完成日常养护的县道、乡道和村", "道总里程（含通自然村道路）"]
