"""Every fault, per request (X-Fake-Fault) and per server (inject)."""

from __future__ import annotations

import json

import httpx
import pytest

from fastgpt_client.testing import FakeFastGPT, Fault

from .conftest import ON_4_14, V1, V2, bearer, parse_sse, user

STREAM = {"messages": user("hello 你好 world"), "stream": True}


def _read_into(client: httpx.Client, body: dict[str, object], fault: str, sink: bytearray) -> None:
    with client.stream("POST", V1, json=body, headers={"X-Fake-Fault": fault}) as r:
        assert r.status_code == 200
        for chunk in r.iter_raw():
            sink += chunk


def _raw_until_cut(server: FakeFastGPT, fault: str, body: dict[str, object] = STREAM) -> bytes:
    received = bytearray()
    with (
        httpx.Client(base_url=server.base_url, headers=bearer(server.api_key), timeout=30) as c,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        _read_into(c, body, fault, received)
    return bytes(received)


def test_fault_grammar() -> None:
    fault = Fault.parse(" delay_between=0.2 ; cut_after=5;html_502;malformed ")
    assert fault == Fault(delay_between=0.2, cut_after=5, html_502=True, malformed=0)
    assert Fault.parse(fault.to_header()) == fault
    assert Fault(status=503).merged(Fault(status=504, empty_200=True)) == Fault(status=504, empty_200=True)
    for bad in ("nope", "cut_after=x", "html_502=1", "delay_first=-1"):
        with pytest.raises(ValueError, match="fault"):
            Fault.parse(bad)


def test_bad_fault_header_is_a_400(client: httpx.Client) -> None:
    r = client.post(V1, json={"messages": user("hi")}, headers={"X-Fake-Fault": "explode"})
    assert r.status_code == 400
    assert "explode" in r.text


def test_cut_after(server: FakeFastGPT) -> None:
    received = _raw_until_cut(server, "cut_after=3")
    assert received.count(b"\n\n") == 3
    assert received.endswith(b"\n\n")
    assert len(parse_sse(received.decode())) == 3


def test_cut_mid_frame(server: FakeFastGPT) -> None:
    received = _raw_until_cut(server, "cut_mid_frame=2")
    assert received.count(b"\n\n") == 2
    assert not received.endswith(b"\n\n")


def test_cut_mid_char(server: FakeFastGPT) -> None:
    received = _raw_until_cut(server, "cut_mid_char=1")
    assert received.count(b"\n\n") == 1
    with pytest.raises(UnicodeDecodeError):
        received.decode()
    assert received[-1] >= 0xC0  # a lead byte without its continuation


def test_cut_mid_char_adds_a_character_when_needed(server: FakeFastGPT) -> None:
    body = {"messages": user("plain ascii"), "stream": True}
    received = _raw_until_cut(server, "cut_mid_char=0", body)
    with pytest.raises(UnicodeDecodeError):
        received.decode()


def test_cut_non_stream(client: httpx.Client) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        client.post(V1, json={"messages": user("hi")}, headers={"X-Fake-Fault": "cut_after=0"})


def test_malformed_frame(client: httpx.Client) -> None:
    r = client.post(V1, json=STREAM, headers={"X-Fake-Fault": "malformed=2"})
    frames = parse_sse(r.text)
    assert frames[2].data == "{this is not json"
    assert frames[-1].data == "[DONE]"
    r = client.post(V1, json={"messages": user("hi")}, headers={"X-Fake-Fault": "malformed"})
    assert r.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        r.json()


@ON_4_14
def test_truncated_json(client: httpx.Client) -> None:
    r = client.post(V1, json={"messages": user("hi")}, headers={"X-Fake-Fault": "truncated_json"})
    assert r.status_code == 200
    assert r.text.startswith('{"id":""')
    with pytest.raises(json.JSONDecodeError):
        r.json()
    r = client.post(V1, json=STREAM, headers={"X-Fake-Fault": "truncated_json"})
    frames = parse_sse(r.text)
    with pytest.raises(json.JSONDecodeError):
        frames[0].json()
    assert frames[-1].data == "[DONE]"


def test_html_502(client: httpx.Client) -> None:
    r = client.post(V1, json=STREAM, headers={"X-Fake-Fault": "html_502"})
    assert r.status_code == 502
    assert r.headers["content-type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in r.text
    assert "nginx" in r.text


@pytest.mark.parametrize("code", [503, 504, 520])
def test_status(client: httpx.Client, code: int) -> None:
    r = client.post(V1, json={"messages": user("hi")}, headers={"X-Fake-Fault": f"status={code}"})
    assert r.status_code == code
    assert r.text


def test_empty_200(client: httpx.Client) -> None:
    r = client.post(V1, json={"messages": user("hi")}, headers={"X-Fake-Fault": "empty_200"})
    assert r.status_code == 200
    assert r.content == b""


def test_delays(client: httpx.Client) -> None:
    r = client.post(V1, json=STREAM, headers={"X-Fake-Fault": "delay_first=0.05;delay_between=0.01"})
    assert parse_sse(r.text)[-1].data == "[DONE]"
    r = client.post(V1, json={"messages": user("hi")}, headers={"X-Fake-Fault": "delay_first=0.05"})
    assert r.status_code == 200


@pytest.mark.parametrize("stream", [False, True])
@ON_4_14
def test_rate_limit_envelope(server: FakeFastGPT, client: httpx.Client, stream: bool) -> None:
    server.inject(Fault(rate_limit=2))
    for _ in range(2):
        assert client.post(V1, json={"messages": user("hi"), "stream": stream}).status_code == 200
    r = client.post(V1, json={"messages": user("hi"), "stream": stream})
    assert r.status_code == 500
    assert r.headers["content-type"] == "application/json"
    body = r.json()
    assert body["code"] == 429
    assert body["statusText"] == "error"
    assert body["data"] is None
    assert body["message"].startswith("Rate limit exceeded. Maximum 2 requests per 60 seconds for this team.")
    assert body["message"].endswith(" seconds.")
    server.clear_faults()
    assert client.post(V1, json={"messages": user("hi")}).status_code == 200


def test_rate_limit_http_429(client: httpx.Client) -> None:
    header = {"X-Fake-Fault": "rate_limit_http=1"}
    assert client.post(V2, json={"messages": user("hi")}, headers=header).status_code == 200
    r = client.post(V2, json={"messages": user("hi")}, headers=header)
    assert r.status_code == 429
    assert 1 <= int(r.headers["retry-after"]) <= 60
    assert r.json()["code"] == 429


def test_injected_fault_persists_and_header_wins(server: FakeFastGPT, client: httpx.Client) -> None:
    server.inject("status=503")
    assert client.post(V1, json={"messages": user("hi")}).status_code == 503
    assert client.post(V1, json={"messages": user("hi")}).status_code == 503
    r = client.post(V1, json={"messages": user("hi")}, headers={"X-Fake-Fault": "status=504"})
    assert r.status_code == 504
    server.clear_faults()
    assert client.post(V1, json={"messages": user("hi")}).status_code == 200


def test_request_counter_counts_faulted_attempts(server: FakeFastGPT, client: httpx.Client) -> None:
    server.inject(Fault(status=502))
    for _ in range(3):
        client.post(V1, json={"messages": user("hi")})
    client.get("/api/support/openapi/health", params={"apiKey": "x"})
    assert server.request_count(V1) == 3
    assert server.request_count("/v1/chat/completions") == 3
    assert server.request_count() == 4
    assert server.requests[V1] == 3
    server.reset_stats()
    assert server.request_count() == 0
