"""How parse time and memory grow with document length, number of documents, workers and cache.

Prints, each case in a fresh process with a time cap (a super-linear stage shows up as a rising
ratio or a capped case, not as a hung run):

* single documents of 0.5, 1, 2, 4 and 8 MB: seconds per MB (UTF-8) and the ratio to the
  smallest (a linear parser keeps it near 1.0);
* corpora of 100, 1,000 and 10,000 documents written to files and parsed with
  ``parse_files``: seconds per MB, ratio, and peak memory (max RSS; "growth" is the peak less
  the RSS after start-up and warm-up);
* ``--jobs 1`` against ``--jobs 2`` on 200 documents ("CPU s" is the CPU time of the process
  and its workers: on a busy machine it shows whether the workers got their cores);
* a standalone package (``parse_to_folder``: parse, write, validate) of 200 documents with a
  cold cache and again with the warm cache;
* ``memory``: peak memory (max RSS of the parent process) of a standalone package without cache
  (``policydata parse --no-cache``: parse, write, validate) for 200 and 2,000 documents, jobs 1
  and 2, and the peak before validation; the ratio to 200 documents (flat memory keeps it near 1);
* ``--profile``: the top functions by cumulative time for one 4 MB document (cProfile).

Run on purpose, never in CI::

    python benchmarks/scale.py                 # every case, 300 s cap per case
    python benchmarks/scale.py --quick         # 0.5-2 MB, 100-1,000 documents
    python benchmarks/scale.py --only jobs,cache --cap 120
    python benchmarks/scale.py --only profile
    python benchmarks/scale.py --only memory --cap 1200
    python benchmarks/scale.py --only corpus --docs 200,2000

The text is made of the seed documents and, where present, the development corpus
(../shared/corpus/docs), repeated until the size is reached and cut at a line end.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SINGLE_MB = (0.5, 1, 2, 4, 8)
CORPUS_DOCS = (100, 1_000, 10_000)
JOBS_DOCS = 200
CACHE_DOCS = 200
MEMORY_DOCS = (200, 2_000)
PARTS = ("single", "corpus", "jobs", "cache", "memory", "profile")


def source_texts() -> list[str]:
    """The texts the synthetic documents are made of: seeds, then the development corpus."""
    files = sorted((ROOT / "seeds").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus" / "docs"
    if corpus.is_dir():
        files += sorted(corpus.glob("*.txt"))
    return [t for t in (f.read_text(encoding="utf-8") for f in files) if t.strip()]


def document_of_size(megabytes: float) -> str:
    """One document of about `megabytes` MB (UTF-8), cut at a line end."""
    want = int(megabytes * 1_000_000)
    parts, size = [], 0
    texts = source_texts()
    while size < want:
        for text in texts:
            parts.append(text.rstrip("\n") + "\n")
            size += len(parts[-1].encode("utf-8"))
            if size >= want:
                break
    return "".join(parts)


def write_corpus(folder: Path, n: int) -> list[Path]:
    """`n` document files in `folder`, the source texts in turn."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = source_texts()
    paths = []
    for i in range(n):
        path = folder / f"doc{i:05d}.txt"
        path.write_text(texts[i % len(texts)], encoding="utf-8")
        paths.append(path)
    return paths


# The child process: one case in a fresh interpreter; prints a JSON line of what it measured.
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
case = json.load(sys.stdin)
from policydata import parse_text
from policydata.build import ParseOptions, parse_to_folder
from policydata.pipeline import parse_files
parse_text("全年粮食产量1.39万亿斤。到2030年，农机总动力达到11亿千瓦左右。", date="2026-01-01")  # warm up
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
written = {}  # the peak before validation, when a package is written
start = time.perf_counter()
if case["kind"] == "text":
    parse_text(Path(case["file"]).read_text(encoding="utf-8"), name="big.txt", date="2026-01-01")
