from typing import Literal

ChunkSplitMode = Literal["char", "paragraph", "size"]

CHUNK_SPLIT_MODE_VALUES: set[ChunkSplitMode] = {
    "char",
    "paragraph",
    "size",
}


def check_chunk_split_mode(value: str) -> ChunkSplitMode:
    if value in CHUNK_SPLIT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHUNK_SPLIT_MODE_VALUES!r}"
    )
