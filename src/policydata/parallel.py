"""Apply one function to many items, in order: in this process, in worker processes, or on Dask.

:func:`ordered_map` yields ``func(item)`` in the order of ``items`` whatever runs it, so what
is built from the results is the same for any number of workers. Items go out in chunks (fewer
round trips for many small documents) and only a few chunks are in flight at a time, so results
never pile up ahead of the reader: memory stays flat however many items there are.

``func`` must be a module-level function (workers import it by name) and items and results must
pickle. Workers ignore Ctrl-C: the parent process handles it and stops the pool.
"""
from __future__ import annotations

import os
import signal
from collections import deque
from itertools import islice
from typing import Callable, Iterable, Iterator

ENGINES = ("processes", "dask")
#: Chunks in flight per worker: enough to keep every worker busy while the parent reads.
CHUNKS_PER_WORKER = 2
#: Items per chunk at most (documents vary in size; small chunks balance the load).
MAX_CHUNK = 8


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunk_size(n_items: int, jobs: int) -> int:
    """Items per chunk: about four chunks per worker, at most :data:`MAX_CHUNK`.

    >>> chunk_size(10, 2), chunk_size(10_000, 2), chunk_size(3, 8)
    (1, 8, 1)
    """
    return max(1, min(MAX_CHUNK, n_items // (jobs * 4)))


def _run_chunk(func: Callable, chunk: list) -> list:
    return [func(item) for item in chunk]


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def ordered_map(func: Callable, items: Iterable, *, jobs: int = 1, engine: str = "processes",
                scheduler: str | None = None, n_items: int | None = None) -> Iterator:
    """``func(item)`` for each item, in the order of ``items``.

    ``engine="processes"`` with ``jobs=1`` runs in this process; with more, in a pool of
    ``jobs`` worker processes. ``engine="dask"`` runs on the Dask cluster at ``scheduler``
    (an address such as ``tcp://10.0.0.5:8786``), or on a local cluster of ``jobs`` worker
    processes started for this call when no address is given. ``n_items`` (the length of
    ``items`` when known) sizes the chunks, and caps the worker processes: no more than items.

    >>> list(ordered_map(abs, [-3, 1, -2], jobs=1))
    [3, 1, 2]
    """
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    if engine == "processes" and n_items is not None:
        jobs = max(1, min(jobs, n_items))  # no pool of idle workers (none at all for one item)
    if engine == "processes" and jobs == 1:
        return (func(item) for item in items)
    size = chunk_size(n_items if n_items is not None else MAX_CHUNK * jobs * 4, jobs)
    chunks = _chunks(items, size)
    if engine == "dask":
        return _on_dask(func, chunks, jobs, scheduler)
    return _in_processes(func, chunks, jobs)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _in_order(submit: Callable, chunks: Iterator[list], window: int) -> Iterator:
    """Results of the submitted chunks in order, with at most ``window`` chunks in flight."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _in_processes(func: Callable, chunks: Iterator[list], jobs: int) -> Iterator:
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        yield from _in_order(lambda chunk: pool.submit(_run_chunk, func, chunk), chunks,
                             jobs * CHUNKS_PER_WORKER)
    finally:  # also when the reader stops early (an error, Ctrl-C): no work left running
        pool.shutdown(wait=True, cancel_futures=True)


def _on_dask(func: Callable, chunks: Iterator[list], jobs: int, scheduler: str | None) -> Iterator:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # an optional extra
        raise ImportError("--engine dask needs Dask: pip install 'policydata[dask]'") from exc

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        scheduler = cluster.scheduler_address
    client = Client(scheduler, set_as_default=False)
    try:
        window = max(CHUNKS_PER_WORKER * jobs, CHUNKS_PER_WORKER * _dask_threads(client))
        yield from _in_order(lambda chunk: client.submit(_run_chunk, func, chunk, pure=False),
                             chunks, window)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_threads(client) -> int:
    """How many tasks the cluster runs at once (its worker threads)."""
    return max(1, sum(client.nthreads().values()))
