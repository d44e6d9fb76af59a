"""Shared fixtures. Every test runs with a clean environment: no token, no .env, a private cache."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = next(SEEDS.glob("*.txt"))  # the seed article
DATA = Path(__file__).resolve().parent / "data"
_ENV_PREFIXES = ("TELEGRAM_", "QA_", "YANLU_")


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch, tmp_path):
    """No setting leaks in from the developer's shell or .env; caches go to a temp folder."""
    for key in list(os.environ):
        if key.startswith(_ENV_PREFIXES):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    yield


@pytest.fixture(scope="session")
def seed_retriever():
    """The retriever over the shipped seeds/ corpus, built once per test session."""
    from retrieval import Retriever

    return Retriever.build(SEEDS)


@pytest.fixture(scope="session")
def qa_corpus_retriever():
    """The retriever over tests/data/qa-corpus (the seed and the 15 dev pages), built once per session."""
    from retrieval import Retriever

    return Retriever.build(DATA / "qa-corpus")


@pytest.fixture(scope="session")
def seed_cache(tmp_path_factory, jieba_dictionary):
    """An index cache folder already holding the seeds/ corpus's index, built once per session: the
    ``python -m bot`` subprocess tests start from it, as a restarted bot does (entries are keyed by
    content, so sharing it changes no answer)."""
    from retrieval import Retriever

    cache = tmp_path_factory.mktemp("seed-cache")
    shutil.copy(jieba_dictionary, cache / "jieba.cache")  # as a restarted bot finds it
    Retriever.from_path(SEEDS, cache)
    return cache


@pytest.fixture(scope="session")
def jieba_dictionary(tmp_path_factory) -> Path:
    """jieba's own cache of its default dictionary (``jieba.cache``, written by ``jieba.Tokenizer.initialize``),
    derived once per session: a cache folder that starts with a copy loads it, as a second run does,
    instead of deriving it again from dict.txt (about a second in each new process)."""
    import jieba

    folder = tmp_path_factory.mktemp("jieba")
    derived = jieba.Tokenizer()
    derived.tmp_dir = str(folder)
    derived.initialize()
    return folder / "jieba.cache"


@pytest.fixture
def corpus(tmp_path):
    """A corpus folder holding one page, the seed article (as seed.txt); a module may define its own."""
    root = tmp_path / "corpus"
    root.mkdir()
    shutil.copy(SEED, root / "seed.txt")
    return root


@pytest.fixture(scope="module")
def api_server():
    """One fake Bot API server on loopback per test module (tests/botapi_server.py)."""
    from botapi_server import FakeBotAPI

    with FakeBotAPI() as server:
        yield server


@pytest.fixture
def api(api_server):
    """The module's fake Bot API server, reset for this test: it records what the bot sends."""
    api_server.reset()
    yield api_server
    api_server.reset()


def search_settings(corpus=SEEDS, **overrides):
    """The search side's settings for a test: ``corpus``, the test's private cache folder (QA_CACHE_DIR)."""
    from retrieval.settings import Settings as SearchSettings

    return SearchSettings(corpus=str(corpus), cache_dir=Path(os.environ["QA_CACHE_DIR"]), **overrides)


@pytest.fixture
async def app(api, seed_retriever):
    """The bot over the seed corpus, talking to ``api``, initialized (a module may define its own)."""
    from bot.app import build_application
    from bot.settings import Settings

    application = build_application(Settings(token=api.token, api_base_url=api.base_url, search=search_settings()),
                                    seed_retriever)
    async with application:
        yield application


@pytest.fixture
def private_reply(app, api):
    """``await private_reply(text)``: ``text`` sent in a private chat through ``app``; the one message it answers."""
    from telegram import Update

    async def send(text: str) -> str:
        before = len(api.requests("sendMessage"))
        update = {"update_id": len(api.calls) + 1, "message": api.message(text, api.private_chat())}
        await app.process_update(Update.de_json(update, app.bot))
        [reply] = api.requests("sendMessage")[before:]
        return reply["text"]

    return send


@pytest.fixture
def unreadable(monkeypatch):
    """``unreadable(*names)``: reading a file of one of those names raises PermissionError, as for a
    locked file (even when the tests run as root)."""
    real = Path.read_bytes

    def lock(*names: str) -> None:
        def deny(self):
            if self.name in names:
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", deny)

    return lock


@contextlib.asynccontextmanager
async def polled(app, post_init: bool = False):
    """``app`` long-polling the loopback Bot API as ``python -m bot`` does; stopped on the way out."""
    from bot import handlers

    async with app:
        if post_init:
            await app.post_init(app)
        await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=handlers.ALLOWED_UPDATES)
        await app.start()
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
