#!/usr/bin/env bash
# The README's first command after `npm install`: set up, build and serve on SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npm run -s setup
npm run -s build   # prebuild: content:check, so a bad note stops the build
exec node scripts/serve.mjs
