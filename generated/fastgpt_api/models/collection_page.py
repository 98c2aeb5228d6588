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
    from ..models.collection_list_item import CollectionListItem


T = TypeVar("T", bound="CollectionPage")


@_attrs_define
class CollectionPage:
    """A page of collections."""

    list_: list[CollectionListItem] | None = None
    """ The collections. """
    total: int | None = None
    """ How many in all. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_list_ = UNSET if self.list_ is None else self.list_
        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_list_, Unset):
            list_ = []
            for list_item_data in self_list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        self_total = UNSET if self.total is None else self.total
        total = self_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not UNSET:
            field_dict["list"] = list_
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.collection_list_item import CollectionListItem

        d = dict(src_dict)
        _list_ = d.pop("list", UNSET)
        list_: list[CollectionListItem] | Unset = UNSET
        if _list_ is not UNSET:
            list_ = []
            for list_item_data in _list_:
                list_item = CollectionListItem.from_dict(list_item_data)

                list_.append(list_item)

        total = d.pop("total", UNSET)

        collection_page = cls(
            list_=None if isinstance(list_, Unset) else list_,
            total=None if isinstance(total, Unset) else total,
        )

        collection_page.additional_properties = d
        return collection_page

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
    from ..models.collection_list_item import CollectionListItemDict


CollectionPageDict = TypedDict(
    "CollectionPageDict",
    {
        "list": "list[CollectionListItemDict]",
        "total": "int",
    },
    total=False,
)
"""`CollectionPage` as a plain dict, with FastGPT's field names."""
