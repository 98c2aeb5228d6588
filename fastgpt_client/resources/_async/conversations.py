"""A chat's life after its first turn: history, records, feedback and suggested questions
(FastGPT's `/api/core/chat/**` routes).

Where FastGPT's docs and its handlers disagree, these follow the handlers (see the spec):
`delHistory` and `clearHistories` read the query string; deleting a record sends a JSON body;
feedback fields that are absent are unset. Deleting a record moved in FastGPT 4.14.11: the
4.16 route is sent, and an older server's route is the fallback (`RequestPlan.fallback`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Unpack

from ... import _endpoints, _envelope
from ..._check import Check, TimeInput
from ..._plan import RequestPlan, request_options
from ...types.options import RequestOptions
from ...types.page import Page
from ._client import AsyncAPIClient

if TYPE_CHECKING:
    from fastgpt_api.models import ChatHistory, ChatInit, ChatRecord, NodeResponse
    from fastgpt_api.models.chat_source import ChatSource

PAGE_SIZE = 20
"""The `page_size` of `get_chat_histories`/`iter_chat_histories` and `get_chat_records`/`iter_chat_records`."""


class AsyncConversationsAPI(AsyncAPIClient):
    """A chat's history, records, feedback and suggested questions."""

    async def get_chat_histories(
        self,
        app_id: str | None = None,
        *,
        offset: int = 0,
        page_size: int = PAGE_SIZE,
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
        check = Check("get_chat_histories")
        times = (start_create_time, end_create_time, start_update_time, end_update_time)
        start, page = self._history_pages(check, app_id, offset, page_size, source, times, options)
        return await self._request(page(start))

    def iter_chat_histories(
        self,
        app_id: str | None = None,
        *,
        offset: int = 0,
        page_size: int = PAGE_SIZE,
        source: ChatSource | None = None,
        start_create_time: TimeInput | None = None,
        end_create_time: TimeInput | None = None,
        start_update_time: TimeInput | None = None,
        end_update_time: TimeInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ChatHistory]:
        """Every chat from `offset` on, fetching `page_size` at a time; see `get_chat_histories`."""
        check = Check("iter_chat_histories")
        times = (start_create_time, end_create_time, start_update_time, end_update_time)
        start, page = self._history_pages(check, app_id, offset, page_size, source, times, options)
        return self._paginate(page, start)

    async def get_chat_init(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        load_custom_feedbacks: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> ChatInit:
        """What a chat window needs to reopen `chat_id`: its title, variables and the app's settings.

        `load_custom_feedbacks=True` also loads the app's custom feedback options (FastGPT 4.16).
        `chat_generate_status` (0 generating, 1 done, 2 error) and `has_been_read` need 4.14.11+.
        """
        from fastgpt_api.models import ChatInit

        check = Check("get_chat_init")
        opts = request_options(options, check.method)
        chat = check.string(chat_id, "chat_id")
        app = self._app_id_for(check, app_id)
        # Sent only to switch it on: FastGPT reads it with z.coerce.boolean(), so "false" means true.
        feedbacks = True if check.optional_boolean(load_custom_feedbacks, "load_custom_feedbacks") else None
        plan = _endpoints.plan(
            "chat_history.get_chat_init",
            _envelope.model_of(ChatInit, default=ChatInit),
            options=opts,
            chat_id=chat,
            app_id=app,
            load_custom_feedbacks=feedbacks,
            idempotent=True,
        )
        return await self._request(plan)

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
        from fastgpt_api.models import UpdateChatHistoryRequest

        check = Check("update_chat_history")
        opts = request_options(options, check.method)
        chat = check.string(chat_id, "chat_id")
        app = self._app_id_for(check, app_id)
        title = check.optional_string_or_empty(custom_title, "custom_title")
        pin = check.optional_boolean(top, "top")
        if title is None and pin is None:
            raise check.fail("custom_title or top", "be given, or there is nothing to change", show=False)
        body = _endpoints.model(
            UpdateChatHistoryRequest, app_id=app, chat_id=chat, custom_title=title, top=pin
        )
        plan = _endpoints.plan(
            "chat_history.update_chat_history", _envelope.ignore, options=opts, body=body, idempotent=True
        )
        await self._request(plan)

    async def delete_chat_history(
        self, chat_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes a chat (FastGPT marks it deleted; it no longer lists or loads)."""
        check = Check("delete_chat_history")
        plan = _endpoints.plan(
            "chat_history.delete_chat_history",
            _envelope.ignore,
            options=request_options(options, check.method),
            chat_id=check.string(chat_id, "chat_id"),
            app_id=self._app_id_for(check, app_id),
            idempotent=True,
        )
        await self._request(plan)

    async def clear_chat_histories(
        self, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes the app's chats; with an API key FastGPT deletes only those made through the API."""
        check = Check("clear_chat_histories")
        plan = _endpoints.plan(
            "chat_history.clear_chat_histories",
            _envelope.ignore,
            options=request_options(options, check.method),
            app_id=self._app_id_for(check, app_id),
            idempotent=True,
        )
        await self._request(plan)

    async def delete_chat_histories(
        self, chat_ids: Sequence[str], *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes several chats at once, for good (needs log permission on the app)."""
        from fastgpt_api.models import BatchDeleteChatHistoriesRequest

        check = Check("delete_chat_histories")
        opts = request_options(options, check.method)
        body = _endpoints.model(
            BatchDeleteChatHistoriesRequest,
            chat_ids=check.string_list(chat_ids, "chat_ids", non_empty=True),
            app_id=self._app_id_for(check, app_id),
        )
        plan = _endpoints.plan(
            "chat_history.batch_delete_chat_histories",
            _envelope.ignore,
            options=opts,
            body=body,
            idempotent=True,
        )
        await self._request(plan)

    async def get_chat_records(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        offset: int = 0,
        page_size: int = PAGE_SIZE,
        load_custom_feedbacks: bool | None = None,
        include_deleted: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[ChatRecord]:
        """One page of a chat's messages; each `value` item is a typed model.

        As in FastGPT, `offset` counts back from the newest message (`offset=0` is the latest
        page) and the messages of a page are in chronological order. `include_deleted=True`
        also lists deleted messages (FastGPT 4.16; older servers ignore it).
        """
        check = Check("get_chat_records")
        flags = (load_custom_feedbacks, include_deleted)
        start, page = self._record_pages(
            check, chat_id, app_id, offset, page_size, flags, options, newest_first=False
        )
        return await self._request(page(start))

    def iter_chat_records(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        offset: int = 0,
        page_size: int = PAGE_SIZE,
        load_custom_feedbacks: bool | None = None,
        include_deleted: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ChatRecord]:
        """Every message of a chat, newest first, skipping the `offset` newest; see `get_chat_records`."""
        check = Check("iter_chat_records")
        flags = (load_custom_feedbacks, include_deleted)
        start, page = self._record_pages(
            check, chat_id, app_id, offset, page_size, flags, options, newest_first=True
        )
        return self._paginate(page, start)

    async def get_record_detail(
        self, chat_id: str, data_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> list[NodeResponse]:
        """What each workflow node did for one answer (`[]` for a user message)."""
        from fastgpt_api.models import NodeResponse

        check = Check("get_record_detail")
        plan = _endpoints.plan(
            "chat_record.get_record_detail",
            _envelope.list_of(NodeResponse),
            options=request_options(options, check.method),
            chat_id=check.string(chat_id, "chat_id"),
            data_id=check.string(data_id, "data_id"),
            app_id=self._app_id_for(check, app_id),
            idempotent=True,
        )
        return await self._request(plan)

    async def delete_chat_record(
        self, chat_id: str, content_id: str, *, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes one message of a chat; `content_id` is the record's `data_id`.

        Sent to the route of FastGPT 4.14.11+; a server without it ("no such route": nothing was
        deleted) gets the call once more on its older route, which this client then keeps using.
        """
        from fastgpt_api.models import DeleteChatRecordLegacyRequest, DeleteChatRecordRequest

        check = Check("delete_chat_record")
        opts = request_options(options, check.method)
        app, chat = self._app_id_for(check, app_id), check.string(chat_id, "chat_id")
        fields = {"app_id": app, "chat_id": chat, "content_id": check.string(content_id, "content_id")}
        legacy = _endpoints.plan(
            "chat_record.delete_chat_record_legacy",
            _envelope.ignore,
            options=opts,
            body=_endpoints.model(DeleteChatRecordLegacyRequest, **fields),
            idempotent=True,
        )
        plan = _endpoints.plan(
            "chat_record.delete_chat_record",
            _envelope.ignore,
            options=opts,
            body=_endpoints.model(DeleteChatRecordRequest, **fields),
            idempotent=True,
        )
        await self._request(replace(plan, fallback=legacy))

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
        from fastgpt_api.models import UpdateFeedbackRequest

        check = Check("send_feedback")
        opts = request_options(options, check.method)
        good_text = _feedback_text(check, good, "good")
        bad_text = _feedback_text(check, bad, "bad")
        # Absent fields are left out, not sent as null: FastGPT unsets a feedback that is absent.
        body = _endpoints.model(
            UpdateFeedbackRequest,
            app_id=self._app_id_for(check, app_id),
            chat_id=check.string(chat_id, "chat_id"),
            data_id=check.string(data_id, "data_id"),
            user_good_feedback=good_text,
            user_bad_feedback=bad_text,
        )
        plan = _endpoints.plan(
            "chat_record.update_user_feedback", _envelope.ignore, options=opts, body=body, idempotent=True
        )
        await self._request(plan)

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
        from fastgpt_api.models import QuestionGuideConfig, QuestionGuideRequest

        check = Check("get_suggested_questions")
        opts = request_options(options, check.method)
        guide_model = check.optional_string(model, "model")
        prompt = check.optional_string(custom_prompt, "custom_prompt")
        guide = None
        if guide_model is not None or prompt is not None:
            guide = _endpoints.model(QuestionGuideConfig, open_=True, model=guide_model, custom_prompt=prompt)
        body = _endpoints.model(
            QuestionGuideRequest,
            app_id=self._app_id_for(check, app_id),
            chat_id=check.string(chat_id, "chat_id"),
            question_guide=guide,
        )
        # Each call runs a model and is billed: not retried after a broken read.
        plan = _endpoints.plan(
            "chat_record.create_question_guide", _envelope.strings_of, options=opts, body=body
        )
        return await self._request(plan)

    def _history_pages(
        self,
        check: Check,
        app_id: str | None,
        offset: int,
        page_size: int,
        source: object,
        times: tuple[object, object, object, object],
        options: Mapping[str, Any],
    ) -> tuple[int, Callable[[int], RequestPlan[Page[ChatHistory]]]]:
        """Checks the arguments of `get_`/`iter_chat_histories` once; returns the start offset
        and the plan of the page at an offset."""
        from fastgpt_api.models import ChatHistory, ChatHistoryListRequest
        from fastgpt_api.models.chat_source import CHAT_SOURCE_VALUES

        opts = request_options(options, check.method)
        app = self._app_id_for(check, app_id)
        start, size = check.page(offset, page_size)
        checked_source = check.optional_one_of(source, "source", sorted(CHAT_SOURCE_VALUES))
        names = ("start_create_time", "end_create_time", "start_update_time", "end_update_time")
        filters = {
            name: check.optional_iso_time(value, name) for name, value in zip(names, times, strict=True)
        }

        def page(at: int) -> RequestPlan[Page[ChatHistory]]:
            body = _endpoints.model(
                ChatHistoryListRequest,
                app_id=app,
                offset=at,
                page_size=size,
                source=checked_source,
                **filters,
            )
            return _endpoints.plan(
                "chat_history.get_chat_histories",
                _envelope.page_of(ChatHistory, at),
                options=opts,
                body=body,
                idempotent=True,
            )

        return start, page

    def _record_pages(
        self,
        check: Check,
        chat_id: str,
        app_id: str | None,
        offset: int,
        page_size: int,
        flags: tuple[bool | None, bool | None],
        options: Mapping[str, Any],
        *,
        newest_first: bool,
    ) -> tuple[int, Callable[[int], RequestPlan[Page[ChatRecord]]]]:
        """Checks the arguments of `get_`/`iter_chat_records` once; returns the start offset and
        the plan of the page at an offset.

        FastGPT counts `offset` back from the newest record and returns each page oldest first;
        `newest_first` reverses each page, so that walking the offsets goes steadily back in time.
        """
        from fastgpt_api.models import ChatRecord, ChatRecordListRequest

        opts = request_options(options, check.method)
        chat = check.string(chat_id, "chat_id")
        app = self._app_id_for(check, app_id)
        start, size = check.page(offset, page_size)
        feedbacks = check.optional_boolean(flags[0], "load_custom_feedbacks")
        deleted = check.optional_boolean(flags[1], "include_deleted")

        def page(at: int) -> RequestPlan[Page[ChatRecord]]:
            body = _endpoints.model(
                ChatRecordListRequest,
                app_id=app,
                chat_id=chat,
                offset=at,
                page_size=size,
                load_custom_feedbacks=feedbacks,
                include_deleted=deleted,
            )
            return _endpoints.plan(
                "chat_record.get_chat_records",
                _envelope.page_of(ChatRecord, at, reverse=newest_first),
                options=opts,
                body=body,
                idempotent=True,
            )

        return start, page


def _feedback_text(check: Check, value: object, name: str) -> str | None:
    """What FastGPT stores for a feedback argument; None (left out of the body) clears it."""
    if value is None or value is False:
        return None
    if value is True:
        return "yes"  # what FastGPT's own chat window stores for a bare thumbs-up/down
    if isinstance(value, str):
        return value or None
    raise check.wrong_type(name, "a string, True or None", value)
