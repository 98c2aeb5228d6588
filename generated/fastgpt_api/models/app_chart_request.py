from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chart_timespan import ChartTimespan, check_chart_timespan
from ..models.chat_source import ChatSource, check_chat_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppChartRequest")


@_attrs_define
class AppChartRequest:
    """Which period and buckets to chart."""

    app_id: str
    """ The app. """
    date_start: str
    """ Start (ISO date or time). """
    date_end: str
    """ End (ISO date or time). """
    source: list[ChatSource] | Unset = UNSET
    """ Chat sources to include. """
    offset: int | Unset = UNSET
    """ Time-zone offset in hours. """
    user_timespan: ChartTimespan | Unset = UNSET
    """ The bucket size. """
    chat_timespan: ChartTimespan | Unset = UNSET
    """ The bucket size. """
    app_timespan: ChartTimespan | Unset = UNSET
    """ The bucket size. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        date_start = self.date_start

        date_end = self.date_end

        source: list[str] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = []
            for source_item_data in self.source:
                source_item: str = source_item_data
                source.append(source_item)

        offset = self.offset

        user_timespan: str | Unset = UNSET
        if not isinstance(self.user_timespan, Unset):
            user_timespan = self.user_timespan

        chat_timespan: str | Unset = UNSET
        if not isinstance(self.chat_timespan, Unset):
            chat_timespan = self.chat_timespan

        app_timespan: str | Unset = UNSET
        if not isinstance(self.app_timespan, Unset):
            app_timespan = self.app_timespan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "dateStart": date_start,
                "dateEnd": date_end,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if offset is not UNSET:
            field_dict["offset"] = offset
        if user_timespan is not UNSET:
            field_dict["userTimespan"] = user_timespan
        if chat_timespan is not UNSET:
            field_dict["chatTimespan"] = chat_timespan
        if app_timespan is not UNSET:
            field_dict["appTimespan"] = app_timespan

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        date_start = d.pop("dateStart")

        date_end = d.pop("dateEnd")

        _source = d.pop("source", UNSET)
        source: list[ChatSource] | Unset = UNSET
        if _source is not UNSET:
            source = []
            for source_item_data in _source:
                source_item = check_chat_source(source_item_data)

                source.append(source_item)

        offset = d.pop("offset", UNSET)

        _user_timespan = d.pop("userTimespan", UNSET)
        user_timespan: ChartTimespan | Unset
        if isinstance(_user_timespan, Unset):
            user_timespan = UNSET
        else:
            user_timespan = check_chart_timespan(_user_timespan)

        _chat_timespan = d.pop("chatTimespan", UNSET)
        chat_timespan: ChartTimespan | Unset
        if isinstance(_chat_timespan, Unset):
            chat_timespan = UNSET
        else:
            chat_timespan = check_chart_timespan(_chat_timespan)

        _app_timespan = d.pop("appTimespan", UNSET)
        app_timespan: ChartTimespan | Unset
        if isinstance(_app_timespan, Unset):
            app_timespan = UNSET
        else:
            app_timespan = check_chart_timespan(_app_timespan)

        app_chart_request = cls(
            app_id=app_id,
            date_start=date_start,
            date_end=date_end,
            source=source,
            offset=offset,
            user_timespan=user_timespan,
            chat_timespan=chat_timespan,
            app_timespan=app_timespan,
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
