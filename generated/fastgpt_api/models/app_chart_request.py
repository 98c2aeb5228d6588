from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chart_timespan import ChartTimespan, check_chart_timespan
from ..models.chat_source import ChatSource, check_chat_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppChartRequest")


@_attrs_define
class AppChartRequest:
    """Which period and buckets to chart (4.16 requires the three timespans)."""

    app_id: str
    """ The app. """
    date_start: str
    """ Start (ISO date or time). """
    date_end: str
    """ End (ISO date or time). """
    user_timespan: ChartTimespan
    """ The bucket size. """
    chat_timespan: ChartTimespan
    """ The bucket size. """
    app_timespan: ChartTimespan
    """ The bucket size. """
    source: list[ChatSource] | None = None
    """ Chat sources to include. """
    offset: int | None = None
    """ Time-zone offset in hours. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        date_start = self.date_start

        date_end = self.date_end

        user_timespan: str = self.user_timespan

        chat_timespan: str = self.chat_timespan

        app_timespan: str = self.app_timespan

        self_source = UNSET if self.source is None else self.source
        source: list[str] | Unset = UNSET
        if not isinstance(self_source, Unset):
            source = []
            for source_item_data in self_source:
                source_item: str = source_item_data
                source.append(source_item)

        self_offset = UNSET if self.offset is None else self.offset
        offset = self_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "dateStart": date_start,
                "dateEnd": date_end,
                "userTimespan": user_timespan,
                "chatTimespan": chat_timespan,
                "appTimespan": app_timespan,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        date_start = d.pop("dateStart")

        date_end = d.pop("dateEnd")

        user_timespan = check_chart_timespan(d.pop("userTimespan"))

        chat_timespan = check_chart_timespan(d.pop("chatTimespan"))

        app_timespan = check_chart_timespan(d.pop("appTimespan"))

        _source = d.pop("source", UNSET)
        source: list[ChatSource] | Unset = UNSET
        if _source is not UNSET:
            source = []
            for source_item_data in _source:
                source_item = check_chat_source(source_item_data)

                source.append(source_item)

        offset = d.pop("offset", UNSET)

        app_chart_request = cls(
            app_id=app_id,
            date_start=date_start,
            date_end=date_end,
            user_timespan=user_timespan,
            chat_timespan=chat_timespan,
            app_timespan=app_timespan,
            source=None if isinstance(source, Unset) else source,
            offset=None if isinstance(offset, Unset) else offset,
        )

        app_chart_request.additional_properties = d
        return app_chart_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


AppChartRequestDict = TypedDict(
    "AppChartRequestDict",
    {
        "appId": "Required[str]",
        "dateStart": "Required[str]",
        "dateEnd": "Required[str]",
        "userTimespan": "Required[ChartTimespan]",
        "chatTimespan": "Required[ChartTimespan]",
        "appTimespan": "Required[ChartTimespan]",
        "source": "list[ChatSource]",
        "offset": "int",
    },
    total=False,
)
"""`AppChartRequest` as a plain dict, with FastGPT's field names."""
