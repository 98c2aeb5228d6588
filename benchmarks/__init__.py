"""Benchmarks of fastgpt-client against raw httpx and the OpenAI SDK on FastGPT's chat endpoint.

Run ``scripts/bench`` (or ``python -m benchmarks [--quick] [--out DIR]``). Every client talks to
``benchmarks.server``, a loopback server in its own process that replays precomputed FastGPT
responses, so what is measured is the client, not the server. See docs/benchmarks.md.
"""
