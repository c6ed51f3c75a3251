#!/bin/sh
# Refuse to start a replica without the shared secrets: a replica that invented its own log
# signing key or pseudonym key would split the service in two. Then run the given command.
set -eu
: "${GATEKEEPER_DATABASE_URL:?GATEKEEPER_DATABASE_URL must be set}"
case "$GATEKEEPER_DATABASE_URL" in
  postgresql*)
    : "${GATEKEEPER_SIGNING_KEY:?replicas on PostgreSQL must share GATEKEEPER_SIGNING_KEY (an skey)}"
    : "${GATEKEEPER_PSEUDONYM_KEY:?replicas on PostgreSQL must share GATEKEEPER_PSEUDONYM_KEY}"
    ;;
esac
exec "$@"
