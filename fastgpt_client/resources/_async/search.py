"""Retrieval tests: `search_test`, what a query retrieves from a dataset.

Where FastGPT's docs and its handlers differ, this follows the handlers: `searchTest` answers an
object with `list`, and a result's `score` is a list of `{type, value, index}`.
`parse_search_result` also reads the documented forms (a bare list, a number as `score`).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Mapping
from typing import Any, Unpack

from ... import _endpoints, _envelope
from ..._check import Check
from ..._json import as_int, as_list, as_mapping, as_number, as_str, is_mapping
from ..._plan import request_options
from ...types.datasets import SearchModeName, SearchResult
from ...types.options import RequestOptions
from ._client import AsyncAPIClient


class AsyncSearchAPI(AsyncAPIClient):
    """Test a dataset's retrieval."""

    async def search_test(
        self,
        dataset_id: str,
        text: str,
        *,
        limit: int | None = None,
        similarity: float | None = None,
        search_mode: SearchModeName | None = None,
        using_rerank: bool | None = None,
        rerank_model: str | None = None,
        embedding_weight: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> SearchResult:
        """What a query retrieves from a dataset, best first (`limit` is a token budget)."""
        from fastgpt_api.models import SearchTestRequest
        from fastgpt_api.models.search_mode import SEARCH_MODE_VALUES

        check = Check("search_test")
        body = _endpoints.model(
            SearchTestRequest,
            dataset_id=check.string(dataset_id, "dataset_id"),
            text=check.string(text, "text"),
            limit=check.optional_integer(limit, "limit"),
            similarity=check.optional_number(similarity, "similarity", minimum=0, maximum=1),
            search_mode=check.optional_one_of(search_mode, "search_mode", sorted(SEARCH_MODE_VALUES)),
            using_re_rank=check.optional_boolean(using_rerank, "using_rerank"),
            rerank_model=check.optional_string_or_empty(rerank_model, "rerank_model"),
            embedding_weight=check.optional_number(embedding_weight, "embedding_weight"),
        )
        plan = _endpoints.plan(
            "dataset_search.search_test",
            parse_search_result,
            options=request_options(options, check.method),
            body=body,
            idempotent=True,
        )
        return await self._request(plan)


def parse_search_result(body: Any) -> SearchResult:
    """A `searchTest` answer as a `SearchResult`."""
    from fastgpt_api.models import SearchResultItem, SearchTestResult

    data = _envelope.data_of(body)
    # FastGPT's docs show a bare list; accept it too.
    payload: Mapping[str, Any] = {"list": data} if isinstance(data, list) else as_mapping(data)
    entries = [_with_score_list(entry) for entry in as_list(payload.get("list")) if is_mapping(entry)]
    raw = SearchTestResult.from_dict({**payload, "list": entries})
    rerank = payload.get("usingReRank")
    return SearchResult(
        items=[SearchResultItem.from_dict(entry) for entry in entries],
        duration=parse_seconds(payload.get("duration")),
        search_mode=as_str(payload.get("searchMode")) or None,
        limit=as_int(payload.get("limit")),
        similarity=as_number(payload.get("similarity")),
        using_rerank=rerank if isinstance(rerank, bool) else None,
        raw=raw,
    )


def parse_seconds(value: object) -> float | None:
    """FastGPT's `"0.532s"` (or `"532ms"`, or a bare number) as seconds; None for anything else."""
    number = as_number(value)
    if number is None and isinstance(value, str):
        text, scale = value.strip().lower(), 1.0
        if text.endswith("ms"):
            text, scale = text[:-2], 0.001
        elif text.endswith("s"):
            text = text[:-1]
        with contextlib.suppress(ValueError):
            number = float(text.strip()) * scale
    return number if number is not None and math.isfinite(number) and number >= 0 else None


def _with_score_list(entry: Mapping[str, Any]) -> dict[str, Any]:
    """An item whose `score` is FastGPT's list; a bare number (older docs) becomes one entry."""
    item = dict(entry)
    score = item.get("score")
    if isinstance(score, int | float) and not isinstance(score, bool):
        item["score"] = [{"type": "embedding", "value": score, "index": 0}]
    elif score is not None and not isinstance(score, list):
        item.pop("score")
    return item
