"""Parallel ingestion (issue 13): a build in worker processes, or on a Dask cluster, gives exactly
the corpus the single-process build gives: the same passages and speakers, tokens, index and scores."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from retrieval.cache import load_or_build
from retrieval.cli.main import main as cli_main
from retrieval.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "data"
# 5 real dev pages and the seed article (which `ask 天开园` finds): enough for two workers to share
PAGES = [*sorted((DATA / "dev-pages").glob("dev-*.txt"))[:5], DATA / "dev-pages" / "seed.txt"]


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory) -> Path:
    """6 real pages (5 dev pages, the seed article), plus what the admission rule refuses: a repeated article, an empty file, a binary file."""
    root = tmp_path_factory.mktemp("mixed") / "corpus"
    (root / "sub").mkdir(parents=True)
    for i, page in enumerate(PAGES):
        shutil.copy(page, (root / "sub" if i % 3 == 0 else root) / page.name)
    shutil.copy(PAGES[1], root / "sub" / "zz-same-article.txt")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    return root


@pytest.fixture(scope="module")
def jieba_cache(jieba_dictionary) -> Path:
    """jieba's dictionary cache, derived once: each build's fresh cache folder starts with a copy."""
    return jieba_dictionary


def _settings(tmp: Path, jieba_cache: Path | None) -> Settings:
    cache = tmp / "cache"
    cache.mkdir(parents=True)
    if jieba_cache is not None:
        shutil.copy(jieba_cache, cache / "jieba.cache")
    return Settings(cache_dir=cache)


def _same(a, b) -> None:
    """Two corpora are the same build: passages (text, paragraph, document, speaker, section), warnings, index."""
    assert a.passages == b.passages
    assert [p.speaker for p in a.passages] == [p.speaker for p in b.passages]
    assert a.warnings == b.warnings
    assert a.tokenizer.user_freqs == b.tokenizer.user_freqs
    assert a.normalized[:] == b.normalized[:]
    assert a.index.vocabulary() == b.index.vocabulary()
    for name, arr in a.index.arrays().items():
        assert np.array_equal(arr, b.index.arrays()[name]), name
    for q in ("天开园", "科技 创新 发展", "书记 表示"):
        toks = a.tokenizer(q)
        assert toks == b.tokenizer(q)
        assert np.array_equal(a.index.scores(toks), b.index.scores(toks))


@pytest.fixture(scope="module")
def serial(mixed_corpus, jieba_cache, tmp_path_factory):
    return load_or_build(mixed_corpus, _settings(tmp_path_factory.mktemp("serial"), jieba_cache), workers=1)


def test_serial_build_keeps_the_admission_rule(serial):
    assert len(serial.documents) == len(PAGES)
    assert any("same article" in w for w in serial.warnings)
    assert any("empty" in w for w in serial.warnings) and any("binary" in w for w in serial.warnings)
    assert any(p.speaker is not None for p in serial.passages)


def test_two_worker_processes_build_the_same_corpus(serial, mixed_corpus, jieba_cache, tmp_path):
    settings = _settings(tmp_path, jieba_cache)
    parallel = load_or_build(mixed_corpus, settings, workers=2)
    assert not parallel.from_cache
    _same(serial, parallel)
    again = load_or_build(mixed_corpus, settings)  # the cache entry the build wrote is what `ask` loads
    assert again.from_cache
    _same(serial, again)


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_forked_or_started_apart_build_the_same_corpus(method, serial, mixed_corpus, jieba_cache, tmp_path, monkeypatch):
    """Forked workers inherit what the parent loaded; forkserver ones load it themselves: same corpus."""
    import multiprocessing

    from retrieval.cache import workers

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} on this platform")
    started = []
    monkeypatch.setattr(workers, "start_method", lambda: started.append(method) or method)
    _same(serial, load_or_build(mixed_corpus, _settings(tmp_path, jieba_cache), workers=2))
    assert started == [method]


def test_a_parallel_build_with_some_pages_cut_before_builds_the_same_corpus(serial, mixed_corpus, jieba_cache, tmp_path):
    """Tokens partly from the per-file cache (their normalised texts made here), partly from the workers."""
    settings = _settings(tmp_path, jieba_cache)
    first = load_or_build(mixed_corpus, settings, workers=1)
    token_files = sorted((settings.cache_dir / "tokens").rglob("*.json"))
    assert len(token_files) == len(serial.documents)
    for f in token_files[::2]:
        f.unlink()
    shutil.rmtree(settings.cache_dir / "corpus")
    shutil.rmtree(settings.cache_dir / "manifests", ignore_errors=True)
    again = load_or_build(mixed_corpus, settings, workers=2)
    assert not again.from_cache
    _same(serial, again)
    _same(first, again)
    assert len(sorted((settings.cache_dir / "tokens").rglob("*.json"))) == len(token_files)  # the workers wrote theirs


def test_a_dask_cluster_builds_the_same_corpus(serial, mixed_corpus, jieba_cache, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        built = load_or_build(mixed_corpus, _settings(tmp_path, jieba_cache), scheduler=client)
    assert not built.from_cache
    _same(serial, built)


def test_the_build_command_fills_the_cache_ask_then_loads(mixed_corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "c"))
    assert cli_main(["build", "--corpus", str(mixed_corpus), "--workers", "1"]) == 0
    assert "pages, built in" in capsys.readouterr().err
    assert cli_main(["build", "--corpus", str(mixed_corpus)]) == 0
    assert "already built (cache)" in capsys.readouterr().err
    assert cli_main(["ask", "天开园", "--corpus", str(mixed_corpus), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"]


# -- start-up: the manifest spares the scan of an unchanged corpus -----------------------------------


def _age_manifest(settings: Settings, root: Path) -> None:
    """Pretend the manifest was written 10 s after the folders last changed (not racy any more)."""
    from retrieval.cache.manifest import manifest_path

    path = manifest_path(settings.cache_dir, root, settings.max_file_bytes)
    data = json.loads(path.read_text())
    data["written_ns"] += 10_000_000_000
    path.write_text(json.dumps(data))


@pytest.fixture
def small(tmp_path, jieba_cache):
    root = tmp_path / "corpus"
    (root / "inbox").mkdir(parents=True)
    pages = sorted((DATA / "dev-pages").glob("*.txt"))
    for page in pages[:4]:
        shutil.copy(page, root / page.name)
    settings = _settings(tmp_path, jieba_cache)
    first = load_or_build(root, settings)
    return root, settings, first, pages[4:]


def test_an_unchanged_corpus_starts_without_scanning_its_files(small, monkeypatch):
    from retrieval.cache import build as cache_build

    root, settings, first, _ = small
    _age_manifest(settings, root)

    def no_scan(*a, **k):
        raise AssertionError("the files were scanned")

    monkeypatch.setattr(cache_build, "scan", no_scan)
    again = load_or_build(root, settings, check=False)
    assert again.from_cache and again.passages == first.passages


def test_a_file_dropped_into_a_folder_is_seen_at_the_next_start(small):
    root, settings, first, spare = small
    _age_manifest(settings, root)
    shutil.copy(spare[0], root / "inbox" / "new.txt")  # the folder's time changes
    again = load_or_build(root, settings, check=False)
    assert not again.from_cache
    assert any(p.source.path == str(root / "inbox" / "new.txt") for p in again.passages)


def test_an_article_rewritten_in_place_is_found_by_the_check(small):
    from retrieval.cache.build import check_corpus
    from retrieval.cache.manifest import manifest_path

    root, settings, first, spare = small
    _age_manifest(settings, root)
    victim = Path(first.documents[0].path)
    victim.write_bytes(spare[0].read_bytes())  # rewritten in place: its folder's time stays
    stale = load_or_build(root, settings, check=False)  # trusted: served as built
    assert stale.from_cache and stale.passages == first.passages
    key = json.loads(manifest_path(settings.cache_dir, root, settings.max_file_bytes).read_text())["key"]
    assert check_corpus(root, settings, key) is False  # what the background check runs
    assert not manifest_path(settings.cache_dir, root, settings.max_file_bytes).exists()
    fresh = load_or_build(root, settings)
    assert not fresh.from_cache and fresh.passages != first.passages
    assert check_corpus(root, settings, json.loads(manifest_path(settings.cache_dir, root, settings.max_file_bytes).read_text())["key"])


def test_a_large_entry_serves_before_its_mapped_arrays_are_verified(small, monkeypatch):
    from retrieval.cache import index as entry_index

    root, settings, first, _ = small
    (entry,) = [m.parent for m in (settings.cache_dir / "corpus").glob("*/meta.json")]
    sums = json.loads((entry / "meta.json").read_text())["sha256"]
    mapped = {n: sums[n] for n in sums if n.startswith(("index-", "normalized-"))}
    assert "index-packed.npy" in mapped and "index-words.npy" in mapped and "normalized-blob.npy" in mapped
    assert entry_index.verify_entry(entry, mapped)
    data = bytearray((entry / "index-packed.npy").read_bytes())
    data[-1] ^= 0x01  # a damaged posting: still a valid array
    (entry / "index-packed.npy").write_bytes(bytes(data))
    checked = []
    monkeypatch.setattr(entry_index, "VERIFY_BEFORE_SERVING", 0)  # every entry is "large"
    monkeypatch.setattr(entry_index, "verify_later", lambda e, s: checked.append((e, s)))
    served = load_or_build(root, settings, check=True)
    assert served.from_cache and checked and checked[0][0] == entry  # served at once, checked after
    monkeypatch.undo()
    assert not entry_index.verify_entry(entry, checked[0][1])
    assert entry_index.verify_later(entry, checked[0][1]) is False and not entry.exists()
    rebuilt = load_or_build(root, settings)
    assert not rebuilt.from_cache and rebuilt.passages == first.passages


def test_an_unreachable_scheduler_is_one_clear_error():
    pytest.importorskip("distributed")
    from retrieval.cache.workers import DaskPool
    from retrieval.errors import SettingsError

    with pytest.raises(SettingsError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        DaskPool("tcp://127.0.0.1:9", timeout=0.3)
