"""Build a package beside the published one, validate it, then switch it into place.

A failed parse or validation leaves the previously published package untouched; a killed
build leaves it old or new, never mixed (see :mod:`policydata.storage.switch`).
"""
from __future__ import annotations

import logging
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Callable

from .storage import switch
from ._version import __version__
from .storage.outdir import check_output_folder, package_folder
from .datapackage.package import PackageInfo, PackageLayout, write_package
from .datapackage.partitioned import partitioned_files
from .pipeline import SourceMeta, document_files, metadata_near, read_sources_csv, stream_files
from .text.reading import SourceError
from .datapackage.validation import ValidationReport, validate_package

REPO_LAYOUT = PackageLayout(data_dir="build", schema_dir="schemas")
STANDALONE_LAYOUT = PackageLayout(data_dir="", schema_dir="schemas")
#: Where the wheel's copy of the published package lives, relative to the repository.
WHEEL_DATA = Path("src/policydata/data")
#: Validation reports kept in the cache (one per package state validated; the latest few are
#: the ones a rebuild can meet again).
VALIDATED_KEPT = 8


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


def _warn_rowless(files: list[Path], metadata: dict[str, SourceMeta]) -> None:
    """Warn of the files a sources.csv near them leaves out (a mistyped or missing row): their
    date, title and publisher then come from the text alone, which a user would not see.
    Files without any sources.csv near them are the ordinary case and pass in silence."""
    if not metadata:
        return
    missing = [f.name for f in files if f.name not in metadata]
    if missing:
        shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
        logging.getLogger("policydata").warning(
            "%s: no row in the sources.csv beside %s; date, title and publisher come from the text",
            shown, "it" if len(missing) == 1 else "them")


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
    if not os.access(folder, os.W_OK):
        raise BuildError(f"{folder}: folder is not writable")


def published_parts(root: Path) -> list[str]:
    """What ``policydata build`` publishes in ``root``, as paths relative to it.

    The wheel's copy is one of them in a source checkout (when ``src/policydata`` exists).
    """
    parts = ["build", "schemas", "datapackage.json"]
    if (root / WHEEL_DATA).parent.is_dir():
        parts.insert(0, WHEEL_DATA.as_posix())
    return parts


@dataclass(frozen=True)
class ParseOptions:
    """How documents are parsed; the rows are the same whatever these say.

    ``jobs`` worker processes (1: in this process), or the Dask cluster at ``scheduler`` with
    ``engine="dask"`` (a local one when None); ``cache`` a folder of parsed rows by document
    (None: parse every document).
    """

    jobs: int = 1
    cache: Path | None = None
    engine: str = "processes"
    scheduler: str | None = None

    def kwargs(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}  # every option, also a later one


def build_repository(root: Path, progress: Callable | None = None,
                     options: ParseOptions = ParseOptions(),
                     partition_by: str | None = None) -> ValidationReport:
    """Parse ``root/seeds`` into ``root/build``, ``root/schemas`` and ``root/datapackage.json``.

    Documents are parsed and their rows written one at a time (memory does not grow with
    their number); ``partition_by`` also writes the partitioned datasets in
    ``build/partitioned`` (:mod:`policydata.datapackage.partitioned`).

    Also refreshes the wheel's copy in ``src/policydata/data`` when that folder's parent
    exists (a source checkout). The new package is written and validated beside the old one
    and then switched into place crash-safely (:mod:`policydata.storage.switch`): at every instant the
    published parts form one complete package, old or new, or the next policydata command
    finishes the switch. A second build of the same root waits for the first.
    """
    root = Path(root)
    seeds = root / "seeds"
    if not seeds.is_dir():
        raise BuildError(f"{seeds}: no seeds folder (run from the repository root)")
    _check_writable(root)
    with switch.writing(root):
        metadata = read_sources_csv(seeds / "sources.csv")
        files = document_files(seeds)
        info = PackageInfo(version=__version__, sources=_sources(metadata, files))
        parts = published_parts(root)
        scratch = switch.new_scratch(root, "build")
        try:
            new = scratch / "new"
            with collected_warnings() as warnings:
                rows = stream_files(files, metadata, progress=progress, **options.kwargs())
                descriptor = write_package(rows, new, info, REPO_LAYOUT, previous=root,
                                           partition_by=partition_by)
            if warnings:  # a stage that failed or dropped rows: do not publish a partial package
                raise BuildError(f"{len(warnings)} problem(s) while parsing seeds/ (first: {warnings[0]}); "
                                 "the published package was left as it was")
            switch.checkpoint("parsed")
            switch.checkpoint("written")
            report = _validate(descriptor, options.cache)
            if not report.valid:
                raise BuildError("the new package is invalid; the published package was left as it was", report)
            if WHEEL_DATA.as_posix() in parts:
                mirror_package(new, new / WHEEL_DATA)
            _refuse_foreign_files(root, new, parts)
            switch.checkpoint("validated")
            switch.publish(root, scratch, parts)
        finally:
            switch.discard(scratch)
    report.descriptor = str(root / "datapackage.json")
    return report


