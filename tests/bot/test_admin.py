"""Admin commands: /reload re-indexes the corpus while the bot runs (atomically: a failed reload
keeps the old index and says why), /stats shows the counters; both only from QA_ADMIN_IDS.

The corpus files change under the running bot as an operator would change them: new pages,
empty, binary, GBK, invalid UTF-8, 50 MB, deleted, unreadable, a symlink loop.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import threading
from pathlib import Path

import pytest
from telegram import Update

from bot import admin, handlers
from bot.app import build_application
from bot.settings import Settings
from bot.state import state_of
from retrieval import Retriever
from retrieval.settings import Settings as SearchSettings

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))
ADMIN = 4242
QUESTION = "天开西青园引进了多少项目"


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")  # shared: entries are keyed by content


def variant() -> str:
    """Another article: the seed page with a new title, outlet and figure."""
    return SEED.read_text("utf-8").replace("牢记嘱托", "不忘初心").replace("滨海发布", "津云新闻").replace("300余个", "500余个")


@pytest.fixture
async def app(api, corpus, cache, seed_retriever):
    """The bot serving the seed article (the page ``corpus`` starts with); /reload indexes ``corpus``."""
    settings = Settings(token=api.token, api_base_url=api.base_url, search=SearchSettings(corpus=str(corpus), cache_dir=cache),
                        admin_ids=frozenset({ADMIN}))
    application = build_application(settings, seed_retriever)
    async with application:
        yield application


async def say(app, api, text: str, uid: int = ADMIN) -> str | None:
    """``text`` in ``uid``'s private chat; the bot's reply (None if it said nothing)."""
    before = len(api.requests("sendMessage"))
    msg = api.message(text, api.private_chat(uid), sender=api.user(uid))
    await app.process_update(Update.de_json({"update_id": 1, "message": msg}, app.bot))
    after = api.requests("sendMessage")
    assert len(after) - before <= 1
    return after[-1]["text"] if len(after) > before else None


# -- /stats ----------------------------------------------------------------------------------------

async def test_stats_shows_uptime_questions_no_answers_errors_and_corpus(app, api):
    await say(app, api, QUESTION, uid=1001)
    await say(app, api, "火星上有没有液态水", uid=1001)
    text = await say(app, api, "/stats")
    assert "运行时间：0 天 0 小时 0 分" in text
    assert "问题：2（有答案 1，无答案 1）" in text
    assert "错误：0　无法送达：0" in text
    assert "1 篇文章，18 段，13 位发言人" in text
    assert "Bot API：正常" in text and "内存（RSS）：" in text


@pytest.mark.parametrize("command", ["/stats", "/reload", "/reload now", "/stats@yanlu_test_bot"])
async def test_admin_commands_from_anyone_else_get_no_reply_and_one_log_line(app, api, caplog, command):
    before = state_of(app).retriever
    with caplog.at_level(logging.WARNING):
        assert await say(app, api, command, uid=1001) is None
    assert state_of(app).retriever is before
    [line] = [r.getMessage() for r in caplog.records if r.name == "bot.admin"]
    assert line.startswith(f"refused {command.split()[0]} from user 1001")


async def test_admin_commands_are_not_advertised(app):
    assert not {"reload", "stats"} & {name for name, _ in handlers.COMMANDS}


# -- /reload ---------------------------------------------------------------------------------------

async def test_reload_serves_a_new_page_without_a_restart(app, api, corpus):
    assert "500余个" not in await say(app, api, QUESTION, uid=1001)
    (corpus / "variant.txt").write_text(variant(), "utf-8")
    reply = await say(app, api, "/reload")
    assert reply.startswith(f"✅ 已重新索引 <code>{corpus}</code>：2 篇文章，36 段")
    assert "跳过" not in reply
    answer = await say(app, api, QUESTION, uid=1001)
    assert "500余个" in answer or "500余个" in state_of(app).retriever.search(QUESTION, 5)[1].passage.text
    assert "津云新闻" in await say(app, api, "/sources", uid=1001)
    assert "2 篇文章" in await say(app, api, "/stats")


async def test_reload_skips_bad_files_naming_each_and_serves_the_rest(app, api, corpus, unreadable):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "gbk.txt").write_bytes(variant().encode("gb18030"))  # a GB18030/GBK page is read, not skipped
    bad = SEED.read_bytes().replace("西营门".encode(), b"\xff\xfe\xfd").replace("滨海发布".encode(), "北方网".encode())
    (corpus / "invalid-utf8.txt").write_bytes(bad.replace("牢记嘱托".encode(), "砥砺前行".encode()))
    with (corpus / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB (sparse)
    (corpus / "loop").mkdir()
    (corpus / "loop" / "again").symlink_to(corpus, target_is_directory=True)
    (corpus / "dangling.txt").symlink_to(corpus / "nowhere.txt")
    (corpus / "locked.txt").write_text(variant().replace("不忘初心", "锁住的"), "utf-8")
    unreadable("locked.txt")
    reply = await say(app, api, "/reload")
    assert reply.startswith("✅ 已重新索引") and "3 篇文章" in reply
    skipped = reply.split("跳过了", 1)[1]
    for name in ("empty.txt", "binary.txt", "huge.txt", "locked.txt"):
        assert name in skipped, name
    assert "gbk.txt" not in skipped and "invalid-utf8.txt" not in skipped
    assert "300余个" in await say(app, api, QUESTION, uid=1001)
    again = await say(app, api, "/reload")  # the same corpus again, now from the index cache
    assert "3 篇文章" in again and all(name in again for name in ("empty.txt", "binary.txt", "huge.txt", "locked.txt"))


async def test_a_page_deleted_while_running_is_gone_after_reload(app, api, corpus):
    (corpus / "variant.txt").write_text(variant(), "utf-8")
    assert "2 篇文章" in await say(app, api, "/reload")
    (corpus / "variant.txt").unlink()
    assert "1 篇文章，18 段" in await say(app, api, "/reload")
    assert "津云新闻" not in await say(app, api, "/sources", uid=1001)


async def test_a_page_made_unreadable_while_running_is_skipped_and_named(app, api, corpus, unreadable):
    (corpus / "variant.txt").write_text(variant(), "utf-8")
    unreadable("seed.txt")
    reply = await say(app, api, "/reload")
    assert "1 篇文章" in reply and "seed.txt" in reply.split("跳过了", 1)[1]
    assert "500余个" in await say(app, api, QUESTION, uid=1001)


@pytest.mark.parametrize("damage, reason", [
    (lambda corpus: shutil.rmtree(corpus), "corpus not found"),
    (lambda corpus: [p.unlink() for p in corpus.iterdir()], "no readable news page"),
    (lambda corpus: (corpus / "seed.txt").write_bytes(b""), "no readable news page"),
])
async def test_a_failed_reload_keeps_serving_the_old_index_and_says_why(app, api, corpus, damage, reason):
    old = state_of(app).retriever
    damage(corpus)
    reply = await say(app, api, "/reload")
    assert reply.startswith("⚠️ 重新索引失败，仍在使用原来的索引。") and reason in reply
    assert state_of(app).retriever is old
    assert "300余个" in await say(app, api, QUESTION, uid=1001)
    assert "重新索引：0 次成功，1 次失败" in await say(app, api, "/stats")


async def test_a_bug_while_indexing_keeps_the_old_index(app, api, monkeypatch, caplog):
    old = state_of(app).retriever
    monkeypatch.setattr(Retriever, "from_path", classmethod(lambda cls, *a, **k: 1 / 0))
    with caplog.at_level(logging.ERROR):
        reply = await say(app, api, "/reload")
    assert "重新索引失败" in reply and "ZeroDivisionError（详见日志）" in reply
    assert state_of(app).retriever is old
    assert any(r.exc_info for r in caplog.records if r.name == "bot.admin")


async def test_reload_runs_off_the_event_loop_one_at_a_time_while_the_old_index_answers(app, api, monkeypatch, corpus):
    entered, release = threading.Event(), threading.Event()
    real = admin.build

    def slow_build(*args):
        entered.set()
        release.wait(20)
        return real(*args)

    monkeypatch.setattr(admin, "build", slow_build)
    (corpus / "variant.txt").write_text(variant(), "utf-8")
    msg = api.message("/reload", api.private_chat(ADMIN), sender=api.user(ADMIN))
    first = asyncio.create_task(app.process_update(Update.de_json({"update_id": 1, "message": msg}, app.bot)))
    assert await asyncio.to_thread(entered.wait, 20)
    assert "300余个" in await say(app, api, QUESTION, uid=1001)  # the loop is free; the old index answers
    assert (await say(app, api, "/reload")).startswith("⏳ 已有一次重新索引正在进行")
    release.set()
    await first
    assert api.requests("sendMessage")[-1]["text"].startswith("✅ 已重新索引")
    assert state_of(app).reload_lock.locked() is False
    assert "2 篇文章" in await say(app, api, "/stats")
