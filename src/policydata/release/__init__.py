"""Release artifacts: a byte-reproducible zip of the package, its checksum, verified download.

Two halves:

* :func:`make_release` (``policydata release``) zips the published package -- the descriptor,
  the CSV and Parquet tables, the schemas, a datasheet ``README.md`` and ``LICENSE`` -- into
  ``dist/policydata-data-<version>.zip`` and writes ``dist/SHA256SUMS``. The zip is a pure
  function of the files it holds (fixed timestamps, sorted entries, fixed permissions, no
  compression), so anyone can rebuild a release and compare hashes.
* :func:`download` (``policydata download``, ``policydata.load(name, version=...)``) fetches
  a release with pooch, verifies its SHA-256 -- against ``releases.json`` shipped in this
  package when the version is known there, else against the release's ``SHA256SUMS`` --
  caches it, checks every archive member, and only then unpacks into a temporary folder next
  to the destination and moves it into place. Any failure raises :class:`ReleaseError` with
  a one-line message and leaves nothing unpacked and nothing cached.

Modules: :mod:`.registry` (``releases.json``, names, checksums), :mod:`.archive`
(:func:`make_release`, the reproducible zip), :mod:`.datasheet` (README and LICENSE of a
release), :mod:`.download` (fetch, verify, cache), :mod:`.unpack` (member checks, unpacking).

>>> release_filename("0.1.0")
'policydata-data-0.1.0.zip'
"""
from .archive import make_release, package_files, write_reproducible_zip
from .datasheet import DatasheetInfo, changelog_section, render_datasheet
from .download import cache_root, cached_release, download, fetch_release, release_base_url
from .registry import (ReleaseError, check_version, known_releases, parse_sha256sums, record_release,
                       registry_path, release_filename, sha256_file)
from .archive import is_safe_member_name
from .unpack import UNKNOWN_UNPACK_RATIO, check_archive, unpack_limit, unpack_release

__all__ = ["ReleaseError", "make_release", "record_release", "known_releases", "registry_path",
           "release_filename", "check_version", "sha256_file", "parse_sha256sums", "package_files",
           "write_reproducible_zip", "DatasheetInfo", "changelog_section", "render_datasheet",
           "download", "fetch_release", "cached_release", "cache_root", "release_base_url",
           "check_archive", "unpack_limit", "unpack_release", "is_safe_member_name",
           "UNKNOWN_UNPACK_RATIO"]
