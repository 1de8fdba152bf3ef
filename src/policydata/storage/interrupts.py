"""Ctrl-C and SIGTERM for the command line: one line on stderr, exit 128 + signal number.

Python's own reaction to Ctrl-C is a KeyboardInterrupt traceback, and to SIGTERM an
immediate death without cleanup. The command line installs :func:`handlers` instead:

* the first SIGINT or SIGTERM raises :class:`Interrupted` (a KeyboardInterrupt), so that
  ``finally`` blocks still remove temporary folders; the command line turns it into
  ``policydata: interrupted`` (or ``terminated``) and exit code 130 (143);
* a second signal while the first is being handled exits at once with the same code;
* whatever a library does with the exception (some swallow KeyboardInterrupt), the exit code
  of a run that received a signal is never 0 (:func:`exit_code`); once the command reports
  its outcome (:func:`disarm`), a signal is only recorded, and after the command a signal
  ends the process at once -- never a traceback.

:func:`deferred` holds signals back for a few lines that must not stop half-way (the renames
that switch a published package); they take effect right after.

A SIGINT that the parent asked to ignore (a background job ``cmd &`` of a script) is handled
all the same once the handlers are installed: a command asked to stop stops, cleanly.

The handlers are installed when ``policydata.cli.main`` starts. A signal that arrives before
that -- while the Python interpreter itself starts, a few milliseconds -- gets Python's
default behaviour: it exits non-zero, or -- if the parent made the process ignore SIGINT --
the operating system discards the signal and the command simply runs on.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

#: The signals handled: Ctrl-C and the polite "please stop" of kill, systemd, docker.
SIGNALS = (signal.SIGINT, signal.SIGTERM)
_MESSAGES = {signal.SIGINT: "interrupted", signal.SIGTERM: "terminated"}


class Interrupted(KeyboardInterrupt):
    """Raised by the handlers; ``signum`` is the signal received."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


#: The first signal received since :func:`handlers` was entered (0: none).
_received = 0
#: Whether a signal raises Interrupted now; off once the command's outcome is being reported.
_armed = False
#: Whether the line for the received signal has been printed.
_reported = False
#: The process that installed the handlers. A worker forked from it (``--jobs``) inherits them
#: until its pool initializer ignores Ctrl-C; a Ctrl-C in between (it reaches the whole process
#: group) must not raise in the worker -- that printed an "Exception ignored" traceback from
#: the fork hooks -- the command's own process handles it.
_owner = 0


def _on_signal(signum: int, frame) -> None:
    global _received
    if signum == signal.SIGINT and os.getpid() != _owner:
        return
    if _received and _armed:  # a second Ctrl-C while the first is handled: stop now, quietly
        _exit_now(signum)
    _received = _received or signum
    if _armed:
        raise Interrupted(signum)


def _exit_now(signum: int, frame=None) -> None:
    """Print the one line (unless printed) and end the process at once: nothing can hang it."""
    if not _reported:
        _write_line(message(signum))
    os._exit(128 + signum)


def _write_line(text: str) -> None:
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # stderr closed or a broken pipe: the exit code still says it
        pass


def message(signum: int) -> str:
    """The line printed for ``signum``: ``policydata: interrupted`` for Ctrl-C."""
    return f"policydata: {_MESSAGES.get(signum, f'stopped by signal {signum}')}"


def disarm() -> None:
    """From now on a signal is only recorded (the command is reporting its outcome)."""
    global _armed
    _armed = False


def note(exc: KeyboardInterrupt) -> None:
    """Record an interrupt that arrived as an exception (also Python's own KeyboardInterrupt)."""
    global _received
    if not _received:
        _received = getattr(exc, "signum", 0) or signal.SIGINT


def exit_code(code: int) -> int:
    """The process exit code: 128 + signal once a signal arrived (its line printed), else ``code``.

    So a run that received a signal never exits 0, even if a library swallowed the
    KeyboardInterrupt.
    """
    global _reported
    if not _received:
        return code
    if not _reported:
        _write_line(message(_received))
        _reported = True
    return 128 + _received


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def handlers(keep_after: bool = False) -> Iterator[None]:
    """Handle SIGINT and SIGTERM as described above while the block runs.

    Afterwards the previous handlers come back, unless ``keep_after``: then a signal arriving
    after the block (while the process exits) ends the process at once with 128 + signal,
    never with a traceback or exit code 0. Outside the main thread this does nothing (Python
    only lets the main thread set handlers).
    """
    global _received, _armed, _reported, _owner
    if not _in_main_thread():
        yield
        return
    _received, _armed, _reported, _owner = 0, True, False, os.getpid()
    previous = {s: signal.signal(s, _on_signal) for s in SIGNALS}
    try:
        yield
    finally:
        _armed = False
        for s in SIGNALS:
            if keep_after:
                signal.signal(s, _exit_now)
            elif previous[s] is not None:
                signal.signal(s, previous[s])


@contextmanager
def deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block has run, then deliver them.

    For short steps that must complete once started (renames switching a package). A
    SIGKILL cannot be held; the switch journal covers that case.
    """
    if not _in_main_thread():
        yield
        return
    pending: list[int] = []
    previous = {s: signal.signal(s, lambda signum, frame: pending.append(signum)) for s in SIGNALS}
    try:
        yield
    finally:
        for s in SIGNALS:
            signal.signal(s, previous[s] if previous[s] is not None else signal.SIG_DFL)
        for s in dict.fromkeys(pending):  # each signal once, in the order received
            signal.raise_signal(s)
