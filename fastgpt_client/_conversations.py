"""Request plans for a chat's life after its first turn: history, records, feedback, suggested
questions and files (FastGPT's `/api/core/chat/**` routes).

Pure functions, no I/O: each checks its arguments, builds the request with the generated
builder, and says how to read FastGPT's `{code, data}` envelope. `ChatClient` and
`AsyncChatClient` run the same plans.

Where FastGPT's docs and its handlers disagree, these follow the handlers (see the spec):
`delHistory` and `clearHistories` read the query string; deleting a record is a POST with a
JSON body; feedback fields that are absent are unset.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._base_client import BaseClient, RequestPlan, split_options
from ._json import is_mapping
from ._pagination import Page
from ._parts import ChatFile, PathOrBytes, guess_type, read_source
from ._types import RequestOptions

if TYPE_CHECKING:
    from fastgpt_api.models import (
        ChatHistory,
        ChatInit,
        ChatRecord,
        NodeResponse,
        PresignedUpload,
    )
    from fastgpt_api.models.chat_source import ChatSource

REQUEST_KEYS = RequestOptions.__required_keys__ | RequestOptions.__optional_keys__
TimeInput = dt.datetime | dt.date | str
"""A `datetime` (naive ones are sent as they are), a `date`, or an ISO string."""

CHAT_SOURCES = frozenset(
    ("test", "online", "share", "api", "cronJob", "team", "feishu", "official_account", "wecom", "mcp")
)


# -- argument checks ----------------------------------------------------------------------------


def require_str(value: object, name: str, method: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{method}() needs {name} as a string, not {type(value).__name__}.")
    if not value.strip():
        raise ValueError(f"{method}() needs a non-empty {name}.")
    return value


def optional_str(value: object, name: str, method: str) -> str | None:
    return None if value is None else require_str(value, name, method)


def check_int(value: object, name: str, method: str, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{method}() needs {name} as an int, not {type(value).__name__}.")
    if value < minimum:
        raise ValueError(f"{method}() needs {name} >= {minimum}, not {value}.")
    return value


def check_paging(offset: object, page_size: object, method: str) -> tuple[int, int]:
    return (
        check_int(offset, "offset", method, minimum=0),
        check_int(page_size, "page_size", method, minimum=1),
    )


def iso_time(value: object, name: str, method: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        return value
    raise TypeError(f"{method}() needs {name} as a datetime, a date or an ISO string, not {value!r}.")


def check_source(source: object, method: str) -> str | None:
    if source is None:
        return None
    if source not in CHAT_SOURCES:
        raise ValueError(
            f"{method}() got source={source!r}; FastGPT's sources are {', '.join(sorted(CHAT_SOURCES))}."
        )
    return str(source)


def _options(options: Mapping[str, Any], method: str) -> RequestOptions:
    return split_options(options, REQUEST_KEYS, method)


def _app(client: BaseClient, app_id: str | None, method: str) -> str:
    return client._require_app_id(optional_str(app_id, "app_id", method), method)  # pyright: ignore[reportPrivateUsage]


def _kwargs(endpoint: Any, **arguments: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = endpoint._get_kwargs(**arguments)
    return kwargs


def without_null_data(body: Any) -> Any:
    """The envelope without a `data: null` (treated like a missing `data`), for `from_dict`."""
    if is_mapping(body) and "data" in body and body["data"] is None:
        return {key: value for key, value in body.items() if key != "data"}
    return body


def _empty(body: Any) -> None:
    from fastgpt_api.models import EmptyEnvelope

    EmptyEnvelope.from_dict(body)


# -- history ------------------------------------------------------------------------------------


def histories_pager(
    client: BaseClient,
    app_id: str | None,
    *,
    page_size: int,
    source: ChatSource | None,
    start_create_time: TimeInput | None,
    end_create_time: TimeInput | None,
    start_update_time: TimeInput | None,
    end_update_time: TimeInput | None,
    options: Mapping[str, Any],
    method: str,
) -> Callable[[int], RequestPlan[Page[ChatHistory]]]:
    """Checks the arguments once; the result builds the plan for the page at an offset."""
    from fastgpt_api.api.chat_history import get_chat_histories
    from fastgpt_api.models import ChatHistoryListRequest, ChatHistoryPageEnvelope
    from fastgpt_api.types import UNSET, Unset

    request_options = _options(options, method)
    app = _app(client, app_id, method)
    check_int(page_size, "page_size", method, minimum=1)
    checked_source = check_source(source, method)
    times = {
        name: iso_time(value, name, method)
        for name, value in (
            ("start_create_time", start_create_time),
            ("end_create_time", end_create_time),
            ("start_update_time", start_update_time),
            ("end_update_time", end_update_time),
        )
    }

    def plan(offset: int) -> RequestPlan[Page[ChatHistory]]:
        check_int(offset, "offset", method, minimum=0)
        body = ChatHistoryListRequest(
            app_id=app,
            offset=offset,
            page_size=page_size,
            source=checked_source if checked_source is not None else UNSET,  # type: ignore[arg-type]
            **{name: value if value is not None else UNSET for name, value in times.items()},
        )

        def parse(data: Any) -> Page[ChatHistory]:
            page = ChatHistoryPageEnvelope.from_dict(without_null_data(data)).data
            if isinstance(page, Unset):
                return Page([], 0, offset)
            items = list(page.list_ or [])
            total = page.total if isinstance(page.total, int) else offset + len(items)
            return Page(items, total, offset)

        kwargs = _kwargs(get_chat_histories, body=body)
        return RequestPlan(kwargs, parse, options=request_options, idempotent=True)

    return plan


def chat_init_plan(
    client: BaseClient, chat_id: str, app_id: str | None, options: Mapping[str, Any]
) -> RequestPlan[ChatInit]:
    from fastgpt_api.api.chat_history import get_chat_init
    from fastgpt_api.models import ChatInit, ChatInitEnvelope
    from fastgpt_api.types import Unset

    method = "get_chat_init"
    request_options = _options(options, method)
    chat = require_str(chat_id, "chat_id", method)
    app = _app(client, app_id, method)

    def parse(data: Any) -> ChatInit:
        init = ChatInitEnvelope.from_dict(without_null_data(data)).data
        return ChatInit() if isinstance(init, Unset) else init

    kwargs = _kwargs(get_chat_init, app_id=app, chat_id=chat)
    return RequestPlan(kwargs, parse, options=request_options, idempotent=True)


def update_history_plan(
    client: BaseClient,
    chat_id: str,
    app_id: str | None,
    *,
    custom_title: str | None,
    top: bool | None,
    options: Mapping[str, Any],
) -> RequestPlan[None]:
    from fastgpt_api.api.chat_history import update_chat_history
    from fastgpt_api.models import UpdateChatHistoryRequest
    from fastgpt_api.types import UNSET

    method = "update_chat_history"
    request_options = _options(options, method)
    chat = require_str(chat_id, "chat_id", method)
    app = _app(client, app_id, method)
    if custom_title is not None and not isinstance(custom_title, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"{method}() needs custom_title as a string, not {type(custom_title).__name__}.")
    if top is not None and not isinstance(top, bool):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"{method}() needs top as True or False, not {top!r}.")
    if custom_title is None and top is None:
        raise ValueError(f"{method}() has nothing to change: pass custom_title=... and/or top=True/False.")
    body = UpdateChatHistoryRequest(
        app_id=app,
        chat_id=chat,
        custom_title=custom_title if custom_title is not None else UNSET,
        top=top if top is not None else UNSET,
    )
    kwargs = _kwargs(update_chat_history, body=body)
    return RequestPlan(kwargs, _empty, options=request_options, idempotent=True)


def delete_history_plan(
    client: BaseClient, chat_id: str, app_id: str | None, options: Mapping[str, Any]
) -> RequestPlan[None]:
    from fastgpt_api.api.chat_history import delete_chat_history

    method = "delete_chat_history"
    request_options = _options(options, method)
    chat = require_str(chat_id, "chat_id", method)
    kwargs = _kwargs(delete_chat_history, app_id=_app(client, app_id, method), chat_id=chat)
    return RequestPlan(kwargs, _empty, options=request_options, idempotent=True)


def clear_histories_plan(
    client: BaseClient, app_id: str | None, options: Mapping[str, Any]
) -> RequestPlan[None]:
    from fastgpt_api.api.chat_history import clear_chat_histories

    method = "clear_chat_histories"
    request_options = _options(options, method)
    kwargs = _kwargs(clear_chat_histories, app_id=_app(client, app_id, method))
    return RequestPlan(kwargs, _empty, options=request_options, idempotent=True)


def delete_histories_plan(
    client: BaseClient, chat_ids: Sequence[str], app_id: str | None, options: Mapping[str, Any]
) -> RequestPlan[None]:
    from fastgpt_api.api.chat_history import batch_delete_chat_histories
    from fastgpt_api.models import BatchDeleteChatHistoriesRequest

    method = "delete_chat_histories"
    request_options = _options(options, method)
    if isinstance(chat_ids, str) or not isinstance(chat_ids, Sequence):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"{method}() needs chat_ids as a list of chat ids, not {type(chat_ids).__name__}.")
    ids = [require_str(chat_id, "every chat id", method) for chat_id in chat_ids]
    if not ids:
        raise ValueError(f"{method}() needs at least one chat id.")
    body = BatchDeleteChatHistoriesRequest(app_id=_app(client, app_id, method), chat_ids=ids)
    kwargs = _kwargs(batch_delete_chat_histories, body=body)
    return RequestPlan(kwargs, _empty, options=request_options, idempotent=True)


# -- records ------------------------------------------------------------------------------------


def records_pager(
    client: BaseClient,
    chat_id: str,
    app_id: str | None,
    *,
    page_size: int,
    load_custom_feedbacks: bool | None,
    options: Mapping[str, Any],
    method: str,
    newest_first: bool = False,
) -> Callable[[int], RequestPlan[Page[ChatRecord]]]:
    """Checks the arguments once; the result builds the plan for the page at an offset.

    FastGPT counts `offset` back from the newest record and returns each page oldest first;
    `newest_first` reverses each page, so that walking the offsets goes steadily back in time.
    """
    from fastgpt_api.api.chat_record import get_chat_records
    from fastgpt_api.models import ChatRecordListRequest, ChatRecordPageEnvelope
    from fastgpt_api.types import UNSET, Unset

    request_options = _options(options, method)
    chat = require_str(chat_id, "chat_id", method)
    app = _app(client, app_id, method)
    check_int(page_size, "page_size", method, minimum=1)

    def plan(offset: int) -> RequestPlan[Page[ChatRecord]]:
        check_int(offset, "offset", method, minimum=0)
        body = ChatRecordListRequest(
            app_id=app,
            chat_id=chat,
            offset=offset,
            page_size=page_size,
            load_custom_feedbacks=bool(load_custom_feedbacks) if load_custom_feedbacks is not None else UNSET,
        )

        def parse(data: Any) -> Page[ChatRecord]:
            page = ChatRecordPageEnvelope.from_dict(without_null_data(data)).data
            if isinstance(page, Unset):
                return Page([], 0, offset)
            items = list(page.list_ or [])
            total = page.total if isinstance(page.total, int) else offset + len(items)
            return Page(items[::-1] if newest_first else items, total, offset)

        kwargs = _kwargs(get_chat_records, body=body)
        return RequestPlan(kwargs, parse, options=request_options, idempotent=True)

    return plan


def record_detail_plan(
    client: BaseClient, chat_id: str, data_id: str, app_id: str | None, options: Mapping[str, Any]
) -> RequestPlan[list[NodeResponse]]:
    from fastgpt_api.api.chat_record import get_record_detail
    from fastgpt_api.models import NodeResponsesEnvelope

    method = "get_record_detail"
    request_options = _options(options, method)
    chat = require_str(chat_id, "chat_id", method)
    data = require_str(data_id, "data_id", method)
    kwargs = _kwargs(get_record_detail, app_id=_app(client, app_id, method), chat_id=chat, data_id=data)

    def parse(body: Any) -> list[NodeResponse]:
        return list(NodeResponsesEnvelope.from_dict(without_null_data(body)).data or [])

    return RequestPlan(kwargs, parse, options=request_options, idempotent=True)


def delete_record_plan(
    client: BaseClient, chat_id: str, content_id: str, app_id: str | None, options: Mapping[str, Any]
) -> RequestPlan[None]:
    from fastgpt_api.api.chat_record import delete_chat_record
    from fastgpt_api.models import DeleteChatRecordRequest

    method = "delete_chat_record"
    request_options = _options(options, method)
    body = DeleteChatRecordRequest(
        app_id=_app(client, app_id, method),
        chat_id=require_str(chat_id, "chat_id", method),
        content_id=require_str(content_id, "content_id", method),
    )
    kwargs = _kwargs(delete_chat_record, body=body)
    return RequestPlan(kwargs, _empty, options=request_options, idempotent=True)


def _feedback_text(value: object, name: str, method: str) -> str | None:
    if value is None or value is False:
        return None
    if value is True:
        return "yes"  # what FastGPT's own chat window stores for a bare thumbs-up/down
    if isinstance(value, str):
        return value or None
    raise TypeError(f"{method}() needs {name} as a string, True or None, not {type(value).__name__}.")


def feedback_plan(
    client: BaseClient,
    chat_id: str,
    data_id: str,
    app_id: str | None,
    *,
    good: str | bool | None,
    bad: str | bool | None,
    options: Mapping[str, Any],
) -> RequestPlan[None]:
    from fastgpt_api.api.chat_record import update_user_feedback
    from fastgpt_api.models import UpdateFeedbackRequest
    from fastgpt_api.types import UNSET

    method = "send_feedback"
    request_options = _options(options, method)
    good_text = _feedback_text(good, "good", method)
    bad_text = _feedback_text(bad, "bad", method)
    # Absent fields are left out, not sent as null: FastGPT unsets a feedback that is absent.
    body = UpdateFeedbackRequest(
        app_id=_app(client, app_id, method),
        chat_id=require_str(chat_id, "chat_id", method),
        data_id=require_str(data_id, "data_id", method),
        user_good_feedback=good_text if good_text is not None else UNSET,
        user_bad_feedback=bad_text if bad_text is not None else UNSET,
    )
    kwargs = _kwargs(update_user_feedback, body=body)
    return RequestPlan(kwargs, _empty, options=request_options, idempotent=True)


def question_guide_plan(
    client: BaseClient,
    chat_id: str,
    app_id: str | None,
    *,
    model: str | None,
    custom_prompt: str | None,
    options: Mapping[str, Any],
) -> RequestPlan[list[str]]:
    from fastgpt_api.api.chat_record import create_question_guide
    from fastgpt_api.models import QuestionGuideConfig, QuestionGuideRequest, StringListEnvelope
    from fastgpt_api.types import UNSET

    method = "get_suggested_questions"
    request_options = _options(options, method)
    model = optional_str(model, "model", method)
    custom_prompt = optional_str(custom_prompt, "custom_prompt", method)
    guide = (
        QuestionGuideConfig(
            open_=True,
            model=model if model is not None else UNSET,
            custom_prompt=custom_prompt if custom_prompt is not None else UNSET,
        )
        if model is not None or custom_prompt is not None
        else UNSET
    )
    body = QuestionGuideRequest(
        app_id=_app(client, app_id, method),
        chat_id=require_str(chat_id, "chat_id", method),
        question_guide=guide,
    )
    kwargs = _kwargs(create_question_guide, body=body)

    def parse(data: Any) -> list[str]:
        return [
            str(question) for question in StringListEnvelope.from_dict(without_null_data(data)).data or []
        ]

    # Each call runs a model and is billed: not retried after a broken read.
    return RequestPlan(kwargs, parse, options=request_options)


# -- files --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChatFileUpload:
    """The three steps of `upload_chat_file`: presign, PUT the bytes, get a URL to read them."""

    app_id: str
    chat_id: str
    name: str
    data: bytes
    content_type: str
    options: RequestOptions

    def presign(self) -> RequestPlan[PresignedUpload]:
        from fastgpt_api.api.chat_file import presign_chat_file_upload
        from fastgpt_api.models import PresignChatFileRequest, PresignedUploadEnvelope
        from fastgpt_api.types import Unset

        body = PresignChatFileRequest(filename=self.name, app_id=self.app_id, chat_id=self.chat_id)

        def parse(data: Any) -> PresignedUpload:
            presigned = PresignedUploadEnvelope.from_dict(without_null_data(data)).data
            if isinstance(presigned, Unset) or not presigned.url or not presigned.key:
                raise ValueError("the presigned upload has no url or key")
            return presigned

        kwargs = _kwargs(presign_chat_file_upload, body=body)
        return RequestPlan(kwargs, parse, options=self.options, idempotent=True)

    def put(self, presigned: PresignedUpload) -> RequestPlan[None]:
        """The upload itself, to the storage URL: no API key, only the headers FastGPT signed."""
        max_size = presigned.max_size if isinstance(presigned.max_size, int) else None
        if max_size is not None and len(self.data) > max_size:
            raise ValueError(
                f"upload_chat_file(): {self.name!r} is {len(self.data)} bytes; this server accepts "
                f"at most {max_size}."
            )
        headers = dict(presigned.headers.additional_properties) if presigned.headers else {}
        kwargs: dict[str, Any] = {
            "method": "put",
            "url": str(presigned.url),
            "headers": headers,
            "content": self.data,
        }
        timeout = self.options.get("timeout")
        put_options = RequestOptions(timeout=timeout) if "timeout" in self.options else RequestOptions()
        return RequestPlan(kwargs, _ignore, options=put_options, idempotent=True, external=True)

    def read_url(self, key: str) -> RequestPlan[str]:
        from fastgpt_api.api.chat_file import presign_chat_file_download
        from fastgpt_api.models import PresignChatFileGetRequest, StringEnvelope

        body = PresignChatFileGetRequest(key=key, app_id=self.app_id)

        def parse(data: Any) -> str:
            url = StringEnvelope.from_dict(without_null_data(data)).data
            if not isinstance(url, str) or not url:
                raise ValueError("no URL for the uploaded file")
            return url

        kwargs = _kwargs(presign_chat_file_download, body=body)
        return RequestPlan(kwargs, parse, options=self.options, idempotent=True)

    def result(self, key: str, url: str) -> ChatFile:
        return ChatFile(key=key, url=url, name=self.name, content_type=self.content_type, size=len(self.data))


def _ignore(content: Any) -> None:
    return None


def chat_file_upload(
    client: BaseClient,
    path_or_bytes: PathOrBytes,
    *,
    chat_id: str,
    app_id: str | None,
    filename: str | None,
    options: Mapping[str, Any],
) -> ChatFileUpload:
    method = "upload_chat_file"
    request_options = _options(options, method)
    chat = require_str(chat_id, "chat_id", method)
    app = _app(client, app_id, method)
    name = optional_str(filename, "filename", method)
    data, path_name = read_source(path_or_bytes, method)
    name = name or path_name
    if not name:
        raise ValueError(
            f"{method}() needs filename=... when given bytes (FastGPT stores the file under it)."
        )
    return ChatFileUpload(app, chat, name, data, guess_type(name, data), request_options)
