"""Parse YAML text into PyYAML nodes (positions kept), with guards against hostile input.

Nodes are composed, never constructed: no tag can run code, and aliases stay shared nodes
(no billion-laughs expansion). libyaml's composer recurses in C, so nesting depth is checked
before composing: a deeply nested flow collection would otherwise crash the interpreter.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from ggtlint.limits import Limits

try:  # the C parser is several times faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

HAVE_LIBYAML = _Loader is not yaml.SafeLoader


@dataclass(frozen=True, slots=True)
class ParseProblem:
    """Why the text could not be parsed, and where (1-based, code points)."""

    kind: str  # "syntax", "depth", "aliases"
    problem: str
    line: int
    column: int


def _flow_depth_exceeds(text: str, limit: int) -> ParseProblem | None:
    """Exact nesting check via the event stream; only run when brackets could exceed it."""
    depth = 0
    aliases = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > limit:
                mark = event.start_mark
                return ParseProblem("depth", f"nesting deeper than {limit}", mark.line + 1, mark.column + 1)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
    return None


def compose_documents(text: str, limits: Limits) -> tuple[list[yaml.Node], ParseProblem | None]:
    """All documents of ``text`` as nodes, plus the problem that stopped parsing, if any.

    Documents before a syntax error are kept so they can still be checked.
    """
    # Block nesting needs indentation, so only flow brackets can nest deeply in a small file.
    if text.count("[") + text.count("{") > limits.max_depth or text.count("\n") > 200_000:
        try:
            problem = _flow_depth_exceeds(text, limits.max_depth)
        except yaml.MarkedYAMLError as exc:
            problem = _syntax_problem(exc)
        except yaml.YAMLError as exc:
            problem = ParseProblem("syntax", str(exc), 1, 1)
        if problem is not None and problem.kind == "depth":
            return [], problem
    documents: list[yaml.Node] = []
    try:
        for node in yaml.compose_all(text, Loader=_Loader):
            documents.append(node)
    except yaml.MarkedYAMLError as exc:
        return documents, _syntax_problem(exc)
    except yaml.YAMLError as exc:
        return documents, ParseProblem("syntax", str(exc), 1, 1)
    except RecursionError:
        return documents, ParseProblem("depth", "nesting too deep", 1, 1)
    return documents, None


def _syntax_problem(exc: yaml.MarkedYAMLError) -> ParseProblem:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or "syntax error"
    if exc.context and exc.problem:
        problem = f"{exc.context}: {exc.problem}"
    if mark is None:
        return ParseProblem("syntax", problem, 1, 1)
    return ParseProblem("syntax", problem, mark.line + 1, mark.column + 1)
