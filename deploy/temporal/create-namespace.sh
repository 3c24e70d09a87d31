#!/bin/sh
# One-shot: the cases' namespace with an explicit retention (how long a closed case's
# history stays readable), and the search attributes the workflows upsert. Idempotent:
# a second run updates the retention and leaves existing attributes alone. Run by
# docker-compose.yml (temporalio/admin-tools image) and by scripts/server-mode.sh.
# Settings: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE (foi), FOI_RETENTION_DAYS (30),
# FOI_SEARCH_ATTRIBUTES ("Name=Type ..."; workflows/search-attributes.ts is the source,
# test/compose.test.ts keeps the lists in step); TEMPORAL_CLI locates the CLI.
set -eu
cli="${TEMPORAL_CLI:-temporal}"
address="${TEMPORAL_ADDRESS:-127.0.0.1:7233}"
namespace="${TEMPORAL_NAMESPACE:-foi}"
retention="${FOI_RETENTION_DAYS:-30}"
: "${FOI_SEARCH_ATTRIBUTES:?FOI_SEARCH_ATTRIBUTES (Name=Type ...) is not set}"
case "$retention" in '' | *[!0-9]*) echo "[foi] error: FOI_RETENTION_DAYS must be a whole number of days, got '$retention'" >&2; exit 1 ;; esac

t() { "$cli" --address "$address" "$@"; }

echo "[foi] waiting for Temporal at $address..."
tries=0
until t operator cluster health >/dev/null 2>&1; do
  tries=$((tries + 1))
  if [ "$tries" -ge 180 ]; then echo "[foi] error: Temporal at $address did not answer within 3 minutes" >&2; exit 1; fi
  sleep 1
done

if t operator namespace describe --namespace "$namespace" >/dev/null 2>&1; then
  t operator namespace update --namespace "$namespace" --retention "${retention}d" >/dev/null
  echo "[foi] namespace $namespace: retention ${retention} days (updated)"
else
  t operator namespace create --namespace "$namespace" --retention "${retention}d" \
    --description "Freedom of Information cases" >/dev/null
  echo "[foi] namespace $namespace: created, retention ${retention} days"
fi

# A new namespace reaches every service's cache within about 10 s: until then it is "not found".
tries=0
until existing="$(t operator search-attribute list --namespace "$namespace" --output json 2>&1)"; do
  tries=$((tries + 1))
  if [ "$tries" -ge 60 ]; then echo "[foi] error: namespace $namespace not usable: $existing" >&2; exit 1; fi
  sleep 1
done
for sa in $FOI_SEARCH_ATTRIBUTES; do
  name="${sa%%=*}"
  type="${sa#*=}"
  if printf '%s' "$existing" | grep -q "\"$name\""; then continue; fi
  t operator search-attribute create --namespace "$namespace" --name "$name" --type "$type" >/dev/null
  echo "[foi] search attribute $name ($type) registered"
done
echo "[foi] namespace $namespace ready"
