from typing import Literal

AppLogFeedbackType = Literal["all", "bad", "good", "has_feedback"]

APP_LOG_FEEDBACK_TYPE_VALUES: set[AppLogFeedbackType] = {
    "all",
    "bad",
    "good",
    "has_feedback",
}


def check_app_log_feedback_type(value: str) -> AppLogFeedbackType:
    if value in APP_LOG_FEEDBACK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APP_LOG_FEEDBACK_TYPE_VALUES!r}"
    )
