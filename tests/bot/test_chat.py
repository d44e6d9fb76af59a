"""A chat, not a search box (issue 12, items 1–4), end to end: the real Application polls the
loopback Bot API server (tests/botapi_server.py) and the tests talk to it as users would.

Follow-ups (他还说了什么, 还有呢, 其他人呢, 原文, 出处) are answered from the conversation's
context: a private chat, or a thread of replies to the bot in a group; contexts expire after
QA_CONTEXT_MINUTES (an injected clock: nothing sleeps), are bounded, and never shared. Filters are
set with /filter or written into the question, and every filtered reply names them; 「引用」 sends a
copy-ready citation; /export sends CSV and Markdown documents (sendDocument).
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import shutil
from pathlib import Path

import pytest
from botapi_server import FakeBotAPI
from conftest import polled
from telegram import Update

from bot import handlers, talk
from bot.app import build_application
from bot.settings import Settings
from bot.state import PAGES, state_of
from retrieval import Retriever
from retrieval.chat.conversation import HINTS
from retrieval.settings import Settings as SearchSettings

DATA = Path(__file__).resolve().parents[1] / "data"
SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
HAIHE = "海河实验室发布新型储能成果"


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory):
    """The seed article (滨海发布, 2024-02-07) and a short one (津云新闻, 2024-03-05: 王立新 twice,
    李春华 once); its index."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copy(SEED, root / "seed.txt")
    shutil.copy(DATA / "uploads" / "haihe.md", root / "haihe.md")
    return root, Retriever.build(root)


class Clock:
    """time.monotonic for the conversation contexts, moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def minutes(self, m: float) -> None:
        self.now += m * 60


@contextlib.asynccontextmanager
async def running(api: FakeBotAPI, two_articles, top_k: int = 1, clock: Clock | None = None, **search):
    root, retriever = two_articles
    settings = Settings(token=api.token, api_base_url=api.base_url, typing_delay=5.0,
                        search=SearchSettings(corpus=str(root), cache_dir=root.parent / "cache", top_k=top_k, **search))
    app = build_application(settings, retriever)
    if clock is not None:
        state_of(app).conversation = talk.conversation(settings.search, PAGES, clock)
    async with polled(app) as running_app:
        yield running_app


class User:
    """One person in one chat: says things, presses buttons, reads what the bot sent that chat."""

    def __init__(self, api: FakeBotAPI, chat: dict, uid: int = 1001):
        self.api, self.chat, self.sender = api, chat, api.user(uid)

    def _mine(self, method: str):
        return [c for c in self.api.requests(method) if c.get("chat_id") == self.chat["id"]]

    async def says(self, text: str, reply_to: dict | None = None):
        """The bot's reply (a sendMessage call) to ``text``."""
        count = len(self._mine("sendMessage")) + 1
        self.api.push_message(text, self.chat, sender=self.sender, reply_to=reply_to)
        return await asyncio.to_thread(self.api.wait_for, "sendMessage", lambda c: c.get("chat_id") == self.chat["id"], 10, count)

    async def presses(self, reply, label: str, method: str = "sendMessage"):
        """Press the button ``label`` under ``reply``; the bot's next ``method`` call in this chat."""
        count = len(self._mine(method)) + 1
        self.api.push_callback(buttons(reply)[label], reply.result, sender=self.sender)
        return await asyncio.to_thread(self.api.wait_for, method, lambda c: c.get("chat_id") == self.chat["id"], 10, count)

    async def exports(self, text: str, documents: int):
        """The documents (sendDocument calls) the bot sends for ``text``."""
        count = len(self._mine("sendDocument")) + documents
        self.api.push_message(text, self.chat, sender=self.sender)
        await asyncio.to_thread(self.api.wait_for, "sendDocument", lambda c: c.get("chat_id") == self.chat["id"], 10, count)
        return self._mine("sendDocument")[-documents:]


def buttons(call) -> dict[str, str]:
    markup = call.get("reply_markup") or {}
    return {b["text"]: b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row}


def speakers(text: str) -> list[str]:
    """The speakers of the hits in a reply, in order (「name · title」 lines)."""
    import re

    return re.findall(r"<b>\d+\. 「([^·」]+?)(?: · [^」]*)?」</b>", text)


# -- 1. follow-ups ---------------------------------------------------------------------------------

