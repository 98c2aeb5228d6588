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

if TYPE_CHECKING:
    from ..models.collection_insert_result import CollectionInsertResult


T = TypeVar("T", bound="CollectionCreateResult")


@_attrs_define
class CollectionCreateResult:
    """A new collection and what its import queued."""

    collection_id: str
    """ The collection id. """
    results: CollectionInsertResult
    """ What the import queued (`{insertLen}`, in 4.14 and 4.16 alike). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectionId": collection_id,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.collection_insert_result import CollectionInsertResult

        d = dict(src_dict)
        collection_id = d.pop("collectionId")

        results = CollectionInsertResult.from_dict(d.pop("results"))

        collection_create_result = cls(
            collection_id=collection_id,
            results=results,
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


if TYPE_CHECKING:
    from ..models.collection_insert_result import CollectionInsertResultDict


CollectionCreateResultDict = TypedDict(
    "CollectionCreateResultDict",
    {
        "collectionId": "Required[str]",
        "results": "Required[CollectionInsertResultDict]",
    },
    total=False,
)
"""`CollectionCreateResult` as a plain dict, with FastGPT's field names."""
