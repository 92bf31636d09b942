"""The cross-table pass of a run over a few changed files, made from the previous run's results.

The cross-table (XT) results of a run are a function of its tables' digests, in input order,
and of the engine key (packs, configuration, limits, version): nothing else. A table's digest
depends only on its file's bytes and path. So when a cached run of the same command exists
(same engine key, :meth:`ggtlint.cache.ResultCache.previous_runs`) and only a few files
differ from its file list (edited, added, removed; a rename is a removal and an addition),
only some files' XT results can differ, and the others are that run's, as stored.

Which tables a change can touch, for the tables whose digest changed (their digests *before*,
from the cache rows of the previous run's files, read before this run replaces them, and
*after*, as checked now); each primitive tells for its own rule (``affected_by``):

- XT002 (same goal): every table of a goal group a changed table had or has: the group's count
  and the tables its messages name depend on all its members.
- XT001 (same quantity): every table of a bucket (department and value) a changed table had or
  has a quantity in, for the same reason (a table joining a group changes the others' messages).
- XT003 (copied indicators): a table's candidates are the holders of its rare pairs (held by at
  most ``max_common`` tables) and the tables with exactly its pairs; so every holder of a pair of
  a changed table that is rare before or after the change (the counts move), and every table
  with the same set of pairs. A pair common both times is never probed and moves no rare one.
- XT001 drops a pair of tables that XT003 reports: a table whose XT003 result may change is in
  the focus anyway, with its file.
- A changed table that reads the same to a rule (same file and document, and the same facts that
  rule compares and names: its quantities for XT001, its goal for XT002, its pairs for XT003,
  with its department, year and project) changes nothing for the others under that rule
  (:func:`ggtlint.primitives.corpus.changed_tables`): a goal edited does not refocus XT003.

The focus is those tables, the changed tables themselves, and every table of their files (a
file's result is made whole). The pass then runs over the whole store with that focus
(:meth:`ggtlint.engine.Engine.check_corpus`): each rule sees every table of the focused groups,
in the same order as a full pass, and only the focused tables' hits are kept, so their files'
results are the full pass's. The other files' results come from the previous run, merged in
input order (unchanged files keep their relative order: a run whose common files come in
another order gives up). A changed file whose digests did not change (a comment, a value
written another way that reads the same) changes nothing: when no table changed, the previous
results are served whole and stored again by copying their rows
(:meth:`ggtlint.cache.ResultCache.copy_corpus`), without reading any other digest.

The full pass runs instead when: no cached run of this command exists; more than
:data:`MAX_CHANGED_SHARE` of the files changed; a changed file's previous row is gone (another
command rewrote it) or a file checked now was not cached (a time-out: its old digests are not
known); the files are in another order; a rule's primitive cannot tell what it affects; or
the focus holds more than :data:`MAX_FOCUS_SHARE` of the tables (the saving would be small).
A stored result that reads back damaged midway makes the full pass run, without repeating what
was written. The merged results are stored as this run's, so the next edit starts from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator

from ggtlint.results import FileResult

if TYPE_CHECKING:
    from ggtlint.cache import ResultCache
    from ggtlint.corpus_store import DigestStore
    from ggtlint.engine import Engine
    from ggtlint.primitives.corpus import TableDigest

MAX_CHANGED_SHARE = 0.05  # of the files: past it, reading the changes costs about what the full pass does
MAX_FOCUS_SHARE = 0.5  # of the tables: past it, the saving is small


_END = object()  # the end of a stream of results (None there means a stored part went bad)


@dataclass
class Plan:
    """The previous run to start from, and what changed since."""

    run: str
    parts: int
    listed: set[str]  # the shown paths of the previous run
    changed: set[str]  # shown paths checked in this run (edited, added, or not cached)
    before: dict[str, list[TableDigest]]  # the previous run's digests of its changed and removed files
    fresh: dict[str, list[TableDigest]] = field(default_factory=dict)  # digests of the files checked now

    def extend(self, digests: list[TableDigest]) -> None:
        """Keep the digests of a file checked in this run (the per-file pass hands them over)."""
        for digest in digests:
            self.fresh.setdefault(digest.file, []).append(digest)


def plan(cache: ResultCache, run_key: str, entries: list[tuple[str, str | None]], cached: list[bool]) -> Plan | None:
    """The latest cached run of this command that differs from ``entries`` (shown path, content
    hash) in a few files only, with the old digests of those files; None when there is none.
    Call before the per-file pass: it replaces the changed files' rows."""
    if any(content is None for _, content in entries):
        return None
    tokens = {shown: cache.input_token(shown, content) for shown, content in entries}
    if len(tokens) != len(entries):  # a file named twice
        return None
    uncached = {shown for (shown, _), hit in zip(entries, cached) if not hit}
    allowed = max(1, int(len(entries) * MAX_CHANGED_SHARE))
    for run, parts, listed in cache.previous_runs():
        old = dict(listed)
        if run == run_key or len(old) != len(listed):  # (this run's own parts are about to be written)
            continue
        changed = uncached | {shown for shown, token in tokens.items() if old.get(shown) != token}
        gone = [shown for shown in old if shown not in tokens]
        if len(changed) + len(gone) > allowed:
            continue
        if [shown for shown, _ in listed if shown in tokens] != [shown for shown, _ in entries if shown in old]:
            continue  # another order: the tables' order decides which one a message names
        wanted = [(shown, old[shown].split("\x02")[0]) for shown in sorted(changed | set(gone)) if shown in old]
        before = {}
        for (shown, _), digests in zip(wanted, cache.load_digests(wanted)):
            if digests is None:
                return None  # rewritten since (another command, a time-out): the old digests are gone
            before[shown] = digests
        return Plan(run, parts, set(old), changed, before)
    return None


