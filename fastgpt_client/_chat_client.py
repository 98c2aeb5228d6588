"""`ChatClient` and `AsyncChatClient`: a FastGPT app's chat, composed of its API areas."""

from __future__ import annotations

from .resources._async.chat import AsyncChatAPI
from .resources._async.chat_files import AsyncChatFilesAPI
from .resources._async.chat_records import AsyncChatRecordsAPI
from .resources._async.chat_status import AsyncChatStatusAPI
from .resources._async.conversations import AsyncConversationsAPI
from .resources._async.quotes import AsyncQuotesAPI
from .resources._sync.chat import ChatAPI
from .resources._sync.chat_files import ChatFilesAPI
from .resources._sync.chat_records import ChatRecordsAPI
from .resources._sync.chat_status import ChatStatusAPI
from .resources._sync.conversations import ConversationsAPI
from .resources._sync.quotes import QuotesAPI

__all__ = ["AsyncChatClient", "ChatClient"]


class ChatClient(ChatAPI, ConversationsAPI, ChatStatusAPI, ChatRecordsAPI, QuotesAPI, ChatFilesAPI):
    """Talks to a FastGPT app: chat completions (plain or streamed), interactive turns, stop, and
    the chats afterwards: history, generating/read state, records (by offset or cursor), feedback,
    citations, suggested questions and files.

    The key comes from `FASTGPT_API_KEY` and the server from `FASTGPT_BASE_URL` (default
    `http://localhost:3000`) when not passed. Use it in a `with` block, or call `close()`.
    """


class AsyncChatClient(
    AsyncChatAPI,
    AsyncConversationsAPI,
    AsyncChatStatusAPI,
    AsyncChatRecordsAPI,
    AsyncQuotesAPI,
    AsyncChatFilesAPI,
):
    """`ChatClient` for asyncio and trio: every method is awaited; `async with` or `aclose()`."""
