"""Every table from seeds/ and the development corpus matches its recorded fingerprint.

A refactor must leave these unchanged. A parser change that is meant to change rows re-records
them with ``python tests/snapshot.py --update`` in the same commit, so the change shows.
"""
from __future__ import annotations

import json

import pytest
from snapshot import SNAPSHOT, fingerprints, snapshot_sources


def test_tables_match_recorded_fingerprints():
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    files = snapshot_sources()
    if not any(p.parent.name == "docs" for p in files):
        pytest.skip("development corpus ../shared/corpus not present")
    current = fingerprints(files)
    changed = {doc: sorted(t for t in current[doc] if current[doc][t] != recorded.get(doc, {}).get(t))
               for doc in current}
    changed = {doc: tables for doc, tables in changed.items() if tables}
    assert not changed, f"tables changed (re-record with tests/snapshot.py --update if meant): {changed}"
    assert set(current) == set(recorded), "documents added or missing: re-record on purpose"
