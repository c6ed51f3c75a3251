# syntax=docker/dockerfile:1
# gatekeeper: build a virtualenv in one stage, copy it into a slim runtime as a non-root user.
#
# The base image is pinned by its multi-arch index digest so that a rebuild gets the same bytes.
# This digest was not read from a registry here (none is reachable): it is the python:3.11-slim
# index of 2026-08 that many public projects pin, recorded with its push date. Before a release,
# re-check it and bump it deliberately, like a dependency:
#   docker buildx imagetools inspect python:3.11-slim --format '{{json .Manifest.Digest}}'
ARG PYTHON_IMAGE=python:3.11-slim@sha256:9c900dea9e8fb7e16277c179b555cc72d29a352dbc33cff48ad5a0412fd5bfc7

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
# Every dependency (and the build backend) at the version and hash in requirements.lock
# (`make lock`), then the project itself with nothing more fetched.
COPY requirements.lock ./
RUN pip install --require-hashes --no-deps -r requirements.lock
COPY pyproject.toml ./
COPY audit ./audit
COPY gatekeeper ./gatekeeper
# gatekeeper/_data/policies is a symlink to policies/: the wheel carries the reviewed copy.
COPY policies ./policies
RUN pip install --no-deps --no-build-isolation . && pip check

FROM ${PYTHON_IMAGE} AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    GATEKEEPER_POLICY_DIR=/app/policies \
    GATEKEEPER_DATA_DIR=/var/lib/gatekeeper \
    GATEKEEPER_LOG_JSON=true
RUN groupadd --system --gid 10001 gatekeeper \
 && useradd --system --uid 10001 --gid gatekeeper --home-dir /var/lib/gatekeeper --shell /usr/sbin/nologin gatekeeper \
 && mkdir -p /var/lib/gatekeeper /app \
 && chown gatekeeper:gatekeeper /var/lib/gatekeeper \
 && chmod 0700 /var/lib/gatekeeper
COPY --from=build /opt/venv /opt/venv
# The reviewed policy files are part of the image (read-only for the service user).
COPY policies /app/policies
COPY deploy/entrypoint.sh /usr/local/bin/gatekeeper-entrypoint
WORKDIR /app
USER gatekeeper
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status == 200 else 1)"]
ENTRYPOINT ["gatekeeper-entrypoint", "gatekeeper", "serve", "--host", "0.0.0.0"]
CMD ["--port", "8000"]
