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

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatRecordsV2Request")


@_attrs_define
class ChatRecordsV2Request:
    """Which messages of a chat: the newest, or those around, before or after one."""

    app_id: str
    """ The app. """
    chat_id: str
    """ The chat. """
    page_size: int | None = None
    """ Messages per page (default 10). """
    initial_id: str | None = None
    """ Center the page on this message (`dataId`). """
    prev_id: str | None = None
    """ The messages before this one (`dataId`). """
    next_id: str | None = None
    """ The messages after this one (`dataId`). """
    load_custom_feedbacks: bool | None = None
    """ Include custom feedbacks and deletion times. """
    include_deleted: bool | None = None
    """ Include deleted messages (4.16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        chat_id = self.chat_id

        self_page_size = UNSET if self.page_size is None else self.page_size
        page_size = self_page_size

        self_initial_id = UNSET if self.initial_id is None else self.initial_id
        initial_id = self_initial_id

        self_prev_id = UNSET if self.prev_id is None else self.prev_id
        prev_id = self_prev_id

        self_next_id = UNSET if self.next_id is None else self.next_id
        next_id = self_next_id

        self_load_custom_feedbacks = (
            UNSET if self.load_custom_feedbacks is None else self.load_custom_feedbacks
        )
        load_custom_feedbacks = self_load_custom_feedbacks

        self_include_deleted = (
            UNSET if self.include_deleted is None else self.include_deleted
        )
        include_deleted = self_include_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "chatId": chat_id,
            }
        )
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if initial_id is not UNSET:
            field_dict["initialId"] = initial_id
        if prev_id is not UNSET:
            field_dict["prevId"] = prev_id
        if next_id is not UNSET:
            field_dict["nextId"] = next_id
        if load_custom_feedbacks is not UNSET:
            field_dict["loadCustomFeedbacks"] = load_custom_feedbacks
        if include_deleted is not UNSET:
            field_dict["includeDeleted"] = include_deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        chat_id = d.pop("chatId")

        page_size = d.pop("pageSize", UNSET)

        initial_id = d.pop("initialId", UNSET)

        prev_id = d.pop("prevId", UNSET)

        next_id = d.pop("nextId", UNSET)

        load_custom_feedbacks = d.pop("loadCustomFeedbacks", UNSET)

        include_deleted = d.pop("includeDeleted", UNSET)

        chat_records_v2_request = cls(
            app_id=app_id,
            chat_id=chat_id,
            page_size=None if isinstance(page_size, Unset) else page_size,
            initial_id=None if isinstance(initial_id, Unset) else initial_id,
            prev_id=None if isinstance(prev_id, Unset) else prev_id,
            next_id=None if isinstance(next_id, Unset) else next_id,
            load_custom_feedbacks=None
            if isinstance(load_custom_feedbacks, Unset)
            else load_custom_feedbacks,
            include_deleted=None
            if isinstance(include_deleted, Unset)
            else include_deleted,
        )

        chat_records_v2_request.additional_properties = d
        return chat_records_v2_request

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


ChatRecordsV2RequestDict = TypedDict(
    "ChatRecordsV2RequestDict",
    {
        "appId": "Required[str]",
        "chatId": "Required[str]",
        "pageSize": "int",
        "initialId": "str",
        "prevId": "str",
        "nextId": "str",
        "loadCustomFeedbacks": "bool",
        "includeDeleted": "bool",
    },
    total=False,
)
"""`ChatRecordsV2Request` as a plain dict, with FastGPT's field names."""