async def test_a_question_and_its_follow_ups_in_a_private_chat(api, two_articles):
    async with running(api, two_articles, top_k=1):
        me = User(api, api.private_chat())
        first = await me.says("王立新说了什么")
        assert speakers(first["text"]) == ["王立新"] and "400瓦时" in first["text"]

        more = await me.says("他还说了什么")
        assert more["text"].startswith("🔎 <b>王立新 还说了什么</b>")
        assert speakers(more["text"]) == ["王立新"] and "8家企业" in more["text"] and "400瓦时" not in more["text"]

        article = await me.says("原文")  # the article around hit 1 of the last answer (¶3)
        assert article["text"].startswith(f"📄 <b>《<a href=\"https://example.com/news/haihe-storage\">{HAIHE}</a>》</b>")
        assert "<b>▶ ¶3</b> 王立新表示" in article["text"] and "<b>¶4</b>" in article["text"]

        source = await me.says("出处")
        for line in ("媒体：津云新闻", "发布：2024-03-05", "段落：第 3 段", "发言人：王立新 · 海河实验室主任",
                     "链接：https://example.com/news/haihe-storage"):
            assert line in source["text"]
        assert "王立新（海河实验室主任）：“实验室已与8家企业签订转化协议，合同金额超过2亿元。”——津云新闻，2024年3月5日" in source["text"]

        done = await me.says("还有呢")
        assert done["text"] == "没有更多相关段落了。"


async def test_more_continues_after_what_was_read_and_others_leave_out_who_was_shown(api, two_articles):
    async with running(api, two_articles, top_k=3):
        me = User(api, api.private_chat())
        first = await me.says("新质生产力")
        page1 = speakers(first["text"])
        assert len(page1) == 3 and "更多 ▸" in buttons(first)

        page2 = await me.presses(first, "更多 ▸", method="editMessageText")  # read with the button
        assert "第 4–6 条" in page2["text"]
        more = await me.says("还有呢")
        assert more["text"].startswith("🔎 <b>新质生产力 · 更多</b>")
        shown = [h for h in speakers(first["text"]) + speakers(page2["text"])]
        assert not set(speakers(more["text"])) & set(shown) - {"习近平"}  # 习近平 has three passages

        others = await me.says("其他人呢")
        assert others["text"].startswith("🔎 <b>新质生产力 · 其他人怎么说</b>")
        assert speakers(others["text"]) and not set(speakers(others["text"])) & set(shown + speakers(more["text"]))


async def test_a_follow_up_without_context_gets_a_one_line_hint(api, two_articles):
    async with running(api, two_articles):
        me = User(api, api.private_chat())
        assert (await me.says("他还说了什么"))["text"] == HINTS["same_speaker"]
        assert (await me.says("原文"))["text"] == HINTS["article"]


# -- context: expiry, isolation, groups ----------------------------------------------------------

async def test_the_context_expires_after_qa_context_minutes_of_silence(api, two_articles):
    clock = Clock()
    async with running(api, two_articles, clock=clock, context_minutes=30):
        me = User(api, api.private_chat())
        await me.says("王立新说了什么")
        clock.minutes(29)
        assert "8家企业" in (await me.says("他还说了什么"))["text"]  # and the 30 minutes start again
        clock.minutes(29)
        assert (await me.says("原文"))["text"].startswith("📄")
        clock.minutes(31)
        assert (await me.says("出处"))["text"] == HINTS["source"]


async def test_two_chats_never_share_a_context(api, two_articles):
    async with running(api, two_articles):
        alice, bob = User(api, api.private_chat(1001), 1001), User(api, api.private_chat(1002), 1002)
        await alice.says("王立新说了什么")
        assert (await bob.says("他还说了什么"))["text"] == HINTS["same_speaker"]
        await bob.says("储能产业基金")  # 李春华
        assert "8家企业" in (await alice.says("他还说了什么"))["text"]
        bob_source = (await bob.says("出处"))["text"]
        assert "发言人：李春华" in bob_source and "王立新" not in bob_source


async def test_a_group_keeps_one_context_per_thread_of_replies_to_the_bot(api, two_articles):
    async with running(api, two_articles):
        group = api.group_chat()
        one, two = User(api, group, 1001), User(api, group, 1002)
        me = f"@{api.bot['username']}"
        a = await one.says(f"{me} 王立新说了什么")
        b = await two.says(f"{me} 储能产业基金")
        assert "王立新" in (await one.says("他还说了什么", reply_to=a.result))["text"]
        source = (await two.says("出处", reply_to=b.result))["text"]
        assert "发言人：李春华" in source
        hint = (await one.says(f"{me} 他还说了什么"))["text"]  # not a reply: a thread of its own, empty
        assert hint == HINTS["same_speaker"] + "\n在群里追问时，请回复我的回答。"


