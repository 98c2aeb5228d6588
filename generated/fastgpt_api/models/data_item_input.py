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
    from ..models.data_index_input import DataIndexInput
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="DataItemInput")


@_attrs_define
class DataItemInput:
    """One item to push: a question (or chunk) and its answer, or (4.16) an image by `imageId`. 4.14 needs `q`."""

    q: str | None = None
    """ The question or chunk text. """
    a: str | None = None
    """ The answer. """
    image_id: str | None = None
    """ An uploaded image, instead of `q` (4.16). """
    chunk_index: int | None = None
    """ Its position. """
    indexes: list[DataIndexInput] | None = None
    """ Extra indexes. """
    metadata: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_q = UNSET if self.q is None else self.q
        q = self_q

        self_a = UNSET if self.a is None else self.a
        a = self_a

        self_image_id = UNSET if self.image_id is None else self.image_id
        image_id = self_image_id

        self_chunk_index = UNSET if self.chunk_index is None else self.chunk_index
        chunk_index = self_chunk_index

        self_indexes = UNSET if self.indexes is None else self.indexes
        indexes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_indexes, Unset):
            indexes = []
            for indexes_item_data in self_indexes:
                indexes_item = indexes_item_data.to_dict()
                indexes.append(indexes_item)

        self_metadata = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self_metadata, Unset):
            metadata = self_metadata.to_dict()

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
            q=None if isinstance(q, Unset) else q,
            a=None if isinstance(a, Unset) else a,
            image_id=None if isinstance(image_id, Unset) else image_id,
            chunk_index=None if isinstance(chunk_index, Unset) else chunk_index,
            indexes=None if isinstance(indexes, Unset) else indexes,
            metadata=None if isinstance(metadata, Unset) else metadata,
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


if TYPE_CHECKING:
    from ..models.data_index_input import DataIndexInputDict


DataItemInputDict = TypedDict(
    "DataItemInputDict",
    {
        "q": "str",
        "a": "str",
        "imageId": "str",
        "chunkIndex": "int",
        "indexes": "list[DataIndexInputDict]",
        "metadata": "dict[str, Any]",
    },
    total=False,
)
"""`DataItemInput` as a plain dict, with FastGPT's field names."""
