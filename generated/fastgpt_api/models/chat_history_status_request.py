from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatHistoryStatusRequest")


@_attrs_define
class ChatHistoryStatusRequest:
    """Which chats to read the state of."""

    app_id: str
    """ The app. """
    chat_ids: list[str]
    """ The chats (1 to 200). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        chat_ids = self.chat_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "chatIds": chat_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        chat_ids = cast(list[str], d.pop("chatIds"))

        chat_history_status_request = cls(
            app_id=app_id,
            chat_ids=chat_ids,
        )

        chat_history_status_request.additional_properties = d
        return chat_history_status_request

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


ChatHistoryStatusRequestDict = TypedDict(
    "ChatHistoryStatusRequestDict",
    {
        "appId": "Required[str]",
        "chatIds": "Required[list[str]]",
    },
    total=False,
)
"""`ChatHistoryStatusRequest` as a plain dict, with FastGPT's field names."""
