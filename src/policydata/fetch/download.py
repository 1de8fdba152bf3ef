"""Download of a release: fetched with pooch, verified against its SHA-256, cached, unpacked.

The checksum comes from ``releases.json`` shipped in this package when the version is known
there, else from the release's ``SHA256SUMS``. Any failure raises :class:`ReleaseError` with a
one-line message and leaves nothing unpacked and nothing cached.
"""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote, urlparse

from .._version import __version__
from ..storage.atomic import write_atomic
from ..storage.cache import CACHE_ENV, cache_root
from .registry import (SUMS_NAME, ReleaseError, check_version, known_releases, parse_sha256sums,
                       release_filename, sha256_file, version_key)
from .unpack import check_archive, unpack_release

#: Where releases live: ``{version}`` is replaced. Override with ``--base-url`` or this variable.
DEFAULT_BASE_URL = "https://github.com/policydata/policydata/releases/download/v{version}"
BASE_URL_ENV = "POLICYDATA_BASE_URL"
HTTP_TIMEOUT = 30


def release_base_url(version: str, base_url: str | None = None) -> str:
    """Where the release files of ``version`` live (no trailing slash).

    >>> release_base_url("0.1.0", "http://127.0.0.1:8000/")
    'http://127.0.0.1:8000'
    """
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    return url.replace("{version}", version).rstrip("/")


def cached_release(version: str | None = None) -> Path | None:
    """The unpacked folder of ``version`` in the cache, or None if it is not there yet."""
    version = check_version(version or __version__)
    folder = _default_dest(version)
    return folder if (folder / "datapackage.json").is_file() else None


def _default_dest(version: str) -> Path:
    return cache_root() / version / f"policydata-data-{version}"


def download(version: str | None = None, dest: str | Path | None = None,
             base_url: str | None = None, refresh: bool = False) -> Path:
    """Fetch, verify, cache and unpack a release; returns the folder holding datapackage.json.

    A verified archive in the cache is used without any network access. Raises ReleaseError
    (nothing unpacked, nothing cached) on any failure.

    Parameters
    ----------
    version : str or None
        The release to fetch; defaults to this package's version.
    dest : str, Path or None
        Where to unpack; defaults to a folder in the cache (a release already unpacked there
        is returned without any network access).
    base_url : str or None
        Where the release files live (``{version}`` is replaced); defaults to
        ``$POLICYDATA_BASE_URL`` or the project's release page. A ``file://`` URL or a local
        folder works too.
    refresh : bool
        Download and verify the archive again even when a verified copy is cached.

    Returns
    -------
    Path
        The folder holding the release's ``datapackage.json``.
    """
    version = check_version(version or __version__)
    if dest is None:
        hit = None if refresh else cached_release(version)
        if hit is not None:
            return hit
        dest = _default_dest(version)
    try:
        zip_path = fetch_release(version, base_url, refresh=refresh)
    except ReleaseError as exc:
        raise _naming_known_versions(exc, version) from None
    return unpack_release(zip_path, Path(dest), version)


def _naming_known_versions(exc: ReleaseError, version: str) -> ReleaseError:
    """A failed fetch of a version the registry does not list says, on its one line, which versions
    it does list (read offline from ``releases.json``): the version asked for may be a typo, or a
    release newer than this package knows of.

    >>> str(_naming_known_versions(ReleaseError("x: cannot connect"), "9.9.9")).startswith("x: cannot connect; 9.9.9 is not")
    True
    >>> known = next(iter(known_releases()), "")
    >>> str(_naming_known_versions(ReleaseError("x: cannot connect"), known)) == "x: cannot connect" if known else True
    True
    """
    known = sorted(known_releases(), key=version_key)
    if version in known:
        return exc
    listed = ", ".join(known) if known else "none"
    return ReleaseError(f"{exc}; {version} is not a known release (known versions: {listed}, from releases.json)")


def fetch_release(version: str, base_url: str | None = None, refresh: bool = False) -> Path:
    """The verified and checked archive of ``version`` in the cache, downloaded when needed.

    The checksum comes from the registry when the version is known there, else from the
    release's SHA256SUMS (remembered in the cache next to the archive, so that a second call
    makes no request). With ``refresh``, the archive and SHA256SUMS are fetched again into a
    staging folder and replace the cached copy only once verified.
    """
    version = check_version(version)
    base = release_base_url(version, base_url)
    root = cache_root()
    cache = root / version
    zip_name = release_filename(version)
    cached_zip = cache / zip_name
    if not refresh and cached_zip.exists() and _remote_changed(f"{base}/{zip_name}", cached_zip):
        refresh = True  # the published copy is not the one verified before: verify it again
    created = [d for d in (root, cache) if not d.exists()]
    staging: Path | None = None
    try:
        with _quiet_pooch():
            expected, origin = _expected_hash(version, base, None if refresh else cache)
            fetch_dir = cache
            if refresh:
                root.mkdir(parents=True, exist_ok=True)
                staging = fetch_dir = Path(tempfile.mkdtemp(prefix=f".{version}.refresh-", dir=root))
            zip_path = _fetch_zip(f"{base}/{zip_name}", fetch_dir, zip_name, expected, origin)
        try:
            check_archive(zip_path, version)
        except ReleaseError:
            zip_path.unlink(missing_ok=True)  # a verified but unsafe archive is not kept either
            raise
        if staging is not None:
            cache.mkdir(parents=True, exist_ok=True)
            os.replace(zip_path, cache / zip_name)
            zip_path = cache / zip_name
        if origin != "registry":  # remember the checksum so that a second call needs no network
            write_atomic(cache / SUMS_NAME, f"{expected}  {zip_name}\n".encode("ascii"))
        return zip_path
    except BaseException:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
            staging = None
        for folder in reversed(created):  # the folders this call made, if they stayed empty
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def _expected_hash(version: str, base: str, cache: Path | None) -> tuple[str, str]:
    """(hex SHA-256 the zip must have, where that came from); ``cache=None`` ignores the cache."""
    zip_name = release_filename(version)
    recorded = known_releases().get(version)
    if recorded:
        return recorded["sha256"].lower(), "registry"
    sums_cached = cache / SUMS_NAME if cache is not None else None
    if sums_cached is not None and sums_cached.is_file():
        digest = parse_sha256sums(sums_cached.read_text(encoding="utf-8", errors="replace")).get(zip_name)
        if digest:
            return digest, "SHA256SUMS"
    url = f"{base}/{SUMS_NAME}"
    with tempfile.TemporaryDirectory(prefix="policydata-sums-") as tmp:
        target = Path(tmp) / SUMS_NAME
        _get(url, target)
        text = target.read_text(encoding="utf-8", errors="replace")
    digest = parse_sha256sums(text).get(zip_name)
    if not digest:
        raise ReleaseError(f"{url} has no checksum for {zip_name}, and version {version} "
                           "is not in the registry of known releases")
    return digest, "SHA256SUMS"


