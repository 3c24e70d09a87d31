#!/usr/bin/env bash
# The system on its embedded default: Temporal dev server (state in data/temporal.db,
# so cases survive a restart), Mailpit as the mail sink, and the worker, run from the
# compiled build (setup.sh builds dist/ when the sources changed) and restarted if it
# dies. Ctrl-C stops all.
# Ports can be moved with FOI_TEMPORAL_PORT, FOI_TEMPORAL_UI_PORT, FOI_SMTP_PORT, FOI_MAILPIT_UI_PORT.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/stack-lib.sh" # port_busy, start_mailpit, supervise_worker
cd "$REPO_ROOT"
tools="$(bash scripts/setup.sh)" || exit 1
eval "$tools"

TEMPORAL_PORT="${FOI_TEMPORAL_PORT:-7233}"
TEMPORAL_UI_PORT="${FOI_TEMPORAL_UI_PORT:-8233}"
SMTP_PORT_LOCAL="${FOI_SMTP_PORT:-1025}"
MAILPIT_UI_PORT="${FOI_MAILPIT_UI_PORT:-8025}"
WEB_PORT="${FOI_WEB_PORT:-3000}"
OIDC_PORT="${FOI_LOCAL_OIDC_PORT:-3001}"
DATA_DIR="$REPO_ROOT/data"
mkdir -p "$DATA_DIR"

for p in "$TEMPORAL_PORT" "$TEMPORAL_UI_PORT" "$SMTP_PORT_LOCAL" "$MAILPIT_UI_PORT" "$WEB_PORT" "$OIDC_PORT"; do
  port_busy "$p" && die "port $p is already in use (another 'npm start'?): stop it or move ports with FOI_*_PORT"
done

pids=()
stopping=false
cleanup() {
  trap - INT TERM EXIT
  stopping=true
  say "stopping..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  say "stopped; cases are kept in $DATA_DIR/temporal.db, their records in $DATA_DIR/records.db"
}
trap cleanup INT TERM EXIT

sa_flags=()
for sa in "${FOI_SEARCH_ATTRIBUTES[@]}"; do sa_flags+=(--search-attribute "$sa"); done

say "starting Temporal dev server (log: data/temporal.log)"
"$TEMPORAL_CLI" server start-dev --db-filename "$DATA_DIR/temporal.db" --namespace foi \
  --port "$TEMPORAL_PORT" --ui-port "$TEMPORAL_UI_PORT" --log-level warn "${sa_flags[@]}" \
  >"$DATA_DIR/temporal.log" 2>&1 &
pids+=($!)

say "starting Mailpit (log: data/mailpit.log)"
start_mailpit "$SMTP_PORT_LOCAL" "$MAILPIT_UI_PORT"
pids+=($!)

say "waiting for Temporal on localhost:$TEMPORAL_PORT..."
for _ in $(seq 1 120); do
  "$TEMPORAL_CLI" operator namespace describe --address "localhost:$TEMPORAL_PORT" -n foi >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || die "the Temporal dev server stopped; see data/temporal.log"
  sleep 0.5
done
"$TEMPORAL_CLI" operator namespace describe --address "localhost:$TEMPORAL_PORT" -n foi >/dev/null 2>&1 \
  || die "Temporal did not answer within 60 s; see data/temporal.log"
# Closed cases stay in Temporal this long (the dev server's default is one day); their
# lasting record is in the records store either way (data/records.db).
RETENTION_DAYS="${FOI_RETENTION_DAYS:-30}"
[[ "$RETENTION_DAYS" =~ ^[1-9][0-9]{0,3}$ ]] || die "FOI_RETENTION_DAYS: expected whole days from 1 to 9999, got \"$RETENTION_DAYS\""
"$TEMPORAL_CLI" operator namespace update --address "localhost:$TEMPORAL_PORT" -n foi \
  --retention "$((RETENTION_DAYS * 24))h" >/dev/null 2>&1 || die "could not set the foi namespace's retention"

export TEMPORAL_ADDRESS="localhost:$TEMPORAL_PORT" TEMPORAL_NAMESPACE=foi
export SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT_LOCAL" SMTP_TLS=none
say "starting the worker (log: data/worker.log)"
: >"$DATA_DIR/worker.log"
supervise_worker &
pids+=($!)

start_web "$WEB_PORT" "$OIDC_PORT"

cat >&2 <<BANNER

  FOI requests system is running.
    Web app       $FOI_WEB_BASE_URL   (sign in as officer/officer, approver/approver, manager/manager or admin/admin)
    Temporal UI   http://localhost:$TEMPORAL_UI_PORT/namespaces/foi/workflows
    Mailpit UI    http://localhost:$MAILPIT_UI_PORT   (every reminder email lands here)
    Temporal      localhost:$TEMPORAL_PORT, namespace foi

  Open a first request (in another terminal):
    npx foi open FOI$(date +%Y)/00001 --summary "Number of speed cameras in the county" \\
      --officer officer@example.gov.uk --approver approver@example.gov.uk
    npx foi status FOI$(date +%Y)/00001
    npx foi list

  Ctrl-C stops everything; cases are kept in data/temporal.db.

BANNER

# Stay up until Ctrl-C or until one of the three stops on its own (the worker's
# supervisor stops only when the worker keeps failing).
wait -n "${pids[@]}" || true
# Ctrl-C reaches the servers too, and one may stop before this shell has run its trap.
sleep 0.5
if ! $stopping; then
  say "a component stopped on its own; see the logs in data/"
  exit 1
fi
