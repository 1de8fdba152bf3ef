"""Build a package into a temporary folder, validate it, then move it into place.

A failed parse or validation leaves the previously published package untouched.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Callable

from ._version import __version__
from .package import PackageInfo, PackageLayout, write_package
from .pipeline import SourceMeta, document_files, metadata_near, parse_files, read_sources_csv
from .reading import SourceError
from .validation import ValidationReport, validate_package

REPO_LAYOUT = PackageLayout(data_dir="build", schema_dir="schemas")
STANDALONE_LAYOUT = PackageLayout(data_dir="", schema_dir="schemas")
#: Where the wheel's copy of the published package lives, relative to the repository.
WHEEL_DATA = Path("src/policydata/data")


class BuildError(Exception):
    """The build failed; the message is one line (and the report, if any, says more)."""

    def __init__(self, message: str, report: ValidationReport | None = None):
        super().__init__(message)
        self.report = report


class _WarningCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def collected_warnings():
    """The warnings the stages log (logger ``policydata``) while the block runs."""
    collector = _WarningCollector()
    logger = logging.getLogger("policydata")
    logger.addHandler(collector)
    try:
        yield collector.messages
    finally:
        logger.removeHandler(collector)


def _sources(metadata: dict[str, SourceMeta], files: list[Path]) -> list[dict]:
    out = []
    for f in files:
        m = metadata.get(f.name)
        entry = {"title": (m.title if m and m.title else f.name)}
        if m and m.url:
            entry["path"] = m.url
        if m and m.publisher:
            entry["publisher"] = m.publisher
        if m and m.license:
            entry["license"] = m.license
        out.append(entry)
    return out


def _check_writable(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if not os.access(folder, os.W_OK):
        raise BuildError(f"{folder}: output folder is not writable")


def _replace(new: Path, old: Path) -> None:
    """Put ``new`` (file or folder) where ``old`` is, removing ``old``."""
    if old.is_dir():
        shutil.rmtree(old)
    elif old.exists():
        old.unlink()
    old.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(new), str(old))


def build_repository(root: Path, progress: Callable | None = None) -> ValidationReport:
    """Parse ``root/seeds`` into ``root/build``, ``root/schemas`` and ``root/datapackage.json``.

    Also refreshes the wheel's copy in ``src/policydata/data`` when that folder's parent
    exists (a source checkout).
    """
    root = Path(root)
    seeds = root / "seeds"
    if not seeds.is_dir():
        raise BuildError(f"{seeds}: no seeds folder (run from the repository root)")
    metadata = read_sources_csv(seeds / "sources.csv")
    files = document_files(seeds)
    with collected_warnings() as warnings:
        tables = parse_files(files, metadata, progress=progress)
    if warnings:  # a stage that failed or dropped rows: do not publish a partial package
        raise BuildError(f"{len(warnings)} problem(s) while parsing seeds/ (first: {warnings[0]}); "
                         "the published package was left as it was")
    info = PackageInfo(version=__version__, sources=_sources(metadata, files))
    _check_writable(root)
    with tempfile.TemporaryDirectory(prefix=".policydata-build-", dir=root) as tmp:
        tmp = Path(tmp)
        descriptor = write_package(tables, tmp, info, REPO_LAYOUT, previous=root)
        report = validate_package(descriptor)
        if not report.valid:
            raise BuildError("the new package is invalid; the published package was left as it was", report)
        for part in ("build", "schemas", "datapackage.json"):
            _replace(tmp / part, root / part)
    report.descriptor = str(root / "datapackage.json")
    wheel_data = root / WHEEL_DATA
    if wheel_data.parent.is_dir():
        mirror_package(root, wheel_data)
    return report


def mirror_package(root: Path, target: Path) -> None:
    """Copy the published package to ``target``: the descriptor and the files it lists.

    Only listed files are copied, so whatever else sits in ``build/`` (a setuptools
    build, say) never reaches the wheel.
    """
    import json

    staging = target.with_name(target.name + ".tmp")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    descriptor = root / "datapackage.json"
    shutil.copyfile(descriptor, staging / "datapackage.json")
    listed = set()
    for res in json.loads(descriptor.read_text(encoding="utf-8"))["resources"]:
        for key in ("path", "schema"):
            if isinstance(res.get(key), str):
                listed.add(res[key])
    for rel in sorted(listed):
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / rel, staging / rel)
    _replace(staging, target)


def parse_to_folder(files: list[Path], out: Path, progress: Callable | None = None,
                    overrides: dict[str, str] | None = None) -> ValidationReport:
    """A standalone package for ``files`` in ``out`` (datapackage.json, <table>.csv/.parquet).

    What is known of the files comes from a sources.csv beside them or one folder up;
    ``overrides`` (e.g. ``{"date": "2026-01-27", "publisher": "陕西省人民政府"}``) set
    those fields for every file.
    """
    out = Path(out)
    for f in files:
        if not f.exists():
            raise SourceError(f"{f}: no such file")
    expanded: list[Path] = []
    for f in files:
        expanded.extend(document_files(f) if f.is_dir() else [f])
    metadata = metadata_near(expanded)
    if overrides:
        metadata = {f.name: replace(metadata.get(f.name) or SourceMeta(file=f.name), **overrides)
                    for f in expanded}
    tables = parse_files(expanded, metadata, progress=progress)
    info = PackageInfo(version=__version__, sources=_sources(metadata, expanded))
    try:
        _check_writable(out.parent if not out.exists() else out)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".policydata-parse-", dir=out.parent))
    except OSError as exc:
        raise BuildError(f"{out}: cannot write ({exc.strerror})") from None
    try:
        descriptor = write_package(tables, tmp, info, STANDALONE_LAYOUT,
                                   previous=out if out.is_dir() else None)
        report = validate_package(descriptor)
        if not report.valid:
            raise BuildError(f"the package for {out} is invalid; nothing was written", report)
        if out.exists() and any(out.iterdir()):
            if not (out / "datapackage.json").exists():
                raise BuildError(f"{out}: folder exists and is not a policydata package; choose another --out")
        _replace(tmp, out)
        report.descriptor = str(out / "datapackage.json")
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return report
