"""Search: ``POST /api/core/dataset/searchTest``, an object with ``list`` (``score`` a list).

Ranking is the emulator's stand-in for embeddings: SQLite FTS5 full text (bm25), or a plain
term-overlap score where SQLite lacks FTS5 (``_dataset_store``). Every score entry has type
``fullText`` whatever ``searchMode`` asks; results stop at ``limit`` tokens (100 to 20000,
default 5000) and below ``similarity``. A hit carries ``tokens`` on 4.14 only (4.14.5 spreads it
into every hit; 4.16 strips it).
"""

from __future__ import annotations

from typing import Any

from .._dataset_store import CollectionRow
from .._run import count_tokens
from .._sqlite import iso
from ._endpoint import Call, route
from ._kb import MISSING_PARAMS, PREFIX, need_dataset, source_id, source_name

SEARCH_MODES = ("embedding", "fullTextRecall", "mixedRecall")


async def search_test(call: Call) -> dict[str, Any]:
    body, store = call.body, call.state.datasets
    dataset = need_dataset(store, body.get("datasetId"))
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MISSING_PARAMS
    raw_limit, raw_similarity, raw_mode = body.get("limit"), body.get("similarity"), body.get("searchMode")
    limit = raw_limit if isinstance(raw_limit, int) and not isinstance(raw_limit, bool) else 5000
    limit = max(100, min(limit, 20000))
    similarity = float(raw_similarity) if isinstance(raw_similarity, int | float) else 0.0
    mode = raw_mode if isinstance(raw_mode, str) and raw_mode in SEARCH_MODES else "embedding"
    results: list[dict[str, Any]] = []
    budget = limit
    collections: dict[str, CollectionRow | None] = {}
    for index, hit in enumerate(store.search(dataset.id, text)):
        if hit.score < similarity:
            continue
        row = hit.data
        tokens = count_tokens(row.q + row.a)
        if results and tokens > budget:
            break
        budget -= tokens
        if row.collection_id not in collections:
            collections[row.collection_id] = store.collection(row.collection_id)
        collection = collections[row.collection_id]
        hit_json: dict[str, Any] = {
            "id": row.id,
            "updateTime": iso(row.update_time),
            "q": row.q,
            "a": row.a,
            "chunkIndex": row.chunk_index,
            "datasetId": row.dataset_id,
            "collectionId": row.collection_id,
            "sourceId": source_id(collection),
            "sourceName": source_name(collection),
            "score": [{"type": "fullText", "value": hit.score, "index": index}],
        }
        if call.state.version.search_hit_tokens:
            hit_json["tokens"] = tokens
        results.append(hit_json)
    return {
        "list": results,
        "duration": "0.001s",
        "limit": limit,
        "searchMode": mode,
        "usingReRank": False,
        "similarity": similarity,
    }


ROUTES = [route(f"{PREFIX}/searchTest", search_test, ["POST"])]
