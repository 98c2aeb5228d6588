"""`new_id` (the chatId / responseChatItemId the client generates): FastGPT's 62-character
alphabet, the asked length, every character drawn (no bias towards the first ones)."""

from __future__ import annotations

import collections
import string

from fastgpt_client.resources._async.chat import new_id


def test_ids_are_24_characters_of_fastgpts_alphabet_and_unique() -> None:
    ids = [new_id() for _ in range(2_000)]
    alphabet = set(string.ascii_letters + string.digits)
    assert all(len(i) == 24 and set(i) <= alphabet for i in ids)
    assert len(set(ids)) == len(ids)
    assert len(new_id(7)) == 7
    assert len(new_id(100)) == 100


def test_every_character_is_about_equally_likely() -> None:
    counts = collections.Counter("".join(new_id() for _ in range(10_000)))  # 240,000 characters
    assert set(counts) == set(string.ascii_letters + string.digits)
    expected = 240_000 / 62  # about 3,871; a standard deviation of about 62
    # 8 standard deviations either side: a biased `% 62` (bytes 248-255 kept) would draw the
    # first 8 characters 5/256 of the time and the rest 4/256 (about 4,700 vs 3,760 here)
    assert all(abs(n - expected) < 500 for n in counts.values()), counts
