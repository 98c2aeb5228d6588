from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """A cited knowledge-base chunk, as the answer saw it."""

    field_id: str
    """ The chunk's id (its data id). """
    q: str
    """ The chunk (or question) as it was when the answer was written. """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        q = self.q

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "q": q,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        field_id = d.pop("_id")

        q = d.pop("q")

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

        quote = cls(
            field_id=field_id,
            q=q,
            a=a,
            image_preivew_url=image_preivew_url,
            history=history,
            update_time=update_time,
            index=index,
            updated=updated,
        )

        quote.additional_properties = d
        return quote

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
