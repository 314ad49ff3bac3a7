#!/usr/bin/env bash
# Serves the built app for the browser tests on a fresh SQLite database of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-3210}
export NEXT_TELEMETRY_DISABLED=1
export LOG_LEVEL=${LOG_LEVEL:-warn}
mkdir -p .tmp
rm -f .tmp/e2e.db .tmp/e2e.db-journal .tmp/e2e.db-wal .tmp/e2e.db-shm
export DATABASE_URL="file:./.tmp/e2e.db"
# The app reads a copy of content/ plus browser-test fixtures (an XSS note, a broken note);
# the repository's content/ stays untouched.
rm -rf .tmp/e2e-content
mkdir -p .tmp/e2e-content
cp -R content/. .tmp/e2e-content/
cp -R tests/fixtures/content-e2e/. .tmp/e2e-content/
export QUORUM_CONTENT_DIR="$PWD/.tmp/e2e-content"
npm run -s setup >&2
[ -f .next/BUILD_ID ] || npx next build >&2
PORT=$PORT exec node scripts/serve.mjs
