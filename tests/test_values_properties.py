"""Properties of the value parser over generated input (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ggtlint.values import KINDS, OPS, normalize, parse_value
from ggtlint.values.parse import INTERNAL_ERROR

OPERATORS = ["", "≥", "≤", "=", "＝", "≧", "≦", ">=", "<=", ">", "<", "＞", "不低于", "不少于", "达到", "不超过", "控制在", "约", "≥="]
SUFFIXES = ["", "以上", "及以上", "以下", "以内", "内", "左右", "上下", "前", "之前", "底前", "。", " ", "；"]
UNITS = [
    "", "人", "人次", "次", "场", "件", "个", "家", "册", "套", "台", "份", "张", "%", "％", "‰", "元", "万元",
    "亿元", "千元", "万张", "万人", "元/人", "元/人·月", "次/年", "小时", "年", "个月", "天", "个工作日",
    "月", "月底", "日", "年底", "分", "个村", "*24小时", "-", "~", "至",
]
WORDS = ["有效提升", "明显", "长期", "持续", "按规定", "标准", "即时办理", "优", "良好", "是", "无", "**", "XX", "——", "年内", "月"]
DIGITS = st.from_regex(r"[0-9０-９]{1,6}([.．][0-9]{1,3})?|[0-9]{1,3}(,[0-9]{3}){1,3}", fullmatch=True)

value_like = st.builds(
    lambda parts: "".join(parts),
    st.lists(
        st.one_of(st.sampled_from(OPERATORS), DIGITS, st.sampled_from(UNITS), st.sampled_from(SUFFIXES), st.sampled_from(WORDS)),
        min_size=1,
        max_size=6,
    ),
)


def _check(parsed_text: str | None, year: int | None = 2023) -> None:
    parsed = parse_value(parsed_text, budget_year=year)
    assert parsed.kind in KINDS
    assert parsed.op is None or parsed.op in OPS
    # a crash would have been turned into this marker; none is allowed
    assert parsed.problem is None or not parsed.problem.startswith(INTERNAL_ERROR), (parsed_text, parsed.problem)
    parsed.to_json()
    if parsed.kind == "money":
        assert parsed.yuan is not None
    if parsed.kind == "rate":
        assert parsed.percent is not None
    if parsed.kind == "range":
        assert parsed.low is not None and parsed.high is not None


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
@example("")
@example("\x00")
@example("≥" * 200)
@example("9" * 300 + "万元")
@example("2023年99月99日前")
@example("0000年1月1日")
@example("9999年12月31日前")
@example("〇月")
def test_parse_never_raises_on_any_text(text: str) -> None:
    _check(text)


@settings(max_examples=600)
@given(value_like, st.one_of(st.none(), st.integers(min_value=-5, max_value=10000)))
def test_parse_never_raises_on_value_like_text(text: str, year: int | None) -> None:
    _check(text, year)


@given(st.text())
@example("＞＝ 95 ％ 。")
@example("> = =")
@example("7 × 24 小时")
@example("A  B .")
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(value_like)
def test_normalize_is_idempotent_on_values(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def _plain(value: Decimal) -> str:
    return format(value, "f")


@given(st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False, allow_infinity=False))
def test_wan_yuan_equals_yuan(amount: Decimal) -> None:
    """A money amount written in 万元 equals the same amount written in 元."""
    in_wan = parse_value(f"＝{_plain(amount)}万元")
    in_yuan = parse_value(f"＝{_plain(amount.scaleb(4))}元")
    assert in_wan.kind == in_yuan.kind == "money"
    assert in_wan.yuan == in_yuan.yuan == amount * 10000


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_thousands_separators_do_not_change_the_amount(amount: Decimal) -> None:
    grouped = f"{amount:,.2f}元"
    assert parse_value(grouped).yuan == parse_value(f"{amount:.2f}元").yuan == amount


@given(st.sampled_from(OPERATORS[1:]), st.integers(min_value=0, max_value=100))
def test_full_and_half_width_agree(op: str, number: int) -> None:
    wide = str(number).translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    assert parse_value(f"{op}{wide}％").to_json() == parse_value(f"{normalize(op)}{number}%").to_json()
