#!/usr/bin/env bash
# A tour of the `fastgpt` command (scripts/demo --cli runs it against the emulator). Needs
# FASTGPT_BASE_URL and FASTGPT_API_KEY (and FASTGPT_APP_ID for an account key); with
# FASTGPT_SELECT_APP_KEY set (the emulator's `select` app) it also answers a workflow question.
set -euo pipefail
fastgpt() { "${FASTGPT_PYTHON:-python3}" -m fastgpt_client.cli "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
say() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }

say fastgpt doctor --no-drift
fastgpt doctor --no-drift

say fastgpt ask "What can you do?"
fastgpt ask "What can you do?"

say 'echo "Summarise this" | fastgpt ask --stream --var name=Ada'
echo "Summarise this" | fastgpt ask --stream --var name=Ada

if [ -n "${FASTGPT_SELECT_APP_KEY:-}" ]; then
  say "printf 'Book a table\\n1\\n/exit\\n' | fastgpt chat --detail   # the select app"
  printf 'Book a table\n1\n/exit\n' | FASTGPT_API_KEY=$FASTGPT_SELECT_APP_KEY FASTGPT_APP_ID= fastgpt chat --detail
fi

mkdir -p "$work/docs/guide"
printf '# Intro\nFastGPT builds AI apps from workflows.\n' >"$work/docs/intro.md"
printf 'pip install fastgpt-client\n' >"$work/docs/guide/install.md"
say 'dataset=$(fastgpt kb create "CLI tour")'
dataset=$(fastgpt kb create "CLI tour")
say fastgpt kb sync docs --dataset "$dataset" --dry-run
fastgpt kb sync "$work/docs" --dataset "$dataset" --dry-run
say fastgpt kb sync docs --dataset "$dataset"
fastgpt kb sync "$work/docs" --dataset "$dataset"
say fastgpt kb sync docs --dataset "$dataset"   "# again: nothing changed"
fastgpt kb sync "$work/docs" --dataset "$dataset"
say fastgpt kb search "$dataset" workflows
fastgpt kb search "$dataset" workflows

say "fastgpt export --format csv | head -5"
fastgpt export --format csv | head -5
