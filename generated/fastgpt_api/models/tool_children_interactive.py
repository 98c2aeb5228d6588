from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.nested_interactive_params import NestedInteractiveParams


T = TypeVar("T", bound="ToolChildrenInteractive")


@_attrs_define
class ToolChildrenInteractive:
    """An interactive node inside a tool call."""

    type_: Literal["toolChildrenInteractive"]
    """ Always `toolChildrenInteractive`. """
    params: NestedInteractiveParams
    """ Wraps the inner prompt. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nested_interactive_params import NestedInteractiveParams

        d = dict(src_dict)
        type_ = cast(Literal["toolChildrenInteractive"], d.pop("type"))
        if type_ != "toolChildrenInteractive":
            raise ValueError(
                f"type must match const 'toolChildrenInteractive', got '{type_}'"
            )

        params = NestedInteractiveParams.from_dict(d.pop("params"))

        tool_children_interactive = cls(
            type_=type_,
            params=params,
        )

        tool_children_interactive.additional_properties = d
        return tool_children_interactive

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
    from ..models.nested_interactive_params import NestedInteractiveParamsDict


ToolChildrenInteractiveDict = TypedDict(
    "ToolChildrenInteractiveDict",
    {
        "type": 'Required[Literal["toolChildrenInteractive"]]',
        "params": "Required[NestedInteractiveParamsDict]",
    },
    total=False,
)
"""`ToolChildrenInteractive` as a plain dict, with FastGPT's field names."""