def cross_table(engine: Engine, cache: ResultCache, plan: Plan, run_key: str, entries: list[tuple[str, str | None]],
                recheck: Callable[[int], list[TableDigest]]) -> Iterator[FileResult]:
    """This run's cross-table results, in input order, as the full pass would make them; they
    are stored as the results of ``run_key``.

    ``recheck(position)`` gives the digests of file ``position`` when its cache row cannot be
    read (it checks the file again)."""
    changed = {shown for shown in plan.changed | set(plan.before)
               if _encoded(plan.before.get(shown, [])) != _encoded(plan.fresh.get(shown, []))}
    # results are matched to files by path: a table that names another file than its own (none
    # does today) makes the full pass run
    aligned = set(plan.fresh) <= {shown for shown, _ in entries}
    if changed or not aligned:
        yield from cache.store_corpus(run_key, _focused(engine, cache, plan, entries, recheck, changed, aligned),
                                      entries)
        return
    # Every table reads as before (a comment edited, an empty file added): the previous results
    # are this run's, stored again without encoding them again.
    served = 0
    for result in _previous(cache, plan, plan.listed):
        if result is None:  # a stored part went bad: the full pass after all (not stored)
            break
        served += 1
        yield result
    else:
        cache.copy_corpus(run_key, plan.run, entries)
        return
    yield from _full(engine, cache, plan, entries, recheck, changed, served)


def _focused(engine: Engine, cache: ResultCache, plan: Plan, entries: list[tuple[str, str | None]],
             recheck: Callable[[int], list[TableDigest]], changed: set[str], aligned: bool) -> Iterator[FileResult]:
    """The results of the files the ``changed`` files can touch made again, the others' read."""
    shown_paths = [shown for shown, _ in entries]
    served = 0
    store, after, aligned = _fill(engine, cache, plan, entries, recheck, changed, aligned)
    try:
        focus = engine.corpus_focus(store, [d for shown in changed for d in plan.before.get(shown, [])],
                                    [d for shown in changed for d in plan.fresh.get(shown, [])]) if aligned else None
        if focus is None or len(focus) > MAX_FOCUS_SHARE * len(store):
            yield from engine.check_corpus(store)
            return
        focus |= store.file_tables(after)
        focused = store.files_of(focus)
        kept = (set(shown_paths) & plan.listed) - focused - changed
        for result in _merge(shown_paths, focused, engine.check_corpus(store, focus), _previous(cache, plan, kept)):
            if result is None:  # a stored part went bad: the full pass after all
                break
            served += 1
            yield result
        else:
            return
    finally:
        store.close()
    yield from _full(engine, cache, plan, entries, recheck, changed, served)


def _full(engine: Engine, cache: ResultCache, plan: Plan, entries: list[tuple[str, str | None]],
          recheck: Callable[[int], list[TableDigest]], changed: set[str], served: int) -> Iterator[FileResult]:
    """The full pass's results but the first ``served``."""
    store, _, _ = _fill(engine, cache, plan, entries, recheck, changed, True)
    try:
        for number, result in enumerate(engine.check_corpus(store)):
            if number >= served:
                yield result
    finally:
        store.close()


def _encoded(digests: list[TableDigest]) -> list[Any]:
    """Digests as compared between two runs: as they are stored."""
    return [digest.to_json() for digest in digests]


def _fill(engine: Engine, cache: ResultCache, plan: Plan, entries: list[tuple[str, str | None]],
          recheck: Callable[[int], list[TableDigest]], changed: set[str], aligned: bool) -> tuple[DigestStore, list[int], bool]:
    """Every table's digest of this run, in input order, in a new store; the indexes of the
    tables of the ``changed`` files; and ``aligned`` unless a table names another file than its own."""
    store = engine.corpus_store()
    after: list[int] = []
    stored = iter(cache.load_digests([entry for entry in entries if entry[0] not in plan.changed]))
    for position, (shown, _) in enumerate(entries):
        if shown in plan.changed:
            digests = plan.fresh.get(shown, [])
        else:
            digests = next(stored)
            if digests is None:
                digests = recheck(position)
        if shown in changed:
            after.extend(range(len(store), len(store) + len(digests)))
        aligned = aligned and all(digest.file == shown for digest in digests)
        store.extend(digests)
    return store, after, aligned


def _previous(cache: ResultCache, plan: Plan, kept: set[str]) -> Iterator[FileResult | None]:
    """The previous run's results of the files in ``kept``, in its order; None if a part is bad."""
    for result in cache.load_corpus(plan.run, plan.parts):
        if result is None:
            yield None
            return
        if result.path in kept:
            yield result


def _merge(shown_paths: list[str], focused: set[str], made: Iterator[FileResult],
           previous: Iterator[FileResult | None]) -> Iterator[FileResult | None]:
    """The focused files' new results and the others' previous ones, in input order (both come
    in that order: the files kept from the previous run are in the same order as then)."""
    new: Any = next(made, _END)
    old: Any = next(previous, _END)
    for shown in shown_paths:
        if old is None:
            break
        if shown in focused:
            if new is not _END and new.path == shown:
                yield new
                new = next(made, _END)
        elif old is not _END and old.path == shown:
            yield old
            old = next(previous, _END)
    if old is None:
        yield None
