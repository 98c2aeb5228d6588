#!/usr/bin/env bash
# Regenerates generated/fastgpt_api from openapi/fastgpt.yaml with the pinned generator and ruff.
#   scripts/regenerate.sh          rewrite generated/fastgpt_api
#   scripts/regenerate.sh --check  exit 1 when generated/ differs from what the spec produces
#                                  (changed, missing, extra or uncommitted files)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

venv_bin="$root/.venv/bin"
if [ ! -x "$venv_bin/openapi-python-client" ]; then
  echo "regenerate: .venv is missing; run scripts/test once (it bootstraps .venv)" >&2
  exit 2
fi
# The generator finds ruff on PATH; put the pinned one first.
export PATH="$venv_bin:$PATH"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openapi-python-client generate \
  --path openapi/fastgpt.yaml \
  --config openapi/generator.yaml \
  --custom-template-path openapi/templates \
  --meta none \
  --output-path "$work/fastgpt_api" \
  --fail-on-warning >"$work/generate.log" 2>&1 || { cat "$work/generate.log" >&2; exit 1; }
find "$work/fastgpt_api" -name __pycache__ -prune -exec rm -rf {} +

target=generated/fastgpt_api
if [ "${1:-}" = "--check" ]; then
  status=0
  if ! diff -r -x __pycache__ "$work/fastgpt_api" "$target" >"$work/diff.txt" 2>&1; then
    echo "generated/ is stale: it differs from what openapi/fastgpt.yaml produces." >&2
    head -40 "$work/diff.txt" >&2
    status=1
  fi
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    dirty=$(git status --porcelain --untracked-files=all -- generated)
    if [ -n "$dirty" ]; then
      echo "generated/ has uncommitted changes:" >&2
      echo "$dirty" | head -20 >&2
      status=1
    fi
  fi
  if [ $status -ne 0 ]; then
    echo "Fix: run scripts/regenerate.sh and commit generated/ (never edit it by hand)." >&2
  fi
  exit $status
fi

rm -rf "$target"
mkdir -p generated
cp -R "$work/fastgpt_api" "$target"
echo "regenerated $target from openapi/fastgpt.yaml"
