"""Handlers with real telegram Update objects; only the network is fake (tests/botapi_server.py)."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import threading
import time

import pytest
from botapi_server import FakeBotAPI
from conftest import search_settings
from telegram import Update

from bot import handlers
from bot.app import build_application
from bot.settings import Settings
from bot.state import state_of

QUESTION = "天开西青园引进了多少项目"


async def deliver(app, api: FakeBotAPI, update: dict) -> None:
    """Hand one update, as Telegram would send it, to the application and wait for its handlers."""
    await app.process_update(Update.de_json({"update_id": len(api.calls) + 1, **update}, app.bot))


def sent(api: FakeBotAPI, method: str = "sendMessage") -> list:
    return api.requests(method)


def buttons(call) -> dict[str, str]:
    markup = call.get("reply_markup") or {}
    return {b["text"]: b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row}


# -- private chat ----------------------------------------------------------------------------------

async def test_private_text_is_a_question(app, api):
    await deliver(app, api, {"message": api.message(QUESTION, api.private_chat())})
    [reply] = sent(api)
    assert reply["parse_mode"] == "HTML" and reply["chat_id"] == 1001
    assert "300余个" in reply["text"] and "朱财斌 · 西青区委书记" in reply["text"]
    assert "滨海发布 · 2024-02-07 · 《" in reply["text"] and "¶13" in reply["text"]
    assert "💬 “天开西青园开园以来,已引进项目<b>300余个</b>," in reply["text"]  # led by the answer, in bold
    assert "reply_parameters" not in reply.params  # no quoting in a private chat


async def test_no_answer_says_so_and_suggests_speakers_and_examples(app, api):
    await deliver(app, api, {"message": api.message("火星上有没有液态水", api.private_chat())})
    [reply] = sent(api)
    assert "没有找到" in reply["text"] and "/speakers" in reply["text"]
    assert reply["text"].count("<code>") == 2
    assert "reply_markup" not in reply.params


async def test_html_in_a_question_is_escaped(app, api):
    await deliver(app, api, {"message": api.message("<b>天开西青园</b> & <i>项目</i>", api.private_chat())})
    [reply] = sent(api)
    assert "&lt;b&gt;天开西青园&lt;/b&gt; &amp; &lt;i&gt;项目&lt;/i&gt;" in reply["text"]
    assert "<i>项目</i>" not in reply["text"]


async def test_a_long_question_is_answered_on_its_start_and_says_so(app, api):
    await deliver(app, api, {"message": api.message(QUESTION + "啊" * 3000, api.private_chat())})
    [reply] = sent(api)
    assert "问题过长" in reply["text"] and "300余个" in reply["text"]


# -- groups ----------------------------------------------------------------------------------------

async def test_group_chatter_is_ignored(app, api):
    group = api.group_chat()
    await deliver(app, api, {"message": api.message(QUESTION, group)})
    await deliver(app, api, {"message": api.message("@someone_else 你看这个", group)})
    other = api.message("别人的消息", group, sender=api.user(3003, "老张", "laozhang"))
    await deliver(app, api, {"message": api.message("同意", group, reply_to=other)})
    assert sent(api) == []


async def test_group_ask_answers_with_a_quote(app, api):
    ask = api.message(f"/ask {QUESTION}", api.group_chat())
    await deliver(app, api, {"message": ask})
    [reply] = sent(api)
    assert "300余个" in reply["text"]
    assert reply["reply_parameters"]["message_id"] == ask["message_id"]


async def test_group_ask_alone_gives_usage(app, api):
    await deliver(app, api, {"message": api.message(f"/ask@{api.bot['username']}", api.group_chat())})
    [reply] = sent(api)
    assert reply["text"].startswith("用法：<code>/ask 问题</code>")


async def test_group_ask_in_reply_asks_that_message(app, api):
    group = api.group_chat()
    other = api.message(QUESTION, group, sender=api.user(3003, "老张", "laozhang"))
    await deliver(app, api, {"message": api.message("/ask", group, reply_to=other)})
    [reply] = sent(api)
    assert "300余个" in reply["text"]


async def test_group_mention_and_reply_to_the_bot_are_questions(app, api):
    group = api.group_chat()
    await deliver(app, api, {"message": api.message(f"@{api.bot['username']} {QUESTION}", group)})
    [first] = sent(api)
    assert "300余个" in first["text"] and f"@{api.bot['username']}" not in first["text"]
    await deliver(app, api, {"message": api.message("习近平说了什么", group, reply_to=first.result)})
    assert "习近平" in sent(api)[1]["text"]


async def test_edited_messages_are_not_answered_again(app, api):
    msg = api.message(QUESTION, api.private_chat())
    await deliver(app, api, {"edited_message": {**msg, "edit_date": int(time.time())}})
    assert sent(api) == []


# -- buttons ---------------------------------------------------------------------------------------

async def test_more_pages_by_editing_and_full_text_shows_the_whole_passage(app, api):
    await deliver(app, api, {"message": api.message("新质生产力", api.private_chat())})
    [answer] = sent(api)
    keys = buttons(answer)
    assert "更多 ▸" in keys and all(len(v.encode()) <= 64 for v in keys.values())
    await deliver(app, api, {"callback_query": {"id": "q1", "from": api.user(), "chat_instance": "c",
                                               "message": answer.result, "data": keys["更多 ▸"]}})
    [edit] = sent(api, "editMessageText")
    assert edit["message_id"] == answer.result["message_id"] and "第 4–" in edit["text"]
    assert sent(api, "answerCallbackQuery")[0]["callback_query_id"] == "q1"

    await deliver(app, api, {"message": api.message(QUESTION, api.private_chat())})
    trimmed = sent(api)[1]
    assert "…" in trimmed["text"]
    await deliver(app, api, {"callback_query": {"id": "q2", "from": api.user(), "chat_instance": "c",
                                               "message": trimmed.result, "data": buttons(trimmed)["全文"]}})
    full = sent(api, "editMessageText")[1]
    lines = full["text"].split("\n")
    assert "“天开西青园开园以来,已引进项目<b>300余个</b>" in lines[1]  # the answer bold where it stands
    assert "推动重点项目加速入驻运营" in lines[1] and "…" not in lines[1]  # in the whole passage
    assert full["text"].count("已引进项目") == 1  # said once
    assert "◂ 返回" in buttons(full)


@pytest.mark.parametrize("data", ["p:zzzzzzzz:0", "garbage", "", "f:1:999", "p:1:-1", "x" * 64])
async def test_stale_or_forged_presses_get_a_notice(app, api, data):
    await deliver(app, api, {"message": api.message("新质生产力", api.private_chat())})
    [answer] = sent(api)
    await deliver(app, api, {"callback_query": {"id": "q9", "from": api.user(), "chat_instance": "c",
                                               "message": answer.result, "data": data}})
    assert sent(api, "editMessageText") == []
    [notice] = sent(api, "answerCallbackQuery")
    assert notice["text"] == handlers.STALE


async def test_a_press_in_another_chat_is_stale(app, api):
    await deliver(app, api, {"message": api.message("新质生产力", api.private_chat())})
    [answer] = sent(api)
    elsewhere = {**answer.result, "chat": api.private_chat(4004)}
    await deliver(app, api, {"callback_query": {"id": "q3", "from": api.user(4004), "chat_instance": "c",
                                               "message": elsewhere, "data": buttons(answer)["更多 ▸"]}})
    assert sent(api, "editMessageText") == []
    assert sent(api, "answerCallbackQuery")[0]["text"] == handlers.STALE


# -- commands --------------------------------------------------------------------------------------

async def test_start_welcomes_with_three_examples_from_the_corpus(app, api, seed_retriever):
    await deliver(app, api, {"message": api.message("/start", api.private_chat())})
    [reply] = sent(api)
    assert "滨海发布" in reply["text"] and f"{len(seed_retriever.passages)} 段" in reply["text"]
    examples = state_of(app).facts.examples
    assert len(examples) == 3 and all(f"<code>{e}</code>" in reply["text"] for e in examples)
    assert all(seed_retriever.search(e) for e in examples)


async def test_help_lists_the_commands(app, api):
    await deliver(app, api, {"message": api.message("/help", api.private_chat())})
    text = sent(api)[0]["text"]
    assert all(f"/{name}" in text for name, _ in handlers.COMMANDS if name != "start")


async def test_speakers_lists_titles_and_counts(app, api, seed_retriever):
    await deliver(app, api, {"message": api.message("/speakers", api.private_chat())})
    text = sent(api)[0]["text"]
    assert "朱财斌 · 西青区委书记 — 1 段" in text
    assert all(f"{sp.label()} — {n} 段" in text for sp, n in seed_retriever.speakers())


async def test_speaker_pages_that_persons_passages(app, api, seed_retriever):
    await deliver(app, api, {"message": api.message("/speaker 习近平", api.private_chat())})
    [reply] = sent(api)
    n = len(seed_retriever.speaker_passages("习近平"))
    assert "习近平 · 总书记" in reply["text"] and f"（{n} 段）" in reply["text"]
    await deliver(app, api, {"message": api.message("/speaker 王小二", api.private_chat())})
    assert "没有发言人「王小二」" in sent(api)[1]["text"]
    await deliver(app, api, {"message": api.message("/speaker", api.private_chat())})
    assert "用法" in sent(api)[2]["text"]


async def test_sources_and_about(app, api, seed_retriever):
    from retrieval import __version__

    n = f"{len(seed_retriever.passages)} 段"
    await deliver(app, api, {"message": api.message("/sources", api.private_chat())})
    assert "滨海发布 · 2024-02-07 · 《牢记嘱托" in sent(api)[0]["text"] and n in sent(api)[0]["text"]
    await deliver(app, api, {"message": api.message("/about", api.private_chat())})
    about = sent(api)[1]["text"]
    assert f"v{__version__}" in about and n in about and "秒" in about


# -- inline mode -----------------------------------------------------------------------------------

async def test_inline_query_gives_one_article_per_hit(app, api):
    await deliver(app, api, {"inline_query": {"id": "i1", "from": api.user(), "query": "新质生产力", "offset": ""}})
    [answer] = sent(api, "answerInlineQuery")
    results = answer["results"]
    assert len(results) == 3 and len({r["id"] for r in results}) == 3
    assert all(r["title"].endswith("滨海发布") for r in results)
    assert all(r["input_message_content"]["parse_mode"] == "HTML" for r in results)


async def test_empty_inline_query_shows_a_hint(app, api):
    await deliver(app, api, {"inline_query": {"id": "i2", "from": api.user(), "query": "", "offset": ""}})
    [answer] = sent(api, "answerInlineQuery")
    assert answer["results"] == [] and "输入问题" in answer["button"]["text"]


# -- robustness ------------------------------------------------------------------------------------

class Broken:
    """A retriever whose search fails, or first waits for ``until`` (a threading.Event or Barrier);
    everything else is the real one."""

    def __init__(self, real, until=None, fail: bool = False):
        self.real, self.until, self.fail = real, until, fail

    def search(self, question, top_k=3, speaker=None, **filters):
        if self.until is not None:
            self.until.wait(10)  # a failure guard only: the test sets it
        if self.fail:
            raise RuntimeError("index exploded")
        return self.real.search(question, top_k, speaker, **filters)

    def __getattr__(self, name):
        return getattr(self.real, name)


def use(app, retriever) -> None:
    """Serve ``retriever`` (facts unchanged)."""
    state = state_of(app)
    state.serve(retriever, state.facts)


async def test_an_error_is_logged_with_traceback_and_the_user_told(app, api, seed_retriever, caplog):
    use(app, Broken(seed_retriever, fail=True))
    with caplog.at_level(logging.ERROR):
        await deliver(app, api, {"message": api.message(QUESTION, api.private_chat())})
    [reply] = sent(api)
    assert "出了点问题" in reply["text"] and "exploded" not in reply["text"]
    [record] = [r for r in caplog.records if r.name == "bot.handlers"]
    assert record.exc_info and "chat 1001" in record.getMessage()


async def test_typing_is_shown_only_when_the_search_is_slow(app, api, seed_retriever):
    await deliver(app, api, {"message": api.message(QUESTION, api.private_chat())})
    assert sent(api, "sendChatAction") == []
    state = state_of(app)
    state.settings = dataclasses.replace(state.settings, typing_delay=0.05)
    typing_seen = threading.Event()  # the search ends only once "typing…" reached Telegram
    api.on_call = lambda call: typing_seen.set() if call.method == "sendChatAction" else None
    use(app, Broken(seed_retriever, until=typing_seen))
    await deliver(app, api, {"message": api.message(QUESTION, api.private_chat())})
    [typing] = sent(api, "sendChatAction")
    assert typing["action"] == "typing" and typing["chat_id"] == 1001
    assert "300余个" in sent(api)[1]["text"]


async def test_one_slow_question_does_not_hold_up_others(app, api, seed_retriever):
    together = threading.Barrier(3)  # each search waits until all three are searching at once
    use(app, Broken(seed_retriever, until=together))
    await app.start()
    try:
        for uid in (1001, 1002, 1003):
            msg = api.message(QUESTION, api.private_chat(uid), sender=api.user(uid))
            await app.update_queue.put(Update.de_json({"update_id": uid, "message": msg}, app.bot))
        await asyncio.to_thread(api.wait_for, "sendMessage", lambda c: True, 10, 3)
    finally:
        await app.stop()
    assert not together.broken  # one after another, the first search would have waited in vain
    assert sorted(c["chat_id"] for c in sent(api)) == [1001, 1002, 1003]
    assert all("300余个" in c["text"] for c in sent(api))


async def test_buttons_of_forgotten_answers_are_stale(app, api):
    state_of(app).views = handlers.Views(size=2)
    for q in ("新质生产力", "习近平说了什么", "天开高教科创园"):
        await deliver(app, api, {"message": api.message(q, api.private_chat())})
    oldest = sent(api)[0]
    await deliver(app, api, {"callback_query": {"id": "old", "from": api.user(), "chat_instance": "c",
                                               "message": oldest.result, "data": buttons(oldest)["更多 ▸"]}})
    assert sent(api, "answerCallbackQuery")[0]["text"] == handlers.STALE
    assert len(state_of(app).views) == 2


async def test_a_hit_sent_through_inline_mode_is_not_a_question(app, api):
    msg = {**api.message(QUESTION, api.private_chat()), "via_bot": api.bot}
    await deliver(app, api, {"message": msg})
    assert sent(api) == []


async def test_start_deep_links_from_the_inline_hint(app, api):
    await deliver(app, api, {"message": api.message("/start help", api.private_chat())})
    assert "<b>怎么用</b>" in sent(api)[0]["text"]
    await deliver(app, api, {"message": api.message("/start speakers", api.private_chat())})
    assert "语料中的发言人" in sent(api)[1]["text"]


async def test_speaker_passages_page_with_buttons(app, api, seed_retriever):
    n = len(seed_retriever.speaker_passages("习近平"))
    assert n >= 2
    state = state_of(app)
    state.settings = dataclasses.replace(state.settings, search=dataclasses.replace(state.settings.search, top_k=1))
    await deliver(app, api, {"message": api.message("/speaker 习近平", api.private_chat())})
    [first] = sent(api)
    assert f"第 1 条，共 {n} 条" in first["text"] and "<b>习近平</b>" in first["text"]
    await deliver(app, api, {"callback_query": {"id": "s1", "from": api.user(), "chat_instance": "c",
                                               "message": first.result, "data": buttons(first)["更多 ▸"]}})
    [edit] = sent(api, "editMessageText")
    assert f"第 2 条，共 {n} 条" in edit["text"] and "◂ 上一页" in buttons(edit)


@pytest.mark.filterwarnings("ignore:.*retry_after.*timedelta")  # PTB's own rate limiter reads retry_after
async def test_a_flood_limit_is_waited_out_and_the_answer_sent_once(app, api):
    api.fail("sendMessage", 429, retry_after=1)
    await deliver(app, api, {"message": api.message(QUESTION, api.private_chat())})
    calls = sent(api)
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].at - calls[0].at >= 1.0 and "300余个" in calls[1]["text"]


async def test_without_a_retriever_post_init_indexes_the_corpus_once(api, seed_retriever):
    app = build_application(Settings(token=api.token, api_base_url=api.base_url, search=search_settings()))
    assert state_of(app).served is None
    async with app:
        await app.post_init(app)
        built = state_of(app).retriever
        await app.post_init(app)
        assert state_of(app).retriever is built and len(built.passages) == len(seed_retriever.passages)
        await deliver(app, api, {"message": api.message(QUESTION, api.private_chat())})
    assert "300余个" in sent(api)[0]["text"]
