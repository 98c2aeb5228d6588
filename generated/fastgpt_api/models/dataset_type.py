from typing import Literal

DatasetType = Literal[
    "apiDataset",
    "dataset",
    "dingtalk",
    "externalFile",
    "feishu",
    "folder",
    "websiteDataset",
    "yuque",
]

DATASET_TYPE_VALUES: set[DatasetType] = {
    "apiDataset",
    "dataset",
    "dingtalk",
    "externalFile",
    "feishu",
    "folder",
    "websiteDataset",
    "yuque",
}


def check_dataset_type(value: str) -> DatasetType:
    if value in DATASET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATASET_TYPE_VALUES!r}"
    )
