"""Bulk runs: many files over worker processes, a result cache, progress, and the cross-table pass.

:func:`iter_results` is what ``ggtlint check`` iterates. It yields one FileResult per input file
in input order, whatever the number of processes (so every output is identical to a
single-process run), then the cross-table results (``cross_table=True``), grouped per file.

- Files whose cached result is valid are read from the cache (:mod:`ggtlint.cache`), in
  batches; when all are, the cross-table results of the run may come from the cache too.
- The others are checked in this process, or, when there are enough of them and ``jobs > 1``,
  by a ProcessPoolExecutor whose workers compile the rule pack once each (the initializer
  builds the Engine from the run's Config; on Linux the workers are forked and inherit the
  compiled engine). Files go out in chunks and at most a few chunks per worker are in
  flight, so memory stays flat however many files there are.
- Each result carries small per-table digests; they go to an on-disk store
  (:mod:`ggtlint.corpus_store`), the findings are not kept (the reporters stream), and the
  corpus rules run over the store at the end.
- Only this process writes the cache: workers send each result back with its JSON encoding
  (made in the worker, in parallel) and the results are stored here in batches.
- A progress bar (rich) is drawn on stderr when stderr is a terminal and the run is long.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterator

from ggtlint.engine import Engine
from ggtlint.limits import Limits
from ggtlint.results import FileResult
from ggtlint.run import check_one

if TYPE_CHECKING:  # pragma: no cover - concurrent.futures is imported only when workers are used
    from concurrent.futures import Future

    from ggtlint.cache import Encoded

# Fewer files than this are checked in-process: starting workers costs more than they save.
PARALLEL_MIN_FILES = 100
# A progress bar only for runs that take a while.
PROGRESS_MIN_FILES = 200
_IN_FLIGHT_PER_WORKER = 3

# The worker's state, set once by the pool initializer.
_WORKER: dict[str, Any] = {}
# On fork, workers inherit the parent's compiled engine through this (set just before forking).
_INHERITED: dict[str, Any] = {}


def default_jobs() -> int:
    """The CPUs this process may use (affinity/cgroup aware where the OS says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _init_worker(config: Any, limits: Limits, text_input: bool) -> None:
    """Build the worker's engine. (Workers never touch the cache: the main process alone writes it.)"""
    # Ctrl-C reaches every process of the terminal's group: only the parent handles it (and
    # stops the workers); a worker would print a KeyboardInterrupt traceback of its own.
    # (Only in a worker: called in the main process, as a test does, it must not leave Ctrl-C
    # ignored there and in every process started after.)
    import multiprocessing

    if multiprocessing.parent_process() is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for name in ("SIGTERM", "SIGHUP"):  # the parent's unwinding handler is not the worker's
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_DFL)

    engine = _INHERITED.get("engine")
    if engine is None or engine.config is not config:
        engine = Engine.build(config)  # spawn/forkserver: compile the pack here, once per worker
    _WORKER.update(engine=engine, limits=limits, text_input=text_input)


def _check_items(engine: Engine, items: list[tuple[str | Path, str, str | None]], limits: Limits,
                 text_input: bool, encode: bool) -> Iterator[tuple[FileResult, Encoded]]:
    """Check (path, shown path, content hash) items; with ``encode``, each result comes with its
    cache encoding (made where the result is made, so workers do it in parallel)."""
    if encode:
        from ggtlint.cache import encode_result
    for path, shown, content in items:
        result = check_one(engine, path, shown, limits, text_input)
        yield result, (encode_result(result) if encode and content is not None else None)


def _check_chunk(items: list[tuple[str, str, str | None]], encode: bool = False) -> list[tuple[FileResult, Encoded]]:
    """A worker's job: one chunk, with the engine and limits its initializer set up."""
    return list(_check_items(_WORKER["engine"], items, _WORKER["limits"], _WORKER["text_input"], encode))


def _pool(engine: Engine, jobs: int, limits: Limits, text_input: bool) -> Any:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = None
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        # Forked workers start in milliseconds and share the parent's compiled engine. Safe
        # here: the pool forks on the first submit, before any other thread (progress) starts.
        context = multiprocessing.get_context("fork")
        _INHERITED["engine"] = engine
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                               initargs=(engine.config, limits, text_input))


def _hold_sigint(held: list[int]) -> Any:
    """Record SIGINT instead of raising it while workers are forked; returns the old handler.

    A forked worker inherits this handler until its initializer ignores SIGINT, so a Ctrl-C in
    that window neither kills it with a traceback nor is lost: the parent raises it afterwards.
    """
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))


