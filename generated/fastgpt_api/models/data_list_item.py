from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataListItem")


@_attrs_define
class DataListItem:
    """An item in a list."""

    field_id: str | Unset = UNSET
    """ The item id. """
    dataset_id: str | Unset = UNSET
    """ Its dataset. """
    collection_id: str | Unset = UNSET
    """ Its collection. """
    q: str | Unset = UNSET
    """ Question or chunk. """
    a: str | Unset = UNSET
    """ Answer. """
    chunk_index: int | Unset = UNSET
    """ Position. """
    image_id: str | Unset = UNSET
    """ An image id. """
    image_size: float | Unset = UNSET
    """ The image's size in bytes (image items, 4.16). """
    image_preview_url: str | Unset = UNSET
    """ A URL to view the image (image items, 4.16). """
    updated: bool | Unset = UNSET
    """ Whether the item was changed after it was imported (4.16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        dataset_id = self.dataset_id

        collection_id = self.collection_id

        q = self.q

        a = self.a

        chunk_index = self.chunk_index

        image_id = self.image_id

        image_size = self.image_size

        image_preview_url = self.image_preview_url

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if q is not UNSET:
            field_dict["q"] = q
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
        field_id = d.pop("_id", UNSET)

        dataset_id = d.pop("datasetId", UNSET)

        collection_id = d.pop("collectionId", UNSET)

        q = d.pop("q", UNSET)

        a = d.pop("a", UNSET)

        chunk_index = d.pop("chunkIndex", UNSET)

        image_id = d.pop("imageId", UNSET)

        image_size = d.pop("imageSize", UNSET)

        image_preview_url = d.pop("imagePreviewUrl", UNSET)

        updated = d.pop("updated", UNSET)

        data_list_item = cls(
            field_id=field_id,
            dataset_id=dataset_id,
            collection_id=collection_id,
            q=q,
            a=a,
            chunk_index=chunk_index,
            image_id=image_id,
            image_size=image_size,
            image_preview_url=image_preview_url,
            updated=updated,
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
