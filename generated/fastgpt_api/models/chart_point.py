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
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ChartPoint")


@_attrs_define
class ChartPoint:
    """One bucket of a chart."""

    timestamp: float | None = None
    """ The bucket's start (ms since the epoch). """
    summary: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_timestamp = UNSET if self.timestamp is None else self.timestamp
        timestamp = self_timestamp

        self_summary = UNSET if self.summary is None else self.summary
        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self_summary, Unset):
            summary = self_summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: JsonObject | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = JsonObject.from_dict(_summary)

        chart_point = cls(
            timestamp=None if isinstance(timestamp, Unset) else timestamp,
            summary=None if isinstance(summary, Unset) else summary,
        )

        chart_point.additional_properties = d
        return chart_point

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


ChartPointDict = TypedDict(
    "ChartPointDict",
    {
        "timestamp": "float",
        "summary": "dict[str, Any]",
    },
    total=False,
)
"""`ChartPoint` as a plain dict, with FastGPT's field names."""
