"""The deployment files, checked without a Docker engine: the compose file and the Dockerfile
say what they must, and the image's entry point command starts the service outside Docker."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from audit.note import generate_signer

ROOT = Path(__file__).resolve().parents[2]
REPLICAS = ("gatekeeper-1", "gatekeeper-2")


def compose() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert isinstance(data, dict)
    return data


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        op, _, rest = line.partition(" ")
        out.append((op.upper(), rest.strip()))
    return out


def image_args(instrs: list[tuple[str, str]]) -> dict[str, str]:
    """Default values of the Dockerfile's ARGs (the base image is one)."""
    out = {}
    for op, a in instrs:
        if op == "ARG" and "=" in a:
            k, v = a.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def final_stage(instrs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    last = max(i for i, (op, _) in enumerate(instrs) if op == "FROM")
    return instrs[last:]


def exec_form(arg: str) -> list[str]:
    arg = arg.strip()
    if arg.startswith("["):
        v = json.loads(arg)
        assert isinstance(v, list)
        return [str(x) for x in v]
    return shlex.split(arg)


_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${VAR}, ${VAR:-default} and ${VAR:?error}."""

    def sub(m: re.Match[str]) -> str:
        name, op, arg = m.group(1), m.group(2), m.group(3)
        have = env.get(name)
        if op in (":?", "?") and not have:
            raise KeyError(f"{name} is required: {arg}")
        if op in (":-", "-") and not have:
            return arg or ""
        return have or ""

    return _VAR.sub(sub, value)


def test_compose_names_postgres_two_replicas_and_a_proxy_with_healthchecks() -> None:
    c = compose()
    services = c["services"]
    assert {"postgres", *REPLICAS, "proxy"} <= set(services)
    for name in ("postgres", *REPLICAS, "proxy"):
        hc = services[name].get("healthcheck")
        assert hc and hc.get("test"), f"{name} has no healthcheck"
    assert services["postgres"]["image"].startswith("postgres:15")
    assert any(str(v).startswith("pgdata:") for v in services["postgres"]["volumes"])
    assert "pgdata" in c["volumes"]
    for name in REPLICAS:
        s = services[name]
        assert s["build"]["dockerfile"] == "Dockerfile"
        # Healthy means ready: database, policy and the log's head (not only a live process).
        assert "/readyz" in " ".join(s["healthcheck"]["test"])
        assert s["depends_on"]["postgres"]["condition"] == "service_healthy"
        env = s["environment"]
        # Secrets come from the environment, required, never written into the file.
        for secret in ("GATEKEEPER_SIGNING_KEY", "GATEKEEPER_PSEUDONYM_KEY"):
            assert re.fullmatch(r"\$\{" + secret + r":\?[^}]*\}", env[secret]), env[secret]
        assert env["GATEKEEPER_DATABASE_URL"].startswith("postgresql://")
        assert "${POSTGRES_PASSWORD:?" in env["GATEKEEPER_DATABASE_URL"]
    # Both replicas are the same service on the same database.
    assert services[REPLICAS[0]]["environment"] == services[REPLICAS[1]]["environment"]
    proxy = services["proxy"]
    assert proxy["image"].startswith(("nginx", "caddy"))
    conf_mounts = [v for v in proxy["volumes"] if str(v).startswith("./deploy/")]
    assert conf_mounts
    conf = (ROOT / conf_mounts[0].split(":", 1)[0]).read_text()
    for name in REPLICAS:
        assert f"{name}:8000" in conf
    assert "/readyz" in " ".join(proxy["healthcheck"]["test"])
    assert "location = /readyz" in conf and "http_503" in conf
    assert set(proxy["depends_on"]) == set(REPLICAS)


def test_compose_refuses_to_start_without_secrets() -> None:
    env = compose()["services"]["gatekeeper-1"]["environment"]
    with pytest.raises(KeyError):
        interpolate(env["GATEKEEPER_SIGNING_KEY"], {})


def test_dockerfile_is_multistage_slim_non_root_with_healthcheck() -> None:
    instrs = dockerfile()
    args = image_args(instrs)
    froms = [re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], a) for op, a in instrs if op == "FROM"]
    assert len(froms) >= 2 and all(a.startswith("python:3.11-slim") for a in froms)
    # Dependencies only from the hash-locked file, then the project with nothing more fetched.
    runs = [a for op, a in instrs if op == "RUN"]
    assert any("--require-hashes" in a and "-r requirements.lock" in a and "--no-deps" in a for a in runs)
    assert any(re.search(r"pip install --no-deps --no-build-isolation \.(\s|$)", a) for a in runs)
    last = final_stage(instrs)
    users = [a for op, a in last if op == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    # Readiness, not liveness: a container whose database or log head is gone is not healthy.
    assert any(op == "HEALTHCHECK" and "/readyz" in a for op, a in last)
    assert any(op == "COPY" and a.split()[0] == "policies" for op, a in last)
    envs = " ".join(a for op, a in last if op == "ENV")
    assert "GATEKEEPER_POLICY_DIR=/app/policies" in envs
    entry = exec_form(next(a for op, a in reversed(last) if op == "ENTRYPOINT"))
    assert entry[-4:] == ["gatekeeper", "serve", "--host", "0.0.0.0"]
    # What the image copies exists, and .dockerignore keeps secrets and the venv out.
    for op, a in instrs:
        if op == "COPY" and not a.startswith("--from"):
            for src in a.split()[:-1]:
                assert (ROOT / src).exists(), src
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert ".venv" in ignored and ".env" in ignored and ".git" in ignored
    # Databases and key folders never enter the build context.
    for pattern in ("*.db", "**/*.db", "gatekeeper-data", "**/gatekeeper-data", "secrets", "**/*.skey", "**/*.key"):
        assert pattern in ignored, pattern
    assert ".env" in (ROOT / ".gitignore").read_text().split()


def _requirement_names(lines: list[str]) -> set[str]:
    names = set()
    for line in lines:
        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)", line.strip())
        if m:
            names.add(re.sub(r"[-_.]+", "-", m.group(1)).lower())
    return names


def test_the_lock_file_pins_every_dependency_with_hashes() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    lock = (ROOT / "requirements.lock").read_text()
    entries = re.split(r"\n(?=[A-Za-z0-9])", lock.split("\n", 2)[2] if lock.startswith("#") else lock)
    pinned = {}
    for entry in entries:
        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", entry)
        if m:
            pinned[re.sub(r"[-_.]+", "-", m.group(1)).lower()] = entry
    assert pinned
    for name, entry in pinned.items():
        assert "--hash=sha256:" in entry, f"{name} has no hash"
    wanted = _requirement_names(project["project"]["dependencies"]) | _requirement_names(
        project["build-system"]["requires"]
    )
    assert wanted <= set(pinned), wanted - set(pinned)


def test_every_base_image_is_pinned_by_digest() -> None:
    """A rebuild must get the same bytes: the Dockerfile's ARG default and every compose image."""
    instrs = dockerfile()
    args = image_args(instrs)
    froms = [re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], a.split()[0]) for op, a in instrs if op == "FROM"]
    images = froms + [s["image"] for s in compose()["services"].values() if "image" in s]
    unpinned = [i for i in images if not re.search(r"@sha256:[0-9a-f]{64}$", i) and not i.startswith("gatekeeper:")]
    assert not unpinned, unpinned
    # The digests are written down for the reader, with how to re-check them.
    notes = (ROOT / "deploy" / "README.md").read_text()
    assert "imagetools inspect" in notes
    for image in images:
        if "@" in image:
            assert image.split("@")[1].removeprefix("sha256:") in notes, image


