from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_index import DataIndex
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="DatasetData")


@_attrs_define
class DatasetData:
    """An item's detail."""

    id: str | Unset = UNSET
    """ The item id. """
    q: str | Unset = UNSET
    """ Question or chunk. """
    a: str | Unset = UNSET
    """ Answer. """
    chunk_index: int | Unset = UNSET
    """ Position. """
    indexes: list[DataIndex] | Unset = UNSET
    """ Its indexes. """
    dataset_id: str | Unset = UNSET
    """ Its dataset. """
    collection_id: str | Unset = UNSET
    """ Its collection. """
    source_name: str | Unset = UNSET
    """ The source's name. """
    source_id: str | Unset = UNSET
    """ The source's id. """
    is_owner: bool | Unset = UNSET
    """ The caller owns it. """
    team_id: str | Unset = UNSET
    """ Its team (4.16). """
    update_time: str | Unset = UNSET
    """ Last change (ISO time; 4.16). """
    image_id: str | Unset = UNSET
    """ Its image, for an image item. """
    image_preivew_url: str | Unset = UNSET
    """ A URL to view its image (4.16; the misspelling is FastGPT's field name). """
    image_desc_map: JsonObject | Unset = UNSET
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    metadata: JsonObject | Unset = UNSET
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        q = self.q

        a = self.a

        chunk_index = self.chunk_index

        indexes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indexes, Unset):
            indexes = []
            for indexes_item_data in self.indexes:
                indexes_item = indexes_item_data.to_dict()
                indexes.append(indexes_item)

        dataset_id = self.dataset_id

        collection_id = self.collection_id

        source_name = self.source_name

        source_id = self.source_id

        is_owner = self.is_owner

        team_id = self.team_id

        update_time = self.update_time

        image_id = self.image_id

        image_preivew_url = self.image_preivew_url

        image_desc_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_desc_map, Unset):
            image_desc_map = self.image_desc_map.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if q is not UNSET:
            field_dict["q"] = q
        if a is not UNSET:
            field_dict["a"] = a
        if chunk_index is not UNSET:
            field_dict["chunkIndex"] = chunk_index
        if indexes is not UNSET:
            field_dict["indexes"] = indexes
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if source_name is not UNSET:
            field_dict["sourceName"] = source_name
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if is_owner is not UNSET:
            field_dict["isOwner"] = is_owner
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if image_id is not UNSET:
            field_dict["imageId"] = image_id
        if image_preivew_url is not UNSET:
            field_dict["imagePreivewUrl"] = image_preivew_url
        if image_desc_map is not UNSET:
            field_dict["imageDescMap"] = image_desc_map
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_index import DataIndex
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        q = d.pop("q", UNSET)

        a = d.pop("a", UNSET)

        chunk_index = d.pop("chunkIndex", UNSET)

        _indexes = d.pop("indexes", UNSET)
        indexes: list[DataIndex] | Unset = UNSET
        if _indexes is not UNSET:
            indexes = []
            for indexes_item_data in _indexes:
                indexes_item = DataIndex.from_dict(indexes_item_data)

                indexes.append(indexes_item)

        dataset_id = d.pop("datasetId", UNSET)

        collection_id = d.pop("collectionId", UNSET)

        source_name = d.pop("sourceName", UNSET)

        source_id = d.pop("sourceId", UNSET)

        is_owner = d.pop("isOwner", UNSET)

        team_id = d.pop("teamId", UNSET)

        update_time = d.pop("updateTime", UNSET)

        image_id = d.pop("imageId", UNSET)

        image_preivew_url = d.pop("imagePreivewUrl", UNSET)

        _image_desc_map = d.pop("imageDescMap", UNSET)
        image_desc_map: JsonObject | Unset
        if isinstance(_image_desc_map, Unset):
            image_desc_map = UNSET
        else:
            image_desc_map = JsonObject.from_dict(_image_desc_map)

        _metadata = d.pop("metadata", UNSET)
        metadata: JsonObject | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JsonObject.from_dict(_metadata)

        dataset_data = cls(
            id=id,
            q=q,
            a=a,
            chunk_index=chunk_index,
            indexes=indexes,
            dataset_id=dataset_id,
            collection_id=collection_id,
            source_name=source_name,
            source_id=source_id,
            is_owner=is_owner,
            team_id=team_id,
            update_time=update_time,
            image_id=image_id,
            image_preivew_url=image_preivew_url,
            image_desc_map=image_desc_map,
            metadata=metadata,
        )

        dataset_data.additional_properties = d
        return dataset_data

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
