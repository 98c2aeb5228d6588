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
    from ..models.tool_info import ToolInfo


T = TypeVar("T", bound="ToolEventPayload")


@_attrs_define
class ToolEventPayload:
    """The payload of `toolCall`, `toolParams` and `toolResponse` frames."""

    tool: ToolInfo | None = None
    """ A tool call (in stream events, fields arrive as deltas and may be empty). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_tool = UNSET if self.tool is None else self.tool
        tool: dict[str, Any] | Unset = UNSET
        if not isinstance(self_tool, Unset):
            tool = self_tool.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool is not UNSET:
            field_dict["tool"] = tool

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_info import ToolInfo

        d = dict(src_dict)
        _tool = d.pop("tool", UNSET)
        tool: ToolInfo | Unset
        if isinstance(_tool, Unset):
            tool = UNSET
        else:
            tool = ToolInfo.from_dict(_tool)

        tool_event_payload = cls(
            tool=None if isinstance(tool, Unset) else tool,
        )

        tool_event_payload.additional_properties = d
        return tool_event_payload

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
    from ..models.tool_info import ToolInfoDict


ToolEventPayloadDict = TypedDict(
    "ToolEventPayloadDict",
    {
        "tool": "ToolInfoDict",
    },
    total=False,
)
"""`ToolEventPayload` as a plain dict, with FastGPT's field names."""
