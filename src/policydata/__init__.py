"""policydata: Chinese policy documents as an open, validated data package.

Five tables -- documents, measures, targets, statistics, regions -- built from policy
documents and news, each extracted row quoting the text it came from.

>>> import policydata
>>> stats = policydata.load("statistics")          # the tables shipped with the package
>>> tables = policydata.parse_text("2025年，全省粮食产量达到1.2亿吨。")  # your own text
>>> sorted(tables)
['documents', 'measures', 'regions', 'statistics', 'targets']
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING

from ._version import __version__
from .explore.query import sql  # SQL over the package's tables (DuckDB, imported on first call)

if TYPE_CHECKING:  # pandas is imported where tables are made, not when the CLI starts
    import pandas as pd

    from .recognize.quantities import Quantity, find_quantities


def __getattr__(name: str):
    """``find_quantities`` and ``Quantity`` load the number parser (cn2an, 0.2 s) on first use:
    importing the package stays instant, so the command line handles Ctrl-C from its start."""
    if name in ("find_quantities", "Quantity"):
        from .recognize import quantities

        return getattr(quantities, name)
    raise AttributeError(f"module 'policydata' has no attribute {name!r}")

__all__ = ["__version__", "load", "load_all", "parse_text", "find_quantities", "Quantity",
           "download", "validate", "sql"]


def _descriptor(version: str | None) -> Path:
    """The installed tables when ``version`` is None or theirs (no network), else the release."""
    from .explore.descriptor import release_descriptor

    return release_descriptor(version)


def load(name: str, version: str | None = None) -> pd.DataFrame:
    """One table as a typed DataFrame.

    Without ``version``, or with the version of the installed tables (``policydata.__version__``),
    the tables shipped in the installed package (works offline); with another ``version``, the
    release of that version, downloaded and verified on first use.
    ``name`` is one of documents, measures, targets, statistics, regions.
    """
    from .datapackage.dataframes import read_package_table
    from .storage.switch import reading_if_present

    descriptor = _descriptor(version)
    with reading_if_present(descriptor.parent):  # never while a build switches the package
        return read_package_table(descriptor, name)


def load_all(version: str | None = None) -> dict[str, pd.DataFrame]:
    """All five tables, keyed by name."""
    from .datapackage.dataframes import read_package_table
    from .datapackage.models import ORDER

    from .storage.switch import reading_if_present

    descriptor = _descriptor(version)
    with reading_if_present(descriptor.parent):  # the five tables of one package, not of two
        return {name: read_package_table(descriptor, name) for name in ORDER}


def parse_text(text: str, *, name: str = "text.txt", date: str | _dt.date = "", title: str = "",
               publisher: str = "") -> dict[str, pd.DataFrame]:
    """The five tables for one text, parsed with the same parsers as the dataset.

    ``text`` is the document as a ``str`` (plain text or HTML); ``date`` (ISO YYYY-MM-DD, or a
    ``datetime.date``) and ``publisher`` help resolve years (今年) and actors.

    Raises TypeError for anything but a ``str`` (None, bytes), ValueError
    (``policydata.text.reading.InputError``) for a date that is not a date or text that is not
    valid Unicode (a lone surrogate, named with its position). Text without a single Chinese
    character, or with nothing below a title, gives empty tables and a warning.
    """
    import warnings

    from .datapackage.dataframes import frame_from_rows
    from .datapackage.models import ORDER
    from .text.reading import check_date, check_text, has_chinese

    text = check_text(text)
    date = check_date(date)
    if not has_chinese(text):
        warnings.warn(f"{name}: no Chinese text found; policydata reads Chinese documents, "
                      "so no rows were extracted", UserWarning, stacklevel=2)
        return {t: frame_from_rows(t, []) for t in ORDER}
    from .pipeline import parse_text as _parse
    from .text.reading import SourceError

    try:
        rows = _parse(text, name=name, date=date, title=title, publisher=publisher)
    except SourceError as exc:  # e.g. only a title line: nothing to extract from
        warnings.warn(f"{exc}; no rows were extracted", UserWarning, stacklevel=2)
        return {t: frame_from_rows(t, []) for t in ORDER}
    return {t: frame_from_rows(t, rows[t]) for t in ORDER}


def download(version: str | None = None, dest: str | Path | None = None,
             base_url: str | None = None, refresh: bool = False) -> Path:
    """Download a release, verify its checksum and unpack it; returns the folder.

    A verified release is cached; ``refresh=True`` fetches and verifies it again.
    """
    from .fetch import download as _download

    return _download(version=version, dest=dest, base_url=base_url, refresh=refresh)


def validate(descriptor: str | Path = "datapackage.json"):
    """Validate a package (frictionless plus the dataset's invariants); returns a report."""
    from .datapackage.validation import validate_package
    from .storage.switch import reading_if_present

    folder = Path(descriptor).parent if not Path(descriptor).is_dir() else Path(descriptor)
    with reading_if_present(folder):  # never while a build switches the package
        return validate_package(descriptor)
