"""The entry cache under concurrent use: another process may prune a folder while this one
writes to it; the work being cached must never fail because of that."""
import shutil

import pytest

import policydata.storage.cache as cache_module
from policydata.storage.cache import EntryCache, prune_versions

KEY = "ab" + "0" * 62


@pytest.mark.parametrize("vanishes, written", [
    (0, True),   # nothing in the way
    (1, True),   # pruned once between making the folder and writing: made again, written
    (2, False),  # pruned again on the retry: not cached, no error
])
def test_an_entry_whose_folder_vanishes_while_it_is_written(tmp_path, monkeypatch, vanishes, written):
    real = cache_module.write_atomic
    left = [vanishes]

    def pruned_meanwhile(path, data):
        if left[0]:
            left[0] -= 1
            shutil.rmtree(tmp_path / "v")
            raise FileNotFoundError(path)
        return real(path, data)

    monkeypatch.setattr(cache_module, "write_atomic", pruned_meanwhile)
    store = EntryCache(tmp_path / "v")
    assert store.put(KEY, {"n": 1}) is written
    assert store.get(KEY) == ({"n": 1} if written else None)


def test_a_version_in_use_elsewhere_is_not_pruned(tmp_path):
    for version in ("a" * 16, "b" * 16, "c" * 16):
        EntryCache(tmp_path / version).put(KEY, {"v": version})
    # three versions used just now (three checkouts running at once): none is pruned
    assert prune_versions(tmp_path, "a" * 16, keep=0) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a" * 16, "b" * 16, "c" * 16]
    # once they have not been used for the in-use time, the old ones go
    assert sorted(p.name for p in prune_versions(tmp_path, "a" * 16, keep=0, in_use=-1)) == ["b" * 16, "c" * 16]


def _interleaved(monkeypatch, tmp_path, meanwhile):
    """Run ``meanwhile`` (what another process does) right after prune_versions has listed a
    folder's entries and before it removes them."""
    real = cache_module._only_entries

    def listed_then_raced(folder):
        entries = real(folder)
        meanwhile(folder)
        return entries

    monkeypatch.setattr(cache_module, "_only_entries", listed_then_raced)


@pytest.mark.parametrize("race, pruned, left", [
    # another run pruned the same old folder first: nothing to do, no error
    ("folder_gone", [], []),
    # another run removed one entry first: the rest goes, no error
    ("entry_gone", ["b" * 16], []),
    # another run of that old version wrote a new entry meanwhile: the folder stays for next time
    ("entry_written", [], ["b" * 16]),
])
def test_two_runs_pruning_the_same_old_version_at_once(tmp_path, monkeypatch, race, pruned, left):
    EntryCache(tmp_path / ("a" * 16)).put(KEY, {"v": "a"})
    old = EntryCache(tmp_path / ("b" * 16))
    old.put(KEY, {"v": "b"})

    def meanwhile(folder):
        if race == "folder_gone":
            shutil.rmtree(folder)
        elif race == "entry_gone":
            old._path(KEY).unlink()
        else:
            old.put("ab" + "1" * 62, {"v": "new"})

    _interleaved(monkeypatch, tmp_path, meanwhile)
    assert [p.name for p in prune_versions(tmp_path, "a" * 16, keep=0, in_use=-1)] == pruned
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a" * 16, *left])


def test_keep_latest_when_another_run_removed_entries_first(tmp_path, monkeypatch):
    store = EntryCache(tmp_path / "v")
    keys = ["ab" + str(n) * 62 for n in range(3)]
    for key in keys:
        store.put(key, {"k": key})
    real = cache_module._entries_in

    def listed_then_raced(folder):
        entries, foreign = real(folder)
        for entry in entries:
            entry.unlink()  # another build's keep_latest got there first
        return entries, foreign

    monkeypatch.setattr(cache_module, "_entries_in", listed_then_raced)
    assert len(store.keep_latest(1)) == 2  # no error; nothing left either way
    assert not (tmp_path / "v" / "ab").exists() or not any((tmp_path / "v" / "ab").iterdir())
