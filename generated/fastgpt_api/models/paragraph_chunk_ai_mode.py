from typing import Literal

ParagraphChunkAiMode = Literal["auto", "forbid", "force"]

PARAGRAPH_CHUNK_AI_MODE_VALUES: set[ParagraphChunkAiMode] = {
    "auto",
    "forbid",
    "force",
}


def check_paragraph_chunk_ai_mode(value: str) -> ParagraphChunkAiMode:
    if value in PARAGRAPH_CHUNK_AI_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARAGRAPH_CHUNK_AI_MODE_VALUES!r}"
    )
