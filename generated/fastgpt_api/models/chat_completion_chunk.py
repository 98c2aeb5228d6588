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
    from ..models.chunk_choice import ChunkChoice


T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk:
    """The payload of `answer` and `fastAnswer` frames. `id` is always empty; an empty `content` is a heartbeat."""

    id: str | None = None
    """ Always empty. """
    object_: str | None = None
    """ Always empty. """
    created: int | None = None
    """ Always 0. """
    model: str | None = None
    """ Always empty. """
    choices: list[ChunkChoice] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_id = UNSET if self.id is None else self.id
        id = self_id

        self_object_ = UNSET if self.object_ is None else self.object_
        object_ = self_object_

        self_created = UNSET if self.created is None else self.created
        created = self_created

        self_model = UNSET if self.model is None else self.model
        model = self_model

        self_choices = UNSET if self.choices is None else self.choices
        choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_choices, Unset):
            choices = []
            for choices_item_data in self_choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if model is not UNSET:
            field_dict["model"] = model
        if choices is not UNSET:
            field_dict["choices"] = choices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chunk_choice import ChunkChoice

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        created = d.pop("created", UNSET)

        model = d.pop("model", UNSET)

        _choices = d.pop("choices", UNSET)
        choices: list[ChunkChoice] | Unset = UNSET
        if _choices is not UNSET:
            choices = []
            for choices_item_data in _choices:
                choices_item = ChunkChoice.from_dict(choices_item_data)

                choices.append(choices_item)

        chat_completion_chunk = cls(
            id=None if isinstance(id, Unset) else id,
            object_=None if isinstance(object_, Unset) else object_,
            created=None if isinstance(created, Unset) else created,
            model=None if isinstance(model, Unset) else model,
            choices=None if isinstance(choices, Unset) else choices,
        )

        chat_completion_chunk.additional_properties = d
        return chat_completion_chunk

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
    from ..models.chunk_choice import ChunkChoiceDict


ChatCompletionChunkDict = TypedDict(
    "ChatCompletionChunkDict",
    {
        "id": "str",
        "object": "str",
        "created": "int",
        "model": "str",
        "choices": "list[ChunkChoiceDict]",
    },
    total=False,
)
"""`ChatCompletionChunk` as a plain dict, with FastGPT's field names."""
