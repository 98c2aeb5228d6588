from typing import Literal

EmptyCollectionType = Literal["folder", "virtual"]

EMPTY_COLLECTION_TYPE_VALUES: set[EmptyCollectionType] = {
    "folder",
    "virtual",
}


def check_empty_collection_type(value: str) -> EmptyCollectionType:
    if value in EMPTY_COLLECTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMPTY_COLLECTION_TYPE_VALUES!r}"
    )
