"""The solver's banner never reaches the server's stdout, where every line is JSON."""

from __future__ import annotations

import subprocess
import sys


def test_the_solver_banner_is_silenced_once_per_process() -> None:
    code = (
        "from gatekeeper.reporting.suppression import quiet_solver_banner\n"
        "quiet_solver_banner()\n"
        "import highspy\n"
        "highspy.Highs()\n"
        "print('{\"event\": \"after\"}')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.splitlines() == ['{"event": "after"}']
