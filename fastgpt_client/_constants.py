"""Defaults shared by every client."""

from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "http://localhost:3000"

# Workflows can run for minutes (tool calls, long answers), so the read timeout is generous; a dead
# host is noticed by the connect timeout. For streams the read timeout bounds the gap between two
# frames, and FastGPT sends a heartbeat every 10 s while a run is busy.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A Retry-After above this is not waited for: the error is raised instead.
MAX_RETRY_AFTER = 60.0

ENV_API_KEY = "FASTGPT_API_KEY"
ENV_BASE_URL = "FASTGPT_BASE_URL"
ENV_APP_ID = "FASTGPT_APP_ID"

NO_RECORD_CHAT_ID = "NO_RECORD_HISTORIES"
"""The chat id FastGPT (4.9.7+) runs a turn under without storing it (`store=False`)."""