def _validate(descriptor: Path, cache: Path | None) -> ValidationReport:
    """:func:`validate_package`, or what it said before about these very bytes with this code.

    Validation reads every row of both copies of every table through frictionless and takes
    far longer than a rebuild from cached rows; its answer depends only on the package's
    bytes, policydata's code and the validators' versions, which make the key. Only a valid
    package's report is kept.
    """
    if cache is None:
        return validate_package(descriptor)
    import hashlib
    from importlib.metadata import version

    from .pipeline import parser_version
    from .storage.cache import EntryCache, sha256_file

    digest = hashlib.sha256(f"{parser_version()} frictionless {version('frictionless')} "
                            f"pyarrow {version('pyarrow')} pandas {version('pandas')}".encode())
    for rel in sorted(_package_files(descriptor.parent)):
        digest.update(rel.encode("utf-8") + b"\0" + bytes.fromhex(sha256_file(descriptor.parent / rel)))
    key = digest.hexdigest()
    store = EntryCache(Path(cache) / "validated")
    entry = store.get(key)
    if entry and entry.get("key") == key and isinstance(entry.get("rows"), dict):
        return ValidationReport(str(descriptor), rows=dict(entry["rows"]))
    report = validate_package(descriptor)
    if report.valid:
        store.put(key, {"key": key, "rows": report.rows})
        store.keep_latest(VALIDATED_KEPT)
    return report


def _package_files(folder: Path) -> set[str]:
    """The descriptor of the package in ``folder`` and the files it lists (empty if unreadable)."""
    import json

    try:
        descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        resources = list(descriptor["resources"])
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    listed = {"datapackage.json"}
    for res in resources:
        for key in ("path", "schema"):
            if isinstance(res, dict) and isinstance(res.get(key), str):
                listed.add(res[key])
    return listed


def _refuse_foreign_files(root: Path, new: Path, parts: list[str]) -> None:
    """Refuse to publish when a published folder holds a file that is no package's.

    The switch replaces ``build/``, ``schemas/`` and the wheel copy as wholes; a file someone
    put there (notes, an export) would go with the old generation. Files of the old or the
    new package are expected there; anything else stops the build, named, before any change.
    """
    for part in parts:
        folder = root / part
        if not folder.is_dir():
            continue  # datapackage.json, or a part published for the first time
        base = WHEEL_DATA if part == WHEEL_DATA.as_posix() else Path()  # where its descriptor is
        known = _package_files(root / base) | _package_files(new / base) | \
            {f"{REPO_LAYOUT.partition_dir}/{rel}" for package in (root, new)
             for rel in partitioned_files(package / base / REPO_LAYOUT.partition_dir)}
        for path in sorted(folder.rglob("*")):
            if not path.is_dir() and path.relative_to(root / base).as_posix() not in known:
                raise BuildError(f"{path}: not a file of the package, and {part}/ is replaced by each "
                                 "build; move it elsewhere (the published package was left as it was)")


def mirror_package(root: Path, target: Path) -> None:
    """Copy the package in ``root`` to the new folder ``target``: the descriptor and the files it lists.

    Only listed files are copied, so whatever else sits in ``build/`` (a setuptools
    build, say) never reaches the wheel.
    """
    import json

    target.mkdir(parents=True)
    descriptor = root / "datapackage.json"
    shutil.copyfile(descriptor, target / "datapackage.json")
    listed = set()
    for res in json.loads(descriptor.read_text(encoding="utf-8"))["resources"]:
        for key in ("path", "schema"):
            if isinstance(res.get(key), str):
                listed.add(res[key])
    for rel in sorted(listed):
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / rel, target / rel)


def parse_to_folder(files: list[Path], out: Path | str, progress: Callable | None = None,
                    overrides: dict[str, str] | None = None,
                    options: ParseOptions = ParseOptions(),
                    partition_by: str | None = None) -> ValidationReport:
    """A standalone package for ``files`` in ``out`` (datapackage.json, <table>.csv/.parquet).

    What is known of the files comes from a sources.csv beside them or one folder up;
    ``overrides`` (e.g. ``{"date": "2026-01-27", "publisher": "陕西省人民政府"}``) set
    those fields for every file. ``out`` must be new, empty, or a folder policydata wrote
    (:mod:`policydata.storage.outdir`); only the package's own files in it are replaced.
    Documents are parsed and written one at a time; ``partition_by`` also writes the
    partitioned datasets in ``out/partitioned`` (:mod:`policydata.datapackage.partitioned`).
    """
    files = [Path(f) for f in files]
    for f in files:
        if not f.exists():
            raise SourceError(f"{f}: no such file")
    check_output_folder(out, inputs=files)  # refuse before the work, touching nothing
    expanded: list[Path] = []
    for f in files:
        expanded.extend(document_files(f) if f.is_dir() else [f])
    metadata = metadata_near(expanded)
    _warn_rowless(expanded, metadata)
    if overrides:
        metadata = {f.name: replace(metadata.get(f.name) or SourceMeta(file=f.name), **overrides)
                    for f in expanded}
    info = PackageInfo(version=__version__, sources=_sources(metadata, expanded), licenses=[])
    with package_folder(out, inputs=files, purpose="parse") as staging:
        folder = Path(out).expanduser()
        rows = stream_files(expanded, metadata, progress=progress, **options.kwargs())
        descriptor = write_package(rows, staging, info, STANDALONE_LAYOUT, previous=folder,
                                   partition_by=partition_by)
        report = _validate(descriptor, options.cache)
        if not report.valid:
            raise BuildError(f"the package for {out} is invalid; nothing was written", report)
    report.descriptor = str(folder / "datapackage.json")
    return report
