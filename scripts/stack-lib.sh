# Pieces shared by the two ways of running the stack (run-local.sh: dev server;
# server-mode.sh: Temporal's server on PostgreSQL): port checks, Mailpit, the
# supervised worker and the web app. Source it after lib.sh, with DATA_DIR set; do not run it.

port_busy() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Stops one component and waits for it. `|| true`: under `set -e` a component that dies of
# the TERM (status 143: the web app before it listens) would end the caller's cleanup there
# and leave the later ones (Temporal, PostgreSQL) running on their ports.
stop_one() { [[ -n "$1" ]] && { kill -TERM "$1" && wait "$1"; } 2>/dev/null || true; }

# Mailpit as the mail sink: SMTP on $1, web UI and API on $2, state in DATA_DIR.
start_mailpit() {
  "$MAILPIT_BIN" --database "$DATA_DIR/mailpit.db" --smtp "127.0.0.1:$1" \
    --listen "127.0.0.1:$2" --smtp-auth-accept-any --smtp-auth-allow-insecure \
    >"$DATA_DIR/mailpit.log" 2>&1 &
}

# The worker, restarted when it dies (a crash should not take the stack down), up to
# WORKER_MAX_FAILURES times within a minute. It runs in its own session so that Ctrl-C
# reaches it once, as the TERM forwarded here: the SDK drains on the first signal and a
# second one would kill it mid-drain. Log: DATA_DIR/worker.log.
WORKER_MAX_FAILURES=5
supervise_worker() {
  local child=0 stop=false code backoff now t log="$DATA_DIR/worker.log"
  local shown="${log#"$REPO_ROOT"/}"
  local failures=()
  trap 'stop=true; ((child)) && kill -TERM "$child" 2>/dev/null' TERM
  # The heap limit keeps the worker under 1 GiB (WORKER_HEAP_LIMIT_MIB in worker/worker-config.ts).
  local run=(node --max-old-space-size=640 dist/worker/worker.js)
  command -v setsid >/dev/null && run=(setsid "${run[@]}")
  while :; do
    "${run[@]}" >>"$log" 2>&1 &
    child=$!
    code=0
    wait "$child" 2>/dev/null || code=$? # 2>/dev/null: no "Killed" job notice; say() reports it
    # A TERM interrupts `wait`; the worker is still draining, so wait for it to finish.
    if $stop; then
      wait "$child" 2>/dev/null || true
      exit 0
    fi
    child=0
    if ((code == 2)); then
      say "worker stopped on a configuration error: $(tail -n 1 "$log")"
      exit 2
    fi
    now=$(date +%s)
    local recent=()
    for t in "${failures[@]}" "$now"; do ((now - t < 60)) && recent+=("$t"); done
    failures=("${recent[@]}")
    ((code > 128)) && code="$code, signal $(kill -l $((code - 128)) 2>/dev/null || echo $((code - 128)))"
    if ((${#failures[@]} >= WORKER_MAX_FAILURES)); then
      say "worker exited (code $code), the ${#failures[@]}th time within a minute: giving up; see $shown"
      exit 1
    fi
    backoff=$((1 << (${#failures[@]} - 1))) # 1, 2, 4, 8 s
    say "worker exited (code $code); restarting in ${backoff}s (log: $shown)"
    printf '[foi] worker exited (code %s); restarting in %ss\n' "$code" "$backoff" >>"$log"
    sleep "$backoff" &
    wait $! || true
    $stop && exit 0
  done
}

# The case workers' web app on $1 and, unless OIDC_ISSUER names the authority's own
# provider, the local OpenID provider on $2 it signs in against (users in
# web/local-oidc/users.json). Appends their pids to the caller's `pids` array; logs in
# DATA_DIR (web.log, oidc.log).
start_web() {
  export FOI_WEB_PORT="$1" FOI_LOCAL_OIDC_PORT="$2"
  export FOI_WEB_BASE_URL="${FOI_WEB_BASE_URL:-http://localhost:$1}"
  local shown="${DATA_DIR#"$REPO_ROOT"/}"
  if [[ -z "${OIDC_ISSUER:-}" ]]; then
    say "starting the local OpenID provider (log: $shown/oidc.log)"
    node dist/web/local-oidc/provider.js >"$DATA_DIR/oidc.log" 2>&1 &
    pids+=($!)
  fi
  say "starting the web app (log: $shown/web.log)"
  node dist/web/server.js >"$DATA_DIR/web.log" 2>&1 &
  pids+=($!)
}
