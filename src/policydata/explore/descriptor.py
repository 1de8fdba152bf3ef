"""Find a data package and its table files: the one place that says what "a package" means.

``policydata sql``, ``policydata diff`` and ``policydata report`` accept a package as

* a path to a ``datapackage.json`` (the committed one, a ``policydata parse`` output, an
  unzipped release),
* a folder holding a ``datapackage.json``,
* a release version such as ``0.1.0`` (the installed tables when it is their version, offline;
  else downloaded, verified and cached on first use: :func:`release_descriptor`),
* nothing: ``./datapackage.json`` when the current folder has one, else the tables shipped
  inside the installed package.

>>> resolve_descriptor(None).name
'datapackage.json'
>>> sorted(table_paths(resolve_descriptor(None)))
['documents', 'measures', 'regions', 'statistics', 'targets']
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from pathlib import Path

#: Name of the descriptor inside a package folder.
DESCRIPTOR_NAME = "datapackage.json"
_VERSION_LIKE = re.compile(r"^v?[0-9]+(\.[0-9A-Za-z+_-]+)+$")


class DescriptorError(Exception):
    """A package could not be found or read; the message is one line."""


def resolve_descriptor(spec: str | Path | None = None) -> Path:
    """The ``datapackage.json`` that ``spec`` names (see the module docstring for the forms).

    Raises :class:`DescriptorError` when ``spec`` is neither an existing path nor a version.
    """
    if spec is None or str(spec) == "":
        local = Path(DESCRIPTOR_NAME)
        if local.is_file():
            return local
        from ..datapackage.dataframes import wheel_descriptor

        return wheel_descriptor()
    path = Path(spec)
    if path.is_dir():
        path = path / DESCRIPTOR_NAME
        if not path.is_file():
            raise DescriptorError(f"{spec}: the folder has no {DESCRIPTOR_NAME}")
        return path
    if path.is_file():
        return path
    if _VERSION_LIKE.match(str(spec)):
        return release_descriptor(str(spec).removeprefix("v"))
    raise DescriptorError(f"{spec}: no such file, folder or release version")


def release_descriptor(version: str | None) -> Path:
    """The ``datapackage.json`` of release ``version``: the tables shipped in the installed package
    when ``version`` is None or theirs (offline), else the release, downloaded and verified on first
    use. The one resolver of a version: ``policydata.load``, ``sql``, ``diff`` and ``report`` read it.

    >>> from policydata.datapackage.dataframes import installed_version
    >>> release_descriptor(installed_version()) == release_descriptor(None)
    True
    """
    from ..datapackage.dataframes import installed_version, wheel_descriptor

    if version is None or version == installed_version():
        return wheel_descriptor()
    from ..fetch import download

    return download(version=version) / DESCRIPTOR_NAME


def read_descriptor(descriptor: Path) -> dict:
    """The descriptor as a dict; :class:`DescriptorError` if it is not JSON."""
    try:
        return json.loads(Path(descriptor).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise DescriptorError(f"{descriptor}: not a valid datapackage.json ({exc})") from None


def table_paths(descriptor: Path, fmt: str = "parquet") -> dict[str, Path]:
    """Table name -> path of its ``fmt`` copy (resource ``<table>-<fmt>``), in table order.

    Every one of the five tables must be there, and its file must exist.
    """
    from ..datapackage.models import ORDER  # pydantic: imported when a package is read, not with policydata

    descriptor = Path(descriptor)
    resources = {r.get("name"): r for r in read_descriptor(descriptor).get("resources", [])}
    paths = {}
    for table in ORDER:
        resource = resources.get(f"{table}-{fmt}")
        if resource is None or not isinstance(resource.get("path"), str):
            raise DescriptorError(f"{descriptor}: no resource {table}-{fmt}; "
                                  "is this a policydata package?")
        path = descriptor.parent / resource["path"]
        if not path.is_file():
            raise DescriptorError(f"{descriptor}: {resource['path']} is missing")
        paths[table] = path
    return paths


def json_ready(value):
    """A cell as JSON can hold it: dates as ISO text, NaN as null."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value
