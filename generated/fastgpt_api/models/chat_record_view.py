from typing import Literal

ChatRecordView = Literal["home", "normal", "outLink"]

CHAT_RECORD_VIEW_VALUES: set[ChatRecordView] = {
    "home",
    "normal",
    "outLink",
}


def check_chat_record_view(value: str) -> ChatRecordView:
    if value in CHAT_RECORD_VIEW_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_RECORD_VIEW_VALUES!r}"
    )
