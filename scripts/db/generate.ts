// Derives the PostgreSQL schema and generates a Prisma client per provider.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { derivePostgresSchema } from "../../lib/db/derive-schema";

const root = path.resolve(import.meta.dirname, "../..");
const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const pgSchemaPath = path.join(root, "prisma/postgresql/schema.prisma");
mkdirSync(path.dirname(pgSchemaPath), { recursive: true });
const derived = derivePostgresSchema(source);
if (!existsSync(pgSchemaPath) || readFileSync(pgSchemaPath, "utf8") !== derived) writeFileSync(pgSchemaPath, derived);

// `prisma generate` wants a schema-engine binary to exist but never runs it; the native one
// cannot be downloaded here. Point it at a stub that refuses loudly, so no other command can
// silently "succeed" through it.
const stub = path.join(os.tmpdir(), "quorum-no-native-schema-engine.sh");
writeFileSync(stub, '#!/bin/sh\necho "The native Prisma schema engine is not available: use npm run db:migrate (WebAssembly engine)." >&2\nexit 1\n');
chmodSync(stub, 0o755);

const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema, "--no-hints"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
