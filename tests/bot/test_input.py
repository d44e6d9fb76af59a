"""Bad input: odd questions, every kind of update, forged buttons, long inline queries.

Each update goes through the real Application (``process_update``); the fake Bot API server
records what the bot sent. No update may raise, and none may make the bot talk in a group.
"""

from __future__ import annotations

import html
import logging
import time

import pytest
from botapi_server import FakeBotAPI
from telegram import Update

from bot import handlers
from bot.state import state_of
from retrieval import MAX_QUESTION_CHARS

QUESTION = "天开西青园引进了多少项目"


@pytest.fixture
def errors(caplog):
    """Every ERROR record during the test (there must be none)."""
    caplog.set_level(logging.WARNING)
    return lambda: [r for r in caplog.records if r.levelno >= logging.ERROR]


async def deliver(app, update: dict) -> None:
    await app.process_update(Update.de_json({"update_id": int(time.monotonic_ns() % 10**9), **update}, app.bot))


def sent(api: FakeBotAPI, method: str = "sendMessage") -> list:
    return api.requests(method)


def spoke(api: FakeBotAPI) -> list:
    """Every request but the getMe of start-up."""
    return [c for c in api.requests() if c.method != "getMe"]


async def ask(app, api, text: str) -> str:
    """Ask ``text`` in a private chat; the one reply's HTML."""
    await deliver(app, {"message": api.message(text, api.private_chat())})
    [reply] = sent(api)
    assert reply["parse_mode"] == "HTML"
    return reply["text"]


# -- questions -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["   ", "\n\t \n", "\u200b\u200d\u2060\ufeff", "\u202e\u202d\u200f\u200e", "\u3000\u00a0"])
async def test_blank_or_invisible_question_gets_the_usage_line(app, api, errors, text):
    reply = await ask(app, api, text)
    assert reply.startswith("用法：<code>/ask 问题</code>")
    assert errors() == []


async def test_empty_text_is_not_an_error(app, api, errors):
    await deliver(app, {"message": {**api.message("x", api.private_chat()), "text": ""}})
    assert len(sent(api)) <= 1 and errors() == []


@pytest.mark.parametrize("text", ["😀🎉👍", "🇨🇳🇺🇸", "👨‍👩‍👧‍👦", "!!!???……"])
async def test_emoji_or_symbols_get_the_no_answer_reply(app, api, errors, text):
    reply = await ask(app, api, text)
    assert "没有找到" in reply and "/speakers" in reply
    assert "只有表情或符号" in reply  # says why: nothing in it to search for
    assert errors() == []


async def test_a_chinese_question_without_answer_is_not_called_symbols(app, api, errors):
    reply = await ask(app, api, "红烧肉怎么做？")
    assert "没有找到" in reply and "只有表情或符号" not in reply
    assert errors() == []


async def test_a_question_in_another_script_is_told_in_its_language(app, api, errors):
    reply = await ask(app, api, "ما هو هذا؟")
    assert "أخبار صينية" in reply and "没有找到" not in reply
    assert errors() == []


async def test_zero_width_and_bidi_characters_are_dropped_from_a_question(app, api):
    reply = await ask(app, api, "\u202e天开西青园\u200b引进了\u200d多少\u2066项目\u2069\ufeff")
    assert "300余个" in reply
    assert not any(ch in reply for ch in "\u202e\u200b\u200d\u2066\u2069\ufeff")
    assert f"🔎 <b>{QUESTION}</b>" in reply


async def test_a_10000_character_question_is_answered_on_its_start_and_says_so(app, api):
    reply = await ask(app, api, QUESTION + "，请详细说明" * 1700)
    assert len(QUESTION + "，请详细说明" * 1700) > 10_000
    assert f"问题过长，只按前 {MAX_QUESTION_CHARS} 个字检索" in reply
    assert "300余个" in reply
    assert len(reply.encode("utf-16-le")) // 2 <= 4096


async def test_a_short_question_says_nothing_about_length(app, api):
    assert "问题过长" not in await ask(app, api, QUESTION)


async def test_html_and_markdown_metacharacters_are_literal(app, api):
    reply = await ask(app, api, "<b>天开西青园</b> & *引进* 了 _多少_ [项目](http://evil.example) `x` ~y~ ||z||")
    assert "&lt;b&gt;天开西青园&lt;/b&gt; &amp; *引进* 了 _多少_ [项目](http://evil.example) `x` ~y~ ||z||" in reply
    assert "<a href=\"http://evil.example\"" not in reply and "<b>天开西青园</b>" not in reply


