"""The per-file work of a build (parse + attribute a page, cut its passages), run in parallel.

Two kinds of pool run the same module-level functions, so a build gives the same result
whichever runs it (tests/cache/test_parallel_build.py compares passages, speakers, tokens and scores):

* ``LocalPool(n)``: a ``concurrent.futures.ProcessPoolExecutor`` of ``n`` processes. On Linux,
  when the calling process runs no other thread, the workers are forked from it after
  ``warm()`` has loaded what every parse and cut needs (the modules, jieba's dictionary, the
  part-of-speech tables and word lists of attribution): each worker starts with them instead
  of loading them again (about 1.3 s of CPU each). Elsewhere — another platform, or threads
  running (forking those is unsafe) — ``forkserver`` (or ``spawn``) processes load them
  themselves. The start method is always passed explicitly, whatever the platform's default
  (Python 3.14 makes ``forkserver`` the default on Linux);
* ``DaskPool(address)``: the workers of a Dask distributed cluster (``dask[distributed]``, an
  optional extra). The files' bytes travel with the tasks, so workers need no shared folder.

A task is a chunk of files (or of pages' passages): the heaviest first and the chunks shrinking
towards the end (``chunks``), so that the workers finish together; results are matched to
their inputs whatever order they finish in. Local workers write the per-file caches
themselves (a remote worker cannot: the client writes what it sends back), and return a
chunk's tokens as one string (``Tokens``), not millions of small objects to pickle. ``Serial``
runs the same functions in this process (``--workers 1``), exactly as before.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import SettingsError

# -- the work itself: module level, so that a pool can pickle a reference to it -----------------

_TOKENIZERS: dict = {}  # one Tokenizer per dictionary, per worker process

# A page that goes through every step of a parse (front matter, paragraphs, a titled speaker
# and a quote, the name tagging of attribution): parsing it loads what every later parse uses.
_SAMPLE = (
    "---\ntitle: 示例\n---\n\n"
    "研究院院长田杰表示，“今年将继续推进科技创新，把各项工作做实。”\n\n"
    "田杰说，各方要加强合作。记者王小明报道。\n"
)


def _setup(cache_dir: str | None) -> None:
    """Point jieba's global tokenizer (used by attribution) at the cache folder, if this process can."""
    if cache_dir is None:
        return
    from ..search.tokenizer import use_cache_dir

    try:
        use_cache_dir(Path(cache_dir))
    except OSError:  # a remote worker without that folder: jieba uses its temp folder
        pass


def warm(cache_dir: str | None) -> None:
    """Load in this process what parsing and cutting load on first use: the modules, jieba's
    dictionary (from ``cache_dir``), attribution's tables and word lists (a sample page is parsed)
    and ``text.normalize``'s character tables (which the cut and the user dictionary use: built
    here once, not in every worker and again in this process between parsing and cutting)."""
    from ..pages import ingest
    from ..search.tokenizer import stopwords
    from ..text import normalize

    _setup(cache_dir)
    # a page of no corpus: in the cache folder (or the temp folder), where no sources.json applies to it
    folder = Path(cache_dir) if cache_dir is not None else Path(tempfile.gettempdir())
    ingest.parse_page(folder / "yanlu-warm-up.md", _SAMPLE)
    stopwords()
    normalize(_SAMPLE)


def parse_files(items: Sequence[tuple], cache_dir: str | None = None) -> list[tuple[str, object]]:
    """Parse each (path, bytes or None: read it here[, page cache file or None]) into ``("page", Page)``
    or ``("skip", reason)``; a parsed page is written to its cache file when one is given."""
    from ..pages import ingest
    from .files import dumps, try_write
    from .pages import encode_page

    _setup(cache_dir)
    out: list[tuple[str, object]] = []
    for path_str, data, *_ in items:
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
    # the cache files after the parsing, not between pages: writing them between pages measurably
    # slowed the parsing itself (6% in one process: the caches' working set evicted, presumably)
    for (_, _, *rest), (kind, page) in zip(items, out):
        if kind == "page" and rest and rest[0] is not None:
            try_write(Path(rest[0]), dumps(encode_page(page)))
    return out


_SEP = "\n"  # no token holds a line break (tokens are stripped words); checked for every chunk


@dataclass(frozen=True)
class Tokens:
    """A chunk's tokens, compact for the trip back: every token joined by ``_SEP`` and each
    passage's count (or, if a token ever held ``_SEP``, the lists themselves); with every
    passage's ``text.normalize``d text, computed here rather than in the parent."""

    joined: str
    counts: tuple[int, ...]
    lists: list | None
    normalized: tuple[str, ...]

    @classmethod
    def of(cls, lists: Sequence[list[str]], normalized: Sequence[str]) -> Tokens:
        flat = [w for ws in lists for w in ws]
        joined = _SEP.join(flat)
        if joined.count(_SEP) != max(0, len(flat) - 1):
            return cls("", (), list(lists), tuple(normalized))
        return cls(joined, tuple(map(len, lists)), None, tuple(normalized))

    def passages(self) -> list[list[str]]:
        """Every passage's tokens, as lists."""
        if self.lists is not None:
            return self.lists
        flat = self.joined.split(_SEP) if sum(self.counts) else []
        out, at = [], 0
        for n in self.counts:
            out.append(flat[at : at + n])
            at += n
        return out


