"""English counts said as English says them: 1 file, 2 files, 1 entry, 2 entries."""

from __future__ import annotations

# nouns whose plural is not noun + "s"; "info" is a level, uncountable (1 info, 3 info)
_PLURALS = {"entry": "entries", "info": "info", "fix": "fixes"}


def counted(count: int, noun: str) -> str:
    """``count`` with ``noun`` in the right number (of a phrase, its last word: 2 baseline entries)."""
    if count == 1:
        return f"{count} {noun}"
    head, _, last = noun.rpartition(" ")
    plural = _PLURALS.get(last, last + "s")
    return f"{count} {head + ' ' if head else ''}{plural}"
