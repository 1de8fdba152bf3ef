"""Making a release: a byte-reproducible zip of the published package and its datasheet.

:func:`make_release` (``policydata release``) zips the published package -- the descriptor,
the CSV and Parquet tables, the schemas, the browsable report, a datasheet ``README.md`` and
``LICENSE`` -- into ``dist/policydata-data-<version>.zip`` and writes ``dist/SHA256SUMS``. The
zip is a pure function of the files it holds (fixed timestamps, sorted entries, fixed
permissions, no compression), so anyone can rebuild a release and compare hashes. The
maintainer then records it in ``releases.json`` (:func:`policydata.fetch.record_release`).

This is the last stage: it uses :mod:`policydata.explore` (the report in the zip, the rows
changed since the previous release in the datasheet) and :mod:`policydata.fetch` (the registry).

Modules: :mod:`.archive` (:func:`make_release`, the reproducible zip), :mod:`.datasheet`
(README and LICENSE of a release).
"""
from .archive import make_release, package_files, write_reproducible_zip
from .datasheet import DatasheetInfo, changelog_section, render_datasheet

__all__ = ["make_release", "package_files", "write_reproducible_zip", "DatasheetInfo",
           "changelog_section", "render_datasheet"]
