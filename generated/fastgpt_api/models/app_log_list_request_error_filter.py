from typing import Literal

AppLogListRequestErrorFilter = Literal["all", "has_error"]

APP_LOG_LIST_REQUEST_ERROR_FILTER_VALUES: set[AppLogListRequestErrorFilter] = {
    "all",
    "has_error",
}


def check_app_log_list_request_error_filter(value: str) -> AppLogListRequestErrorFilter:
    if value in APP_LOG_LIST_REQUEST_ERROR_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APP_LOG_LIST_REQUEST_ERROR_FILTER_VALUES!r}"
    )
