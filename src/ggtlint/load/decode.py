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


# A byte-order mark's encoding in a reader's words
_BOM_WORDS = {"utf-32-le": "UTF-32", "utf-32-be": "UTF-32", "utf-8": "UTF-8", "utf-16-le": "UTF-16",
              "utf-16-be": "UTF-16"}


class DecodeError(Exception):
    """The bytes are not text in any encoding ggtlint reads; where and why, in Chinese
    (``reason_zh``) and English (``reason``)."""

    def __init__(self, reason: str, binary: bool = False, reason_zh: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.reason_zh = reason_zh or reason
        self.binary = binary


def decode(data: bytes) -> Decoded:
    """Decode ``data``; raise DecodeError when it is binary or undecodable."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(name), name + "-bom" if name == "utf-8" else name)
            except UnicodeDecodeError as exc:
                words = _BOM_WORDS[name]
                raise DecodeError(f"the file begins with the mark of {words} text, but from byte {exc.start + len(bom)} "
                                  f"on it is not {words}",
                                  reason_zh=f"文件开头标明是 {words} 编码，但从第 {exc.start + len(bom)} 字节起的内容"
                                            f"不是 {words}") from None
    if b"\x00" in data:
        raise DecodeError("NUL byte", binary=True)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"neither UTF-8 nor GB18030/GBK (from byte {exc.start} on)",
                          reason_zh=f"既不是 UTF-8 也不是 GB18030/GBK（从第 {exc.start} 字节起）") from None
    return Decoded(text, "gb18030")


def encode(text: str, encoding: str) -> bytes:
    """``text`` back in an ``encoding`` as :func:`decode` names it, its byte-order mark kept
    (``utf-8-bom`` is UTF-8 with the mark; the UTF-16/32 names always had one)."""
    name = "utf-8" if encoding == "utf-8-bom" else encoding
    bom = next((mark for mark, named in _BOMS if named == name), b"") if encoding != "utf-8" else b""
    return bom + text.encode(name)