def test_deploy_notes_tls_in_front_of_the_proxy() -> None:
    notes = (ROOT / "deploy" / "README.md").read_text()
    assert "TLS" in notes and "Secure" in notes and "ssl_certificate" in notes
    assert "deploy/README.md" in (ROOT / "deploy" / "nginx.conf").read_text()


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = int(s.getsockname()[1])
    s.close()
    return port


def test_entry_point_runs_outside_docker(tmp_path: Path) -> None:
    """Run ENTRYPOINT + CMD as the image would, with one replica's compose environment, but on
    a temporary SQLite database and with paths mapped from the image to this checkout."""
    last = final_stage(dockerfile())
    entry = exec_form(next(a for op, a in reversed(last) if op == "ENTRYPOINT"))
    cmd = exec_form(next(a for op, a in reversed(last) if op == "CMD"))
    image_env: dict[str, str] = {}
    for op, a in last:
        if op == "ENV":
            for part in shlex.split(a):
                if "=" in part:
                    k, v = part.split("=", 1)
                    image_env[k] = v
    secrets = {
        "POSTGRES_PASSWORD": "unused",
        "GATEKEEPER_SIGNING_KEY": generate_signer("gatekeeper.bostonpublicschools.example/audit").skey,
        "GATEKEEPER_PSEUDONYM_KEY": "deploy-test-pseudonym-key",
    }
    replica = compose()["services"]["gatekeeper-1"]["environment"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("GATEKEEPER_")}
    env.update({k: v for k, v in image_env.items() if k.startswith("GATEKEEPER_")})
    env.update({k: interpolate(str(v), secrets) for k, v in replica.items()})
    # Outside the image: the checkout's policies, a temp data folder, a temp SQLite file.
    env["GATEKEEPER_POLICY_DIR"] = str(ROOT / "policies")
    env["GATEKEEPER_DATA_DIR"] = str(tmp_path / "data")
    env["GATEKEEPER_DATABASE_URL"] = f"sqlite:///{tmp_path / 'gk.db'}"
    bindir = Path(sys.executable).parent
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    # The image installs deploy/entrypoint.sh as gatekeeper-entrypoint.
    argv = [str(ROOT / "deploy" / "entrypoint.sh") if a == "gatekeeper-entrypoint" else a for a in entry]
    port = _free_port()
    argv += cmd
    argv[argv.index("--port") + 1] = str(port)
    assert shutil_which("gatekeeper", env["PATH"]), "the gatekeeper console script is not installed"

    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.time() + 30
        r = None
        while time.time() < deadline:
            assert proc.poll() is None, log.read_text()[-3000:]
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert r is not None and r.status_code == 200, log.read_text()[-3000:]
        assert r.json()["status"] == "ok"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


