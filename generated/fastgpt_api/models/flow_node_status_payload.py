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

T = TypeVar("T", bound="FlowNodeStatusPayload")


@_attrs_define
class FlowNodeStatusPayload:
    """A node started."""

    status: str | None = None
    """ Usually `running`. """
    name: str | None = None
    """ The node's display name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_status = UNSET if self.status is None else self.status
        status = self_status

        self_name = UNSET if self.name is None else self.name
        name = self_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        name = d.pop("name", UNSET)

        flow_node_status_payload = cls(
            status=None if isinstance(status, Unset) else status,
            name=None if isinstance(name, Unset) else name,
        )

        flow_node_status_payload.additional_properties = d
        return flow_node_status_payload

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


FlowNodeStatusPayloadDict = TypedDict(
    "FlowNodeStatusPayloadDict",
    {
        "status": "str",
        "name": "str",
    },
    total=False,
)
"""`FlowNodeStatusPayload` as a plain dict, with FastGPT's field names."""
