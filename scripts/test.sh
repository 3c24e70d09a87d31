#!/usr/bin/env bash
# The whole test suite: typecheck, lint, then jest (unit tests of the pure rules and
# integration tests against real Temporal servers and a real SMTP server).
# Extra arguments go to jest, e.g. `npm test -- test/unit`.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
# A failed installation stops here (an `eval` of nothing would carry on).
tools="$(bash scripts/setup.sh)" || exit 1
eval "$tools"
export TEMPORAL_CLI MAILPIT_BIN TEMPORAL_TEST_SERVER
bash scripts/install-tools.sh --compose-validator || exit 1
bash scripts/install-tools.sh --browser || exit 1
# Server mode's Temporal server and SQL tool (test/server-mode/), built once before jest.
bash scripts/install-tools.sh --server-mode >/dev/null || exit 1
bin="$REPO_ROOT/node_modules/.bin"
say "typecheck"; "$bin/tsc" --noEmit
say "lint"; { "$bin/eslint" . && "$bin/prettier" --check . >/dev/null; } || die "lint failed (npm run format fixes formatting)"
say "jest"; "$bin/jest" "$@"
