"""The 4.16 chat request fields over real sockets, sync and async, on both emulator versions:
new roles and parts pass 4.16's request validation, `store=False` stores nothing, `auth_proxy`
is refused by a key that may not proxy."""

from __future__ import annotations

from pathlib import Path

import pytest

from fastgpt_client import (
    AsyncChatClient,
    PermissionDeniedError,
    audio_part,
    file_part,
    inline_file_part,
    text_part,
    video_part,
)
from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS, Chat

pytestmark = BOTH_VERSIONS

WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 24


async def histories(chat: Chat, server: FakeFastGPT) -> list[str]:
    client, app_id = chat.client, server.app_ids["assistant"]
    if isinstance(client, AsyncChatClient):
        page = await client.get_chat_histories(app_id)
    else:
        page = client.get_chat_histories(app_id)
    return [item.chat_id for item in page]


async def test_developer_role_and_new_parts(chat: Chat, server: FakeFastGPT, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(b"hello")
    content = [
        text_part("What is in these?"),
        audio_part(WAV),
        video_part("https://example.com/clip.mp4"),
        inline_file_part(tmp_path / "notes.txt"),
        file_part("https://example.com/talk.mp3", file_type="audio"),
        {"type": "file_url", "url": "https://example.com/doc"},
    ]
    messages = [{"role": "developer", "content": "Be brief."}, {"role": "user", "content": content}]
    answer = await chat.create(messages, chat_id="parts", show_skill_references=True)
    assert "What is in these?" in answer.text
    [request] = [r for r in server.recorded_requests if r.path.endswith("/chat/completions")]
    assert request.body["messages"][1]["content"][1]["type"] == "input_audio"
    assert request.body["showSkillReferences"] is True


@pytest.mark.parametrize("stream", [False, True])
async def test_store_false_leaves_no_chat(chat: Chat, server: FakeFastGPT, stream: bool) -> None:
    for question in ("one", "two"):
        if stream:
            opened = await chat.open(question, store=False, detail=True)
            answer = await chat.final(opened)
            assert opened.chat_id == ""
        else:
            answer = await chat.create(question, store=False, detail=True)
        assert answer.chat_id == ""
        assert answer.response_chat_item_id == ""
        assert answer.title is None
        assert "turn 1 of this chat" in answer.text  # no history: nothing was stored before
    assert await histories(chat, server) == []
    sent = [r.body["chatId"] for r in server.recorded_requests if r.path.endswith("/chat/completions")]
    assert sent == ["NO_RECORD_HISTORIES", "NO_RECORD_HISTORIES"]


async def test_a_stored_turn_still_is(chat: Chat, server: FakeFastGPT) -> None:
    answer = await chat.create("kept")
    assert await histories(chat, server) == [answer.chat_id]


async def test_auth_proxy(chat: Chat, fastgpt_version: str) -> None:
    if fastgpt_version == "4.14":
        answer = await chat.create("as Ana", auth_proxy={"username": "ana"})  # 4.14 ignores it
        assert answer.text
        return
    with pytest.raises(PermissionDeniedError) as info:
        await chat.create("as Ana", auth_proxy={"username": "ana"})
    assert info.value.status_text == "unAuthChat"
