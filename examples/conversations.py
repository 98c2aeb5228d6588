"""Conversations: list a user's chats, reload one, rename and pin it, rate an answer, ask for
suggested questions, attach a file, then delete the chat.

Reads FASTGPT_API_KEY, FASTGPT_BASE_URL and FASTGPT_APP_ID (scripts/demo sets them to its
emulator: `scripts/demo examples/conversations.py`).
"""

from __future__ import annotations

from fastgpt_client import ChatClient, text_part
from fastgpt_client.types import TextAnswerItem


def main() -> None:
    with ChatClient() as client:  # FASTGPT_API_KEY, FASTGPT_BASE_URL, FASTGPT_APP_ID
        print("== Two chats")
        first = client.create_chat_completion("What is FastGPT?")
        client.create_chat_completion("And what is a workflow?", chat_id=first.chat_id)
        client.create_chat_completion("Recommend a book.")

        print("\n== The user's chats, pinned first, then the most recent")
        for chat in client.iter_chat_histories(page_size=10):
            print(f"- {chat.chat_id}  {chat.custom_title or chat.title!r}  updated {chat.update_time}")

        print("\n== Reload one")
        init = client.get_chat_init(first.chat_id)
        print(f"title: {init.title!r}")
        for record in reversed(list(client.iter_chat_records(first.chat_id))):  # newest first -> oldest first
            text = " ".join(item.text.content for item in record.value if isinstance(item, TextAnswerItem))
            print(f"  {record.obj}: {text[:70]}")

        print("\n== Rename and pin it")
        client.update_chat_history(first.chat_id, custom_title="About FastGPT", top=True)
        print(client.get_chat_histories(page_size=1)[0].custom_title)

        print("\n== Thumbs up for the last answer (then change our mind)")
        answer = client.get_chat_records(first.chat_id, page_size=1)[0]
        client.send_feedback(first.chat_id, answer.data_id, good="Clear and short")
        client.send_feedback(first.chat_id, answer.data_id, bad="Too vague")  # also clears the thumbs-up
        rated = client.get_chat_records(first.chat_id, page_size=1)[0]
        print(f"good={rated.user_good_feedback or None!r} bad={rated.user_bad_feedback or None!r}")

        print("\n== Suggested next questions")
        for question in client.get_suggested_questions(first.chat_id):
            print(f"- {question}")

        print("\n== Attach a file")
        notes = client.upload_chat_file(
            b"FastGPT keeps every chat server-side.", chat_id=first.chat_id, filename="notes.txt"
        )
        reply = client.create_chat_completion(
            [{"role": "user", "content": [text_part("Summarise the attached notes."), notes.as_part()]}],
            chat_id=first.chat_id,
        )
        print(reply.text[:100])

        print("\n== Delete it")
        client.delete_chat_history(first.chat_id)
        remaining = client.get_chat_histories()
        print(f"{remaining.total} chat(s) left: {[chat.chat_id for chat in remaining]}")


if __name__ == "__main__":
    main()
