"""Many concurrent streaming chats from one ``AsyncChatClient``, in a fresh process.

Run by ``benchmarks.cases.concurrency`` as ``python -W error -m benchmarks.concurrency ...`` so
that peak RSS and the open file descriptors belong to this measurement alone, and any warning
(a ``ResourceWarning`` for an unclosed socket included) is an error. Warnings raised where they
cannot propagate (``__del__``) reach ``sys.unraisablehook``, which counts them. Prints one JSON line.
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
from typing import Any

KEY = "fastgpt-benchmarkkey0000000000"


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_peak_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


async def chats(base_url: str, n: int, events: int) -> dict[str, Any]:
    from fastgpt_client import AsyncChatClient

    async def one(client: AsyncChatClient) -> bool:
        count = 0
        async with await client.create_chat_completion("Hello", stream=True) as stream:
            async for _ in stream:
                count += 1
        return count == events

    start = time.perf_counter()
    async with AsyncChatClient(KEY, base_url, max_retries=0) as client:
        results = await asyncio.gather(*(one(client) for _ in range(n)), return_exceptions=True)
    wall = time.perf_counter() - start
    errors = [repr(r) for r in results if isinstance(r, BaseException)]
    return {"completed": sum(1 for r in results if r is True), "errors": errors[:5], "wall_s": wall}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--events", type=int, required=True)
    args = parser.parse_args()

    unraisable: list[str] = []
    sys.unraisablehook = lambda info: unraisable.append(f"{info.exc_type.__name__}: {info.exc_value}")

    import fastgpt_client  # noqa: F401  (imports are not part of what is measured)

    gc.collect()
    fds_before = open_fds()
    rss_before = rss_peak_bytes()
    outcome = asyncio.run(chats(args.base_url, args.chats, args.events))
    gc.collect()
    fds_after = open_fds()
    result = {
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
