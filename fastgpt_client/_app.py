"""`AppClient` and `AsyncAppClient`: an app's analytics.

FastGPT serves these from its commercial edition: the open-source server forwards
`/api/proApi/**` to the commercial service and, with none configured, answers
`{"code": 500, "statusText": "error", "message": "未配置商业版链接: <path>"}` ("no commercial
edition link configured"). That answer (or a 404 from a server without the route) becomes a
`NotFoundError` saying so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar, Unpack

from . import _conversations as conv
from ._base_client import AsyncAPIClient, BaseClient, RequestPlan, SyncAPIClient, split_options
from ._json import as_mapping
from ._types import RequestOptions
from .exceptions import APIStatusError, NotFoundError

if TYPE_CHECKING:
    from fastgpt_api.models import AppChartData, AppTotalData
    from fastgpt_api.models.chat_source import ChatSource

__all__ = ["AppClient", "AsyncAppClient"]

T = TypeVar("T")

Timespan: TypeAlias = Literal["day", "week", "month", "quarter"]
_TIMESPANS = ("day", "week", "month", "quarter")
_NO_COMMERCIAL_EDITION = "未配置商业版链接"


def _date(value: object, name: str, method: str) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        return value
    raise TypeError(f"{method}() needs {name} as a date, a datetime or an ISO string, not {value!r}.")


def _timespan(value: object, name: str, method: str) -> Timespan:
    if value not in _TIMESPANS:
        raise ValueError(f"{method}() needs {name} as one of {', '.join(_TIMESPANS)}, not {value!r}.")
    span: Timespan = value  # type: ignore[assignment]
    return span


def chart_plan(
    client: BaseClient,
    app_id: str | None,
    *,
    date_start: dt.date | str,
    date_end: dt.date | str,
    sources: Sequence[ChatSource] | None,
    timespan: Timespan,
    utc_offset: int | None,
    options: Mapping[str, Any],
) -> RequestPlan[AppChartData]:
    from fastgpt_api.api.app import get_app_chart_data
    from fastgpt_api.models import AppChartDataEnvelope, AppChartRequest
    from fastgpt_api.types import UNSET, Unset

    method = "get_app_logs_chart"
    request_options = split_options(options, conv.REQUEST_KEYS, method)
    app = client._require_app_id(conv.optional_str(app_id, "app_id", method), method)  # pyright: ignore[reportPrivateUsage]
    span = _timespan(timespan, "timespan", method)
    checked_sources: list[ChatSource] | Unset = UNSET
    if sources is not None:
        if isinstance(sources, str):
            raise TypeError(f"{method}() needs sources as a list, e.g. ['api'], not a string.")
        checked_sources = [conv.check_source(source, method) for source in sources]  # type: ignore[misc]
    offset = UNSET if utc_offset is None else conv.check_int(utc_offset, "utc_offset", method, minimum=-12)
    body = AppChartRequest(
        app_id=app,
        date_start=_date(date_start, "date_start", method),
        date_end=_date(date_end, "date_end", method),
        source=checked_sources,
        offset=offset,
        user_timespan=span,
        chat_timespan=span,
        app_timespan=span,
    )

    def parse(data: Any) -> AppChartData:
        from fastgpt_api.models import AppChartData

        chart = AppChartDataEnvelope.from_dict(conv.without_null_data(data)).data
        return AppChartData() if isinstance(chart, Unset) else chart

    kwargs: dict[str, Any] = get_app_chart_data._get_kwargs(body=body)  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(kwargs, parse, options=request_options, idempotent=True)


def total_plan(
    client: BaseClient, app_id: str | None, options: Mapping[str, Any]
) -> RequestPlan[AppTotalData]:
    from fastgpt_api.api.app import get_app_total_data
    from fastgpt_api.models import AppTotalDataEnvelope
    from fastgpt_api.types import Unset

    method = "get_app_total_data"
    request_options = split_options(options, conv.REQUEST_KEYS, method)
    app = client._require_app_id(conv.optional_str(app_id, "app_id", method), method)  # pyright: ignore[reportPrivateUsage]

    def parse(data: Any) -> AppTotalData:
        from fastgpt_api.models import AppTotalData

        total = AppTotalDataEnvelope.from_dict(conv.without_null_data(data)).data
        return AppTotalData() if isinstance(total, Unset) else total

    kwargs: dict[str, Any] = get_app_total_data._get_kwargs(app_id=app)  # pyright: ignore[reportPrivateUsage]
    return RequestPlan(kwargs, parse, options=request_options, idempotent=True)


def commercial_edition_error(error: APIStatusError, method: str) -> APIStatusError:
    """`error`, or a `NotFoundError` explaining that the route needs the commercial edition."""
    said = str(as_mapping(error.body).get("message") or "")
    route_missing = error.status_code == 404 or error.code == 404
    if _NO_COMMERCIAL_EDITION not in said and not route_missing:
        return error
    return NotFoundError(
        f"{method}() needs FastGPT's commercial edition: this server has no commercial service "
        f"configured, so it does not serve the app analytics routes (it said: {said or error.message!r}).",
        response=error.response,
        body=error.body,
        code=error.code,
        status_text=error.status_text,
    )


class AppClient(SyncAPIClient):
    """An app's analytics (FastGPT commercial edition). Same constructor as `ChatClient`."""

    def get_app_logs_chart(
        self,
        app_id: str | None = None,
        *,
        date_start: dt.date | str,
        date_end: dt.date | str,
        sources: Sequence[ChatSource] | None = None,
        timespan: Timespan = "day",
        utc_offset: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AppChartData:
        """Users, chats and AI points of the app per `timespan` between the two dates.

        **Commercial edition only**: an open-source FastGPT raises `NotFoundError` saying so.
        `sources` keeps some channels (`["api", "online"]`); `utc_offset` is your time zone's
        offset in hours, for the buckets' boundaries.
        """
        plan = chart_plan(
            self,
            app_id,
            date_start=date_start,
            date_end=date_end,
            sources=sources,
            timespan=timespan,
            utc_offset=utc_offset,
            options=options,
        )
        return self._commercial(plan, "get_app_logs_chart")

    def get_app_total_data(
        self, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> AppTotalData:
        """The app's total users, chats and AI points.

        **Commercial edition only**: an open-source FastGPT raises `NotFoundError` saying so.
        """
        return self._commercial(total_plan(self, app_id, options), "get_app_total_data")

    def _commercial(self, plan: RequestPlan[T], method: str) -> T:
        try:
            return self._request(plan)
        except APIStatusError as error:
            raise commercial_edition_error(error, method) from None


class AsyncAppClient(AsyncAPIClient):
    """The async twin of `AppClient`; every method is awaited."""

    async def get_app_logs_chart(
        self,
        app_id: str | None = None,
        *,
        date_start: dt.date | str,
        date_end: dt.date | str,
        sources: Sequence[ChatSource] | None = None,
        timespan: Timespan = "day",
        utc_offset: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AppChartData:
        """Users, chats and AI points over time; see `AppClient.get_app_logs_chart` (commercial edition)."""
        plan = chart_plan(
            self,
            app_id,
            date_start=date_start,
            date_end=date_end,
            sources=sources,
            timespan=timespan,
            utc_offset=utc_offset,
            options=options,
        )
        return await self._commercial(plan, "get_app_logs_chart")

    async def get_app_total_data(
        self, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> AppTotalData:
        """The app's totals; see `AppClient.get_app_total_data` (commercial edition)."""
        return await self._commercial(total_plan(self, app_id, options), "get_app_total_data")

    async def _commercial(self, plan: RequestPlan[T], method: str) -> T:
        try:
            return await self._request(plan)
        except APIStatusError as error:
            raise commercial_edition_error(error, method) from None
