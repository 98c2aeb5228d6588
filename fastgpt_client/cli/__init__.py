"""The `fastgpt` command: chat, ask, knowledge-base sync, export, doctor and the emulator.

Installed with the `cli` extra (`pip install "fastgpt-client[cli]"`), run as `fastgpt ...` or
`python -m fastgpt_client.cli ...`. Nothing here is imported by `import fastgpt_client`: the SDK
does not depend on its command line (an import-linter contract), so Typer and Rich cost nothing
to a program that only uses the SDK. See docs/cli.md.
"""
