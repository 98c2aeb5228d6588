"""Quick start: a streamed answer with node statuses, a second turn in the same chat, an
interactive select turn, and the real token usage.

Reads FASTGPT_API_KEY and FASTGPT_BASE_URL (scripts/demo sets them to its emulator).
For the interactive turn it needs the key of an app with a user-select node in
FASTGPT_SELECT_APP_KEY; without one that step is skipped.
"""

from __future__ import annotations

import os

from fastgpt_client import AnswerEvent, ChatClient, FlowNodeStatusEvent, TokenUsage


def streamed_answer(client: ChatClient) -> tuple[str, TokenUsage]:
    print("== A streamed answer")
    with client.create_chat_completion("What is FastGPT?", stream=True, detail=True) as stream:
        for event in stream:
            if isinstance(event, FlowNodeStatusEvent):
                print(f"\n[{event.name}: {event.status}]")
            elif isinstance(event, AnswerEvent):
                print(event.text, end="", flush=True)
        first = stream.get_final_completion()
    print()

    print("\n== A second turn in the same chat")
    second = client.create_chat_completion("Say that again, shorter.", chat_id=first.chat_id, detail=True)
    print(second.text)
    return first.chat_id, first.tokens + second.tokens


def interactive_turn(client: ChatClient) -> TokenUsage:
    print("\n== An interactive turn")
    # Stream with detail=True: when the prompt is the whole answer, FastGPT's non-stream JSON
    # leaves it out, but the stream always carries it as an `interactive` event.
    with client.create_chat_completion("I would like to book a table.", stream=True, detail=True) as stream:
        asked = stream.get_final_completion()
    prompt = asked.interactive
    if prompt is None or prompt.type != "userSelect":
        print("(this app did not ask a question)")
        return asked.tokens
    print(f"The workflow asks: {prompt.description} {list(prompt.options)}")
    choice = prompt.options[0]
    print(f"We answer: {choice}")
    answered = client.continue_interactive(prompt, choice, chat_id=asked.chat_id, detail=True)
    print(answered.text)
    return asked.tokens + answered.tokens


def main() -> None:
    with ChatClient() as client:
        chat_id, usage = streamed_answer(client)
    select_key = os.environ.get("FASTGPT_SELECT_APP_KEY")
    if select_key:
        with ChatClient(api_key=select_key) as client:
            usage += interactive_turn(client)
    else:
        print("\n(no FASTGPT_SELECT_APP_KEY: skipping the interactive turn)")
    print(
        f"\n== Token usage (from the node responses; chat {chat_id})\n"
        f"input {usage.input_tokens}, output {usage.output_tokens}, total {usage.total_tokens}, "
        f"AI points {usage.total_points:g}"
    )


if __name__ == "__main__":
    main()
