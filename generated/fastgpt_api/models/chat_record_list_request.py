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

from ..models.chat_record_view import ChatRecordView, check_chat_record_view
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatRecordListRequest")


@_attrs_define
class ChatRecordListRequest:
    """Which records of a chat to list. `offset` counts back from the newest record; each page is in chronological order
    (FastGPT sorts by `_id` descending, skips, then reverses the page).

    """

    app_id: str
    """ The app. """
    chat_id: str
    """ The chat. """
    offset: int | None = None
    """ How many records to skip. """
    page_size: int | None = None
    """ How many records to return. """
    page_num: int | None = None
    """ The page number (from 1), instead of `offset` (4.14.7.2+; the SDK pages by `offset`). """
    load_custom_feedbacks: bool | None = None
    """ Include custom feedbacks. """
    include_deleted: bool | None = None
    """ Include deleted records (4.16; older servers ignore it). """
    type_: ChatRecordView | None = None
    """ Which view the records are for (4.16 has no `team` view; team chats were removed). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        chat_id = self.chat_id

        self_offset = UNSET if self.offset is None else self.offset
        offset = self_offset

        self_page_size = UNSET if self.page_size is None else self.page_size
        page_size = self_page_size

        self_page_num = UNSET if self.page_num is None else self.page_num
        page_num = self_page_num

        self_load_custom_feedbacks = (
            UNSET if self.load_custom_feedbacks is None else self.load_custom_feedbacks
        )
        load_custom_feedbacks = self_load_custom_feedbacks

        self_include_deleted = (
            UNSET if self.include_deleted is None else self.include_deleted
        )
        include_deleted = self_include_deleted

        self_type_ = UNSET if self.type_ is None else self.type_
        type_: str | Unset = UNSET
        if not isinstance(self_type_, Unset):
            type_ = self_type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "chatId": chat_id,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page_num is not UNSET:
            field_dict["pageNum"] = page_num
        if load_custom_feedbacks is not UNSET:
            field_dict["loadCustomFeedbacks"] = load_custom_feedbacks
        if include_deleted is not UNSET:
            field_dict["includeDeleted"] = include_deleted
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        chat_id = d.pop("chatId")

        offset = d.pop("offset", UNSET)

        page_size = d.pop("pageSize", UNSET)

        page_num = d.pop("pageNum", UNSET)

        load_custom_feedbacks = d.pop("loadCustomFeedbacks", UNSET)

        include_deleted = d.pop("includeDeleted", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChatRecordView | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_chat_record_view(_type_)

        chat_record_list_request = cls(
            app_id=app_id,
            chat_id=chat_id,
            offset=None if isinstance(offset, Unset) else offset,
            page_size=None if isinstance(page_size, Unset) else page_size,
            page_num=None if isinstance(page_num, Unset) else page_num,
            load_custom_feedbacks=None
            if isinstance(load_custom_feedbacks, Unset)
            else load_custom_feedbacks,
            include_deleted=None
            if isinstance(include_deleted, Unset)
            else include_deleted,
            type_=None if isinstance(type_, Unset) else type_,
        )

        chat_record_list_request.additional_properties = d
        return chat_record_list_request

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


ChatRecordListRequestDict = TypedDict(
    "ChatRecordListRequestDict",
    {
        "appId": "Required[str]",
        "chatId": "Required[str]",
        "offset": "int",
        "pageSize": "int",
        "pageNum": "int",
        "loadCustomFeedbacks": "bool",
        "includeDeleted": "bool",
        "type": "ChatRecordView",
    },
    total=False,
)
"""`ChatRecordListRequest` as a plain dict, with FastGPT's field names."""
