"""structlog set-up: one canonical JSON line per request, names and counts, never a value."""

from __future__ import annotations

import logging
import sys

import structlog


def configure_logging(json_lines: bool = True, level: int = logging.INFO) -> None:
    processors: list[structlog.typing.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer() if json_lines else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[*processors, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
    # uvicorn's access log would print query strings; our canonical line replaces it.
    logging.getLogger("uvicorn.access").disabled = True
    silence_casbin()


_CASBIN_LOGGERS = ("casbin", "casbin.enforcer", "casbin.policy", "casbin.role")


def silence_casbin() -> None:
    """Casbin logs every denied enforcement as "Request: <values> ---> False", values that come
    from a request (a recipient, a ground). Built with enable_log=False it only *disables* its
    loggers, and any later logging.config.dictConfig (uvicorn's, at server start) enables them
    again. A level above CRITICAL and no propagation hold through that: the line is never even
    formatted."""
    for name in _CASBIN_LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(logging.CRITICAL + 1)
        logger.propagate = False
        logger.handlers = [logging.NullHandler()]
