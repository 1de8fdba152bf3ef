"""Replace the files a folder publishes with a new generation, so that a crash never leaves a mix.

Used by ``policydata build`` (``build/``, ``schemas/``, ``datapackage.json`` and the wheel copy
``src/policydata/data/``), ``policydata parse --out`` and ``policydata download --dest``.

How a switch works (:func:`publish`):

1. The new generation is written completely into a scratch folder inside the target folder,
   ``<folder>/.policydata-<purpose>-XXXX/new/<part>`` (same file system, so renames are atomic),
   validated, and flushed to disk.
2. A journal, ``<folder>/.policydata-switch.json``, is written atomically (temporary file, fsync,
   rename). It names the scratch folder, the parts to move in and the old parts to take away.
3. Each part is switched with two renames: the old one into ``<scratch>/old/<part>``, the new one
   from ``<scratch>/new/<part>`` into place. Nothing old is deleted yet.
4. The journal is removed -- the switch is complete -- and then the scratch folder.

So at every instant either there is no journal and the folder holds one complete generation
(the old one before step 2, the new one after step 4), or there is a journal and the new
generation is complete, each part in place or still in ``<scratch>/new``. :func:`recover`
then finishes the switch ("rolls forward"); every policydata command calls it before anything
else. Each step of the roll-forward can be repeated, so a crash during recovery is recovered
the same way. SIGINT and SIGTERM are held back during step 3 (:func:`interrupts.deferred`), so
only a hard kill (SIGKILL, power loss) ever leaves a journal behind.

One writer at a time: writers hold an exclusive ``flock`` on the folder itself while they work
(:func:`writing`); readers hold a shared one (:func:`reading`). The lock goes away with the
process, however it ends, so a stale lock cannot exist; no lock file is left behind. (Where
``fcntl`` does not exist -- Windows -- there is no locking.)

For tests, ``POLICYDATA_TEST_CRASH=N:SIGNAL`` makes the process send itself SIGNAL at the
N-th :func:`checkpoint` (or at the one named N, e.g. ``new build moved in:SIGKILL``), and ``POLICYDATA_TEST_CHECKPOINTS=FILE`` lists the checkpoints
passed, one per line.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Iterator

from . import interrupts

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

JOURNAL = ".policydata-switch.json"
#: Scratch folders are ``.policydata-<purpose>-<random>``; a stale one (left by a killed
#: process) is removed by the next writer.
SCRATCH_PREFIX = ".policydata-"
CRASH_ENV = "POLICYDATA_TEST_CRASH"
CHECKPOINTS_ENV = "POLICYDATA_TEST_CHECKPOINTS"

log = logging.getLogger("policydata")


class SwitchError(Exception):
    """A switch could not be made or finished; the message is one line."""


# --------------------------------------------------------------------------- test hook

_checkpoints_passed = 0


def checkpoint(name: str) -> None:
    """A point where tests may kill the process (see the module docstring); else nothing."""
    global _checkpoints_passed
    log_file = os.environ.get(CHECKPOINTS_ENV)
    crash = os.environ.get(CRASH_ENV)
    if not (log_file or crash):
        return
    _checkpoints_passed += 1
    if log_file:
        with open(log_file, "a", encoding="utf-8") as fh:
            fh.write(name + "\n")
    if crash:
        where, _, signame = crash.partition(":")
        if where == name or (where.isdigit() and int(where) == _checkpoints_passed):
            os.kill(os.getpid(), getattr(signal, signame or "SIGKILL"))


# --------------------------------------------------------------------------- locking

@contextmanager
def _flock(folder: Path, exclusive: bool) -> Iterator[None]:
    """Hold an flock on ``folder`` (the directory itself); wait, saying so, if it is taken."""
    if fcntl is None:
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("waiting for another policydata command working in %s", folder)
            fcntl.flock(fd, mode)
        yield
    finally:
        os.close(fd)  # releases the lock


@contextmanager
def writing(folder: Path) -> Iterator[None]:
    """Be the only writer in ``folder``: lock it, finish an interrupted switch, clear stale scratch.

    A second writer waits here until the first is done.
    """
    folder = Path(folder)
    with _flock(folder, exclusive=True):
        _roll_forward_if_journal(folder)
        for stale in folder.glob(SCRATCH_PREFIX + "*"):
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale, ignore_errors=True)
        yield


@contextmanager
def reading(folder: Path) -> Iterator[None]:
    """Read ``folder`` while no writer switches it (finishing an interrupted switch first)."""
    folder = Path(folder)
    while True:
        recover(folder)
        with _flock(folder, exclusive=False):
            if not (folder / JOURNAL).exists():  # no writer died between recover() and the lock
                yield
                return


def reading_if_present(folder: Path):
    """:func:`reading` for a folder that exists; nothing to hold for one that does not."""
    from contextlib import nullcontext

    folder = Path(folder)
    return reading(folder) if folder.is_dir() else nullcontext()


def recover(folder: Path) -> bool:
    """Finish a switch in ``folder`` that a killed process left half-done; True if there was one.

    Waits for a writer that is still running (it holds the lock and finishes its own switch).
    """
    folder = Path(folder)
    if not (folder / JOURNAL).exists():
        return False
    with _flock(folder, exclusive=True):
        return _roll_forward_if_journal(folder)


# --------------------------------------------------------------------------- the switch

def new_scratch(folder: Path, purpose: str) -> Path:
    """A fresh scratch folder in ``folder``; write the new generation into ``<scratch>/new``."""
    scratch = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{purpose}-", dir=folder))
    (scratch / "new").mkdir()
    return scratch


def discard(scratch: Path) -> None:
    """Remove a scratch folder after a failure -- unless a journal still needs it."""
    journal = scratch.parent / JOURNAL
    if journal.exists():
        try:
            if _read_journal(scratch.parent)["scratch"] == scratch.name:
                return
        except SwitchError:
            return
    shutil.rmtree(scratch, ignore_errors=True)


def publish(folder: Path, scratch: Path, parts: list[str], remove: list[str] = ()) -> None:
    """Move ``<scratch>/new/<part>`` into ``<folder>/<part>`` for every part, crash-safely.

    ``remove`` names old parts that the new generation no longer has. Call it while holding
    :func:`writing`. Parts are relative POSIX paths (files or folders).
    """
    folder, scratch = Path(folder), Path(scratch)
    for part in [*parts, *remove]:
        _check_part(part)
    _fsync_tree(scratch / "new")
    journal = {"scratch": scratch.name, "parts": list(parts), "remove": list(remove)}
    try:
        with interrupts.deferred():  # SIGINT/SIGTERM wait until the switch is complete
            _write_durably(folder / JOURNAL, json.dumps(journal, indent=2) + "\n")
            checkpoint("journal written")
            _roll_forward(folder, journal)
    except OSError as exc:
        if not (folder / JOURNAL).exists():  # nothing was moved yet
            raise SwitchError(f"{folder}: could not start switching to the new files ({exc.strerror or exc}); "
                              "the published files were left as they were") from None
        raise SwitchError(f"{folder}: switching to the new files failed half-way ({exc.strerror or exc}); "
                          "the next policydata command finishes it") from None


def _roll_forward_if_journal(folder: Path) -> bool:
    if not (folder / JOURNAL).exists():
        return False
    journal = _read_journal(folder)
    log.warning("finishing an interrupted update of %s", folder)
    with interrupts.deferred():
        _roll_forward(folder, journal)
    return True


def _roll_forward(folder: Path, journal: dict) -> None:
    """Steps 3 and 4 of the switch; safe to repeat from any point."""
    scratch = folder / journal["scratch"]
    new, old = scratch / "new", scratch / "old"
    touched = {folder}
    for part in journal["parts"]:
        staged = new / part
        if not _lexists(staged):
            continue  # moved into place before the interruption
        _move(folder / part, old / part)
        checkpoint(f"old {part} moved aside")
        _move(staged, folder / part)
        checkpoint(f"new {part} moved in")
        touched |= {(folder / part).parent, (old / part).parent, staged.parent}
    for part in journal["remove"]:
        _move(folder / part, old / part)
        checkpoint(f"old {part} taken away")
        touched |= {(folder / part).parent, (old / part).parent}
    for directory in touched:
        _fsync_dir(directory)
    os.unlink(folder / JOURNAL)
    _fsync_dir(folder)
    checkpoint("journal removed")
    shutil.rmtree(scratch, ignore_errors=True)
    checkpoint("scratch removed")


def _move(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target`` if ``source`` exists (a file, folder or link)."""
    if not _lexists(source):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_dir() and not target.is_symlink():  # only in <scratch>/old after a repeated step
        shutil.rmtree(target)
    os.replace(source, target)


