"""Stage 1: source bytes -> normalized document text (one block per line).

``read_source`` accepts plain text and HTML pages in UTF-8 (with or without
BOM), GB18030/GBK/GB2312, UTF-16 with a BOM, and any line-ending convention.
UTF-16 without a BOM is recognized too. The whole file is decoded strictly (no
guessing from a sample); a file that is missing, empty, binary or not decodable
raises ``SourceError`` with a one-line message naming the file (a stray byte in an
otherwise UTF-8 file is named with its offset). ``read_csv_rows`` reads metadata
tables (``sources.csv``) with the same detection.

The checks of values handed to the API or the command line live here too:
``check_date`` (ISO dates), ``check_text`` (a ``str`` that is valid Unicode) and
``has_chinese``; they raise ``InputError`` (a ``ValueError``) or ``TypeError``
with one line naming the problem.

``normalize_text`` is the only text normalization in the package: every offset
published later refers to text that went through it.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .html_text import html_to_text, looks_like_html  # noqa: F401 (read_source, prepare_text; callers import them from here)


class SourceError(Exception):
    """A source file that cannot be read as a document. The message is one line."""


class InputError(ValueError):
    """A value given to the API or on the command line that cannot be used (a date that is
    not a date, text that is not valid Unicode). The message is one line naming it."""


# --------------------------------------------------------------------------- input values

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def check_date(value, what: str = "date") -> str:
    """The ISO date ``value`` (YYYY-MM-DD), or "" for no date; InputError naming it otherwise.

    The one date check of the package: ``parse_text(date=...)`` and ``policydata parse --date``.

    >>> check_date("2026-01-27"), check_date(""), check_date(None), check_date(dt.date(2026, 1, 2))
    ('2026-01-27', '', '', '2026-01-02')
    >>> check_date("2026-13-45")
    Traceback (most recent call last):
    policydata.text.reading.InputError: date '2026-13-45' is not a valid date (month must be in 1..12)
    """
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"{what} must be an ISO date string (YYYY-MM-DD), got {type(value).__name__}")
    text = value.strip()
    if not _ISO_DATE.fullmatch(text):
        raise InputError(f"{what} {value!r} is not a date in the form YYYY-MM-DD")
    try:
        return dt.date(int(text[:4]), int(text[5:7]), int(text[8:10])).isoformat()
    except ValueError as exc:
        raise InputError(f"{what} {value!r} is not a valid date ({exc})") from None


def check_text(text, what: str = "text") -> str:
    """``text`` if it is a ``str`` of valid Unicode; TypeError or InputError saying what is wrong.

    A lone surrogate (text decoded with ``errors="surrogateescape"``) is an InputError
    naming the code point and its position.

    >>> check_text("开局")
    '开局'
    >>> check_text(b"x")
    Traceback (most recent call last):
    TypeError: text must be a str (the document text), got bytes; decode it first, e.g. data.decode("utf-8"), or give the file to `policydata parse`
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what} must be a str (the document text), got {type(text).__name__}; decode it "
                        'first, e.g. data.decode("utf-8"), or give the file to `policydata parse`')
    if not isinstance(text, str):
        raise TypeError(f"{what} must be a str (the document text), got {type(text).__name__}")
    bad = _SURROGATE.search(text)
    if bad:
        raise InputError(f"{what} is not valid Unicode: a lone surrogate U+{ord(bad.group()):04X} at position "
                         f'{bad.start()} (undecodable bytes smuggled in with errors="surrogateescape"?)')
    return text


def has_chinese(text: str) -> bool:
    """True if ``text`` holds at least one Chinese (Han) character.

    >>> has_chinese("China's GDP grew by 5%"), has_chinese("GDP增长5%")
    (False, True)
    """
    return _HAN.search(text) is not None


@dataclass(frozen=True)
class Source:
    path: Path
    sha256: str
    encoding: str
    text: str  # normalized text, one block per line
    #: indexes of the lines of ``text`` that followed a blank line in the file (block gaps
    #: of a page's text layer: column pieces, headline blocks, captions); empty for HTML
    gaps: frozenset = frozenset()