def run_parallel(engine: Engine, files: list[tuple[str | Path, str, str | None]], limits: Limits, jobs: int,
                 text_input: bool = False, encode: bool = False) -> Iterator[tuple[FileResult, Encoded]]:
    """Check ``files`` (path, shown, content hash) on ``jobs`` processes; yield in input order.

    Yields (result, its cache encoding): with ``encode``, the workers encode each result that
    has a content hash (see :func:`ggtlint.cache.encode_result`); otherwise the encoding is None.
    The pool starts and the first chunks are submitted before this returns, so the workers are
    forked before any other thread (the progress bar's) exists.
    """
    chunk_size = max(1, min(32, len(files) // (jobs * 8) or 1))
    chunks = [files[i:i + chunk_size] for i in range(0, len(files), chunk_size)]
    pool = _pool(engine, jobs, limits, text_input)
    pending: deque[tuple[list[tuple[str | Path, str, str | None]], "Future[list[Any]]"]] = deque()
    state = {"next": 0}

    def submit() -> None:
        chunk = chunks[state["next"]]
        state["next"] += 1
        pending.append((chunk, pool.submit(_check_chunk, [(str(p), shown, c) for p, shown, c in chunk], encode)))

    held: list[int] = []
    previous = _hold_sigint(held)  # the workers fork here: none may die of Ctrl-C before it is ignored
    try:
        while state["next"] < len(chunks) and len(pending) < jobs * _IN_FLIGHT_PER_WORKER:
            submit()
        if held:
            raise KeyboardInterrupt
    except BaseException:
        _stop(pool)
        _INHERITED.clear()
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    return _ParallelResults(pool, _collect(engine, pool, chunks, pending, submit, state, limits, text_input, encode))


class _ParallelResults:
    """A parallel run's results as an iterator whose ``close()`` always stops the workers.

    Closing a generator that never started runs none of its clean-up, so a Ctrl-C that lands
    after the pool exists but before the first result is asked for would otherwise leave the
    workers running after ggtlint has exited.
    """

    def __init__(self, pool: Any, results: Iterator[tuple[FileResult, Encoded]]) -> None:
        self._pool = pool
        self._results = results
        self._finished = False

    def __iter__(self) -> "_ParallelResults":
        return self

    def __next__(self) -> tuple[FileResult, Encoded]:
        try:
            return next(self._results)
        except StopIteration:
            self._finished = True
            raise

    def close(self) -> None:
        close = getattr(self._results, "close", None)
        if close is not None:
            close()
        if not self._finished:
            _stop(self._pool)
            _INHERITED.clear()


def _collect(engine: Engine, pool: Any, chunks: list[Any], pending: deque[Any], submit: Any, state: dict[str, int],
             limits: Limits, text_input: bool, encode: bool) -> Iterator[tuple[FileResult, Encoded]]:
    from concurrent.futures.process import BrokenProcessPool

    stopped = False
    try:
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory, a crash in C code): check what is left here,
                # so one bad file cannot lose the run.
                yield from _sequential(engine, [chunk] + [c for c, _ in pending] + chunks[state["next"]:],
                                       limits, text_input, encode)
                return
            if state["next"] < len(chunks):
                submit()
            yield from results
    except BaseException:
        # Ctrl-C (or the consumer stopped): end the workers now instead of waiting for the
        # chunks in flight; nothing they were doing is written anywhere.
        stopped = True
        _stop(pool)
        raise
    finally:
        if not stopped:
            pool.shutdown(wait=True, cancel_futures=True)
        _INHERITED.clear()


def _stop(pool: Any) -> None:
    """Kill the workers and leave without waiting: joining a pool whose workers were killed
    mid-task can block forever on the executor's internal queues (the CLI then exits at once)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.kill()
    for process in processes:  # reap them, so none outlives the run even as a zombie
        process.join(timeout=2)
    pool.shutdown(wait=False, cancel_futures=True)


def _sequential(engine: Engine, chunks: list[list[tuple[str | Path, str, str | None]]], limits: Limits,
                text_input: bool, encode: bool) -> Iterator[tuple[FileResult, Encoded]]:
    for chunk in chunks:
        yield from _check_items(engine, chunk, limits, text_input, encode)


class _Progress:
    """A rich progress bar on stderr, or nothing (stderr not a terminal, short run)."""

    def __init__(self, total: int, enabled: bool, lang: str) -> None:
        self.bar: Any = None
        self.task: Any = None
        self.lang = lang
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        label = "checking" if lang == "en" else "检查中"
        self.bar = Progress(TextColumn(f"[bold]{label}[/]"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True, redirect_stdout=False,
                            redirect_stderr=False)
        self.task = self.bar.add_task(label, total=total, rate="")
        self.started = False
        self.count = 0

    def advance(self) -> None:
        if self.bar is None:
            return
        if not self.started:
            self.bar.start()
            self.started = True
        self.count += 1
        if self.count % 16 == 0 or self.count == self.bar.tasks[0].total:
            task = self.bar.tasks[0]
            speed = task.speed
            rate = (f"{speed:,.0f} files/s" if self.lang == "en" else f"{speed:,.0f} 个文件/秒") if speed else ""
            self.bar.update(self.task, completed=self.count, rate=rate)

    def stop(self) -> None:
        if self.bar is not None and self.started:
            self.bar.stop()


def progress_wanted(stream: IO[str] | None = None) -> bool:
    """A progress bar only on an interactive terminal: never in CI logs or when stderr is piped."""
    stream = stream or sys.stderr
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return interactive and os.environ.get("TERM") != "dumb" and not os.environ.get("CI")


class ProgressAwareStream:
    """A terminal stream for a reporter: while the progress bar is drawn, lines go above it.

    Without this, findings printed to the same terminal would tear the bar apart. While a bar
    is shown, text is gathered and written a few times a second with the bar taken off the
    screen meanwhile (rich's public stop and start). Printing through the bar's console
    instead costs about a millisecond a line: a run over 650 files took 27 s on a terminal
    rather than 1.4 s. When no bar is shown, writes go straight to the wrapped stream.
    """

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._pending: list[str] = []
        self._pending_chars = 0
        self._written = time.monotonic()

    def write(self, text: str) -> int:
        bar = _ACTIVE.get("bar")
        if bar is None:
            if self._pending:
                self.drain()
            return self._stream.write(text)
        self._pending.append(text)
        self._pending_chars += len(text)
        if self._pending_chars >= _PENDING_MAX_CHARS or time.monotonic() - self._written >= _PENDING_SECONDS:
            self.drain(bar)
        return len(text)

    def drain(self, bar: Any = None) -> None:
        """Write what is waiting, with ``bar`` (a rich Progress) off the screen meanwhile."""
        text = "".join(self._pending)
        self._pending, self._pending_chars = [], 0
        self._written = time.monotonic()
        if not text:
            return
        if bar is not None:
            bar.stop()  # transient: the bar is erased, the text goes where it stood
        try:
            self._stream.write(text)
            self._stream.flush()
        finally:
            if bar is not None:
                bar.start()

    def flush(self) -> None:
        if self._pending and _ACTIVE.get("bar") is None:
            self.drain()
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding … of the real stream
        return getattr(self._stream, name)


# While a bar is shown, findings are written when this much text waits or this long has passed.
_PENDING_MAX_CHARS = 1 << 18
_PENDING_SECONDS = 0.2


_ACTIVE: dict[str, Any] = {}
_STREAMS: list[ProgressAwareStream] = []


def wrap_terminal(stream: IO[str]) -> IO[str]:
    """``stream`` wrapped for use while a progress bar may be shown (see ProgressAwareStream)."""
    wrapped = ProgressAwareStream(stream)
    _STREAMS.append(wrapped)
    return wrapped  # type: ignore[return-value]


def iter_results(engine: Engine, files: list[tuple[str | Path, str]], limits: Limits, *, jobs: int = 1,
                 cache: Any = None, hashes: list[str | None] | None = None, text_input: bool = False,
                 progress: bool = False, lang: str = "zh", cross_table: bool = True) -> Iterator[FileResult]:
    """Every file's FileResult in input order, then (unless ``cross_table`` is false) the
    cross-table results of the run.

    ``jobs`` ≤ 1, or fewer than PARALLEL_MIN_FILES files to check, runs in this process.
    ``cache`` is a :class:`ggtlint.cache.ResultCache` or None; ``hashes``, the files' content
    hashes when the caller has them already (:func:`ggtlint.cache.content_hash`). Digests are taken off the
    results (``result.digests`` is emptied) and kept for the cross-table pass. When every file
    is a cache hit and the cache holds this run's cross-table results, those are served and the
    digests are not even read; when a run of the same command differs in a few files, its
    results are reused where those files cannot change them (:mod:`ggtlint.corpus_delta`);
    otherwise the pass runs. The results are stored either way.
    """
    store = None
    checked: Any = None
    delta = None  # the previous run to start the cross-table pass from (ggtlint.corpus_delta)
    try:
        if cache is None:
            keys: list[str | None] = [None] * len(files)
            cached = [False] * len(files)
            run_key = parts = None
            entries: list[tuple[str, str | None]] = []
        else:
            from ggtlint.cache import content_hash

            keys = hashes if hashes is not None else [content_hash(path) for path, _ in files]
            entries = [(shown, key) for (_, shown), key in zip(files, keys)]
            cached = cache.lookup(entries)
            run_key = cache.run_key(entries)
            parts = cache.corpus_parts(run_key) if cross_table and run_key is not None and all(cached) else None
            if cross_table and run_key is not None and parts is None and engine.corpus_rules:
                from ggtlint import corpus_delta

                delta = corpus_delta.plan(cache, run_key, entries, cached)  # before this run replaces the changed rows
        todo = [(path, shown, key) for (path, shown), key, hit in zip(files, keys, cached) if not hit]
        encode = cache is not None
        if jobs > 1 and len(todo) >= PARALLEL_MIN_FILES:
            if cache is not None:
                cache.release()  # no open database in the processes about to be forked
            checked = run_parallel(engine, todo, limits, min(jobs, len(todo)), text_input, encode)
        else:
            checked = _sequential(engine, [todo], limits, text_input, encode)
        # on disk: memory stays flat however many tables (none kept when no cross-table pass follows)
        digests = store = engine.corpus_store() if cross_table else None
        yield from _each_file(engine, files, keys, cached, checked, cache,
                              cross_table and parts is None and delta is None, limits,
                              text_input, progress, lang, digests if delta is None else delta)
        if not cross_table:
            return
        if delta is not None:

            def recheck(position: int) -> list[Any]:
                path, shown = files[position]
                return check_one(engine, path, shown, limits, text_input).digests

            yield from corpus_delta.cross_table(engine, cache, delta, run_key, entries, recheck)
            return
        served = 0
        if parts is not None:
            # Every file was a hit: the cross-table results of exactly these inputs are stored.
            for result in cache.load_corpus(run_key, parts):
                if result is None:
                    break  # a part went bad: run the pass after all, without repeating what was served
                served += 1
                yield result
            else:
                return
            store.close()
            digests = store = _digests_again(engine, files, keys, cache, limits, text_input)
        corpus = engine.check_corpus(digests)
        if run_key is not None:
            corpus = cache.store_corpus(run_key, corpus, entries)
        for number, result in enumerate(corpus):
            if number >= served:
                yield result
    except BaseException:
        if cache is not None:
            cache.drop_pending()  # Ctrl-C or the consumer stopped: leave now, not after a write
        raise
    finally:
        if checked is not None:
            checked.close()  # the workers stop, whatever moment a Ctrl-C came at
        if store is not None:
            store.close()  # also when interrupted: the temporary folder goes
        if cache is not None:
            cache.close()  # the last batch of results


def _digests_again(engine: Engine, files: list[tuple[str | Path, str]], keys: list[str | None], cache: Any,
                   limits: Limits, text_input: bool) -> Any:
    """Every file's digests, from the cache or by checking the file (rare: a stored
    cross-table result went bad after the run began serving it)."""
    digests = engine.corpus_store()
    hits = cache.hits
    loaded = cache.load_many([(shown, key) for (_, shown), key in zip(files, keys)], digests=True)
    for (path, shown), result in zip(files, loaded):
        if result is None:
            result = check_one(engine, path, shown, limits, text_input)
        digests.extend(result.digests)
    cache.hits = hits  # these results were served once already
    return digests


def _each_file(engine: Engine, files: list[tuple[str | Path, str]], keys: list[str | None], cached: list[bool],
               checked: Iterator[tuple[FileResult, Any]], cache: Any, want_digests: bool, limits: Limits,
               text_input: bool, progress: bool, lang: str, digests: Any) -> Iterator[FileResult]:
    """The per-file part of :func:`iter_results`: cached and checked results merged in input order
    (their cross-table digests moved to ``digests``, or dropped when it is None)."""
    loaded = iter(cache.load_many([(shown, key) for (_, shown), key, hit in zip(files, keys, cached) if hit],
                                  digests=want_digests)) if cache is not None else iter(())
    bar = _Progress(len(files), progress and len(files) >= PROGRESS_MIN_FILES, lang)
    try:
        for (path, shown), key, hit in zip(files, keys, cached):
            if hit:
                result = next(loaded)
                if result is None:
                    # The row went bad since the look-up: check the file here (and rewrite the row).
                    result = check_one(engine, path, shown, limits, text_input)
                    cache.store(shown, key, result, path)
            else:
                result, encoded = next(checked)
                if cache is not None:
                    cache.store_encoded(shown, key, encoded, path)
            if result.digests:
                if digests is not None:
                    digests.extend(result.digests)
                result.digests = []
            if bar.bar is not None and not bar.started:
                _ACTIVE["bar"] = bar.bar
            bar.advance()
            yield result
    finally:
        bar.stop()
        _ACTIVE.clear()
        for stream in _STREAMS:
            stream.drain()  # what still waits, now that the bar is gone
        _STREAMS.clear()
        close = getattr(checked, "close", None)
        if close is not None:
            close()
