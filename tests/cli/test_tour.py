"""examples/cli_tour.sh (what `scripts/demo --cli` runs) goes through against the emulator."""

from __future__ import annotations

import subprocess
import sys

from fastgpt_client.testing import FakeFastGPT

from .conftest import ROOT, clean_environ, server_env


def test_the_cli_tour_runs(fastgpt_server: FakeFastGPT) -> None:
    env = clean_environ(
        {
            **server_env(fastgpt_server),
            "FASTGPT_SELECT_APP_KEY": fastgpt_server.app_keys["select"],
            "FASTGPT_PYTHON": sys.executable,
        }
    )
    done = subprocess.run(
        ["bash", str(ROOT / "examples" / "cli_tour.sh")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "all good" in done.stdout
    assert "you chose Yes" in done.stdout
    assert "added 2, replaced 0, deleted 0, unchanged 0, failed 0" in done.stdout
    assert "added 0, replaced 0, deleted 0, unchanged 2, failed 0" in done.stdout
    assert "chat_id,chat_title,data_id,role,time,text" in done.stdout
