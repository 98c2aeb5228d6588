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
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """A cited knowledge-base chunk, as the answer saw it."""

    id: str
    """ The chunk's id (its data id). """
    q: str
    """ The chunk (or question) as it was when the answer was written. """
    a: str | None = None
    """ Its answer part. """
    image_preivew_url: str | None = None
    """ A signed preview URL of the chunk's image (FastGPT's spelling). """
    history: list[JsonObject] | None = None
    """ Earlier versions of the chunk. """
    update_time: str | None = None
    """ When the chunk last changed (ISO time). """
    index: int | None = None
    """ The chunk's `chunkIndex` in its collection. """
    updated: bool | None = None
    """ The chunk changed after the answer: `q`/`a` are the version the answer saw. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        q = self.q

        self_a = UNSET if self.a is None else self.a
        a = self_a

        self_image_preivew_url = (
            UNSET if self.image_preivew_url is None else self.image_preivew_url
        )
        image_preivew_url = self_image_preivew_url

        self_history = UNSET if self.history is None else self.history
        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_history, Unset):
            history = []
            for history_item_data in self_history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        self_update_time = UNSET if self.update_time is None else self.update_time
        update_time = self_update_time

        self_index = UNSET if self.index is None else self.index
        index = self_index

        self_updated = UNSET if self.updated is None else self.updated
        updated = self_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
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
        id = d.pop("_id")

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
            id=id,
            q=q,
            a=None if isinstance(a, Unset) else a,
            image_preivew_url=None
            if isinstance(image_preivew_url, Unset)
            else image_preivew_url,
            history=None if isinstance(history, Unset) else history,
            update_time=None if isinstance(update_time, Unset) else update_time,
            index=None if isinstance(index, Unset) else index,
            updated=None if isinstance(updated, Unset) else updated,
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


QuoteDict = TypedDict(
    "QuoteDict",
    {
        "_id": "Required[str]",
        "q": "Required[str]",
        "a": "str",
        "imagePreivewUrl": "str",
        "history": "list[dict[str, Any]]",
        "updateTime": "str",
        "index": "int",
        "updated": "bool",
    },
    total=False,
)
"""`Quote` as a plain dict, with FastGPT's field names."""
