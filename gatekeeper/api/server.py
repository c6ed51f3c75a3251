"""How the service is served: uvicorn with a deadline on request headers.

uvicorn closes idle keep-alive connections but sets no deadline on a request's headers, so a
client that sends them a byte at a time (slowloris) holds a connection, and a file descriptor,
for as long as it likes; 800 such connections stayed open past 20 s. Here every connection must
finish each request's headers within ``header_timeout`` seconds of starting to wait for them, or
it is closed. nginx in deploy/ has its own client_header_timeout; this holds without it.
"""

from __future__ import annotations

import asyncio
from typing import Any

import uvicorn

try:  # the protocol uvicorn's "auto" would choose
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Base
except ImportError:  # pragma: no cover - httptools missing
    from uvicorn.protocols.http.h11_impl import H11Protocol as _Base  # type: ignore[assignment]


def header_deadline_protocol(header_timeout: float) -> type[asyncio.Protocol]:
    class HeaderDeadlineProtocol(_Base):
        """uvicorn's HTTP protocol with a header deadline. Both uvicorn protocols make a new
        ``cycle`` exactly when a request's headers are complete; that is when the deadline ends."""

        _deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            before = self.cycle
            if before is None or before.response_complete:
                self._arm()  # waiting for a request's headers (the first, or the next on keep-alive)
            super().data_received(data)
            if self.cycle is not before:
                self._disarm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self._deadline is None:
                self._deadline = self.loop.call_later(header_timeout, self._expire)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _expire(self) -> None:
            self._deadline = None
            if not self.transport.is_closing():
                self.transport.close()

    return HeaderDeadlineProtocol


def uvicorn_config(app: Any, host: str, port: int, header_timeout: float, **kw: Any) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=header_deadline_protocol(header_timeout),
        log_level="warning",
        access_log=False,
        **kw,
    )
