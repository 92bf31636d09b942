"""Each module-level name of ggtlint is defined once per module.

The value parser holds ~150 module-level patterns named by what they match; a second pattern given a
name already taken replaces the first for every function that reads it, silently (a new _GRADE_NAMED
once turned 影响较小, a 社会成本 read as a grade, into unquantified text). A linter's "redefined name"
check, kept here as a test since the project runs no linter in CI.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from conftest import ROOT


def _defined_twice(path: Path) -> list[str]:
    counts: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            counts.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return sorted(name for name, count in counts.items() if count > 1)


def test_no_module_defines_a_name_twice() -> None:
    modules = sorted((ROOT / "src" / "ggtlint").rglob("*.py"))
    assert len(modules) > 50
    twice = {str(path.relative_to(ROOT)): names for path in modules if (names := _defined_twice(path))}
    assert twice == {}


def test_the_check_sees_a_name_defined_twice(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('_A = "x"\ndef f() -> str:\n    return _A\n_A = "y"\n', encoding="utf-8")
    assert _defined_twice(module) == ["_A"]
