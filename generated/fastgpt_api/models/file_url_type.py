from typing import Literal

FileUrlType = Literal["audio", "file", "video"]

FILE_URL_TYPE_VALUES: set[FileUrlType] = {
    "audio",
    "file",
    "video",
}


def check_file_url_type(value: str) -> FileUrlType:
    if value in FILE_URL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_URL_TYPE_VALUES!r}"
    )
