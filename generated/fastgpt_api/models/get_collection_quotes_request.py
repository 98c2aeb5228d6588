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

T = TypeVar("T", bound="GetCollectionQuotesRequest")


@_attrs_define
class GetCollectionQuotesRequest:
    """A page of one cited collection's chunks."""

    app_id: str
    """ The app. """
    chat_id: str
    """ The chat. """
    chat_item_data_id: str
    """ The answer's `dataId`. """
    collection_id: str
    """ The cited collection. """
    page_size: int | None = None
    """ Chunks per direction (1 to 30, default 15). """
    anchor: float | None = None
    """ The `chunkIndex` of `initialId`, `prevId` or `nextId` (required by the handler). """
    initial_id: str | None = None
    """ Center on this chunk. """
    prev_id: str | None = None
    """ The chunks before this one. """
    next_id: str | None = None
    """ The chunks after this one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        chat_id = self.chat_id

        chat_item_data_id = self.chat_item_data_id

        collection_id = self.collection_id

        self_page_size = UNSET if self.page_size is None else self.page_size
        page_size = self_page_size

        self_anchor = UNSET if self.anchor is None else self.anchor
        anchor = self_anchor

        self_initial_id = UNSET if self.initial_id is None else self.initial_id
        initial_id = self_initial_id

        self_prev_id = UNSET if self.prev_id is None else self.prev_id
        prev_id = self_prev_id

        self_next_id = UNSET if self.next_id is None else self.next_id
        next_id = self_next_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "chatId": chat_id,
                "chatItemDataId": chat_item_data_id,
                "collectionId": collection_id,
            }
        )
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if initial_id is not UNSET:
            field_dict["initialId"] = initial_id
        if prev_id is not UNSET:
            field_dict["prevId"] = prev_id
        if next_id is not UNSET:
            field_dict["nextId"] = next_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        chat_id = d.pop("chatId")

        chat_item_data_id = d.pop("chatItemDataId")

        collection_id = d.pop("collectionId")

        page_size = d.pop("pageSize", UNSET)

        anchor = d.pop("anchor", UNSET)

        initial_id = d.pop("initialId", UNSET)

        prev_id = d.pop("prevId", UNSET)

        next_id = d.pop("nextId", UNSET)

        get_collection_quotes_request = cls(
            app_id=app_id,
            chat_id=chat_id,
            chat_item_data_id=chat_item_data_id,
            collection_id=collection_id,
            page_size=None if isinstance(page_size, Unset) else page_size,
            anchor=None if isinstance(anchor, Unset) else anchor,
            initial_id=None if isinstance(initial_id, Unset) else initial_id,
            prev_id=None if isinstance(prev_id, Unset) else prev_id,
            next_id=None if isinstance(next_id, Unset) else next_id,
        )

        get_collection_quotes_request.additional_properties = d
        return get_collection_quotes_request

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


GetCollectionQuotesRequestDict = TypedDict(
    "GetCollectionQuotesRequestDict",
    {
        "appId": "Required[str]",
        "chatId": "Required[str]",
        "chatItemDataId": "Required[str]",
        "collectionId": "Required[str]",
        "pageSize": "int",
        "anchor": "float",
        "initialId": "str",
        "prevId": "str",
        "nextId": "str",
    },
    total=False,
)
"""`GetCollectionQuotesRequest` as a plain dict, with FastGPT's field names."""
