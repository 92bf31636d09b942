"""Importer gaps of session 28, second round, each pinned failing before it was fixed, on real LibreOffice-printed PDF
text and the openpyxl workbooks it was printed from (``tests/data/pdftext/s28b-*``, made by
``tests/data/pdftext/s28b_make.py``) or real openpyxl workbooks made here:

1. PDF text, plain path (a table printed without its header labels): a remark's row between the amounts and the goal
   (备注：本项目资金已于2024年3月下达) was taken for the goal's first line, and the remark's label then ended the goal
   before it started: the goal was lost (None) and its text noted as the header's unread. The remark is noted now (as
   the header's text unread, as a remark under the goal is) and the goal starts after it. A contact's line there is
   judged as header text (its value quiet) too.
2. Workbook: a row under the goal whose first cell is an unknown label with a number beside it (另附资料 | 3) put the
   3 into the goal (目标1：完成养护。\n3): only a remark's and a contact's label ended the goal. A row opening, left of
   the goal's column, with a short label ending in a colon or a label's word (资料, 附件, 名称, 日期 …), or with a fund
   row's label and its amount (其中：债券资金 | 3), is its own row now: the goal ends above it, the label and its number
   are noted (the number as the label's, no page number), the fund row at /funds. A goal's row keeps its number or
   its own words left of it (说明书 | 目标2：编印说明书。, 2 | …, 产出目标：| …, 主要任务：| …).
3. Workbook: 备注：资金已下达 | 3 read the 3 as an unread fund amount at /funds (资金 in the remark read as a fund
   row's label). A remark's cell, and the cells right of it on its row, are no fund row: the 3 is the remark's text,
   noted with the header's text unread.
4. PDF text, plain path: a fund row printed over two lines, its label alone and its amount alone on the next (其中：
   债券资金 / 50.00: raw pdftotext text prints cell after cell, -layout a row split so) was noted as the header's text
   while the same row on one line (其中：债券资金 50.00) is read as a fund row since session 28. The lone amount after a
   fund row's label alone under the plain amounts is no one else's (the plain layout prints only the goal there), so
   the pair is read as that row: a 其中 row the amounts add up without is a breakdown (quiet), any other is noted at
   /funds, a fiscal source is read. tests/test_reread_s27_B.py's pins of the pair noted are updated so.
   On the labelled path, a fund row's label alone with its amount alone on the line under it (raw text's 债券资金 /
   (blank) / 0; -layout's label set at the top of a tall row, its amount at the bottom: before, the label was noted
   and the 50 lost unsaid) is read as the row on one line (债券资金  50) and the workbook read it: noted at /funds, or
   quiet as a breakdown. Not when another fund label alone follows the amount (债券资金 / 50 / 上年结转: whose?), nor
   an amount above the label (50 / 债券资金: any row's above), both still noted whole as the header's text; the pins of
   tests/test_reread_s27_B.py and tests/test_import_s28.py that held the pair noted are updated with why. A long
   label wrapped around its amount (其中：地方政府专项债券资金（新增 / 50 / 一般债券）) is still noted whole as the header's
   text (the workbook drops its 50 unsaid: reported, not fixed here).
"""

from __future__ import annotations

import pytest

from ggtlint.importers import ImportedTable, import_path
from ggtlint.importers.pdftext import read_text

from conftest import ROOT
from workbook_helpers import road_upkeep_book

DATA = ROOT / "tests" / "data" / "pdftext"
UNREAD = "不属于绩效目标表的任何一栏"
GOAL = "完成全县320公里农村公路日常养护，路面技术状况优良率达到80%以上。"


def _unread(item: ImportedTable) -> str:
    note = item.notes.get("/project")
    return note.message("zh") if note is not None and UNREAD in note.message("zh") else ""


def _read(name: str) -> ImportedTable:
    result = import_path(DATA / name, as_text=name.endswith(".txt"))
    assert not result.problems and len(result.tables) == 1
    return result.tables[0]


def _text(text: str) -> ImportedTable:
    result = read_text(text, "probe.txt")
    assert not result.problems and len(result.tables) == 1
    return result.tables[0]


