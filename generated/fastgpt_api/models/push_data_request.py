from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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
    training_type: TrainingType | Unset = UNSET
    """ How to turn the text into data: `chunk` (split), `qa` (the agent model writes Q/A pairs), `auto`,
    `imageParse`, `backup`, `template`. """
    prompt: str | Unset = UNSET
    """ The prompt for `qa` training. """
    bill_id: str | Unset = UNSET
    """ A training bill id. """
    index_size: int | Unset = UNSET
    """ Index size in tokens. """
    auto_indexes: bool | Unset = UNSET
    """ Let the model write extra indexes. """
    image_index: bool | Unset = UNSET
    """ Index the images in the items (4.16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        training_type: str | Unset = UNSET
        if not isinstance(self.training_type, Unset):
            training_type = self.training_type

        prompt = self.prompt

        bill_id = self.bill_id

        index_size = self.index_size

        auto_indexes = self.auto_indexes

        image_index = self.image_index

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
            training_type=training_type,
            prompt=prompt,
            bill_id=bill_id,
            index_size=index_size,
            auto_indexes=auto_indexes,
            image_index=image_index,
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
