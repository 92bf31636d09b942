"""Where the package's data lives: the built-in rule pack and the target-file schema.

In a wheel the top-level ``rules/`` folder is shipped as ``ggtlint/_rules``; in a source
checkout (editable install, tests) it is found beside ``src/``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def builtin_rules_dir() -> Path:
    """The folder holding the built-in rule pack(s) and their lexicons."""
    shipped = _PACKAGE_DIR / "_rules"
    if shipped.is_dir():
        return shipped
    checkout = _PACKAGE_DIR.parent.parent / "rules"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("ggtlint 安装不完整：找不到内置规则包 (built-in rule pack not found)")


def lexicons_dir() -> Path:
    """The folder of lexicon data files (vague terms, units, category aliases ...)."""
    return builtin_rules_dir() / "lexicons"


def schema_path() -> Path:
    """The published JSON Schema of the target file format."""
    return _PACKAGE_DIR / "schema" / "target-v1.schema.json"