def test_contexts_are_bounded_across_chats(monkeypatch):
    monkeypatch.setattr(talk, "MAX_CONTEXTS", 2)
    conversation = talk.conversation(SearchSettings(), PAGES)
    r = Retriever.build(SEED)
    for chat in (1, 2, 3):
        conversation.reply(r, talk.private_key(chat), "天开西青园引进了多少项目")
    assert len(conversation.contexts) == 2 and conversation.contexts.get(talk.private_key(1)) is None


def test_group_threads_are_bounded_and_keyed_by_chat():
    threads = talk.Threads(size=2)
    threads.add(-1, 10, ("thread", -1, 5))
    assert threads.key(-1, 11, 10) == ("thread", -1, 5)
    assert threads.key(-2, 11, 10) == ("thread", -2, 10)  # the same message id in another group
    threads.add(-1, 12, "b")
    threads.add(-1, 13, "c")
    assert threads.key(-1, 14, 10) == ("thread", -1, 10) and len(threads) == 2


# -- 2. filters ------------------------------------------------------------------------------------

async def test_filter_set_shown_used_and_cleared_and_every_filtered_reply_says_so(api, two_articles):
    async with running(api, two_articles, top_k=3):
        me = User(api, api.private_chat())
        usage = (await me.says("/filter"))["text"]
        assert usage.startswith("没有筛选条件。用法：<code>/filter ")
        words = usage.split("<code>/filter ")[1].split("</code>")[0]  # copied as it is, it works here
        assert (await me.says(f"/filter {words}"))["text"].startswith("✅ 已设置")
        await me.says("/filter clear")
        set_ = await me.says("/filter 津云新闻")
        assert set_["text"] == "✅ 已设置 筛选：媒体 津云新闻（/filter clear 清除）\n之后的问题只在这个范围里找答案。\n共 4 段符合。"
        answer = await me.says("新质生产力 储能")
        assert answer["text"].startswith("<i>🔍 筛选：媒体 津云新闻（/filter clear 清除）</i>\n🔎")
        assert "滨海发布 ·" not in answer["text"] and "津云新闻 ·" in answer["text"]
        assert (await me.says("原文"))["text"].startswith("<i>🔍 筛选：媒体 津云新闻")
        assert (await me.says("/filter"))["text"] == "🔍 筛选：媒体 津云新闻（/filter clear 清除）"
        assert (await me.says("/filter clear"))["text"] == "✅ 筛选已清除，之后的问题在全部语料里找答案。"
        plain = await me.says("新质生产力")
        assert "筛选" not in plain["text"] and "滨海发布 ·" in plain["text"]


async def test_filters_in_plain_words_by_part_of_a_name_title_and_date_range(api, two_articles):
    async with running(api, two_articles, top_k=3):
        me = User(api, api.private_chat())
        by_title = await me.says("/filter 科技局局长")
        assert "筛选：发言人 科技局局长" in by_title["text"]
        answer = await me.says("新质生产力")
        assert set(speakers(answer["text"])) <= {"李春华", "朱玉兵"} and speakers(answer["text"])
        await me.says("/filter clear")
        dated = await me.says("/filter 2024-03-01..2024-03-31")
        assert "筛选：2024-03-01 至 2024-03-31" in dated["text"]
        assert "津云新闻 ·" in (await me.says("储能"))["text"]
        bad = await me.says("/filter 火星日报")
        assert bad["text"].startswith("⚠️ 不认识的筛选条件「火星日报」")


async def test_a_filter_written_into_the_question_is_named_in_the_reply(api, two_articles):
    async with running(api, two_articles, top_k=3):
        me = User(api, api.private_chat())
        answer = await me.says("2024年3月 新质生产力")
        assert answer["text"].startswith("<i>🔍 筛选：2024-03-01 至 2024-03-31（/filter clear 清除）</i>")
        assert "滨海发布 ·" not in answer["text"]
        assert (await me.says("/filter"))["text"].startswith("没有筛选条件")  # a question's filters are not sticky


# -- 3. citation -----------------------------------------------------------------------------------

