"""Stage 1: source bytes -> normalized document text (one block per line).

(First version; issue #3 deepens encodings and HTML.)
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path


class SourceError(Exception):
    """A source file that cannot be read as a document. The message is one line."""


@dataclass(frozen=True)
class Source:
    path: Path
    sha256: str
    encoding: str
    text: str  # normalized text, one block per line


def normalize_text(text: str) -> str:
    """Normalize full-width digits/letters/％ and spaces; LF line endings."""
    out = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A or ch == "％":
            out.append(chr(code - 0xFEE0))
        elif ch in "\u3000\u00a0":
            out.append(" ")
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def read_source(path: str | Path) -> Source:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from None
    if not raw.strip():
        raise SourceError(f"{path}: file is empty")
    if b"\x00" in raw:
        raise SourceError(f"{path}: binary file, not text")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SourceError(f"{path}: not UTF-8 or GB18030 text")
    return Source(path, hashlib.sha256(raw).hexdigest(), enc, normalize_text(text))
