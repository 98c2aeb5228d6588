from typing import Literal

ChunkTriggerType = Literal["forceChunk", "maxSize", "minSize"]

CHUNK_TRIGGER_TYPE_VALUES: set[ChunkTriggerType] = {
    "forceChunk",
    "maxSize",
    "minSize",
}


def check_chunk_trigger_type(value: str) -> ChunkTriggerType:
    if value in CHUNK_TRIGGER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHUNK_TRIGGER_TYPE_VALUES!r}"
    )