def test_entrypoint_refuses_a_postgres_replica_without_shared_keys(tmp_path: Path) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "GATEKEEPER_DATABASE_URL": "postgresql://x@127.0.0.1:1/x"}
    r = subprocess.run(
        [str(ROOT / "deploy" / "entrypoint.sh"), "true"], env=env, capture_output=True, text=True, timeout=10
    )
    assert r.returncode != 0
    assert "GATEKEEPER_SIGNING_KEY" in r.stderr


def test_entrypoint_accepts_secrets_as_files(tmp_path: Path) -> None:
    (tmp_path / "url").write_text("postgresql://x@127.0.0.1:1/x\n")
    (tmp_path / "skey").write_text("PRIVATE+KEY+unused\n")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "GATEKEEPER_DATABASE_URL_FILE": str(tmp_path / "url"),
        "GATEKEEPER_SIGNING_KEY_FILE": str(tmp_path / "skey"),
        "GATEKEEPER_PSEUDONYM_KEY": "shared",
    }
    r = subprocess.run(
        [str(ROOT / "deploy" / "entrypoint.sh"), "echo", "started"], env=env, capture_output=True, text=True, timeout=10
    )
    assert r.returncode == 0 and r.stdout.strip() == "started", r.stderr
    del env["GATEKEEPER_PSEUDONYM_KEY"]
    r = subprocess.run(
        [str(ROOT / "deploy" / "entrypoint.sh"), "true"], env=env, capture_output=True, text=True, timeout=10
    )
    assert r.returncode != 0 and "GATEKEEPER_PSEUDONYM_KEY" in r.stderr


def shutil_which(name: str, path: str) -> str | None:
    import shutil

    return shutil.which(name, path=path)
