"""Output folders: policydata writes only where it cannot harm anybody's files.

``policydata parse --out DIR`` and ``policydata download --dest DIR`` write into DIR only when
it is new, empty, or a folder policydata itself wrote. A folder policydata wrote holds a
marker, ``DIR/.policydata.json``, listing the files it wrote there; only those files are ever
replaced or removed, so anything else in the folder (NOTES.md, analysis/) survives. Refused
outright, with one line and nothing touched: an empty name, the current folder (``.``), the
file-system root, a home folder, the root of a git repository, a folder holding one of the
input files, an existing file, and any other non-empty folder.

>>> check_output_folder("")
Traceback (most recent call last):
...
policydata.storage.outdir.OutputFolderError: --out is empty; name a new folder for the package
"""
from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator

from . import switch
from .._version import __version__

#: The marker policydata leaves in a folder it wrote: which files are its own.
MARKER = ".policydata.json"


class OutputFolderError(Exception):
    """policydata may not write into this folder; the message is one line."""


# --------------------------------------------------------------------------- checking

def check_output_folder(out: str | os.PathLike | None, inputs: Iterable[Path] = (),
                        option: str = "--out") -> Path:
    """``out`` as a Path if policydata may write a package there; OutputFolderError otherwise.

    Touches nothing. ``inputs`` are the files being read (a folder holding one is refused);
    ``option`` names the option in messages (``--out``, ``--dest``).
    """
    text = os.fspath(out) if out is not None else ""
    if not text.strip():
        raise OutputFolderError(f"{option} is empty; name a new folder for the package")
    folder = Path(text).expanduser()
    if os.path.lexists(folder) and not folder.is_dir():
        raise OutputFolderError(f"{folder}: is a file, not a folder; {option} names the folder for the package")
    reason = _special_place(folder.resolve(), [Path(f) for f in inputs])
    if reason:
        raise OutputFolderError(f"{folder}: {reason}; name a new folder of its own with {option}")
    if folder.is_dir():
        owned_files(folder)  # refuses a folder that is neither empty nor policydata's
    else:
        _check_creatable(folder)
    return folder


def _special_place(resolved: Path, inputs: list[Path]) -> str:
    """Why ``resolved`` must never receive a package, or "" if there is no such reason."""
    if resolved == Path(resolved.anchor):
        return "is the root of the file system"
    if resolved == Path.cwd().resolve():
        return "is the current folder"
    if resolved in _home_folders() or resolved in Path.home().resolve().parents:
        return "is a home folder"
    if os.path.lexists(resolved / ".git"):
        return "is the root of a git repository"
    for source in inputs:
        source_resolved = source.resolve()
        if resolved == source_resolved:
            return f"is the input {source}"
        if resolved in source_resolved.parents:
            return f"holds the input {source}"
    return ""


def _home_folders() -> set[Path]:
    """The current user's home folder and, where the system lists them, every user's."""
    homes = {Path.home().resolve()}
    try:
        import pwd

        homes |= {Path(entry.pw_dir).resolve() for entry in pwd.getpwall() if entry.pw_dir}
    except (ImportError, OSError):
        pass
    return homes


def _check_creatable(folder: Path) -> None:
    """Refuse a folder that cannot be made: a file on its path, or a parent we may not write."""
    parent = folder.absolute().parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise OutputFolderError(f"{folder}: cannot create the folder, {parent} is a file")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputFolderError(f"{folder}: cannot create the folder, {parent} is not writable")


def owned_files(folder: Path) -> list[str]:
    """The files policydata wrote in ``folder`` (from its marker); [] when the folder is empty.

    Raises OutputFolderError for a folder that holds other things and no marker.
    """
    marker = folder / MARKER
    if not marker.exists():
        others = [e.name for e in folder.iterdir() if not _is_bookkeeping(e)]
        if others:
            raise OutputFolderError(f"{folder}: folder is not empty and was not written by policydata "
                                    f"(no {MARKER}); choose a new or empty folder")
        return []
    try:
        files = json.loads(marker.read_text(encoding="utf-8"))["files"]
        if not all(isinstance(f, str) and _is_plain_relative(f) for f in files):
            raise ValueError("unexpected file names")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise OutputFolderError(f"{marker}: unreadable marker ({exc}); choose a new or empty folder") from None
    return list(files)


def _is_bookkeeping(entry: Path) -> bool:
    """The marker, the switch journal and scratch folders: policydata's own, not package files."""
    return entry.name in (MARKER, switch.JOURNAL) or entry.name.startswith(switch.SCRATCH_PREFIX)


def _is_plain_relative(name: str) -> bool:
    return bool(name) and not PurePosixPath(name).is_absolute() and \
        all(p not in ("", ".", "..") for p in name.split("/"))


# --------------------------------------------------------------------------- writing

@contextmanager
def package_folder(out: str | os.PathLike, inputs: Iterable[Path] = (), option: str = "--out",
                   purpose: str = "write") -> Iterator[Path]:
    """Write a package into ``out``: the block fills the (empty) folder it is given.

    When the block ends without an error, the files it wrote replace the package files in
    ``out`` in one crash-safe switch (:mod:`policydata.storage.switch`), and the marker lists them.
    Files that policydata did not write are never replaced or removed; on any error ``out``
    is left as it was (a folder this call created is removed again).
    """
    folder = check_output_folder(out, inputs, option)
    created = _make_folders(folder)
    try:
        with switch.writing(folder):
            old_files = owned_files(folder)  # again, now that no other writer can change it
            scratch = switch.new_scratch(folder, purpose)
            try:
                yield scratch / "new"
                new_files = _files_below(scratch / "new")
                _refuse_foreign_overwrites(folder, new_files, old_files)
                _write_marker(scratch / "new" / MARKER, new_files)
                switch.publish(folder, scratch, parts=[*new_files, MARKER],
                               remove=sorted(set(old_files) - set(new_files)))
            finally:
                switch.discard(scratch)
    except BaseException:
        for path in reversed(created):
            try:
                path.rmdir()  # only if still empty
            except OSError:
                pass
        raise


def _make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` and missing parents; returns the folders created, outermost first."""
    missing = []
    path = folder.absolute()
    while not path.exists():
        missing.append(path)
        path = path.parent
    missing.reverse()
    for path in missing:
        try:
            path.mkdir()
        except OSError as exc:
            raise OutputFolderError(f"{folder}: cannot create the folder in {path.parent} ({exc.strerror})") from None
    return missing


def _files_below(root: Path) -> list[str]:
    """Relative POSIX paths of every file below ``root``, sorted."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if not p.is_dir())


def _refuse_foreign_overwrites(folder: Path, new_files: list[str], old_files: list[str]) -> None:
    """Refuse when a new file would replace (or need to go where is) something not policydata's."""
    owned = set(old_files)
    for rel in new_files:
        target = folder / rel
        if os.path.lexists(target) and rel not in owned:
            raise OutputFolderError(f"{target}: exists and was not written by policydata; nothing was changed")
        for parent in target.parents:
            if parent == folder:
                break
            if os.path.lexists(parent) and not parent.is_dir():
                raise OutputFolderError(f"{parent}: is a file where the package needs a folder; nothing was changed")


def _write_marker(path: Path, files: list[str]) -> None:
    text = json.dumps({"written_by": "policydata", "version": __version__, "files": files},
                      indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
