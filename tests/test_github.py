"""GitHub Actions annotations: workflow-command syntax and its escaping rules."""

from __future__ import annotations

import re
from pathlib import Path

from ci_helpers import LOADER_ONLY, REPO, SEED, json_findings, run_check

from ggtlint.findings import Finding, Severity
from ggtlint.reporters.github import annotation, escape_data, escape_property

# ::command prop=value,prop=value::message — no raw CR/LF anywhere, and property values
# hold no raw ',' or ':' (the runner would cut them there).
COMMAND = re.compile(r"^::(error|warning|notice) ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)::([^\r\n]*)$")


def unescape(text: str) -> str:
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, f"not a workflow command: {line!r}"
    props = dict(item.split("=", 1) for item in match.group(2).split(","))
    return match.group(1), {k: unescape(v) for k, v in props.items()}, unescape(match.group(3))


def test_escaping_rules() -> None:
    assert escape_data("100%\r\nnext: a, b") == "100%25%0D%0Anext: a, b"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_annotations_match_findings(tmp_path: Path) -> None:
    work = tmp_path / "a,b:c"
    work.mkdir()
    table = (SEED / "t06-rencai-yinjin.yaml").read_text(encoding="utf-8")
    # an unknown key with a comma and a colon in it reaches the message and the title stays intact
    defect = table.replace("goal: |", "'x,y: z': 1\ngoal: |", 1).replace("  total: 150000.00", "  total: 十五万")
    (work / "表,一:二.yaml").write_text(defect, encoding="utf-8")
    json_path = tmp_path / "out.json"
    run = run_check("a,b:c", *LOADER_ONLY, "-f", "github", "-f", f"json:{json_path}", cwd=tmp_path)
    assert run.code == 1, run.err
    findings = json_findings(json_path)
    commands = [line for line in run.out.splitlines() if line.startswith("::")]
    assert len(commands) == len(findings) >= 2
    levels = {"error": "error", "warning": "warning", "info": "notice"}
    for line, finding in zip(commands, findings):
        command, props, message = parse(line)
        assert command == levels[finding["severity"]]
        assert props["file"] == finding["file"] == "a,b:c/表,一:二.yaml"
        assert "file=a%2Cb%3Ac/表%2C一%3A二.yaml" in line
        assert props["title"] == f"{finding['rule_id']} {finding['rule_name']}"
        assert int(props["line"]) == finding["line"]
        if finding["end_line"] == finding["line"]:
            assert int(props["col"]) == finding["column"]
            assert int(props["endColumn"]) == max(finding["end_column"] - 1, finding["column"])
        else:
            assert "col" not in props and "endColumn" not in props
        assert message.splitlines()[0] == finding["message"]
    unknown = next(p for p in map(parse, commands) if p[1]["title"].startswith("LOAD006"))
    assert "x,y: z" in unknown[2]
    # the suggestion follows on a second line, sent as %0A
    assert all("%0A" in line for line in commands)
    assert not [line for line in run.out.splitlines() if line and not line.startswith("::")][:-1], \
        "only the summary line may be a plain line"


def test_levels_and_multiline_spans() -> None:
    base = dict(rule_name="demo", message_zh="第一行\n第二行", message_en="x", file="d/表.yaml")
    info = Finding(rule_id="GGT001", severity=Severity.INFO, line=3, column=5, end_line=3, end_column=9, **base)
    warning = Finding(rule_id="GGT002", severity=Severity.WARNING, line=3, column=1, end_line=6, end_column=2, **base)
    command, props, message = parse(annotation(info))
    assert command == "notice" and props == {"file": "d/表.yaml", "line": "3", "col": "5", "endLine": "3",
                                             "endColumn": "8", "title": "GGT001 demo"}
    assert message == "第一行\n第二行"
    command, props, _ = parse(annotation(warning))
    assert command == "warning" and props["endLine"] == "6" and "col" not in props
    error = Finding(rule_id="GGT003", severity=Severity.ERROR, line=1, column=1, end_line=1, end_column=1, **base)
    command, props, _ = parse(annotation(error, "en"))
    assert command == "error" and props["endColumn"] == "1"


def test_quiet_keeps_only_failing_levels(tmp_path: Path) -> None:
    run = run_check("fixtures/bad/wrong-types.yaml", *LOADER_ONLY, "-f", "github", "-q", cwd=REPO)
    kinds = {parse(line)[0] for line in run.out.splitlines() if line.startswith("::")}
    assert kinds == {"error"}
