"""The GitLab Code Quality report (--format codequality): the fields GitLab reads, one issue per finding of
the JSON output, fingerprints unique in the report and unchanged when rows move, files it could not read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ggtlint.reporters.codequality import issue_fingerprint

from conftest import BAD_DIR, SEED_DIR, run_ggtlint

SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def _issues(folder: Path, *args: str) -> tuple[list[dict], int]:
    run = run_ggtlint("check", ".", "-f", "codequality", "--no-cache", *args, cwd=folder)
    assert "Traceback" not in run.stderr
    return json.loads(run.stdout), run.returncode


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "targets"
    (folder / "seed").mkdir(parents=True)
    for path in sorted(SEED_DIR.glob("*.yaml"))[:6]:
        shutil.copy(path, folder / "seed" / path.name)
    shutil.copy(BAD_DIR / "broken.yaml", folder / "broken.yaml")
    (folder / "旧表.xls").write_bytes(b"\xd0\xcf\x11\xe0 an old workbook")
    return folder


def test_every_finding_is_an_issue_gitlab_can_read(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    issues, code = _issues(folder)
    json_run = run_ggtlint("check", ".", "-f", "json", "--no-cache", cwd=folder)
    findings = json.loads(json_run.stdout)["findings"]
    assert code == json_run.returncode == 1
    assert len(issues) == len(findings) + 1  # and the .xls, which was not checked
    for issue, finding in zip(issues, findings):
        assert set(issue) == {"type", "engine_name", "description", "check_name", "fingerprint", "severity",
                              "location"}
        assert issue["check_name"] == finding["rule_id"] and issue["severity"] in SEVERITIES
        assert issue["description"].startswith(f"{finding['rule_id']} {finding['message']}")
        assert issue["location"]["path"] == finding["file"].removeprefix("./")
        assert not issue["location"]["path"].startswith("/")
        assert issue["location"]["lines"]["begin"] == max(finding["line"], 1)
    severity_of = {"error": "major", "warning": "minor", "info": "info"}
    assert [issue["severity"] for issue in issues[:-1]] == [severity_of[f["severity"]] for f in findings]
    assert {issue["location"]["path"] for issue in issues[:-1]} >= {"broken.yaml", "seed/t01-zhuwai-laowu-xiezuo.yaml"}
    unread = issues[-1]
    assert (unread["check_name"], unread["severity"], unread["location"]) == (
        "ggtlint/not-checked", "major", {"path": "旧表.xls", "lines": {"begin": 1}})
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)  # GitLab shows one issue a fingerprint


def test_fingerprints_stay_when_rows_move_and_change_with_the_finding(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    table = (SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml").read_text(encoding="utf-8")
    (folder / "t19.yaml").write_text(table, encoding="utf-8")
    before, _ = _issues(folder)
    (folder / "t19.yaml").write_text("# 2026年修订\n# 第二稿\n" + table, encoding="utf-8")
    after, _ = _issues(folder)
    assert len(before) == len(after) > 3
    assert [issue["fingerprint"] for issue in before] == [issue["fingerprint"] for issue in after]
    assert [i["location"]["lines"]["begin"] + 2 for i in before] == [i["location"]["lines"]["begin"] for i in after]
    # the same finding in another file, or once more on the same field, is another issue
    assert issue_fingerprint("a.yaml", "f", 0) not in {issue_fingerprint("b.yaml", "f", 0), issue_fingerprint("a.yaml", "f", 1)}


def test_english_and_an_empty_report(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    shutil.copy(SEED_DIR / "t19-zhongzhi-zhuxuejin.yaml", folder / "t19.yaml")
    issues, _ = _issues(folder, "--lang", "en")
    assert issues and all(" Fix: " in issue["description"] for issue in issues)
    assert not any("\u4e00" <= char <= "\u9fff" for char in issues[0]["description"].split(" Fix: ")[0][:12])
    run = run_ggtlint("check", "t19.yaml", "-f", "codequality", "--no-cache", "--select", "FUND001", cwd=folder)
    assert run.returncode == 0 and run.stdout == "[]\n"
