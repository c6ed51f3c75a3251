"""A witness that the oversight board (or an advocacy group, or the council's clerk) runs on its
own machine: C2SP tlog-witness ``add-checkpoint`` over HTTP, standard library and cryptography only.

``python -m audit witness-keygen NAME`` makes the witness's key; ``python -m audit witness-serve``
answers the log. The last cosigned checkpoint is kept in the state directory exactly as the log
signed it, so it is re-verified at every start and is itself evidence of what the log claimed.
It is written (temp file, fsync, rename, fsync of the directory) before the cosignature is sent:
a witness that crashes after answering never forgets a size it vouched for.
"""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TextIO

from audit.checkpoint import Checkpoint, CheckpointError
from audit.cosign import cosignature_line, witness_vkey
from audit.keys import create_key_file, load_signer
from audit.note import Signer, split_note
from audit.tlog_witness import SIZE_CONTENT_TYPE
from audit.witness import (
    FollowedLog,
    ForkedCheckpoint,
    InconsistentCheckpoint,
    MalformedSubmission,
    NotSignedByLog,
    SizeConflict,
    UnknownLog,
    WitnessRefusal,
    check_submission,
    parse_submission,
)

STATE_FILE = "checkpoint"  # the last cosigned checkpoint, as the log signed it
EVIDENCE_DIR = "evidence"  # validly signed checkpoints refused as rewritten or forked
MAX_BODY = 64 * 1024  # a note holds at most 100 signatures and the proof 63 hashes: far below this

log = logging.getLogger("audit.witness")


class WitnessStateError(RuntimeError):
    """The state directory cannot be read or written, or holds a checkpoint the log did not sign."""


class CheckpointStore:
    """The one checkpoint a witness keeps for the log it follows."""

    def __init__(self, directory: Path, followed: FollowedLog) -> None:
        self.directory = Path(directory)
        self.followed = followed
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise WitnessStateError(f"cannot create {self.directory}: {exc.strerror}") from None

    @property
    def path(self) -> Path:
        return self.directory / STATE_FILE

    def load(self) -> Checkpoint | None:
        """The kept checkpoint, re-verified; refuses to go on from one the log did not sign, since a
        witness that silently restarted from nothing would cosign a rewritten history."""
        try:
            note = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise WitnessStateError(f"cannot read {self.path}: {exc}") from None
        try:
            return self.followed.open(note)
        except CheckpointError as exc:
            raise WitnessStateError(
                f"{self.path} is not a checkpoint of {self.followed.origin} signed by the log's key: {exc}"
            ) from None

    def save(self, note: str) -> None:
        _write_durably(self.path, note)

    def keep_evidence(self, body: bytes, now: int) -> None:
        """Keep a refused but validly signed submission: with the kept checkpoint it proves a fork."""
        folder = self.directory / EVIDENCE_DIR
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            # Named by content too: the same submission twice is one piece of evidence.
            name = f"{now}-{hashlib.sha256(body).hexdigest()[:16]}.txt"
            _write_durably(folder / name, body.decode("utf-8"))
        except OSError as exc:  # the refusal stands either way; only the keepsake is lost
            log.error("cannot keep evidence in %s: %s", folder, exc)


