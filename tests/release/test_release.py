"""Release archives (reproducible zip, SHA256SUMS, datasheet) and verified download.

Downloads go to a local HTTP server on 127.0.0.1 (ephemeral port, shut down after each
test); the cache, the registry and the environment are redirected into tmp_path.
"""
from __future__ import annotations

import hashlib
import http.server
import json
import os
import re
import shutil
import socket
import stat
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

import policydata
from policydata import fetch, release
from policydata.fetch import registry
from policydata._version import __version__ as VERSION
from policydata.cli import main
from policydata.datapackage.models import ORDER
from policydata.datapackage.package import PackageInfo, PackageLayout, write_package
from policydata.fetch import ReleaseError, download
from policydata.release import make_release
from policydata.datapackage.validation import validate_package

ZIP = fetch.release_filename(VERSION)
from conftest import TINY_TEXT as TEXT, tiny_tables  # noqa: E402
CHANGELOG = f"# Changelog\n\n## {VERSION} — 2026-02-01\n\n### Data\n- tiny test package\n\n## 0.0.1\n- older\n"


def make_repo(folder: Path, version: str = VERSION) -> Path:
    """A repository-shaped package (datapackage.json, build/, schemas/, CHANGELOG.md)."""
    info = PackageInfo(version=version, sources=[{"title": "测试文件", "publisher": "测试报"}])
    write_package(tiny_tables(), folder, info, PackageLayout(data_dir="build"))
    (folder / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
    return folder


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Cache and registry in tmp_path; no base URL from the environment."""
    monkeypatch.setenv("POLICYDATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("POLICYDATA_BASE_URL", raising=False)
    monkeypatch.setattr(registry, "registry_path", lambda: tmp_path / "registry.json")


@pytest.fixture(scope="module")
def released(tmp_path_factory) -> Path:
    """dist/ with the zip and SHA256SUMS of the tiny package (made once per module)."""
    base = tmp_path_factory.mktemp("released")
    with pytest.MonkeyPatch.context() as mp:  # a recorded real release must not interfere
        mp.setattr(registry, "registry_path", lambda: base / "no-registry.json")
        make_release(make_repo(base / "repo"), base / "dist")
    return base / "dist"


class Server:
    """http.server on 127.0.0.1:<ephemeral> serving a folder, counting requests per path."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.requests: list[str] = []
        outer = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *a, **kw):
                super().__init__(*a, directory=str(outer.folder), **kw)

            def do_GET(self):
                outer.requests.append(self.path)
                super().do_GET()

            def log_message(self, *args):  # keep test output clean
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.timeout = 5
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def served(tmp_path, released):
    """A copy of the released dist/ behind a local server (tests may tamper with the copy)."""
    folder = tmp_path / "www"
    shutil.copytree(released, folder)
    with Server(folder) as server:
        yield server


