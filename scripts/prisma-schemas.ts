import { readFileSync } from "node:fs";

/** Where each provider's schema and migrations live; SQLite's schema is the source of truth. */
export const PRISMA_SCHEMAS = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgres/schema.prisma", migrations: "prisma/postgres/migrations" },
} as const;

export type Provider = keyof typeof PRISMA_SCHEMAS;

/** The PostgreSQL schema is derived text, so the two can never drift apart. */
export function derivePostgresSchema(sqliteSchema: string): string {
  const derived = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../src/storage/generated/sqlite"', 'output       = "../../src/storage/generated/postgres"');
  if (derived.includes('"sqlite"') || !derived.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma changed shape: update derivePostgresSchema in scripts/prisma-schemas.ts");
  }
  return `// GENERATED from prisma/schema.prisma by scripts/prisma-generate.ts: edit that file instead.\n${derived}`;
}

export function readSqliteSchema(): string {
  return readFileSync(PRISMA_SCHEMAS.sqlite.schema, "utf8");
}
