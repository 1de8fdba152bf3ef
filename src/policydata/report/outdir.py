"""The report's output folder: new, empty, or one an earlier report wrote -- never anyone else's.

A report folder holds a manifest (:data:`MANIFEST`) naming the files the report wrote. Writing
again replaces those files and nothing else; a folder that has other files and no manifest is
refused, so ``policydata report --out ~/Documents`` cannot clobber anything.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "r"
>>> write_files(out, {"index.html": b"<p>hi</p>"})
['index.html']
>>> sorted(p.name for p in out.iterdir())
['.policydata-report.json', 'index.html']
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

#: Names the files a report wrote; its presence marks the folder as a report's.
MANIFEST = ".policydata-report.json"
WRITER = "policydata report"


class OutputFolderError(FileExistsError):
    """The output folder holds files the report did not write; nothing was written."""


def files_written_before(out: Path) -> list[str] | None:
    """Files listed in ``out``'s manifest; None when the folder has no (readable) manifest."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("written_by") != WRITER:
        return None
    return [str(f) for f in manifest.get("files", []) if isinstance(f, str) and "/" not in f]


def check_output_folder(out: Path, names: list[str]) -> list[str]:
    """Raise :class:`OutputFolderError` unless the report may write ``names`` into ``out``.

    Returns the files an earlier report wrote there (empty for a new or empty folder).
    """
    if out.exists() and not out.is_dir():
        raise OutputFolderError(f"{out}: exists and is not a folder")
    if not out.exists() or not any(out.iterdir()):
        return []
    previous = files_written_before(out)
    if previous is None:
        raise OutputFolderError(f"{out}: the folder is not empty and was not written by "
                                "policydata report; choose a new or empty folder")
    clashes = [n for n in names if n not in previous and (out / n).exists()]
    if clashes:
        raise OutputFolderError(f"{out}: {clashes[0]} exists and was not written by policydata report")
    return previous


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_files(out: Path, files: dict[str, bytes]) -> list[str]:
    """Write ``files`` (name -> bytes, flat names) into ``out`` after the folder check.

    Each file is replaced atomically; files an earlier report wrote that are no longer part of
    the report are removed; the manifest is written last. Returns the names written.
    """
    out = Path(out)
    names = sorted(files)
    previous = check_output_folder(out, names)
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        _write_atomic(out / name, files[name])
    for stale in set(previous) - set(names) - {MANIFEST}:
        (out / stale).unlink(missing_ok=True)
    manifest = {"written_by": WRITER, "files": names}
    _write_atomic(out / MANIFEST, (json.dumps(manifest, indent=2) + "\n").encode("utf-8"))
    return names
