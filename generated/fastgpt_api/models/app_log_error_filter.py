from typing import Literal

AppLogErrorFilter = Literal["all", "has_error"]

APP_LOG_ERROR_FILTER_VALUES: set[AppLogErrorFilter] = {
    "all",
    "has_error",
}


def check_app_log_error_filter(value: str) -> AppLogErrorFilter:
    if value in APP_LOG_ERROR_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APP_LOG_ERROR_FILTER_VALUES!r}"
    )
