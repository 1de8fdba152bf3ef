"""Published releases: the registry (``releases.json``), verified download, safe unpacking.

:func:`download` (``policydata download``, ``policydata.load(name, version=...)``) fetches a
release with pooch, verifies its SHA-256 -- against ``releases.json`` shipped in this package
when the version is known there, else against the release's ``SHA256SUMS`` -- caches it,
checks every archive member, and only then unpacks into a temporary folder next to the
destination and moves it into place. Any failure raises :class:`ReleaseError` with a one-line
message and leaves nothing unpacked and nothing cached.

Modules: :mod:`.registry` (``releases.json``, names, checksums), :mod:`.download` (fetch,
verify, cache), :mod:`.unpack` (member checks, unpacking). Making a release is
:mod:`policydata.release`.

>>> release_filename("0.1.0")
'policydata-data-0.1.0.zip'
"""
from .download import cache_root, cached_release, download, fetch_release, release_base_url
from .registry import (ReleaseError, check_version, known_releases, parse_sha256sums, record_release,
                       registry_path, release_filename, sha256_file, version_key)
from .unpack import UNKNOWN_UNPACK_RATIO, check_archive, is_safe_member_name, unpack_limit, unpack_release

__all__ = ["ReleaseError", "record_release", "known_releases", "registry_path", "release_filename",
           "check_version", "sha256_file", "parse_sha256sums", "version_key", "download",
           "fetch_release", "cached_release", "cache_root", "release_base_url", "check_archive",
           "unpack_limit", "unpack_release", "is_safe_member_name", "UNKNOWN_UNPACK_RATIO"]
