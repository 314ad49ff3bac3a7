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
npm run -s setup >&2
[ -f .next/BUILD_ID ] || npx next build >&2
PORT=$PORT exec node scripts/serve.mjs
