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
    from ..models.collection_quote import CollectionQuote


T = TypeVar("T", bound="CollectionQuotePage")


@_attrs_define
class CollectionQuotePage:
    """Chunks of a cited collection, in `chunkIndex` order."""

    list_: list[CollectionQuote] | None = None
    """ The chunks. """
    has_more_prev: bool | None = None
    """ There are chunks before the first one. """
    has_more_next: bool | None = None
    """ There are chunks after the last one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_list_ = UNSET if self.list_ is None else self.list_
        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_list_, Unset):
            list_ = []
            for list_item_data in self_list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        self_has_more_prev = UNSET if self.has_more_prev is None else self.has_more_prev
        has_more_prev = self_has_more_prev

        self_has_more_next = UNSET if self.has_more_next is None else self.has_more_next
        has_more_next = self_has_more_next

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not UNSET:
            field_dict["list"] = list_
        if has_more_prev is not UNSET:
            field_dict["hasMorePrev"] = has_more_prev
        if has_more_next is not UNSET:
            field_dict["hasMoreNext"] = has_more_next

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.collection_quote import CollectionQuote

        d = dict(src_dict)
        _list_ = d.pop("list", UNSET)
        list_: list[CollectionQuote] | Unset = UNSET
        if _list_ is not UNSET:
            list_ = []
            for list_item_data in _list_:
                list_item = CollectionQuote.from_dict(list_item_data)

                list_.append(list_item)

        has_more_prev = d.pop("hasMorePrev", UNSET)

        has_more_next = d.pop("hasMoreNext", UNSET)

        collection_quote_page = cls(
            list_=None if isinstance(list_, Unset) else list_,
            has_more_prev=None if isinstance(has_more_prev, Unset) else has_more_prev,
            has_more_next=None if isinstance(has_more_next, Unset) else has_more_next,
        )

        collection_quote_page.additional_properties = d
        return collection_quote_page

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
    from ..models.collection_quote import CollectionQuoteDict


CollectionQuotePageDict = TypedDict(
    "CollectionQuotePageDict",
    {
        "list": "list[CollectionQuoteDict]",
        "hasMorePrev": "bool",
        "hasMoreNext": "bool",
    },
    total=False,
)
"""`CollectionQuotePage` as a plain dict, with FastGPT's field names."""