def _goal(item: ImportedTable) -> str:
    return (item.table.goal or "").replace("\n", "")


# -- 1. plain path: a remark's row between the amounts and the goal ---------------------------------------------

@pytest.mark.parametrize("name, quoted", [
    ("s28b-plain-remark-after-amounts-layout.txt", "第 15 行的“备注：本项目资金已于2024年3月下达”"),
    ("s28b-plain-remark-after-amounts-plain.txt", "第 11 行的“备注：本项目资金已于2024年3月下达”"),
    ("s28b-plain-remark-cells-after-amounts-layout.txt", "第 15 行的“备注： 资金已下达”"),
    ("s28b-plain-remark-cells-after-amounts-plain.txt", "第 13 行的“资金已下达”"),  # the label's cell, then its text's
    ("s28b-plain-remark-long-after-amounts-layout.txt", "资金已于2024年3月下达。”"),
])
def test_a_remark_between_the_plain_amounts_and_the_goal_is_noted_and_the_goal_read(name: str, quoted: str) -> None:
    item = _read(name)
    assert _goal(item) == GOAL
    unread = _unread(item)
    assert quoted in unread and "完成全县" not in unread
    funds = item.table.funds
    assert (funds.total, funds.fiscal, funds.other) == (1600000, 1600000, 0)


_PLAIN = (DATA / "s28b-plain-remark-after-amounts-layout.txt").read_text(encoding="utf-8")
_PLAIN_RAW = (DATA / "s28b-plain-remark-after-amounts-plain.txt").read_text(encoding="utf-8")
_REMARK = "备注：本项目资金已于2024年3月下达"


def test_a_remark_wrapped_over_adjacent_lines_in_layout_text_is_the_remark_s_whole() -> None:
    item = _text(_PLAIN.replace(_REMARK, "备注：本项目含上年结转资金30万元，其中省级补助\n20万元、县级配套10万元"))
    assert _goal(item) == GOAL
    assert "“备注：本项目含上年结转资金30万元，其中省级补助20万元、县级配套10万元”" in _unread(item)


def test_a_raw_remark_cut_mid_sentence_goes_on_to_the_next_line() -> None:
    item = _text(_PLAIN_RAW.replace(_REMARK, "备注：本项目含上年结转资金30万元，\n其中省级补助20万元。"))
    assert _goal(item) == GOAL and "其中省级补助20万元。" in _unread(item)


# look-alikes: goals whose first words are no remark's label, a goal over two lines after a remark, a remark under
# the goal or with no goal after it: read as before
@pytest.mark.parametrize("old, new, goal", [
    (_REMARK + "\n\n", "", "注重实效，" + GOAL),
    (_REMARK + "\n\n", "", "说明书编印3册，" + GOAL),
    (_REMARK + "\n\n", "", "备注栏填写规范，" + GOAL),
    (_REMARK + "\n\n", "", "注：" + GOAL),  # a footer's 注 in front of the only line: the goal stays lost as before
    (_REMARK, "备注：资金已下达", GOAL[:20] + "\n" + GOAL[20:]),
    (_REMARK, "备注", GOAL[:20] + "\n" + GOAL[20:]),
    (_REMARK, "联系人：王五", GOAL),
])
def test_look_alikes_of_a_remark_over_the_plain_goal(old: str, new: str, goal: str) -> None:
    text = _PLAIN.replace(old, new).replace(GOAL, goal)
    item = _text(text)
    if goal.startswith("注："):
        assert item.table.goal is None
        return
    assert _goal(item) == goal.replace("\n", "")


def test_a_raw_goal_over_two_lines_after_a_remark_is_whole() -> None:
    item = _text(_PLAIN_RAW.replace(_REMARK, "备注：资金已下达").replace(GOAL, GOAL[:20] + "\n" + GOAL[20:]))
    assert _goal(item) == GOAL and "“备注：资金已下达”" in _unread(item)


def test_a_remark_under_the_plain_goal_still_ends_it() -> None:
    text = _PLAIN.replace(_REMARK + "\n\n", "").replace(GOAL + "\n", GOAL + "\n\n" + _REMARK + "\n")
    item = _text(text)
    assert _goal(item) == GOAL and _REMARK in _unread(item)


