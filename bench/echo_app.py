"""The HTTP baseline for bench_http.py: a bare FastAPI app on the same uvicorn that parses the same
body into the same pydantic model (gatekeeper's SubmitRequest) and echoes it. No auth, no
database, no middleware: the framework's own cost per request.

Run: .venv/bin/python bench/echo_app.py --port 8101
"""

from __future__ import annotations

import argparse
from typing import Any

import uvicorn
from fastapi import FastAPI

from gatekeeper.core.request import SubmitRequest

app = FastAPI()


@app.post("/v1/requests", status_code=201)
async def echo(body: SubmitRequest) -> dict[str, Any]:
    return body.model_dump(mode="json")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8101)
    a = ap.parse_args()
    # The same uvicorn settings as `gatekeeper serve`.
    uvicorn.run(app, host=a.host, port=a.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
