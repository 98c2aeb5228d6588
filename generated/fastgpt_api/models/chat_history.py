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

T = TypeVar("T", bound="ChatHistory")


@_attrs_define
class ChatHistory:
    """One chat in the history list. With an API key FastGPT lists the key owner's chats."""

    chat_id: str
    """ The chat id. """
    update_time: str
    """ When the chat last changed (ISO time). """
    title: str
    """ The generated title. """
    app_id: str | None = None
    """ The app. """
    custom_title: str | None = None
    """ The title set by a user, if any. """
    top: bool | None = None
    """ Pinned. """
    chat_generate_status: int | None = None
    """ Whether an answer is being generated: 0 generating, 1 done, 2 error (4.14.11+; absent before). Kept an
    integer so a new state parses. """
    has_been_read: bool | None = None
    """ Whether the latest answer has been read (4.14.11+; absent before). """
    skill_id: str | None = None
    """ The skill the chat is for, instead of an app (4.15+). """
    source_type: str | None = None
    """ `app` or `chatAgentHelper` (4.15+). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        update_time = self.update_time

        title = self.title

        self_app_id = UNSET if self.app_id is None else self.app_id
        app_id = self_app_id

        self_custom_title = UNSET if self.custom_title is None else self.custom_title
        custom_title = self_custom_title

        self_top = UNSET if self.top is None else self.top
        top = self_top

        self_chat_generate_status = (
            UNSET if self.chat_generate_status is None else self.chat_generate_status
        )
        chat_generate_status = self_chat_generate_status

        self_has_been_read = UNSET if self.has_been_read is None else self.has_been_read
        has_been_read = self_has_been_read

        self_skill_id = UNSET if self.skill_id is None else self.skill_id
        skill_id = self_skill_id

        self_source_type = UNSET if self.source_type is None else self.source_type
        source_type = self_source_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chatId": chat_id,
                "updateTime": update_time,
                "title": title,
            }
        )
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if custom_title is not UNSET:
            field_dict["customTitle"] = custom_title
        if top is not UNSET:
            field_dict["top"] = top
        if chat_generate_status is not UNSET:
            field_dict["chatGenerateStatus"] = chat_generate_status
        if has_been_read is not UNSET:
            field_dict["hasBeenRead"] = has_been_read
        if skill_id is not UNSET:
            field_dict["skillId"] = skill_id
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chat_id = d.pop("chatId")

        update_time = d.pop("updateTime")

        title = d.pop("title")

        app_id = d.pop("appId", UNSET)

        custom_title = d.pop("customTitle", UNSET)

        top = d.pop("top", UNSET)

        chat_generate_status = d.pop("chatGenerateStatus", UNSET)

        has_been_read = d.pop("hasBeenRead", UNSET)

        skill_id = d.pop("skillId", UNSET)

        source_type = d.pop("sourceType", UNSET)

        chat_history = cls(
            chat_id=chat_id,
            update_time=update_time,
            title=title,
            app_id=None if isinstance(app_id, Unset) else app_id,
            custom_title=None if isinstance(custom_title, Unset) else custom_title,
            top=None if isinstance(top, Unset) else top,
            chat_generate_status=None
            if isinstance(chat_generate_status, Unset)
            else chat_generate_status,
            has_been_read=None if isinstance(has_been_read, Unset) else has_been_read,
            skill_id=None if isinstance(skill_id, Unset) else skill_id,
            source_type=None if isinstance(source_type, Unset) else source_type,
        )

        chat_history.additional_properties = d
        return chat_history

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


ChatHistoryDict = TypedDict(
    "ChatHistoryDict",
    {
        "chatId": "Required[str]",
        "updateTime": "Required[str]",
        "title": "Required[str]",
        "appId": "str",
        "customTitle": "str",
        "top": "bool",
        "chatGenerateStatus": "int",
        "hasBeenRead": "bool",
        "skillId": "str",
        "sourceType": "str",
    },
    total=False,
)
"""`ChatHistory` as a plain dict, with FastGPT's field names."""
