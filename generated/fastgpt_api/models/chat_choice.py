from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_message import AssistantMessage


T = TypeVar("T", bound="ChatChoice")


@_attrs_define
class ChatChoice:
    """The single answer choice."""

    index: int | None = None
    """ Always 0. """
    finish_reason: None | str = None
    """ Usually `stop`. """
    message: AssistantMessage | None = None
    """ The answer. `content` is a string; with `detail` and more than one answer item it is a
    list of `AnswerItem`; when the answer is a single interactive item it is absent.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_index = UNSET if self.index is None else self.index
        index = self_index

        self_finish_reason = UNSET if self.finish_reason is None else self.finish_reason
        finish_reason: None | str | Unset
        if isinstance(self_finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = self_finish_reason

        self_message = UNSET if self.message is None else self.message
        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self_message, Unset):
            message = self_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_message import AssistantMessage

        d = dict(src_dict)
        index = d.pop("index", UNSET)

        def _parse_finish_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        _message = d.pop("message", UNSET)
        message: AssistantMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = AssistantMessage.from_dict(_message)

        chat_choice = cls(
            index=None if isinstance(index, Unset) else index,
            finish_reason=None if isinstance(finish_reason, Unset) else finish_reason,
            message=None if isinstance(message, Unset) else message,
        )

        chat_choice.additional_properties = d
        return chat_choice

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
    from ..models.assistant_message import AssistantMessageDict


ChatChoiceDict = TypedDict(
    "ChatChoiceDict",
    {
        "index": "int",
        "finish_reason": "str | None",
        "message": "AssistantMessageDict",
    },
    total=False,
)
"""`ChatChoice` as a plain dict, with FastGPT's field names."""
