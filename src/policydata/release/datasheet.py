"""The datasheet (``README.md``) and ``LICENSE`` of a release, rendered from ``templates/``."""
from __future__ import annotations

import hashlib
import json
import re
import string
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..fetch.registry import ReleaseError

TEMPLATES = "templates"


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
