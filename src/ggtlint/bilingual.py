"""Errors that carry their reason in both of ggtlint's languages.

A broken pack, configuration or pattern is found deep inside loading, far from the command
that says it; the reason travels in both languages so the command can say it in the run's
language (Chinese, or English under ``--lang en``). ``str()`` of such an error keeps both
("中文 (English)") for logs and callers of the Python API.
"""

from __future__ import annotations


def joined(zh: str, en: str) -> str:
    """Both texts in one, for places that have no run language: "中文 (English)"."""
    return zh if not en or en == zh else f"{zh} ({en})"


class BilingualError(ValueError):
    """A value ggtlint refuses, with the reason in Chinese (``zh``) and English (``en``)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(joined(zh, en))
        self.zh, self.en = zh, en


def reasons(exc: BaseException) -> tuple[str, str]:
    """The Chinese and English reason of ``exc`` (the same text twice when it has only one)."""
    if isinstance(exc, BilingualError):
        return exc.zh, exc.en
    return str(exc), str(exc)
