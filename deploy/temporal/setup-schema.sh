#!/bin/sh
# One-shot: creates Temporal's two PostgreSQL databases (default and visibility) if they
# are missing and brings their schemas to the version this Temporal release ships.
# Idempotent: on a set-up database it does nothing, after an upgrade of the server it
# applies the new schema versions. Run by docker-compose.yml (temporalio/admin-tools
# image) and by scripts/server-mode.sh (the SQL tool built from the Go module).
# Settings: POSTGRES_SEEDS, DB_PORT, POSTGRES_USER, POSTGRES_PWD, DBNAME,
# VISIBILITY_DBNAME; TEMPORAL_SQL_TOOL and TEMPORAL_SCHEMA_DIR locate the tool and schemas.
set -eu
tool="${TEMPORAL_SQL_TOOL:-temporal-sql-tool}"
schemas="${TEMPORAL_SCHEMA_DIR:-/etc/temporal/schema}/postgresql/v12"
: "${POSTGRES_SEEDS:?POSTGRES_SEEDS (the PostgreSQL host) is not set}"
: "${POSTGRES_USER:?POSTGRES_USER is not set}"

sql() {
  SQL_PASSWORD="${POSTGRES_PWD:-}" "$tool" --plugin postgres12 --endpoint "$POSTGRES_SEEDS" \
    --port "${DB_PORT:-5432}" --user "$POSTGRES_USER" "$@"
}

for pair in "${DBNAME:-temporal}:temporal" "${VISIBILITY_DBNAME:-temporal_visibility}:visibility"; do
  db="${pair%%:*}"
  kind="${pair#*:}"
  echo "[foi] schema: $db ($kind)"
  # --quiet: "already exists" is fine; a real connection problem fails the next step.
  sql --db "$db" --quiet create-database >/dev/null 2>&1
  sql --db "$db" setup-schema --version 0.0
  sql --db "$db" update-schema --schema-dir "$schemas/$kind/versioned"
done
echo "[foi] schema: done"
