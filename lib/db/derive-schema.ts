// One source of truth for the models (prisma/schema.prisma, SQLite); the PostgreSQL schema is
// derived from it so the two can never drift apart.

export function derivePostgresSchema(sqliteSchema: string): string {
  const providerLine = /^(\s*provider\s*=\s*)"sqlite"/m;
  const outputLine = /^(\s*output\s*=\s*)"\.\.\/lib\/db\/generated\/sqlite"/m;
  if (!providerLine.test(sqliteSchema) || !outputLine.test(sqliteSchema)) {
    throw new Error('prisma/schema.prisma must keep provider = "sqlite" and output = "../lib/db/generated/sqlite"');
  }
  return (
    "// GENERATED from prisma/schema.prisma by `npm run db:generate`. Do not edit.\n" +
    sqliteSchema
      .replace(providerLine, '$1"postgresql"')
      .replace(outputLine, '$1"../../lib/db/generated/postgresql"')
  );
}
