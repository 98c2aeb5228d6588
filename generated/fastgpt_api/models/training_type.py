from typing import Literal

TrainingType = Literal["auto", "backup", "chunk", "imageParse", "qa", "template"]

TRAINING_TYPE_VALUES: set[TrainingType] = {
    "auto",
    "backup",
    "chunk",
    "imageParse",
    "qa",
    "template",
}


def check_training_type(value: str) -> TrainingType:
    if value in TRAINING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRAINING_TYPE_VALUES!r}"
    )
