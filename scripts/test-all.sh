#!/usr/bin/env bash
# The whole test suite: type check, content check, unit tests, integration tests on SQLite and
# on a throwaway PostgreSQL server, then browser tests in Debian's Chromium against the built
# app. Installs the system packages it needs (chromium, postgresql) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
scratch=$(mktemp -d /tmp/quorum-test-home.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
# Chromium and vitest write under $HOME: keep that out of the user's home.
export XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" XDG_DATA_HOME="$scratch/data"

step() { printf '\n== %s\n' "$*"; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  step "Installing ${missing[*]} (Debian packages)"
  if [ "$(id -u)" != 0 ]; then echo "Need root to apt-get install ${missing[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ -d node_modules ] || { step "Installing npm packages"; npm install --no-audit --no-fund; }

step "Setup (local secret, Prisma clients, migrations)"
npm run -s setup

step "Type check"
npx tsc --noEmit -p tsconfig.json

step "Lint (type-aware ESLint)"
npx eslint --max-warnings 0 .

if [ -f scripts/content-check.ts ]; then
  step "Content check"
  npm run -s content:check
fi

step "Unit tests"
npx vitest run --project unit

step "Integration tests (SQLite and PostgreSQL)"
QUORUM_REQUIRE_POSTGRES=1 bash scripts/with-postgres.sh npx vitest run --project integration

step "Build"
npx next build

step "Browser tests (Chromium)"
npx playwright test
