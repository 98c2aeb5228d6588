from typing import Literal

ChartTimespan = Literal["day", "month", "quarter", "week"]

CHART_TIMESPAN_VALUES: set[ChartTimespan] = {
    "day",
    "month",
    "quarter",
    "week",
}


def check_chart_timespan(value: str) -> ChartTimespan:
    if value in CHART_TIMESPAN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHART_TIMESPAN_VALUES!r}"
    )
