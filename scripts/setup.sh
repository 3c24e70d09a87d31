#!/usr/bin/env bash
# Everything a fresh clone needs, done once and skipped after: npm dependencies (from
# package-lock.json), the compiled build in dist/ (scripts/build.sh, redone when the
# sources change) and the real servers (scripts/install-tools.sh). Prints the tool
# paths as shell assignments for `eval`.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
command -v node >/dev/null || die "Node.js 20.3 or later is needed (https://nodejs.org)"
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 3) ? 0 : 1)' \
  || die "Node.js 20.3 or later is needed (the Temporal SDK's minimum); this is $(node --version)"
# node_modules/.package-lock.json is npm's record of what it installed: reinstall when
# the committed lock file is newer.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm dependencies (npm ci)..."
  npm ci --no-audit --no-fund >&2 || die "npm ci failed"
fi
# Its messages go to stderr: stdout is for the tool paths.
bash "$REPO_ROOT/scripts/build.sh" >&2 || exit 1
bash "$REPO_ROOT/scripts/install-tools.sh"
