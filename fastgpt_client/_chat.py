"""`ChatClient` and `AsyncChatClient`: chat completions, interactive turns, run control, and the
chat's life afterwards (history, records, feedback, suggested questions, files).

Each call is built once, as a `RequestPlan` (generated request builder + how to parse), and run
by the sync or async sender; the two classes differ only in `await`.
"""

from __future__ import annotations

import os
import string
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, Unpack, overload

from . import _conversations as conv
from ._base_client import AsyncAPIClient, BaseClient, RequestPlan, SyncAPIClient, split_options
from ._completion import ChatCompletion
from ._interactive import InteractivePrompt
from ._json import as_list, as_mapping, is_mapping, optional_str
from ._pagination import Page, aiterate_pages, iterate_pages
from ._parts import ChatFile
from ._stream import AsyncChatStream, ChatStream, StreamState
from ._types import ChatOptions, RequestOptions
from .exceptions import APIResponseValidationError

if TYPE_CHECKING:
    import httpx
    from fastgpt_api.models import ChatHistory, ChatInit, ChatMessage, ChatRecord, NodeResponse
    from fastgpt_api.models.chat_source import ChatSource

    from ._conversations import TimeInput
    from ._parts import PathOrBytes

    MessagesInput: TypeAlias = str | Sequence[ChatMessage | Mapping[str, Any]]
    """A list of messages (dicts in OpenAI format or `ChatMessage` models), or one user message as a string."""

__all__ = ["AsyncChatClient", "ChatClient"]

_ID_ALPHABET = string.ascii_letters + string.digits
_CHAT_KEYS = ChatOptions.__required_keys__ | ChatOptions.__optional_keys__
_REQUEST_KEYS = RequestOptions.__required_keys__ | RequestOptions.__optional_keys__


def new_id(length: int = 24) -> str:
    """A random id in the alphabet FastGPT's own ids use (62 characters, uniformly drawn)."""
    # One os.urandom call per id; bytes of 248 and above are dropped so that `% 62` is unbiased.
    chars = [_ID_ALPHABET[byte % 62] for byte in os.urandom(length * 2) if byte < 248]
    while len(chars) < length:  # about 1 in 10^40 for length 24: practically never
        chars += [_ID_ALPHABET[byte % 62] for byte in os.urandom(length) if byte < 248]
    return "".join(chars[:length])


@dataclass(frozen=True, slots=True)
class ChatCall:
    """A built chat request and what is needed to read its answer."""

    plan: RequestPlan[ChatCompletion]
    chat_id: str
    response_chat_item_id: str
    detail: bool
    api_version: str

    def new_state(self) -> StreamState:
        return StreamState(
            chat_id=self.chat_id,
            response_chat_item_id=self.response_chat_item_id,
            detail=self.detail,
            api_version=self.api_version,
        )


def build_chat_call(
    client: BaseClient, messages: MessagesInput, *, stream: bool, options: Mapping[str, Any], method: str
) -> ChatCall:
    request_options = split_options(options, _CHAT_KEYS, method)
    api_version = options.get("api_version", "v1")
    if api_version not in ("v1", "v2"):
        raise ValueError(f"api_version must be 'v1' or 'v2', not {api_version!r}.")
    chat_id = optional_str(options.get("chat_id"), "chat_id") or new_id()
    item_id = optional_str(options.get("response_chat_item_id"), "response_chat_item_id") or new_id()
    app_id = optional_str(options.get("app_id"), "app_id") or client.app_id
    detail = bool(options.get("detail", False))

    from fastgpt_api.api.chat import create_chat_completion, create_chat_completion_v2
    from fastgpt_api.models import ChatCompletionRequest, ChatMetadata, Variables
    from fastgpt_api.types import UNSET

    variables = options.get("variables")
    metadata = options.get("metadata")
    custom_uid = optional_str(options.get("custom_uid"), "custom_uid")
    retain_cite = options.get("retain_dataset_cite")
    body = ChatCompletionRequest(
        messages=[],
        chat_id=chat_id,
        app_id=app_id if app_id else UNSET,
        stream=stream,
        detail=detail,
        response_chat_item_id=item_id,
        variables=Variables.from_dict(_mapping(variables, "variables")) if variables is not None else UNSET,
        metadata=ChatMetadata.from_dict(_mapping(metadata, "metadata")) if metadata is not None else UNSET,
        custom_uid=custom_uid if custom_uid is not None else UNSET,
        retain_dataset_cite=bool(retain_cite) if retain_cite is not None else UNSET,
    )
    endpoint = create_chat_completion if api_version == "v1" else create_chat_completion_v2
    kwargs = endpoint._get_kwargs(body=body)  # pyright: ignore[reportPrivateUsage]
    # Messages are sent as given (after checking): the generated union would reject content part
    # types newer than the spec, which FastGPT itself accepts.
    kwargs["json"]["messages"] = normalize_messages(messages)

    def parse(data: Any) -> ChatCompletion:
        if not is_mapping(data):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        return ChatCompletion.from_json(data, chat_id=chat_id, response_chat_item_id=item_id)

    plan = RequestPlan(kwargs, parse, options=request_options, stream=stream)
    return ChatCall(plan, chat_id, item_id, detail, api_version)


