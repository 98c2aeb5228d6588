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

T = TypeVar("T", bound="FormFieldOption")


@_attrs_define
class FormFieldOption:
    """One choice of a select field."""

    label: str | None = None
    """ Shown to the user. """
    value: str | None = None
    """ Sent as the answer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_label = UNSET if self.label is None else self.label
        label = self_label

        self_value = UNSET if self.value is None else self.value
        value = self_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        value = d.pop("value", UNSET)

        form_field_option = cls(
            label=None if isinstance(label, Unset) else label,
            value=None if isinstance(value, Unset) else value,
        )

        form_field_option.additional_properties = d
        return form_field_option

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


FormFieldOptionDict = TypedDict(
    "FormFieldOptionDict",
    {
        "label": "str",
        "value": "str",
    },
    total=False,
)
"""`FormFieldOption` as a plain dict, with FastGPT's field names."""
