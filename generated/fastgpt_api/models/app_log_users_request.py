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

from ..models.chat_source import ChatSource, check_chat_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppLogUsersRequest")


@_attrs_define
class AppLogUsersRequest:
    """Whose chats to count."""

    app_id: str
    """ The app. """
    date_start: str
    """ Chats updated from (ISO time). """
    date_end: str
    """ Chats updated until (ISO time). """
    search_key: str | None = None
    """ Keep users whose name contains this. """
    sources: list[ChatSource] | None = None
    """ Keep these channels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        date_start = self.date_start

        date_end = self.date_end

        self_search_key = UNSET if self.search_key is None else self.search_key
        search_key = self_search_key

        self_sources = UNSET if self.sources is None else self.sources
        sources: list[str] | Unset = UNSET
        if not isinstance(self_sources, Unset):
            sources = []
            for sources_item_data in self_sources:
                sources_item: str = sources_item_data
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "dateStart": date_start,
                "dateEnd": date_end,
            }
        )
        if search_key is not UNSET:
            field_dict["searchKey"] = search_key
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        date_start = d.pop("dateStart")

        date_end = d.pop("dateEnd")

        search_key = d.pop("searchKey", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[ChatSource] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = check_chat_source(sources_item_data)

                sources.append(sources_item)

        app_log_users_request = cls(
            app_id=app_id,
            date_start=date_start,
            date_end=date_end,
            search_key=None if isinstance(search_key, Unset) else search_key,
            sources=None if isinstance(sources, Unset) else sources,
        )

        app_log_users_request.additional_properties = d
        return app_log_users_request

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


AppLogUsersRequestDict = TypedDict(
    "AppLogUsersRequestDict",
    {
        "appId": "Required[str]",
        "dateStart": "Required[str]",
        "dateEnd": "Required[str]",
        "searchKey": "str",
        "sources": "list[ChatSource]",
    },
    total=False,
)
"""`AppLogUsersRequest` as a plain dict, with FastGPT's field names."""
