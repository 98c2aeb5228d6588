"""A chat's messages by cursor (FastGPT's `core/chat/record/getRecords_v2`): the page around one
message, or before or after one, and iterators that walk either way from there.

Offsets (`get_chat_records`) shift when a message arrives or is deleted; a cursor is a message's
`data_id`, so scrolling a long history both ways stays stable. FastGPT 4.14.5 has this route too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack

from ... import _endpoints, _envelope
from ..._check import Check
from ..._plan import RequestPlan, request_options
from ...types.cursor import CursorPage
from ...types.options import RequestOptions
from ._client import AsyncAPIClient, Cursor

if TYPE_CHECKING:
    from fastgpt_api.models import ChatRecord

CURSOR_PAGE_SIZE = 10
"""The `page_size` of `get_chat_records_by_cursor`/`iter_chat_records_by_cursor` (FastGPT's default)."""
_RECORD_IDS = ("dataId", "id")


class AsyncChatRecordsAPI(AsyncAPIClient):
    """A chat's messages, paged by cursor."""

    async def get_chat_records_by_cursor(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        around: str | None = None,
        before: str | None = None,
        after: str | None = None,
        page_size: int = CURSOR_PAGE_SIZE,
        load_custom_feedbacks: bool | None = None,
        include_deleted: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[ChatRecord]:
        """One page of a chat's messages, oldest first.

        Without a cursor: the newest `page_size`. `around=data_id`: that message with about half a
        page on each side; `before=data_id` / `after=data_id`: up to `page_size` messages before or
        after it (give at most one of the three). The page's `has_more_prev`/`has_more_next` say
        whether there is more each way, and `first_id`/`last_id` are the cursors to ask for it.
        A cursor that is not a message of this chat is an error from FastGPT ("... item not found").
        """
        check = Check("get_chat_records_by_cursor")
        cursors = {"around": around, "before": before, "after": after}
        given = {name: check.string(value, name) for name, value in cursors.items() if value is not None}
        if len(given) > 1:
            raise check.fail(" and ".join(given), "not be given together: pass one cursor", show=False)
        plan_at = self._record_cursor_pages(
            check, chat_id, app_id, page_size, (load_custom_feedbacks, include_deleted), options
        )
        kind, cursor = next(iter(given.items()), ("before", None))
        return await self._request(plan_at(kind, cursor))

    def iter_chat_records_by_cursor(
        self,
        chat_id: str,
        *,
        app_id: str | None = None,
        start: str | None = None,
        direction: Literal["older", "newer"] = "older",
        page_size: int = CURSOR_PAGE_SIZE,
        load_custom_feedbacks: bool | None = None,
        include_deleted: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ChatRecord]:
        """Every message from a cursor on, one `page_size` request at a time.

        `direction="older"` walks back in time, newest first: from the newest message, or from
        the one before `start`. `direction="newer"` walks forward in time from the message after
        `start` (which it needs). `start` itself is not yielded.
        """
        check = Check("iter_chat_records_by_cursor")
        way = check.one_of(direction, "direction", ["older", "newer"])
        first = check.optional_string(start, "start")
        if way == "newer" and first is None:
            raise check.fail(
                "start", "be a message's data_id with direction='newer' (the walk starts after it)", start
            )
        plan_at = self._record_cursor_pages(
            check, chat_id, app_id, page_size, (load_custom_feedbacks, include_deleted), options
        )
        kind = "before" if way == "older" else "after"

        def page(cursor: Cursor | None) -> RequestPlan[CursorPage[ChatRecord]]:
            return plan_at(kind, cursor[0] if cursor is not None else None)

        return self._walk(page, (first, None) if first is not None else None, backward=way == "older")

    def _record_cursor_pages(
        self,
        check: Check,
        chat_id: str,
        app_id: str | None,
        page_size: int,
        flags: tuple[bool | None, bool | None],
        options: Mapping[str, Any],
    ) -> Callable[[str, str | None], RequestPlan[CursorPage[ChatRecord]]]:
        """Checks the arguments once; returns the plan of the page at a cursor (`around`, `before`
        or `after` a message; no cursor: the newest page)."""
        from fastgpt_api.models import ChatRecord, ChatRecordsV2Request

        opts = request_options(options, check.method)
        chat = check.string(chat_id, "chat_id")
        app = self._app_id_for(check, app_id)
        size = check.integer(page_size, "page_size", minimum=1)
        feedbacks = check.optional_boolean(flags[0], "load_custom_feedbacks")
        deleted = check.optional_boolean(flags[1], "include_deleted")

        def plan(kind: str, cursor: str | None) -> RequestPlan[CursorPage[ChatRecord]]:
            body = _endpoints.model(
                ChatRecordsV2Request,
                app_id=app,
                chat_id=chat,
                page_size=size,
                initial_id=cursor if kind == "around" else None,
                prev_id=cursor if kind == "before" else None,
                next_id=cursor if kind == "after" else None,
                load_custom_feedbacks=feedbacks,
                include_deleted=deleted,
            )
            return _endpoints.plan(
                "chat_record.get_chat_records_v2",
                _envelope.cursor_page_of(ChatRecord, _RECORD_IDS),
                options=opts,
                body=body,
                idempotent=True,
            )

        return plan