def test_a_remark_with_no_goal_after_it_is_still_noted() -> None:
    item = _text(_PLAIN.replace(GOAL + "\n", ""))
    assert item.table.goal is None and _REMARK in _unread(item)


# held out: written after the change, not used while making it
def test_held_out_remarks_over_the_plain_goal() -> None:
    item = _text(_PLAIN_RAW.replace(_REMARK, "说明：本项目为续建项目"))
    assert _goal(item) == GOAL and "“说明：本项目为续建项目”" in _unread(item)
    item = _text(_PLAIN.replace(_REMARK, "备 注：资金已下达"))
    assert _goal(item) == GOAL and "资金已下达" in _unread(item)
    item = _text(_PLAIN_RAW.replace(_REMARK, "备注：资金分两批下达，\n第一批3月下达。"))
    assert _goal(item) == GOAL and "第一批3月下达。" in _unread(item)
    item = _text(_PLAIN.replace(_REMARK, "备注：资金已下达").replace(GOAL, GOAL[:20] + "\n" + GOAL[20:]))
    assert _goal(item) == GOAL and "资金已下达" in _unread(item)
    item = _text(_PLAIN.replace(_REMARK, "备注：资金已下达\n\n其中：债券资金 0.00"))
    assert _goal(item) == GOAL and "资金已下达" in _unread(item)
    assert (item.table.funds.total, item.table.funds.fiscal) == (1600000, 1600000)


# -- 2. and 3. workbook rows under the goal ----------------------------------------------------------------------

@pytest.mark.parametrize("cells, quoted", [
    ([("A7", "另附资料"), ("B7", 3)], "A7“另附资料”、B7“3”"),
    ([("A7", "另附资料"), ("B7", "3份")], "A7“另附资料”、B7“3份”"),
    ([("A7", "附件："), ("B7", "实施方案")], "A7“附件”、B7“实施方案”"),
    ([("A7", "其他事项："), ("B7", "按计划推进")], "B7“按计划推进”"),
    ([("B7", "目标2：完成修补。"), ("A8", "佐证材料（份）"), ("B8", 2)], "B8“2”"),
])
def test_a_labelled_row_under_the_workbook_goal_ends_it(cells: list[tuple[str, object]], quoted: str) -> None:
    item = road_upkeep_book(cells)
    assert _goal(item) in ("目标1：完成养护。", "目标1：完成养护。目标2：完成修补。")
    assert quoted in _unread(item)
    assert "/funds" not in item.notes and item.table.funds.total == 160


def test_a_fund_row_under_the_workbook_goal_ends_it_and_is_noted_at_the_funds() -> None:
    item = road_upkeep_book([("A7", "其中：债券资金"), ("B7", 3)])
    assert _goal(item) == "目标1：完成养护。"
    assert "A7“其中：债券资金”的 3万元" in item.notes["/funds"].message("zh")


# look-alikes: rows of a goal written over several rows, with their number or words left of the goal's column
@pytest.mark.parametrize("cells, goal", [
    ([("B7", "目标2：完成修补。")], "目标1：完成养护。目标2：完成修补。"),
    ([("B7", "目标2：完成修补。"), ("B8", "目标3：群众满意。")], "目标1：完成养护。目标2：完成修补。目标3：群众满意。"),
    ([("A7", "说明书"), ("B7", "目标2：编印说明书。")], "目标1：完成养护。目标2：编印说明书。"),
    ([("A7", "2"), ("B7", "完成修补。")], "目标1：完成养护。完成修补。"),
    ([("A7", "目标2"), ("B7", "完成修补。")], "目标1：完成养护。完成修补。"),
    ([("A7", "产出目标："), ("B7", "完成修补。")], "目标1：完成养护。完成修补。"),
    ([("A7", "效益目标"), ("B7", "群众满意。")], "目标1：完成养护。群众满意。"),
    ([("A7", "主要任务："), ("B7", "完成修补。")], "目标1：完成养护。完成修补。"),
    ([("A7", "（二）"), ("B7", "完成修补。")], "目标1：完成养护。完成修补。"),
    ([("A7", "债券资金"), ("B7", "完成修补。")], "目标1：完成养护。完成修补。"),  # no amount beside: no fund row
    ([("B7", 3)], "目标1：完成养护。3"),  # no label left of it: the goal's cell, as before
])
def test_look_alikes_of_a_labelled_row_stay_the_goal_s(cells: list[tuple[str, object]], goal: str) -> None:
    assert _goal(road_upkeep_book(cells)) == goal


