"""`AppClient` and `AsyncAppClient`: an app's logs and analytics (imported on first use)."""

from __future__ import annotations

from .resources._async.app_logs import AsyncAppLogsAPI
from .resources._async.apps import AsyncAppsAPI
from .resources._sync.app_logs import AppLogsAPI
from .resources._sync.apps import AppsAPI

__all__ = ["AppClient", "AsyncAppClient"]


class AppClient(AppLogsAPI, AppsAPI):
    """An app's conversation logs and their users, and its analytics (FastGPT commercial edition).
    Same constructor as `ChatClient`."""


class AsyncAppClient(AsyncAppLogsAPI, AsyncAppsAPI):
    """`AppClient`, awaited. Same constructor as `ChatClient`."""