@pytest.mark.parametrize("question", ["<b>天开西青园</b> & *引进*了多少_项目_", "天开西青园*引进*了多少_项目_ [链接](http://x.cn)",
                                      "**天开西青园** 引进了多少 <i>项目</i> &amp;"])
async def test_metacharacters_do_not_spoil_the_answer(app, api, question):
    reply = await ask(app, api, question)
    assert "300余个" in reply
    assert reply.split("\n")[0] == f"🔎 <b>{html.escape(question)}</b>"


async def test_ask_alone_in_private_gets_the_usage_line(app, api):
    assert (await ask(app, api, "/ask")).startswith("用法：<code>/ask 问题</code>")


async def test_ask_with_only_spaces_and_zero_width_gets_the_usage_line(app, api):
    assert (await ask(app, api, "/ask  \u200b ")).startswith("用法：<code>/ask 问题</code>")


# -- updates of every kind -------------------------------------------------------------------------

ATTACHMENTS = {
    "photo": {"photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}], "caption": QUESTION},
    "sticker": {"sticker": {"file_id": "s1", "file_unique_id": "u2", "width": 512, "height": 512, "is_animated": False,
                            "is_video": False, "type": "regular", "emoji": "😀"}},
    "voice": {"voice": {"file_id": "v1", "file_unique_id": "u3", "duration": 3}},
    "document": {"document": {"file_id": "d1", "file_unique_id": "u4", "file_name": "问题.pdf"}},
    "location": {"location": {"latitude": 39.1, "longitude": 117.2}},
    "contact": {"contact": {"phone_number": "+8612345", "first_name": "老王"}},
}


def attachment(api: FakeBotAPI, kind: str, chat: dict) -> dict:
    msg = api.message("x", chat)
    del msg["text"]
    return {**msg, **ATTACHMENTS[kind]}


@pytest.mark.parametrize("kind", sorted(ATTACHMENTS))
async def test_non_text_in_private_gets_one_hint_to_ask_in_words(app, api, errors, kind):
    await deliver(app, {"message": attachment(api, kind, api.private_chat())})
    [reply] = sent(api)
    hint = "抱歉，只有管理员可以向语料添加文章" if kind == "document" else "我只能回答文字问题"  # a file: uploads are for admins
    assert reply["text"].startswith(hint) and "<code>" in reply["text"]
    assert errors() == []


@pytest.mark.parametrize("kind", sorted(ATTACHMENTS))
async def test_non_text_in_a_group_is_ignored(app, api, errors, kind):
    await deliver(app, {"message": attachment(api, kind, api.group_chat())})
    assert spoke(api) == [] and errors() == []


@pytest.mark.parametrize("key", ["edited_message", "channel_post", "edited_channel_post", "business_message"])
async def test_edits_channel_posts_and_other_kinds_are_not_answered(app, api, errors, key):
    chat = {"id": -100999, "type": "channel", "title": "频道"} if "channel" in key else api.private_chat()
    msg = {**api.message(QUESTION, chat), "edit_date": int(time.time())}
    if "channel" in key:
        del msg["from"]
    await deliver(app, {key: msg})
    assert spoke(api) == [] and errors() == []


async def test_membership_changes_and_join_requests_are_ignored(app, api, errors):
    member = {"chat": api.private_chat(), "from": api.user(), "date": int(time.time()),
              "old_chat_member": {"status": "member", "user": api.bot},
              "new_chat_member": {"status": "kicked", "user": api.bot, "until_date": 0}}
    await deliver(app, {"my_chat_member": member})
    await deliver(app, {"chat_join_request": {"chat": api.group_chat(), "from": api.user(), "user_chat_id": 1001,
                                              "date": int(time.time())}})
    assert spoke(api) == [] and errors() == []


async def test_a_user_without_username_or_last_name_is_answered(app, api):
    sender = {"id": 5005, "is_bot": False, "first_name": "匿"}
    await deliver(app, {"message": api.message(QUESTION, api.private_chat(5005), sender=sender)})
    [reply] = sent(api)
    assert "300余个" in reply["text"] and reply["chat_id"] == 5005


async def test_an_anonymous_group_admin_can_ask(app, api, errors):
    group = api.group_chat()
    msg = {**api.message(f"/ask {QUESTION}", group), "sender_chat": group}
    del msg["from"]
    await deliver(app, {"message": msg})
    [reply] = sent(api)
    assert "300余个" in reply["text"] and errors() == []


async def test_group_spam_never_makes_the_bot_talk(app, api):
    group = api.group_chat()
    for k in range(60):
        sender = api.user(7000 + k % 6, "群友", None)
        await deliver(app, {"message": api.message(f"{QUESTION} {k}", group, sender=sender)})
        await deliver(app, {"message": attachment(api, "sticker", group)})
        await deliver(app, {"message": api.message("/ask@some_other_bot 你好", group, sender=sender)})
    assert spoke(api) == []
    assert state_of(app).stats.questions == 0 and len(state_of(app).guard) == 0  # chatter costs no budget


# -- buttons ---------------------------------------------------------------------------------------

async def answered(app, api) -> dict:
    await deliver(app, {"message": api.message("新质生产力", api.private_chat())})
    return sent(api)[-1]


def press(api, data, message=None, **extra) -> dict:
    query = {"id": f"q{time.monotonic_ns()}", "from": api.user(), "chat_instance": "c", **extra}
    if data is not None:
        query["data"] = data
    if message is not None:
        query["message"] = message
    return {"callback_query": query}


@pytest.mark.parametrize("data", [None, "p:", "p:abc:", "f:abc:1:2", "p:ABC:0", "p:abc:9999999", "\u202ep:1:0",
                                  "p:1:0' OR 1=1", "😀" * 16])
async def test_forged_button_data_gets_the_stale_notice(app, api, errors, data):
    answer = await answered(app, api)
    await deliver(app, press(api, data, answer.result))
    assert sent(api, "editMessageText") == []
    assert sent(api, "answerCallbackQuery")[0]["text"] == handlers.STALE
    assert errors() == []


async def test_a_press_on_an_inline_sent_message_gets_the_stale_notice(app, api, errors):
    answer = await answered(app, api)
    data = answer["reply_markup"]["inline_keyboard"][-1][-1]["callback_data"]
    await deliver(app, press(api, data, inline_message_id="AAAA"))
    assert sent(api, "editMessageText") == []
    assert sent(api, "answerCallbackQuery")[0]["text"] == handlers.STALE and errors() == []


async def test_a_press_from_another_users_chat_with_a_real_id_is_stale(app, api):
    answer = await answered(app, api)
    data = answer["reply_markup"]["inline_keyboard"][-1][-1]["callback_data"]
    other = {**answer.result, "chat": api.group_chat(-100777)}
    await deliver(app, press(api, data, other))
    assert sent(api, "editMessageText") == []
    assert sent(api, "answerCallbackQuery")[0]["text"] == handlers.STALE


async def test_a_press_on_an_old_inaccessible_message_is_stale(app, api, errors):
    answer = await answered(app, api)
    data = answer["reply_markup"]["inline_keyboard"][-1][-1]["callback_data"]
    old = {"chat": api.private_chat(), "message_id": answer.result["message_id"], "date": 0}  # date 0: inaccessible
    await deliver(app, press(api, data, old))
    assert len(sent(api, "answerCallbackQuery")) == 1 and errors() == []


# -- inline mode -----------------------------------------------------------------------------------

async def test_an_inline_query_of_300_plus_characters_is_answered(app, api, errors):
    query = QUESTION + "呢" * 320
    await deliver(app, {"inline_query": {"id": "long", "from": api.user(), "query": query, "offset": ""}})
    [answer] = sent(api, "answerInlineQuery")
    assert answer["results"] and "300余个" in answer["results"][0]["input_message_content"]["message_text"]
    assert errors() == []


@pytest.mark.parametrize("query", ["\u200b\u200b", "<script>", "😀" * 200])
async def test_odd_inline_queries_are_answered_without_error(app, api, errors, query):
    await deliver(app, {"inline_query": {"id": "odd", "from": api.user(), "query": query, "offset": ""}})
    [answer] = sent(api, "answerInlineQuery")
    assert answer["results"] == [] and answer["button"]["start_parameter"]
    assert errors() == []
