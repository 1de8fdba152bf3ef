"""A folder of JSON entries by key, written atomically; a damaged entry reads as missing.

The cache of parsed rows (:func:`policydata.pipeline.parse_files`) keeps one entry per
document here. Entries are written through :func:`~policydata.storage.atomic.write_atomic`,
so a reader sees a whole entry or none; one that cannot be read (a disk error, an edit by
hand, a half-copied cache) is treated as absent and written again by the next run.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
from pathlib import Path

from .atomic import write_atomic

#: Where policydata caches: downloaded releases and parsed rows. Default: the user cache folder.
CACHE_ENV = "POLICYDATA_CACHE"


def cache_root() -> Path:
    """Cache folder: ``$POLICYDATA_CACHE``, else the user cache folder for policydata."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("policydata"))


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks (a package's documents file can be large)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fingerprint_folder(folder: Path, skip: frozenset[str] = frozenset()) -> str:
    """sha256 over the relative paths and bytes of every file under ``folder``, in path order.

    Folders and files named in ``skip`` (and ``__pycache__``) are left out.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.py").write_text("x = 1")
    >>> before = fingerprint_folder(d); _ = (d / "a.py").write_text("x = 2")
    >>> before != fingerprint_folder(d)
    True
    """
    digest = hashlib.sha256()
    skip = skip | {"__pycache__"}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_dir() or skip & set(relative.parts) or path.suffix == ".pyc":
            continue
        digest.update(relative.as_posix().encode("utf-8") + b"\0")
        digest.update(bytes.fromhex(sha256_file(path)))
    return digest.hexdigest()


class EntryCache:
    """JSON entries in ``folder``, one file per key (``<key[:2]>/<key>.json``).

    >>> import tempfile, pathlib
    >>> cache = EntryCache(pathlib.Path(tempfile.mkdtemp()) / "rows")
    >>> cache.get("ab12"), cache.put("ab12", {"rows": [1.5, None]}), cache.get("ab12")
    (None, True, {'rows': [1.5, None]})
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def __contains__(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> dict | None:
        """The entry of ``key``, or None when there is none or it cannot be read."""
        try:
            value = json.loads(self._path(key).read_bytes())
        except (OSError, ValueError):  # missing, unreadable, or not JSON (UnicodeDecodeError too)
            return None
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict) -> bool:
        """Write the entry of ``key`` (replacing any), atomically; False when it could not be.

        Another process may prune this folder while we write (a different parser version's
        run, or :meth:`keep_latest` removing an emptied shard): the folder is made again and
        the write tried once more; if it vanishes again the entry is simply not cached. A
        cache must never make the work it caches fail.
        """
        path = self._path(key)
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        for _ in range(2):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(path, data)
                return True
            except FileNotFoundError:
                continue
        return False

    def keep_latest(self, keep: int) -> list[Path]:
        """Remove all but the ``keep`` most recently written entries; the files removed.

        For caches whose keys never repeat once their input changed (a package's validation
        report is keyed by its bytes): without this they grow with every build. Only files named
        like this cache's entries are touched.

        >>> import tempfile, pathlib, os
        >>> cache = EntryCache(pathlib.Path(tempfile.mkdtemp()))
        >>> for n, key in enumerate(["aa" + "0" * 62, "ab" + "0" * 62, "ba" + "0" * 62]):
        ...     _ = cache.put(key, {"n": n}); os.utime(cache._path(key), (n, n))
        >>> [p.name[:2] for p in cache.keep_latest(1)]
        ['aa', 'ab']
        >>> [cache.get(k) for k in ("aa" + "0" * 62, "ba" + "0" * 62)]
        [None, {'n': 2}]
        """
        if not self.folder.is_dir():
            return []
        try:
            entries, _ = _entries_in(self.folder)
        except FileNotFoundError:  # removed meanwhile by another process
            return []
        entries.sort(key=lambda p: (_mtime(p), p.name), reverse=True)
        removed = entries[keep:]
        for entry in removed:
            entry.unlink(missing_ok=True)  # another process may have removed it first
        for shard in {entry.parent for entry in removed}:
            try:
                shard.rmdir()
            except OSError:  # not empty (kept entries, or one written meanwhile) or gone
                pass
        return sorted(removed)


#: How an entry file written by :class:`EntryCache` is named: ``<2 hex>/<64 hex>.json``.
_ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.json")
#: How a parser-version folder is named: the first 16 hex digits of the version hash.
VERSION_NAME = re.compile(r"[0-9a-f]{16}")


def _entries_in(folder: Path) -> tuple[list[Path], bool]:
    """The entry files under a cache folder (``<2 hex>/<64 hex>.json``), and whether anything
    else is there too."""
    entries, foreign = [], False
    for shard in folder.iterdir():
        if not (shard.is_dir() and re.fullmatch(r"[0-9a-f]{2}", shard.name)):
            foreign = True
            continue
        for entry in shard.iterdir():
            if entry.is_file() and _ENTRY_NAME.fullmatch(entry.name) and entry.name[:2] == shard.name:
                entries.append(entry)
            else:
                foreign = True
    return entries, foreign


def _only_entries(folder: Path) -> list[Path] | None:
    """The entry files under a version folder, or None when it holds anything else (then it
    is not, or no longer only, this cache's: left alone)."""
    entries, foreign = _entries_in(folder)
    return None if foreign else entries


#: A version folder used this recently (seconds) may belong to a run still going on in another
#: process (two installs, two checkouts): it is never pruned.
IN_USE_SECONDS = 3600


def prune_versions(root: Path, current: str, keep: int = 2, in_use: float = IN_USE_SECONDS) -> list[Path]:
    """Remove the entries of parser versions other than ``current`` under ``root``, sparing the
    ``keep`` most recently used ones (switching between two installed versions keeps both
    caches warm) and any used in the last ``in_use`` seconds; the version folders removed.

    Entries of an old parser are never read again (the version is part of every key), so
    without this the cache grows with every upgrade. Only folders named like a version and
    holding nothing but entry files are removed: anything else found there is left alone.

    >>> import tempfile, pathlib, os
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> for n, version in enumerate(["a" * 16, "b" * 16, "c" * 16, "d" * 16]):
    ...     _ = EntryCache(root / version).put("ab" + "0" * 62, {"n": n})
    ...     os.utime(root / version, (n, n))
    >>> (root / "notes").mkdir(); _ = (root / "notes" / "x.txt").write_text("mine")
    >>> sorted(p.name for p in prune_versions(root, "d" * 16, keep=1))
    ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']
    >>> sorted(p.name for p in root.iterdir())
    ['cccccccccccccccc', 'dddddddddddddddd', 'notes']
    >>> EntryCache(root / ("e" * 16)).put("ab" + "0" * 62, {"n": 4})  # a run going on elsewhere
    True
    >>> [p.name for p in prune_versions(root, "d" * 16, keep=0)]  # e used just now: spared
    ['cccccccccccccccc']
    """
    if not root.is_dir():
        return []
    if (root / current).is_dir():
        os.utime(root / current)  # mark as used now: the most recent of all
    others = [p for p in root.iterdir() if p.is_dir() and p.name != current and VERSION_NAME.fullmatch(p.name)]
    others.sort(key=_mtime, reverse=True)
    removed = []
    recent = time.time() - in_use
    for folder in others[keep:]:
        if _mtime(folder) > recent:
            continue
        if _remove_version(folder):
            removed.append(folder)
    return removed


def _mtime(path: Path) -> float:
    """When ``path`` was last modified; 0 when it is gone (another run pruned it meanwhile)."""
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0


def _remove_version(folder: Path) -> bool:
    """Remove a version folder that holds only entry files; False when it holds anything else
    or another process got there first or wrote into it meanwhile (what is left stays).

    Two runs of different parser versions may prune the same old folder at the same time: a
    cache must never make the work it caches fail, so a race is a folder left for next time.
    """
    try:
        entries = _only_entries(folder)
        if entries is None:
            return False
        for entry in entries:
            entry.unlink(missing_ok=True)
        for shard in folder.iterdir():
            shard.rmdir()
        folder.rmdir()
    except OSError:  # gone already, or a shard not empty because an entry was written meanwhile
        return False
    return True
