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

T = TypeVar("T", bound="AdvancedTraining")


@_attrs_define
class AdvancedTraining:
    """The collection's extra training steps."""

    custom_pdf_parse: bool | None = None
    """ The custom PDF parser. """
    image_index: bool | None = None
    """ Image indexes. """
    auto_indexes: bool | None = None
    """ Indexes the agent model writes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_custom_pdf_parse = (
            UNSET if self.custom_pdf_parse is None else self.custom_pdf_parse
        )
        custom_pdf_parse = self_custom_pdf_parse

        self_image_index = UNSET if self.image_index is None else self.image_index
        image_index = self_image_index

        self_auto_indexes = UNSET if self.auto_indexes is None else self.auto_indexes
        auto_indexes = self_auto_indexes

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
            custom_pdf_parse=None
            if isinstance(custom_pdf_parse, Unset)
            else custom_pdf_parse,
            image_index=None if isinstance(image_index, Unset) else image_index,
            auto_indexes=None if isinstance(auto_indexes, Unset) else auto_indexes,
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


AdvancedTrainingDict = TypedDict(
    "AdvancedTrainingDict",
    {
        "customPdfParse": "bool",
        "imageIndex": "bool",
        "autoIndexes": "bool",
    },
    total=False,
)
"""`AdvancedTraining` as a plain dict, with FastGPT's field names."""