@pytest.mark.parametrize("cells, quoted", [
    ([("A7", "备注：资金已下达"), ("B7", 3)], "A7“备注：资金已下达”、B7“3”"),
    ([("A7", "备注"), ("B7", "资金已下达"), ("C7", 3)], "B7“资金已下达”、C7“3”"),
    ([("A7", "说明：上年结转资金"), ("B7", 30)], "B7“30”"),
])
def test_a_number_beside_a_remark_naming_money_is_the_remark_s_not_a_fund_row(
        cells: list[tuple[str, object]], quoted: str) -> None:
    item = road_upkeep_book(cells)
    assert quoted in _unread(item) and "/funds" not in item.notes
    assert _goal(item) == "目标1：完成养护。" and item.table.funds.total == 160


# a fund row with its amount on a row of its own under a remark's row: noted at /funds with its own label (before,
# the remark's text 资金已下达 took the amount under it as its own, as a fund row's label over its amount)
@pytest.mark.parametrize("cells, quoted", [
    ([("A8", "其中：债券资金"), ("B8", 3)], "A8“其中：债券资金”的 3万元"),
    ([("A8", "上年结转资金"), ("B8", 20), ("C8", "备注：已下达")], "A8“上年结转资金”的 20万元"),
])
def test_a_fund_row_under_a_remark_is_noted_at_the_funds_with_its_own_label(
        cells: list[tuple[str, object]], quoted: str) -> None:
    item = road_upkeep_book([("A7", "备注"), ("B7", "资金已下达"), *cells])
    assert quoted in item.notes["/funds"].message("zh") and "B7“资金已下达”" in _unread(item)


# held out: written after the change, not used while making it (6 of 7 passed as first written; the seventh, 年度目标：
# | 完成修补。 under the goal, is below: no miss of this change, a reading older than it)
@pytest.mark.parametrize("cells, goal, quoted", [
    ([("A7", "佐证资料"), ("B7", "验收报告")], "目标1：完成养护。", "B7“验收报告”"),
    ([("A7", "资料份数"), ("B7", 5)], "目标1：完成养护。", "B7“5”"),
    ([("A7", "目标3"), ("B7", "群众满意。")], "目标1：完成养护。群众满意。", ""),
    ([("A7", "备注：含债券资金"), ("B7", "50")], "目标1：完成养护。", "B7“50”"),
    ([("A7", "附注"), ("B7", "上年结转"), ("C7", 20)], "目标1：完成养护。", "C7“20”"),
])
def test_held_out_workbook_rows_under_the_goal(cells: list[tuple[str, object]], goal: str, quoted: str) -> None:
    item = road_upkeep_book(cells)
    assert _goal(item) == goal and (quoted in _unread(item) if quoted else True)
    assert "/funds" not in item.notes


@pytest.mark.xfail(strict=True, reason="年度目标： under 年度总体目标 is read as a second goal label, whose value replaces "
                                       "the first goal's (older than this change; left for its own fix)")
def test_a_second_goal_label_under_the_goal_keeps_the_first_goal() -> None:
    assert _goal(road_upkeep_book([("A7", "年度目标："), ("B7", "完成修补。")])).startswith("目标1：完成养护。")


# -- 4. plain path: a fund row over two lines --------------------------------------------------------------------

@pytest.mark.parametrize("name", ["s28b-plain-bond-split-layout.txt", "s28b-plain-bond-split-plain.txt",
                                  "s28-plain-bond-zero-plain.txt"])
def test_a_plain_fund_row_over_two_lines_is_read_as_on_one_line(name: str) -> None:
    item = _read(name)
    assert _goal(item) == GOAL
    funds = item.table.funds
    assert (funds.total, funds.fiscal, funds.other) == (1600000, 1600000, 0)
    assert _unread(item) == "" and "/funds" not in item.notes  # a breakdown of 财政拨款, as on one line


