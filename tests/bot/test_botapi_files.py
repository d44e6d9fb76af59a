"""The fake Bot API server's files, as PTB's public API uses them: sendDocument (multipart upload),
getFile, the download at /file/bot<token>/<file_path>, and document messages in getUpdates."""

from __future__ import annotations

import io

import pytest
from telegram import Bot, InputFile
from telegram.error import BadRequest

from bot.app import _file_url


@pytest.fixture
async def bot(api):
    async with Bot(api.token, base_url=api.base_url, base_file_url=_file_url(api.base_url)) as b:
        yield b


async def test_send_document_is_a_multipart_upload_recorded_with_name_caption_and_bytes(api, bot):
    data = "发言人,引语\n朱凯,“你好”\n".encode("utf-8-sig")
    sent = await bot.send_document(42, InputFile(io.BytesIO(data), filename="朱凯.csv"), caption="朱凯 · 2 段")
    [call] = api.requests("sendDocument")
    assert call["chat_id"] == 42 and call["caption"] == "朱凯 · 2 段"
    assert call["document"].file_name == "朱凯.csv" and call["document"].data == data
    assert sent.document.file_name == "朱凯.csv" and sent.document.file_size == len(data)
    assert sent.caption == "朱凯 · 2 段"


async def test_get_file_and_download_return_the_stored_bytes(api, bot):
    data = "标题\n\n正文。".encode()
    doc = api.document(data, "a.txt")
    file = await bot.get_file(doc["file_id"])
    assert file.file_size == len(data) and file.file_path.startswith(f"{api.base_url[:-3]}file/bot{api.token}/documents/")
    assert bytes(await file.download_as_bytearray()) == data
    assert [c.method for c in api.requests()][-2:] == ["getFile", "downloadFile"]


async def test_get_file_refuses_an_unknown_id_and_a_file_over_20_mb(api, bot):
    with pytest.raises(BadRequest, match="(?i)invalid file_id"):
        await bot.get_file("nope")
    big = api.document(b"x", "big.txt", file_size=21 * 1024 * 1024)
    with pytest.raises(BadRequest, match="(?i)file is too big"):
        await bot.get_file(big["file_id"])


async def test_a_document_message_arrives_through_get_updates(api, bot):
    msg = api.push_document(b"hello", "../../x.txt", caption="c", mime_type="text/markdown",
                            forward_from=api.user(7, "老张", None))
    [update] = await bot.get_updates(timeout=0)
    doc = update.message.document
    assert update.message.message_id == msg["message_id"]
    assert (doc.file_name, doc.mime_type, doc.file_size, update.message.caption) == ("../../x.txt", "text/markdown", 5, "c")
    assert update.message.forward_origin.sender_user.id == 7
    file = await bot.get_file(doc.file_id)
    assert bytes(await file.download_as_bytearray()) == b"hello"
