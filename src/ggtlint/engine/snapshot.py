"""The built-in packs as parsed, kept as JSON beside them (``rules/parsed-packs.json``).

Parsing the packs' YAML with the line of every field costs a small run about 60 ms, a fifth of
its time; reading the same data back from JSON costs about 5. The snapshot names each pack file
by the SHA-256 of its text, so a pack edited since the snapshot was written (a developer's
checkout) is parsed as before: a stale snapshot costs time, never a wrong rule.
``python -m ggtlint.docs`` writes it again with the generated docs; a test keeps it current.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ggtlint.resources import builtin_rules_dir
from ggtlint.yamldata import Located, load_located

SNAPSHOT_NAME = "parsed-packs.json"
_FORMAT = 1


def snapshot_path() -> Path:
    return builtin_rules_dir() / SNAPSHOT_NAME


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _snapshot() -> dict[str, Any]:
    """The snapshot's packs by file name; empty when it is missing, damaged or of another format."""
    try:
        data = json.loads(snapshot_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    packs = data.get("packs") if isinstance(data, dict) and data.get("format") == _FORMAT else None
    return packs if isinstance(packs, dict) else {}


def parsed_pack(path: Path, text: str) -> Located | None:
    """The built-in pack ``path`` (whose text is ``text``) as the snapshot holds it, or None when
    the snapshot does not hold this text."""
    entry = _snapshot().get(path.name)
    if not isinstance(entry, dict) or entry.get("sha256") != _digest(text):
        return None
    data, lines = entry.get("data"), entry.get("lines")
    if not isinstance(data, dict) or not isinstance(lines, dict):
        return None
    return Located(data, lines, str(path))


def snapshot_text(files: Iterable[Path]) -> str:
    """The snapshot of the pack ``files``: one line per pack, so a rule's change is one line's diff.
    A pack whose data would not come back from JSON as parsed (a number as a mapping's key) is left
    out: it is parsed at every start instead."""
    lines = []
    for path in sorted(files):
        text = path.read_text(encoding="utf-8")
        located = load_located(text, str(path), scan=False)
        entry = {"sha256": _digest(text), "data": located.data, "lines": located.lines}
        encoded = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        if json.loads(encoded) == entry:
            lines.append(f"{json.dumps(path.name, ensure_ascii=False)}:{encoded}")
    return '{"format":%d,"packs":{\n%s\n}}\n' % (_FORMAT, ",\n".join(lines))
