"""structlog set-up: every line the server writes is one JSON object, names and counts, never a
value. The standard library's loggers (uvicorn's, SQLAlchemy's, Alembic's) go through structlog's
ProcessorFormatter, so they are JSON too and carry the request id from the context; Casbin's,
which would quote a request's values, write nothing at all (``silence_casbin``)."""

from __future__ import annotations

import logging
import logging.config
import sys
from typing import Any

import structlog


def _shared() -> list[structlog.typing.Processor]:
    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]


def _renderer(json_lines: bool) -> structlog.typing.Processor:
    return structlog.processors.JSONRenderer() if json_lines else structlog.dev.ConsoleRenderer(colors=False)


def _drop_text(_: Any, __: str, event_dict: structlog.typing.EventDict) -> structlog.typing.EventDict:
    # A foreign logger's traceback, and any message but uvicorn's own start and stop lines, may
    # quote a value (a driver error repeats its parameters, Casbin logs what it enforced): keep
    # the logger's name, level and the exception's type only.
    record = event_dict.get("_record")
    if isinstance(record, logging.LogRecord) and not record.name.startswith("gatekeeper"):
        if not (record.name in ("uvicorn", "uvicorn.error") and record.exc_info is None):
            event_dict["event"] = "log"
        if record.exc_info and record.exc_info[0] is not None:
            event_dict["error_type"] = record.exc_info[0].__name__
        event_dict.pop("exc_info", None)
        event_dict.pop("positional_args", None)
    return event_dict


def formatter(json_lines: bool = True) -> structlog.stdlib.ProcessorFormatter:
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[*_shared(), structlog.stdlib.add_logger_name],
        processors=[
            _drop_text,
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            _renderer(json_lines),
        ],
    )


def configure_logging(json_lines: bool = True, level: int = logging.INFO) -> None:
    structlog.configure(
        processors=[*_shared(), _renderer(json_lines)],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
    logging.config.dictConfig(logging_config(json_lines))
    silence_casbin()


def logging_config(json_lines: bool = True) -> dict[str, Any]:
    """A dictConfig for the standard library (and for uvicorn's ``log_config``): one stderr
    handler with structlog's formatter on the root; named loggers propagate to it. Casbin's are
    left as ``silence_casbin`` set them (a dictConfig leaves loggers it does not name alone)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": formatter, "json_lines": json_lines}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
        "root": {"handlers": ["stderr"], "level": "WARNING"},
        "loggers": {
            "uvicorn": {"handlers": [], "level": "INFO", "propagate": True},
            "uvicorn.error": {"handlers": [], "level": "INFO", "propagate": True},
            # Our canonical line replaces the access log, which would print query strings.
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
        },
    }


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
