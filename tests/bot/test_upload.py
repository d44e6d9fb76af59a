"""Adding articles from the chat (issue 12, item 5), end to end: the real Application polls the
loopback Bot API server; an admin sends a file (a document message), the bot downloads it with
getFile, stores it under <corpus>/inbox/ with a safe name, re-indexes and answers from it.

Everyone else is refused with nothing downloaded or written; oversized files are refused before
any getFile; a file that does not parse leaves the corpus folder and the served index as they were.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
from pathlib import Path

import pytest
from botapi_server import FakeBotAPI
from conftest import polled

from bot import uploads
from bot.app import build_application
from bot.settings import Settings
from bot.state import state_of
from retrieval.settings import Settings as SearchSettings

DATA = Path(__file__).resolve().parents[1] / "data"
ARTICLE = (DATA / "uploads" / "haihe.md").read_bytes()
SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
ADMIN = 4242
STRANGER = 1001


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")  # shared: entries are keyed by content


@contextlib.asynccontextmanager
async def running(api: FakeBotAPI, corpus: Path, cache: Path, retriever=None, max_file_mb: int = 1):
    """The bot polling ``api``, serving ``corpus`` (indexed in post_init when no ``retriever``)."""
    search = SearchSettings(corpus=str(corpus), cache_dir=cache, max_file_mb=max_file_mb)
    app = build_application(Settings(token=api.token, api_base_url=api.base_url, search=search,
                                     admin_ids=frozenset({ADMIN}), typing_delay=0.0), retriever)
    async with polled(app, post_init=True) as running_app:
        yield running_app


async def reply_to(api: FakeBotAPI, uid: int, count: int = 1, timeout: float = 30.0):
    """The ``count``-th message the bot sent to ``uid``'s private chat."""
    return await asyncio.to_thread(api.wait_for, "sendMessage", lambda c: c.get("chat_id") == uid, timeout, count)


async def send_file(api: FakeBotAPI, data: bytes, name: str | None, uid: int = ADMIN, count: int = 1, **kw):
    api.push_document(data, name, api.private_chat(uid), sender=api.user(uid), **kw)
    return (await reply_to(api, uid, count))["text"]


async def ask(api: FakeBotAPI, question: str, uid: int = STRANGER, count: int = 1) -> str:
    api.push_message(question, api.private_chat(uid), sender=api.user(uid))
    return (await reply_to(api, uid, count))["text"]


def files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


async def test_an_admins_article_is_added_answered_and_still_there_after_a_restart(api, corpus, cache, seed_retriever):
    async with running(api, corpus, cache, seed_retriever) as app:
        reply = await send_file(api, ARTICLE, "海河 储能.md", forward_from=api.user(77, "编辑部", None))
        assert reply.startswith("✅ 已加入《海河实验室发布新型储能成果》")
        assert "津云新闻 · 2024-03-05" in reply
        assert "4 段；发言人：王立新 · 海河实验室主任、李春华 · 天津市科技局局长" in reply
        assert "语料现有 2 篇文章" in reply
        [stored] = (corpus / "inbox").iterdir()
        assert stored.name.startswith("海河-储能-") and stored.suffix == ".md" and stored.read_bytes() == ARTICLE
        assert [c.method for c in api.requests() if c.method in ("getFile", "downloadFile")] == ["getFile", "downloadFile"]
        answer = await ask(api, "储能产业基金有多少")
        assert "5亿元" in answer and "李春华" in answer and "津云新闻" in answer
        assert state_of(app).stats.reloads == 1
    api.reset()
    async with running(api, corpus, cache):  # a restart: the corpus folder is indexed again
        answer = await ask(api, "固态电池样机的能量密度")
        assert "400瓦时" in answer and "王立新" in answer


async def test_a_file_from_anyone_else_is_refused_politely_with_nothing_downloaded_or_written(api, corpus, cache, seed_retriever):
    before = files(corpus)
    async with running(api, corpus, cache, seed_retriever) as app:
        served = state_of(app).retriever
        reply = await send_file(api, ARTICLE, "haihe.md", uid=STRANGER)
        assert reply.startswith("抱歉，只有管理员可以向语料添加文章，文件没有保存。")
        assert state_of(app).retriever is served
    assert files(corpus) == before
    assert not api.requests("getFile") and not api.requests("downloadFile")


@pytest.mark.parametrize("hostile", ["../../x.md", "/etc/passwd.md", "a/b\\..\\c.md", "evil\x00name.md",
                                     "\u202egnp.md", "." * 300 + ".md", "名" * 300 + ".md", ".hidden.md", None])
