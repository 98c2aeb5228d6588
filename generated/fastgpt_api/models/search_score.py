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

T = TypeVar("T", bound="SearchScore")


@_attrs_define
class SearchScore:
    """One score of a result."""

    type_: str
    """ `embedding`, `fullText`, `reRank` or `rrf`. """
    value: float
    """ The score. """
    index: int
    """ The rank in that list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
                "index": index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        value = d.pop("value")

        index = d.pop("index")

        search_score = cls(
            type_=type_,
            value=value,
            index=index,
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


SearchScoreDict = TypedDict(
    "SearchScoreDict",
    {
        "type": "Required[str]",
        "value": "Required[float]",
        "index": "Required[int]",
    },
    total=False,
)
"""`SearchScore` as a plain dict, with FastGPT's field names."""
