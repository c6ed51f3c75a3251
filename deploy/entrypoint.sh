#!/bin/sh
# Refuse to start a replica without the shared secrets: a replica that invented its own log
# signing key or pseudonym key would split the service in two. Then run the given command.
# Each secret may come as VAR or as VAR_FILE (a Docker or Kubernetes secret mounted as a file).
set -eu
have() { eval "test -n \"\${$1:-}\" || test -n \"\${$1_FILE:-}\""; }
require() { have "$1" || { echo "error: $2" >&2; exit 2; }; }
require GATEKEEPER_DATABASE_URL "GATEKEEPER_DATABASE_URL (or GATEKEEPER_DATABASE_URL_FILE) must be set"
url="${GATEKEEPER_DATABASE_URL:-}"
if [ -z "$url" ]; then url="$(cat "$GATEKEEPER_DATABASE_URL_FILE")"; fi
case "$url" in
  postgresql*)
    require GATEKEEPER_SIGNING_KEY "replicas on PostgreSQL must share GATEKEEPER_SIGNING_KEY or GATEKEEPER_SIGNING_KEY_FILE (an skey)"
    require GATEKEEPER_PSEUDONYM_KEY "replicas on PostgreSQL must share GATEKEEPER_PSEUDONYM_KEY or GATEKEEPER_PSEUDONYM_KEY_FILE"
    ;;
esac
unset url
exec "$@"
