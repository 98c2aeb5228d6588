"""Chat completions, interactive turns and run control: `create_chat_completion`,
`continue_interactive`, `stop_chat`.

A completion's answer is not FastGPT's `{code, data}` envelope but an OpenAI-shaped body (or a
stream of server-sent events), so it is read here, not by `_envelope`.
"""

from __future__ import annotations

import os
import string
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Self, TypeAlias, Unpack, overload

import httpx

from ... import _endpoints, _envelope
from ..._check import Check, to_plain
from ..._constants import NO_RECORD_CHAT_ID
from ..._json import as_list, as_mapping, is_mapping
from ..._plan import CHAT_KEYS, RequestPlan, request_options
from ..._stream import AsyncChatStream, StreamState
from ...types.completion import ChatCompletion, IncompleteAnswerWarning
from ...types.interactive import InteractivePrompt
from ...types.options import ChatOptions, RequestOptions, Timeout
from ...types.share import ShareLink
from ...types.stop import StopResult
from ._client import AsyncAPIClient

if TYPE_CHECKING:
    from fastgpt_api.models import AuthProxy as AuthProxyModel
    from fastgpt_api.models import ChatMessage

    from ...types.params import MessageParam

    MessagesInput: TypeAlias = str | Sequence[ChatMessage | MessageParam]
    """A list of messages (`MessageParam` dicts in OpenAI format, or `ChatMessage` models), or one
    user message as a string."""
    _Messages: TypeAlias = str | Sequence[ChatMessage | MessageParam | Mapping[str, Any]]
    """What the SDK itself passes on (an interactive answer is built as a plain dict)."""

_ID_ALPHABET = string.ascii_letters + string.digits
_API_VERSIONS = {"v1": "chat.create_chat_completion", "v2": "chat.create_chat_completion_v2"}
_ROLES = "'system', 'developer', 'user', 'assistant', 'tool'"
# FastGPT answers a stop once the run has ended, waiting up to 5 s for it (4.14.5 to 4.16.0).
_STOP_READ_TIMEOUT = 10.0


# byte -> its character (`byte % 62`); bytes of 248 and above are deleted, so that `% 62` is unbiased
_ID_TABLE = bytes(ord(_ID_ALPHABET[byte % 62]) for byte in range(256))
_ID_DROP = bytes(range(248, 256))


def new_id(length: int = 24) -> str:
    """A random id in the alphabet FastGPT's own ids use (62 characters, uniformly drawn)."""
    # One os.urandom call per id, mapped in C by bytes.translate (drops the bytes of 248 and up).
    chars = os.urandom(length * 2).translate(_ID_TABLE, _ID_DROP)
    while len(chars) < length:  # about 1 in 10^40 for length 24: practically never
        chars += os.urandom(length).translate(_ID_TABLE, _ID_DROP)
    return chars[:length].decode("ascii")


