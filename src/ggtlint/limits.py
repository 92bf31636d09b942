"""Resource limits that keep one hostile or broken file from hurting a whole run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = 10 * 1024 * 1024
    max_depth: int = 64
    max_nodes: int = 200_000
    max_aliases: int = 100
    max_seconds: float = 10.0


DEFAULT_LIMITS = Limits()
