from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_insert_result import CollectionInsertResult


T = TypeVar("T", bound="CollectionCreateResult")


@_attrs_define
class CollectionCreateResult:
    """A new collection and what its import queued."""

    collection_id: str | None = None
    """ The collection id. """
    results: CollectionInsertResult | None = None
    """ What the import queued (`{insertLen}`, in 4.14 and 4.16 alike). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_collection_id = UNSET if self.collection_id is None else self.collection_id
        collection_id = self_collection_id

        self_results = UNSET if self.results is None else self.results
        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self_results, Unset):
            results = self_results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.collection_insert_result import CollectionInsertResult

        d = dict(src_dict)
        collection_id = d.pop("collectionId", UNSET)

        _results = d.pop("results", UNSET)
        results: CollectionInsertResult | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = CollectionInsertResult.from_dict(_results)

        collection_create_result = cls(
            collection_id=None if isinstance(collection_id, Unset) else collection_id,
            results=None if isinstance(results, Unset) else results,
        )

        collection_create_result.additional_properties = d
        return collection_create_result

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
