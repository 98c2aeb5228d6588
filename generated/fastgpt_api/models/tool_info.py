from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolInfo")


@_attrs_define
class ToolInfo:
    """A tool call (in stream events, fields arrive as deltas and may be empty)."""

    id: str | None = None
    """ The tool call id. """
    tool_name: str | None = None
    """ The tool's display name. """
    tool_avatar: str | None = None
    """ The tool's icon. """
    function_name: str | None = None
    """ The function the model called. """
    params: str | None = None
    """ The call's arguments (a JSON string, or a delta of it). """
    response: str | None = None
    """ The tool's response (head and tail kept when long). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_id = UNSET if self.id is None else self.id
        id = self_id

        self_tool_name = UNSET if self.tool_name is None else self.tool_name
        tool_name = self_tool_name

        self_tool_avatar = UNSET if self.tool_avatar is None else self.tool_avatar
        tool_avatar = self_tool_avatar

        self_function_name = UNSET if self.function_name is None else self.function_name
        function_name = self_function_name

        self_params = UNSET if self.params is None else self.params
        params = self_params

        self_response = UNSET if self.response is None else self.response
        response = self_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if tool_avatar is not UNSET:
            field_dict["toolAvatar"] = tool_avatar
        if function_name is not UNSET:
            field_dict["functionName"] = function_name
        if params is not UNSET:
            field_dict["params"] = params
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        tool_name = d.pop("toolName", UNSET)

        tool_avatar = d.pop("toolAvatar", UNSET)

        function_name = d.pop("functionName", UNSET)

        params = d.pop("params", UNSET)

        response = d.pop("response", UNSET)

        tool_info = cls(
            id=None if isinstance(id, Unset) else id,
            tool_name=None if isinstance(tool_name, Unset) else tool_name,
            tool_avatar=None if isinstance(tool_avatar, Unset) else tool_avatar,
            function_name=None if isinstance(function_name, Unset) else function_name,
            params=None if isinstance(params, Unset) else params,
            response=None if isinstance(response, Unset) else response,
        )

        tool_info.additional_properties = d
        return tool_info

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


ToolInfoDict = TypedDict(
    "ToolInfoDict",
    {
        "id": "str",
        "toolName": "str",
        "toolAvatar": "str",
        "functionName": "str",
        "params": "str",
        "response": "str",
    },
    total=False,
)
"""`ToolInfo` as a plain dict, with FastGPT's field names."""
