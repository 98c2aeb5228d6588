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

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataListItem")


@_attrs_define
class DataListItem:
    """An item in a list."""

    id: str
    """ The item id. """
    q: str
    """ Question or chunk. """
    dataset_id: str | None = None
    """ Its dataset. """
    collection_id: str | None = None
    """ Its collection. """
    a: str | None = None
    """ Answer. """
    chunk_index: int | None = None
    """ Position. """
    image_id: str | None = None
    """ An image id. """
    image_size: float | None = None
    """ The image's size in bytes (image items, 4.16). """
    image_preview_url: str | None = None
    """ A URL to view the image (image items, 4.16). """
    updated: bool | None = None
    """ Whether the item was changed after it was imported (4.16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        q = self.q

        self_dataset_id = UNSET if self.dataset_id is None else self.dataset_id
        dataset_id = self_dataset_id

        self_collection_id = UNSET if self.collection_id is None else self.collection_id
        collection_id = self_collection_id

        self_a = UNSET if self.a is None else self.a
        a = self_a

        self_chunk_index = UNSET if self.chunk_index is None else self.chunk_index
        chunk_index = self_chunk_index

        self_image_id = UNSET if self.image_id is None else self.image_id
        image_id = self_image_id

        self_image_size = UNSET if self.image_size is None else self.image_size
        image_size = self_image_size

        self_image_preview_url = (
            UNSET if self.image_preview_url is None else self.image_preview_url
        )
        image_preview_url = self_image_preview_url

        self_updated = UNSET if self.updated is None else self.updated
        updated = self_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "q": q,
            }
        )
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if a is not UNSET:
            field_dict["a"] = a
        if chunk_index is not UNSET:
            field_dict["chunkIndex"] = chunk_index
        if image_id is not UNSET:
            field_dict["imageId"] = image_id
        if image_size is not UNSET:
            field_dict["imageSize"] = image_size
        if image_preview_url is not UNSET:
            field_dict["imagePreviewUrl"] = image_preview_url
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("_id")

        q = d.pop("q")

        dataset_id = d.pop("datasetId", UNSET)

        collection_id = d.pop("collectionId", UNSET)

        a = d.pop("a", UNSET)

        chunk_index = d.pop("chunkIndex", UNSET)

        image_id = d.pop("imageId", UNSET)

        image_size = d.pop("imageSize", UNSET)

        image_preview_url = d.pop("imagePreviewUrl", UNSET)

        updated = d.pop("updated", UNSET)

        data_list_item = cls(
            id=id,
            q=q,
            dataset_id=None if isinstance(dataset_id, Unset) else dataset_id,
            collection_id=None if isinstance(collection_id, Unset) else collection_id,
            a=None if isinstance(a, Unset) else a,
            chunk_index=None if isinstance(chunk_index, Unset) else chunk_index,
            image_id=None if isinstance(image_id, Unset) else image_id,
            image_size=None if isinstance(image_size, Unset) else image_size,
            image_preview_url=None
            if isinstance(image_preview_url, Unset)
            else image_preview_url,
            updated=None if isinstance(updated, Unset) else updated,
        )

        data_list_item.additional_properties = d
        return data_list_item

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


DataListItemDict = TypedDict(
    "DataListItemDict",
    {
        "_id": "Required[str]",
        "q": "Required[str]",
        "datasetId": "str",
        "collectionId": "str",
        "a": "str",
        "chunkIndex": "int",
        "imageId": "str",
        "imageSize": "float",
        "imagePreviewUrl": "str",
        "updated": "bool",
    },
    total=False,
)
"""`DataListItem` as a plain dict, with FastGPT's field names."""