async def test_a_hostile_file_name_is_stored_under_a_safe_name_in_the_inbox(api, corpus, cache, seed_retriever, hostile):
    async with running(api, corpus, cache, seed_retriever):
        reply = await send_file(api, ARTICLE, hostile, mime_type="text/markdown")
        assert reply.startswith("✅ 已加入"), reply
    assert files(corpus) - {"seed.txt"} == {"inbox", f"inbox/{next((corpus / 'inbox').iterdir()).name}"}
    [stored] = (corpus / "inbox").iterdir()
    assert stored.read_bytes() == ARTICLE
    name = stored.name
    assert not name.startswith(".") and "/" not in name and "\\" not in name and "\x00" not in name
    assert len(name) <= uploads.MAX_STEM + 20 and name.endswith(".md")
    assert not (corpus.parent / "x.md").exists()


async def test_a_file_over_the_limit_is_refused_before_any_get_file(api, corpus, cache, seed_retriever):
    async with running(api, corpus, cache, seed_retriever, max_file_mb=1):
        reply = await send_file(api, ARTICLE, "big.txt", file_size=1024 * 1024 + 1)
    assert reply == "⚠️ 文件太大（1.0 MB），上限是 1 MB（QA_MAX_FILE_MB），没有下载。"
    assert not api.requests("getFile") and not api.requests("downloadFile")
    assert files(corpus) == {"seed.txt"}


@pytest.mark.parametrize("data, name, expected", [
    (ARTICLE, "slides.pdf", "⚠️ 只能添加 .txt、.md 或 .html 文件，「slides.pdf」不是。"),
    (bytes(range(256)) * 40, "binary.txt", "⚠️ 这个文件不是可读的文本（binary file），没有加入。"),
    (b"   \n  ", "blank.txt", "⚠️ 文件里没有找到文章正文，没有加入。"),
    ("<html><body><nav>首页</nav></body></html>".encode(), "empty.html", "⚠️ 文件里没有找到文章正文，没有加入。"),
    (SEED.read_bytes(), "copy.txt", "⚠️ 语料里已有同一篇文章《牢记嘱托 见行见效 | 立足全国先进制造研发基地功能定位 在发展新质生产力上勇争先、善作为》，没有加入。"),
])
async def test_a_file_that_is_refused_leaves_the_corpus_and_the_index_as_they_were(api, corpus, cache, seed_retriever,
                                                                                    data, name, expected):
    async with running(api, corpus, cache, seed_retriever) as app:
        served = state_of(app).retriever
        reply = await send_file(api, data, name)
        assert state_of(app).retriever is served
        assert state_of(app).stats.reloads == 0
    assert reply == expected
    assert files(corpus) in ({"seed.txt"}, {"seed.txt", "inbox"})  # an empty inbox at most: no file, no temp file


async def test_a_single_file_corpus_says_uploads_need_a_folder(api, tmp_path, cache, seed_retriever):
    single = tmp_path / "one.txt"
    shutil.copy(SEED, single)
    async with running(api, single, cache, seed_retriever):
        reply = await send_file(api, ARTICLE, "haihe.md")
    assert "是单个文件：从聊天添加文章需要一个文件夹作为语料" in reply
    assert not api.requests("getFile")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.txt"]


def test_safe_name_keeps_letters_digits_and_dashes_of_the_last_part_and_adds_a_content_hash():
    assert uploads.safe_name("../../x.txt", ".txt", b"a").startswith("x-")
    assert uploads.safe_name("../../x.txt", ".txt", b"a") != uploads.safe_name("../../x.txt", ".txt", b"b")
    assert uploads.safe_name("报道 2024（上）.md", ".md", b"a").startswith("报道-2024-上-")
    assert uploads.safe_name(None, ".html", b"a").startswith("article-")
    assert uploads.safe_name("C:\\Users\\x\\稿件.TXT", ".txt", b"a").startswith("稿件-")
    assert uploads.extension("x.txt\x00.exe", None) is None
    assert uploads.extension(None, "text/html; charset=utf-8") == ".html"
    assert uploads.extension("page.HTM", "application/octet-stream") == ".html"


async def test_a_failed_rebuild_removes_the_new_file_and_keeps_the_old_index(api, corpus, cache, seed_retriever, monkeypatch):
    from bot import admin

    monkeypatch.setattr(admin, "build", lambda search, make=None: admin.Reloaded(None, None, "disk full", (), 0.0))
    async with running(api, corpus, cache, seed_retriever) as app:
        served = state_of(app).retriever
        reply = await send_file(api, ARTICLE, "haihe.md")
        assert state_of(app).retriever is served
    assert reply == "⚠️ 重新索引没有收下这个文件，语料保持原样：disk full"
    assert files(corpus) == {"seed.txt", "inbox"} and not any((corpus / "inbox").iterdir())