def _lexists(path: Path) -> bool:
    return os.path.lexists(path)


def _check_part(part: str) -> None:
    """A part must be a plain relative path inside the folder (a journal is trusted only so far)."""
    pure = PurePosixPath(part)
    if not part or pure.is_absolute() or any(p in ("..", ".", "") for p in part.split("/")):
        raise SwitchError(f"not a path inside the folder: {part!r}")


def _read_journal(folder: Path) -> dict:
    path = folder / JOURNAL
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
        scratch = journal["scratch"]
        parts, remove = list(journal["parts"]), list(journal.get("remove", []))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SwitchError(f"{path}: unreadable journal of an interrupted update ({exc}); "
                          "rebuild, or remove it and restore the folder from git") from None
    if not (isinstance(scratch, str) and scratch.startswith(SCRATCH_PREFIX) and "/" not in scratch):
        raise SwitchError(f"{path}: journal names an unexpected scratch folder {scratch!r}")
    for part in [*parts, *remove]:
        _check_part(part)
    return {"scratch": scratch, "parts": parts, "remove": remove}


# --------------------------------------------------------------------------- durability

def _write_durably(path: Path, text: str) -> None:
    """Write ``path`` all at once (temporary file, fsync, rename, fsync of the folder)."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_tree(root: Path) -> None:
    """Flush every file and folder below ``root`` to disk (before the journal makes it live)."""
    for dirpath, _dirnames, filenames in os.walk(root):
        for name in filenames:
            fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(dirpath))


def _fsync_dir(directory: Path) -> None:
    """Make renames in ``directory`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
