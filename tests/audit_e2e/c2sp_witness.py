"""A minimal transparency-log witness written only from the C2SP specifications
(c2sp.org/tlog-witness, tlog-cosignature, tlog-checkpoint, signed-note), sharing no code with the
service: its own note parsing, its own RFC 6962 consistency check, its own cosignature encoding.
It exists so the tests can show the log speaks the protocol to *any* compliant witness.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

DASH = "\u2014 "


class Refused(Exception):
    def __init__(self, status: int, body: str = "", content_type: str = "text/plain; charset=utf-8") -> None:
        super().__init__(body)
        self.status, self.body, self.content_type = status, body, content_type


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Refused(400, "bad base64\n") from None


def _key_id(name: str, alg: int, pub: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + bytes([alg]) + pub).digest()[:4]


def _node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def consistent(old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: list[bytes]) -> bool:
    """RFC 9162 section 2.1.4.2, for 0 < old_size < new_size."""
    if not 0 < old_size < new_size or not proof:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:  # old tree is a complete subtree: its root starts the walk
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = _node(c, fr), _node(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = _node(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old_root and sr == new_root


@dataclass
class LogKey:
    name: str
    key_id: bytes
    public: Ed25519PublicKey

    @classmethod
    def from_vkey(cls, vkey: str) -> LogKey:
        name, hex_id, b64 = vkey.split("+", 2)
        raw = base64.b64decode(b64)
        assert raw[0] == 0x01 and len(raw) == 33
        return cls(name, bytes.fromhex(hex_id), Ed25519PublicKey.from_public_bytes(raw[1:]))


@dataclass
class Witness:
    name: str
    logs: dict[str, LogKey]  # origin -> the log's key
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    state: dict[str, tuple[int, bytes]] = field(default_factory=dict)  # origin -> (size, root)
    lock: threading.Lock = field(default_factory=threading.Lock)
    refusals: list[int] = field(default_factory=list)

    @property
    def public(self) -> bytes:
        return self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def vkey(self) -> str:
        kid = _key_id(self.name, 0x04, self.public)
        return f"{self.name}+{kid.hex()}+{base64.b64encode(bytes([0x04]) + self.public).decode()}"

    def add_checkpoint(self, body: str) -> str:
        head, sep, note = body.partition("\n\n")
        if not sep:
            raise Refused(400, "missing empty line\n")
        head_lines = head.split("\n")
        old_line, proof_lines = head_lines[0], head_lines[1:]
        if not old_line.startswith("old "):
            raise Refused(400, "missing old size line\n")
        old_s = old_line[4:]
        if not old_s.isdigit() or (old_s != "0" and old_s.startswith("0")):
            raise Refused(400, "bad old size\n")
        old = int(old_s)
        if len(proof_lines) > 63:
            raise Refused(400, "too many proof lines\n")
        proof = [_b64(p) for p in proof_lines]
        # The note: text, a blank line, signature lines.
        cut = note.rfind("\n\n")
        if cut < 0 or not note.endswith("\n"):
            raise Refused(400, "bad note\n")
        text, sig_lines = note[: cut + 1], note[cut + 2 : -1].split("\n")
        lines = text[:-1].split("\n")
        if len(lines) < 3:
            raise Refused(400, "bad checkpoint\n")
        origin, size_s, root_b64 = lines[0], lines[1], lines[2]
        if not size_s.isdigit() or (size_s != "0" and size_s.startswith("0")):
            raise Refused(400, "bad checkpoint size\n")
        size, root = int(size_s), _b64(root_b64)
        log = self.logs.get(origin)
        if log is None:
            raise Refused(404, "unknown log\n")
        if not any(self._log_signed(log, text, s) for s in sig_lines):
            raise Refused(403, "no valid signature from the log's key\n")
        if old > size:
            raise Refused(400, "old size is larger than the checkpoint\n")
        if old == 0 and proof:
            raise Refused(400, "a proof from size 0 must be empty\n")
        with self.lock:  # check and persist atomically (the spec's rollback race)
            held_size, held_root = self.state.get(origin, (0, b""))
            if old != held_size:
                raise Refused(409, f"{held_size}\n", "text/x.tlog.size")
            if old == size:
                if root != held_root:
                    raise Refused(409, f"{held_size}\n", "text/x.tlog.size")
            elif old > 0 and not consistent(old, size, held_root, root, proof):
                raise Refused(422, "consistency proof does not verify\n")
            self.state[origin] = (size, root)
        ts = int(time.time())
        sig = self.key.sign(f"cosignature/v1\ntime {ts}\n".encode() + text.encode())
        kid = _key_id(self.name, 0x04, self.public)
        return f"{DASH}{self.name} {base64.b64encode(kid + ts.to_bytes(8, 'big') + sig).decode()}\n"

    @staticmethod
    def _log_signed(log: LogKey, text: str, line: str) -> bool:
        if not line.startswith(DASH):
            return False
        parts = line[len(DASH):].split(" ")
        if len(parts) != 2 or parts[0] != log.name:
            return False  # unknown keys are ignored
        try:
            raw = base64.b64decode(parts[1], validate=True)
        except (binascii.Error, ValueError):
            return False
        if raw[:4] != log.key_id:
            return False
        try:
            log.public.verify(raw[4:], text.encode())
        except InvalidSignature:
            return False
        return True


class WitnessServer:
    """The witness over HTTP on 127.0.0.1: POST <prefix>/add-checkpoint."""

    def __init__(self, witness: Witness) -> None:
        self.witness = witness
        w = witness

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                if self.path != "/add-checkpoint":
                    self._send(404, "not found\n", "text/plain")
                    return
                n = int(self.headers.get("content-length", "0"))
                try:
                    line = w.add_checkpoint(self.rfile.read(n).decode("utf-8"))
                except Refused as r:
                    w.refusals.append(r.status)
                    self._send(r.status, r.body, r.content_type)
                    return
                except UnicodeDecodeError:
                    self._send(400, "not UTF-8\n", "text/plain")
                    return
                self._send(200, line, "text/plain; charset=utf-8")

            def _send(self, status: int, body: str, ctype: str) -> None:
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> WitnessServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=15)
