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

T = TypeVar("T", bound="ChatHistoryStatus")


@_attrs_define
class ChatHistoryStatus:
    """One chat's state."""

    chat_id: str
    """ The chat. """
    update_time: str | None = None
    """ When the chat last changed (ISO time). """
    chat_generate_status: int | None = None
    """ 0 generating, 1 done, 2 error. Kept an integer so a new state parses. """
    has_been_read: bool | None = None
    """ Whether its latest answer has been read (absent for chats older than the field). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        self_update_time = UNSET if self.update_time is None else self.update_time
        update_time = self_update_time

        self_chat_generate_status = (
            UNSET if self.chat_generate_status is None else self.chat_generate_status
        )
        chat_generate_status = self_chat_generate_status

        self_has_been_read = UNSET if self.has_been_read is None else self.has_been_read
        has_been_read = self_has_been_read

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chatId": chat_id,
            }
        )
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if chat_generate_status is not UNSET:
            field_dict["chatGenerateStatus"] = chat_generate_status
        if has_been_read is not UNSET:
            field_dict["hasBeenRead"] = has_been_read

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chat_id = d.pop("chatId")

        update_time = d.pop("updateTime", UNSET)

        chat_generate_status = d.pop("chatGenerateStatus", UNSET)

        has_been_read = d.pop("hasBeenRead", UNSET)

        chat_history_status = cls(
            chat_id=chat_id,
            update_time=None if isinstance(update_time, Unset) else update_time,
            chat_generate_status=None
            if isinstance(chat_generate_status, Unset)
            else chat_generate_status,
            has_been_read=None if isinstance(has_been_read, Unset) else has_been_read,
        )

        chat_history_status.additional_properties = d
        return chat_history_status

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


ChatHistoryStatusDict = TypedDict(
    "ChatHistoryStatusDict",
    {
        "chatId": "Required[str]",
        "updateTime": "str",
        "chatGenerateStatus": "int",
        "hasBeenRead": "bool",
    },
    total=False,
)
"""`ChatHistoryStatus` as a plain dict, with FastGPT's field names."""
