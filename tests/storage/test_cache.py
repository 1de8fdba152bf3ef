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
