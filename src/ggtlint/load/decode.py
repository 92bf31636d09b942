"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16/32 with a BOM, GB18030/GBK.

Government files are often GBK; a file that is none of these is reported, not guessed.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


class DecodeError(Exception):
    """The bytes are not text in any encoding ggtlint reads."""

    def __init__(self, reason: str, binary: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.binary = binary


def decode(data: bytes) -> Decoded:
    """Decode ``data``; raise DecodeError when it is binary or undecodable."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(name), name + "-bom" if name == "utf-8" else name)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{name}: {exc.reason} at byte {exc.start}") from None
    if b"\x00" in data:
        raise DecodeError("NUL byte", binary=True)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not UTF-8 or GB18030: {exc.reason} at byte {exc.start}") from None
    return Decoded(text, "gb18030")
