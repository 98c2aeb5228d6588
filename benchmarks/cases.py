"""The measurements. Each returns plain dicts (JSON-ready); the report turns them into tables.

Method: contestants run interleaved, in rounds (A B C, then B C A, ...), so that load from
anything else on the machine hits all of them alike. A figure is the median over rounds; a
ratio is the median of the per-round ratios (paired, so drift between rounds cancels).
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from .fixtures import DETAIL_EXTRA_FRAMES, DETAIL_UNIT_FRAMES, PLAIN_EXTRA_FRAMES

KEY = "fastgpt-benchmarkkey0000000000"
MESSAGES = [{"role": "user", "content": "How fast is this SDK?"}]
CHAT_PATH = "/api/v1/chat/completions"
CHUNK_4K = 4096
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Scale:
    """How much work each section does: ``quick`` for the smoke run, ``full`` for the docs."""

    rounds: int
    calls_per_round: int
    plain_frames: int
    detail_units: int
    stream_rounds: int
    latency_frames: int
    latency_gap_us: int
    import_runs: int
    concurrency: int
    concurrency_frames: int
    concurrency_rounds: int
    growth_sizes: tuple[int, ...]
    growth_budget_s: float  # time per size and contestant


QUICK = Scale(
    rounds=5,
    calls_per_round=40,
    plain_frames=5_000,
    detail_units=200,
    stream_rounds=3,
    latency_frames=100,
    latency_gap_us=2_000,
    import_runs=3,
    concurrency=100,
    concurrency_frames=20,
    concurrency_rounds=1,
    growth_sizes=(1_000, 10_000, 100_000, 1_000_000),
    growth_budget_s=0.3,
)
FULL = Scale(
    rounds=15,
    calls_per_round=200,
    plain_frames=50_000,
    detail_units=1_200,
    stream_rounds=7,
    latency_frames=500,
    latency_gap_us=2_000,
    import_runs=7,
    concurrency=1_000,
    concurrency_frames=20,
    concurrency_rounds=3,
    growth_sizes=(1_000, 10_000, 100_000, 1_000_000, 10_000_000),
    growth_budget_s=2.0,
)


# -- the server ---------------------------------------------------------------------------------
class ReplayServer:
    """``benchmarks.server`` in a child process, for the lifetime of a ``with`` block."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.server", "--lifetime", "1800"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.strip().isdigit():
            self.close()
            raise RuntimeError("benchmarks.server did not start")
        self.url = f"http://127.0.0.1:{int(line)}"

    def base(self, fixture: str) -> str:
        """The base_url under which every chat call gets ``fixture``."""
        return f"{self.url}/r/{fixture}"

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()  # the server exits when its stdin closes
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()

    def __enter__(self) -> ReplayServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- timing helpers -----------------------------------------------------------------------------
