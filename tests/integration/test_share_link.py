"""Chatting through a share link with no API key (`ChatClient.from_share_link`), sync and async,
on both emulator versions: 4.16 authenticates `outLinkAuthData`, 4.14 the top-level `shareId` and
`outLinkUid` (the SDK sends both)."""

from __future__ import annotations

import pytest

from fastgpt_client import AsyncChatClient, AuthenticationError, ChatClient, ShareLink
from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS, V1, V2, Chat, MakeChat

pytestmark = BOTH_VERSIONS


@pytest.fixture
def share_chat(server: FakeFastGPT, mode: str, monkeypatch: pytest.MonkeyPatch) -> Chat:
    monkeypatch.delenv("FASTGPT_API_KEY", raising=False)  # none is needed
    share_id = server.share_links["assistant"]
    if mode == "async":
        return Chat(mode, AsyncChatClient.from_share_link(share_id, "visitor-7", base_url=server.base_url))
    return Chat(mode, ChatClient.from_share_link(share_id, "visitor-7", base_url=server.base_url))


@pytest.mark.parametrize("api_version", ["v1", "v2"])
async def test_chat_through_a_share_link(share_chat: Chat, server: FakeFastGPT, api_version: str) -> None:
    answer = await share_chat.create("Hi from the link", api_version=api_version)
    assert "You asked: Hi from the link" in answer.text
    request = server.last_request
    assert request is not None
    assert request.path == (V1 if api_version == "v1" else V2)
    assert "authorization" not in {name.lower() for name in request.headers}
    assert request.body["outLinkAuthData"] == {
        "shareId": server.share_links["assistant"],
        "outLinkUid": "visitor-7",
    }
    assert request.body["shareId"] == server.share_links["assistant"]
    await share_chat.aclose()


async def test_a_share_link_stream_and_history(share_chat: Chat) -> None:
    stream = await share_chat.open("First", chat_id="link-chat", detail=True)
    assert "First" in (await share_chat.final(stream)).text
    second = await share_chat.create("Second", chat_id="link-chat")
    assert "turn 2 of this chat" in second.text
    await share_chat.aclose()


async def test_an_unknown_share_link(make_chat: MakeChat, server: FakeFastGPT, mode: str) -> None:
    cls = AsyncChatClient if mode == "async" else ChatClient
    chat = Chat(mode, cls.from_share_link("no-such-link", "visitor-7", base_url=server.base_url))
    with pytest.raises(AuthenticationError) as info:
        await chat.create("Hi")
    assert info.value.status_text == "linkUnInvalid"
    await chat.aclose()


async def test_other_methods_need_a_key(share_chat: Chat, server: FakeFastGPT) -> None:
    client = share_chat.client

    async def histories() -> object:
        if isinstance(client, AsyncChatClient):
            return await client.get_chat_histories(server.app_ids["assistant"])
        return client.get_chat_histories(server.app_ids["assistant"])

    with pytest.raises(TypeError, match="A share-link client only chats"):
        await histories()
    assert server.request_count() == 0  # refused before anything was sent
    await share_chat.aclose()


def test_a_share_link_client_takes_no_key_and_hides_the_user(server: FakeFastGPT) -> None:
    with ChatClient.from_share_link("abc", "secret-user-token", base_url=server.base_url) as client:
        assert "share_id='abc'" in repr(client)
        assert "secret-user-token" not in repr(client)
    assert "secret-user-token" not in repr(ShareLink("abc", "secret-user-token"))
    with pytest.raises(ValueError, match="not both"):
        ChatClient(api_key="fastgpt-x", share_link=ShareLink("a", "b"))
    with pytest.raises(TypeError, match="share_id"):
        ChatClient.from_share_link(5, "u")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="outlink_uid"):
        ChatClient.from_share_link("a", "")
