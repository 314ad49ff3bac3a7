#!/usr/bin/env bash
# Writes a migration for a change to prisma/schema.prisma, for both providers, under one
# folder name: SQLite on a temp file, PostgreSQL on a throwaway server.
#   npm run db:migration -- add_something
set -euo pipefail
cd "$(dirname "$0")/../.."
name=${1:?usage: npm run db:migration -- NAME (lower_snake_case)}
npx tsx scripts/db/generate.ts
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
DATABASE_URL="file:$tmp/new.db" npx tsx scripts/db/migrate.ts create --name "$name"
folder=$(ls prisma/migrations/sqlite | grep "_${name}\$" | tail -n 1)
bash scripts/with-postgres.sh sh -c 'DATABASE_URL="$POSTGRES_URL" npx tsx scripts/db/migrate.ts create --name "$1"' _ "$name"
pg=$(ls prisma/migrations/postgresql | grep "_${name}\$" | tail -n 1)
[ "$pg" = "$folder" ] || mv "prisma/migrations/postgresql/$pg" "prisma/migrations/postgresql/$folder"
echo "Created $folder for sqlite and postgresql"