def rezip(src: Path, dst: Path, extra: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    """Copy the members of ``src`` into ``dst`` and add ``extra`` entries."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        for info, data in extra:
            zout.writestr(info, data)


def publish(folder: Path, zip_path: Path) -> None:
    """Put ``zip_path`` in the served folder with a matching SHA256SUMS."""
    target = folder / ZIP
    if zip_path != target:
        shutil.copyfile(zip_path, target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    (folder / "SHA256SUMS").write_text(f"{digest}  {ZIP}\n", encoding="utf-8")


# --------------------------------------------------------------------------- make_release

def test_release_writes_zip_and_sums_accepted_by_sha256sum(released):
    assert sorted(p.name for p in released.iterdir()) == ["SHA256SUMS", ZIP]
    line = (released / "SHA256SUMS").read_text(encoding="ascii")
    digest = hashlib.sha256((released / ZIP).read_bytes()).hexdigest()
    assert line == f"{digest}  {ZIP}\n"
    if shutil.which("sha256sum"):
        done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=released, capture_output=True,
                              text=True, timeout=30)
        assert done.returncode == 0, done.stdout + done.stderr
        assert f"{ZIP}: OK" in done.stdout


def test_release_holds_the_package_datasheet_and_license(released):
    with zipfile.ZipFile(released / ZIP) as zf:
        names = zf.namelist()
        readme = zf.read("README.md").decode("utf-8")
        license_text = zf.read("LICENSE").decode("utf-8")
    expected = {"datapackage.json", "README.md", "LICENSE"}
    expected |= {f"build/{t}.{fmt}" for t in ORDER for fmt in ("csv", "parquet")}
    expected |= {f"schemas/{t}.json" for t in ORDER}
    expected |= {"report/index.html"}  # the browsable report of the release
    assert set(names) == expected
    assert names == sorted(names)
    # the datasheet: row counts, fields from the schemas, sources, changes, license, citation
    assert "| statistics | 1 |" in readme and "| measures | 0 |" in readme
    assert "`statistic_id`" in readme and "`value_raw`" in readme and "原始数值" in readme
    assert "测试文件 — 测试报" in readme
    assert "tiny test package" in readme and "older" not in readme
    assert "CC BY 4.0" in readme and "MIT" in readme
    assert "Rows changed since the previous release" in readme and "report/index.html" in readme
    # the one learned decision is named, not denied (rule clause_model, lexicons/measure_model.json)
    assert "clause_model" in readme and "measure_model.json" in readme
    assert "no machine" not in readme.replace("\n", " ")
    assert f"(2026). policydata" in readme and f"version {VERSION}" in readme
    assert not re.search(r"\$\{?[a-z_]{3,}", readme)  # every placeholder was filled
    assert "CC BY 4.0" in license_text and "MIT License" in license_text and VERSION in license_text


def test_unzipped_release_validates_with_frictionless(released, tmp_path):
    from frictionless import Package

    with zipfile.ZipFile(released / ZIP) as zf:
        zf.extractall(tmp_path / "unzipped")
    report = Package(str(tmp_path / "unzipped" / "datapackage.json")).validate()
    assert report.valid, report.flatten(["type", "note"])
    assert validate_package(tmp_path / "unzipped").valid


def test_release_is_byte_reproducible(tmp_path):
    repo = make_repo(tmp_path / "repo")
    first = make_release(repo, tmp_path / "dist1")
    for p in files_under(repo):  # other timestamps and permissions must not matter
        os.utime(p, (2_000_000_000, 2_000_000_000))
        p.chmod(0o600)
    second = make_release(repo, tmp_path / "dist2")
    assert [p.name for p in first] == [p.name for p in second] == [ZIP, "SHA256SUMS"]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(first[0]) as zf:
        for info in zf.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert stat.S_IMODE(info.external_attr >> 16) == 0o644
            assert info.compress_type == zipfile.ZIP_STORED


def test_release_refuses_a_version_other_than_the_code(tmp_path):
    repo = make_repo(tmp_path / "repo", version="9.9.9")
    with pytest.raises(ReleaseError, match="version 9.9.9 is not the code's version"):
        make_release(repo, tmp_path / "dist")
    assert not (tmp_path / "dist").exists()


def test_release_refuses_an_invalid_package(tmp_path):
    repo = make_repo(tmp_path / "repo")
    csv_path = repo / "build" / "statistics.csv"
    csv_path.write_text(csv_path.read_text(encoding="utf-8").replace("粮食产量1.3", "粮食产量9.9"),
                        encoding="utf-8")
    with pytest.raises(ReleaseError, match="invalid") as err:
        make_release(repo, tmp_path / "dist")
    assert err.value.report is not None and not err.value.report.valid
    assert "\n" not in str(err.value)
    assert files_under(tmp_path / "dist") == []


def test_release_refuses_a_missing_package(tmp_path):
    code = main(["release", "--root", str(tmp_path), "--dist", str(tmp_path / "dist")])
    assert code == 1


def test_release_refuses_changed_data_under_a_recorded_version(tmp_path):
    repo = make_repo(tmp_path / "repo")
    (tmp_path / "registry.json").write_text(json.dumps({VERSION: {"sha256": "0" * 64, "file": ZIP}}))
    with pytest.raises(ReleaseError, match="bump the version"):
        make_release(repo, tmp_path / "dist")
    assert files_under(tmp_path / "dist") == []


def test_record_release_adds_the_hash_once(released, tmp_path):
    registry = tmp_path / "registry.json"
    digest = fetch.record_release(released / ZIP)
    with zipfile.ZipFile(released / ZIP) as zf:
        unpacked = sum(i.file_size for i in zf.infolist())
    assert fetch.known_releases() == {VERSION: {"sha256": digest, "file": ZIP, "unpacked_size": unpacked,
                                                  "size": (released / ZIP).stat().st_size}}
    assert fetch.record_release(released / ZIP) == digest  # idempotent
    registry.write_text(json.dumps({"$comment": "x", VERSION: {"sha256": "1" * 64, "file": ZIP}}))
    with pytest.raises(ReleaseError, match="already recorded"):
        fetch.record_release(released / ZIP)
    assert fetch.record_release(released / ZIP, replace=True) == digest  # a never-published version
    assert fetch.known_releases()[VERSION]["sha256"] == digest
    # and a release made with the hash on record passes its own check
    (tmp_path / "registry.json").write_text(json.dumps({VERSION: {"sha256": digest, "file": ZIP}}))
    repo = make_repo(tmp_path / "repo")
    assert make_release(repo, tmp_path / "dist")[0].read_bytes() == (released / ZIP).read_bytes()


def test_the_shipped_registry_is_well_formed_and_reproduced_by_the_repository(tmp_path):
    """releases.json holds the hash and sizes of each released archive; when the code's version
    is listed, the repository's package must give exactly that archive (else: bump the version,
    or re-record a version that was never published, see docs/releases.md)."""
    shipped = Path(policydata.__file__).with_name("releases.json")
    entries = fetch.known_releases(shipped)
    for version, entry in entries.items():
        assert fetch.check_version(version) == version
        assert entry["file"] == fetch.release_filename(version)
        assert len(entry["sha256"]) == 64 and int(entry["sha256"], 16) >= 0
        assert entry["size"] > 0 and entry["unpacked_size"] > 0
    if VERSION not in entries:
        pytest.skip(f"version {VERSION} is not released yet (not in releases.json)")
    if not (ROOT / "datapackage.json").exists():
        pytest.skip("no published package in the repository")
    repo = tmp_path / "repo"
    repo.mkdir()
    for part in ("datapackage.json", "CHANGELOG.md"):
        if (ROOT / part).exists():
            shutil.copy2(ROOT / part, repo / part)
    for part in ("build", "schemas"):
        shutil.copytree(ROOT / part, repo / part)
    zip_path = make_release(repo, tmp_path / "dist", check_registry=False)[0]
    digest = hashlib.sha256(zip_path.read_bytes()).hexdigest()
    assert digest == entries[VERSION]["sha256"], (
        f"the repository's package gives sha256 {digest} for {VERSION}, releases.json records "
        f"{entries[VERSION]['sha256']}: changed data needs a new version; a version never published "
        "is re-recorded with `policydata release --record --replace` (docs/releases.md)")
    with zipfile.ZipFile(zip_path) as zf:
        assert sum(i.file_size for i in zf.infolist()) == entries[VERSION]["unpacked_size"]
    assert zip_path.stat().st_size == entries[VERSION]["size"]


# --------------------------------------------------------------------------- download

def test_download_unpacks_a_verified_release(served, tmp_path):
    dest = tmp_path / "D"
    folder = download(version=VERSION, dest=dest, base_url=served.url)
    assert folder == dest and (dest / "datapackage.json").is_file()
    assert (dest / "build" / "statistics.parquet").is_file() and (dest / "README.md").is_file()
    assert sorted(served.requests) == sorted(["/SHA256SUMS", f"/{ZIP}"])
    cached = files_under(tmp_path / "cache")
    assert sorted(p.name for p in cached) == ["SHA256SUMS", ZIP]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".D.")]  # no temp folder left


def test_second_download_uses_the_cache(served, tmp_path):
    download(version=VERSION, dest=tmp_path / "D1", base_url=served.url)
    served.requests.clear()
    download(version=VERSION, dest=tmp_path / "D2", base_url=served.url)
    assert served.requests == []
    assert (tmp_path / "D2" / "datapackage.json").is_file()
    # unpacking again into the same destination replaces the earlier copy
    download(version=VERSION, dest=tmp_path / "D2", base_url=served.url)
    assert served.requests == []


def test_download_without_dest_unpacks_into_the_cache_and_load_reads_it(served, tmp_path, monkeypatch):
    from policydata.datapackage import dataframes

    monkeypatch.setattr(dataframes, "installed_version", lambda: "0.0.0")  # VERSION is not installed
    monkeypatch.setenv("POLICYDATA_BASE_URL", served.url)
    folder = download(version=VERSION)
    assert folder.is_relative_to(tmp_path / "cache") and (folder / "datapackage.json").is_file()
    assert fetch.cached_release(VERSION) == folder
    served.requests.clear()
    stats = policydata.load("statistics", version=VERSION)
    assert served.requests == []
    assert list(stats["indicator"]) == ["粮食产量"] and str(stats["value"].dtype) == "Float64"


def test_base_url_may_name_the_version(served, tmp_path):
    (served.folder / f"v{VERSION}").mkdir()
    for name in (ZIP, "SHA256SUMS"):
        shutil.move(served.folder / name, served.folder / f"v{VERSION}" / name)
    download(version=VERSION, dest=tmp_path / "D", base_url=served.url + "/v{version}/")
    assert (tmp_path / "D" / "datapackage.json").is_file()


def test_download_from_a_local_folder(released, tmp_path):
    download(version=VERSION, dest=tmp_path / "D", base_url=str(released))
    assert (tmp_path / "D" / "datapackage.json").is_file()


def assert_nothing_left(tmp_path: Path, dest: Path) -> None:
    assert not dest.exists() or not any(dest.iterdir()), "destination must stay empty"
    assert files_under(tmp_path / "cache") == [], "nothing may be cached"
    assert not [p for p in dest.parent.iterdir() if p.name.startswith(f".{dest.name}.")]


def test_tampered_zip_fails_and_leaves_nothing(served, tmp_path):
    with open(served.folder / ZIP, "ab") as fh:
        fh.write(b"appended")
    dest = tmp_path / "D"
    with pytest.raises(ReleaseError, match="checksum mismatch") as err:
        download(version=VERSION, dest=dest, base_url=served.url)
    assert "\n" not in str(err.value)
    assert_nothing_left(tmp_path, dest)


def test_wrong_sha256sums_fails(served, tmp_path):
    (served.folder / "SHA256SUMS").write_text(f"{'ab' * 32}  {ZIP}\n")
    dest = tmp_path / "D"
    with pytest.raises(ReleaseError, match="checksum mismatch.*SHA256SUMS"):
        download(version=VERSION, dest=dest, base_url=served.url)
    assert_nothing_left(tmp_path, dest)


def test_sha256sums_without_the_archive_fails(served, tmp_path):
    (served.folder / "SHA256SUMS").write_text(f"{'ab' * 32}  other.zip\n")
    with pytest.raises(ReleaseError, match="no checksum for"):
        download(version=VERSION, dest=tmp_path / "D", base_url=served.url)
    assert_nothing_left(tmp_path, tmp_path / "D")


def test_missing_release_is_a_404(served, tmp_path):
    with pytest.raises(ReleaseError, match="v7.7.7/SHA256SUMS: HTTP 404"):
        download(version="7.7.7", dest=tmp_path / "D", base_url=served.url + "/v{version}")
    (served.folder / ZIP).unlink()
    with pytest.raises(ReleaseError, match=f"{ZIP}: HTTP 404"):
        download(version=VERSION, dest=tmp_path / "D", base_url=served.url)
    assert_nothing_left(tmp_path, tmp_path / "D")


def test_no_network_is_one_clear_error(tmp_path):
    with socket.socket() as sock:  # a port nobody listens on: connection refused
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(ReleaseError, match="cannot connect"):
        download(version=VERSION, dest=tmp_path / "D", base_url=f"http://127.0.0.1:{port}")
    assert_nothing_left(tmp_path, tmp_path / "D")


def entry(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = mode << 16
    return info


@pytest.mark.parametrize("bad, message", [
    ((entry("../evil.txt"), b"x"), "unsafe member path '../evil.txt'"),
    ((entry("build/../../evil.txt"), b"x"), "unsafe member path"),
    ((entry("/tmp/policydata-evil.txt"), b"x"), "unsafe member path '/tmp/"),
    ((entry("link", stat.S_IFLNK | 0o777), b"/etc/passwd"), "'link' is a symlink"),
    ((entry("build/fifo", stat.S_IFIFO | 0o644), b""), "is a special file"),
], ids=["dotdot", "nested-dotdot", "absolute", "symlink", "fifo"])
def test_unsafe_archives_are_refused_before_anything_is_unpacked(served, tmp_path, bad, message):
    rezip(served.folder / ZIP, tmp_path / "bad.zip", [bad])
    publish(served.folder, tmp_path / "bad.zip")  # the checksum is right: only the content is bad
    dest = tmp_path / "D"
    with pytest.raises(ReleaseError, match=message):
        download(version=VERSION, dest=dest, base_url=served.url)
    assert_nothing_left(tmp_path, dest)
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/policydata-evil.txt").exists()


def test_archive_of_another_version_is_refused(tmp_path, served):
    with zipfile.ZipFile(served.folder / ZIP) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    desc = json.loads(members["datapackage.json"])
    desc["version"] = "0.0.0"
    members["datapackage.json"] = json.dumps(desc).encode()
    release.write_reproducible_zip(tmp_path / "other.zip", members)
    publish(served.folder, tmp_path / "other.zip")
    with pytest.raises(ReleaseError, match="holds version 0.0.0"):
        download(version=VERSION, dest=tmp_path / "D", base_url=served.url)
    assert_nothing_left(tmp_path, tmp_path / "D")


def test_registry_hash_wins_over_sha256sums(served, tmp_path):
    good = hashlib.sha256((served.folder / ZIP).read_bytes()).hexdigest()
    (tmp_path / "registry.json").write_text(json.dumps({VERSION: {"sha256": good, "file": ZIP}}))
    (served.folder / "SHA256SUMS").write_text(f"{'ab' * 32}  {ZIP}\n")  # wrong, and not needed
    download(version=VERSION, dest=tmp_path / "D", base_url=served.url)
    assert served.requests == [f"/{ZIP}"]
    # a zip that matches a forged SHA256SUMS still fails against the registry
    shutil.rmtree(tmp_path / "cache")
    with open(served.folder / ZIP, "ab") as fh:
        fh.write(b"x")
    publish(served.folder, served.folder / ZIP)
    with pytest.raises(ReleaseError, match="from registry"):
        download(version=VERSION, dest=tmp_path / "E", base_url=served.url)
    assert_nothing_left(tmp_path, tmp_path / "E")


def test_a_corrupted_cache_is_fetched_again(served, tmp_path):
    download(version=VERSION, dest=tmp_path / "D", base_url=served.url)
    cached = next(p for p in files_under(tmp_path / "cache") if p.name == ZIP)
    cached.write_bytes(b"garbage")
    served.requests.clear()
    download(version=VERSION, dest=tmp_path / "E", base_url=served.url)
    assert f"/{ZIP}" in served.requests
    assert (tmp_path / "E" / "datapackage.json").is_file()


def test_a_changed_server_copy_is_verified_again_and_fails_when_tampered(served, tmp_path):
    download(version=VERSION, dest=tmp_path / "D", base_url=served.url)
    good = hashlib.sha256((served.folder / ZIP).read_bytes()).hexdigest()
    # unchanged server: the verified cache is used, the archive is not fetched again
    served.requests.clear()
    download(version=VERSION, dest=tmp_path / "E", base_url=served.url)
    assert served.requests == []
    with open(served.folder / ZIP, "ab") as fh:
        fh.write(b"appended")
    # the published archive changed size: it is fetched and checked again, and fails
    with pytest.raises(ReleaseError, match="checksum mismatch"):
        download(version=VERSION, dest=tmp_path / "F", base_url=served.url)
    assert not (tmp_path / "F").exists()
    cached = {p.name: p for p in files_under(tmp_path / "cache")}
    assert sorted(cached) == ["SHA256SUMS", ZIP]
    assert hashlib.sha256(cached[ZIP].read_bytes()).hexdigest() == good
    # once the server holds a consistent new upload, it replaces the cache
    publish(served.folder, served.folder / ZIP)
    download(version=VERSION, dest=tmp_path / "G", base_url=served.url, refresh=True)
    new = hashlib.sha256((served.folder / ZIP).read_bytes()).hexdigest()
    assert hashlib.sha256(cached[ZIP].read_bytes()).hexdigest() == new != good
    assert new in cached["SHA256SUMS"].read_text()


def test_a_foreign_destination_is_not_overwritten(served, tmp_path):
    dest = tmp_path / "D"
    dest.mkdir()
    (dest / "notes.txt").write_text("mine")
    with pytest.raises(ReleaseError, match="not empty"):
        download(version=VERSION, dest=dest, base_url=served.url)
    assert [p.name for p in dest.iterdir()] == ["notes.txt"]


def test_bad_version_strings_are_refused(tmp_path):
    for bad in ["../1.0", "1.0/../../x", "a b", "1.0\n"]:
        with pytest.raises(ReleaseError, match="not a valid version"):
            download(version=bad, dest=tmp_path / "D", base_url="http://127.0.0.1:9")


# --------------------------------------------------------------------------- command line

def test_cli_download_prints_the_descriptor(served, tmp_path, capsys):
    dest = tmp_path / "D"
    code = main(["download", "--version", VERSION, "--dest", str(dest), "--base-url", served.url])
    assert code == 0
    assert capsys.readouterr().out.strip() == str(dest / "datapackage.json")


@pytest.mark.parametrize("breakage", ["tamper", "404", "dotdot"])
def test_cli_download_failure_is_one_line_and_exit_1(served, tmp_path, capsys, breakage):
    if breakage == "tamper":
        with open(served.folder / ZIP, "ab") as fh:
            fh.write(b"appended")
    elif breakage == "404":
        (served.folder / ZIP).unlink()
    else:
        rezip(served.folder / ZIP, tmp_path / "bad.zip", [(entry("../evil.txt"), b"x")])
        publish(served.folder, tmp_path / "bad.zip")
    dest = tmp_path / "D"
    code = main(["download", "--version", VERSION, "--dest", str(dest), "--base-url", served.url])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("policydata download: error: "), captured.err
    assert_nothing_left(tmp_path, dest)


def test_cli_release_prints_the_written_paths(tmp_path, capsys):
    repo = make_repo(tmp_path / "repo")
    assert main(["release", "--root", str(repo), "--dist", str(tmp_path / "dist")]) == 0
    out = capsys.readouterr().out.split()
    assert out == [str(tmp_path / "dist" / ZIP), str(tmp_path / "dist" / "SHA256SUMS")]



def test_cli_release_record_writes_the_registry(tmp_path, capsys):
    repo = make_repo(tmp_path / "repo")
    assert main(["release", "--root", str(repo), "--dist", str(tmp_path / "dist"), "--record"]) == 0
    recorded = fetch.known_releases()[VERSION]
    assert recorded["sha256"] == hashlib.sha256((tmp_path / "dist" / ZIP).read_bytes()).hexdigest()
    assert f"recorded sha256 {recorded['sha256']}" in capsys.readouterr().out
    # a second run gives the same bytes and records nothing new
    assert main(["release", "--root", str(repo), "--dist", str(tmp_path / "dist2"), "--record"]) == 0
    assert (tmp_path / "dist2" / ZIP).read_bytes() == (tmp_path / "dist" / ZIP).read_bytes()
    # changed data under the recorded version: one line, exit 1, registry unchanged
    (repo / "CHANGELOG.md").write_text(CHANGELOG.replace("tiny test package", "changed"), encoding="utf-8")
    before = (tmp_path / "registry.json").read_text()
    assert main(["release", "--root", str(repo), "--dist", str(tmp_path / "dist3"), "--record"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bump the version" in err[0]
    assert (tmp_path / "registry.json").read_text() == before
    # ... unless the maintainer says the version was never published
    assert main(["release", "--root", str(repo), "--dist", str(tmp_path / "dist3"), "--record", "--replace"]) == 0
    assert fetch.known_releases()[VERSION]["sha256"] != recorded["sha256"]


# --------------------------------------------------------------------------- zip bombs, foreign packages

def deflate_bomb(path: Path, stored: dict[str, bytes], name: str, size: int) -> None:
    """A zip holding ``stored`` members plus ``name``: ``size`` zero bytes deflated to ~1/1000.

    The deflate stream is one compressed 16 MiB block of zeros repeated (full flushes make the
    blocks identical), written by hand, so that making a 1 GiB bomb takes a second, not ten.
    """
    import struct
    import zlib

    chunk = 1 << 24
    assert size % chunk == 0
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(bytes(chunk)) + comp.flush(zlib.Z_FULL_FLUSH)
    assert comp.compress(bytes(chunk)) + comp.flush(zlib.Z_FULL_FLUSH) == block
    data = block * (size // chunk) + comp.flush()
    crc = 0
    zeros = bytes(chunk)
    for _ in range(size // chunk):
        crc = zlib.crc32(zeros, crc)
    entries = [(n, 0, zlib.crc32(b), b, len(b)) for n, b in sorted(stored.items())]
    entries.append((name, 8, crc, data, size))
    out, central = bytearray(), bytearray()
    for n, method, c, body, usize in entries:
        raw_name = n.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, c, len(body), usize,
                           len(raw_name), 0) + raw_name + body
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, 0, method, 0, 0x21, c,
                               len(body), usize, len(raw_name), 0, 0, 0, 0, 0o100644 << 16, offset) + raw_name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    path.write_bytes(bytes(out + central + end))


@pytest.fixture(scope="module")
def bomb(released, tmp_path_factory) -> Path:
    """The tiny release plus a member of 1 GiB of zeros: a zip of about 1 MB."""
    with zipfile.ZipFile(released / ZIP) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    path = tmp_path_factory.mktemp("bomb") / ZIP
    deflate_bomb(path, members, "build/padding.csv", 1 << 30)
    with zipfile.ZipFile(path) as zf:
        assert sum(i.file_size for i in zf.infolist()) > 1 << 30
    assert path.stat().st_size < 1.2e6  # the bomb itself ~1.04 MB, plus the tiny package
    return path


def test_a_zip_bomb_is_refused_with_one_line_and_nothing_unpacked(served, tmp_path, bomb, capsys):
    publish(served.folder, bomb)  # SHA256SUMS matches: the version is not in the registry
    dest = tmp_path / "D"
    code = main(["download", "--version", VERSION, "--dest", str(dest), "--base-url", served.url])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1, err
    assert "zip bomb" in err[0] and "would unpack to 10" in err[0]
    assert_nothing_left(tmp_path, dest)


def test_unpacking_is_capped_at_a_small_multiple_of_an_unknown_archive(tmp_path, bomb):
    limit, why = fetch.unpack_limit(bomb, None)
    assert limit == fetch.UNKNOWN_UNPACK_RATIO * bomb.stat().st_size and "times" in why
    with pytest.raises(ReleaseError, match="zip bomb"):
        fetch.unpack_release(bomb, tmp_path / "D")
    assert not (tmp_path / "D").exists()
    assert [p for p in tmp_path.iterdir()] == []  # no temporary folder left either


def test_a_recorded_release_is_capped_at_its_recorded_size(served, tmp_path):
    digest = hashlib.sha256((served.folder / ZIP).read_bytes()).hexdigest()
    with zipfile.ZipFile(served.folder / ZIP) as zf:
        unpacked = sum(i.file_size for i in zf.infolist())
    registry = {VERSION: {"sha256": digest, "file": ZIP, "size": 1, "unpacked_size": unpacked - 1}}
    (tmp_path / "registry.json").write_text(json.dumps(registry))
    assert fetch.unpack_limit(served.folder / ZIP, VERSION) == (unpacked - 1, f"the recorded size of {VERSION}")
    with pytest.raises(ReleaseError, match=f"more than {unpacked - 1} \\(the recorded size of {VERSION}\\)"):
        download(version=VERSION, dest=tmp_path / "D", base_url=served.url)
    assert_nothing_left(tmp_path, tmp_path / "D")
    registry[VERSION]["unpacked_size"] = unpacked
    (tmp_path / "registry.json").write_text(json.dumps(registry))
    assert (download(version=VERSION, dest=tmp_path / "D", base_url=served.url) / "datapackage.json").is_file()


@pytest.mark.parametrize("change, missing", [
    (lambda d: d.update(resources=[]), "no documents, measures, targets, statistics, regions tables"),
    (lambda d: d.pop("resources"), "no documents, measures, targets, statistics, regions tables"),
    (lambda d: d.update(resources=[r for r in d["resources"] if not r["name"].startswith("regions")]),
     "no regions table"),
    (lambda d: d.update(resources=[dict(r, path="build/elsewhere.csv") if r["name"] == "statistics-csv" else r
                                   for r in d["resources"]]), "no statistics table"),
], ids=["no-resources", "resources-key-missing", "four-tables", "path-outside-archive"])
def test_a_package_without_the_five_tables_is_refused(served, tmp_path, change, missing):
    with zipfile.ZipFile(served.folder / ZIP) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    desc = json.loads(members["datapackage.json"])
    change(desc)
    members["datapackage.json"] = json.dumps(desc).encode()
    release.write_reproducible_zip(tmp_path / "foreign.zip", members)
    publish(served.folder, tmp_path / "foreign.zip")
    with pytest.raises(ReleaseError, match=f"not a policydata package: {missing}"):
        download(version=VERSION, dest=tmp_path / "D", base_url=served.url)
    assert_nothing_left(tmp_path, tmp_path / "D")


def test_load_of_the_installed_version_uses_the_installed_tables_without_network(tmp_path, monkeypatch):
    from policydata.datapackage.dataframes import installed_version, wheel_descriptor

    try:
        wheel_descriptor()
    except FileNotFoundError:
        pytest.skip("no published tables in src/policydata/data (run policydata build)")
    assert installed_version() == VERSION

    def no_network(*args, **kwargs):
        raise AssertionError("load(version=<installed>) must not download")

    monkeypatch.setattr(fetch, "download", no_network)
    monkeypatch.setenv("POLICYDATA_BASE_URL", "http://127.0.0.1:9")
    assert policydata.load("statistics", version=VERSION).equals(policydata.load("statistics"))
    tables = policydata.load_all(version=VERSION)
    assert sorted(tables) == sorted(ORDER)
    assert not (tmp_path / "cache").exists()
    with pytest.raises(AssertionError, match="must not download"):  # another version does download
        policydata.load("statistics", version="0.0.1")
