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

T = TypeVar("T", bound="StopChatRequest")


@_attrs_define
class StopChatRequest:
    """Which run to stop."""

    app_id: str
    """ The app of the chat. """
    chat_id: str
    """ The chat whose v2 run should stop. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        chat_id = self.chat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "chatId": chat_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        chat_id = d.pop("chatId")

        stop_chat_request = cls(
            app_id=app_id,
            chat_id=chat_id,
        )

        stop_chat_request.additional_properties = d
        return stop_chat_request

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


StopChatRequestDict = TypedDict(
    "StopChatRequestDict",
    {
        "appId": "Required[str]",
        "chatId": "Required[str]",
    },
    total=False,
)
"""`StopChatRequest` as a plain dict, with FastGPT's field names."""
