"""`AppClient` and `AsyncAppClient`: an app's analytics (imported on first use)."""

from __future__ import annotations

from .resources._async.apps import AsyncAppsAPI
from .resources._sync.apps import AppsAPI

__all__ = ["AppClient", "AsyncAppClient"]


class AppClient(AppsAPI):
    """An app's analytics (FastGPT commercial edition). Same constructor as `ChatClient`."""


class AsyncAppClient(AsyncAppsAPI):
    """An app's analytics, awaited (FastGPT commercial edition). Same constructor as `ChatClient`."""
