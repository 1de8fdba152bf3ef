"""Command line: argument handling and messages; the work is done by the library.

Every command first finishes a switch of published files that a killed process left
half-done (:func:`policydata.storage.switch.recover`). Ctrl-C and SIGTERM print one line and exit
130 and 143 (:mod:`policydata.storage.interrupts`). Only light modules are imported before
:func:`main` has installed the signal handlers, so that a Ctrl-C during start-up is handled
too.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .storage import interrupts
from ._version import __version__

#: Show a progress bar from this many documents on.
PROGRESS_FROM = 10


def _progress(items, total: int):
    """A progress bar over the parsed documents (taken one at a time, never listed first)."""
    if total < PROGRESS_FROM:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc="parsing", unit="doc", file=sys.stderr)


def _parse_options(args):
    """``--jobs``, ``--cache``/``--no-cache``, ``--engine`` and ``--scheduler`` as ParseOptions."""
    from .build import ParseOptions
    from .storage.cache import cache_root
    from .text.reading import InputError

    if args.jobs is not None and args.jobs < 1:
        raise InputError(f"--jobs {args.jobs}: give 1 or more")
    if args.scheduler and args.engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    if args.engine == "dask":
        import importlib.util

        if importlib.util.find_spec("distributed") is None:
            raise InputError("--engine dask needs Dask: pip install 'policydata[dask]'")
    from .parallel import default_jobs

    cache = None if args.no_cache else Path(args.cache).expanduser() if args.cache else cache_root()
    return ParseOptions(jobs=args.jobs or default_jobs(), cache=cache, engine=args.engine,
                        scheduler=args.scheduler)


def _add_parse_options(p) -> None:
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="parse in N worker processes (default: the machine's cores; 1: in this process)")
    p.add_argument("--cache", metavar="DIR", default=None,
                   help="folder of parsed rows by document, reused when a document, its metadata and "
                        "the parser are unchanged (default: $POLICYDATA_CACHE or the user cache folder)")
    p.add_argument("--no-cache", action="store_true", help="parse every document, read and write no cache")
    p.add_argument("--engine", choices=("processes", "dask"), default="processes",
                   help="where documents are parsed: worker processes here (default) or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="with --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    from .datapackage.partitioned import PARTITION_COLUMNS

    p.add_argument("--partition-by", choices=tuple(PARTITION_COLUMNS), default=None, metavar="COLUMN",
                   help="also write the tables as Hive-partitioned Parquet datasets by COLUMN "
                        f"({', '.join(PARTITION_COLUMNS)}) in partitioned/ beside the package's data "
                        "(read by pandas, pyarrow, DuckDB, Dask)")


def _print_summary(report, verb: str) -> None:
    rows = ", ".join(f"{t} {n}" for t, n in report.rows.items())
    print(f"{verb}: {rows}")
    print(f"validation: {'valid' if report.valid else 'INVALID'} ({report.descriptor})")


def cmd_build(args) -> int:
    from .build import build_repository

    report = build_repository(Path(args.root), progress=_progress, options=_parse_options(args),
                              partition_by=args.partition_by)
    _print_summary(report, "built")
    return 0


def cmd_parse(args) -> int:
    from .build import parse_to_folder
    from .text.reading import check_date

    date = check_date(args.date, "--date")  # InputError naming it: one line, exit 1
    overrides = {k: v for k, v in (("date", date), ("publisher", args.publisher)) if v}
    report = parse_to_folder([Path(f) for f in args.files], args.out, progress=_progress,
                             overrides=overrides, options=_parse_options(args),
                             partition_by=args.partition_by)
    _print_summary(report, f"parsed into {args.out}")
    return 0


def cmd_validate(args) -> int:
    from .datapackage.validation import validate_package
    from .explore.descriptor import resolve_descriptor
    from .storage.switch import reading_if_present

    # the one meaning of "a package" (a descriptor, its folder, a release version, or by default
    # ./datapackage.json else the installed tables), as sql, diff and report read it; a path that
    # names nothing is bad input (one line, exit 1), not an invalid package
    descriptor = resolve_descriptor(args.descriptor)
    with reading_if_present(descriptor.parent):  # never while a build switches the package
        report = validate_package(descriptor)
    print(report.summary())
    return 0 if report.valid else 1


def cmd_release(args) -> int:
    from .fetch import record_release, registry_path
    from .release import make_release
    from .storage.switch import reading_if_present

    with reading_if_present(Path(args.root)):
        paths = make_release(Path(args.root), Path(args.dist), check_registry=not args.replace)
    for p in paths:
        print(p)
    if args.record:
        digest = record_release(paths[0], replace=args.replace)
        print(f"recorded sha256 {digest} in {registry_path()}")
    return 0


def cmd_download(args) -> int:
    from .storage.outdir import check_output_folder
    from .fetch import download

    if args.dest is not None:
        check_output_folder(args.dest, option="--dest")  # before any download
    folder = download(version=args.version, dest=args.dest, base_url=args.base_url,
                      refresh=args.refresh)
    print(folder / "datapackage.json")
    return 0


def folders_to_recover(args) -> list[Path]:
    """The folders a command may read or write, where a killed switch must be finished first.

    The current folder, the folders named by ``--root``, ``--out``, ``--dest`` or the
    descriptor, and the source checkout this code runs from (its wheel copy of the data).
    """
    named = [Path.cwd()]
    for option in ("root", "out", "dest"):
        if getattr(args, option, None):
            named.append(Path(getattr(args, option)))
    if getattr(args, "descriptor", None):
        named.append(Path(args.descriptor).parent)
    package = Path(__file__).resolve().parent
    if package.parent.name == "src":
        named.append(package.parent.parent)
    unique = dict.fromkeys(p.resolve() for p in named if p.is_dir())
    return list(unique)


def make_parser():
    import argparse

    parser = argparse.ArgumentParser(
        prog="policydata",
        description="Chinese policy documents as an open, validated data package.")
    parser.add_argument("--version", action="version", version=f"policydata {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="parse seeds/ into build/, schemas/, datapackage.json and validate",
                       description="Parse every file in seeds/ (metadata: seeds/sources.csv), validate the "
                       "tables beside the published package, and only then switch build/, schemas/, "
                       "datapackage.json and the wheel copy to them. A failed or killed build leaves the "
                       "published package as it was.")
    p.add_argument("--root", default=".", help="repository root holding seeds/ (default: .)")
    _add_parse_options(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("parse", help="parse text/HTML files into a standalone package",
                       description="Parse text or HTML files (UTF-8, GBK/GB18030, UTF-16) into a standalone "
                       "package in DIR: datapackage.json, <table>.csv, <table>.parquet. Date, title and "
                       "publisher of each file come from a sources.csv beside the files or one folder up. "
                       "DIR must be new, empty, or a folder policydata wrote.")
    p.add_argument("files", nargs="+", metavar="FILE", help="documents (or folders of documents)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder for the package")
    p.add_argument("--date", metavar="YYYY-MM-DD",
                   help="date of the documents (resolves 今年, 全年); default: sources.csv or the text")
    p.add_argument("--publisher", help="issuing body of the documents, e.g. 陕西省人民政府")
    _add_parse_options(p)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("validate", help="validate a package (frictionless + invariants)",
                       description="Validate a package: Frictionless, then provenance (every quote is "
                       "its document's text at its offsets), CSV/Parquet agreement and unique ids. "
                       "Exit 1 when it is not valid.")
    p.add_argument("descriptor", nargs="?", default=None, metavar="DESCRIPTOR",
                   help="datapackage.json, its folder, or a release version "
                        "(default: ./datapackage.json, else the installed package's tables)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("release", help="write dist/policydata-data-<version>.zip and dist/SHA256SUMS",
                       description="Write the release archive of the package under --root (byte-"
                       "reproducible: data, schemas, report, datasheet) and its SHA256SUMS. "
                       "Maintainers: see docs/releases.md.")
    p.add_argument("--root", default=".", help="repository root (default: .)")
    p.add_argument("--dist", default="dist", help="output folder (default: dist)")
    p.add_argument("--record", action="store_true",
                   help="record the archive's sha256 and sizes in src/policydata/releases.json")
    p.add_argument("--replace", action="store_true",
                   help="with --record: overwrite the entry of a version that was never published")
    p.set_defaults(func=cmd_release)

    p = sub.add_parser("download", help="download a release, verify its checksum, unpack it",
                       description="Download a release archive, check it against the hashes shipped in the "
                       "package (else the SHA256SUMS beside it), cache it and unpack it safely.")
    p.add_argument("--version", default=None, help=f"data version (default: {__version__})")
    p.add_argument("--dest", default=None, help="folder to unpack into (default: the cache)")
    p.add_argument("--base-url", default=None,
                   help="where releases live (default: $POLICYDATA_BASE_URL or the project's release page)")
    p.add_argument("--refresh", action="store_true",
                   help="fetch and verify again even if the version is cached")
    p.set_defaults(func=cmd_download)

    from .explore import diff

    from .explore import query

    from .explore import report  # look, ask, compare: each module registers its command
    for module in (report, query, diff):
        module.add_command(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code: 0, 1 for bad input, 130/143 when interrupted.

    Run as the program (``argv`` None: the console script, ``python -m policydata``), the
    signal handlers stay until the process ends, so that a signal arriving while it exits
    still gives 128 + signal and no traceback. Called with ``argv`` (tests, scripts), the
    previous handlers come back when it returns.
    """
    code = 1
    with interrupts.handlers(keep_after=argv is None):
        try:
            try:
                code = _run(argv)
            finally:
                interrupts.disarm()
        except KeyboardInterrupt as exc:
            interrupts.note(exc)
        code = interrupts.exit_code(code)
    return code


def _run(argv: list[str] | None) -> int:
    import logging

    args = make_parser().parse_args(argv)
    logging.basicConfig(format="policydata: %(levelname)s: %(message)s", level=logging.WARNING)
    from .errors import USER_ERRORS
    from .storage.switch import recover

    try:
        for folder in folders_to_recover(args):  # before anything else
            recover(folder)
        return args.func(args)
    except USER_ERRORS as exc:
        print(f"policydata {args.command}: error: {exc}", file=sys.stderr)
        report = getattr(exc, "report", None)
        if report is not None:
            print(report.summary(), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
