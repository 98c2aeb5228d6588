from typing import Literal

ChunkSettingMode = Literal["auto", "custom"]

CHUNK_SETTING_MODE_VALUES: set[ChunkSettingMode] = {
    "auto",
    "custom",
}


def check_chunk_setting_mode(value: str) -> ChunkSettingMode:
    if value in CHUNK_SETTING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHUNK_SETTING_MODE_VALUES!r}"
    )
