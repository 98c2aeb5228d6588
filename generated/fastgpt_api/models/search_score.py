from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchScore")


@_attrs_define
class SearchScore:
    """One score of a result."""

    type_: str | None = None
    """ `embedding`, `fullText`, `reRank` or `rrf`. """
    value: float | None = None
    """ The score. """
    index: int | None = None
    """ The rank in that list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_type_ = UNSET if self.type_ is None else self.type_
        type_ = self_type_

        self_value = UNSET if self.value is None else self.value
        value = self_value

        self_index = UNSET if self.index is None else self.index
        index = self_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        value = d.pop("value", UNSET)

        index = d.pop("index", UNSET)

        search_score = cls(
            type_=None if isinstance(type_, Unset) else type_,
            value=None if isinstance(value, Unset) else value,
            index=None if isinstance(index, Unset) else index,
        )

        search_score.additional_properties = d
        return search_score

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
