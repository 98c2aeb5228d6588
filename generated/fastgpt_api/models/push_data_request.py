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

from ..models.training_type import TrainingType, check_training_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_item_input import DataItemInput


T = TypeVar("T", bound="PushDataRequest")


@_attrs_define
class PushDataRequest:
    """Items to add to a collection (at most 200 per call)."""

    collection_id: str
    """ The collection. """
    data: list[DataItemInput]
    """ The items. """
    training_type: TrainingType | None = None
    """ How to turn the text into data: `chunk` (split), `qa` (the agent model writes Q/A pairs), `auto`,
    `imageParse`, `backup`, `template`. """
    prompt: str | None = None
    """ The prompt for `qa` training. """
    bill_id: str | None = None
    """ A training bill id. """
    index_size: int | None = None
    """ Index size in tokens. """
    auto_indexes: bool | None = None
    """ Let the model write extra indexes. """
    image_index: bool | None = None
    """ Index the images in the items (4.16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        self_training_type = UNSET if self.training_type is None else self.training_type
        training_type: str | Unset = UNSET
        if not isinstance(self_training_type, Unset):
            training_type = self_training_type

        self_prompt = UNSET if self.prompt is None else self.prompt
        prompt = self_prompt

        self_bill_id = UNSET if self.bill_id is None else self.bill_id
        bill_id = self_bill_id

        self_index_size = UNSET if self.index_size is None else self.index_size
        index_size = self_index_size

        self_auto_indexes = UNSET if self.auto_indexes is None else self.auto_indexes
        auto_indexes = self_auto_indexes

        self_image_index = UNSET if self.image_index is None else self.image_index
        image_index = self_image_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectionId": collection_id,
                "data": data,
            }
        )
        if training_type is not UNSET:
            field_dict["trainingType"] = training_type
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if bill_id is not UNSET:
            field_dict["billId"] = bill_id
        if index_size is not UNSET:
            field_dict["indexSize"] = index_size
        if auto_indexes is not UNSET:
            field_dict["autoIndexes"] = auto_indexes
        if image_index is not UNSET:
            field_dict["imageIndex"] = image_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_item_input import DataItemInput

        d = dict(src_dict)
        collection_id = d.pop("collectionId")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DataItemInput.from_dict(data_item_data)

            data.append(data_item)

        _training_type = d.pop("trainingType", UNSET)
        training_type: TrainingType | Unset
        if isinstance(_training_type, Unset):
            training_type = UNSET
        else:
            training_type = check_training_type(_training_type)

        prompt = d.pop("prompt", UNSET)

        bill_id = d.pop("billId", UNSET)

        index_size = d.pop("indexSize", UNSET)

        auto_indexes = d.pop("autoIndexes", UNSET)

        image_index = d.pop("imageIndex", UNSET)

        push_data_request = cls(
            collection_id=collection_id,
            data=data,
            training_type=None if isinstance(training_type, Unset) else training_type,
            prompt=None if isinstance(prompt, Unset) else prompt,
            bill_id=None if isinstance(bill_id, Unset) else bill_id,
            index_size=None if isinstance(index_size, Unset) else index_size,
            auto_indexes=None if isinstance(auto_indexes, Unset) else auto_indexes,
            image_index=None if isinstance(image_index, Unset) else image_index,
        )

        push_data_request.additional_properties = d
        return push_data_request

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
    from ..models.data_item_input import DataItemInputDict


PushDataRequestDict = TypedDict(
    "PushDataRequestDict",
    {
        "collectionId": "Required[str]",
        "data": "Required[list[DataItemInputDict]]",
        "trainingType": "TrainingType",
        "prompt": "str",
        "billId": "str",
        "indexSize": "int",
        "autoIndexes": "bool",
        "imageIndex": "bool",
    },
    total=False,
)
"""`PushDataRequest` as a plain dict, with FastGPT's field names."""