def build_stop_plan(
    client: BaseClient, chat_id: str, app_id: str | None, options: Mapping[str, Any]
) -> RequestPlan[bool]:
    from fastgpt_api.api.chat import stop_chat
    from fastgpt_api.models import StopChatRequest

    request_options = split_options(options, _REQUEST_KEYS, "stop_chat")
    if not isinstance(chat_id, str) or not chat_id:  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError("stop_chat() needs the chat_id of the running v2 chat.")
    body = StopChatRequest(app_id=client._require_app_id(app_id, "stop_chat"), chat_id=chat_id)  # pyright: ignore[reportPrivateUsage]
    kwargs = stop_chat._get_kwargs(body=body)  # pyright: ignore[reportPrivateUsage]

    def parse(data: Any) -> bool:
        payload = as_mapping(as_mapping(data).get("data"))
        return bool(payload.get("success", True))

    # Setting a stop flag twice is harmless, so a broken read may be retried.
    return RequestPlan(kwargs, parse, options=request_options, idempotent=True)


def normalize_messages(messages: MessagesInput) -> list[dict[str, Any]]:
    """Messages as JSON-ready dicts; a clear TypeError or ValueError for anything else."""
    if isinstance(messages, str):
        return [{"role": "user", "content": messages}]
    if not isinstance(messages, Sequence):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(
            "messages must be a list of messages like {'role': 'user', 'content': 'Hello'} "
            f"(or a single string), not {type(messages).__name__}."
        )
    normalized: list[dict[str, Any]] = []
    for index, message in enumerate(messages):
        plain = _to_plain(message)
        if not is_mapping(plain):
            raise TypeError(
                f"messages[{index}] must be a dict like {{'role': 'user', 'content': 'Hello'}} or a ChatMessage, "
                f"not {type(message).__name__}."
            )
        item = dict(plain)
        role = item.get("role")
        if not isinstance(role, str) or not role:
            raise ValueError(
                f"messages[{index}] has no 'role' (one of 'system', 'user', 'assistant', 'tool')."
            )
        content = item.get("content")
        if content is not None and not isinstance(content, str | list):
            raise TypeError(
                f"messages[{index}]['content'] must be a string or a list of content parts, "
                f"not {type(content).__name__}."
            )
        if content is not None and not isinstance(content, str):
            item["content"] = [_to_plain(part) for part in as_list(item["content"])]
        normalized.append(item)
    return normalized


