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

T = TypeVar("T", bound="ChatHistoryListRequest")


@_attrs_define
class ChatHistoryListRequest:
    """Which chats to list (newest and pinned first)."""

    app_id: str
    """ The app whose chats to list. """
    offset: int | None = None
    """ How many chats to skip. """
    page_num: int | None = None
    """ The page number (from 1), instead of `offset` (4.14.7.2+; the SDK pages by `offset`). """
    page_size: int | None = None
    """ How many chats to return. """
    source: ChatSource | None = None
    """ Where the chat came from (FastGPT 4.16's `ChatSourceEnum`). `wechat` is new in 4.14.9.1 (older servers
    reject it); `team` (team-space chats) was removed in 4.14.9.1 and 4.16 rejects it. """
    start_create_time: str | None = None
    """ Only chats created at or after this ISO time. """
    end_create_time: str | None = None
    """ Only chats created at or before this ISO time. """
    start_update_time: str | None = None
    """ Only chats updated at or after this ISO time. """
    end_update_time: str | None = None
    """ Only chats updated at or before this ISO time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        self_offset = UNSET if self.offset is None else self.offset
        offset = self_offset

        self_page_num = UNSET if self.page_num is None else self.page_num
        page_num = self_page_num

        self_page_size = UNSET if self.page_size is None else self.page_size
        page_size = self_page_size

        self_source = UNSET if self.source is None else self.source
        source: str | Unset = UNSET
        if not isinstance(self_source, Unset):
            source = self_source

        self_start_create_time = (
            UNSET if self.start_create_time is None else self.start_create_time
        )
        start_create_time = self_start_create_time

        self_end_create_time = (
            UNSET if self.end_create_time is None else self.end_create_time
        )
        end_create_time = self_end_create_time

        self_start_update_time = (
            UNSET if self.start_update_time is None else self.start_update_time
        )
        start_update_time = self_start_update_time

        self_end_update_time = (
            UNSET if self.end_update_time is None else self.end_update_time
        )
        end_update_time = self_end_update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if page_num is not UNSET:
            field_dict["pageNum"] = page_num
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if source is not UNSET:
            field_dict["source"] = source
        if start_create_time is not UNSET:
            field_dict["startCreateTime"] = start_create_time
        if end_create_time is not UNSET:
            field_dict["endCreateTime"] = end_create_time
        if start_update_time is not UNSET:
            field_dict["startUpdateTime"] = start_update_time
        if end_update_time is not UNSET:
            field_dict["endUpdateTime"] = end_update_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        offset = d.pop("offset", UNSET)

        page_num = d.pop("pageNum", UNSET)

        page_size = d.pop("pageSize", UNSET)

        _source = d.pop("source", UNSET)
        source: ChatSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_chat_source(_source)

        start_create_time = d.pop("startCreateTime", UNSET)

        end_create_time = d.pop("endCreateTime", UNSET)

        start_update_time = d.pop("startUpdateTime", UNSET)

        end_update_time = d.pop("endUpdateTime", UNSET)

        chat_history_list_request = cls(
            app_id=app_id,
            offset=None if isinstance(offset, Unset) else offset,
            page_num=None if isinstance(page_num, Unset) else page_num,
            page_size=None if isinstance(page_size, Unset) else page_size,
            source=None if isinstance(source, Unset) else source,
            start_create_time=None
            if isinstance(start_create_time, Unset)
            else start_create_time,
            end_create_time=None
            if isinstance(end_create_time, Unset)
            else end_create_time,
            start_update_time=None
            if isinstance(start_update_time, Unset)
            else start_update_time,
            end_update_time=None
            if isinstance(end_update_time, Unset)
            else end_update_time,
        )

        chat_history_list_request.additional_properties = d
        return chat_history_list_request

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


ChatHistoryListRequestDict = TypedDict(
    "ChatHistoryListRequestDict",
    {
        "appId": "Required[str]",
        "offset": "int",
        "pageNum": "int",
        "pageSize": "int",
        "source": "ChatSource",
        "startCreateTime": "str",
        "endCreateTime": "str",
        "startUpdateTime": "str",
        "endUpdateTime": "str",
    },
    total=False,
)
"""`ChatHistoryListRequest` as a plain dict, with FastGPT's field names."""