_SPLIT = (DATA / "s28b-plain-bond-split-layout.txt").read_text(encoding="utf-8")
_SPLIT_RAW = (DATA / "s28b-plain-bond-split-plain.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, old, new, quoted", [
    (_SPLIT, "其中：债券资金\n\n50.00", "上年结转\n\n20.00", "第 15 行“上年结转”的 20元"),
    (_SPLIT_RAW, "其中：债券资金\n50.00", "自筹资金\n0", "第 11 行“自筹资金”的 0元"),
    (_SPLIT, "其中：债券资金\n\n50.00", "其中：债券资金\n\n2,000,000.00", "“其中：债券资金”的 2000000元"),
])
def test_a_plain_fund_row_over_two_lines_no_breakdown_is_noted_at_the_funds(
        text: str, old: str, new: str, quoted: str) -> None:
    assert old in text
    item = _text(text.replace(old, new))
    assert _goal(item) == GOAL and _unread(item) == ""
    assert quoted in item.notes["/funds"].message("zh")


def test_a_plain_fiscal_source_over_two_lines_is_read_as_the_source() -> None:
    item = _text(_SPLIT.replace("其中：债券资金\n\n50.00", "其中：中央资金\n\n500,000.00"))
    assert item.table.funds.fiscal_sources == {"中央": 500000} and _goal(item) == GOAL


# look-alikes: a blank fund row, a goal's first line with money words over a line that is no lone amount, a pair with
# no goal after it (the last line is the goal's), a label after its amount: read as before
@pytest.mark.parametrize("old, new, goal, quiet", [
    ("其中：债券资金\n\n50.00\n\n", "其中：债券资金\n\n", GOAL, True),
    # a fund word alone is a blank fund row there (session 27), the line under it no lone amount: the goal's
    ("其中：债券资金\n\n50.00\n\n", "专项资金\n100%到位，", "100%到位，" + GOAL, True),
    ("其中：债券资金\n\n50.00\n\n", "债券资金\n3 项，", "3 项，" + GOAL, True),
    ("其中：债券资金\n\n50.00\n\n", "", GOAL, True),
])
def test_look_alikes_of_a_plain_fund_row_over_two_lines(old: str, new: str, goal: str, quiet: bool) -> None:
    assert old in _SPLIT
    item = _text(_SPLIT.replace(old, new))
    assert _goal(item) == goal and (_unread(item) == "" and "/funds" not in item.notes) == quiet


def test_a_pair_with_no_goal_after_it_is_noted_as_before() -> None:
    item = _text(_SPLIT.replace(GOAL + "\n", ""))
    assert "“其中：债券资金”" in _unread(item) and "“50.00”" in _unread(item)


# held out: written after the change, not used while making it
def test_held_out_plain_fund_rows_over_two_lines() -> None:
    item = _text(_SPLIT_RAW.replace("其中：债券资金\n50.00", "其中：债券资金\n30.00"))
    assert _goal(item) == GOAL and _unread(item) == "" and "/funds" not in item.notes
    item = _text(_SPLIT.replace("其中：债券资金\n\n50.00", "单位自筹资金\n\n100.00"))
    assert _goal(item) == GOAL and "“单位自筹资金”" in item.notes["/funds"].message("zh")
    item = _text(_SPLIT.replace("其中：债券资金\n\n50.00", "其中：债券资金\n\n50.00\n\n备注：资金已下达"))
    assert _goal(item) == GOAL and "资金已下达" in _unread(item) and "50.00" not in _unread(item)
    item = _text(_SPLIT_RAW.replace("其中：债券资金\n50.00", "结余资金\n1,000.00"))
    assert _goal(item) == GOAL and "“结余资金”的 1000元" in item.notes["/funds"].message("zh")
    item = _text(_SPLIT.replace("其中：债券资金\n\n50.00", "其中：省级资金\n\n300,000.00"))
    assert item.table.funds.fiscal_sources == {"省级": 300000} and _goal(item) == GOAL



# -- 4. labelled path: a fund row's amount under its label alone -----------------------------------------------