def _to_plain(value: object) -> Any:
    """Generated models become their wire dicts; anything else is returned as is."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _mapping(value: object, name: str) -> Mapping[str, Any]:
    if is_mapping(value):
        return value
    raise TypeError(f"{name} must be a dict, not {type(value).__name__}.")


def _check_stream_answer(content: bytes, response: httpx.Response) -> None:
    if content:
        raise APIResponseValidationError(
            "Asked for a stream but the server answered with a JSON body; is this a FastGPT server?",
            response=response,
            body=content[:300].decode("utf-8", "replace"),
        )


def _continue_messages(prompt: InteractivePrompt, answer: str | Mapping[str, Any]) -> list[dict[str, Any]]:
    if not isinstance(prompt, InteractivePrompt):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(
            "prompt must be the InteractivePrompt of the paused run (completion.interactive or an "
            f"InteractiveEvent's .prompt), not {type(prompt).__name__}."
        )
    return [{"role": "user", "content": prompt.answer_content(answer)}]


class ChatClient(SyncAPIClient):
    """Talks to a FastGPT app: chat completions (plain or streamed), interactive turns, stop, and
    the chats afterwards: history, records, feedback, suggested questions and files.

    `ChatClient(api_key=None, base_url=None, *, app_id=None, timeout=..., max_retries=2,
    http_client=None, default_headers=None)`: the key comes from `FASTGPT_API_KEY` and the
    server from `FASTGPT_BASE_URL` (default `http://localhost:3000`) when not passed.
    """

    @overload
    def create_chat_completion(
        self, messages: MessagesInput, *, stream: Literal[False] = False, **options: Unpack[ChatOptions]
    ) -> ChatCompletion: ...
    @overload
    def create_chat_completion(
        self, messages: MessagesInput, *, stream: Literal[True], **options: Unpack[ChatOptions]
    ) -> ChatStream: ...
    @overload
    def create_chat_completion(
        self, messages: MessagesInput, *, stream: bool, **options: Unpack[ChatOptions]
    ) -> ChatCompletion | ChatStream: ...
    def create_chat_completion(
        self, messages: MessagesInput, *, stream: bool = False, **options: Unpack[ChatOptions]
    ) -> ChatCompletion | ChatStream:
        """Runs the app on `messages` and returns the answer, or a `ChatStream` of typed events.

        An error FastGPT reports before the answer starts (bad key, no balance, unknown app)
        raises here, also with `stream=True`. See `ChatOptions` for every option.
        """
        return self._run(
            build_chat_call(self, messages, stream=stream, options=options, method="create_chat_completion")
        )

    @overload
    def continue_interactive(
        self,
        prompt: InteractivePrompt,
        answer: str | Mapping[str, Any],
        *,
        stream: Literal[False] = False,
        **options: Unpack[ChatOptions],
    ) -> ChatCompletion: ...
    @overload
    def continue_interactive(
        self,
        prompt: InteractivePrompt,
        answer: str | Mapping[str, Any],
        *,
        stream: Literal[True],
        **options: Unpack[ChatOptions],
    ) -> ChatStream: ...
    def continue_interactive(
        self,
        prompt: InteractivePrompt,
        answer: str | Mapping[str, Any],
        *,
        stream: bool = False,
        **options: Unpack[ChatOptions],
    ) -> ChatCompletion | ChatStream:
        """Answers a paused workflow and lets it run on, in the same chat (`chat_id` is required).

        `answer` is one of `prompt.options` for a userSelect prompt, or a dict of form values by
        field key for a userInput prompt; both are checked before anything is sent.
        """
        _require_chat_id(options)
        messages = _continue_messages(prompt, answer)
        return self._run(
            build_chat_call(self, messages, stream=stream, options=options, method="continue_interactive")
        )

    def stop_chat(
        self, chat_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> bool:
        """Stops the running v2 run of `chat_id` (runs started with `api_version="v2"` only)."""
        return self._request(build_stop_plan(self, chat_id, app_id, options))

    # -- history, records, feedback, files (see `_conversations`) --

    def get_chat_histories(
        self,
        app_id: str | None = None,
        *,
        offset: int = 0,
        page_size: int = 20,
        source: ChatSource | None = None,
        start_create_time: TimeInput | None = None,
        end_create_time: TimeInput | None = None,
        start_update_time: TimeInput | None = None,
        end_update_time: TimeInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[ChatHistory]:
        """One page of the app's chats, pinned first, then the most recently updated.

        With an API key FastGPT lists the chats of the key's owner. `source` keeps one channel
        (`"api"`, `"online"`, `"share"`, ...); the times filter on creation or last update.
        """
        pager = conv.histories_pager(
            self,
            app_id,
            page_size=page_size,
            source=source,
            start_create_time=start_create_time,
            end_create_time=end_create_time,
            start_update_time=start_update_time,
            end_update_time=end_update_time,
            options=options,
            method="get_chat_histories",
        )
        return self._request(pager(conv.check_int(offset, "offset", "get_chat_histories", minimum=0)))

    def iter_chat_histories(
        self,
        app_id: str | None = None,
        *,
        offset: int = 0,
        page_size: int = 20,
        source: ChatSource | None = None,
        start_create_time: TimeInput | None = None,
        end_create_time: TimeInput | None = None,
        start_update_time: TimeInput | None = None,
        end_update_time: TimeInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ChatHistory]:
        """Every chat from `offset` on, fetching `page_size` at a time; see `get_chat_histories`."""
        pager = conv.histories_pager(
            self,
            app_id,
            page_size=page_size,
            source=source,
            start_create_time=start_create_time,
            end_create_time=end_create_time,
            start_update_time=start_update_time,
            end_update_time=end_update_time,
            options=options,
            method="iter_chat_histories",
        )
        start = conv.check_int(offset, "offset", "iter_chat_histories", minimum=0)
        return iterate_pages(lambda at: self._request(pager(at)), start)

    def get_chat_init(
        self, chat_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> ChatInit:
        """What a chat window needs to reopen `chat_id`: its title, variables and the app's settings."""
        return self._request(conv.chat_init_plan(self, chat_id, app_id, options))

    def update_chat_history(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        custom_title: str | None = None,
        top: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Renames (`custom_title`) and/or pins or unpins (`top`) a chat; None leaves it as it is."""
        self._request(
            conv.update_history_plan(
                self, chat_id, app_id, custom_title=custom_title, top=top, options=options
            )
        )

    def delete_chat_history(
        self, chat_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes a chat (FastGPT marks it deleted; it no longer lists or loads)."""
        self._request(conv.delete_history_plan(self, chat_id, app_id, options))

    def clear_chat_histories(self, *, app_id: str | None = None, **options: Unpack[RequestOptions]) -> None:
        """Deletes the app's chats; with an API key FastGPT deletes only those made through the API."""
        self._request(conv.clear_histories_plan(self, app_id, options))

    def delete_chat_histories(
        self, chat_ids: Sequence[str], *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes several chats at once, for good (needs log permission on the app)."""
        self._request(conv.delete_histories_plan(self, chat_ids, app_id, options))

    def get_chat_records(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        offset: int = 0,
        page_size: int = 20,
        load_custom_feedbacks: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[ChatRecord]:
        """One page of a chat's messages; each `value` item is a typed model.

        As in FastGPT, `offset` counts back from the newest message (`offset=0` is the latest
        page) and the messages of a page are in chronological order.
        """
        pager = conv.records_pager(
            self,
            chat_id,
            app_id,
            page_size=page_size,
            load_custom_feedbacks=load_custom_feedbacks,
            options=options,
            method="get_chat_records",
        )
        return self._request(pager(conv.check_int(offset, "offset", "get_chat_records", minimum=0)))

    def iter_chat_records(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        offset: int = 0,
        page_size: int = 20,
        load_custom_feedbacks: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ChatRecord]:
        """Every message of a chat, newest first, skipping the `offset` newest; see `get_chat_records`."""
        pager = conv.records_pager(
            self,
            chat_id,
            app_id,
            page_size=page_size,
            load_custom_feedbacks=load_custom_feedbacks,
            options=options,
            method="iter_chat_records",
            newest_first=True,
        )
        start = conv.check_int(offset, "offset", "iter_chat_records", minimum=0)
        return iterate_pages(lambda at: self._request(pager(at)), start)

    def get_record_detail(
        self, chat_id: str, data_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> list[NodeResponse]:
        """What each workflow node did for one answer (`[]` for a user message)."""
        return self._request(conv.record_detail_plan(self, chat_id, data_id, app_id, options))

    def delete_chat_record(
        self, chat_id: str, content_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes one message of a chat; `content_id` is the record's `data_id`."""
        self._request(conv.delete_record_plan(self, chat_id, content_id, app_id, options))

    def send_feedback(
        self,
        chat_id: str,
        data_id: str,
        *,
        app_id: str | None = None,
        good: str | bool | None = None,
        bad: str | bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Replaces the user feedback on one answer (`data_id`) with exactly what is passed.

        `good` is the thumbs-up text and `bad` the thumbs-down text (`True` stores `"yes"`, as
        FastGPT's chat window does). **A value left out (None) clears that feedback on FastGPT**:
        `send_feedback(chat_id, data_id)` removes both, and `send_feedback(..., bad="wrong")`
        also removes an earlier thumbs-up.
        """
        self._request(conv.feedback_plan(self, chat_id, data_id, app_id, good=good, bad=bad, options=options))

    def get_suggested_questions(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        model: str | None = None,
        custom_prompt: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[str]:
        """Questions the user could ask next, from the chat's last records (runs a model).

        Without `model` or `custom_prompt` the app's own question-guide settings apply (FastGPT
        answers `[]` when the app has it off); with either, guiding is switched on for this call.
        """
        return self._request(
            conv.question_guide_plan(
                self, chat_id, app_id, model=model, custom_prompt=custom_prompt, options=options
            )
        )

    def upload_chat_file(
        self,
        path_or_bytes: PathOrBytes,
        *,
        chat_id: str,
        app_id: str | None = None,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ChatFile:
        """Uploads a file into a chat's storage and returns it ready for a message.

        FastGPT presigns an upload URL; the bytes go straight to its object storage (without the
        API key) with the headers FastGPT signed. Put the result in a message with
        `file.as_part()` (an `image_url` part for images, `file_url` for documents).
        `filename` is required for bytes.
        """
        upload = conv.chat_file_upload(
            self, path_or_bytes, chat_id=chat_id, app_id=app_id, filename=filename, options=options
        )
        presigned = self._request(upload.presign())
        self._request(upload.put(presigned))
        key = str(presigned.key)
        return upload.result(key, self._request(upload.read_url(key)))

    def _run(self, call: ChatCall) -> ChatCompletion | ChatStream:
        if not call.plan.stream:
            return self._request(call.plan)
        response, content, _ = self._send(call.plan)
        _check_stream_answer(content, response)
        return ChatStream.open(response, call.new_state())


class AsyncChatClient(AsyncAPIClient):
    """The async twin of `ChatClient`; every method is awaited."""

    @overload
    async def create_chat_completion(
        self, messages: MessagesInput, *, stream: Literal[False] = False, **options: Unpack[ChatOptions]
    ) -> ChatCompletion: ...
    @overload
    async def create_chat_completion(
        self, messages: MessagesInput, *, stream: Literal[True], **options: Unpack[ChatOptions]
    ) -> AsyncChatStream: ...
    @overload
    async def create_chat_completion(
        self, messages: MessagesInput, *, stream: bool, **options: Unpack[ChatOptions]
    ) -> ChatCompletion | AsyncChatStream: ...
    async def create_chat_completion(
        self, messages: MessagesInput, *, stream: bool = False, **options: Unpack[ChatOptions]
    ) -> ChatCompletion | AsyncChatStream:
        """Runs the app on `messages`; see `ChatClient.create_chat_completion`."""
        call = build_chat_call(
            self, messages, stream=stream, options=options, method="create_chat_completion"
        )
        return await self._run(call)

    @overload
    async def continue_interactive(
        self,
        prompt: InteractivePrompt,
        answer: str | Mapping[str, Any],
        *,
        stream: Literal[False] = False,
        **options: Unpack[ChatOptions],
    ) -> ChatCompletion: ...
    @overload
    async def continue_interactive(
        self,
        prompt: InteractivePrompt,
        answer: str | Mapping[str, Any],
        *,
        stream: Literal[True],
        **options: Unpack[ChatOptions],
    ) -> AsyncChatStream: ...
    async def continue_interactive(
        self,
        prompt: InteractivePrompt,
        answer: str | Mapping[str, Any],
        *,
        stream: bool = False,
        **options: Unpack[ChatOptions],
    ) -> ChatCompletion | AsyncChatStream:
        """Answers a paused workflow; see `ChatClient.continue_interactive`."""
        _require_chat_id(options)
        messages = _continue_messages(prompt, answer)
        call = build_chat_call(self, messages, stream=stream, options=options, method="continue_interactive")
        return await self._run(call)

    async def stop_chat(
        self, chat_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> bool:
        """Stops the running v2 run of `chat_id`; see `ChatClient.stop_chat`."""
        return await self._request(build_stop_plan(self, chat_id, app_id, options))

    # -- history, records, feedback, files (see `_conversations`) --

    async def get_chat_histories(
        self,
        app_id: str | None = None,
        *,
        offset: int = 0,
        page_size: int = 20,
        source: ChatSource | None = None,
        start_create_time: TimeInput | None = None,
        end_create_time: TimeInput | None = None,
        start_update_time: TimeInput | None = None,
        end_update_time: TimeInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[ChatHistory]:
        """One page of the app's chats, pinned first, then the most recently updated.

        With an API key FastGPT lists the chats of the key's owner. `source` keeps one channel
        (`"api"`, `"online"`, `"share"`, ...); the times filter on creation or last update.
        """
        pager = conv.histories_pager(
            self,
            app_id,
            page_size=page_size,
            source=source,
            start_create_time=start_create_time,
            end_create_time=end_create_time,
            start_update_time=start_update_time,
            end_update_time=end_update_time,
            options=options,
            method="get_chat_histories",
        )
        return await self._request(pager(conv.check_int(offset, "offset", "get_chat_histories", minimum=0)))

    def iter_chat_histories(
        self,
        app_id: str | None = None,
        *,
        offset: int = 0,
        page_size: int = 20,
        source: ChatSource | None = None,
        start_create_time: TimeInput | None = None,
        end_create_time: TimeInput | None = None,
        start_update_time: TimeInput | None = None,
        end_update_time: TimeInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ChatHistory]:
        """Every chat from `offset` on, fetching `page_size` at a time; see `get_chat_histories`."""
        pager = conv.histories_pager(
            self,
            app_id,
            page_size=page_size,
            source=source,
            start_create_time=start_create_time,
            end_create_time=end_create_time,
            start_update_time=start_update_time,
            end_update_time=end_update_time,
            options=options,
            method="iter_chat_histories",
        )
        start = conv.check_int(offset, "offset", "iter_chat_histories", minimum=0)
        return aiterate_pages(lambda at: self._request(pager(at)), start)

    async def get_chat_init(
        self, chat_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> ChatInit:
        """What a chat window needs to reopen `chat_id`: its title, variables and the app's settings."""
        return await self._request(conv.chat_init_plan(self, chat_id, app_id, options))

    async def update_chat_history(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        custom_title: str | None = None,
        top: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Renames (`custom_title`) and/or pins or unpins (`top`) a chat; None leaves it as it is."""
        await self._request(
            conv.update_history_plan(
                self, chat_id, app_id, custom_title=custom_title, top=top, options=options
            )
        )

    async def delete_chat_history(
        self, chat_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes a chat (FastGPT marks it deleted; it no longer lists or loads)."""
        await self._request(conv.delete_history_plan(self, chat_id, app_id, options))

    async def clear_chat_histories(
        self, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes the app's chats; with an API key FastGPT deletes only those made through the API."""
        await self._request(conv.clear_histories_plan(self, app_id, options))

    async def delete_chat_histories(
        self, chat_ids: Sequence[str], *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes several chats at once, for good (needs log permission on the app)."""
        await self._request(conv.delete_histories_plan(self, chat_ids, app_id, options))

    async def get_chat_records(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        offset: int = 0,
        page_size: int = 20,
        load_custom_feedbacks: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[ChatRecord]:
        """One page of a chat's messages; each `value` item is a typed model.

        As in FastGPT, `offset` counts back from the newest message (`offset=0` is the latest
        page) and the messages of a page are in chronological order.
        """
        pager = conv.records_pager(
            self,
            chat_id,
            app_id,
            page_size=page_size,
            load_custom_feedbacks=load_custom_feedbacks,
            options=options,
            method="get_chat_records",
        )
        return await self._request(pager(conv.check_int(offset, "offset", "get_chat_records", minimum=0)))

    def iter_chat_records(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        offset: int = 0,
        page_size: int = 20,
        load_custom_feedbacks: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ChatRecord]:
        """Every message of a chat, newest first, skipping the `offset` newest; see `get_chat_records`."""
        pager = conv.records_pager(
            self,
            chat_id,
            app_id,
            page_size=page_size,
            load_custom_feedbacks=load_custom_feedbacks,
            options=options,
            method="iter_chat_records",
            newest_first=True,
        )
        start = conv.check_int(offset, "offset", "iter_chat_records", minimum=0)
        return aiterate_pages(lambda at: self._request(pager(at)), start)

    async def get_record_detail(
        self, chat_id: str, data_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> list[NodeResponse]:
        """What each workflow node did for one answer (`[]` for a user message)."""
        return await self._request(conv.record_detail_plan(self, chat_id, data_id, app_id, options))

    async def delete_chat_record(
        self, chat_id: str, content_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes one message of a chat; `content_id` is the record's `data_id`."""
        await self._request(conv.delete_record_plan(self, chat_id, content_id, app_id, options))

    async def send_feedback(
        self,
        chat_id: str,
        data_id: str,
        *,
        app_id: str | None = None,
        good: str | bool | None = None,
        bad: str | bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Replaces the user feedback on one answer (`data_id`) with exactly what is passed.

        `good` is the thumbs-up text and `bad` the thumbs-down text (`True` stores `"yes"`, as
        FastGPT's chat window does). **A value left out (None) clears that feedback on FastGPT**:
        `send_feedback(chat_id, data_id)` removes both, and `send_feedback(..., bad="wrong")`
        also removes an earlier thumbs-up.
        """
        await self._request(
            conv.feedback_plan(self, chat_id, data_id, app_id, good=good, bad=bad, options=options)
        )

    async def get_suggested_questions(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        model: str | None = None,
        custom_prompt: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[str]:
        """Questions the user could ask next, from the chat's last records (runs a model).

        Without `model` or `custom_prompt` the app's own question-guide settings apply (FastGPT
        answers `[]` when the app has it off); with either, guiding is switched on for this call.
        """
        return await self._request(
            conv.question_guide_plan(
                self, chat_id, app_id, model=model, custom_prompt=custom_prompt, options=options
            )
        )

    async def upload_chat_file(
        self,
        path_or_bytes: PathOrBytes,
        *,
        chat_id: str,
        app_id: str | None = None,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ChatFile:
        """Uploads a file into a chat's storage and returns it ready for a message.

        FastGPT presigns an upload URL; the bytes go straight to its object storage (without the
        API key) with the headers FastGPT signed. Put the result in a message with
        `file.as_part()` (an `image_url` part for images, `file_url` for documents).
        `filename` is required for bytes.
        """
        upload = conv.chat_file_upload(
            self, path_or_bytes, chat_id=chat_id, app_id=app_id, filename=filename, options=options
        )
        presigned = await self._request(upload.presign())
        await self._request(upload.put(presigned))
        key = str(presigned.key)
        return upload.result(key, await self._request(upload.read_url(key)))

    async def _run(self, call: ChatCall) -> ChatCompletion | AsyncChatStream:
        if not call.plan.stream:
            return await self._request(call.plan)
        response, content, _ = await self._send(call.plan)
        _check_stream_answer(content, response)
        return await AsyncChatStream.open(response, call.new_state())


def _require_chat_id(options: Mapping[str, Any]) -> None:
    if not options.get("chat_id"):
        raise ValueError(
            "continue_interactive() needs chat_id=...: the id of the chat whose run is paused "
            "(completion.chat_id or stream.chat_id of the turn that asked)."
        )
