"""A rule's documentation and identity, as every reporter and ``ggtlint explain`` see it.

Pack rules (YAML) and the loader's own LOAD diagnostics both become ``RuleInfo``; reporters
never look at a pack directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ggtlint.findings import Severity
from ggtlint.lazyregex import lazy_pattern


def rule_matches(entry: str, rule_id: str) -> bool:
    """Does ``entry`` name ``rule_id``: ALL, the id itself, or a prefix (VAL, VAL00)?

    The one reading of rule names for select/ignore, per-file ignores and suppression comments.
    """
    return entry == "ALL" or rule_id.startswith(entry)

#: {name} in a message template as the engine fills it (no attribute access, no format specs:
#: packs are data); the pack loader checks a user pack's placeholders with it
PLACEHOLDER = lazy_pattern(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

DOCS_URL = "https://github.com/ggtlint/ggtlint/blob/main/docs/rules.md"


@dataclass(frozen=True, slots=True)
class Text:
    """A Chinese text with its English alternative."""

    zh: str
    en: str

    def get(self, lang: str = "zh") -> str:
        return self.en if lang == "en" and self.en else self.zh


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    name: str
    severity: Severity              # the effective default level after configuration
    summary: Text                   # one line: what it checks
    description: Text               # what it checks, in full
    rationale: Text                 # why it matters
    fix: Text                       # how to fix
    source: str = ""                # citation of the rule's source (research notes, for the docs)
    #: the basis as a budget officer reads it (explain's 依据): the document and clause, or that
    #: the rule is drawn from problems seen in real tables; empty when not written
    basis: Text = Text("", "")
    refs: tuple[str, ...] = ()      # domain reference rules it implements, e.g. ("R10",)
    family: str = ""
    frameworks: tuple[str, ...] = ("legacy", "fw2021")
    check: str = ""                 # the primitive, or "loader" for LOAD diagnostics
    pack: str = "ggtlint-core"
    examples: dict[str, list[Any]] = field(default_factory=dict)
    #: the rule's limits and judgement calls (explain's "Limits"); empty when it has none
    deterministic_note: Text = Text("", "")
    #: the levels its findings come at, worst first, when they are not all ``severity`` (a
    #: built-in rule whose check gives some kinds of finding a level of their own: STR004's
    #: short category names are notices); empty otherwise
    levels: tuple[Severity, ...] = ()
    #: a preview rule (still on trial: measured to draw false findings on realistic tables) runs
    #: only when preview is on, or when select names its full id
    preview: bool = False
    #: rules this one yields to: its finding on a place of a table (an indicator's row, or the
    #: field a table rule points at) is dropped when one of them reports the same place in the
    #: same run (see :mod:`ggtlint.engine.yields`)
    yields_to: tuple[str, ...] = ()
    #: the kinds of its findings (message variants) that yield; empty: every kind does
    yields_variants: tuple[str, ...] = ()

    @property
    def help_uri(self) -> str:
        return f"{DOCS_URL}#{self.id.lower()}"

    def level_words(self, lang: str, english_values: bool = False) -> str:
        """Its level, or levels ("错误/提示"), for a listing; ``english_values``: error/info."""
        shown = self.levels or (self.severity,)
        return "/".join(level.value if english_values else level.word(lang) for level in shown)

    def fix_lines(self, lang: str) -> list[str]:
        """The fix as documentation shows it: a line per variant (one for most rules), with what a
        finding fills in (``{year}``, ``{suggested}``) shown as ×× (… in English)."""
        blank = "…" if lang == "en" else "××"
        return [PLACEHOLDER.sub(blank, line) for line in self.fix.get(lang).split("\n")]
