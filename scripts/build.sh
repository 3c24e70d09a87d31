#!/usr/bin/env bash
# The compiled build: `tsc -p tsconfig.build.json` to dist/ (CommonJS) and the workflow
# bundle, made ahead of time, in dist/workflow-bundle.js. Skipped in a fraction of a
# second when no input changed since the last build (a hash of the inputs in
# dist/.build-hash), so `npm start` and `npm test` can run it every time.
# Prints nothing on stdout (setup.sh's stdout is eval'd) and one line when it builds.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
exec >&2

STAMP=dist/.build-hash

# Everything the output depends on (the shipped holiday table is under domain/).
inputs() {
  find domain workflows activities worker client records web config codec -type f 2>/dev/null | LC_ALL=C sort
  printf '%s\n' tsconfig.json tsconfig.build.json package-lock.json scripts/build.sh scripts/bundle-workflows.ts
}
input_hash() { inputs | tr '\n' '\0' | xargs -0 sha256sum | sha256sum | cut -d' ' -f1; }

up_to_date() {
  [[ -f "$STAMP" && "$(cat "$STAMP")" == "$1" && -f dist/client/cli.js && -f dist/worker/worker.js &&
    -f dist/workflow-bundle.js ]]
}

hash="$(input_hash)"
if up_to_date "$hash"; then
  # Same content, maybe newer mtimes (a checkout, an edit undone): bin/foi.js compares
  # mtimes with the stamp, so tell it the build is current.
  touch "$STAMP"
  exit 0
fi

mkdir -p dist
# One build at a time (npm start and npm test may both start one); the second one
# finds the first one's result and stops.
exec 9>dist/.build.lock
command -v flock >/dev/null && flock 9
hash="$(input_hash)"
if up_to_date "$hash"; then
  touch "$STAMP"
  exit 0
fi

say "building dist/ (tsc and the workflow bundle; once after each change of the sources)..."
# Without the stamp, bin/foi.js runs the sources until the build is complete.
rm -f "$STAMP"
# The shipped holiday table (the records store's first version) goes beside the compiled
# code that requires it; tsc does not copy JSON. Earlier builds linked the folder instead.
[[ -L dist/domain/calendar/data ]] && rm dist/domain/calendar/data
# tsc's incremental record is only as good as the outputs it describes.
[[ -f dist/client/cli.js && -f dist/worker/worker.js ]] || rm -f dist/.tsbuildinfo

bin="$REPO_ROOT/node_modules/.bin"
# The two are independent (the bundle is made from the TypeScript sources): run them side by side.
"$bin/tsc" -p tsconfig.build.json &
tsc_pid=$!
node --require tsx/cjs scripts/bundle-workflows.ts dist/workflow-bundle.js &
bundle_pid=$!
tsc_status=0 bundle_status=0
wait "$tsc_pid" || tsc_status=$?
wait "$bundle_pid" || bundle_status=$?
((tsc_status == 0)) || die "build: tsc failed (errors above)"
((bundle_status == 0)) || die "build: the workflow bundle failed (errors above)"

# Outputs of sources deleted since the last build would otherwise linger and still load.
while IFS= read -r -d '' js; do
  src="${js#dist/}"
  [[ -f "${src%.js}.ts" ]] || rm -f "$js" "$js.map"
done < <(find dist -name '*.js' ! -path dist/workflow-bundle.js -print0)

mkdir -p dist/domain/calendar/data
cp domain/calendar/data/*.json dist/domain/calendar/data/
# A source changed while building: leave no stamp, so the next run builds again.
[[ "$(input_hash)" == "$hash" ]] && printf '%s\n' "$hash" >"$STAMP"
exit 0
