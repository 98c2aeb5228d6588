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

T = TypeVar("T", bound="WorkflowDurationPayload")


@_attrs_define
class WorkflowDurationPayload:
    """How long the whole run took."""

    duration_seconds: float | None = None
    """ Seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_duration_seconds = (
            UNSET if self.duration_seconds is None else self.duration_seconds
        )
        duration_seconds = self_duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration_seconds is not UNSET:
            field_dict["durationSeconds"] = duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration_seconds = d.pop("durationSeconds", UNSET)

        workflow_duration_payload = cls(
            duration_seconds=None
            if isinstance(duration_seconds, Unset)
            else duration_seconds,
        )

        workflow_duration_payload.additional_properties = d
        return workflow_duration_payload

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


WorkflowDurationPayloadDict = TypedDict(
    "WorkflowDurationPayloadDict",
    {
        "durationSeconds": "float",
    },
    total=False,
)
"""`WorkflowDurationPayload` as a plain dict, with FastGPT's field names."""
