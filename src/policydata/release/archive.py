"""The release archive: :func:`make_release` zips the published package, byte-reproducibly.

The zip is a pure function of the files it holds (fixed timestamps, sorted entries, fixed
permissions, no compression), so anyone can rebuild a release and compare hashes.
"""
from __future__ import annotations

import json
import os
import stat
import tempfile
import zipfile
from pathlib import Path

from .._version import __version__
from .datasheet import DatasheetInfo, render_datasheet, render_template
from ..fetch.registry import SUMS_NAME, ReleaseError, check_version, known_releases, release_filename, sha256_file
from ..storage.atomic import write_atomic
from ..fetch.unpack import FILE_MODE, is_safe_member_name  # the member rules both directions share

#: Every member gets this timestamp (the earliest a zip can hold): the bytes of a release must
#: depend on its content only, not on when or where it was built. SOURCE_DATE_EPOCH is ignored
#: on purpose -- a different value would give a different hash for the same data.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
#: Members are stored, not deflated. Measured on the 0.1.0 package: 115 kB stored vs 38 kB
#: deflated -- a saving nobody notices -- while deflate output depends on the zlib build
#: (zlib, zlib-ng, ...), which would make the registry hash differ between machines. The
#: Parquet copies are zstd-compressed already.
ZIP_COMPRESSION = zipfile.ZIP_STORED


def make_release(root: Path, dist: Path, check_registry: bool = True) -> list[Path]:
    """Write ``dist/policydata-data-<version>.zip`` and ``dist/SHA256SUMS``; returns both paths.

    ``root`` holds the published package (``datapackage.json``, ``build/``, ``schemas/``) and
    optionally ``CHANGELOG.md``. Refuses (ReleaseError, nothing written) when the package does
    not validate, when its version is not the code's version, or when the version is in the
    registry with a different hash (released data must not change under the same version;
    ``check_registry=False`` skips that check, for re-recording a version never published).
    """
    root, dist = Path(root), Path(dist)
    descriptor_path = root / "datapackage.json"
    if not descriptor_path.is_file():
        raise ReleaseError(f"{descriptor_path}: no such file; run `policydata build` first")
    try:
        descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReleaseError(f"{descriptor_path}: not valid JSON ({exc})") from None
    version = str(descriptor.get("version", ""))
    if version != __version__:
        raise ReleaseError(f"{descriptor_path}: version {version or '(none)'} is not the code's version "
                           f"{__version__}; run `policydata build` after bumping src/policydata/_version.py")
    check_version(version)

    from ..datapackage.validation import validate_package

    report = validate_package(descriptor_path)
    if not report.valid:
        raise ReleaseError(f"{descriptor_path}: the package is invalid ({len(report.problems)} problems); "
                           "nothing was released", report)

    members = {rel: (root / rel).read_bytes() for rel in package_files(descriptor, root)}
    from ..explore.report import report_files  # the browsable report ships in the zip (bytes depend on the data only)

    members.update({f"report/{name}": data
                    for name, data in report_files(descriptor_path, validate=report).items()})
    changelog = root / "CHANGELOG.md"
    info = DatasheetInfo.collect(descriptor, root, report.rows,
                                 changelog.read_text(encoding="utf-8") if changelog.is_file() else "")
    from ..explore.diff import changes_since_previous_release

    data_changes = changes_since_previous_release(version, descriptor_path, known_releases())
    members["README.md"] = render_datasheet(info, members, data_changes).encode("utf-8")
    members["LICENSE"] = render_template("dataset_LICENSE.txt", info.template_values()).encode("utf-8")

    zip_name = release_filename(version)
    dist.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{zip_name}.", suffix=".tmp", dir=dist)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write_reproducible_zip(tmp, members)
        os.chmod(tmp, FILE_MODE)
        digest = sha256_file(tmp)
        recorded = known_releases().get(version) if check_registry else None
        if recorded and recorded.get("sha256") != digest:
            raise ReleaseError(f"version {version} was released with sha256 {recorded.get('sha256')}, "
                               f"but this build gives {digest}: bump the version for changed data")
        zip_path = dist / zip_name
        os.replace(tmp, zip_path)
    finally:
        tmp.unlink(missing_ok=True)
    sums_path = dist / SUMS_NAME
    write_atomic(sums_path, f"{digest}  {zip_name}\n".encode("ascii"))
    return [zip_path, sums_path]


def package_files(descriptor: dict, root: Path) -> list[str]:
    """Relative paths of every local file the descriptor refers to, itself included, sorted.

    Data paths, schema and dialect paths of each resource; each must be a relative path
    inside ``root`` that exists.
    """
    paths = {"datapackage.json"}
    for res in descriptor.get("resources", []):
        refs = res.get("path")
        refs = refs if isinstance(refs, list) else [refs]
        refs += [res.get("schema"), res.get("dialect")]
        for ref in refs:
            if not isinstance(ref, str):
                continue  # inline schema/dialect
            if not is_safe_member_name(ref) or "://" in ref:
                raise ReleaseError(f"resource {res.get('name')}: {ref!r} is not a relative path inside the package")
            if not (root / ref).is_file():
                raise ReleaseError(f"resource {res.get('name')}: {root / ref} is missing")
            paths.add(ref)
    return sorted(paths)


def write_reproducible_zip(path: Path, members: dict[str, bytes]) -> None:
    """Zip ``members`` (name -> bytes) so that the same members always give the same bytes.

    Sorted names, no directory entries, one timestamp, Unix mode 0644, stored, no comment.
    """
    with zipfile.ZipFile(path, "w", compression=ZIP_COMPRESSION) as zf:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = ZIP_COMPRESSION
            info.create_system = 3  # Unix, so that the mode below is honoured by unzip
            info.external_attr = (stat.S_IFREG | FILE_MODE) << 16
            zf.writestr(info, members[name])
