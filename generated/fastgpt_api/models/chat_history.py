from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatHistory")


@_attrs_define
class ChatHistory:
    """One chat in the history list. With an API key FastGPT lists the key owner's chats."""

    chat_id: str | Unset = UNSET
    """ The chat id. """
    update_time: str | Unset = UNSET
    """ When the chat last changed (ISO time). """
    app_id: str | Unset = UNSET
    """ The app. """
    custom_title: str | Unset = UNSET
    """ The title set by a user, if any. """
    title: str | Unset = UNSET
    """ The generated title. """
    top: bool | Unset = UNSET
    """ Pinned. """
    chat_generate_status: int | Unset = UNSET
    """ Whether an answer is being generated: 0 generating, 1 done, 2 error (4.14.11+; absent before). Kept an
    integer so a new state parses. """
    has_been_read: bool | Unset = UNSET
    """ Whether the latest answer has been read (4.14.11+; absent before). """
    skill_id: str | Unset = UNSET
    """ The skill the chat is for, instead of an app (4.15+). """
    source_type: str | Unset = UNSET
    """ `app` or `chatAgentHelper` (4.15+). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        update_time = self.update_time

        app_id = self.app_id

        custom_title = self.custom_title

        title = self.title

        top = self.top

        chat_generate_status = self.chat_generate_status

        has_been_read = self.has_been_read

        skill_id = self.skill_id

        source_type = self.source_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat_id is not UNSET:
            field_dict["chatId"] = chat_id
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if custom_title is not UNSET:
            field_dict["customTitle"] = custom_title
        if title is not UNSET:
            field_dict["title"] = title
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
        chat_id = d.pop("chatId", UNSET)

        update_time = d.pop("updateTime", UNSET)

        app_id = d.pop("appId", UNSET)

        custom_title = d.pop("customTitle", UNSET)

        title = d.pop("title", UNSET)

        top = d.pop("top", UNSET)

        chat_generate_status = d.pop("chatGenerateStatus", UNSET)

        has_been_read = d.pop("hasBeenRead", UNSET)

        skill_id = d.pop("skillId", UNSET)

        source_type = d.pop("sourceType", UNSET)

        chat_history = cls(
            chat_id=chat_id,
            update_time=update_time,
            app_id=app_id,
            custom_title=custom_title,
            title=title,
            top=top,
            chat_generate_status=chat_generate_status,
            has_been_read=has_been_read,
            skill_id=skill_id,
            source_type=source_type,
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
