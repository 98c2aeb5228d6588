from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CollectionQuote")


@_attrs_define
class CollectionQuote:
    """A chunk of a cited collection (its `_id` is `id` again)."""

    q: str
    """ The chunk (or question) as it was when the answer was written. """
    id: str
    """ The chunk's id again (the cursor for `prevId`/`nextId`). """
    a: str | Unset = UNSET
    """ Its answer part. """
    image_preivew_url: str | Unset = UNSET
    """ A signed preview URL of the chunk's image (FastGPT's spelling). """
    history: list[JsonObject] | Unset = UNSET
    """ Earlier versions of the chunk. """
    update_time: str | Unset = UNSET
    """ When the chunk last changed (ISO time). """
    index: int | Unset = UNSET
    """ The chunk's `chunkIndex` in its collection. """
    updated: bool | Unset = UNSET
    """ The chunk changed after the answer: `q`/`a` are the version the answer saw. """
    anchor: float | Unset = UNSET
    """ Its `chunkIndex` (the `anchor` to page from it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        q = self.q

        id = self.id

        a = self.a

        image_preivew_url = self.image_preivew_url

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        update_time = self.update_time

        index = self.index

        updated = self.updated

        anchor = self.anchor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "q": q,
                "id": id,
            }
        )
        if a is not UNSET:
            field_dict["a"] = a
        if image_preivew_url is not UNSET:
            field_dict["imagePreivewUrl"] = image_preivew_url
        if history is not UNSET:
            field_dict["history"] = history
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if index is not UNSET:
            field_dict["index"] = index
        if updated is not UNSET:
            field_dict["updated"] = updated
        if anchor is not UNSET:
            field_dict["anchor"] = anchor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        q = d.pop("q")

        id = d.pop("id")

        a = d.pop("a", UNSET)

        image_preivew_url = d.pop("imagePreivewUrl", UNSET)

        _history = d.pop("history", UNSET)
        history: list[JsonObject] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = JsonObject.from_dict(history_item_data)

                history.append(history_item)

        update_time = d.pop("updateTime", UNSET)

        index = d.pop("index", UNSET)

        updated = d.pop("updated", UNSET)

        anchor = d.pop("anchor", UNSET)

        collection_quote = cls(
            q=q,
            id=id,
            a=a,
            image_preivew_url=image_preivew_url,
            history=history,
            update_time=update_time,
            index=index,
            updated=updated,
            anchor=anchor,
        )

        collection_quote.additional_properties = d
        return collection_quote

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
