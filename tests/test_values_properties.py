"""Properties of the value parser over generated input (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ggtlint.values import KINDS, OPS, normalize, parse_value
from ggtlint.values.parse import INTERNAL_ERROR, MISPLACED_SEPARATOR

OPERATORS = ["", "≥", "≤", "=", "＝", "≧", "≦", ">=", "<=", ">", "<", "＞", "不低于", "不少于", "达到", "不超过", "控制在", "约", "≥="]
SUFFIXES = ["", "以上", "及以上", "以下", "以内", "内", "左右", "上下", "前", "之前", "底前", "。", " ", "；"]
UNITS = [
    "", "人", "人次", "次", "场", "件", "个", "家", "册", "套", "台", "份", "张", "%", "％", "‰", "元", "万元",
    "亿元", "千元", "万张", "万人", "元/人", "元/人·月", "次/年", "小时", "年", "个月", "天", "个工作日",
    "月", "月底", "日", "年底", "分", "个村", "*24小时", "-", "~", "至",
]
WORDS = [
    "有效提升", "明显", "长期", "持续", "按规定", "标准", "即时办理", "优", "良好", "是", "无", "**", "XX", "——", "年内", "月",
    # figures written loosely: Chinese numerals, completion words, a figure in brackets
    "三十", "两万", "一百零五", "十二", "零", "万", "完成", "合格", "全部完成(", ")",
]
DIGITS = st.from_regex(
    r"[0-9０-９]{1,6}([.．][0-9]{1,3})?|[0-9]{1,3}(,[0-9]{3}){1,3}|[0-9]{1,4}(,[0-9]{2,4}){1,2}", fullmatch=True
)

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
    assert INTERNAL_ERROR not in (code for code, _ in parsed.problems), (parsed_text, parsed.problems)
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


# --------------------------------------------------------------------------------------------
# figures written loosely

DONE_WORDS = ["完成", "达标", "合格", "到位", "覆盖", "落实"]


@given(st.sampled_from(OPERATORS), st.integers(min_value=0, max_value=100), st.sampled_from(SUFFIXES[:8]),
       st.sampled_from(DONE_WORDS))
@example("", 100, "", "完成")
@example("≥", 95, "", "合格")
def test_a_completion_word_does_not_change_the_rate(op: str, number: int, suffix: str, word: str) -> None:
    exact = f"{op}{number}%{suffix}"
    assert parse_value(f"{exact}{word}").to_json() == parse_value(exact).to_json(), exact + word


@given(st.integers(min_value=10**4, max_value=10**12))
@example(10000)
def test_separators_grouped_by_wan_are_read_and_flagged(amount: int) -> None:
    digits = str(amount)
    head = len(digits) % 4 or 4
    grouped = ",".join([digits[:head]] + [digits[i:i + 4] for i in range(head, len(digits), 4)])
    parsed = parse_value(f"{grouped}元")
    assert parsed.kind == "money" and parsed.yuan == amount, grouped
    assert parsed.problems == ((MISPLACED_SEPARATOR, ""),)


_CN = "零一二三四五六七八九"


def _section(number: int, liang: bool) -> str:
    """1 … 9999 in Chinese numerals: 一千零五, 两百一十."""
    out, zero = "", False
    for size, place in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // size % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out, zero = out + "零", False
        out += ("两" if liang and digit == 2 and size >= 100 else _CN[digit]) + place
    return out


def _chinese(number: int, *, liang: bool = False, short_ten: bool = True) -> str:
    """``number`` in Chinese numerals as people write them (十二, 一百零五, 三亿零五万), spelt out
    here independently of the parser."""
    if number == 0:
        return "零"
    out, gap = "", False
    for size, place in ((10**8, "亿"), (10**4, "万"), (1, "")):
        part = number // size % 10**4 if size < 10**8 else number // size
        if part == 0:
            gap = bool(out)
            continue
        if out and (gap or part < 1000):
            out += "零"
        out, gap = out + _section(part, liang) + place, False
    return out[1:] if short_ten and out.startswith("一十") else out


@given(st.integers(min_value=0, max_value=10**12 - 1), st.booleans(), st.booleans())
@example(12, False, True)
@example(105, False, False)
@example(3500, True, False)
@example(200000, False, False)
@example(100001000, False, False)
@example(300000000, False, False)
def test_chinese_numerals_read_like_digits(number: int, liang: bool, short_ten: bool) -> None:
    written = _chinese(number, liang=liang, short_ten=short_ten)
    count = parse_value(f"≥{written}人")
    assert (count.kind, count.op, count.number, count.unit) == ("count", "≥", number, "人"), written
    money = parse_value(f"＝{written}元")
    assert money.kind == "money" and money.yuan == parse_value(f"＝{number}元").yuan == number, written
