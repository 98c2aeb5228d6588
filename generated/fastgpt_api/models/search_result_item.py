from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.search_score import SearchScore


T = TypeVar("T", bound="SearchResultItem")


@_attrs_define
class SearchResultItem:
    """One retrieved item."""

    id: str | Unset = UNSET
    """ The item id. """
    q: str | Unset = UNSET
    """ Question or chunk. """
    a: str | Unset = UNSET
    """ Answer. """
    chunk_index: int | Unset = UNSET
    """ Position. """
    dataset_id: str | Unset = UNSET
    """ Its dataset. """
    collection_id: str | Unset = UNSET
    """ Its collection. """
    source_id: str | Unset = UNSET
    """ The source's id. """
    source_name: str | Unset = UNSET
    """ The source's name. """
    score: list[SearchScore] | Unset = UNSET
    """ Scores by kind (FastGPT's docs show a number; its handler sends this list). """
    tokens: int | Unset = UNSET
    """ The item's tokens (4.14 only; 4.16 no longer sends it). """
    update_time: str | Unset = UNSET
    """ Last change (ISO time). """
    image_id: str | Unset = UNSET
    """ Its image, for an image item (4.16). """
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

        dataset_id = self.dataset_id

        collection_id = self.collection_id

        source_id = self.source_id

        source_name = self.source_name

        score: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.score, Unset):
            score = []
            for score_item_data in self.score:
                score_item = score_item_data.to_dict()
                score.append(score_item)

        tokens = self.tokens

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
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if source_name is not UNSET:
            field_dict["sourceName"] = source_name
        if score is not UNSET:
            field_dict["score"] = score
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
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
        from ..models.json_object import JsonObject
        from ..models.search_score import SearchScore

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        q = d.pop("q", UNSET)

        a = d.pop("a", UNSET)

        chunk_index = d.pop("chunkIndex", UNSET)

        dataset_id = d.pop("datasetId", UNSET)

        collection_id = d.pop("collectionId", UNSET)

        source_id = d.pop("sourceId", UNSET)

        source_name = d.pop("sourceName", UNSET)

        _score = d.pop("score", UNSET)
        score: list[SearchScore] | Unset = UNSET
        if _score is not UNSET:
            score = []
            for score_item_data in _score:
                score_item = SearchScore.from_dict(score_item_data)

                score.append(score_item)

        tokens = d.pop("tokens", UNSET)

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

        search_result_item = cls(
            id=id,
            q=q,
            a=a,
            chunk_index=chunk_index,
            dataset_id=dataset_id,
            collection_id=collection_id,
            source_id=source_id,
            source_name=source_name,
            score=score,
            tokens=tokens,
            update_time=update_time,
            image_id=image_id,
            image_preivew_url=image_preivew_url,
            image_desc_map=image_desc_map,
            metadata=metadata,
        )

        search_result_item.additional_properties = d
        return search_result_item

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
