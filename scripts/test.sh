#!/usr/bin/env bash
# The whole test suite: typecheck, lint, then jest (unit tests of the pure rules and
# integration tests against real Temporal servers and a real SMTP server).
# Extra arguments go to jest, e.g. `npm test -- test/unit`.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
eval "$(bash scripts/setup.sh)"
export TEMPORAL_CLI MAILPIT_BIN TEMPORAL_TEST_SERVER
say "typecheck"; npx tsc --noEmit
say "lint"; npx eslint . && npx prettier --check . >/dev/null || die "lint failed (npm run format fixes formatting)"
say "jest"; npx jest "$@"
