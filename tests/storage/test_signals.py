"""Ctrl-C and SIGTERM: one line on stderr, exit 130 (143), never a traceback, never exit 0.

Before, a Ctrl-C during start-up (the 0.2 s of importing the number parser) printed a
KeyboardInterrupt traceback, and SIGTERM killed the process without cleaning up.

To hit every moment of start-up deterministically, a wrapper runs ``python -m policydata`` with
an audit hook that sends the signal at the k-th module import -- counted from the moment the
command line has installed its handlers (before that, a few milliseconds of the interpreter's
own start-up, Python's default handling applies and no package can change it).

The tests wait on conditions, never on the clock or on how the test run was started: the
handlers count as installed when SIGINT's disposition differs from the one the process started
with (a run in the background of a script starts with SIGINT ignored, not with Python's
default_int_handler), and a build interrupted from outside is signalled once it holds its lock,
with no cache that could let it finish first.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from policydata.storage import interrupts
from policydata.cli import main

from conftest import ROOT

WRAPPER = textwrap.dedent("""
    import os, runpy, signal, sys
    target, signame, log = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    imports = 0
    started_with = signal.getsignal(signal.SIGINT)  # default_int_handler, or SIG_IGN in the background
    def hook(event, args):
        global imports
        if event != "import" or signal.getsignal(signal.SIGINT) == started_with:
            return  # policydata's handlers are not installed yet
        imports += 1
        if log != "-":
            with open(log, "a") as fh:
                fh.write(str(args[0]) + "\\n")
        if imports == target:
            os.kill(os.getpid(), getattr(signal, signame))
    sys.addaudithook(hook)
    sys.argv = ["policydata", *sys.argv[4:]]
    runpy.run_module("policydata", run_name="__main__", alter_sys=True)
""")


def run_wrapped(target: int, signame: str, *args, log: str = "-", cwd=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-c", WRAPPER, str(target), signame, log, *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=300, cwd=cwd)


def assert_stopped_cleanly(result, signame: str) -> None:
    word = "interrupted" if signame == "SIGINT" else "terminated"
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 128 + getattr(signal, signame), (result.returncode, result.stderr)
    assert result.stderr.strip().splitlines()[-1] == f"policydata: {word}", result.stderr


@pytest.fixture(scope="module")
def tiny_repo(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("repo")
    (root / "seeds").mkdir()
    (root / "seeds" / "a.txt").write_text("全年粮食产量1.39万亿斤。到2030年，农机总动力达到11亿千瓦左右。\n",
                                          encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def build_imports(tiny_repo, tmp_path_factory) -> list[str]:
    """The modules a ``policydata build`` imports after its handlers are installed (a dry run).

    Counted without the cache (a cached rebuild neither parses nor validates, and imports
    less) and on a second dry run: the first one publishes the package, so it may import
    modules the runs under test never reach.
    """
    for attempt in ("first", "second"):
        log = tmp_path_factory.mktemp(f"log-{attempt}") / "imports.txt"
        result = run_wrapped(0, "SIGINT", "build", "--no-cache", "--root", tiny_repo, log=str(log))
        assert result.returncode == 0, result.stderr
    names = log.read_text().splitlines()
    assert "pandas" in names and "frictionless" in names  # start-up is all in there
    return names


def spread(count: int, among: int) -> list[int]:
    """``count`` import numbers spread over 1..among, the first few always included."""
    picks = {1, 2, 3} | {1 + round(i * (among - 1) / (count - 1)) for i in range(count)}
    return sorted(p for p in picks if p <= among)


def test_ctrl_c_at_any_import_of_start_up_is_one_line_and_130(tiny_repo, build_imports):
    for k in spread(6, len(build_imports)):
        result = run_wrapped(k, "SIGINT", "build", "--no-cache", "--root", tiny_repo)
        assert_stopped_cleanly(result, "SIGINT")
    assert not list(tiny_repo.glob(".policydata-*"))


def test_sigterm_during_start_up_is_one_line_and_143(tiny_repo, build_imports):
    for k in spread(2, len(build_imports)):
        result = run_wrapped(k, "SIGTERM", "build", "--no-cache", "--root", tiny_repo)
        assert_stopped_cleanly(result, "SIGTERM")


def wait_until_locked(folder: Path, proc: subprocess.Popen, timeout: float = 300) -> None:
    """Return once another process holds the lock policydata writers take on ``folder``; fail at
    once if ``proc`` ended before taking it."""
    import fcntl

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the build ended ({proc.returncode}) before it locked {folder}"
        fd = os.open(folder, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return
        finally:
            os.close(fd)
        time.sleep(0.05)
    raise AssertionError(f"nobody locked {folder}")


def test_ctrl_c_from_outside_while_parsing(tmp_path):
    """A real Ctrl-C from another process, while the build works, as a user gives it."""
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "a.txt").write_text("全年粮食产量1.39万亿斤。\n" * 60000, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    # no cache: parsed rows cached by an earlier run (POLICYDATA_CACHE set outside the tests) would
    # let the build finish before the signal arrives; parsing takes it tens of seconds
    proc = subprocess.Popen([sys.executable, "-m", "policydata", "build", "--no-cache", "--root", str(root)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_until_locked(root, proc)  # the build is at work: past start-up, parsing under its lock
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=300)
    result = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    assert_stopped_cleanly(result, "SIGINT")
    assert not (root / "datapackage.json").exists()


def test_an_interrupt_a_library_swallowed_still_exits_130(monkeypatch, capsys):
    """Some code catches KeyboardInterrupt and carries on; the run must still not exit 0."""
    def swallowing_command(args):
        try:
            os.kill(os.getpid(), signal.SIGINT)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:  # until the handler raises (at once, or at worst soon)
                time.sleep(0.01)
        except KeyboardInterrupt:
            pass
        return 0

    before = {signum: signal.getsignal(signum) for signum in interrupts.SIGNALS}
    monkeypatch.setattr("policydata.cli.cmd_validate", swallowing_command)
    assert main(["validate"]) == 130
    assert capsys.readouterr().err.strip() == "policydata: interrupted"
    # handlers given back: as they were (default_int_handler, or SIG_IGN in a background run)
    assert {signum: signal.getsignal(signum) for signum in interrupts.SIGNALS} == before


def test_signals_are_held_back_during_a_deferred_block():
    seen = []
    with interrupts.handlers():
        try:
            with interrupts.deferred():
                os.kill(os.getpid(), signal.SIGINT)
                seen.append("block finished")
        except KeyboardInterrupt as exc:
            seen.append(f"then interrupted ({exc.signum})")
    assert seen == ["block finished", f"then interrupted ({int(signal.SIGINT)})"]


def test_a_forked_worker_leaves_ctrl_c_to_the_command():
    """Ctrl-C reaches the whole process group; a worker just forked, before its pool initializer
    ignores SIGINT, still has the command's handlers: it must not raise there (that printed an
    "Exception ignored ... Interrupted" traceback from the fork hooks of a --jobs run)."""
    with interrupts.handlers():
        pid = os.fork()
        if pid == 0:  # the worker: a Ctrl-C now is the parent's to handle
            try:
                signal.raise_signal(signal.SIGINT)
                code = 0
            except BaseException:
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