async def test_the_cite_button_sends_one_copy_ready_line(api, two_articles):
    async with running(api, two_articles, top_k=3):
        me = User(api, api.private_chat())
        answer = await me.says("储能产业基金")
        assert {"引用 1", "引用 2", "引用 3"} <= set(buttons(answer))
        cited = await me.presses(answer, "引用 1")
        assert cited["text"] == ("<code>李春华（天津市科技局局长）：“我们将设立5亿元的储能产业基金，支持成果在津落地。”"
                                 f"——津云新闻，2024年3月5日，《{HAIHE}》 https://example.com/news/haihe-storage</code>")
        forged = api.push_callback("c:zzzzzz:0", answer.result)
        notice = await asyncio.to_thread(api.wait_for, "answerCallbackQuery", lambda c: c["callback_query_id"] == forged)
        assert notice["text"] == handlers.STALE


# -- 4. export -------------------------------------------------------------------------------------

async def test_export_sends_csv_and_markdown_documents_with_every_matching_passage(api, two_articles):
    async with running(api, two_articles):
        me = User(api, api.private_chat())
        csv_doc, md_doc = await me.exports("/export 王立新", documents=2)
        assert csv_doc["document"].file_name == "yanlu-王立新.csv" and md_doc["document"].file_name == "yanlu-王立新.md"
        assert csv_doc["caption"] == "📎 发言人 王立新 · 2 段（CSV）"
        rows = list(csv.reader(io.StringIO(csv_doc["document"].data.decode("utf-8-sig"))))
        assert rows[0] == ["发言人", "职务", "引语", "媒体", "日期", "文章标题", "链接", "段落"]
        assert [(r[0], r[1], r[3], r[4], r[5], r[6], r[7]) for r in rows[1:]] == [
            ("王立新", "海河实验室主任", "津云新闻", "2024-03-05", HAIHE, "https://example.com/news/haihe-storage", n)
            for n in ("2", "3")]
        assert "400瓦时" in rows[1][2] and "8家企业" in rows[2][2]
        md = md_doc["document"].data.decode("utf-8")
        assert md.startswith("# 言录导出：发言人 王立新") and "共 2 段。" in md and "**王立新**（海河实验室主任）" in md

        [only_md] = await me.exports("/export 科技局局长 md", documents=1)
        assert only_md["document"].file_name.endswith(".md") and "李春华" in only_md["document"].data.decode()


async def test_export_alone_uses_the_active_filter_or_the_last_answers_person(api, two_articles):
    async with running(api, two_articles):
        me = User(api, api.private_chat())
        assert (await me.says("/export"))["text"].startswith("⚠️ 导出需要筛选条件")
        await me.says("/filter 津云新闻")
        [by_filter] = await me.exports("/export csv", documents=1)
        assert by_filter["caption"] == "📎 媒体 津云新闻 · 4 段（CSV）"
        await me.says("/filter clear")
        await me.says("李春华说了什么")
        [by_person] = await me.exports("/export jsonl", documents=1)
        assert by_person["caption"] == "📎 发言人 李春华 · 1 段（JSONL）"
        assert (await me.says("/export 火星日报"))["text"].startswith("⚠️ 不认识的筛选条件")


async def test_a_filter_set_in_a_group_thread_holds_for_replies_in_that_thread_only(api, two_articles):
    async with running(api, two_articles, top_k=3):
        group, me = api.group_chat(), f"@{api.bot['username']}"
        one, two = User(api, group, 1001), User(api, group, 1002)
        confirmed = await one.says(f"/filter@{api.bot['username']} 津云新闻")
        filtered = await one.says("新质生产力 储能", reply_to=confirmed.result)
        assert filtered["text"].startswith("<i>🔍 筛选：媒体 津云新闻") and "滨海发布 ·" not in filtered["text"]
        other = await two.says(f"{me} 新质生产力")  # another thread of the same group: no filter
        assert "筛选" not in other["text"] and "滨海发布 ·" in other["text"]


async def test_help_names_the_follow_ups_filter_cite_and_export_and_admins_see_uploads(api, two_articles):
    async with running(api, two_articles):
        text = (await User(api, api.private_chat()).says("/help"))["text"]
        for part in ("他还说了什么 · 还有呢 · 其他人呢 · 原文 · 出处", "/filter ", "「引用」", "/export "):
            assert part in text
        assert "管理员" not in text
    api.reset()
    root, retriever = two_articles
    settings = Settings(token=api.token, api_base_url=api.base_url, admin_ids=frozenset({4242}),
                        search=SearchSettings(corpus=str(root), cache_dir=root.parent / "cache"))
    app = build_application(settings, retriever)
    async with app:
        msg = api.message("/help", api.private_chat(4242), sender=api.user(4242))
        await app.process_update(Update.de_json({"update_id": 1, "message": msg}, app.bot))
    assert "发来 .txt、.md 或 .html 文件" in api.requests("sendMessage")[-1]["text"]
