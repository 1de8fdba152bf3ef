"""A version the registry does not list: a failed download (or sql --package of it) says on its one
line which versions releases.json knows, exit 1 (offline: nothing is asked of the network for that)."""
import socket

import pytest

from policydata.cli import main
from policydata.fetch import known_releases


def _refused_url() -> str:
    with socket.socket() as sock:  # a port nobody listens on: connection refused, no network needed
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.mark.parametrize("argv", [
    ["download", "--version", "0.0.9", "--base-url", "{url}", "--dest", "{dest}"],
    ["sql", "--package", "9.9.9", "select 1"],
])
def test_unknown_version_names_the_known_ones(argv, tmp_path, capsys, monkeypatch):
    url = _refused_url()
    monkeypatch.setenv("POLICYDATA_BASE_URL", url)
    monkeypatch.setenv("POLICYDATA_CACHE", str(tmp_path / "cache"))
    code = main([a.format(url=url, dest=tmp_path / "D") for a in argv])
    err = capsys.readouterr().err.strip()
    assert code == 1 and len(err.splitlines()) == 1
    asked = argv[2]
    assert f"{asked} is not a known release" in err
    assert all(v in err for v in known_releases()) and "releases.json" in err


def test_a_known_version_keeps_its_plain_error(tmp_path, monkeypatch):
    known = next(iter(known_releases()), None)
    if known is None:
        pytest.skip("no release recorded")
    from policydata.fetch import ReleaseError, download
    monkeypatch.setenv("POLICYDATA_CACHE", str(tmp_path / "cache"))
    with pytest.raises(ReleaseError) as info:
        download(version=known, dest=tmp_path / "D", base_url=_refused_url())
    assert "cannot connect" in str(info.value) and "not a known release" not in str(info.value)
