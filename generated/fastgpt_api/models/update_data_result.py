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

T = TypeVar("T", bound="UpdateDataResult")


@_attrs_define
class UpdateDataResult:
    """The item's new display text (4.14.11 and later; image links in it are signed URLs)."""

    q: str | None = None
    """ The question or chunk as FastGPT now shows it. """
    a: str | None = None
    """ The answer as FastGPT now shows it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_q = UNSET if self.q is None else self.q
        q = self_q

        self_a = UNSET if self.a is None else self.a
        a = self_a

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if q is not UNSET:
            field_dict["q"] = q
        if a is not UNSET:
            field_dict["a"] = a

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        q = d.pop("q", UNSET)

        a = d.pop("a", UNSET)

        update_data_result = cls(
            q=None if isinstance(q, Unset) else q,
            a=None if isinstance(a, Unset) else a,
        )

        update_data_result.additional_properties = d
        return update_data_result

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


UpdateDataResultDict = TypedDict(
    "UpdateDataResultDict",
    {
        "q": "str",
        "a": "str",
    },
    total=False,
)
"""`UpdateDataResult` as a plain dict, with FastGPT's field names."""
