from typing import Literal

DataIndexType = Literal[
    "custom", "default", "image", "imageEmbedding", "question", "summary"
]

DATA_INDEX_TYPE_VALUES: set[DataIndexType] = {
    "custom",
    "default",
    "image",
    "imageEmbedding",
    "question",
    "summary",
}


def check_data_index_type(value: str) -> DataIndexType:
    if value in DATA_INDEX_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_INDEX_TYPE_VALUES!r}"
    )
