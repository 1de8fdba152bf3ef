"""``policydata report``: a static, offline HTML report of a package.

One ``index.html`` holds everything -- style, script, data, SVG charts -- so it opens from
``file://`` with no network: the dataset card (version, sources, licence, rows, validation),
each table searchable and sortable, charts per indicator and region, every row linking to its
quote highlighted in the document text, and the regions as a tree.

Modules, in the order the work flows:

* :mod:`.collect` reads the package into plain data (:class:`~.collect.ReportContent`);
* :mod:`.charts` draws the SVG charts; :mod:`.page` renders the page from ``assets/``;
* :func:`write_report` writes it with :func:`policydata.storage.outdir.package_folder`, like
  ``parse --out``: into a new or empty folder, or one an earlier report wrote, replacing only
  the report's own files, in one crash-safe switch.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "report"
>>> write_report(None, out, validate=False).name
'index.html'
"""
from __future__ import annotations

from pathlib import Path

from ...storage.outdir import OutputFolderError

__all__ = ["write_report", "report_files", "OutputFolderError"]

#: The page; the report folder holds this file and policydata's marker (see policydata.storage.outdir).
INDEX = "index.html"
#: Every file a report writes: a folder whose marker lists anything else is not a report's.
REPORT_FILES = (INDEX,)


def report_files(descriptor: str | Path | None, validate=True) -> dict[str, bytes]:
    """The report's files (name -> bytes) for the package ``descriptor``, without writing them.

    For a release zip: add each as ``report/<name>``. The bytes depend on the package only
    (no timestamps), so the same package always gives the same report. ``validate`` is True
    (validate now), False (card says "not checked") or a ValidationReport already made.
    """
    from ..descriptor import resolve_descriptor
    from .collect import collect
    from .page import render_page

    path = resolve_descriptor(descriptor)
    return {INDEX: render_page(collect(path, validate=validate), path.name).encode("utf-8")}


def write_report(descriptor: str | Path | None, out_dir: str | Path, validate=True) -> Path:
    """Write the report of the package at ``descriptor`` into ``out_dir``; returns ``index.html``.

    ``descriptor`` is a datapackage.json, its folder, a release version, or None (the default
    package, see :mod:`policydata.explore.descriptor`). ``out_dir`` must be new, empty, or a folder an
    earlier report wrote (other files there are kept); otherwise :class:`OutputFolderError`
    and nothing is written.
    """
    from ...storage.outdir import check_output_folder, owned_files, package_folder

    out = check_output_folder(out_dir)
    if out.is_dir():  # a package folder written by parse or download is policydata's, not a report's
        foreign = sorted(set(owned_files(out)) - set(REPORT_FILES))
        if foreign:
            raise OutputFolderError(f"{out}: holds a policydata package ({foreign[0]}), not a report; "
                                    "choose a new or empty folder")
    files = report_files(descriptor, validate=validate)
    with package_folder(out, purpose="report") as staging:
        for name, data in files.items():
            (staging / name).write_bytes(data)
    return out / INDEX


# --------------------------------------------------------------------------- command line

def add_command(subparsers) -> None:
    """Register ``policydata report`` on the CLI's subparsers."""
    p = subparsers.add_parser("report", help="write a static, offline HTML report of a package",
                              description="Write DIR/index.html: the dataset card, every table "
                              "(searchable), charts per indicator and region, quotes highlighted "
                              "in their documents, the region tree. Opens from file://, offline.")
    p.add_argument("--package", default=None, metavar="DESCRIPTOR",
                   help="datapackage.json, its folder, or a release version "
                        "(default: ./datapackage.json, else the installed package's tables)")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="output folder: new, empty, or one an earlier report wrote")
    p.add_argument("--no-validate", dest="validate", action="store_false",
                   help="skip validation (the card then says 'not checked')")
    p.set_defaults(func=run_command)


def run_command(args) -> int:
    """``policydata report``: write the report and print the path of its page."""
    print(write_report(args.package, args.out, validate=args.validate))
    return 0
