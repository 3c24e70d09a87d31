# Shared helpers for the project's shell scripts. Source it; do not run it.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="${FOI_TOOLS_DIR:-$REPO_ROOT/.tools}"
# shellcheck source=versions.sh
source "$REPO_ROOT/scripts/versions.sh"

say() { printf '\033[1m[foi]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[foi] error:\033[0m %s\n' "$*" >&2; exit 1; }

# The custom search attributes the workflows upsert (see workflows/search-attributes.ts;
# test/compose.test.ts checks the two lists agree).
FOI_SEARCH_ATTRIBUTES=(
  FoiReference=Keyword
  FoiRegime=Keyword
  FoiPhase=Keyword
  FoiDueDate=Datetime
  FoiReceivedDate=Datetime
  FoiCaseOfficer=Keyword
  FoiOutcome=Keyword
  FoiAnsweredLate=Bool
  FoiMailOutage=Bool
)
