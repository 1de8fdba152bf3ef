"""Fingerprints of every table the parsers make from seeds/ and the development corpus.

A refactor that claims "behaviour unchanged" is checked against these: each document's five
tables are parsed, written as canonical JSON lines and hashed. ``tests/test_snapshot.py``
compares them with ``tests/data/table_snapshot.json``. A change that is *meant* to change rows
(a parser improvement) re-records them on purpose::

    python tests/snapshot.py --update          # re-record the fingerprints
    python tests/snapshot.py --dump /tmp/rows  # every row, one file per document and table

so a reviewer sees in the diff that output changed, and by how much (row counts are kept too).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "data" / "table_snapshot.json"
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CORPUS  # noqa: E402  (one place says where the corpus is)

CORPUS_DOCS = CORPUS / "docs"


def snapshot_sources() -> list[Path]:
    """seeds/ documents and, when present, the development corpus documents."""
    from policydata.pipeline import document_files
    files = document_files(ROOT / "seeds")
    if CORPUS_DOCS.is_dir():
        files += sorted(CORPUS_DOCS.glob("*.txt"))
    return files


def document_tables(path: Path) -> dict[str, list[dict]]:
    """The five tables of one document, as ``policydata parse`` makes them."""
    from policydata.pipeline import metadata_near, parse_files
    return parse_files([path], metadata_near([path]))


def canonical_lines(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) + "\n" for r in rows)


def fingerprints(files: list[Path] | None = None, dump: Path | None = None) -> dict[str, dict]:
    """``{"<folder>/<file>": {table: {"rows": n, "sha256": ...}}}``."""
    out: dict[str, dict] = {}
    for path in files if files is not None else snapshot_sources():
        key = f"{path.parent.name}/{path.name}"
        tables = document_tables(path)
        out[key] = {}
        for table in sorted(tables):
            text = canonical_lines(tables[table])
            out[key][table] = {"rows": len(tables[table]),
                               "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
            if dump is not None:
                target = dump / path.parent.name / path.stem / f"{table}.jsonl"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="re-record tests/data/table_snapshot.json")
    parser.add_argument("--dump", type=Path, help="write every row under this folder")
    args = parser.parse_args(argv)
    current = fingerprints(dump=args.dump)
    if args.update:
        SNAPSHOT.write_text(json.dumps(current, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                            encoding="utf-8")
        print(f"recorded {len(current)} documents in {SNAPSHOT.relative_to(ROOT)}")
        return 0
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    changed = [f"{doc}/{t}" for doc in sorted(set(current) | set(recorded))
               for t in sorted(set(current.get(doc, {})) | set(recorded.get(doc, {})))
               if current.get(doc, {}).get(t) != recorded.get(doc, {}).get(t)]
    for c in changed:
        print("changed:", c)
    print(f"{len(current)} documents, {len(changed)} tables changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