def _fetch_zip(url: str, cache: Path, zip_name: str, expected: str, origin: str) -> Path:
    """The verified zip in ``cache`` (downloaded unless a copy with the right hash is there)."""
    import pooch

    downloader = _RecordingDownloader(_downloader_for(url))
    try:
        path = pooch.retrieve(url, known_hash=f"sha256:{expected}", fname=zip_name, path=cache,
                              downloader=downloader, progressbar=False)
    except ValueError:  # pooch: hash mismatch; it already deleted the download
        (cache / zip_name).unlink(missing_ok=True)  # a stale cached copy with a wrong hash, too
        got = f", got {downloader.sha256}" if downloader.sha256 else ""
        raise ReleaseError(f"{url}: checksum mismatch (expected sha256 {expected} from {origin}{got}); "
                           "the download was deleted") from None
    except PermissionError:
        raise ReleaseError(f"{cache}: cannot write the cache (set {CACHE_ENV} to a writable folder)") from None
    except Exception as exc:
        (cache / zip_name).unlink(missing_ok=True)
        raise _network_error(url, exc) from None
    return Path(path)


def _remote_changed(url: str, cached: Path) -> bool:
    """Whether the published archive's size differs from the cached one (one HEAD request).

    A cached release stays usable offline: any failure to ask counts as "unchanged".
    """
    try:
        parsed = urlparse(url)
        if parsed.scheme in ("http", "https"):
            import requests

            r = requests.head(url, timeout=HTTP_TIMEOUT, allow_redirects=True)
            size = r.headers.get("Content-Length") if r.ok else None
            return size is not None and int(size) != cached.stat().st_size
        source = Path(unquote(parsed.path)) if parsed.scheme == "file" else Path(url)
        return source.exists() and source.stat().st_size != cached.stat().st_size
    except (OSError, ValueError):  # network and file errors (requests' derive from OSError), bad sizes
        return False


def _get(url: str, target: Path) -> None:
    """Download ``url`` to ``target`` with pooch's downloader; ReleaseError on failure."""
    try:
        _downloader_for(url)(url, str(target), None)
    except ReleaseError:
        raise
    except Exception as exc:
        raise _network_error(url, exc) from None


def _network_error(url: str, exc: Exception) -> ReleaseError:
    """One line for a failed transfer: HTTP status, unreachable host, missing local file."""
    import requests

    if isinstance(exc, ReleaseError):
        return exc
    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        r = exc.response
        return ReleaseError(f"{url}: HTTP {r.status_code} {r.reason or ''}".rstrip()
                            + (" (no such release?)" if r.status_code == 404 else ""))
    if isinstance(exc, (requests.ConnectionError, requests.Timeout)):
        return ReleaseError(f"{url}: cannot connect (no network, or the server is down)")
    if isinstance(exc, FileNotFoundError):
        return ReleaseError(f"{url}: no such file")
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return ReleaseError(f"{url}: download failed ({first})")


class _LocalDownloader:
    """A pooch downloader for ``file://`` URLs and plain paths (releases in a local folder)."""

    def __call__(self, url: str, output_file, pooch) -> None:
        parsed = urlparse(url)
        source = Path(unquote(parsed.path)) if parsed.scheme == "file" else Path(url)
        with open(source, "rb") as src, open(output_file, "wb") as out:
            shutil.copyfileobj(src, out)


class _RecordingDownloader:
    """Wraps a downloader and remembers the SHA-256 of what it fetched (for the error line)."""

    def __init__(self, inner):
        self.inner = inner
        self.sha256 = ""

    def __call__(self, url, output_file, pooch) -> None:
        self.inner(url, output_file, pooch)
        self.sha256 = sha256_file(Path(output_file))


def _downloader_for(url: str):
    import pooch

    if urlparse(url).scheme in ("http", "https"):
        return pooch.HTTPDownloader(progressbar=False, timeout=HTTP_TIMEOUT)
    return _LocalDownloader()


@contextlib.contextmanager
def _quiet_pooch() -> Iterator[None]:
    """Silence pooch's "Downloading ..." log lines: errors must stay one line."""
    import pooch

    logger = pooch.get_logger()
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)
