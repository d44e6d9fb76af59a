"""``python -m retrieval build --corpus DIR [--workers N] [--scheduler tcp://HOST:8786]``.

Ingests (parse, attribute, tokenize: in ``--workers`` processes or on a Dask cluster) and
indexes the corpus into the cache entry that ``ask``, ``shell`` and the bot then load; an
unchanged corpus is only checked. One summary line on stderr.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..cache import load_or_build


def run_build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    corpus = load_or_build(Path(args.corpus), args.settings, workers=args.workers, scheduler=args.scheduler, check=True)
    seconds = time.perf_counter() - started
    how = "already built (cache)" if corpus.from_cache else f"built in {seconds:.1f} s"
    print(
        f"yanlu: {len(corpus.passages):,} passages from {len(corpus.documents):,} pages, {how}; "
        f"cache: {args.settings.cache_dir}",
        file=sys.stderr,
    )
    return 0
