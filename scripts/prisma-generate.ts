// Runs on `npm ci` (postinstall): derives the PostgreSQL schema and generates both clients offline.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { PRISMA_SCHEMAS, type Provider, derivePostgresSchema, readSqliteSchema } from "./prisma-schemas";

const pg = PRISMA_SCHEMAS.postgresql.schema;
mkdirSync(dirname(pg), { recursive: true });
writeFileSync(pg, derivePostgresSchema(readSqliteSchema()));

// prisma.config.ts picks the schema and adapter from DATABASE_URL; a provider/adapter mismatch
// would make the CLI fall back to downloading a native engine.
const URL_FOR: Record<Provider, string> = {
  sqlite: "file:./data/companion.db",
  postgresql: "postgresql://localhost:5432/between",
};
for (const provider of Object.keys(PRISMA_SCHEMAS) as Provider[]) {
  execFileSync("npx", ["prisma", "generate", "--schema", PRISMA_SCHEMAS[provider].schema], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", DATABASE_URL: URL_FOR[provider] },
  });
}