@pytest.mark.parametrize("name, quoted", [
    ("s28b-bond-amount-under-layout.txt", "第 14 行“债券资金”的 50万元"),
    ("s28b-bond-amount-under-plain.txt", "第 26 行“债券资金”的 50万元"),
    ("s28b-bond-amount-under.xlsx", "A8“债券资金”的 50万元（B8）"),
    ("s28b-carry-over-amount-under-layout.txt", "“上年结转资金”的 20万元"),
    ("s28b-carry-over-amount-under-plain.txt", "“上年结转资金”的 20万元"),
    ("s28b-carry-over-amount-under.xlsx", "A8“上年结转资金”的 20万元（B8）"),
    ("s28-bond-zero-plain.txt", "“债券资金”的 0万元"),
])
def test_a_labelled_fund_row_s_amount_under_its_label_is_read_as_on_one_line(name: str, quoted: str) -> None:
    item = _read(name)
    assert _goal(item) == GOAL and _unread(item) == ""
    assert quoted in item.notes["/funds"].message("zh")
    assert (item.table.funds.total, item.table.funds.fiscal) == (160, 160)


_UNDER = (DATA / "s28b-bond-amount-under-layout.txt").read_text(encoding="utf-8")
_UNDER_RAW = (DATA / "s28b-bond-amount-under-plain.txt").read_text(encoding="utf-8")


# look-alikes: an amount above the label, an amount between two fund labels alone, a label alone with no amount, a
# fund word alone above the funds block (another field's text): as before
@pytest.mark.parametrize("text, old, new, quoted, funds", [
    (_UNDER, "        债券资金\n\n\n                 50\n", "                 50\n        债券资金\n", "“50债券资金”", False),
    (_UNDER, "        债券资金\n\n\n                 50\n",
     "        债券资金\n                 50\n        上年结转\n", "“债券资金50上年结转”", False),
    (_UNDER, "        债券资金\n\n\n                 50\n", "        债券资金\n", "", False),
    (_UNDER_RAW, "债券资金\n50\n", "债券资金\n50\n\n上年结转\n", "“债券资金50”", False),
])
def test_look_alikes_of_a_labelled_amount_under_its_label(text: str, old: str, new: str, quoted: str,
                                                          funds: bool) -> None:
    assert old in text
    item = _text(text.replace(old, new))
    assert _goal(item) == GOAL
    assert (quoted in _unread(item)) if quoted else _unread(item) == ""
    assert ("/funds" in item.notes) == funds


def test_a_fund_word_under_the_name_above_the_funds_block_is_still_the_header_s_text() -> None:
    text = _UNDER.replace("        债券资金\n\n\n                 50\n", "").replace(
        "        项目名称     2024年农村公路养护工程\n",
        "        项目名称     2024年农村公路养护工程\n                     专项资金\n                     30\n")
    assert "专项资金" in _unread(_text(text))


# left: a long label wrapped around its amount (the amount centred between its lines) is noted whole as the header's
# text, the amount inside the quote: not lost, not read as a fund row
def test_a_label_wrapped_around_its_amount_is_noted_whole() -> None:
    for name in ("s28b-bond-label-wrapped-layout.txt", "s28b-bond-label-wrapped-plain.txt"):
        assert "“其中：地方政府专项债券资金（新增50一般债券）”" in _unread(_read(name))


# held out: written after the change, not used while making it; the row over two lines reads as on one line
@pytest.mark.parametrize("label, amount", [("自筹资金", "10"), ("债券资金", "0.00"), ("其中：债券资金", "30"),
                                           ("结余资金", "1,000"), ("社会资本", "40")])
def test_held_out_labelled_rows_over_two_lines_read_as_on_one_line(label: str, amount: str) -> None:
    old = "        债券资金\n\n\n                 50\n"
    split = _text(_UNDER.replace(old, f"        {label}\n                 {amount}\n"))
    one = _text(_UNDER.replace(old, f"        {label}   {amount}\n"))
    assert _goal(split) == _goal(one) == GOAL and _unread(split) == _unread(one) == ""
    assert split.table.funds == one.table.funds
    assert [n.message("zh") for n in split.notes.values()] == [n.message("zh") for n in one.notes.values()]
