from typing import Literal

AudioFormat = Literal["amr", "m4a", "mp3", "mpga", "ogg", "wav"]

AUDIO_FORMAT_VALUES: set[AudioFormat] = {
    "amr",
    "m4a",
    "mp3",
    "mpga",
    "ogg",
    "wav",
}


def check_audio_format(value: str) -> AudioFormat:
    if value in AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_FORMAT_VALUES!r}"
    )