elif case["kind"] == "files":
    files = sorted(Path(case["folder"]).glob("*.txt"))
    parse_files(files, {}, jobs=case["jobs"], cache=case.get("cache") and Path(case["cache"]))
else:
    import policydata.build as build
    validate = build._validate
    def peak_before_validation(*args):  # the peak of parsing and writing, before validation reads the package
        written["peak"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return validate(*args)
    build._validate = peak_before_validation
    files = sorted(Path(case["folder"]).glob("*.txt"))
    parse_to_folder(files, case["out"], options=ParseOptions(jobs=case["jobs"],
                                                             cache=case.get("cache") and Path(case["cache"])))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
cpu = sum(u.ru_utime + u.ru_stime for u in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))
print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "growth_mb": (peak - base) / 1024, "cpu": cpu,
                  "written_peak_mb": written["peak"] / 1024 if written else None}))
"""


def run_case(case: dict, cap: float) -> dict | None:
    """What the child measured, or None when the cap was reached."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    try:
        done = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(case), capture_output=True,
                              text=True, timeout=cap, check=True, env=env)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def megabytes(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


def table(title: str, rows: list[tuple[str, float, dict | None]], cap: float) -> None:
    print(f"\n{title}")
    print(f"{'case':>16} {'MB':>7} {'seconds':>9} {'s/MB':>7} {'ratio':>6} {'peak MB':>8} {'growth MB':>9} "
          f"{'CPU s':>7}")
    base = None
    for name, mb, got in rows:
        if got is None:
            print(f"{name:>16} {mb:7.2f} {'>' + str(int(cap)):>9}")
            continue
        per_mb = got["seconds"] / mb
        base = base or per_mb
        print(f"{name:>16} {mb:7.2f} {got['seconds']:9.2f} {per_mb:7.2f} {per_mb / base:6.2f} "
              f"{got['peak_mb']:8.0f} {got['growth_mb']:9.0f} {got['cpu']:7.1f}", flush=True)


def single(work: Path, sizes, cap: float) -> None:
    rows = []
    for mb in sizes:
        path = work / f"single-{mb}.txt"
        path.write_text(document_of_size(mb), encoding="utf-8")
        rows.append((f"{mb} MB", megabytes([path]), run_case({"kind": "text", "file": str(path)}, cap)))
        print(f"  {mb} MB done", file=sys.stderr, flush=True)
    table("single documents (parse_text, one process)", rows, cap)


def corpora(work: Path, counts, cap: float, jobs_n: int = 1) -> None:
    rows = []
    for n in counts:
        folder = work / f"corpus-{n}"
        paths = write_corpus(folder, n)
        rows.append((f"{n:,} docs", megabytes(paths), run_case({"kind": "files", "folder": str(folder),
                                                                 "jobs": jobs_n}, cap)))
        shutil.rmtree(folder)
    table(f"corpora (parse_files, jobs {jobs_n}, no cache; peak: the parent process)", rows, cap)


def jobs(work: Path, cap: float) -> None:
    folder = work / "corpus-jobs"
    paths = write_corpus(folder, JOBS_DOCS)
    rows = [(f"jobs {j}", megabytes(paths), run_case({"kind": "files", "folder": str(folder), "jobs": j}, cap))
            for j in (1, 2)]
    table(f"{JOBS_DOCS} documents, jobs 1 and 2 (peak: the parent process only)", rows, cap)
    if rows[0][2] and rows[1][2]:
        print(f"speed-up with 2 jobs: {rows[0][2]['seconds'] / rows[1][2]['seconds']:.2f}x")


def cache(work: Path, cap: float, jobs_n: int = 2) -> None:
    folder = work / "corpus-cache"
    paths = write_corpus(folder, CACHE_DOCS)
    store = work / "cache"
    rows = []
    for label in ("cold cache", "warm cache"):
        out = work / f"package-{label.split()[0]}"
        case = {"kind": "package", "folder": str(folder), "jobs": jobs_n, "cache": str(store), "out": str(out)}
        rows.append((label, megabytes(paths), run_case(case, cap)))
    table(f"a package of {CACHE_DOCS} documents (parse, write, validate; jobs {jobs_n}), cache cold and warm",
          rows, cap)
    if rows[0][2] and rows[1][2]:
        print(f"warm / cold: {rows[0][2]['seconds'] / rows[1][2]['seconds']:.1f}x faster")


def memory(work: Path, counts, cap: float) -> None:
    """Peak memory of ``policydata parse --no-cache`` (parse, write, validate) by corpus size and jobs."""
    print(f"\npeak memory of a package (parse_to_folder, no cache; max RSS of the parent process, MB)")
    print(f"{'case':>22} {'MB':>7} {'seconds':>9} {'written':>8} {'peak':>8} {'ratio':>6}")
    for jobs_n in (1, 2):
        base = None
        for n in counts:
            folder = work / f"corpus-memory-{n}"
            paths = write_corpus(folder, n)
            out = work / f"package-memory-{n}-{jobs_n}"
            got = run_case({"kind": "package", "folder": str(folder), "jobs": jobs_n, "out": str(out)}, cap)
            shutil.rmtree(out, ignore_errors=True)
            if got is None:
                print(f"{f'{n:,} docs, jobs {jobs_n}':>22} {megabytes(paths):7.2f} {'>' + str(int(cap)):>9}")
                continue
            base = base or got["peak_mb"]
            print(f"{f'{n:,} docs, jobs {jobs_n}':>22} {megabytes(paths):7.2f} {got['seconds']:9.1f} "
                  f"{got['written_peak_mb']:8.0f} {got['peak_mb']:8.0f} {got['peak_mb'] / base:6.2f}", flush=True)
    print("written: the peak once parsed and written, before validation; ratio: peak / peak of the smallest")


def profile(work: Path, mb: float = 4, top: int = 25) -> None:
    import cProfile
    import pstats

    sys.path.insert(0, str(ROOT / "src"))
    from policydata import parse_text

    text = document_of_size(mb)
    parse_text("全年粮食产量1.39万亿斤。", date="2026-01-01")
    profiler = cProfile.Profile()
    profiler.runcall(parse_text, text, name="big.txt", date="2026-01-01")
    print(f"\ncProfile of one {mb} MB document, top {top} by cumulative time")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the smaller cases")
    parser.add_argument("--cap", type=float, default=300, help="seconds allowed per case")
    parser.add_argument("--sizes", type=lambda v: [float(x) for x in v.split(",")], default=None,
                        help="single-document sizes in MB (default: 0.5,1,2,4,8)")
    parser.add_argument("--docs", type=lambda v: [int(x) for x in v.split(",")], default=None,
                        help="corpus sizes in documents (default: 100,1000,10000)")
    parser.add_argument("--corpus-jobs", type=int, default=1, help="worker processes for the corpora")
    parser.add_argument("--only", default="single,corpus,jobs,cache",
                        help=f"comma-separated parts among {', '.join(PARTS)}")
    args = parser.parse_args()
    parts = args.only.split(",")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="policydata-scale-") as tmp:
        work = Path(tmp)
        if "single" in parts:
            single(work, args.sizes or (SINGLE_MB[:3] if args.quick else SINGLE_MB), args.cap)
        if "corpus" in parts:
            corpora(work, args.docs or (CORPUS_DOCS[:2] if args.quick else CORPUS_DOCS), args.cap,
                    args.corpus_jobs)
        if "jobs" in parts:
            jobs(work, args.cap)
        if "cache" in parts:
            cache(work, args.cap)
        if "memory" in parts:
            memory(work, args.docs or MEMORY_DOCS, args.cap)
        if "profile" in parts:
            profile(work)


if __name__ == "__main__":
    main()
