from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetTrainingQueue")


@_attrs_define
class DatasetTrainingQueue:
    """A dataset's training queue."""

    rebuilding_count: int | None = None
    """ Data items being re-embedded. """
    training_count: int | None = None
    """ Items in the training queue (failed ones included). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_rebuilding_count = (
            UNSET if self.rebuilding_count is None else self.rebuilding_count
        )
        rebuilding_count = self_rebuilding_count

        self_training_count = (
            UNSET if self.training_count is None else self.training_count
        )
        training_count = self_training_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rebuilding_count is not UNSET:
            field_dict["rebuildingCount"] = rebuilding_count
        if training_count is not UNSET:
            field_dict["trainingCount"] = training_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rebuilding_count = d.pop("rebuildingCount", UNSET)

        training_count = d.pop("trainingCount", UNSET)

        dataset_training_queue = cls(
            rebuilding_count=None
            if isinstance(rebuilding_count, Unset)
            else rebuilding_count,
            training_count=None
            if isinstance(training_count, Unset)
            else training_count,
        )

        dataset_training_queue.additional_properties = d
        return dataset_training_queue

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


DatasetTrainingQueueDict = TypedDict(
    "DatasetTrainingQueueDict",
    {
        "rebuildingCount": "int",
        "trainingCount": "int",
    },
    total=False,
)
"""`DatasetTrainingQueue` as a plain dict, with FastGPT's field names."""
