"""Safe unpacking of a release archive: every member checked (paths, kinds, sizes) before any is written."""
from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path, PurePosixPath

from .registry import ReleaseError, known_releases


#: Permissions of every archive member and unpacked file (the archive and unpacking agree).
FILE_MODE = 0o644
DIR_MODE = 0o755


def is_safe_member_name(name: str) -> bool:
    """True for a relative, portable path without ``..``: what an archive member may be called.

    >>> [is_safe_member_name(n) for n in ["build/a.csv", "../a", "/etc/passwd", "C:x", "a\\\\b"]]
    [True, False, False, False, False]
    """
    if not name or "\x00" in name or "\\" in name or name.startswith("/"):
        return False
    parts = PurePosixPath(name).parts
    if not parts or ":" in parts[0]:  # a drive letter (C:) is absolute on Windows
        return False
    return all(p not in ("..", ".", "") for p in name.rstrip("/").split("/"))

#: Zip bomb guards. A release recorded in releases.json may unpack to its recorded size and
#: no more; an archive of an unknown version to UNKNOWN_UNPACK_RATIO times its own size
#: (releases are stored, not deflated, so they unpack to about their own size; a third party's
#: deflated copy of the tables to 3-5 times); nothing to more than MAX_UNPACKED_BYTES.
MAX_UNPACKED_BYTES = 4 * 1024**3
UNKNOWN_UNPACK_RATIO = 10
UNKNOWN_UNPACK_MIN = 1024**2


def _member_kind(info: zipfile.ZipInfo) -> str:
    """file, dir, or the kind of special entry (symlink, device ...) from its Unix mode."""
    mode = info.external_attr >> 16
    fmt = stat.S_IFMT(mode)
    if info.create_system == 3 and fmt:
        if stat.S_ISLNK(mode):
            return "symlink"
        if stat.S_ISDIR(mode):
            return "dir"
        if not stat.S_ISREG(mode):
            return "special file"
    return "dir" if info.is_dir() else "file"


def unpack_limit(zip_path: Path, version: str | None = None) -> tuple[int, str]:
    """(most bytes the archive may unpack to, why): the recorded unpacked size of a version in
    releases.json, else UNKNOWN_UNPACK_RATIO times the archive's size; at most MAX_UNPACKED_BYTES."""
    recorded = known_releases().get(version) if version else None
    if recorded and recorded.get("unpacked_size"):
        return min(int(recorded["unpacked_size"]), MAX_UNPACKED_BYTES), f"the recorded size of {version}"
    size = Path(zip_path).stat().st_size
    limit = max(UNKNOWN_UNPACK_RATIO * size, UNKNOWN_UNPACK_MIN)
    if limit >= MAX_UNPACKED_BYTES:
        return MAX_UNPACKED_BYTES, "the largest package accepted"
    return limit, f"{UNKNOWN_UNPACK_RATIO} times the archive's {size} bytes"


