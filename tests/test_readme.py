"""The README's examples run as written on a fresh clone.

Every ```python block of README.md is executed, in order and in one namespace, in a folder
holding what a clone holds at its top (datapackage.json, build/, schemas/), with no network
(the release URL points to a closed port) and an empty cache. Every command line in the
README's tables names a real subcommand and real options.
"""
from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from policydata.cli import make_parser

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def code_blocks(language: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    return re.findall(rf"^```{language}[ \t]*\n(.*?)^```", text, re.S | re.M)


@pytest.fixture
def clone_top(tmp_path, monkeypatch):
    """A folder like the top of a fresh clone, as the working directory; offline."""
    top = tmp_path / "clone"
    top.mkdir()
    if not (ROOT / "datapackage.json").is_file():
        pytest.skip("no published package in the repository (run policydata build)")
    shutil.copy2(ROOT / "datapackage.json", top / "datapackage.json")
    for part in ("build", "schemas"):
        shutil.copytree(ROOT / part, top / part)
    monkeypatch.chdir(top)
    monkeypatch.setenv("POLICYDATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("POLICYDATA_BASE_URL", "http://127.0.0.1:9")  # no release server: no network
    return top


def test_the_readme_has_python_examples():
    blocks = code_blocks("python")
    assert len(blocks) >= 2
    assert any("policydata.load(" in b for b in blocks) and any("get_resource(" in b for b in blocks)


def test_every_python_example_of_the_readme_runs_as_written(clone_top, tmp_path):
    namespace: dict = {"__name__": "__readme__"}
    for number, block in enumerate(code_blocks("python"), 1):
        exec(compile(block, f"README.md python block {number}", "exec"), namespace)
    # what the comments promise
    assert (clone_top / "report.txt").is_file()
    assert sorted(namespace["tables"]) == ["documents", "measures", "regions", "statistics", "targets"]
    targets = namespace["mine"]["targets"]
    assert len(targets) >= 1 and 2026 in targets["target_year"].tolist()
    assert namespace["same"].equals(namespace["stats"])
    names = [r.name for r in namespace["package"].resources]
    assert {"statistics-csv", "statistics-parquet", "documents-csv"} <= set(names)
    assert not (tmp_path / "cache").exists()  # nothing was downloaded


def test_the_readme_quantity_example_says_what_find_quantities_gives():
    import policydata

    (q,) = policydata.find_quantities("专精特新中小企业超12万家")
    assert (q.value, q.unit, q.qualifier) == (120000.0, "家", "more_than")


def readme_command_lines() -> list[str]:
    text = README.read_text(encoding="utf-8")
    return re.findall(r"^\| `(policydata [^`]*)`", text, re.M)


def test_every_command_in_the_readme_tables_exists():
    parser = make_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command").choices
    lines = readme_command_lines()
    assert len(lines) >= 5
    for line in lines:
        words = line.split()
        verb = words[1]
        if verb.startswith("--"):
            assert verb in parser._option_string_actions, line
            continue
        assert verb in subparsers, f"README names an unknown command: {line}"
        known = subparsers[verb]._option_string_actions
        for flag in re.findall(r"--[a-z][a-z-]*", line):
            assert flag in known, f"README names an unknown option {flag} of {verb}: {line}"


def readme_sql_examples() -> list[tuple[str, list[str], str]]:
    """(command as printed, its arguments, its printed output) of each ``$ policydata sql`` in
    the README's console blocks: the command runs on until its quotes close, the output until a
    blank line or the next ``$``."""
    examples = []
    for block in code_blocks("console"):
        lines = block.splitlines()
        i = 0
        while i < len(lines):
            if not lines[i].startswith("$ policydata sql "):
                i += 1
                continue
            command = lines[i][2:]
            while command.count('"') % 2:
                i += 1
                command += "\n" + lines[i]
            i += 1
            output = []
            while i < len(lines) and lines[i].strip() and not lines[i].startswith("$ "):
                output.append(lines[i].rstrip())
                i += 1
            examples.append((command, shlex.split(command)[1:], "\n".join(output)))
    return examples


def test_every_option_of_every_command_is_in_the_readme_tables():
    """The other way round: what ``--help`` offers, the README's command table shows."""
    parser = make_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command").choices
    lines = readme_command_lines()
    for verb, sub in subparsers.items():
        shown = set(re.findall(r"--[a-z][a-z-]*", " ".join(ln for ln in lines if ln.split()[1] == verb)))
        offered = {o for o in sub._option_string_actions if o.startswith("--") and o != "--help"}
        assert offered <= shown, f"policydata {verb}: README table lacks {sorted(offered - shown)}"


def test_the_readme_sql_examples_print_what_the_readme_shows(clone_top, capsys):
    """The README calls them "their real output" on the committed package: a change of the rows
    that alters one fails here, with the new output to paste into the README."""
    from policydata.cli import main

    examples = readme_sql_examples()
    assert len(examples) >= 3
    stale = []
    for command, args, printed in examples:
        assert main(args) == 0, command
        got = "\n".join(line.rstrip() for line in capsys.readouterr().out.strip("\n").splitlines())
        if got != printed:
            stale.append(f"$ {command}\n{got}")
    assert not stale, "README.md: update the output of\n\n" + "\n\n".join(stale)
