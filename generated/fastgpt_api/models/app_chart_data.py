from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chart_point import ChartPoint


T = TypeVar("T", bound="AppChartData")


@_attrs_define
class AppChartData:
    """An app's usage over time (commercial edition)."""

    user_data: list[ChartPoint] | None = None
    """ Users per bucket. """
    chat_data: list[ChartPoint] | None = None
    """ Chats per bucket. """
    app_data: list[ChartPoint] | None = None
    """ App figures per bucket. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_user_data = UNSET if self.user_data is None else self.user_data
        user_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_user_data, Unset):
            user_data = []
            for user_data_item_data in self_user_data:
                user_data_item = user_data_item_data.to_dict()
                user_data.append(user_data_item)

        self_chat_data = UNSET if self.chat_data is None else self.chat_data
        chat_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_chat_data, Unset):
            chat_data = []
            for chat_data_item_data in self_chat_data:
                chat_data_item = chat_data_item_data.to_dict()
                chat_data.append(chat_data_item)

        self_app_data = UNSET if self.app_data is None else self.app_data
        app_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_app_data, Unset):
            app_data = []
            for app_data_item_data in self_app_data:
                app_data_item = app_data_item_data.to_dict()
                app_data.append(app_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if chat_data is not UNSET:
            field_dict["chatData"] = chat_data
        if app_data is not UNSET:
            field_dict["appData"] = app_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chart_point import ChartPoint

        d = dict(src_dict)
        _user_data = d.pop("userData", UNSET)
        user_data: list[ChartPoint] | Unset = UNSET
        if _user_data is not UNSET:
            user_data = []
            for user_data_item_data in _user_data:
                user_data_item = ChartPoint.from_dict(user_data_item_data)

                user_data.append(user_data_item)

        _chat_data = d.pop("chatData", UNSET)
        chat_data: list[ChartPoint] | Unset = UNSET
        if _chat_data is not UNSET:
            chat_data = []
            for chat_data_item_data in _chat_data:
                chat_data_item = ChartPoint.from_dict(chat_data_item_data)

                chat_data.append(chat_data_item)

        _app_data = d.pop("appData", UNSET)
        app_data: list[ChartPoint] | Unset = UNSET
        if _app_data is not UNSET:
            app_data = []
            for app_data_item_data in _app_data:
                app_data_item = ChartPoint.from_dict(app_data_item_data)

                app_data.append(app_data_item)

        app_chart_data = cls(
            user_data=None if isinstance(user_data, Unset) else user_data,
            chat_data=None if isinstance(chat_data, Unset) else chat_data,
            app_data=None if isinstance(app_data, Unset) else app_data,
        )

        app_chart_data.additional_properties = d
        return app_chart_data

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


if TYPE_CHECKING:
    from ..models.chart_point import ChartPointDict


AppChartDataDict = TypedDict(
    "AppChartDataDict",
    {
        "userData": "list[ChartPointDict]",
        "chatData": "list[ChartPointDict]",
        "appData": "list[ChartPointDict]",
    },
    total=False,
)
"""`AppChartData` as a plain dict, with FastGPT's field names."""
