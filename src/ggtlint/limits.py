"""Resource limits that keep one hostile or broken file from hurting a whole run.

Every limit is per file. Going over one is a LOAD008 finding on that file, never a failed
run: the other files are still checked.

Time is enforced cooperatively. Python cannot interrupt libyaml (or one ``re`` match) once
it is running, so the loader and the engine look at the clock between stages, between
tables, between rules and every few hundred rows or events; a single C-level parse is
bounded by the file-size and node limits instead (libyaml parses about 10 MB a second).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

# libyaml's composer recurses in C once per nesting level and crashes the interpreter
# somewhere between 20,000 and 50,000 levels; no option may raise the depth limit that far.
HARD_MAX_DEPTH = 1000


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-file limits. ``max_seconds`` of 0 means no time limit."""

    max_file_bytes: int = 10 * 1024 * 1024
    max_depth: int = 64
    max_nodes: int = 200_000
    max_aliases: int = 100
    max_seconds: float = 10.0

    def __post_init__(self) -> None:
        if self.max_depth > HARD_MAX_DEPTH:
            # frozen dataclass: bypass the frozen __setattr__ to clamp once, at construction
            object.__setattr__(self, "max_depth", HARD_MAX_DEPTH)

    def deadline(self, start: float | None = None) -> float | None:
        """The monotonic time at which a file started at ``start`` runs out of time."""
        if self.max_seconds <= 0:
            return None
        return (time.monotonic() if start is None else start) + self.max_seconds


DEFAULT_LIMITS = Limits()

# What each structural limit counts, in the words a finding uses (zh, en), and its Limits field.
LIMIT_WORDS = {
    "aliases": ("“*名称”引用次数", "alias uses (*name)", "max_aliases"),
    "nodes": ("数据项（字段、列表项和值）个数", "items (fields, list entries and values)", "max_nodes"),
    "depth": ("嵌套层数", "nesting depth", "max_depth"),
}


class TimeBudgetExceeded(Exception):
    """Raised at a cooperative check point once a file's time budget is spent."""

    def __init__(self, stage: str = "") -> None:
        super().__init__(stage)
        self.stage = stage


def check_deadline(deadline: float | None, stage: str = "") -> None:
    """Raise TimeBudgetExceeded when ``deadline`` (monotonic seconds) has passed."""
    if deadline is not None and time.monotonic() > deadline:
        raise TimeBudgetExceeded(stage)


def merge_limits(base: Limits, **overrides: float | int | None) -> Limits:
    """``base`` with every override that is not None (CLI options over the config file)."""
    from dataclasses import replace

    changes = {key: value for key, value in overrides.items() if value is not None}
    return replace(base, **changes) if changes else base