class AsyncChatAPI(AsyncAPIClient):
    """Chat completions (plain or streamed), interactive turns, and stopping a v2 run."""

    @classmethod
    def from_share_link(
        cls, share_id: str, outlink_uid: str, *, base_url: str | None = None, **kwargs: Any
    ) -> Self:
        """A client that chats through a FastGPT share link, with no API key: the link's app
        answers `create_chat_completion` and `continue_interactive` (other methods need a key and
        raise `TypeError`). `outlink_uid` identifies the end user (or is the token the link's
        authentication hook checks); `kwargs` are the constructor's other options."""
        check = Check("from_share_link")
        link = ShareLink(check.string(share_id, "share_id"), check.string(outlink_uid, "outlink_uid"))
        return cls(base_url=base_url, share_link=link, **kwargs)

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
        """Runs the app on `messages` and returns the answer, or a stream of typed events
        (`ChatStream`; `AsyncChatStream` from the async client).

        An error FastGPT reports before the answer starts (bad key, no balance, unknown app)
        raises here, also with `stream=True`. See `ChatOptions` for every option.
        """
        check = Check("create_chat_completion")
        return await self._chat(check, messages, stream, options)

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
    @overload
    async def continue_interactive(
        self,
        prompt: InteractivePrompt,
        answer: str | Mapping[str, Any],
        *,
        stream: bool,
        **options: Unpack[ChatOptions],
    ) -> ChatCompletion | AsyncChatStream: ...
    async def continue_interactive(
        self,
        prompt: InteractivePrompt,
        answer: str | Mapping[str, Any],
        *,
        stream: bool = False,
        **options: Unpack[ChatOptions],
    ) -> ChatCompletion | AsyncChatStream:
        """Answers a paused workflow and lets it run on, in the same chat (`chat_id` is required).

        `answer` is one of `prompt.options` for a userSelect prompt, or a dict of form values by
        field key for a userInput prompt; both are checked before anything is sent. A next
        question is in the result's `interactive` (with `detail=True`); a plain answer that is
        only that question carries it from FastGPT 4.16 on, and from 4.14 comes back without it
        and with an `IncompleteAnswerWarning`, so answer with `stream=True, detail=True` when
        the workflow may ask again.
        """
        check = Check("continue_interactive")
        messages = interactive_answer(check, prompt, answer, options)
        return await self._chat(check, messages, stream, options)

    async def stop_chat(
        self, chat_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> StopResult:
        """Stops the running v2 run of `chat_id` (runs started with `api_version="v2"` only).

        Returns a `StopResult`: `success`, and from FastGPT 4.15+ whether the run had
        `completed` and the chat's `chat_generate_status` (None from 4.14.x). It is truthy when
        `success` is, so `if client.stop_chat(chat_id):` works. FastGPT waits up to 5 s for the
        run to end before it answers, so the read timeout is at least 10 s unless `timeout=` is
        given.
        """
        from fastgpt_api.models import StopChatRequest

        check = Check("stop_chat")
        per_call = request_options(options, check.method)
        if check.string_or_empty(chat_id, "chat_id") == "":
            raise ValueError(f"{check.method}() needs the chat_id of the running v2 chat.")
        body = _endpoints.model(StopChatRequest, app_id=self._app_id_for(check, app_id), chat_id=chat_id)
        if "timeout" not in per_call:
            per_call["timeout"] = stop_timeout(self.timeout)
        # Setting a stop flag twice is harmless, so a broken read may be retried.
        plan = _endpoints.plan("chat.stop_chat", _stopped, options=per_call, body=body, idempotent=True)
        return await self._request(plan)

    async def _chat(
        self, check: Check, messages: _Messages, stream: bool, options: Mapping[str, Any]
    ) -> ChatCompletion | AsyncChatStream:
        plan, state = chat_plan(
            check,
            messages,
            stream=stream,
            options=options,
            default_app_id=self.app_id,
            share=self._share_link,
        )
        if not stream:
            completion = await self._request(plan)
            warn_if_incomplete(completion, detail=state.detail)
            return completion
        response = await self._open_stream(plan, state)
        return await AsyncChatStream.open(response, state)


def chat_plan(
    check: Check,
    messages: _Messages,
    *,
    stream: bool,
    options: Mapping[str, Any],
    default_app_id: str | None,
    share: ShareLink | None = None,
) -> tuple[RequestPlan[ChatCompletion], StreamState]:
    """The request of a chat turn, and the state its stream (if asked for) is read into;
    `share`: the share link that authenticates it (the client sends no API key then)."""
    from fastgpt_api.models import ChatCompletionRequest, ChatMetadata, Variables

    per_call = request_options(options, check.method, CHAT_KEYS)
    api_version = options.get("api_version", "v1")
    if not isinstance(api_version, str) or api_version not in _API_VERSIONS:
        raise check.fail("api_version", "be 'v1' or 'v2'", api_version)
    store = check.boolean(options.get("store", True), "store")
    given_chat_id = _text(check, options.get("chat_id"), "chat_id")
    if not store and given_chat_id:
        raise ValueError(
            f"{check.method}(): store=False runs a turn outside any chat, so it cannot take "
            "chat_id; drop one of them."
        )
    chat_id = given_chat_id or (new_id() if store else NO_RECORD_CHAT_ID)
    item_id = _text(check, options.get("response_chat_item_id"), "response_chat_item_id") or new_id()
    app_id = _text(check, options.get("app_id"), "app_id") or default_app_id
    detail = bool(options.get("detail", False))
    variables = check.optional_mapping(options.get("variables"), "variables")
    metadata = check.optional_mapping(options.get("metadata"), "metadata")
    retain_cite = options.get("retain_dataset_cite")
    body = _endpoints.model(
        ChatCompletionRequest,
        messages=[],
        chat_id=chat_id,
        app_id=app_id or None,
        stream=stream,
        detail=detail,
        response_chat_item_id=item_id,
        variables=Variables.from_dict(variables) if variables is not None else None,
        metadata=ChatMetadata.from_dict(metadata) if metadata is not None else None,
        custom_uid=_text(check, options.get("custom_uid"), "custom_uid"),
        retain_dataset_cite=bool(retain_cite) if retain_cite is not None else None,
        show_skill_references=check.optional_boolean(
            options.get("show_skill_references"), "show_skill_references"
        ),
        auth_proxy=_auth_proxy(check, options.get("auth_proxy")),
    )
    # Messages are sent as given (after checking): the generated union would reject content part
    # types newer than the spec, which FastGPT itself accepts.
    normalized = normalize_messages(check, messages)
    answer_chat_id, answer_item_id = (chat_id, item_id) if store else ("", "")
    plan = _endpoints.plan(
        _API_VERSIONS[api_version],
        _completion_parser(answer_chat_id, answer_item_id),
        options=per_call,
        body=body,
        json_fields={"messages": normalized, **(share.request_fields() if share is not None else {})},
        stream=stream,
    )
    state = StreamState(
        chat_id=answer_chat_id, response_chat_item_id=answer_item_id, detail=detail, api_version=api_version
    )
    return plan, state


def warn_if_incomplete(completion: ChatCompletion, *, detail: bool) -> None:
    """`IncompleteAnswerWarning` when FastGPT left the answer's only item out (a lost question)."""
    reason = completion._missing_content(detail=detail)  # pyright: ignore[reportPrivateUsage]
    if reason is not None:
        # user code -> create_chat_completion / continue_interactive -> _chat -> here
        warnings.warn(reason, IncompleteAnswerWarning, stacklevel=4)


def _auth_proxy(check: Check, value: object) -> AuthProxyModel | None:
    """The `authProxy` model: a mapping with `username` and/or `tmb_id`, both strings."""
    from fastgpt_api.models import AuthProxy

    proxy = check.optional_mapping(value, "auth_proxy")
    if proxy is None:
        return None
    unknown = sorted(set(proxy) - {"username", "tmb_id"})
    if unknown:
        raise check.fail(
            "auth_proxy",
            f"have only 'username' and 'tmb_id', not {', '.join(map(repr, unknown))}",
            show=False,
        )
    username = _text(check, proxy.get("username"), "auth_proxy['username']")
    tmb_id = _text(check, proxy.get("tmb_id"), "auth_proxy['tmb_id']")
    if not (username and username.strip()) and not tmb_id:
        raise check.fail("auth_proxy", "name the member: {'username': ...} or {'tmb_id': ...}", show=False)
    return _endpoints.model(AuthProxy, username=username.strip() if username else None, tmb_id=tmb_id or None)


def normalize_messages(check: Check, messages: _Messages) -> list[dict[str, Any]]:
    """Messages as JSON-ready dicts; a clear TypeError or ValueError for anything else."""
    if isinstance(messages, str):
        return [{"role": "user", "content": messages}]
    if not isinstance(messages, Sequence):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise check.wrong_type(
            "messages",
            "a list of messages like {'role': 'user', 'content': 'Hello'} (or a single string)",
            messages,
        )
    normalized: list[dict[str, Any]] = []
    for index, message in enumerate(messages):
        name = f"messages[{index}]"
        plain = to_plain(message)
        if not is_mapping(plain):
            raise check.wrong_type(
                name, "a dict like {'role': 'user', 'content': 'Hello'} or a ChatMessage", message
            )
        item = dict(plain)
        role = item.get("role")
        if not isinstance(role, str) or not role:
            raise check.fail(name, f"have a 'role' (one of {_ROLES})", show=False)
        content = item.get("content")
        if content is not None and not isinstance(content, str | list):
            raise check.wrong_type(f"{name}['content']", "a string or a list of content parts", content)
        if content is not None and not isinstance(content, str):
            item["content"] = [to_plain(part) for part in as_list(item["content"])]
        normalized.append(item)
    return normalized


def interactive_answer(
    check: Check, prompt: InteractivePrompt, answer: str | Mapping[str, Any], options: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """The one user message that answers a paused run's `prompt`, checked before anything is sent."""
    if not options.get("chat_id"):
        raise ValueError(
            f"{check.method}() needs chat_id=...: the id of the chat whose run is paused "
            "(completion.chat_id or stream.chat_id of the turn that asked)."
        )
    check.instance(
        prompt,
        "prompt",
        InteractivePrompt,
        "the InteractivePrompt of the paused run (completion.interactive or an InteractiveEvent's .prompt)",
    )
    return [{"role": "user", "content": prompt.answer_content(answer)}]


def _text(check: Check, value: object, name: str) -> str | None:
    """An optional string option; empty is allowed (it means "not given" where a default exists)."""
    return None if value is None else check.string_or_empty(value, name)


def _completion_parser(chat_id: str, item_id: str) -> Callable[[Any], ChatCompletion]:
    def parse(body: Any) -> ChatCompletion:
        check_chat_answer(body)
        return ChatCompletion.from_json(body, chat_id=chat_id, response_chat_item_id=item_id)

    return parse


def check_chat_answer(body: Any) -> None:
    """Raises ValueError unless `body` is a chat answer: FastGPT always sends `choices` with one
    choice that has a `message` (even an empty answer or an interactive pause has one), so a body
    without them is not FastGPT's answer (a proxy's `{}`, an envelope), never an empty answer."""
    if not is_mapping(body):
        raise ValueError(f"expected a chat answer (a JSON object with 'choices'), got {type(body).__name__}")
    choices = as_list(body.get("choices"))
    if not choices:
        got = "an envelope {code, ...}" if "code" in body else "an object without it"
        raise ValueError(f"expected a chat answer with a non-empty 'choices' list, got {got}")
    choice: object = choices[0]
    if not is_mapping(choice) or not is_mapping(choice.get("message")):
        raise ValueError("expected 'choices[0]' of the chat answer to be an object with a 'message' object")


def _stopped(body: Any) -> StopResult:
    return StopResult.from_json(as_mapping(_envelope.data_of(body)))


def stop_timeout(timeout: Timeout) -> Timeout:
    """The client's timeout with a read timeout of at least `_STOP_READ_TIMEOUT`."""
    if timeout is None:
        return None
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    if timeout.read is None or timeout.read >= _STOP_READ_TIMEOUT:
        return timeout
    return httpx.Timeout(
        connect=timeout.connect, read=_STOP_READ_TIMEOUT, write=timeout.write, pool=timeout.pool
    )
