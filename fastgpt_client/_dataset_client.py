"""`DatasetClient` and `AsyncDatasetClient`: knowledge bases, composed of their API areas
(imported on first use)."""

from __future__ import annotations

from .resources._async.collection_api import AsyncApiCollectionsAPI
from .resources._async.collections import AsyncCollectionsAPI
from .resources._async.data import AsyncDataAPI
from .resources._async.datasets import AsyncDatasetsAPI
from .resources._async.search import AsyncSearchAPI
from .resources._async.training import AsyncTrainingAPI
from .resources._sync.collection_api import ApiCollectionsAPI
from .resources._sync.collections import CollectionsAPI
from .resources._sync.data import DataAPI
from .resources._sync.datasets import DatasetsAPI
from .resources._sync.search import SearchAPI
from .resources._sync.training import TrainingAPI

__all__ = ["AsyncDatasetClient", "DatasetClient"]


class DatasetClient(DatasetsAPI, CollectionsAPI, ApiCollectionsAPI, DataAPI, SearchAPI, TrainingAPI):
    """Knowledge bases (FastGPT datasets): create them, import collections, push and correct data,
    test retrieval, and wait for training. Dataset routes check the key's team member, so an app key or an account
    key both work. Same constructor as `ChatClient`.
    """


class AsyncDatasetClient(
    AsyncDatasetsAPI,
    AsyncCollectionsAPI,
    AsyncApiCollectionsAPI,
    AsyncDataAPI,
    AsyncSearchAPI,
    AsyncTrainingAPI,
):
    """`DatasetClient` for asyncio and trio: every method is awaited; `async with` or `aclose()`."""
