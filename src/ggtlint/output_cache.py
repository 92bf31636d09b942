"""The output cache: a run over exactly the inputs of an earlier run writes that run's output again.

The result cache (:mod:`ggtlint.cache`) spares re-checking unchanged files, but a warm run still
decodes and formats every finding: at 10,000 tables that is most of its time. When nothing at
all has changed — the same files with the same bytes in the same order, the same rule packs,
configuration, limits and version, the same output formats and options, the same baseline —
the output is the same too, so the run writes the stored output and exits with the stored
counts. This is the CI gate re-run over an unchanged repository.

Every output format qualifies: the machine formats depend only on those inputs, and the
terminal layout only on them and on whether it is coloured, which is part of the key (it does
not depend on the terminal's width). Runs that write review reports (they carry the time they
were made) or write a baseline are never stored.

A record is one file, ``<cache dir>/v2/outputs/<key>.out``: a JSON line (the run's counts, the
notes it printed to stderr, and the size and BLAKE2b of each output), then each output's text,
zlib-compressed. It is written while the run's outputs are written (compressed in memory a few
hundred KiB at a time, then into a temporary file), and made visible by a rename only when the
run has finished. A record is read and checked whole before anything is written, so a damaged
record is a miss, never half an output. The latest few records are kept.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
import os
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable

from ggtlint.atomic import atomic_write

FOLDER = "outputs"
_SUFFIX = ".out"
_LAYOUT = 1
_KEEP = 4                  # records kept (a few sets of inputs or options checked with one cache)
_SPILL_CHARS = 1 << 18     # text gathered before it is compressed
_READ_BLOCK = 1 << 18      # compressed bytes decompressed at a time when writing a record out
_WRITE_BLOCK = 1 << 21     # at most this much text in memory at a time while writing it out
_MAX_HEADER = 1 << 20      # a longer first line is not one of ours
_STALE_TEMP_SECONDS = 24 * 3600


def output_key(result_key: str, entries: Iterable[tuple[str, str | None]], settings: dict[str, Any]) -> str:
    """The record's name: the result cache's key, every (shown path, content hash) in order,
    and the output settings (formats, language, fail level, baseline …)."""
    digest = hashlib.sha256(f"ggtlint-output {_LAYOUT}\n{result_key}\n".encode())
    digest.update(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    for shown, content in entries:
        digest.update(f"\n{content}\t{shown}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass
class Record:
    """A stored run: its counts, its stderr notes and the compressed text of each output."""

    summary: dict[str, int]
    notes: list[str]
    outputs: list[bytes]

    def write(self, number: int, stream: IO[str]) -> None:
        """Write output ``number`` to ``stream``, as the run wrote it there.

        A UTF-8 text stream that does not translate line ends gets the bytes themselves (no
        decoding and encoding again: a third of the time of writing a large output).
        """
        inflate = zlib.decompressobj()
        data = memoryview(self.outputs[number])
        raw = _byte_stream(stream)
        decoder = codecs.getincrementaldecoder("utf-8")("surrogatepass")
        if raw is not None:
            stream.flush()
        start = 0
        while start < len(data) or inflate.unconsumed_tail:
            if inflate.unconsumed_tail:
                block = inflate.decompress(inflate.unconsumed_tail, _WRITE_BLOCK)
            else:
                block = inflate.decompress(data[start:start + _READ_BLOCK], _WRITE_BLOCK)
                start += _READ_BLOCK
            if not block:
                continue
            if raw is not None:
                raw.write(block)
            else:
                stream.write(decoder.decode(block))
        tail = inflate.flush()
        if raw is not None:
            raw.write(tail)
        else:
            stream.write(decoder.decode(tail, final=True))


def _byte_stream(stream: IO[str]) -> IO[bytes] | None:
    """The binary stream under ``stream`` when writing UTF-8 bytes there is the same as writing
    the text (strict UTF-8, ``\n`` kept as it is), else None."""
    buffer = getattr(stream, "buffer", None)
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    if buffer is None or encoding not in ("utf-8", "utf8") or getattr(stream, "errors", None) != "strict":
        return None
    return buffer if os.linesep == "\n" else None


class OutputCache:
    """One run's record: :meth:`lookup` before the run, :meth:`record` around each output
    stream while it runs, :meth:`commit` at its end. Every cache problem only means no record."""

    def __init__(self, cache_dir: Path, key: str, started_ns: int) -> None:
        self.folder = Path(cache_dir) / "v2" / FOLDER
        self.path = self.folder / f"{key}{_SUFFIX}"
        self.started_ns = started_ns  # before the inputs were hashed
        self._recorders: list[_Recorder] = []

    def lookup(self, outputs: int, counts: Iterable[str]) -> Record | None:
        """The stored record of this key, checked whole: ``outputs`` outputs and exactly the
        ``counts`` named; None when there is none or it is damaged."""
        try:
            with open(self.path, "rb") as handle:
                header = json.loads(handle.readline(_MAX_HEADER))
                body = handle.read()
            sizes = [int(size) for size, _ in header["outputs"]]
            if sum(sizes) != len(body):
                return None
            parts, start = [], 0
            for size, expected in header["outputs"]:
                part = body[start:start + size]
                start += size
                if hashlib.blake2b(part, digest_size=16).hexdigest() != expected:
                    return None
                parts.append(part)
            summary = {str(name): int(count) for name, count in header["summary"].items()}
            notes = [str(note) for note in header["notes"]]
            if len(sizes) != outputs or set(summary) != set(counts):
                return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        with contextlib.suppress(OSError):
            os.utime(self.path)  # recently used: kept longest
        return Record(summary, notes, parts)

    def record(self, stream: IO[str]) -> IO[str]:
        """``stream``, also kept for the record (in the order the outputs are given)."""
        recorder = _Recorder(stream)
        self._recorders.append(recorder)
        return recorder  # type: ignore[return-value]

    def commit(self, summary: dict[str, int], notes: list[str], sources: list[tuple[str, str | None]]) -> None:
        """Store what the outputs received as this key's record, and drop the oldest records.

        ``sources`` are the (path, content hash) the key was made of: a file edited during the
        run may have been checked in its new form, so the record is not stored then.
        """
        try:
            if not self._recorders or any(recorder.failed for recorder in self._recorders):
                return
            from ggtlint.cache import changed_since_hashed

            if any(changed_since_hashed(path, content, self.started_ns) for path, content in sources):
                return
            parts = [recorder.finish() for recorder in self._recorders]
            header = {"summary": summary, "notes": notes,
                      "outputs": [[size, digest] for _, size, digest in parts]}
            self.folder.mkdir(parents=True, exist_ok=True)
            with atomic_write(self.path, binary=True, fsync=False) as out:
                out.write(json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n")
                for handle, _, _ in parts:
                    handle.seek(0)
                    while block := handle.read(_READ_BLOCK):
                        out.write(block)
            self._prune()
        except (OSError, ValueError):
            return
        finally:
            self.discard()

    def discard(self) -> None:
        """Forget what was recorded (the run did not finish, or its record is stored)."""
        for recorder in self._recorders:
            recorder.failed = True  # what the outputs still receive is not kept
            recorder.close()
        self._recorders = []

    def _prune(self) -> None:
        records: list[tuple[float, Path]] = []
        for entry in os.scandir(self.folder):
            with contextlib.suppress(OSError):
                if entry.name.endswith(_SUFFIX):
                    records.append((entry.stat().st_mtime, Path(entry.path)))
                elif entry.name.endswith(".tmp") and entry.stat().st_mtime < time.time() - _STALE_TEMP_SECONDS:
                    os.unlink(entry.path)  # left by a run that was killed while writing its record
        records.sort(reverse=True)
        for _, path in records[_KEEP:]:
            with contextlib.suppress(OSError):
                path.unlink()


class _Recorder:
    """An output stream that also compresses what passes through it into a temporary file.

    Writing goes on whatever happens to the record: a full temporary disk only marks it failed.
    """

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._pending: list[str] = []
        self._pending_chars = 0
        self._deflate = zlib.compressobj(1)
        self._digest = hashlib.blake2b(digest_size=16)
        self._size = 0
        self._file: IO[bytes] | None = None
        self.failed = False

    def write(self, text: str) -> int:
        written = self._stream.write(text)
        if not self.failed:
            self._pending.append(text)
            self._pending_chars += len(text)
            if self._pending_chars >= _SPILL_CHARS:
                self._spill(False)
        return written

    def _spill(self, last: bool) -> None:
        try:
            data = self._deflate.compress("".join(self._pending).encode("utf-8", "surrogatepass"))
            if last:
                data += self._deflate.flush()
            self._pending, self._pending_chars = [], 0
            if data:
                if self._file is None:
                    self._file = tempfile.TemporaryFile()
                self._file.write(data)
                self._digest.update(data)
                self._size += len(data)
        except (OSError, ValueError, zlib.error):
            self.failed = True
            self.close()

    def finish(self) -> tuple[IO[bytes], int, str]:
        """The compressed text (a file positioned anywhere), its size and BLAKE2b."""
        self._spill(True)
        if self.failed:
            raise OSError("the record could not be written")
        if self._file is None:
            self._file = tempfile.TemporaryFile()
        self._file.flush()
        return self._file, self._size, self._digest.hexdigest()

    def close(self) -> None:
        self._pending = []
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding … of the real stream
        return getattr(self._stream, name)
