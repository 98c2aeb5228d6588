"""The chat request fields FastGPT 4.16 takes: the `developer` role, the `input_audio`,
`video_url` and `file` parts (and `file_url` with `fileType`, without `name`), their helpers,
`showSkillReferences`, `authProxy`, and `store=False` (`chatId: "NO_RECORD_HISTORIES"`).

Each request is judged by FastGPT's own 4.16.0 System OpenAPI (`tests/contract/upstream.py`, as
its zod schemas would): a request the SDK builds must pass it.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from fastgpt_client import (
    AsyncChatClient,
    ChatClient,
    ChatFile,
    audio_part,
    file_part,
    image_part,
    inline_file_part,
    text_part,
    video_part,
)

from .conftest import API_KEY, BASE_URL, resolve
from .test_requests_416 import APP, Recorder

V1 = "/api/v1/chat/completions"
V2 = "/api/v2/chat/completions"
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 24
MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb" * 8


def completion(chat_id: str = "c") -> httpx.Response:
    body = {
        "id": chat_id,
        "model": "",
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "ok"}}],
    }
    return httpx.Response(200, json=body)


@pytest.fixture(params=["sync", "async"])
def chat(request: pytest.FixtureRequest) -> Callable[[Recorder], Any]:
    """A ChatClient or AsyncChatClient answering from the recorder."""

    def factory(rec: Recorder) -> Any:
        if request.param == "async":
            return AsyncChatClient(
                api_key=API_KEY,
                base_url=BASE_URL,
                app_id=APP,
                http_client=httpx.AsyncClient(transport=httpx.MockTransport(rec)),
            )
        return ChatClient(
            api_key=API_KEY,
            base_url=BASE_URL,
            app_id=APP,
            http_client=httpx.Client(transport=httpx.MockTransport(rec)),
        )

    return factory


def recorder(chat_id: str = "c") -> Recorder:
    return Recorder({V1: completion(chat_id), V2: completion(chat_id)})


async def ask(chat: Any, rec: Recorder, messages: Any, **options: Any) -> Any:
    return await resolve(chat(rec).create_chat_completion(messages, **options))


# -- roles and parts -------------------------------------------------------------------------------
async def test_developer_role_and_every_part_validate(chat: Any, tmp_path: Path) -> None:
    (tmp_path / "voice.wav").write_bytes(WAV)
    (tmp_path / "notes.txt").write_bytes(b"hello")
    rec = recorder()
    content = [
        text_part("Look at these"),
        image_part("https://example.com/cat.png"),
        audio_part(tmp_path / "voice.wav"),
        video_part("https://example.com/clip.mp4"),
        inline_file_part(tmp_path / "notes.txt"),
        file_part("https://example.com/talk.mp3", file_type="audio"),
        {"type": "file_url", "url": "https://example.com/doc"},  # no name: 4.14.21+
    ]
    messages = [{"role": "developer", "content": "Be brief."}, {"role": "user", "content": content}]
    await ask(chat, rec, messages, api_version="v2")
    assert rec.problems() == []
    sent = rec.body(V2)["messages"]
    assert sent[0] == {"role": "developer", "content": "Be brief."}
    parts = sent[1]["content"]
    assert parts[2] == {
        "type": "input_audio",
        "input_audio": {"data": base64.b64encode(WAV).decode(), "format": "wav"},
    }
    assert parts[3] == {"type": "video_url", "video_url": {"url": "https://example.com/clip.mp4"}}
    assert parts[4] == {
        "type": "file",
        "file": {
            "file_data": "data:text/plain;base64," + base64.b64encode(b"hello").decode(),
            "filename": "notes.txt",
        },
    }
    assert parts[5] == {
        "type": "file_url",
        "name": "talk.mp3",
        "url": "https://example.com/talk.mp3",
        "fileType": "audio",
    }


def test_audio_format_from_name_bytes_or_argument(tmp_path: Path) -> None:
    assert audio_part(MP3)["input_audio"]["format"] == "mp3"
    assert audio_part(WAV)["input_audio"]["format"] == "wav"
    assert audio_part(b"OggS" + b"\x00" * 10)["input_audio"]["format"] == "ogg"
    assert audio_part(b"#!AMR\n" + b"\x00" * 10)["input_audio"]["format"] == "amr"
    assert audio_part(b"\x00\x00\x00\x18ftypM4A " + b"\x00" * 10)["input_audio"]["format"] == "m4a"
    (tmp_path / "a.oga").write_bytes(b"x")
    assert audio_part(tmp_path / "a.oga")["input_audio"]["format"] == "ogg"
    assert audio_part(b"\x01\x02", format="mpga")["input_audio"]["format"] == "mpga"


@pytest.mark.parametrize(
    ("call", "error", "says"),
    [
        (lambda: audio_part(b"\x01\x02\x03"), ValueError, "format=..."),
        (lambda: audio_part(b"abc", format="flac"), ValueError, "mp3, wav, ogg"),
        (lambda: audio_part(b""), ValueError, "empty bytes"),
        (lambda: audio_part("https://example.com/a.mp3"), FileNotFoundError, "no file"),
        (lambda: video_part("/tmp/clip.mp4"), TypeError, "http(s) URL"),
        (lambda: video_part(b"bytes"), TypeError, "http(s) URL"),
        (lambda: file_part("https://x.test/a", file_type="image"), ValueError, "'file', 'audio', 'video'"),
        (lambda: inline_file_part(42), TypeError, "a path or bytes"),
    ],
)
def test_part_helpers_refuse_clearly(call: Any, error: type[Exception], says: str) -> None:
    with pytest.raises(error) as info:
        call()
    assert says in str(info.value)


def test_inline_file_part_without_a_name() -> None:
    part = inline_file_part(b"%PDF-1.4 data")
    assert part == {
        "type": "file",
        "file": {"file_data": "data:application/pdf;base64," + base64.b64encode(b"%PDF-1.4 data").decode()},
    }
    named = inline_file_part(b"x", filename="a.csv")
    assert named["file"]["filename"] == "a.csv"
    assert named["file"]["file_data"].startswith("data:text/csv;base64,")


def test_uploaded_audio_and_video_say_their_file_type() -> None:
    def uploaded(content_type: str) -> ChatFile:
        return ChatFile(key="k", url="https://s.test/f", name="f", content_type=content_type, size=1)

    assert "fileType" not in uploaded("application/pdf").as_part()
    assert uploaded("audio/mpeg").as_part()["fileType"] == "audio"
    assert uploaded("video/mp4").as_part()["fileType"] == "video"
    assert file_part(uploaded("application/pdf"), file_type="video")["fileType"] == "video"
    assert uploaded("image/png").as_part()["type"] == "image_url"


# -- showSkillReferences, authProxy ----------------------------------------------------------------
async def test_show_skill_references_and_auth_proxy_validate(chat: Any) -> None:
    rec = recorder()
    await ask(chat, rec, "Hi", show_skill_references=True, auth_proxy={"username": " ana@example.com "})
    await ask(chat, rec, "Hi", auth_proxy={"tmb_id": "68ad85a7463006c963799a09"})
    assert rec.problems() == []
    first, second = (body for _, _, _, body in rec.sent)
    assert first["showSkillReferences"] is True
    assert first["authProxy"] == {"username": "ana@example.com"}
    assert second["authProxy"] == {"tmbId": "68ad85a7463006c963799a09"}
    assert "showSkillReferences" not in second


@pytest.mark.parametrize(
    ("value", "error", "says"),
    [
        ({}, ValueError, "name the member"),
        ({"username": "   "}, ValueError, "name the member"),
        ({"user": "ana"}, ValueError, "'user'"),
        ({"username": 5}, TypeError, "auth_proxy['username']"),
        ("ana", TypeError, "auth_proxy"),
    ],
)
async def test_auth_proxy_is_checked_before_sending(
    chat: Any, value: Any, error: type[Exception], says: str
) -> None:
    rec = recorder()
    with pytest.raises(error) as info:
        await ask(chat, rec, "Hi", auth_proxy=value)
    assert says in str(info.value)
    assert rec.sent == []


async def test_show_skill_references_must_be_a_bool(chat: Any) -> None:
    rec = recorder()
    with pytest.raises(TypeError, match="show_skill_references"):
        await ask(chat, rec, "Hi", show_skill_references="yes")


# -- store=False -------------------------------------------------------------------------------------
@pytest.mark.parametrize("api_version", ["v1", "v2"])
async def test_store_false_sends_no_record_histories(chat: Any, api_version: str) -> None:
    rec = recorder("NO_RECORD_HISTORIES")
    answer = await ask(chat, rec, "Hi", store=False, api_version=api_version)
    assert rec.problems() == []
    path = V1 if api_version == "v1" else V2
    assert rec.body(path)["chatId"] == "NO_RECORD_HISTORIES"
    assert answer.chat_id == ""
    assert answer.response_chat_item_id == ""
    assert answer.text == "ok"


async def test_store_true_is_the_default(chat: Any) -> None:
    rec = recorder()
    answer = await ask(chat, rec, "Hi", store=True)
    assert rec.body(V1)["chatId"] not in ("", "NO_RECORD_HISTORIES")
    assert answer.chat_id == rec.body(V1)["chatId"]


async def test_store_false_with_a_chat_id_is_refused(chat: Any) -> None:
    rec = recorder()
    with pytest.raises(ValueError, match="store=False runs a turn outside any chat"):
        await ask(chat, rec, "Hi", store=False, chat_id="mine")
    with pytest.raises(TypeError, match="store"):
        await ask(chat, rec, "Hi", store="no")
    assert rec.sent == []


# -- share links -------------------------------------------------------------------------------------
@pytest.mark.parametrize("api_version", ["v1", "v2"])
def test_a_share_link_request_validates(api_version: str) -> None:
    rec = recorder()
    http = httpx.Client(transport=httpx.MockTransport(rec))
    with ChatClient.from_share_link("share-1", "visitor-7", base_url=BASE_URL, http_client=http) as link:
        link.create_chat_completion("Hi", api_version=api_version)
    [(_, _, _, body)] = rec.sent
    assert body["outLinkAuthData"] == {"shareId": "share-1", "outLinkUid": "visitor-7"}
    # 4.16 does not declare the 4.14 top-level fields; its zod object strips them (not strict).
    path = f"/api/{api_version}/chat/completions"
    assert rec.problems() == [
        f"POST {path}: body.shareId: not in FastGPT's schema (FastGPT drops it)",
        f"POST {path}: body.outLinkUid: not in FastGPT's schema (FastGPT drops it)",
    ]
