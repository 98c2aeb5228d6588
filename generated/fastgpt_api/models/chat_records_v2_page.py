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
    from ..models.chat_record import ChatRecord


T = TypeVar("T", bound="ChatRecordsV2Page")


@_attrs_define
class ChatRecordsV2Page:
    """A page of a chat's messages, oldest first, with whether there is more each way."""

    list_: list[ChatRecord] | None = None
    """ The messages (each also has `id`, its `dataId`). """
    total: int | None = None
    """ How many messages the chat has. """
    has_more_prev: bool | None = None
    """ There are older messages. """
    has_more_next: bool | None = None
    """ There are newer messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_list_ = UNSET if self.list_ is None else self.list_
        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_list_, Unset):
            list_ = []
            for list_item_data in self_list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        self_total = UNSET if self.total is None else self.total
        total = self_total

        self_has_more_prev = UNSET if self.has_more_prev is None else self.has_more_prev
        has_more_prev = self_has_more_prev

        self_has_more_next = UNSET if self.has_more_next is None else self.has_more_next
        has_more_next = self_has_more_next

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not UNSET:
            field_dict["list"] = list_
        if total is not UNSET:
            field_dict["total"] = total
        if has_more_prev is not UNSET:
            field_dict["hasMorePrev"] = has_more_prev
        if has_more_next is not UNSET:
            field_dict["hasMoreNext"] = has_more_next

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_record import ChatRecord

        d = dict(src_dict)
        _list_ = d.pop("list", UNSET)
        list_: list[ChatRecord] | Unset = UNSET
        if _list_ is not UNSET:
            list_ = []
            for list_item_data in _list_:
                list_item = ChatRecord.from_dict(list_item_data)

                list_.append(list_item)

        total = d.pop("total", UNSET)

        has_more_prev = d.pop("hasMorePrev", UNSET)

        has_more_next = d.pop("hasMoreNext", UNSET)

        chat_records_v2_page = cls(
            list_=None if isinstance(list_, Unset) else list_,
            total=None if isinstance(total, Unset) else total,
            has_more_prev=None if isinstance(has_more_prev, Unset) else has_more_prev,
            has_more_next=None if isinstance(has_more_next, Unset) else has_more_next,
        )

        chat_records_v2_page.additional_properties = d
        return chat_records_v2_page

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
    from ..models.chat_record import ChatRecordDict


ChatRecordsV2PageDict = TypedDict(
    "ChatRecordsV2PageDict",
    {
        "list": "list[ChatRecordDict]",
        "total": "int",
        "hasMorePrev": "bool",
        "hasMoreNext": "bool",
    },
    total=False,
)
"""`ChatRecordsV2Page` as a plain dict, with FastGPT's field names."""
