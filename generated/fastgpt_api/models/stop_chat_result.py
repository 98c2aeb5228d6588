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

T = TypeVar("T", bound="StopChatResult")


@_attrs_define
class StopChatResult:
    """Whether the stop flag was set, and (4.16) whether the run stopped while the server waited."""

    success: bool
    """ True when the run was asked to stop. """
    completed: bool | None = None
    """ True when the run had stopped before the answer (4.16 waits up to 5 s); absent on 4.14. """
    chat_generate_status: int | None = None
    """ The chat's state after the stop: 0 generating, 1 done, 2 error (4.16; absent on 4.14). Kept an integer so a
    new state parses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        self_completed = UNSET if self.completed is None else self.completed
        completed = self_completed

        self_chat_generate_status = (
            UNSET if self.chat_generate_status is None else self.chat_generate_status
        )
        chat_generate_status = self_chat_generate_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if completed is not UNSET:
            field_dict["completed"] = completed
        if chat_generate_status is not UNSET:
            field_dict["chatGenerateStatus"] = chat_generate_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success")

        completed = d.pop("completed", UNSET)

        chat_generate_status = d.pop("chatGenerateStatus", UNSET)

        stop_chat_result = cls(
            success=success,
            completed=None if isinstance(completed, Unset) else completed,
            chat_generate_status=None
            if isinstance(chat_generate_status, Unset)
            else chat_generate_status,
        )

        stop_chat_result.additional_properties = d
        return stop_chat_result

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


StopChatResultDict = TypedDict(
    "StopChatResultDict",
    {
        "success": "Required[bool]",
        "completed": "bool",
        "chatGenerateStatus": "int",
    },
    total=False,
)
"""`StopChatResult` as a plain dict, with FastGPT's field names."""
