"""Many concurrent streaming chats from one async client, in a fresh process.

Run by ``benchmarks.cases.concurrency`` as ``python -W error -m benchmarks.concurrency ...`` so
that peak RSS and the open file descriptors belong to this measurement alone, and any warning
(a ``ResourceWarning`` for an unclosed socket included) is an error. Warnings raised where they
cannot propagate (``__del__``) reach ``sys.unraisablehook``, which counts them. Prints one JSON line.

``--mode``:

    ours       one ``AsyncChatClient`` (its own httpx pool)
    httpx      one raw ``httpx.AsyncClient`` (same limits) + ``httpx_sse`` + ``json.loads``: the floor
    aiohttp    one ``AsyncChatClient`` on ``httpx_aiohttp.HttpxAiohttpClient`` (an aiohttp transport)
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

KEY = "fastgpt-benchmarkkey0000000000"
MODES = ("ours", "httpx", "aiohttp")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_peak_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


async def _ours(base_url: str, n: int, events: int, *, aiohttp: bool) -> list[Any]:
    from fastgpt_client import AsyncChatClient
    from fastgpt_client._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT

    http = None
    if aiohttp:
        from httpx_aiohttp import HttpxAiohttpClient

        http = HttpxAiohttpClient(timeout=DEFAULT_TIMEOUT, limits=DEFAULT_CONNECTION_LIMITS)

    async def one(client: AsyncChatClient) -> bool:
        count = 0
        async with await client.create_chat_completion("Hello", stream=True) as stream:
            async for _ in stream:
                count += 1
        return count == events

    try:
        async with AsyncChatClient(KEY, base_url, max_retries=0, http_client=http) as client:
            return await asyncio.gather(*(one(client) for _ in range(n)), return_exceptions=True)
    finally:
        if http is not None:
            await http.aclose()


async def _raw(base_url: str, n: int, events: int) -> list[Any]:
    import httpx
    from httpx_sse import EventSource

    from fastgpt_client._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT

    url = base_url + "/api/v1/chat/completions"
    headers = {"Authorization": f"Bearer {KEY}"}
    body = {"messages": [{"role": "user", "content": "Hello"}], "stream": True, "detail": False}

    async def one(http: httpx.AsyncClient) -> bool:
        count = 0
        async with http.stream("POST", url, json=body, headers=headers) as response:
            async for frame in EventSource(response).aiter_sse():
                if frame.data != "[DONE]":
                    json.loads(frame.data)
                    count += 1
        return count == events

    async with httpx.AsyncClient(timeout=DEFAULT_TIMEOUT, limits=DEFAULT_CONNECTION_LIMITS) as http:
        return await asyncio.gather(*(one(http) for _ in range(n)), return_exceptions=True)


async def chats(mode: str, base_url: str, n: int, events: int) -> dict[str, Any]:
    runners: dict[str, Callable[[], Awaitable[list[Any]]]] = {
        "ours": lambda: _ours(base_url, n, events, aiohttp=False),
        "httpx": lambda: _raw(base_url, n, events),
        "aiohttp": lambda: _ours(base_url, n, events, aiohttp=True),
    }
    start = time.perf_counter()
    results = await runners[mode]()
    wall = time.perf_counter() - start
    errors = [repr(r) for r in results if isinstance(r, BaseException)]
    return {"completed": sum(1 for r in results if r is True), "errors": errors[:5], "wall_s": wall}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--mode", choices=MODES, default="ours")
    args = parser.parse_args()

    unraisable: list[str] = []
    sys.unraisablehook = lambda info: unraisable.append(f"{info.exc_type.__name__}: {info.exc_value}")

    # Imports are not part of what is measured.
    import httpx_sse  # noqa: F401

    import fastgpt_client  # noqa: F401

    if args.mode == "aiohttp":
        import httpx_aiohttp  # noqa: F401

    gc.collect()
    fds_before = open_fds()
    rss_before = rss_peak_bytes()
    outcome = asyncio.run(chats(args.mode, args.base_url, args.chats, args.events))
    gc.collect()
    fds_after = open_fds()
    result = {
        "mode": args.mode,
        "ok": outcome["completed"] == args.chats and fds_after == fds_before and not unraisable,
        "chats": args.chats,
        **outcome,
        "chats_per_s": args.chats / outcome["wall_s"],
        "fds_before": fds_before,
        "fds_after": fds_after,
        "rss_before_bytes": rss_before,
        "rss_peak_bytes": rss_peak_bytes(),
        "rss_growth_bytes": rss_peak_bytes() - rss_before,
        "unraisable": unraisable[:5],
        "resource_warnings": sum("ResourceWarning" in u for u in unraisable),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
