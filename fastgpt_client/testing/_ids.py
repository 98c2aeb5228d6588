"""Identifiers shaped like FastGPT's, from a seeded generator so a server is reproducible."""

from __future__ import annotations

import random
import string
import threading

ALNUM = string.ascii_letters + string.digits


class IdFactory:
    """Thread-safe, seeded source of ObjectIds, nanoids and API keys."""

    def __init__(self, seed: int | str | None) -> None:
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def object_id(self) -> str:
        """A 24-hex-digit MongoDB ObjectId look-alike."""
        with self._lock:
            return "".join(self._rng.choice("0123456789abcdef") for _ in range(24))

    def nanoid(self, size: int = 16) -> str:
        """FastGPT's ``getNanoid``: letters and digits, starting with a lowercase letter."""
        with self._lock:
            head = self._rng.choice(string.ascii_lowercase)
            return head + "".join(self._rng.choice(ALNUM) for _ in range(size - 1))

    def api_key(self, prefix: str = "fastgpt") -> str:
        """``<prefix>-<52 alphanumerics>``, first one lowercase, like FastGPT's key generator."""
        return f"{prefix}-{self.nanoid(52)}"
