from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedTraining")


@_attrs_define
class AdvancedTraining:
    """The collection's extra training steps."""

    custom_pdf_parse: bool | Unset = UNSET
    """ The custom PDF parser. """
    image_index: bool | Unset = UNSET
    """ Image indexes. """
    auto_indexes: bool | Unset = UNSET
    """ Indexes the agent model writes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_pdf_parse = self.custom_pdf_parse

        image_index = self.image_index

        auto_indexes = self.auto_indexes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_pdf_parse is not UNSET:
            field_dict["customPdfParse"] = custom_pdf_parse
        if image_index is not UNSET:
            field_dict["imageIndex"] = image_index
        if auto_indexes is not UNSET:
            field_dict["autoIndexes"] = auto_indexes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_pdf_parse = d.pop("customPdfParse", UNSET)

        image_index = d.pop("imageIndex", UNSET)

        auto_indexes = d.pop("autoIndexes", UNSET)

        advanced_training = cls(
            custom_pdf_parse=custom_pdf_parse,
            image_index=image_index,
            auto_indexes=auto_indexes,
        )

        advanced_training.additional_properties = d
        return advanced_training

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