def tokenize_texts(
    dict_key: str,
    user_freqs: Sequence[tuple[str, int]],
    pages: Sequence[Sequence[str]],
    cache_dir: str | None = None,
    cache_files: Sequence[str | None] | None = None,
) -> Tokens:
    """Every passage's tokens and normalised text, page after page, under the dictionary
    ``user_freqs`` (named ``dict_key``); each page's tokens are written to its cache file when given."""
    from ..search.tokenizer import Tokenizer
    from ..text import normalize
    from .files import dumps, try_write

    tokenizer = _TOKENIZERS.get(dict_key)
    if tokenizer is None:
        _TOKENIZERS.clear()  # one dictionary at a time: a worker serves one build
        tokenizer = Tokenizer(cache_dir=Path(cache_dir) if cache_dir else None, user_freqs=user_freqs)
        _TOKENIZERS[dict_key] = tokenizer
    per_page = [[tokenizer(t) for t in texts] for texts in pages]  # all the cutting first, then the rest
    normalized = [normalize(t) for texts in pages for t in texts]
    if cache_files is not None:
        for page, file in zip(per_page, cache_files):
            if file is not None:
                try_write(Path(file), dumps(page))
    return Tokens.of([ws for page in per_page for ws in page], normalized)


# -- the pools -----------------------------------------------------------------------------------


def chunks(
    items: Sequence, workers: int, weight: Callable[[object], int] = lambda _: 1, most: int = 2000, heaviest_first: bool = True
) -> list[list]:
    """``items`` cut into tasks for ``workers`` processes.

    One worker: in order, about 8 chunks of at most ``most`` weight. More: each chunk a quarter
    of one worker's share of the weight still left (at most ``most``, at least one item), so
    the chunks shrink towards the end and the last ones to finish are small: the workers end
    together rather than one waiting for another's big chunk; the heaviest items first
    (``heaviest_first``), else in order (results used as they arrive, in order).
    """
    weights = [weight(it) for it in items]
    total = sum(weights)
    if workers <= 1:
        size = max(1, min(most, -(-total // 8)))
        order: Sequence[int] = range(len(items))
    else:
        size = 0
        order = sorted(range(len(items)), key=lambda i: -weights[i]) if heaviest_first else range(len(items))  # stable
    out: list[list] = []
    cur: list = []
    w = 0
    left = total
    for i in order:
        if not cur and workers > 1:
            size = max(1, min(most, left // (4 * workers)))
        cur.append(items[i])
        w += weights[i]
        if w >= size:
            out.append(cur)
            left -= w
            cur, w = [], 0
    if cur:
        out.append(cur)
    return out


def _started() -> int:
    """A task that does nothing: submitting it makes the executor start its workers."""
    return os.getpid()


def start_method() -> str:
    """How local workers start: ``fork`` on Linux when this process runs no other thread (the
    workers then inherit what ``warm`` loaded), else ``forkserver`` where there is one, else ``spawn``."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


class Serial:
    """The work in this process, in order."""

    workers = 1
    remote = False

    def prepare(self, cache_dir: str | None) -> None:
        """Called once before the first task (``cache_dir``: jieba's dictionary cache folder)."""

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
    """``workers`` processes of this machine (concurrent.futures), started as ``method`` says
    (default: ``start_method()`` when they start)."""

    def __init__(self, workers: int, method: str | None = None):
        self.workers = workers
        self.method = method
        self._pool = None

    def prepare(self, cache_dir: str | None) -> None:
        """Start the workers now; forked ones after ``warm(cache_dir)`` in this process, so that
        each starts with the modules, jieba's dictionary and attribution's tables loaded."""
        if self._pool is not None:
            return
        method = self.method or start_method()
        if method == "fork":
            warm(cache_dir)
        self._start(method)

    def _start(self, method: str) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.method = method
        logging.getLogger("retrieval.cache").debug("build: %d worker processes (%s)", self.workers, method)
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context(method))
        if method != "fork":  # one process per task submitted: they start (and import) now
            for _ in range(self.workers):
                self._pool.submit(_started)
            return
        import gc

        gc.freeze()  # what the workers inherit stays out of their collections (and shared, not copied)
        try:
            self._pool.submit(_started)  # the executor forks every worker at its first task, before its threads start
        finally:
            gc.unfreeze()

    def map(self, fn: Callable, tasks: Sequence[tuple], done: Callable[[int], None] = lambda i: None) -> Iterator:
        """The results in input order, each as soon as it and those before it are done."""
        if self._pool is None:
            self._start(self.method or start_method())
        return self._in_order([self._pool.submit(fn, *args) for args in tasks], done)  # submitted now

    @staticmethod
    def _in_order(futures: list, done: Callable[[int], None]) -> Iterator:
        from concurrent.futures import as_completed

        index = {f: i for i, f in enumerate(futures)}
        finished = [False] * len(futures)
        at = 0
        for f in as_completed(futures):
            finished[index[f]] = True
            done(index[f])
            while at < len(futures) and finished[at]:
                yield futures[at].result()
                at += 1

    def close(self) -> None:
        if self._pool is not None:
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
