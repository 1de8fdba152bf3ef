"""The registry of published releases (``releases.json``), release names, versions and checksums.

>>> release_filename("0.1.0")
'policydata-data-0.1.0.zip'
>>> parse_sha256sums("ab" * 32 + "  policydata-data-0.1.0.zip\\n")
{'policydata-data-0.1.0.zip': 'abababababababababababababababababababababababababababababababab'}
"""
from __future__ import annotations

import json
import re
import zipfile
from importlib import resources
from pathlib import Path

from ..storage.cache import sha256_file  # noqa: F401  (re-exported: release and tests use it from here)

SUMS_NAME = "SHA256SUMS"

#: Registry of published release hashes, shipped in the package (see docs/releases.md).
REGISTRY_FILE = "releases.json"

_VERSION_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+_-]*$")
_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")


class ReleaseError(Exception):
    """A release could not be made or fetched; the message is one line.

    ``report`` (when set) is the validation report that made ``make_release`` refuse.
    """

    def __init__(self, message: str, report=None):
        super().__init__(message)
        self.report = report



def release_filename(version: str) -> str:
    """The archive's file name for ``version``."""
    return f"policydata-data-{version}.zip"


def check_version(version: str) -> str:
    """``version`` if it is a plain version string (it becomes part of paths and URLs).

    >>> check_version("0.1.0")
    '0.1.0'
    """
    if not isinstance(version, str) or not _VERSION_RE.fullmatch(version) or ".." in version:
        raise ReleaseError(f"not a valid version: {version!r}")
    return version


def registry_path() -> Path:
    """``releases.json`` inside the installed package."""
    return Path(str(resources.files("policydata") / REGISTRY_FILE))


def known_releases(path: Path | None = None) -> dict[str, dict]:
    """Version -> {"sha256", "file", "size", "unpacked_size"} of every recorded release (empty if
    there is no registry). ``size`` is the archive's bytes, ``unpacked_size`` the sum of its
    members' bytes (entries recorded before sizes were kept may lack both).

    Keys starting with ``$`` (``$comment``) are notes, not versions.
    """
    path = Path(path) if path is not None else registry_path()
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ReleaseError(f"{path}: not valid JSON ({exc})") from None
    return {v: e for v, e in data.items() if not v.startswith("$")}


def record_release(zip_path: Path, path: Path | None = None, replace: bool = False) -> str:
    """Add the release at ``zip_path`` to the registry (sha256, archive size, unpacked size);
    returns its SHA-256.

    The maintainer's step after ``policydata release`` (``policydata release --record``; see
    docs/releases.md). Recording the same hash again is a no-op; a different hash for a recorded
    version is refused unless ``replace`` (only for a version that was never published).
    """
    zip_path = Path(zip_path)
    match = re.fullmatch(r"policydata-data-(.+)\.zip", zip_path.name)
    if not match:
        raise ReleaseError(f"{zip_path.name}: not a release archive name (policydata-data-<version>.zip)")
    version = check_version(match.group(1))
    digest = sha256_file(zip_path)
    try:
        with zipfile.ZipFile(zip_path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except zipfile.BadZipFile as exc:
        raise ReleaseError(f"{zip_path.name}: not a valid zip archive ({exc})") from None
    path = Path(path) if path is not None else registry_path()
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    old = data.get(version)
    if old and old.get("sha256") != digest and not replace:
        raise ReleaseError(f"version {version} is already recorded with sha256 {old.get('sha256')}; "
                           "a changed release needs a new version (or, if it was never published, "
                           "`policydata release --record --replace`)")
    data[version] = {"sha256": digest, "file": zip_path.name, "size": zip_path.stat().st_size,
                     "unpacked_size": unpacked}
    notes = {k: v for k, v in data.items() if k.startswith("$")}
    versions = {k: data[k] for k in sorted((k for k in data if not k.startswith("$")), key=version_key)}
    path.write_text(json.dumps({**notes, **versions}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return digest


def version_key(version: str) -> tuple:
    """Sort key: numeric parts as numbers (0.10.0 after 0.9.0)."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.+_-]", version))


def parse_sha256sums(text: str) -> dict[str, str]:
    """File name -> hex digest from ``sha256sum`` output (text or ``*binary`` mode lines)."""
    out = {}
    for line in text.splitlines():
        parts = line.strip().split(None, 1)
        if len(parts) != 2 or not _HEX64.match(parts[0]):
            continue
        name = parts[1].lstrip("*")
        name = name[2:] if name.startswith("./") else name
        out[name] = parts[0].lower()
    return out
