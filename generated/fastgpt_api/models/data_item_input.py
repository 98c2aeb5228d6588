from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_index_input import DataIndexInput
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="DataItemInput")


@_attrs_define
class DataItemInput:
    """One item to push: a question (or chunk) and its answer, or (4.16) an image by `imageId`. 4.14 needs `q`."""

    q: str | Unset = UNSET
    """ The question or chunk text. """
    a: str | Unset = UNSET
    """ The answer. """
    image_id: str | Unset = UNSET
    """ An uploaded image, instead of `q` (4.16). """
    chunk_index: int | Unset = UNSET
    """ Its position. """
    indexes: list[DataIndexInput] | Unset = UNSET
    """ Extra indexes. """
    metadata: JsonObject | Unset = UNSET
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        q = self.q

        a = self.a

        image_id = self.image_id

        chunk_index = self.chunk_index

        indexes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indexes, Unset):
            indexes = []
            for indexes_item_data in self.indexes:
                indexes_item = indexes_item_data.to_dict()
                indexes.append(indexes_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if q is not UNSET:
            field_dict["q"] = q
        if a is not UNSET:
            field_dict["a"] = a
        if image_id is not UNSET:
            field_dict["imageId"] = image_id
        if chunk_index is not UNSET:
            field_dict["chunkIndex"] = chunk_index
        if indexes is not UNSET:
            field_dict["indexes"] = indexes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_index_input import DataIndexInput
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        q = d.pop("q", UNSET)

        a = d.pop("a", UNSET)

        image_id = d.pop("imageId", UNSET)

        chunk_index = d.pop("chunkIndex", UNSET)

        _indexes = d.pop("indexes", UNSET)
        indexes: list[DataIndexInput] | Unset = UNSET
        if _indexes is not UNSET:
            indexes = []
            for indexes_item_data in _indexes:
                indexes_item = DataIndexInput.from_dict(indexes_item_data)

                indexes.append(indexes_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: JsonObject | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JsonObject.from_dict(_metadata)

        data_item_input = cls(
            q=q,
            a=a,
            image_id=image_id,
            chunk_index=chunk_index,
            indexes=indexes,
            metadata=metadata,
        )

        data_item_input.additional_properties = d
        return data_item_input

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