def interleaved(
    contestants: dict[str, Callable[[], object]], rounds: int, per_round: int
) -> dict[str, list[float]]:
    """Seconds per operation for each contestant, one figure per round, rounds interleaved."""
    names = list(contestants)
    for fn in contestants.values():  # warm up: connections, caches, lazy imports
        for _ in range(max(1, per_round // 10)):
            fn()
    times: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            fn = contestants[name]
            gc.collect()
            start = time.perf_counter()
            for _ in range(per_round):
                fn()
            times[name].append((time.perf_counter() - start) / per_round)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def paired_ratio(a: list[float], b: list[float]) -> float:
    return statistics.median(x / y for x, y in zip(a, b, strict=True))


def summary(times: dict[str, list[float]]) -> dict[str, Any]:
    return {name: {"median": median(v), "rounds": v} for name, v in times.items()}


# -- 1. per-call overhead, non-stream -----------------------------------------------------------
def request_body(*, stream: bool, detail: bool = False) -> dict[str, Any]:
    return {"messages": MESSAGES, "stream": stream, "detail": detail, "chatId": "benchchat0000000000000001"}


def overhead(server: ReplayServer, scale: Scale) -> dict[str, Any]:
    from openai import AsyncOpenAI, OpenAI

    from fastgpt_client import AsyncChatClient, ChatClient

    base = server.base("complete")
    url = base + CHAT_PATH
    headers = {"Authorization": f"Bearer {KEY}"}
    body = request_body(stream=False)
    results: dict[str, Any] = {}

    with (
        ChatClient(KEY, base) as ours,
        httpx.Client() as http,
        OpenAI(api_key=KEY, base_url=base + "/api/v1") as oa,
    ):

        def run_ours() -> str:
            return ours.create_chat_completion(MESSAGES).text

        def run_httpx() -> str:
            data = json.loads(http.post(url, json=body, headers=headers).content)
            return str(data["choices"][0]["message"]["content"])

        def run_openai() -> str:
            return (
                oa.chat.completions.create(model="fastgpt", messages=MESSAGES).choices[0].message.content
                or ""
            )  # type: ignore[arg-type]

        assert run_ours() == run_httpx() == run_openai()
        times = interleaved(
            {"fastgpt_client": run_ours, "httpx": run_httpx, "openai": run_openai},
            scale.rounds,
            scale.calls_per_round,
        )
    results["sync"] = summary(times)
    results["sync"]["ratio_httpx"] = paired_ratio(times["fastgpt_client"], times["httpx"])
    results["sync"]["ratio_openai"] = paired_ratio(times["fastgpt_client"], times["openai"])

    async def contestants() -> dict[str, list[float]]:
        async with (
            AsyncChatClient(KEY, base) as aours,
            httpx.AsyncClient() as ahttp,
            AsyncOpenAI(api_key=KEY, base_url=base + "/api/v1") as aoa,
        ):

            async def run_ours() -> str:
                return (await aours.create_chat_completion(MESSAGES)).text

            async def run_httpx() -> str:
                data = json.loads((await ahttp.post(url, json=body, headers=headers)).content)
                return str(data["choices"][0]["message"]["content"])

            async def run_openai() -> str:
                answer = await aoa.chat.completions.create(model="fastgpt", messages=MESSAGES)  # type: ignore[arg-type]
                return answer.choices[0].message.content or ""

            assert await run_ours() == await run_httpx() == await run_openai()
            return await _interleaved_in_loop(
                {"fastgpt_client": run_ours, "httpx": run_httpx, "openai": run_openai},
                scale.rounds,
                scale.calls_per_round,
            )

    atimes = asyncio.run(contestants())
    results["async"] = summary(atimes)
    results["async"]["ratio_httpx"] = paired_ratio(atimes["fastgpt_client"], atimes["httpx"])
    results["async"]["ratio_openai"] = paired_ratio(atimes["fastgpt_client"], atimes["openai"])
    return results


async def _interleaved_in_loop(
    contestants: dict[str, Callable[[], Awaitable[object]]], rounds: int, per_round: int
) -> dict[str, list[float]]:
    names = list(contestants)
    for fn in contestants.values():
        for _ in range(max(1, per_round // 10)):
            await fn()
    times: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            fn = contestants[name]
            gc.collect()
            start = time.perf_counter()
            for _ in range(per_round):
                await fn()
            times[name].append((time.perf_counter() - start) / per_round)
    return times


# -- 2. stream decoding throughput and frame latency -------------------------------------------
@contextmanager
def _stream_readers(
    base: str, *, detail: bool, openai: bool = True
) -> Iterator[dict[str, Callable[[], int]]]:
    """Callables that read one whole stream and return how many events they got."""
    from httpx_sse import EventSource
    from openai import OpenAI

    from fastgpt_client import ChatClient

    url = base + CHAT_PATH
    headers = {"Authorization": f"Bearer {KEY}"}
    body = request_body(stream=True, detail=detail)
    with (
        ChatClient(KEY, base) as ours,
        httpx.Client() as http,
        OpenAI(api_key=KEY, base_url=base + "/api/v1") as oa,
    ):

        def run_ours() -> int:
            count = 0
            with ours.create_chat_completion(MESSAGES, stream=True, detail=detail) as stream:
                for _ in stream:
                    count += 1
            return count

        def run_floor() -> int:
            count = 0
            with http.stream("POST", url, json=body, headers=headers) as response:
                for frame in EventSource(response).iter_sse():
                    if frame.data != "[DONE]":
                        json.loads(frame.data)
                        count += 1
            return count

        def run_openai() -> int:
            count = 0
            for _ in oa.chat.completions.create(model="fastgpt", messages=MESSAGES, stream=True):  # type: ignore[arg-type]
                count += 1
            return count

        readers: dict[str, Callable[[], int]] = {"fastgpt_client": run_ours, "httpx_sse": run_floor}
        if openai and not detail:
            readers["openai"] = run_openai  # it cannot read named events
        yield readers


def throughput(server: ReplayServer, scale: Scale) -> dict[str, Any]:
    results: dict[str, Any] = {}
    plain_events = scale.plain_frames + PLAIN_EXTRA_FRAMES
    detail_events = scale.detail_units * DETAIL_UNIT_FRAMES + DETAIL_EXTRA_FRAMES
    plain_name, detail_name = f"plain-{scale.plain_frames}", f"detail-{scale.detail_units}"
    cases = {  # one HTTP chunk per SSE frame (as Node writes), then the same bytes in 4 KB chunks
        "plain": (plain_name, False, plain_events),
        "detail": (detail_name, True, detail_events),
        "plain_4k": (f"{plain_name}~{CHUNK_4K}", False, plain_events),
        "detail_4k": (f"{detail_name}~{CHUNK_4K}", True, detail_events),
    }
    for case, (fixture, detail, events) in cases.items():
        with _stream_readers(server.base(fixture), detail=detail, openai="~" not in fixture) as readers:
            for name, read in readers.items():
                got = read()
                if got != events:
                    raise AssertionError(f"{name} read {got} events from {fixture}, expected {events}")
            times = interleaved(dict(readers), scale.stream_rounds, 1)
        rates = {name: [events / t for t in v] for name, v in times.items()}
        entry: dict[str, Any] = {
            "events": events,
            "fixture": fixture,
            **{name: {"median": median(v), "rounds": v} for name, v in rates.items()},
        }
        entry["ratio_floor"] = paired_ratio(rates["fastgpt_client"], rates["httpx_sse"])
        if "openai" in rates:
            entry["ratio_openai"] = paired_ratio(rates["fastgpt_client"], rates["openai"])
        results[case] = entry
    return results


def latency(server: ReplayServer, scale: Scale) -> dict[str, Any]:
    """Server writes a frame stamped with monotonic_ns (system-wide on Linux); we time the yield."""
    from httpx_sse import EventSource

    from fastgpt_client import AnswerEvent, ChatClient

    base = f"{server.url}/slow/{scale.latency_frames}/{scale.latency_gap_us}"
    results: dict[str, Any] = {}
    ours_lat: list[float] = []
    floor_lat: list[float] = []
    with ChatClient(KEY, base) as ours, httpx.Client() as http:
        for _ in range(2):  # alternate, so both see the same conditions
            with ours.create_chat_completion(MESSAGES, stream=True) as stream:
                for event in stream:
                    now = time.monotonic_ns()
                    if isinstance(event, AnswerEvent) and "ts" in event.data:
                        ours_lat.append((now - event.data["ts"]) / 1e6)
            with http.stream(
                "POST",
                base + CHAT_PATH,
                json=request_body(stream=True),
                headers={"Authorization": f"Bearer {KEY}"},
            ) as response:
                for frame in EventSource(response).iter_sse():
                    if frame.data == "[DONE]":
                        continue
                    data = json.loads(frame.data)
                    now = time.monotonic_ns()
                    if "ts" in data:
                        floor_lat.append((now - data["ts"]) / 1e6)
    for name, values in (("fastgpt_client", ours_lat), ("httpx_sse", floor_lat)):
        values.sort()
        results[name] = {
            "median_ms": median(values),
            "p99_ms": values[int(len(values) * 0.99) - 1],
            "frames": len(values),
        }
    results["gap_ms"] = scale.latency_gap_us / 1000
    return results


# -- 3. import time -----------------------------------------------------------------------------
def import_time(scale: Scale) -> dict[str, Any]:
    """Cumulative microseconds of the top-level import, from ``python -X importtime``."""
    modules = ["fastgpt_client", "httpx", "openai"]
    times: dict[str, list[float]] = {m: [] for m in modules}
    for r in range(scale.import_runs):
        order = modules[r % 3 :] + modules[: r % 3]
        for module in order:
            proc = subprocess.run(
                [sys.executable, "-X", "importtime", "-c", f"import {module}"],
                capture_output=True,
                text=True,
                check=True,
                cwd="/",
            )
            for line in proc.stderr.splitlines():
                parts = [p.strip() for p in line.removeprefix("import time:").split("|")]
                if len(parts) == 3 and parts[2] == module:
                    times[module].append(int(parts[1]) / 1e6)
    # What a program that makes a call pays: the lazy names of `import fastgpt_client` loaded too.
    code = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"
    statements = {
        "from fastgpt_client import ChatClient": "from fastgpt_client import ChatClient",
        "import httpx": "import httpx",
    }
    first_use: dict[str, list[float]] = {k: [] for k in statements}
    for r in range(scale.import_runs):
        for label in list(statements)[r % 2 :] + list(statements)[: r % 2]:
            proc = subprocess.run(
                [sys.executable, "-c", code.format(statements[label])],
                capture_output=True,
                text=True,
                check=True,
                cwd="/",
            )
            first_use[label].append(float(proc.stdout.strip()))
    results: dict[str, Any] = {m: {"min": min(v), "median": median(v), "runs": v} for m, v in times.items()}
    results["first_use"] = {k: median(v) for k, v in first_use.items()}
    results["ratio_httpx"] = results["fastgpt_client"]["median"] / results["httpx"]["median"]
    results["ratio_httpx_min"] = results["fastgpt_client"]["min"] / results["httpx"]["min"]
    results["ratio_openai"] = results["fastgpt_client"]["median"] / results["openai"]["median"]
    return results


# -- 4. concurrency and memory (in a fresh process: see benchmarks.concurrency) -----------------
CONCURRENCY_MODES = ("ours", "httpx", "aiohttp")


def _concurrency_run(server: ReplayServer, scale: Scale, mode: str) -> dict[str, Any]:
    proc = subprocess.run(
        [
            sys.executable,
            "-W",
            "error",
            "-m",
            "benchmarks.concurrency",
            "--base-url",
            server.base(f"plain-{scale.concurrency_frames}"),
            "--chats",
            str(scale.concurrency),
            "--events",
            str(scale.concurrency_frames + PLAIN_EXTRA_FRAMES),
            "--mode",
            mode,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    if proc.returncode != 0:
        return {"ok": False, "mode": mode, "error": (proc.stderr or proc.stdout)[-2000:]}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def concurrency(server: ReplayServer, scale: Scale) -> dict[str, Any]:
    """Our client, raw httpx + httpx-sse, and our client on the aiohttp transport, in rounds.

    Each run is a fresh process; the modes rotate between rounds. The top-level figures are those
    of our client's median round (what the smoke test and the fd goal read); ``modes`` has all.
    """
    runs: dict[str, list[dict[str, Any]]] = {m: [] for m in CONCURRENCY_MODES}
    for r in range(scale.concurrency_rounds):
        order = CONCURRENCY_MODES[r % 3 :] + CONCURRENCY_MODES[: r % 3]
        for mode in order:
            runs[mode].append(_concurrency_run(server, scale, mode))
    modes: dict[str, Any] = {}
    for mode, rs in runs.items():
        good = [x for x in rs if "wall_s" in x]
        if not good:
            modes[mode] = rs[0]
            continue
        walls = [x["wall_s"] for x in good]
        mid = sorted(good, key=lambda x: x["wall_s"])[len(good) // 2]
        modes[mode] = {
            **mid,
            "ok": all(x.get("ok") for x in rs),
            "wall_rounds": walls,
            "fds": [(x["fds_before"], x["fds_after"]) for x in good],
        }
    result: dict[str, Any] = dict(modes["ours"])
    result["modes"] = modes

    def ratio(a: str, b: str) -> float | None:
        wa = [x.get("wall_s") for x in runs[a]]
        wb = [x.get("wall_s") for x in runs[b]]
        pairs = [(x, y) for x, y in zip(wa, wb, strict=True) if x and y]
        return statistics.median(x / y for x, y in pairs) if pairs else None

    result["ratio_httpx"] = ratio("ours", "httpx")  # wall time, ours / raw httpx
    result["aiohttp_speedup"] = ratio("ours", "aiohttp")  # wall time, default / aiohttp transport
    return result


# -- 5. cost growth with response size ----------------------------------------------------------
def growth(server: ReplayServer, scale: Scale) -> dict[str, Any]:
    from httpx_sse import EventSource

    from fastgpt_client import ChatClient

    headers = {"Authorization": f"Bearer {KEY}"}
    rows: list[dict[str, Any]] = []
    with httpx.Client() as http:
        for size in scale.growth_sizes:
            row: dict[str, Any] = {"size": size}
            big, bigstream = server.base(f"big-{size}"), server.base(f"bigstream-{size}")
            with ChatClient(KEY, big) as ours, ChatClient(KEY, bigstream) as ours_stream:

                def call_ours(ours: ChatClient = ours) -> int:
                    return len(ours.create_chat_completion(MESSAGES, detail=True).response_data)

                def call_httpx(big: str = big) -> int:
                    body = request_body(stream=False, detail=True)
                    return len(
                        json.loads(http.post(big + CHAT_PATH, json=body, headers=headers).content)[
                            "responseData"
                        ]
                    )

                def stream_ours(ours: ChatClient = ours_stream) -> int:
                    with ours.create_chat_completion(MESSAGES, stream=True, detail=True) as stream:
                        return len(stream.get_final_completion().response_data)

                def stream_floor(base: str = bigstream) -> int:
                    body = request_body(stream=True, detail=True)
                    nodes = 0
                    with http.stream("POST", base + CHAT_PATH, json=body, headers=headers) as response:
                        for frame in EventSource(response).iter_sse():
                            if frame.data != "[DONE]":
                                data = json.loads(frame.data)
                                if frame.event == "flowResponses":
                                    nodes = len(data)
                    return nodes

                contestants = {
                    "fastgpt_client": call_ours,
                    "httpx": call_httpx,
                    "fastgpt_client_stream": stream_ours,
                    "httpx_sse_stream": stream_floor,
                }
                first = time.perf_counter()
                counts = {name: fn() for name, fn in contestants.items()}
                if len(set(counts.values())) != 1:
                    raise AssertionError(f"node counts differ at {size} bytes: {counts}")
                one = (time.perf_counter() - first) / len(contestants)
                reps = max(3, min(200, int(scale.growth_budget_s / max(one, 1e-6))))
                rounds = 3 if reps >= 3 else reps
                times = interleaved(contestants, rounds, max(1, reps // rounds))
                for name, values in times.items():
                    row[name] = {"seconds": median(values), "rounds": values}
                row["ratio_httpx"] = paired_ratio(times["fastgpt_client"], times["httpx"])
                row["ratio_stream_floor"] = paired_ratio(
                    times["fastgpt_client_stream"], times["httpx_sse_stream"]
                )
                for name, fn in contestants.items():
                    row[name]["peak_bytes"] = peak_memory(fn)
                row["memory_ratio_httpx"] = row["fastgpt_client"]["peak_bytes"] / row["httpx"]["peak_bytes"]
                row["memory_ratio_stream_floor"] = (
                    row["fastgpt_client_stream"]["peak_bytes"] / row["httpx_sse_stream"]["peak_bytes"]
                )
            rows.append(row)
    # Linear growth: the cost per byte at the largest size is within 2x of that at 1/10 of it.
    verdict: dict[str, Any] = {}
    if len(rows) >= 2:
        a, b = rows[-2], rows[-1]
        for name in ("fastgpt_client", "httpx", "fastgpt_client_stream", "httpx_sse_stream"):
            per_byte_a = a[name]["seconds"] / a["size"]
            per_byte_b = b[name]["seconds"] / b["size"]
            mem_a = a[name]["peak_bytes"] / a["size"]
            mem_b = b[name]["peak_bytes"] / b["size"]
            verdict[name] = {
                "time_per_byte_growth": per_byte_b / per_byte_a,
                "memory_per_byte_growth": mem_b / mem_a,
            }
    return {"rows": rows, "last_step": verdict}


def peak_memory(fn: Callable[[], object]) -> int:
    """Peak bytes allocated by Python during one call (tracemalloc), over what was there before."""
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


def machine() -> dict[str, Any]:
    import platform
    from importlib.metadata import version

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average": os.getloadavg(),
        "versions": {
            name: version(name) for name in ("fastgpt-client", "httpx", "openai", "httpx-sse", "httpx2")
        },
    }
