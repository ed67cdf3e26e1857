"""Telling text input (any HTML a browser would accept) from binary files passed by mistake."""

from __future__ import annotations

import re

from vl2code.errors import InputError

#: Control characters that never occur in text files (tab, newlines and form feed do).
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
#: Share of such characters above which input is taken for binary data.
_BINARY_SHARE = 0.01
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def check_text(text: str, what: str) -> None:
    """Raise InputError when ``text`` is empty or looks like decoded binary data."""
    if not text.strip():
        raise InputError(f"{what} is empty")
    sample = text[:65536]
    if "\x00" in sample or len(_BINARY_CONTROLS.findall(sample)) > _BINARY_SHARE * len(sample):
        raise InputError(f"{what} is not text (binary data?)")


def decode_text(data: bytes, name: str) -> str:
    """Decode a page or diagram file: UTF-8 (with or without BOM), else the charset it declares."""
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: not a text file (binary data?)")
    for encoding in _candidate_encodings(data):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        check_text(text, name)
        return text
    raise InputError(f"{name}: not UTF-8 text and declares no charset that decodes it")


def _candidate_encodings(data: bytes) -> list[str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ["utf-16"]
    declared = _META_CHARSET.search(data[:4096])
    return ["utf-8-sig"] + ([declared.group(1).decode("ascii")] if declared else [])
