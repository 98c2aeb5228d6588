"""The README's authentication example prints `Authentication failed: ...` whatever way the
server reports a bad key. The snippet runs verbatim; respx stands in for the server at the
default base URL (http://localhost:3000), so the client is built exactly as a user builds it."""

from __future__ import annotations

import textwrap

import httpx
import pytest
import respx

from .conftest import ERROR_514, frame

# `{stream}` is the one placeholder: empty, or `, stream=True` for the streaming variant.
SNIPPET = textwrap.dedent(
    """
    from fastgpt_client import ChatClient
    from fastgpt_client.exceptions import AuthenticationError
    try:
        with ChatClient(api_key="invalid-key") as client:
            client.create_chat_completion(messages=[{"role": "user", "content": "Hello"}]{stream})
    except AuthenticationError as e:
        print(f"Authentication failed: {e}")
    """
)


def snippet(stream: bool) -> str:
    return SNIPPET.replace("{stream}", ", stream=True" if stream else "")


BEHAVIOURS = {
    "http500-envelope": (httpx.Response(500, json=ERROR_514), False, "Invalid API key."),
    "http401": (httpx.Response(401, json={"error": "Unauthorized"}), False, "HTTP 401: Unauthorized"),
    "http200-envelope": (httpx.Response(200, json=ERROR_514), False, "Invalid API key."),
    "stream-error-frame": (
        # FastGPT writes the frame before any SSE header: no content type at all.
        httpx.Response(200, content=frame(ERROR_514, "error")),
        True,
        "Invalid API key.",
    ),
}


@pytest.mark.parametrize("behaviour", list(BEHAVIOURS))
def test_authentication_example_prints_the_failure(
    behaviour: str, capsys: pytest.CaptureFixture[str]
) -> None:
    response, stream, expected = BEHAVIOURS[behaviour]
    with respx.mock(base_url="http://localhost:3000", assert_all_called=True) as router:
        route = router.post("/api/v1/chat/completions").mock(return_value=response)
        exec(snippet(stream), {})

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.headers["Authorization"] == "Bearer invalid-key"
    output = capsys.readouterr().out
    assert output.startswith("Authentication failed: ")
    assert output.count("\n") == 1
    assert expected in output


def test_stream_error_frame_with_sse_content_type_also_raises_from_create(
    capsys: pytest.CaptureFixture[str],
) -> None:
    response = httpx.Response(
        200, content=frame(ERROR_514, "error"), headers={"content-type": "text/event-stream;charset=utf-8"}
    )
    with respx.mock(base_url="http://localhost:3000") as router:
        router.post("/api/v1/chat/completions").mock(return_value=response)
        exec(snippet(True), {})
    assert capsys.readouterr().out.startswith("Authentication failed: Invalid API key.")
