"""Four gaps a review left (REL009's 其中 part of a kind in 个, VAL029's bare 100%, FUND007's standard per a
unit of more than two characters, SAT002's own unit written with the region's last part): each test pins the
case once missed and look-alikes that must stay quiet."""

from __future__ import annotations

from typing import Any

import yaml

from ggtlint.engine.examples import example_document
from ggtlint.load import load_text


def _findings(engine: Any, example: dict[str, Any], rule: str) -> list[Any]:
    text = yaml.safe_dump(example_document(example), allow_unicode=True, sort_keys=False)
    return [f for f in engine.check_source(load_text(text, "review.yaml")).findings if f.rule_id == rule]


def _counts(*rows: tuple[str, str]) -> dict[str, Any]:
    return {"indicators": {"产出指标": {"数量指标": [{"name": name, "value": value} for name, value in rows]}}}


def test_a_kind_of_the_wholes_thing_in_ge_is_its_part(engine) -> None:  # type: ignore[no-untyped-def]
    """直流快充桩 is a kind of 充电桩 (the same last character, words between): 80 of 60 cannot be; what a
    whole holds (停车泊位 of 停车场, 自然村 of 行政村, 充电桩 of 充电站) or another unit stays quiet."""
    [over] = _findings(engine, _counts(("安装充电桩", "＝60个"), ("其中：直流快充桩", "＝80个")), "REL009")
    assert "直流快充桩" in over.message_zh and "安装充电桩" in over.message_zh
    for rows in ((("覆盖行政村", "＝5个"), ("其中：自然村", "＝30个")),
                 (("覆盖城市社区", "＝5个"), ("其中：老旧小区", "＝30个")),
                 (("建设充电站", "＝6个"), ("其中：配套充电桩", "＝60个")),
                 (("安装充电桩", "＝60个"), ("建设充电站", "＝6个"), ("其中：直流快充桩", "＝80个")),
                 (("安装充电桩", "＝60个"), ("其中：直流快充桩", "＝80台"))):
        assert not _findings(engine, _counts(*rows), "REL009"), rows


def test_a_bare_full_survival_rate_is_noted(engine) -> None:  # type: ignore[no-untyped-def]
    def rate(name: str, value: str) -> dict[str, Any]:
        return {"indicators": {"产出指标": {"质量指标": [{"name": name, "value": value}]}}}

    assert _findings(engine, rate("造林当年成活率", "100%"), "VAL029")
    for name, value in (("造林当年成活率", "85%"), ("造林当年成活率", "≥100%"), ("工程验收合格率", "100%"),
                        ("零就业家庭培训后就业率", "100%")):
        assert not _findings(engine, rate(name, value), "VAL029"), (name, value)


def test_a_standard_per_square_metre_in_the_name_is_read(engine) -> None:  # type: ignore[no-untyped-def]
    """80元 × 5000平方米 is 400,000 元, over ≤300000元; words after 每 that are no unit (每户补助) stay unread."""
    def costs(line: str, amount: str, area: str = "≥5000平方米") -> dict[str, Any]:
        return {"indicators": {"产出指标": {"数量指标": [{"name": "外墙保温改造面积", "value": area}],
                                         "成本指标": [{"name": line, "value": amount}]}}}

    [over] = _findings(engine, costs("外墙保温改造补助（每平方米80元）", "≤300000元"), "FUND007")
    assert "名称写明了标准" in over.message_zh and "400,000" in over.message_zh
    assert not _findings(engine, costs("外墙保温改造补助（每平方米80元）", "≤400000元"), "FUND007")
    assert not _findings(engine, costs("困难家庭补助（每户补助600元）", "≤30000元", "≥100户"), "FUND007")


def test_the_own_unit_asked_without_the_regions_last_part(engine) -> None:  # type: ignore[no-untyped-def]
    def asked(name: str, implementer: str = "会昌县农村供水服务中心") -> dict[str, Any]:
        return {"project": {"region": "江西省赣州市会昌县", "implementer": implementer},
                "indicators": {"满意度指标": {"服务对象满意度指标": [{"name": name, "value": "≥90%"}]}}}

    assert _findings(engine, asked("农村供水服务中心满意度"), "SAT002")
    assert _findings(engine, asked("会昌县农村供水服务中心满意度"), "SAT002")
    for example in (asked("农村供水用户满意度"), asked("服务中心满意度"),
                    asked("城市管理局满意度", "县城市管理局")):  # 县 alone is no part of the region to drop
        assert not _findings(engine, example, "SAT002")
