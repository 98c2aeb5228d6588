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
    from ..models.advanced_training import AdvancedTraining
    from ..models.training_mode_counts import TrainingModeCounts


T = TypeVar("T", bound="CollectionTrainingDetail")


@_attrs_define
class CollectionTrainingDetail:
    """A collection's training progress: `queuedCounts` (waiting), `trainingCounts` (being trained now) and `errorCounts`
    (failed for good), each by training mode.

    """

    queued_counts: TrainingModeCounts
    """ Items by training mode (`parse`, `chunk`, `qa`, `auto`, `image`, `imageParse`). """
    training_counts: TrainingModeCounts
    """ Items by training mode (`parse`, `chunk`, `qa`, `auto`, `image`, `imageParse`). """
    error_counts: TrainingModeCounts
    """ Items by training mode (`parse`, `chunk`, `qa`, `auto`, `image`, `imageParse`). """
    trained_count: int
    """ Data items the collection has (trained). """
    training_type: str | None = None
    """ How the collection is trained (`chunk`, `qa`, ...). """
    advanced_training: AdvancedTraining | None = None
    """ The collection's extra training steps. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queued_counts = self.queued_counts.to_dict()

        training_counts = self.training_counts.to_dict()

        error_counts = self.error_counts.to_dict()

        trained_count = self.trained_count

        self_training_type = UNSET if self.training_type is None else self.training_type
        training_type = self_training_type

        self_advanced_training = (
            UNSET if self.advanced_training is None else self.advanced_training
        )
        advanced_training: dict[str, Any] | Unset = UNSET
        if not isinstance(self_advanced_training, Unset):
            advanced_training = self_advanced_training.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queuedCounts": queued_counts,
                "trainingCounts": training_counts,
                "errorCounts": error_counts,
                "trainedCount": trained_count,
            }
        )
        if training_type is not UNSET:
            field_dict["trainingType"] = training_type
        if advanced_training is not UNSET:
            field_dict["advancedTraining"] = advanced_training

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.advanced_training import AdvancedTraining
        from ..models.training_mode_counts import TrainingModeCounts

        d = dict(src_dict)
        queued_counts = TrainingModeCounts.from_dict(d.pop("queuedCounts"))

        training_counts = TrainingModeCounts.from_dict(d.pop("trainingCounts"))

        error_counts = TrainingModeCounts.from_dict(d.pop("errorCounts"))

        trained_count = d.pop("trainedCount")

        training_type = d.pop("trainingType", UNSET)

        _advanced_training = d.pop("advancedTraining", UNSET)
        advanced_training: AdvancedTraining | Unset
        if isinstance(_advanced_training, Unset):
            advanced_training = UNSET
        else:
            advanced_training = AdvancedTraining.from_dict(_advanced_training)

        collection_training_detail = cls(
            queued_counts=queued_counts,
            training_counts=training_counts,
            error_counts=error_counts,
            trained_count=trained_count,
            training_type=None if isinstance(training_type, Unset) else training_type,
            advanced_training=None
            if isinstance(advanced_training, Unset)
            else advanced_training,
        )

        collection_training_detail.additional_properties = d
        return collection_training_detail

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
    from ..models.advanced_training import AdvancedTrainingDict


CollectionTrainingDetailDict = TypedDict(
    "CollectionTrainingDetailDict",
    {
        "queuedCounts": "Required[dict[str, Any]]",
        "trainingCounts": "Required[dict[str, Any]]",
        "errorCounts": "Required[dict[str, Any]]",
        "trainedCount": "Required[int]",
        "trainingType": "str",
        "advancedTraining": "AdvancedTrainingDict",
    },
    total=False,
)
"""`CollectionTrainingDetail` as a plain dict, with FastGPT's field names."""