def _write_durably(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:  # "\n" stays "\n" on Windows too
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if os.name != "posix":
        return  # a directory cannot be opened for fsync there; the rename is atomic regardless
    # The rename itself must reach the disk too, or a crash could bring back the old file.
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: str


class Witness:
    """add-checkpoint with its state: check, persist and cosign under one lock."""

    def __init__(self, signer: Signer, store: CheckpointStore, clock: Callable[[], float] = time.time) -> None:
        self.signer = signer
        self.store = store
        self.clock = clock
        self._lock = threading.Lock()
        self._held = store.load()

    @property
    def held(self) -> Checkpoint | None:
        return self._held

    def add_checkpoint(self, body: bytes) -> str:
        """The cosignature line for the submitted checkpoint; raises WitnessRefusal."""
        sub = parse_submission(body)
        with self._lock:
            try:
                new = check_submission(sub, self.store.followed, self._held)
            except (InconsistentCheckpoint, ForkedCheckpoint):
                # The spec lets a witness keep these: signed by the log, they prove it misbehaved.
                self.store.keep_evidence(body, int(self.clock()))
                raise
            self.store.save(sub.note)  # before answering: what is cosigned is never forgotten
            self._held = new
        text, _ = split_note(sub.note)
        return cosignature_line(text, self.signer, int(self.clock()))


def answer(witness: Witness, body: bytes) -> Answer:
    """The HTTP answer the spec names for each outcome."""
    try:
        return Answer(HTTPStatus.OK, "text/plain; charset=utf-8", witness.add_checkpoint(body))
    except SizeConflict as exc:
        return Answer(HTTPStatus.CONFLICT, SIZE_CONTENT_TYPE, f"{exc.held_size}\n")
    except WitnessRefusal as exc:
        return Answer(_STATUS[type(exc)], "text/plain; charset=utf-8", f"{exc}\n")


_STATUS: dict[type[WitnessRefusal], int] = {
    MalformedSubmission: HTTPStatus.BAD_REQUEST,
    UnknownLog: HTTPStatus.NOT_FOUND,
    NotSignedByLog: HTTPStatus.FORBIDDEN,
    InconsistentCheckpoint: HTTPStatus.UNPROCESSABLE_ENTITY,
}


def make_server(witness: Witness, host: str, port: int) -> ThreadingHTTPServer:
    """``POST /add-checkpoint`` on ``host:port`` (port 0 picks a free one)."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the spec asks witnesses to support
        timeout = 30  # seconds; a client that stalls mid-request does not hold a thread for ever

        def do_POST(self) -> None:
            if self.path != "/add-checkpoint":
                self._send(Answer(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8", "not found\n"))
                return
            length = self.headers.get("Content-Length")
            if length is None or not length.isascii() or not length.isdigit():
                self._send(Answer(HTTPStatus.LENGTH_REQUIRED, "text/plain; charset=utf-8", "Content-Length needed\n"))
                return
            if int(length) > MAX_BODY:
                self.close_connection = True  # the unread body would be taken for the next request
                self._send(Answer(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain; charset=utf-8", "too large\n"))
                return
            try:
                result = answer(witness, self.rfile.read(int(length)))
            except (OSError, WitnessStateError) as exc:
                # Fail closed: no cosignature unless the state was written.
                log.error("cannot keep the witness state: %s", exc)
                result = Answer(HTTPStatus.SERVICE_UNAVAILABLE, "text/plain; charset=utf-8", "state not writable\n")
            held = witness.held
            log.info("add-checkpoint: %d %s (kept size %s)", result.status, result.body.strip()[:120],
                     "none" if held is None else held.size)
            self._send(result)

        def do_GET(self) -> None:
            self._send(Answer(HTTPStatus.METHOD_NOT_ALLOWED, "text/plain; charset=utf-8", "POST /add-checkpoint\n"))

        def _send(self, a: Answer) -> None:
            data = a.body.encode()
            self.send_response(a.status)
            self.send_header("Content-Type", a.content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            log.debug(format, *args)

    return ThreadingHTTPServer((host, port), Handler)


def serve(key: Path, log_vkey: str, state: Path, host: str, port: int, origin: str | None = None,
          out: TextIO = sys.stdout) -> None:
    """Run the witness until interrupted (Ctrl-C or SIGTERM)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    followed = FollowedLog.from_vkey(log_vkey, origin)
    witness = Witness(load_signer(key), CheckpointStore(state, followed))
    httpd = make_server(witness, host, port)
    bound_host, bound_port = httpd.server_address[:2]
    held = witness.held
    print(f"witness {witness.signer.name} follows {followed.origin}; "
          f"kept size: {'none yet' if held is None else held.size}", file=out)
    print(f"vkey {witness_vkey(witness.signer)}", file=out)
    print(f"listening on http://{bound_host!s}:{bound_port}", file=out, flush=True)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop like Ctrl-C: close the socket
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()


def keygen(name: str, path: Path) -> str:
    """Write a new witness key to ``path`` (0600, never overwriting); the vkey for witnesses.yaml."""
    return witness_vkey(create_key_file(path, name))