# --------------------------------------------------------------------------- normalization

_FULLWIDTH_ALNUM = {c: c - 0xFEE0 for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                          *range(0xFF41, 0xFF5B), 0xFF05)}
_SPACES = {0x3000: " ", 0x00A0: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ", 0x202F: " ",
           0x205F: " ", 0x0009: " "}
_INVISIBLE = {0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None,
              0x00AD: None}
_LINE_BREAKS = {0x000B: "\n", 0x000C: "\n", 0x0085: "\n", 0x2028: "\n", 0x2029: "\n"}
_TABLE = {**_FULLWIDTH_ALNUM, **_SPACES, **_INVISIBLE, **_LINE_BREAKS}
_FULLWIDTH_DECIMAL = re.compile(r"(?<=\d)．(?=\d)")


def normalize_text(text: str) -> str:
    """Normalize characters, keeping punctuation as written.

    Full-width digits, Latin letters and ％ become ASCII; ideographic, no-break
    and other wide spaces and tabs become a space; zero-width characters go;
    a full-width point between digits becomes "."; line endings become LF; NFC.
    Chinese and ASCII punctuation are left alone (titles stay as written).

    >>> normalize_text("增长５．２％\\r\\nＧＤＰ\\u3000开局?")
    '增长5.2%\\nGDP 开局?'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TABLE)
    text = _FULLWIDTH_DECIMAL.sub(".", text)
    return unicodedata.normalize("NFC", text)


def block_gaps(text: str) -> frozenset:
    """Indexes (in ``to_blocks(text)``) of the blocks that follow one or more blank lines.

    >>> sorted(block_gaps("标题\\n\\n正文。\\n第二段。\\n\\n\\n图片说明"))
    [1, 3]
    """
    gaps, index, blank = set(), 0, False
    for line in text.split("\n"):
        if not line.strip():
            blank = index > 0
            continue
        if blank:
            gaps.add(index)
        index, blank = index + 1, False
    return frozenset(gaps)


def to_blocks(text: str) -> str:
    """One stripped, non-empty line per block.

    >>> to_blocks("  标题 \\n\\n\\n正文。\\n")
    '标题\\n正文。'
    """
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


# --------------------------------------------------------------------------- decoding

_MAGIC = [
    (b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP/Office file"),
    (b"\xd0\xcf\x11\xe0", "an old Office file"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"), (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7z archive"),
]
_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _implausible(text: str) -> bool:
    """Decoded text that is mostly control or private-use characters is not text."""
    if not text:
        return False
    bad = 0
    for ch in text:
        cat = unicodedata.category(ch)
        if (cat == "Cc" and ch not in "\n\r\t\f\v") or cat in ("Co", "Cs", "Cn"):
            bad += 1
    return bad > max(2, len(text) // 100)


def _gb_plausible(text: str) -> bool:
    """GB18030 decodes almost any byte string; real simplified Chinese text uses
    mostly the common characters of GB2312 (other encodings decoded as GB18030
    give many rare ones)."""
    han = [ch for ch in text if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"]
    return len(han) < 20 or _share_in_gb2312(han) >= 0.8


def _try(raw: bytes, encoding: str) -> str | None:
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return None if _implausible(text) else text


def decode_bytes(raw: bytes, name: str = "input") -> tuple[str, str]:
    """Decode a whole file strictly: BOM, then UTF-8, then GB18030, then the declared
    HTML charset, then charset-normalizer. Returns (text, encoding); raises SourceError.

    >>> decode_bytes("开局".encode("gb18030"))
    ('开局', 'gb18030')
    """
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise SourceError(f"{name}: binary file ({what}), not text")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = _try(raw, encoding)
            if text is None:
                raise SourceError(f"{name}: has a {encoding} byte-order mark but does not decode")
            return text.lstrip("\ufeff"), encoding.replace("-sig", "")
    if b"\x00" in raw:
        found = _utf16_without_bom(raw)
        if found:
            return found
        raise SourceError(f"{name}: binary file (contains NUL bytes), not text")
    text = _try(raw, "utf-8")
    if text is not None:
        return text, "utf-8"
    _refuse_damaged_utf8(raw, name)
    text = _try(raw, "gb18030")
    if text is not None and _gb_plausible(text):
        return text, "gb18030"
    found = _utf16_without_bom(raw)
    if found:
        return found
    declared = _META_CHARSET.search(raw[:4096])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        text = _try(raw, encoding)
        if text is not None:
            return text, encoding
    guessed = _guess_with_charset_normalizer(raw)
    if guessed:
        return guessed
    raise SourceError(f"{name}: unknown encoding (not UTF-8, GB18030 or UTF-16 text)")


def _textlike(text: str) -> bool:
    """Mostly Chinese, ASCII, CJK punctuation or whitespace: what a document decodes to."""
    if not text or _implausible(text):
        return False
    good = sum(1 for ch in text if ch < "\x7f" and (ch.isprintable() or ch in "\n\r\t")
               or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’—…·")
    return good >= 0.9 * len(text)


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """(text, encoding) when ``raw`` is UTF-16 without a byte-order mark, else None.

    ASCII characters in UTF-16 put a NUL in every other byte (the high byte: odd offsets in
    little-endian, even ones in big-endian); pure Chinese text has none, and is recognized by
    decoding to Chinese.
    """
    if len(raw) % 2 or len(raw) < 4:
        return None
    odd, even = raw[1::2].count(0), raw[0::2].count(0)
    order = ["utf-16-le", "utf-16-be"] if odd >= even else ["utf-16-be", "utf-16-le"]
    for encoding in order:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or not _textlike(text):
            continue
        if odd + even or (has_chinese(text) and _common_han(text)):
            return text, encoding
    return None


def _common_han(text: str) -> bool:
    """Most Han characters are common ones (in GB2312). Pairs of ASCII letters read as UTF-16
    land in the CJK block too ("Bush hid the facts"), but mostly on rare characters."""
    han = _HAN.findall(text)
    return bool(han) and _share_in_gb2312(han) >= 0.8


def _share_in_gb2312(han: list[str]) -> float:
    """Share of the characters that GB2312 (the common simplified characters) holds.

    >>> _share_in_gb2312(list("中国经济")), _share_in_gb2312(list("中䶮"))
    (1.0, 0.5)
    """
    def common(ch: str) -> bool:
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True

    return sum(map(common, han)) / len(han) if han else 0.0


def _refuse_damaged_utf8(raw: bytes, name: str) -> None:
    """A file that is UTF-8 but for a few bad bytes: SourceError naming the first one's offset.

    Real GB18030 or Latin text read as UTF-8 fails almost everywhere; UTF-8 text with a
    stray byte (a truncated copy, one corrupted byte) decodes but for a few spots.
    """
    try:
        raw.decode("utf-8")
        return
    except UnicodeDecodeError as exc:
        first = exc
    text = raw.decode("utf-8", errors="replace")
    bad = len(re.findall("\ufffd+", text)) - raw.count("\ufffd".encode("utf-8"))  # runs: a cut
    good = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")              # character is one
    if good >= 8 and 0 < bad <= max(3, good // 50):
        spots = f"{bad} bad spots, the first" if bad > 1 else "one bad spot"
        raise SourceError(f"{name}: not valid UTF-8 ({spots} at byte offset {first.start}: "
                          f"0x{raw[first.start]:02x}); the rest of the file is UTF-8, so the file "
                          "is probably damaged")


def _guess_with_charset_normalizer(raw: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional fallback
        return None
    best = from_bytes(raw).best()
    if best is None or best.chaos > 0.2:
        return None
    text = _try(raw, best.encoding)
    if text is None:
        return None
    # Only trust a guess that yields Chinese text: a guessed Latin code page for
    # a Chinese-policy pipeline is almost always a wrong guess.
    letters = [ch for ch in text if ch.isalpha()]
    han = sum(1 for ch in letters if "\u3400" <= ch <= "\u9fff")
    if not letters or han < 0.3 * len(letters) or not _chinese_characters(text):
        return None
    return text, best.encoding


def _chinese_characters(text: str) -> bool:
    """Han characters that Chinese text uses (GB2312 or Big5) and hardly any kana: a guessed
    encoding of a few random bytes gives rare characters and half-width katakana."""
    han = _HAN.findall(text)
    kana = sum(1 for ch in text if "\u3040" <= ch <= "\u30ff" or "\uff66" <= ch <= "\uff9f")
    common = 0
    for ch in han:
        for encoding in ("gb2312", "big5"):
            try:
                ch.encode(encoding)
                common += 1
                break
            except UnicodeEncodeError:
                pass
    return bool(han) and common >= 0.8 * len(han) and kana <= 0.1 * len(han)


# --------------------------------------------------------------------------- reading

def prepare_text(text: str, suffix: str = "") -> str:
    """Text given in memory (plain or HTML) -> normalized text, one block per line.

    The same steps as ``read_source`` after decoding, for ``parse_text`` callers.

    >>> prepare_text("<p>标题</p><p>增长５％。</p>")
    '标题\\n增长5%。'
    """
    return prepare_text_and_gaps(text, suffix)[0]


def prepare_text_and_gaps(text: str, suffix: str = "") -> tuple[str, frozenset]:
    """``prepare_text`` and the ``block_gaps`` of its blocks (none for HTML), normalizing once.

    >>> prepare_text_and_gaps("标题\\n\\n正文。")
    ('标题\\n正文。', frozenset({1}))
    """
    if looks_like_html(text, suffix):
        return to_blocks(normalize_text(html_to_text(text))), frozenset()
    normalized = normalize_text(text)
    return to_blocks(normalized), block_gaps(normalized)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_csv_rows(path: str | Path, required: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """The rows of a CSV file with a header (a metadata table such as ``sources.csv``).

    Decoded like the documents (UTF-8 with or without BOM, GB18030/GBK as Excel saves it
    on Chinese Windows, UTF-16). Header names and values are stripped; missing values are
    "". SourceError (one line, naming the file and line) for an undecodable file, a missing
    ``required`` column or malformed CSV. An empty file has no rows.
    """
    path = Path(path)
    raw = _read_bytes(path)
    if not raw.strip():
        return []
    text, _ = decode_bytes(raw, str(path))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader, [])]
        missing = [c for c in required if c not in header]
        if missing:
            shown = ",".join(header)[:60]
            raise SourceError(f"{path}: no {', '.join(missing)} column in the header line ({shown!r}); "
                              f"expected a CSV with a header such as {','.join(required)},title,date,...")
        rows = []
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
                raise SourceError(f"{path}: line {reader.line_num}: {len(values)} fields, but the header "
                                  f"has {len(header)}")
            rows.append({h: (values[i].strip() if i < len(values) else "") for i, h in enumerate(header) if h})
    except csv.Error as exc:
        raise SourceError(f"{path}: line {reader.line_num}: malformed CSV ({exc})") from None
    return rows


def read_source(path: str | Path) -> Source:
    """Read one document file into normalized text, one block per line.

    Raises SourceError (one line, naming the file) for a missing path, a
    directory, an empty file, a binary file, undecodable bytes, or text without
    a single Chinese character (parsing it would give junk rows).
    """
    path = Path(path)
    raw = _read_bytes(path)
    if not raw.strip():
        raise SourceError(f"{path}: file is empty")
    text, encoding = decode_bytes(raw, str(path))
    text, gaps = prepare_text_and_gaps(text, path.suffix)
    if not text:
        raise SourceError(f"{path}: no text found")
    if not has_chinese(text):
        raise SourceError(f"{path}: no Chinese text found ({encoding}); policydata reads Chinese documents")
    return Source(path, hashlib.sha256(raw).hexdigest(), encoding, text, gaps)
