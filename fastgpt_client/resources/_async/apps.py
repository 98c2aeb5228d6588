"""An app's analytics: `get_app_logs_chart`, `get_app_total_data`.

FastGPT serves these from its commercial edition: the open-source server forwards
`/api/proApi/**` to the commercial service and, with none configured, answers
`{"code": 500, "statusText": "error", "message": "未配置商业版链接: <path>"}` ("no commercial
edition link configured"). That answer (or a 404 from a server without the route) becomes a
`NotFoundError` saying so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar, Unpack

from ... import _endpoints, _envelope
from ..._check import Check
from ..._json import as_mapping
from ..._plan import RequestPlan, request_options
from ...exceptions import APIStatusError, NotFoundError
from ...types.options import RequestOptions
from ._client import AsyncAPIClient

if TYPE_CHECKING:
    from fastgpt_api.models import AppChartData, AppTotalData
    from fastgpt_api.models.chart_timespan import ChartTimespan
    from fastgpt_api.models.chat_source import ChatSource

T = TypeVar("T")

_NO_COMMERCIAL_EDITION = "未配置商业版链接"


class AsyncAppsAPI(AsyncAPIClient):
    """An app's analytics (FastGPT commercial edition)."""

    async def get_app_logs_chart(
        self,
        app_id: str | None = None,
        *,
        date_start: dt.date | str,
        date_end: dt.date | str,
        sources: Sequence[ChatSource] | None = None,
        timespan: ChartTimespan = "day",
        utc_offset: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AppChartData:
        """Users, chats and AI points of the app per `timespan` between the two dates.

        **Commercial edition only**: an open-source FastGPT raises `NotFoundError` saying so.
        `sources` keeps some channels (`["api", "online"]`); `utc_offset` is your time zone's
        offset in hours, for the buckets' boundaries.
        """
        from fastgpt_api.models import AppChartData, AppChartRequest
        from fastgpt_api.models.chart_timespan import CHART_TIMESPAN_VALUES
        from fastgpt_api.models.chat_source import CHAT_SOURCE_VALUES

        check = Check("get_app_logs_chart")
        span = check.one_of(timespan, "timespan", sorted(CHART_TIMESPAN_VALUES))
        checked_sources = None
        if sources is not None:
            names = check.string_list(sources, "sources")
            checked_sources = [check.one_of(name, "sources", sorted(CHAT_SOURCE_VALUES)) for name in names]
        body = _endpoints.model(
            AppChartRequest,
            app_id=self._app_id_for(check, app_id),
            date_start=check.iso_time(date_start, "date_start"),
            date_end=check.iso_time(date_end, "date_end"),
            source=checked_sources,
            offset=check.optional_integer(utc_offset, "utc_offset", minimum=-12, maximum=14),
            user_timespan=span,
            chat_timespan=span,
            app_timespan=span,
        )
        plan = _endpoints.plan(
            "app.get_app_chart_data",
            _envelope.model_of(AppChartData, default=AppChartData),
            options=request_options(options, check.method),
            body=body,
            idempotent=True,
        )
        return await self._commercial(plan, check.method)

    async def get_app_total_data(
        self, app_id: str | None = None, **options: Unpack[RequestOptions]
    ) -> AppTotalData:
        """The app's total users, chats and AI points.

        **Commercial edition only**: an open-source FastGPT raises `NotFoundError` saying so.
        """
        from fastgpt_api.models import AppTotalData

        check = Check("get_app_total_data")
        plan = _endpoints.plan(
            "app.get_app_total_data",
            _envelope.model_of(AppTotalData, default=AppTotalData),
            options=request_options(options, check.method),
            app_id=self._app_id_for(check, app_id),
            idempotent=True,
        )
        return await self._commercial(plan, check.method)

    async def _commercial(self, plan: RequestPlan[T], method: str) -> T:
        try:
            return await self._request(plan)
        except APIStatusError as error:
            raise commercial_edition_error(error, method) from None


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
