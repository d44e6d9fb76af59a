"""The per-file work of a build (parse + attribute a page, cut its passages), run in parallel.

Two kinds of pool run the same module-level functions, so a build gives the same result
whichever runs it (tests/test_build.py compares passages, speakers, tokens and scores):

* ``LocalPool(n)``: a ``concurrent.futures.ProcessPoolExecutor`` of ``n`` processes
  (``forkserver`` on Linux: no fork of a process with threads);
* ``DaskPool(address)``: the workers of a Dask distributed cluster (``dask[distributed]``, an
  optional extra). The files' bytes travel with the tasks, so workers need no shared folder.

A task is a chunk of files (or of pages' passages), so that a process is not woken for every
small page; results come back in input order whatever order they finish in. ``Serial`` runs
them in this process (``--workers 1``), exactly as before.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import SettingsError

# -- the work itself: module level, so that a pool can pickle a reference to it -----------------

_TOKENIZERS: dict = {}  # one Tokenizer per dictionary, per worker process


def _setup(cache_dir: str | None) -> None:
    """Point jieba's global tokenizer (used by attribution) at the cache folder, if this process can."""
    if cache_dir is None:
        return
    from ..search.tokenizer import use_cache_dir

    try:
        use_cache_dir(Path(cache_dir))
    except OSError:  # a remote worker without that folder: jieba uses its temp folder
        pass


def parse_files(items: Sequence[tuple[str, bytes | None]], cache_dir: str | None = None) -> list[tuple[str, object]]:
    """Parse each (path, bytes or None: read it here) into ``("page", Page)`` or ``("skip", reason)``."""
    from ..pages import ingest

    _setup(cache_dir)
    out: list[tuple[str, object]] = []
    for path_str, data in items:
        path = Path(path_str)
        try:
            if data is None:
                data = path.read_bytes()
            out.append(("page", ingest.parse_page(path, ingest.decode(data))))
        except ingest.SkipFile as exc:
            out.append(("skip", f"skipped {path}: {exc}"))
        except OSError as exc:
            out.append(("skip", f"skipped {path}: cannot be read ({exc.strerror or exc.__class__.__name__})"))
        except Exception as exc:  # one malformed page never takes the corpus down
            out.append(("skip", f"skipped {path}: could not be parsed ({exc})"))
    return out


def tokenize_texts(
    dict_key: str, user_freqs: Sequence[tuple[str, int]], pages: Sequence[Sequence[str]], cache_dir: str | None = None
) -> list[list[list[str]]]:
    """Every passage's tokens, page by page, under the dictionary ``user_freqs`` (named ``dict_key``)."""
    from ..search.tokenizer import Tokenizer

    tokenizer = _TOKENIZERS.get(dict_key)
    if tokenizer is None:
        _TOKENIZERS.clear()  # one dictionary at a time: a worker serves one build
        tokenizer = Tokenizer(cache_dir=Path(cache_dir) if cache_dir else None, user_freqs=user_freqs)
        _TOKENIZERS[dict_key] = tokenizer
    return [[tokenizer(t) for t in texts] for texts in pages]


# -- the pools -----------------------------------------------------------------------------------


def chunks(items: Sequence, workers: int, weight: Callable[[object], int] = lambda _: 1, most: int = 2000) -> list[list]:
    """``items`` cut in order into about 8 chunks per worker, each of at most ``most`` weight."""
    total = sum(map(weight, items))
    size = max(1, min(most, -(-total // max(1, 8 * workers))))
    out: list[list] = []
    cur: list = []
    w = 0
    for it in items:
        cur.append(it)
        w += weight(it)
        if w >= size:
            out.append(cur)
            cur, w = [], 0
    if cur:
        out.append(cur)
    return out


class Serial:
    """The work in this process, in order."""

    workers = 1
    remote = False

    def map(self, fn: Callable, tasks: Sequence[tuple], done: Callable[[int], None] = lambda i: None) -> Iterator:
        for i, args in enumerate(tasks):
            result = fn(*args)
            done(i)
            yield result

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class LocalPool(Serial):
    """``workers`` processes of this machine (concurrent.futures)."""

    def __init__(self, workers: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self.workers = workers
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))

    def map(self, fn: Callable, tasks: Sequence[tuple], done: Callable[[int], None] = lambda i: None) -> Iterator:
        from concurrent.futures import as_completed

        futures = [self._pool.submit(fn, *args) for args in tasks]
        index = {f: i for i, f in enumerate(futures)}
        for f in as_completed(futures):
            done(index[f])
        return (f.result() for f in futures)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskPool(Serial):
    """The workers of the Dask distributed cluster whose scheduler is at ``address`` (or a ``Client``)."""

    remote = True

    def __init__(self, address, timeout: float = 20.0):
        try:
            from distributed import Client
        except ImportError:  # the extra is not installed
            raise SettingsError("--scheduler needs dask[distributed]: pip install 'yanlu[dask]'") from None
        self._own = not isinstance(address, Client)
        try:
            self.client = Client(address, timeout=timeout) if self._own else address
        except (OSError, TimeoutError, ValueError) as exc:
            raise SettingsError(f"cannot reach the Dask scheduler at {address} ({exc.__class__.__name__}): is `dask scheduler` running there?") from None
        self.workers = max(1, sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values()))

    def map(self, fn: Callable, tasks: Sequence[tuple], done: Callable[[int], None] = lambda i: None) -> Iterator:
        from distributed import as_completed

        futures = [self.client.submit(fn, *args, pure=False) for args in tasks]
        index = {f.key: i for i, f in enumerate(futures)}
        for f in as_completed(futures):
            done(index[f.key])
        results = self.client.gather(futures)
        for f in futures:
            f.release()
        return iter(results)

    def close(self) -> None:
        if self._own:
            self.client.close()


def pool(workers: int = 1, scheduler=None) -> Serial:
    """The pool a build runs its per-file work in: Dask with a scheduler, else ``workers`` local processes."""
    if scheduler is not None:
        return DaskPool(scheduler)
    if workers is None or workers <= 0:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return Serial() if workers == 1 else LocalPool(workers)


def progress(total: int, desc: str, unit: str):
    """A tqdm bar on stderr (only on a terminal)."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, disable=not sys.stderr.isatty(), leave=False, dynamic_ncols=True, smoothing=0.1)


def in_order(results: Iterable[list]) -> Iterator:
    """The items of chunked results, flattened in input order."""
    for chunk in results:
        yield from chunk
