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

>>> release_filename("0.1.0")
'policydata-data-0.1.0.zip'
>>> parse_sha256sums("ab" * 32 + "  policydata-data-0.1.0.zip\\n")
{'policydata-data-0.1.0.zip': 'abababababababababababababababababababababababababababababababab'}
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import string
import tempfile
import zipfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Iterator
from urllib.parse import unquote, urlparse

from .._version import __version__

#: Where releases live: ``{version}`` is replaced. Override with ``--base-url`` or this variable.
DEFAULT_BASE_URL = "https://github.com/policydata/policydata/releases/download/v{version}"
BASE_URL_ENV = "POLICYDATA_BASE_URL"
CACHE_ENV = "POLICYDATA_CACHE"
SUMS_NAME = "SHA256SUMS"

#: Registry of published release hashes, shipped in the package (see docs/releases.md).
REGISTRY_FILE = "releases.json"
TEMPLATES = "templates"

#: Every member gets this timestamp (the earliest a zip can hold): the bytes of a release must
#: depend on its content only, not on when or where it was built. SOURCE_DATE_EPOCH is ignored
#: on purpose -- a different value would give a different hash for the same data.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
#: Members are stored, not deflated. Measured on the 0.1.0 package: 115 kB stored vs 38 kB
#: deflated -- a saving nobody notices -- while deflate output depends on the zlib build
#: (zlib, zlib-ng, ...), which would make the registry hash differ between machines. The
#: Parquet copies are zstd-compressed already.
ZIP_COMPRESSION = zipfile.ZIP_STORED
FILE_MODE = 0o644
DIR_MODE = 0o755
#: Zip bomb guards. A release recorded in releases.json may unpack to its recorded size and
#: no more; an archive of an unknown version to UNKNOWN_UNPACK_RATIO times its own size
#: (releases are stored, not deflated, so they unpack to about their own size; a third party's
#: deflated copy of the tables to 3-5 times); nothing to more than MAX_UNPACKED_BYTES.
MAX_UNPACKED_BYTES = 4 * 1024**3
UNKNOWN_UNPACK_RATIO = 10
UNKNOWN_UNPACK_MIN = 1024**2
HTTP_TIMEOUT = 30

_VERSION_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+_-]*$")
_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")


class ReleaseError(Exception):
    """A release could not be made or fetched; the message is one line.

    ``report`` (when set) is the validation report that made ``make_release`` refuse.
    """

    def __init__(self, message: str, report=None):
        super().__init__(message)
        self.report = report


