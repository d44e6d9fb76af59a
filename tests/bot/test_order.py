"""bot/order.py: a chat's updates one after another, other chats meanwhile."""

from __future__ import annotations

import asyncio

import pytest
from telegram import Update

from bot.order import ChatOrder


def _update(update_id: int, chat_id: int) -> Update:
    return Update.de_json({"update_id": update_id, "message": {
        "message_id": update_id, "date": 0, "text": "问题",
        "chat": {"id": chat_id, "type": "private"}, "from": {"id": chat_id, "is_bot": False, "first_name": "A"}}}, None)


@pytest.mark.asyncio
async def test_a_chats_second_update_waits_for_its_first_while_another_chat_goes_ahead():
    order, events = ChatOrder(), []
    first_may_end = asyncio.Event()

    async def first():
        events.append("first starts")
        await first_may_end.wait()
        events.append("first ends")

    async def second():
        events.append("second (same chat)")

    async def other():
        events.append("other chat")
        first_may_end.set()

    async with order:
        tasks = [asyncio.create_task(order.process_update(_update(1, 7), first())),
                 asyncio.create_task(order.process_update(_update(2, 7), second())),
                 asyncio.create_task(order.process_update(_update(3, 8), other()))]
        await asyncio.gather(*tasks)
    assert events == ["first starts", "other chat", "first ends", "second (same chat)"]


@pytest.mark.asyncio
async def test_a_failing_update_does_not_hold_up_its_chat():
    order = ChatOrder()

    async def boom():
        raise RuntimeError("handler failed")

    async def after():
        return "handled"

    async with order:
        with pytest.raises(RuntimeError):
            await order.process_update(_update(1, 7), boom())
        await asyncio.wait_for(order.process_update(_update(2, 7), after()), timeout=5)
