from typing import Literal

ChatSource = Literal[
    "api",
    "cronJob",
    "feishu",
    "mcp",
    "official_account",
    "online",
    "share",
    "test",
    "wechat",
    "wecom",
]

CHAT_SOURCE_VALUES: set[ChatSource] = {
    "api",
    "cronJob",
    "feishu",
    "mcp",
    "official_account",
    "online",
    "share",
    "test",
    "wechat",
    "wecom",
}


def check_chat_source(value: str) -> ChatSource:
    if value in CHAT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_SOURCE_VALUES!r}"
    )
