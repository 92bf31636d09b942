"""The pre-commit hook (.pre-commit-hooks.yaml) on a throwaway git repository of target files.

``test_hook_runs_like_pre_commit`` is fast and always runs: it reads the hook definition
and does what pre-commit does with it (select files by type and pattern, append them to
``entry`` + ``args``, run one process). ``test_try_repo`` runs the real
``pre-commit try-repo`` against a copy of the project; it builds the hook's environment
from PyPI (about 10-20 s), so it is skipped when pre-commit is not installed or
GGTLINT_SKIP_TRY_REPO=1 is set.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from ci_helpers import BAD, LOADER_ONLY, REPO, SEED, SRC, with_wrong_type

HOOKS_FILE = REPO / ".pre-commit-hooks.yaml"
GIT = shutil.which("git")
needs_git = pytest.mark.skipif(GIT is None, reason="git is not installed")


def hook_definition() -> dict[str, Any]:
    hooks = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "ggtlint"]
    return hook


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    proc = subprocess.run([GIT or "git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return proc.stdout


def make_target_repo(root: Path) -> Path:
    """A repository with one clean table, one broken table and CI files that are not tables."""
    (root / "targets").mkdir(parents=True)
    table = (SEED / "t06-rencai-yinjin.yaml").read_text(encoding="utf-8")
    (root / "targets" / "人才引进.yaml").write_text(table, encoding="utf-8")
    (root / "targets" / "bad.yaml").write_text(with_wrong_type(table), encoding="utf-8")
    shutil.copy(BAD / "list.json", root / "targets" / "list.json")
    (root / ".gitlab-ci.yml").write_text("lint:\n  script: [ggtlint check targets]\n", encoding="utf-8")
    (root / "README.txt").write_text("not a target\n", encoding="utf-8")
    git("init", "-q", ".", cwd=root)
    git("add", "-A", cwd=root)
    git("commit", "-q", "-m", "targets", cwd=root)
    return root


def file_types(path: Path) -> set[str]:
    try:
        from identify.identify import tags_from_path  # what pre-commit itself uses
    except ImportError:
        suffix = path.suffix.lower()
        return {".yaml": {"yaml"}, ".yml": {"yaml"}, ".json": {"json"}}.get(suffix, set())
    return set(tags_from_path(str(path)))


def selected_files(hook: dict[str, Any], root: Path, files: list[str]) -> list[str]:
    """pre-commit's file filter: files/exclude regexes, then types, types_or, exclude_types."""
    include = re.compile(hook.get("files", ""))
    exclude = re.compile(hook.get("exclude", "^$"))
    chosen = []
    for name in files:
        if not include.search(name) or exclude.search(name):
            continue
        tags = file_types(root / name)
        if not set(hook.get("types", ["file"])) <= tags:
            continue
        if hook.get("types_or") and not set(hook["types_or"]) & tags:
            continue
        if set(hook.get("exclude_types", [])) & tags:
            continue
        chosen.append(name)
    return chosen


def test_hook_definition() -> None:
    hook = hook_definition()
    assert hook["language"] == "python"
    assert shlex.split(hook["entry"])[:2] == ["ggtlint", "check"]
    assert hook["pass_filenames"] is True
    assert hook["require_serial"] is True, "one process must see every file"
    assert {"yaml", "json"} <= set(hook.get("types_or", [])) or hook.get("files")


@needs_git
def test_hook_runs_like_pre_commit(tmp_path: Path) -> None:
    repo = make_target_repo(tmp_path / "repo")
    hook = hook_definition()
    files = selected_files(hook, repo, git("ls-files", "-z", cwd=repo).split("\0")[:-1])
    assert sorted(files) == ["targets/bad.yaml", "targets/list.json", "targets/人才引进.yaml"]

    # entry + args + filenames, in one process (require_serial); "ggtlint" is the console
    # script of the hook's environment, here the package under test.
    entry = shlex.split(hook["entry"])
    assert entry[0] == "ggtlint"
    command = [sys.executable, "-m", "ggtlint", *entry[1:], *LOADER_ONLY, "--no-color"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
           "PYTHONIOENCODING": "utf-8"}
    failed = subprocess.run(command + files, cwd=repo, env=env, capture_output=True, text=True, encoding="utf-8",
                            timeout=300)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "targets/bad.yaml" in failed.stdout and "targets/list.json" in failed.stdout
    assert "人才引进.yaml" not in failed.stdout
    assert "共检查 3 个文件" in failed.stdout

    (repo / "targets" / "bad.yaml").write_text((SEED / "t06-rencai-yinjin.yaml").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    (repo / "targets" / "list.json").unlink()
    passed = subprocess.run(command + ["targets/bad.yaml", "targets/人才引进.yaml"], cwd=repo, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert passed.returncode == 0, passed.stdout + passed.stderr


def copy_project(dest: Path) -> Path:
    """What pre-commit would clone: the files the package build needs, committed."""
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ggtlint_cache")
    for name in ("src", "rules"):
        shutil.copytree(REPO / name, dest / name, ignore=ignore)
    for name in ("pyproject.toml", ".pre-commit-hooks.yaml", "README.md", "LICENSE", "LICENSE.txt"):
        if (REPO / name).exists():
            shutil.copy(REPO / name, dest / name)
    git("init", "-q", ".", cwd=dest)
    git("add", "-A", cwd=dest)
    git("commit", "-q", "-m", "snapshot", cwd=dest)
    return dest


@needs_git
@pytest.mark.skipif(os.environ.get("GGTLINT_SKIP_TRY_REPO") == "1", reason="GGTLINT_SKIP_TRY_REPO=1")
def test_try_repo(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]')")
    declared = re.search(r'^readme\s*=\s*"([^"]+)"', (REPO / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    if declared and not (REPO / declared.group(1)).exists():
        pytest.fail(f"pyproject.toml declares readme = {declared.group(1)!r}, which does not exist: "
                    "the package cannot be built, so pre-commit cannot install the hook")
    project = copy_project(tmp_path / "project")
    repo = make_target_repo(tmp_path / "repo")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PYTHONIOENCODING": "utf-8"}
    env.pop("PYTHONPATH", None)  # the hook must run from its own environment
    proc = subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(project), "ggtlint", "--all-files"],
                          cwd=repo, env=env, capture_output=True, text=True, encoding="utf-8", timeout=900)
    output = proc.stdout + proc.stderr
    assert "An unexpected error" not in output and "CalledProcessError" not in output, output[-3000:]
    assert proc.returncode == 1, output[-3000:]
    assert "targets/bad.yaml" in output and "LOAD005" in output
    assert ".gitlab-ci.yml" not in output, "dotfiles are CI configuration, not tables"
