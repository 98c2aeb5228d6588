"""An app's conversation logs: `list_app_logs`/`iter_app_logs` (`core/app/logs/list`) and
`get_app_log_users` (`core/app/logs/getUsers`), both in the open-source FastGPT.

They need log permission on the app. API keys may read the logs from FastGPT 4.14.11 (4.14.5's
handler takes a login token only, so a key gets `AuthenticationError` there); `getUsers` is new in
4.14.7 (an older server answers `NotFoundError`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack

from ... import _endpoints, _envelope
from ..._check import Check, TimeInput
from ..._plan import RequestPlan, request_options
from ...types.options import RequestOptions
from ...types.page import Page
from ._client import AsyncAPIClient

if TYPE_CHECKING:
    from fastgpt_api.models import AppLog, AppLogUser
    from fastgpt_api.models.chat_source import ChatSource

LOG_PAGE_SIZE = 20
"""The `page_size` of `list_app_logs`/`iter_app_logs` (FastGPT's default)."""
EARLIEST = "1970-01-01T00:00:00.000Z"
LATEST = "9999-12-31T23:59:59.999Z"
"""What `date_start`/`date_end` default to: FastGPT requires both, None means "no bound"."""
FeedbackFilter = Literal["all", "has_feedback", "good", "bad"]


class AsyncAppLogsAPI(AsyncAPIClient):
    """An app's conversation logs and their users."""

    async def list_app_logs(
        self,
        app_id: str | None = None,
        *,
        offset: int = 0,
        page_size: int = LOG_PAGE_SIZE,
        date_start: TimeInput | None = None,
        date_end: TimeInput | None = None,
        sources: Sequence[ChatSource] | None = None,
        member_ids: Sequence[str] | None = None,
        share_users: Sequence[str] | None = None,
        search: str | None = None,
        feedback: FeedbackFilter | None = None,
        unread_only: bool | None = None,
        errors_only: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Page[AppLog]:
        """One page of the app's chats, most recently updated first, with their message,
        feedback and error counts (`AppLog`).

        Filters: chats updated between `date_start` and `date_end` (None: no bound), `sources`
        (channels such as `["api", "share"]`), `member_ids` (team members' `tmb_id`),
        `share_users` (share-link users' `out_link_uid`), `search` (in the chat id or title),
        `feedback` (`"has_feedback"`, `"good"`, `"bad"`; with `unread_only=True` only unread
        feedback) and `errors_only=True` (chats with a failed run; FastGPT 4.16; False: every chat).
        """
        check = Check("list_app_logs")
        filters = (
            date_start,
            date_end,
            sources,
            member_ids,
            share_users,
            search,
            feedback,
            unread_only,
            errors_only,
        )
        start, page = self._log_pages(check, app_id, offset, page_size, filters, options)
        return await self._request(page(start))

    def iter_app_logs(
        self,
        app_id: str | None = None,
        *,
        offset: int = 0,
        page_size: int = LOG_PAGE_SIZE,
        date_start: TimeInput | None = None,
        date_end: TimeInput | None = None,
        sources: Sequence[ChatSource] | None = None,
        member_ids: Sequence[str] | None = None,
        share_users: Sequence[str] | None = None,
        search: str | None = None,
        feedback: FeedbackFilter | None = None,
        unread_only: bool | None = None,
        errors_only: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[AppLog]:
        """Every log entry from `offset` on, `page_size` at a time; see `list_app_logs`."""
        check = Check("iter_app_logs")
        filters = (
            date_start,
            date_end,
            sources,
            member_ids,
            share_users,
            search,
            feedback,
            unread_only,
            errors_only,
        )
        start, page = self._log_pages(check, app_id, offset, page_size, filters, options)
        return self._paginate(page, start)

    async def get_app_log_users(
        self,
        app_id: str | None = None,
        *,
        date_start: TimeInput | None = None,
        date_end: TimeInput | None = None,
        sources: Sequence[ChatSource] | None = None,
        search: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[AppLogUser]:
        """The users in the app's logs (team members and share-link users), most chats first (at
        most 50): each with `name`, `tmb_id` or `out_link_uid`, and `count` (chats)."""
        from fastgpt_api.models import AppLogUser, AppLogUsersRequest

        check = Check("get_app_log_users")
        body = _endpoints.model(
            AppLogUsersRequest,
            app_id=self._app_id_for(check, app_id),
            date_start=_bound(check, date_start, "date_start", EARLIEST),
            date_end=_bound(check, date_end, "date_end", LATEST),
            search_key=check.optional_string(search, "search"),
            sources=_sources(check, sources),
        )
        plan = _endpoints.plan(
            "app.get_app_log_users",
            _envelope.list_in("list", AppLogUser),
            options=request_options(options, check.method),
            body=body,
            idempotent=True,
        )
        return await self._request_since(plan, check.method, "4.14.7")

    def _log_pages(
        self,
        check: Check,
        app_id: str | None,
        offset: int,
        page_size: int,
        filters: tuple[Any, ...],
        options: Mapping[str, Any],
    ) -> tuple[int, Callable[[int], RequestPlan[Page[AppLog]]]]:
        """Checks the arguments once; returns the start offset and the plan of the page at an offset."""
        from fastgpt_api.models import AppLog, AppLogListRequest

        date_start, date_end, sources, member_ids, share_users, search, feedback, unread_only, errors_only = (
            filters
        )
        opts = request_options(options, check.method)
        start, size = check.page(offset, page_size)
        fields: dict[str, Any] = {
            "app_id": self._app_id_for(check, app_id),
            "date_start": _bound(check, date_start, "date_start", EARLIEST),
            "date_end": _bound(check, date_end, "date_end", LATEST),
            "sources": _sources(check, sources),
            "tmb_ids": check.optional_string_list(member_ids, "member_ids"),
            "out_link_uids": check.optional_string_list(share_users, "share_users"),
            "chat_search": check.optional_string(search, "search"),
            "feedback_type": check.optional_one_of(
                feedback, "feedback", ["all", "has_feedback", "good", "bad"]
            ),
            "unread_only": check.optional_boolean(unread_only, "unread_only"),
            "error_filter": _error_filter(check.optional_boolean(errors_only, "errors_only")),
        }

        def page(at: int) -> RequestPlan[Page[AppLog]]:
            body = _endpoints.model(AppLogListRequest, offset=at, page_size=size, **fields)
            return _endpoints.plan(
                "app.list_app_logs", _envelope.page_of(AppLog, at), options=opts, body=body, idempotent=True
            )

        return start, page


def _bound(check: Check, value: object, name: str, default: str) -> str:
    """A date bound as FastGPT reads it (`new Date(...)`): an aware datetime in UTC with a `Z`."""
    if value is None:
        return default
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return check.iso_time(value, name)


def _error_filter(errors_only: bool | None) -> str | None:
    """FastGPT's `errorFilter`: `has_error` keeps chats with a failed run, `all` every chat."""
    return None if errors_only is None else ("has_error" if errors_only else "all")


def _sources(check: Check, sources: object) -> list[str] | None:
    from fastgpt_api.models.chat_source import CHAT_SOURCE_VALUES

    if sources is None:
        return None
    names = check.string_list(sources, "sources")
    return [check.one_of(name, "sources", sorted(CHAT_SOURCE_VALUES)) for name in names]