# --------------------------------------------------------------------------- names, registry

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
    versions = {k: data[k] for k in sorted((k for k in data if not k.startswith("$")), key=_version_key)}
    path.write_text(json.dumps({**notes, **versions}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return digest


def _version_key(version: str) -> tuple:
    """Sort key: numeric parts as numbers (0.10.0 after 0.9.0)."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.+_-]", version))


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


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


# --------------------------------------------------------------------------- make_release

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
    _write_atomic(sums_path, f"{digest}  {zip_name}\n".encode("ascii"))
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


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


# --------------------------------------------------------------------------- datasheet

@dataclass
class DatasheetInfo:
    """What the datasheet and LICENSE say, collected from the package (deterministically)."""

    title: str
    version: str
    description: str
    homepage: str
    sources: list[dict]
    resources: list[dict]
    rows: dict[str, int]
    changes: str
    date: str  # ISO date of the release from CHANGELOG.md, or ""
    schemas: dict[str, dict]  # table -> Table Schema

    @classmethod
    def collect(cls, descriptor: dict, root: Path, rows: dict[str, int], changelog: str) -> "DatasheetInfo":
        version = str(descriptor.get("version", ""))
        changes, date = changelog_section(changelog, version)
        schemas = {}
        for res in descriptor.get("resources", []):
            table = _table_of(res)
            schema = res.get("schema")
            if table in schemas or schema is None:
                continue
            schemas[table] = (json.loads((root / schema).read_text(encoding="utf-8"))
                              if isinstance(schema, str) else schema)
        return cls(title=str(descriptor.get("title") or descriptor.get("name") or "policydata"),
                   version=version, description=str(descriptor.get("description", "")).strip(),
                   homepage=str(descriptor.get("homepage", "")), sources=descriptor.get("sources", []),
                   resources=descriptor.get("resources", []), rows=dict(rows), changes=changes,
                   date=date, schemas=schemas)

    @property
    def year(self) -> str:
        return self.date[:4] if self.date else "n.d."

    def citation(self) -> str:
        return (f"policydata contributors ({self.year}). {self.title} (version {self.version}) "
                f"[Data set]. {self.homepage}")

    def bibtex(self) -> str:
        key = "policydata_" + re.sub(r"[^0-9A-Za-z]", "_", self.version)
        lines = [f"@misc{{{key},", "  author = {{policydata contributors}},",
                 f"  title = {{{self.title}}},", f"  version = {{{self.version}}},"]
        if self.date:
            lines.append(f"  year = {{{self.year}}},")
        lines += [f"  howpublished = {{{self.homepage}}},", "  note = {Data set, CC BY 4.0}", "}"]
        return "\n".join(lines)

    def template_values(self) -> dict[str, str]:
        return {"title": self.title, "version": self.version, "description": self.description,
                "homepage": self.homepage, "citation": self.citation(), "bibtex": self.bibtex()}


def _table_of(resource: dict) -> str:
    """``statistics`` for the resource ``statistics-csv``."""
    name = str(resource.get("name", ""))
    return name.rsplit("-", 1)[0] if "-" in name else name


def changelog_section(changelog: str, version: str) -> tuple[str, str]:
    """(body, ISO date) of ``version``'s section in a CHANGELOG ("## 0.1.0 — 2026-01-30").

    >>> changelog_section("# Changelog\\n## 0.2.0 — 2026-03-01\\n- more\\n## 0.1.0\\n- first\\n", "0.2.0")
    ('- more', '2026-03-01')
    """
    heading = re.compile(r"^##\s+\[?v?" + re.escape(version) + r"\]?(?=\s|$)(.*)$", re.M)
    match = heading.search(changelog)
    if not match:
        return "", ""
    rest = changelog[match.end():]
    nxt = re.search(r"^##\s", rest, re.M)
    body = (rest[:nxt.start()] if nxt else rest).strip()
    date = re.search(r"\d{4}-\d{2}-\d{2}", match.group(1))
    return body, date.group(0) if date else ""


def _md(text) -> str:
    """A value safe inside a Markdown table cell."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _tables_section(info: DatasheetInfo) -> str:
    lines = ["| table | rows | primary key | CSV | Parquet |", "|---|---:|---|---|---|"]
    paths = {r.get("name"): r.get("path") for r in info.resources}
    for table, schema in info.schemas.items():
        key = ", ".join(schema.get("primaryKey", []))
        lines.append(f"| {table} | {info.rows.get(table, '')} | {_md(key)} | "
                     f"`{paths.get(table + '-csv', '')}` | `{paths.get(table + '-parquet', '')}` |")
    return "\n".join(lines)


def _fields_section(info: DatasheetInfo) -> str:
    parts = []
    for table, schema in info.schemas.items():
        parts.append(f"### {table}\n")
        if schema.get("description"):
            parts.append(schema["description"] + "\n")
        parts.append("| field | type | required | description | constraints |")
        parts.append("|---|---|---|---|---|")
        for f in schema.get("fields", []):
            cons = dict(f.get("constraints", {}))
            required = "yes" if cons.pop("required", False) else ""
            shown = "; ".join(f"{k}: {_constraint_text(k, v)}" for k, v in cons.items())
            parts.append(f"| `{f['name']}` | {f.get('type', 'any')} | {required} | "
                         f"{_md(f.get('description', ''))} | {_md(shown)} |")
        for fk in schema.get("foreignKeys", []):
            ref = fk.get("reference", {})
            parts.append(f"\nForeign key: `{', '.join(fk.get('fields', []))}` → "
                         f"`{ref.get('resource') or table}.{', '.join(ref.get('fields', []))}`")
        parts.append("")
    return "\n".join(parts).strip()


def _constraint_text(key: str, value) -> str:
    """``pattern`` as code, enums as a comma list, anything else as is."""
    if key == "pattern":
        return f"`{value}`"
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _sources_section(info: DatasheetInfo) -> str:
    if not info.sources:
        return "No sources are listed in datapackage.json."
    lines = [f"{len(info.sources)} source file(s), listed in datapackage.json (`sources`):", ""]
    for s in info.sources:
        extra = ", ".join(str(s[k]) for k in ("publisher", "path", "license") if s.get(k))
        lines.append(f"- {s.get('title', '(untitled)')}" + (f" — {extra}" if extra else ""))
    return "\n".join(lines)


def _files_section(members: dict[str, bytes]) -> str:
    lines = ["| file | bytes | sha256 |", "|---|---:|---|"]
    for name in sorted(members):
        lines.append(f"| `{name}` | {len(members[name])} | `{hashlib.sha256(members[name]).hexdigest()}` |")
    lines.append("| `README.md` | | this file |")
    lines.append("| `LICENSE` | | data license (CC BY 4.0) |")
    return "\n".join(lines)


def render_template(name: str, values: dict[str, str]) -> str:
    """Fill ``templates/<name>`` (``$placeholder`` syntax; ``$$`` is a dollar sign)."""
    path = resources.files("policydata") / TEMPLATES / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReleaseError(f"template {TEMPLATES}/{name} is missing from the installed package") from None
    try:
        return string.Template(text).substitute(values)
    except (KeyError, ValueError) as exc:
        raise ReleaseError(f"template {TEMPLATES}/{name}: bad or unknown placeholder {exc}") from None


def render_datasheet(info: DatasheetInfo, members: dict[str, bytes], data_changes: str = "") -> str:
    """The dataset README for the archive holding ``members``; ``data_changes`` lists the rows
    added, removed and changed since the previous release (:mod:`policydata.explore.diff`)."""
    values = info.template_values()
    values.update(
        data_changes=data_changes or "Not compared with an earlier release.",
        tables=_tables_section(info),
        sources=_sources_section(info),
        fields=_fields_section(info),
        files=_files_section(members),
        changes=info.changes or "See CHANGELOG.md in the repository.",
    )
    return render_template("dataset_README.md", values)


# --------------------------------------------------------------------------- download

def cache_root() -> Path:
    """Cache folder: ``$POLICYDATA_CACHE``, else the user cache folder for policydata."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("policydata"))


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

    ``version`` defaults to this package's version; ``dest`` to a folder in the cache (a
    release already unpacked there is returned without any network access); ``base_url`` to
    ``$POLICYDATA_BASE_URL`` or the project's release page. A ``file://`` URL or a local
    folder works too. A verified archive in the cache is used without any network access;
    ``refresh=True`` downloads and verifies it again. Raises ReleaseError (nothing unpacked,
    nothing cached) on any failure.
    """
    version = check_version(version or __version__)
    if dest is None:
        hit = None if refresh else cached_release(version)
        if hit is not None:
            return hit
        dest = _default_dest(version)
    zip_path = fetch_release(version, base_url, refresh=refresh)
    return unpack_release(zip_path, Path(dest), version)


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
            _write_atomic(cache / SUMS_NAME, f"{expected}  {zip_name}\n".encode("ascii"))
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
    except Exception:
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


# --------------------------------------------------------------------------- safe unpacking

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

