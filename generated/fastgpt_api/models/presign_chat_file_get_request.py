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

T = TypeVar("T", bound="PresignChatFileGetRequest")


@_attrs_define
class PresignChatFileGetRequest:
    """Which uploaded file to preview. 4.15 and later require `chatId` and check that the key belongs to that chat; 4.14
    ignores it.

    """

    key: str
    """ The storage key. """
    app_id: str
    """ The app. """
    chat_id: str
    """ The chat the file was uploaded into. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        app_id = self.app_id

        chat_id = self.chat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "appId": app_id,
                "chatId": chat_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        app_id = d.pop("appId")

        chat_id = d.pop("chatId")

        presign_chat_file_get_request = cls(
            key=key,
            app_id=app_id,
            chat_id=chat_id,
        )

        presign_chat_file_get_request.additional_properties = d
        return presign_chat_file_get_request

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


PresignChatFileGetRequestDict = TypedDict(
    "PresignChatFileGetRequestDict",
    {
        "key": "Required[str]",
        "appId": "Required[str]",
        "chatId": "Required[str]",
    },
    total=False,
)
"""`PresignChatFileGetRequest` as a plain dict, with FastGPT's field names."""
