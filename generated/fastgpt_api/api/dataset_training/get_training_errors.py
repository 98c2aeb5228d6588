from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.training_error_list_request import TrainingErrorListRequest
from ...models.training_error_page_envelope import TrainingErrorPageEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: TrainingErrorListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/dataset/training/getTrainingError",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TrainingErrorPageEnvelope | None:
    if response.status_code == 200:
        response_200 = TrainingErrorPageEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TrainingErrorPageEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrainingErrorListRequest,
) -> Response[ErrorEnvelope | TrainingErrorPageEnvelope]:
    """The training items of a collection that failed, with their errors.

     From the Dev API. 4.16 lists the items that failed for good (no retries left, or locked), ordered by
    mode and `chunkIndex`; 4.14 every item with an `errorMsg`.

    Args:
        body (TrainingErrorListRequest): Which collection's failed training items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TrainingErrorPageEnvelope]
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
    body: TrainingErrorListRequest,
) -> ErrorEnvelope | TrainingErrorPageEnvelope | None:
    """The training items of a collection that failed, with their errors.

     From the Dev API. 4.16 lists the items that failed for good (no retries left, or locked), ordered by
    mode and `chunkIndex`; 4.14 every item with an `errorMsg`.

    Args:
        body (TrainingErrorListRequest): Which collection's failed training items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TrainingErrorPageEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrainingErrorListRequest,
) -> Response[ErrorEnvelope | TrainingErrorPageEnvelope]:
    """The training items of a collection that failed, with their errors.

     From the Dev API. 4.16 lists the items that failed for good (no retries left, or locked), ordered by
    mode and `chunkIndex`; 4.14 every item with an `errorMsg`.

    Args:
        body (TrainingErrorListRequest): Which collection's failed training items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TrainingErrorPageEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TrainingErrorListRequest,
) -> ErrorEnvelope | TrainingErrorPageEnvelope | None:
    """The training items of a collection that failed, with their errors.

     From the Dev API. 4.16 lists the items that failed for good (no retries left, or locked), ordered by
    mode and `chunkIndex`; 4.14 every item with an `errorMsg`.

    Args:
        body (TrainingErrorListRequest): Which collection's failed training items.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TrainingErrorPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