def check_archive(zip_path: Path, version: str | None = None) -> list[zipfile.ZipInfo]:
    """Every member of the release archive, after checking all of them; ReleaseError otherwise.

    Refused: absolute paths, ``..``, backslashes, links and other special entries, duplicate
    names, more bytes than :func:`unpack_limit` allows (a zip bomb), no top-level
    datapackage.json, a descriptor without the five tables (a CSV and a Parquet resource each,
    inside the archive), or (with ``version``) a descriptor of another version.
    """
    name = Path(zip_path).name
    limit, why = unpack_limit(zip_path, version)
    try:
        with zipfile.ZipFile(zip_path) as zf:
            infos = zf.infolist()
            seen: set[str] = set()
            total = 0
            for info in infos:
                if not is_safe_member_name(info.filename):
                    raise ReleaseError(f"{name}: unsafe member path {info.filename!r} (absolute or '..'); nothing was unpacked")
                kind = _member_kind(info)
                if kind not in ("file", "dir"):
                    raise ReleaseError(f"{name}: member {info.filename!r} is a {kind}; nothing was unpacked")
                key = info.filename.rstrip("/")
                if key in seen:
                    raise ReleaseError(f"{name}: duplicate member {info.filename!r}; nothing was unpacked")
                seen.add(key)
                total += info.file_size
            if total > limit:
                raise ReleaseError(f"{name}: would unpack to {total} bytes, more than {limit} "
                                   f"({why}); refused as a possible zip bomb, nothing was unpacked")
            if "datapackage.json" not in seen:
                raise ReleaseError(f"{name}: no datapackage.json at the top of the archive")
            info = zf.getinfo("datapackage.json")
            if info.file_size > 16 * 1024**2:
                raise ReleaseError(f"{name}: datapackage.json is {info.file_size} bytes, not a descriptor")
            try:
                descriptor = json.loads(zf.read(info).decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                raise ReleaseError(f"{name}: datapackage.json is not valid JSON") from None
            if not isinstance(descriptor, dict):
                raise ReleaseError(f"{name}: datapackage.json is not a Data Package descriptor")
            _check_tables(name, descriptor, seen)
            if version is not None and descriptor.get("version") != version:
                raise ReleaseError(f"{name}: holds version {descriptor.get('version')}, not {version}")
            return infos
    except zipfile.BadZipFile as exc:
        raise ReleaseError(f"{name}: not a valid zip archive ({exc})") from None


def _check_tables(name: str, descriptor: dict, members: set[str]) -> None:
    """ReleaseError unless each of the five tables has a CSV and a Parquet resource in the archive."""
    from ..datapackage.models import ORDER

    resources = descriptor.get("resources")
    paths = {}
    for res in resources if isinstance(resources, list) else []:
        if isinstance(res, dict) and isinstance(res.get("name"), str):
            paths[res["name"]] = res.get("path")
    missing = [t for t in ORDER
               if not all(isinstance(paths.get(f"{t}-{kind}"), str) and paths[f"{t}-{kind}"] in members
                          for kind in ("csv", "parquet"))]
    if missing:
        raise ReleaseError(f"{name}: not a policydata package: no {', '.join(missing)} "
                           f"table{'s' if len(missing) > 1 else ''} (CSV and Parquet resources in the "
                           "archive); nothing was unpacked")


def unpack_release(zip_path: Path, dest: Path, version: str | None = None) -> Path:
    """Unpack a checked archive into ``dest`` all at once (see :func:`policydata.storage.outdir.package_folder`).

    ``dest`` may be missing, empty, or a folder policydata wrote, whose package files are
    replaced (other files there stay). Anything else is refused, and on any failure ``dest``
    is unchanged.
    """
    from ..storage.outdir import OutputFolderError, package_folder

    dest = Path(dest)
    infos = check_archive(zip_path, version)
    try:
        with package_folder(dest, option="--dest", purpose="unpack") as tmp:  # only policydata's files are replaced
            _extract(zip_path, infos, tmp)
    except OutputFolderError as exc:
        raise ReleaseError(str(exc)) from None
    except zipfile.BadZipFile as exc:  # e.g. a CRC error met while reading a member
        raise ReleaseError(f"{Path(zip_path).name}: corrupt archive ({exc}); nothing was unpacked") from None
    return dest


def _extract(zip_path: Path, infos: list[zipfile.ZipInfo], target: Path) -> None:
    """Write each (already checked) member below ``target`` with fixed permissions."""
    with zipfile.ZipFile(zip_path) as zf:
        for info in infos:
            out = target.joinpath(*info.filename.rstrip("/").split("/"))
            if _member_kind(info) == "dir":
                out.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
                continue
            out.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
            with zf.open(info) as src, open(out, "xb") as dst:
                written = 0
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    written += len(chunk)
                    if written > info.file_size:  # zipfile stops at the declared size; be sure
                        raise ReleaseError(f"{Path(zip_path).name}: member {info.filename!r} is larger "
                                           "than it says; nothing was unpacked")
                    dst.write(chunk)
            os.chmod(out, FILE_MODE)
