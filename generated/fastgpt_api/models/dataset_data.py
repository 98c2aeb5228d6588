from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

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

    id: str
    """ The item id. """
    q: str
    """ Question or chunk. """
    a: str | None = None
    """ Answer. """
    chunk_index: int | None = None
    """ Position. """
    indexes: list[DataIndex] | None = None
    """ Its indexes. """
    dataset_id: str | None = None
    """ Its dataset. """
    collection_id: str | None = None
    """ Its collection. """
    source_name: str | None = None
    """ The source's name. """
    source_id: str | None = None
    """ The source's id. """
    is_owner: bool | None = None
    """ The caller owns it. """
    team_id: str | None = None
    """ Its team (4.16). """
    update_time: str | None = None
    """ Last change (ISO time; 4.16). """
    image_id: str | None = None
    """ Its image, for an image item. """
    image_preivew_url: str | None = None
    """ A URL to view its image (4.16; the misspelling is FastGPT's field name). """
    image_desc_map: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    metadata: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        q = self.q

        self_a = UNSET if self.a is None else self.a
        a = self_a

        self_chunk_index = UNSET if self.chunk_index is None else self.chunk_index
        chunk_index = self_chunk_index

        self_indexes = UNSET if self.indexes is None else self.indexes
        indexes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_indexes, Unset):
            indexes = []
            for indexes_item_data in self_indexes:
                indexes_item = indexes_item_data.to_dict()
                indexes.append(indexes_item)

        self_dataset_id = UNSET if self.dataset_id is None else self.dataset_id
        dataset_id = self_dataset_id

        self_collection_id = UNSET if self.collection_id is None else self.collection_id
        collection_id = self_collection_id

        self_source_name = UNSET if self.source_name is None else self.source_name
        source_name = self_source_name

        self_source_id = UNSET if self.source_id is None else self.source_id
        source_id = self_source_id

        self_is_owner = UNSET if self.is_owner is None else self.is_owner
        is_owner = self_is_owner

        self_team_id = UNSET if self.team_id is None else self.team_id
        team_id = self_team_id

        self_update_time = UNSET if self.update_time is None else self.update_time
        update_time = self_update_time

        self_image_id = UNSET if self.image_id is None else self.image_id
        image_id = self_image_id

        self_image_preivew_url = (
            UNSET if self.image_preivew_url is None else self.image_preivew_url
        )
        image_preivew_url = self_image_preivew_url

        self_image_desc_map = (
            UNSET if self.image_desc_map is None else self.image_desc_map
        )
        image_desc_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self_image_desc_map, Unset):
            image_desc_map = self_image_desc_map.to_dict()

        self_metadata = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self_metadata, Unset):
            metadata = self_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "q": q,
            }
        )
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
        id = d.pop("id")

        q = d.pop("q")

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
            a=None if isinstance(a, Unset) else a,
            chunk_index=None if isinstance(chunk_index, Unset) else chunk_index,
            indexes=None if isinstance(indexes, Unset) else indexes,
            dataset_id=None if isinstance(dataset_id, Unset) else dataset_id,
            collection_id=None if isinstance(collection_id, Unset) else collection_id,
            source_name=None if isinstance(source_name, Unset) else source_name,
            source_id=None if isinstance(source_id, Unset) else source_id,
            is_owner=None if isinstance(is_owner, Unset) else is_owner,
            team_id=None if isinstance(team_id, Unset) else team_id,
            update_time=None if isinstance(update_time, Unset) else update_time,
            image_id=None if isinstance(image_id, Unset) else image_id,
            image_preivew_url=None
            if isinstance(image_preivew_url, Unset)
            else image_preivew_url,
            image_desc_map=None
            if isinstance(image_desc_map, Unset)
            else image_desc_map,
            metadata=None if isinstance(metadata, Unset) else metadata,
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


if TYPE_CHECKING:
    from ..models.data_index import DataIndexDict


DatasetDataDict = TypedDict(
    "DatasetDataDict",
    {
        "id": "Required[str]",
        "q": "Required[str]",
        "a": "str",
        "chunkIndex": "int",
        "indexes": "list[DataIndexDict]",
        "datasetId": "str",
        "collectionId": "str",
        "sourceName": "str",
        "sourceId": "str",
        "isOwner": "bool",
        "teamId": "str",
        "updateTime": "str",
        "imageId": "str",
        "imagePreivewUrl": "str",
        "imageDescMap": "dict[str, Any]",
        "metadata": "dict[str, Any]",
    },
    total=False,
)
"""`DatasetData` as a plain dict, with FastGPT's field names."""
