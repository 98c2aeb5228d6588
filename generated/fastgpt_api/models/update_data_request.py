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
    from ..models.data_index_input import DataIndexInput


T = TypeVar("T", bound="UpdateDataRequest")


@_attrs_define
class UpdateDataRequest:
    """What to change on an item; absent fields stay. 4.14.11 and later require `q` (send the current one to keep it)."""

    data_id: str
    """ The item id. """
    q: str
    """ The question or chunk. """
    a: str | None = None
    """ New answer. """
    indexes: list[DataIndexInput] | None = None
    """ New indexes (pass `dataId` to keep an index). Present at all, the list replaces the item's indexes (4.16
    rebuilds them). """
    image_id: str | None = None
    """ A new image, for an image item (4.16). """
    index_prefix: str | None = None
    """ A title to prefix the indexes with (4.16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_id = self.data_id

        q = self.q

        self_a = UNSET if self.a is None else self.a
        a = self_a

        self_indexes = UNSET if self.indexes is None else self.indexes
        indexes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_indexes, Unset):
            indexes = []
            for indexes_item_data in self_indexes:
                indexes_item = indexes_item_data.to_dict()
                indexes.append(indexes_item)

        self_image_id = UNSET if self.image_id is None else self.image_id
        image_id = self_image_id

        self_index_prefix = UNSET if self.index_prefix is None else self.index_prefix
        index_prefix = self_index_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataId": data_id,
                "q": q,
            }
        )
        if a is not UNSET:
            field_dict["a"] = a
        if indexes is not UNSET:
            field_dict["indexes"] = indexes
        if image_id is not UNSET:
            field_dict["imageId"] = image_id
        if index_prefix is not UNSET:
            field_dict["indexPrefix"] = index_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_index_input import DataIndexInput

        d = dict(src_dict)
        data_id = d.pop("dataId")

        q = d.pop("q")

        a = d.pop("a", UNSET)

        _indexes = d.pop("indexes", UNSET)
        indexes: list[DataIndexInput] | Unset = UNSET
        if _indexes is not UNSET:
            indexes = []
            for indexes_item_data in _indexes:
                indexes_item = DataIndexInput.from_dict(indexes_item_data)

                indexes.append(indexes_item)

        image_id = d.pop("imageId", UNSET)

        index_prefix = d.pop("indexPrefix", UNSET)

        update_data_request = cls(
            data_id=data_id,
            q=q,
            a=None if isinstance(a, Unset) else a,
            indexes=None if isinstance(indexes, Unset) else indexes,
            image_id=None if isinstance(image_id, Unset) else image_id,
            index_prefix=None if isinstance(index_prefix, Unset) else index_prefix,
        )

        update_data_request.additional_properties = d
        return update_data_request

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


UpdateDataRequestDict = TypedDict(
    "UpdateDataRequestDict",
    {
        "dataId": "Required[str]",
        "q": "Required[str]",
        "a": "str",
        "indexes": "list[DataIndexInputDict]",
        "imageId": "str",
        "indexPrefix": "str",
    },
    total=False,
)
"""`UpdateDataRequest` as a plain dict, with FastGPT's field names."""
