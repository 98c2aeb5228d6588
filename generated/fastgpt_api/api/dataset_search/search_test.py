from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.search_test_request import SearchTestRequest
from ...models.search_test_result_envelope import SearchTestResultEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: SearchTestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/dataset/searchTest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SearchTestResultEnvelope | None:
    if response.status_code == 200:
        response_200 = SearchTestResultEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorEnvelope.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | SearchTestResultEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchTestRequest,
) -> Response[ErrorEnvelope | SearchTestResultEnvelope]:
    """Test retrieval: the items a query finds.

    Args:
        body (SearchTestRequest): A retrieval test against a dataset. 4.16 takes `text` as
            optional (an image query may replace it); 4.14 needs it, and the SDK always sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SearchTestResultEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SearchTestRequest,
) -> ErrorEnvelope | SearchTestResultEnvelope | None:
    """Test retrieval: the items a query finds.

    Args:
        body (SearchTestRequest): A retrieval test against a dataset. 4.16 takes `text` as
            optional (an image query may replace it); 4.14 needs it, and the SDK always sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SearchTestResultEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchTestRequest,
) -> Response[ErrorEnvelope | SearchTestResultEnvelope]:
    """Test retrieval: the items a query finds.

    Args:
        body (SearchTestRequest): A retrieval test against a dataset. 4.16 takes `text` as
            optional (an image query may replace it); 4.14 needs it, and the SDK always sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SearchTestResultEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchTestRequest,
) -> ErrorEnvelope | SearchTestResultEnvelope | None:
    """Test retrieval: the items a query finds.

    Args:
        body (SearchTestRequest): A retrieval test against a dataset. 4.16 takes `text` as
            optional (an image query may replace it); 4.14 needs it, and the SDK always sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SearchTestResultEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
